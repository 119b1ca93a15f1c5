// The fl27a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// communiqué on a court's judgment, a foreign ministry's page on an organisation's ministerial council, a government's
// release on a treaty signing), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  coChairsBefore,
  firstStatePair,
  PARTY_TO_TWO_STATES_BETWEEN,
  crossesClause,
  OFFICE_CO_CHAIRS_OF_BODY,
  isHeadOfState,
  NEGOTIATES_FOR_ON_BEHALF_BY_TITLE,
  OFFICE_HEAD_OF_STATE_PRESIDENT,
  OFFICE_ORG_PRINCIPAL_OWNER,
  orgOfPrincipal,
  presidentialState,
  titleAfterBy,
} from './rules-fl27a.ts';
import { extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const facts = (text: string, source?: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2025-06-01', ...(source ? { source } : {}) }).rels;

describe(OFFICE_HEAD_OF_STATE_PRESIDENT.id, () => {
  it('tells a bare current "Head of State" with no other presidency stacked before it', () => {
    const text = 'The President of the Republic, Head of State, Mr X.';
    expect(isHeadOfState('Head of State', false, text, text.indexOf('Head'))).toBe(true);
    expect(isHeadOfState('Head of State', true, text, text.indexOf('Head'))).toBe(false);
    expect(isHeadOfState('Head of State and Government', false, text, text.indexOf('Head'))).toBe(false);
    const body = 'The President of the Transitional Military Council, Head of State, General X.';
    expect(isHeadOfState('Head of State', false, body, body.indexOf('Head'))).toBe(false);
  });

  it('tells republics from monarchies by the official name', () => {
    expect(presidentialState('Gabonese Republic')).toBe(true);
    expect(presidentialState('Kingdom of Eswatini')).toBe(false);
    expect(presidentialState('Burkina Faso')).toBe(false);
    expect(presidentialState(undefined)).toBe(false);
  });

  it('gives "President of the Republic, Head of State, X" the presidency, not a "Head of State" office', () => {
    const rels = facts(
      'The President of the Republic, Head of State, His Excellency Paul Ndong, received the delegation in Libreville.',
      'Presidency of the Gabonese Republic',
    );
    expect(rels.has('HOLDS_OFFICE|Paul Ndong|President of Gabon')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Paul Ndong|Head of State of Gabon')).toBe(false);
  });

  it('reads a demonym "Head of State" of a republic as its President', () => {
    const rels = facts('The Gabonese Head of State, Paul Ndong, received the delegation.', 'Presidency of Ruritania');
    expect(rels.has('HOLDS_OFFICE|Paul Ndong|President of Gabon')).toBe(true);
  });

  it('merges "Head of State" into the presidency the same person bears', () => {
    const rels = facts(
      'The Head of State, His Excellency Paul Ndong, President of the Gabonese Republic, received the delegation. The Head of State thanked them.',
      'Presidency of the Gabonese Republic',
    );
    expect(rels.has('HOLDS_OFFICE|Paul Ndong|President of Gabon')).toBe(true);
    expect([...rels].some((r) => r.includes('Head of State of Gabon'))).toBe(false);
  });

  it('leaves a former head of state, a monarchy and a presidency of a body stacked before', () => {
    const former = facts(
      'The delegation was led by former Head of State, General Paul Ndong.',
      'Presidency of the Gabonese Republic',
    );
    expect(former.has('HOLDS_OFFICE|Paul Ndong|President of Gabon')).toBe(false);
    const king = facts(
      'The Head of State, His Majesty King Paul III, received the delegation.',
      'Royal Court of the Kingdom of Eswatini',
    );
    expect([...king].some((r) => /President of/.test(r))).toBe(false);
    const body = facts(
      'The President of the Transitional Military Council, Head of State, General Paul Ndong, attended.',
      'Presidency of the Republic of Chad',
    );
    expect(body.has('HOLDS_OFFICE|Paul Ndong|President of Chad')).toBe(false);
  });
});

describe('person.hon-with-stop (lexicons.ts HONORIFICS)', () => {
  it('reads "the Hon. X MP" and "Senator the Hon. X" after a title as the holder of that title', () => {
    const rels = facts(
      "The Prime Minister of Australia, the Hon. Anthony Albanese MP, and Australia's Foreign Minister, Senator the Hon. Penny Wong, met the delegation.",
      'Government of the Republic of Nauru',
    );
    expect(rels.has('HOLDS_OFFICE|Anthony Albanese|Prime Minister of Australia')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Penny Wong|Foreign Minister of Australia')).toBe(true);
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Anthony Albanese|') && r.includes('Nauru'))).toBe(false);
  });

  it('keeps the style out of the name and leaves a bare "Senator" title-less', () => {
    const { out } = extractFacts('The Governor-General, Her Excellency the Hon. Sam Mostyn AC, met the delegation.', {
      file: 'made-up.txt',
      date: '2025-06-01',
      source: 'Government of Australia',
    });
    expect(out.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Sam Mostyn']);
  });
});

describe(NEGOTIATES_FOR_ON_BEHALF_BY_TITLE.id, () => {
  it('reads the bare title after "by", not the connectors after it', () => {
    expect(titleAfterBy('the Prime Minister, in the presence of X')).toBe('Prime Minister');
    expect(titleAfterBy('the President and on behalf of Australia')).toBe('President');
    expect(titleAfterBy('its Minister of Foreign Affairs, X')).toBe('Minister of Foreign Affairs');
    expect(titleAfterBy('Ambassador Karl Wendt')).toBeUndefined();
    expect(titleAfterBy('the two delegations')).toBeUndefined();
  });

  it('tells a later clause between "by" and a person', () => {
    expect(crossesClause('the Prime Minister, in the presence of the Minister for Foreign Affairs, ')).toBe(true);
    expect(crossesClause('the President and on behalf of Australia by ')).toBe(true);
    expect(crossesClause('its Minister of Foreign Affairs, ')).toBe(false);
  });

  it('gives each side the holder of the title that signed for it, not a witness named later', () => {
    const rels = facts(
      'The President of Nauru, Hon. David Adeang MP, and the Prime Minister of Australia, the Hon. Anthony Albanese MP, met in Canberra. The treaty was signed on behalf of the Republic of Nauru by the President and on behalf of Australia by the Prime Minister, in the presence of the Minister for Foreign Affairs and Trade of Nauru, Hon. Lionel Aingimea MP.',
      'Government of the Republic of Nauru',
    );
    expect(rels.has('NEGOTIATES_FOR|Anthony Albanese|Australia')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|David Adeang|Nauru')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Lionel Aingimea|Australia')).toBe(false);
  });

  it('still reads a named agent after "by", and gives nothing for a title nobody holds', () => {
    const named = facts(
      'The agreement was signed on behalf of Canada by Ambassador Karl Wendt and on behalf of Norway by Ambassador Ola Berg.',
    );
    expect(named.has('NEGOTIATES_FOR|Karl Wendt|Canada')).toBe(true);
    expect(named.has('NEGOTIATES_FOR|Ola Berg|Norway')).toBe(true);
    const nobody = facts('The agreement was signed on behalf of Canada by the Prime Minister in Ottawa.');
    expect([...nobody].some((r) => r.startsWith('NEGOTIATES_FOR|'))).toBe(false);
  });
});

describe(OFFICE_ORG_PRINCIPAL_OWNER.id, () => {
  it('knows the titles only one organisation has', () => {
    expect(orgOfPrincipal('Chairperson-in-Office')).toBe('OSCE');
    expect(orgOfPrincipal('Chairperson of the Commission')).toBeUndefined();
    expect(orgOfPrincipal('President')).toBeUndefined();
  });

  it("gives the envoys of the Chairperson-in-Office to the OSCE and to its holder, not to the chair's state", () => {
    const rels = facts(
      'The OSCE Chairperson-in-Office, Paul Ndong, met the Special Representative of the Chairperson-in-Office, Karl Wendt, in Vienna.',
      'Ministry of Foreign and European Affairs of the Slovak Republic',
    );
    expect(rels.has('OFFICE_OF|Special Representative of the Chairperson-in-Office|OSCE')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Karl Wendt|Paul Ndong')).toBe(true);
    expect([...rels].some((r) => r.startsWith('NEGOTIATES_FOR|Karl Wendt|Slovakia'))).toBe(false);
  });

  it("leaves a state's envoys of its own leaders to that state", () => {
    const rels = facts(
      'The Special Envoy of the President of Finland, Karl Wendt, met the delegation in Vienna.',
      'Ministry for Foreign Affairs of Finland',
    );
    expect([...rels].some((r) => r.includes('|OSCE'))).toBe(false);
  });
});

describe(OFFICE_CO_CHAIRS_OF_BODY.id, () => {
  const org = (text: string, name: string) => {
    const start = text.indexOf(name);
    return [{ name, start, end: start + name.length, type: 'Organization' }];
  };

  it('reads the plural chair title and the organisation before the rank', () => {
    const text = 'the Co-Chairs of the OSCE Minsk Group, Ambassadors A of X';
    expect(coChairsBefore(text, text.indexOf('Ambassadors'), org(text, 'OSCE Minsk Group'))).toMatchObject({
      title: 'Co-Chair',
      org: 'OSCE Minsk Group',
    });
    const lower = 'the co-chairs of the OSCE Minsk Group, Ambassadors A of X';
    expect(coChairsBefore(lower, lower.indexOf('Ambassadors'), org(lower, 'OSCE Minsk Group'))).toBeUndefined();
    const other = 'the Members of the OSCE Minsk Group, Ambassadors A of X';
    expect(coChairsBefore(other, other.indexOf('Ambassadors'), org(other, 'OSCE Minsk Group'))).toBeUndefined();
  });

  it("gives each co-chair the office of the organisation, and no ambassador's office", () => {
    const rels = facts(
      'On the margins of the Council, the Co-Chairs of the OSCE Minsk Group, Ambassadors Karl Wendt of France, Ola Berg of Norway and Jan Moss of the United States, met the foreign ministers of Armenia and Azerbaijan.',
      'Ministry of Foreign and European Affairs of the Slovak Republic',
    );
    for (const p of ['Karl Wendt', 'Ola Berg', 'Jan Moss'])
      expect(rels.has(`HOLDS_OFFICE|${p}|Co-Chair of the OSCE Minsk Group`)).toBe(true);
    expect(rels.has('OFFICE_OF|Co-Chair of the OSCE Minsk Group|OSCE Minsk Group')).toBe(true);
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Karl Wendt|Ambassador'))).toBe(false);
  });

  it('leaves the co-chairs of a body the gazetteer does not know', () => {
    const rels = facts(
      'The co-chairs of the negotiating committee, Ambassador Ana Castro of Chile and Ambassador Peter Lund of Denmark, presented a revised draft.',
    );
    expect([...rels].some((r) => r.includes('Co-Chair'))).toBe(false);
  });
});

describe(PARTY_TO_TWO_STATES_BETWEEN.id, () => {
  const hit = (text: string, name: string, from = 0) => {
    const start = text.indexOf(name, from);
    return { name, type: 'State', start, end: start + name.length };
  };

  it('finds the first "between A and B" pair of states', () => {
    const text = 'the case between the Gabonese Republic and the Republic of Equatorial Guinea, and Spain';
    const hits = [hit(text, 'Gabonese Republic'), hit(text, 'Republic of Equatorial Guinea'), hit(text, 'Spain')];
    expect(firstStatePair(text, hits)?.map((h) => h.name)).toEqual([
      'Gabonese Republic',
      'Republic of Equatorial Guinea',
    ]);
    const list = 'talks with Gabon, Spain and France';
    expect(firstStatePair(list, [hit(list, 'Gabon'), hit(list, 'Spain'), hit(list, 'France')])).toBeUndefined();
  });

  it('gives "which the two States signed" the pair the readout names by "between"', () => {
    const rels = facts(
      'The Court delivered its judgment in the case between the Gabonese Republic and the Republic of Equatorial Guinea. The Court was seized under the Special Agreement which the two States signed in Marrakesh in 2016.',
      'Presidency of the Gabonese Republic',
    );
    expect(rels.has('PARTY_TO|Gabon|Special Agreement')).toBe(true);
    expect(rels.has('PARTY_TO|Equatorial Guinea|Special Agreement')).toBe(true);
  });

  it('leaves an agreement whose signatories are not "the two", and a text with no pair', () => {
    const many = facts(
      'The Court delivered its judgment in the case between Gabon and Equatorial Guinea. The Special Agreement, which several States signed in 2016, was recalled.',
    );
    expect([...many].some((r) => r.startsWith('PARTY_TO|') && r.endsWith('|Special Agreement'))).toBe(false);
    const none = facts(
      'Gabon, Spain and France met in Paris. They recalled the Special Agreement which the two States signed in 2016.',
    );
    expect([...none].some((r) => r.startsWith('PARTY_TO|Spain|'))).toBe(false);
  });
});

describe('office.chairmanship-complement (titles.ts COMPLEMENT_WORDS)', () => {
  it('reads "of the Slovak Chairmanship" as a title complement, not a person named Chairmanship', () => {
    const { out } = extractFacts(
      'The minister thanked the Special Representative of the Slovak Chairmanship for the Transdniestrian Settlement Process, Ambassador Karl Wendt, who held talks with both sides.',
      {
        file: 'made-up.txt',
        date: '2025-06-01',
        source: 'Ministry of Foreign and European Affairs of the Slovak Republic',
      },
    );
    const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Karl Wendt');
    expect(people).not.toContain('Chairmanship');
  });
});
