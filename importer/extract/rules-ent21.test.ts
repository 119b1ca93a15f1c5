// Tests of the ent21 rules on made-up sentences (not the entities bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { namesPlace, splitGluedInitial, withoutDailPostNominal } from './rules-ent21.ts';
import { stateInsidePlace } from './rules-ent21-places.ts';
import { entityFacts, gazetteerStates } from './test-facts.ts';

const facts = entityFacts;

const states = gazetteerStates;

describe('state.inside-place-name (ent21)', () => {
  it('a state named inside a capital, a sea, a valley or a region is not that state', () => {
    expect(states('The ministers met in Port of Spain on Friday.')).toEqual([]);
    expect(states('Ships patrol the Gulf of Guinea and the Bight of Benin.')).toEqual([]);
    expect(states('Farmers in the Jordan Valley and the Niger Delta lost their crops.')).toEqual([]);
    expect(states('The First Minister of Northern Ireland spoke.')).toEqual([]);
    expect(states('The delegation flew to Atlanta, Georgia, for the conference.')).toEqual([]);
  });
  it('the states themselves stay: Trinidad and Tobago, Guinea, Jordan, Ireland, and Georgia after its own capital', () => {
    expect(states('Trinidad and Tobago and Guinea signed; Jordan and Ireland abstained.')).toEqual([
      'Trinidad and Tobago',
      'Guinea',
      'Jordan',
      'Ireland',
    ]);
    expect(states('The talks opened in Tbilisi, Georgia, on Monday.')).toEqual(['Georgia']);
    expect(states('Following talks in Ankara, Somalia and Ethiopia agreed on a declaration.')).toEqual([
      'Somalia',
      'Ethiopia',
    ]);
    expect(stateInsidePlace('Spain and Portugal', 0, 5, 'Spain')).toBe(false);
  });
  it('no Spain comes out of a readout held in Port of Spain', () => {
    const f = facts(
      'The Prime Minister of Barbados, Mia Amor Mottley, met the President of Guyana, Irfaan Ali, in Port of Spain.',
    );
    expect([...f.names].filter((n) => n.startsWith('State|'))).toEqual(expect.not.arrayContaining(['State|Spain']));
    expect(f.rels).toContain('OFFICE_OF|President of Guyana|Guyana');
  });
});

describe('person.not-named-place (ent21)', () => {
  it('a name after a title or a style that runs into a building or airport is no person', () => {
    expect(namesPlace(' International Airport in Jeddah')).toBe(true);
    expect(namesPlace(' Grand Mosque')).toBe(true);
    expect(namesPlace(' University of Science and Technology')).toBe(true);
    expect(namesPlace(' received the delegation')).toBe(false);
    expect(namesPlace(', President of Kenya')).toBe(false);
    const f = facts(
      'The Foreign Minister of Chile, Alberto van Klaveren, landed at King Fahd International Airport and visited the Sultan Qaboos Grand Mosque.',
    );
    expect([...f.forms].filter((x) => /^Person\|(?:King )?Fahd|^Person\|(?:Sultan )?Qaboos/.test(x))).toEqual([]);
    expect(f.rels).toContain('HOLDS_OFFICE|Alberto van Klaveren|Foreign Minister of Chile');
  });
  it('a king named before his own words stays a person', () => {
    const f = facts('King Abdullah II received the Foreign Minister of Chile, Alberto van Klaveren, in Amman.');
    expect(f.names).toContain('Person|Abdullah II');
  });
});

describe('honorifics and national titles (ent21 lexicon entries)', () => {
  it('Burmese "U" and "Daw" are styles, not names; "Union Minister" is a title', () => {
    const f = facts(
      'Union Minister for Investment U Kan Zaw and State Counsellor Daw Aung San Suu Kyi opened the forum in Yangon.',
      'Ministry of Information, Republic of the Union of Myanmar',
    );
    expect(f.names).toContain('Person|Kan Zaw');
    expect(f.names).toContain('Person|Aung San Suu Kyi');
    expect(f.rels).toContain('OFFICE_OF|Union Minister for Investment of Myanmar|Myanmar');
    expect([...f.names]).not.toContain('Person|U');
  });
  it('"U.S." is never the style "U"', () => {
    const f = facts('U.S. Ambassador Linda Thomas-Greenfield met the Permanent Representative of Chad.');
    expect(f.names).toContain('State|United States');
  });
  it('Bhutan\'s "Lyonchhen" and "Lyonpo", the Dutch "Minister-President"', () => {
    const f = facts(
      'Lyonchhen Dasho Tshering Tobgay and Lyonpo Karma Dorji met Minister-President Mark Rutte in The Hague.',
      'Kuensel',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Tshering Tobgay|Prime Minister of Bhutan');
    expect(f.forms).toContain('Office|Lyonchhen');
    expect(f.names).toContain('Person|Karma Dorji');
    expect(f.rels).toContain('HOLDS_OFFICE|Mark Rutte|Minister-President of the Netherlands');
  });
  it('Malaysian titles of honour and the Samoan "Afioga" are dropped from the name', () => {
    const f = facts(
      "Tan Sri Muhyiddin Yassin and Dato' Seri Anwar Ibrahim greeted Afioga Tuilaepa Sailele Malielegaoi in Kuala Lumpur.",
    );
    expect(f.names).toContain('Person|Muhyiddin Yassin');
    expect(f.names).toContain('Person|Anwar Ibrahim');
    expect(f.names).toContain('Person|Tuilaepa Sailele Malielegaoi');
  });
  it('office.acronym-title: "the OSCE CiO" is the Chairperson-in-Office', () => {
    const f = facts('The OSCE CiO visited the Special Monitoring Mission in Kyiv.');
    expect(f.forms).toContain('Office|OSCE CiO');
    expect(f.rels).toContain('OFFICE_OF|Chairperson-in-Office of OSCE|OSCE');
  });
});

describe('person.dail-post-nominal (ent21)', () => {
  it('"TD" and "T.D." after an Irish name are no part of it', () => {
    expect(withoutDailPostNominal('Helen McEntee TD')).toBe('Helen McEntee');
    expect(withoutDailPostNominal('Helen McEntee T.D.')).toBe('Helen McEntee');
    expect(withoutDailPostNominal('Edward Lloyd')).toBe('Edward Lloyd');
    const f = facts(
      'Minister for Education Helen McEntee TD met the Minister of Education of Estonia, Kristina Kallas.',
    );
    expect(f.names).toContain('Person|Helen McEntee');
  });
});

describe('person.glued-initial (ent21)', () => {
  it('"G.Zandanshatar" is an initial and a name, one person with "Gombojavyn Zandanshatar"', () => {
    expect(splitGluedInitial(['L.Oyun-Erdene'])).toEqual(['L.', 'Oyun-Erdene']);
    expect(splitGluedInitial(['N.Enkhbayar'])).toEqual(['N.', 'Enkhbayar']);
    expect(splitGluedInitial(['U.S.'])).toEqual(['U.S.']);
    const f = facts(
      'Prime Minister G.Zandanshatar received the Ambassador of Japan. Gombojavyn Zandanshatar thanked the Ambassador.',
      'Government of Mongolia',
    );
    const zs = [...f.names].filter((n) => /Zandanshatar/.test(n));
    expect(zs).toHaveLength(1);
    expect(f.forms).toContain('Person|G.Zandanshatar');
    expect(f.forms).toContain('Person|Gombojavyn Zandanshatar');
  });
  it('two glued initials of different names stay two people', () => {
    const f = facts('Minister N.Enkhbayar met Minister B.Enkhbayar in Ulaanbaatar.', 'Government of Mongolia');
    expect([...f.names].filter((n) => /Enkhbayar/.test(n))).toHaveLength(2);
  });
});

describe('org.the-union-of-issuer (ent21)', () => {
  it('"the Union" in a readout of an EU institution is the European Union', () => {
    const f = facts(
      'The Commission adopted its report. The Union will keep its support for Moldova.',
      'European Commission',
    );
    expect(f.forms).toContain('Organization|Union');
    expect(f.names).toContain('Organization|European Union');
  });
  it('"the Union" in a readout of the AU Commission is the African Union', () => {
    const f = facts(
      'The Chairperson reaffirmed the Union’s support for the Sudanese people.',
      'African Union Commission',
    );
    expect(f.names).toContain('Organization|African Union');
    expect(f.names).not.toContain('Organization|European Union');
  });
  it('not in a state\'s readout, and not "the Union of …"', () => {
    const f = facts('The Union remains committed to dialogue.', 'Ministry of Foreign Affairs of Japan');
    expect(f.names).not.toContain('Organization|European Union');
    const g = facts('The Union of the Comoros joined the agreement.', 'European Commission');
    expect([...g.forms]).not.toContain('Organization|Union');
  });
});

describe('person.sole-title-holder (ent21)', () => {
  it('"His Highness the Amir" with no Amir named is the Amir, holding the issuer\'s office', () => {
    const f = facts(
      'His Highness the Amir received the Prime Minister of Pakistan, Shehbaz Sharif, at Lusail Palace.',
      'Amiri Diwan, State of Qatar',
    );
    expect(f.names).toContain('Person|Amir');
    expect(f.rels).toContain('HOLDS_OFFICE|Amir|Amir of Qatar');
  });
  it('no second person when the Amir is named', () => {
    const f = facts(
      'His Highness the Amir Sheikh Tamim bin Hamad Al Thani received the envoy. His Highness the Amir welcomed him.',
      'Amiri Diwan, State of Qatar',
    );
    expect(f.names).not.toContain('Person|Amir');
  });
  it('"the Secretary-General" told alone is left (the roles rules give his envoys to the United Nations)', () => {
    const f = facts('The Secretary-General spoke with the President of Chile, Gabriel Boric.', 'United Nations');
    expect(f.names).not.toContain('Person|Secretary-General');
  });
  it('a plural or lowercase title is no person', () => {
    const f = facts('The emirs and the Tánaistí of past decades attended the ceremony in Dublin.');
    expect([...f.names].filter((n) => n.startsWith('Person|'))).toEqual([]);
  });
});

describe('office.general-secretary-not-rank (ent21)', () => {
  it('"General Secretary X" is the title General Secretary, not the rank General before "Secretary"', () => {
    const f = facts(
      'General Secretary Nguyen Van Linh received the Ambassador of Laos in Hanoi.',
      'Nhan Dan, Viet Nam',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Nguyen Van Linh|General Secretary of Vietnam');
    expect([...f.rels].filter((r) => /\|Secretary of Vietnam$/.test(r))).toEqual([]);
  });
  it('"General X" before a name is still a rank', () => {
    const f = facts('General Min Aung Hlaing received the Ambassador of Thailand in Nay Pyi Taw.');
    expect(f.names).toContain('Person|Min Aung Hlaing');
  });
});

describe('office.national-title-owner and the sole holder beside a name (ent21)', () => {
  it('"His Majesty The Druk Gyalpo" alone is the King of Bhutan, also in a foreign readout', () => {
    const f = facts(
      'His Majesty The Druk Gyalpo received the Minister of External Affairs of India in Thimphu.',
      'Ministry of External Affairs, Government of India',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Druk Gyalpo|King of Bhutan');
    expect(f.rels).toContain('OFFICE_OF|King of Bhutan|Bhutan');
    expect(f.rels).not.toContain('OFFICE_OF|King of Bhutan|India');
  });
  it('no person named by the title when its holder is named beside it', () => {
    const f = facts(
      'The Crown Prince presided on behalf of the Custodian of the Two Holy Mosques, King Salman bin Abdulaziz Al Saud.',
      'Saudi Press Agency',
    );
    expect(f.names).not.toContain('Person|Custodian of the Two Holy Mosques');
  });
});
