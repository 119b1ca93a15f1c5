// Tests of the ent23 rules on made-up sentences (not the entities-3 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import {
  citizensAbroad,
  eventAcronymForms,
  nationalBodyOfState,
  royalGivenName,
  treatyOrganisation,
  withConferenceTail,
} from './rules-ent23.ts';
import { agreementNames, entityFacts, eventFacts, extractFacts, gazetteerStates } from './test-facts.ts';

const facts = entityFacts;
const ofType = (f: { names: Set<string> }, type: string) => [...f.names].filter((n) => n.startsWith(`${type}|`));

describe('office.citizens-abroad-remit (ent23)', () => {
  const demonyms = new Set(['Malian', 'Beninese', 'American']);
  it('a plural demonym before "Abroad" is a portfolio word', () => {
    expect(citizensAbroad('Malians', ' Abroad, said', demonyms)).toBe('Malian');
    expect(citizensAbroad('Malians', ' Living Abroad', demonyms)).toBe('Malian');
    const f = facts(
      'Abdoulaye Diop, Minister of Foreign Affairs, International Cooperation and Malians Abroad, met the Ambassador of Turkey to Mali, Ali Ihsan Izbul, in Bamako.',
    );
    expect(f.rels).toContain(
      'HOLDS_OFFICE|Abdoulaye Diop|Minister of Foreign Affairs, International Cooperation and Malians Abroad of Mali',
    );
    expect(f.rels).toContain(
      'OFFICE_OF|Minister of Foreign Affairs, International Cooperation and Malians Abroad of Mali|Mali',
    );
  });
  it('not without "Abroad", nor a word that is no demonym', () => {
    expect(citizensAbroad('Americans', ' said on Monday', demonyms)).toBeUndefined();
    expect(citizensAbroad('Nationals', ' Abroad', demonyms)).toBeUndefined();
    expect(citizensAbroad('Malian', ' Abroad', demonyms)).toBeUndefined();
  });
});

describe('state initials BiH and KSA (ent23)', () => {
  it('are Bosnia and Herzegovina and Saudi Arabia', () => {
    expect(gazetteerStates('The Council of Ministers of BiH met in Sarajevo.')).toEqual(['Bosnia and Herzegovina']);
    expect(gazetteerStates('Investment between the KSA and Egypt grew.')).toContain('Saudi Arabia');
  });
  it('not in lower case or inside a word', () => {
    expect(gazetteerStates('The bih and ksa files were closed; KSAB is a code.')).toEqual([]);
  });
});

describe('event.conference-on-tail (ent23)', () => {
  const isState = (w: string) => ['Libya', 'Sudan'].includes(w);
  const at = (text: string, name: string) => withConferenceTail(text, name, text.indexOf(name), isState);
  it('a named conference goes on over "on" and its capitalised subject', () => {
    const t = 'They attended the Third International Conference on Landlocked Developing Countries in Awaza.';
    expect(at(t, 'Third International Conference')).toBe(
      'Third International Conference on Landlocked Developing Countries',
    );
    const u = 'the Ministerial Forum for Peace and Security in Africa opened';
    expect(at(u, 'Ministerial Forum')).toBe('Ministerial Forum for Peace and Security');
    const e = eventFacts(
      'President Mokgweetsi Masisi opened the Third International Conference on Landlocked Developing Countries in Awaza on Monday.',
    );
    expect(e.names).toContain('Third International Conference on Landlocked Developing Countries');
  });
  it('not a date, a state alone, or a lowercase subject', () => {
    expect(at('the Summit on Monday in Rome', 'Summit')).toBe('Summit');
    expect(at('the Conference on Libya in Berlin', 'Conference')).toBe('Conference');
    expect(at('the Regional Summit on trade', 'Regional Summit')).toBe('Regional Summit');
    expect(at('the Donor Conference was held', 'Donor Conference')).toBe('Donor Conference');
  });
});

describe('alias.event-acronym (ent23)', () => {
  it('a bracketed acronym with digits or a year after an event, and "COP29" of "COP29 in Baku"', () => {
    const t = 'the Sixth United Nations Environment Assembly (UNEA-6)';
    expect(eventAcronymForms('the Fourth Summit (AS4) in Lomé', 'Fourth Summit', 'the Fourth Summit'.length)).toEqual([
      { surface: 'AS4', start: 'the Fourth Summit ('.length },
    ]);
    expect(eventAcronymForms('COP29 in Baku', 'COP29 in Baku', 13)).toEqual([{ surface: 'COP29', start: 0 }]);
    expect(eventAcronymForms(t, 'x', t.length)).toEqual([]);
    const e = eventFacts(
      'Prime Minister Fiamē Naomi Mataʻafa opened the Commonwealth Heads of Government Meeting (CHOGM 2024) in Apia.',
    );
    const chogm = e.events.find((x) => x.name === 'Commonwealth Heads of Government Meeting');
    expect(chogm?.aliases).toContain('CHOGM 2024');
  });
  it('not a bracketed date or lowercase note', () => {
    expect(eventAcronymForms('the Summit (2024) opened', 'Summit', 'the Summit'.length)).toEqual([]);
    expect(eventAcronymForms('the Summit (virtual) opened', 'Summit', 'the Summit'.length)).toEqual([]);
  });
});

describe('person.royal-given-name (ent23)', () => {
  it('a one-word name after a ruler’s style is no other person’s surname', () => {
    expect(royalGivenName('His Majesty Sultan Hassanal', 'Hassanal', [])).toBe(true);
    expect(royalGivenName('King Felipe', 'Felipe', [])).toBe(true);
    const { rels } = extractFacts(
      'His Majesty King Felipe received Prime Minister Pedro Felipe at the Royal Palace. Foreign Minister José Manuel Albares also attended.',
      { file: 'made-up.txt', date: '2025-06-01', source: 'Casa Real' },
    );
    expect([...rels].filter((r) => r.startsWith('HOLDS_OFFICE|Pedro Felipe|King'))).toEqual([]);
  });
  it('not a full name, nor a name after another title', () => {
    expect(royalGivenName('Prime Minister Anwar Ibrahim', 'Anwar Ibrahim', [])).toBe(false);
    expect(royalGivenName('Minister Ibrahim', 'Ibrahim', [{ title: 'Minister' }])).toBe(false);
  });
});

describe('agreement.treaty-organisation (ent23)', () => {
  it('a treaty name that runs on into "Organization" is no agreement', () => {
    const t = 'the Amazon Cooperation Treaty Organization';
    expect(treatyOrganisation(t, { start: 4, surface: 'Amazon Cooperation Treaty' })).toBe(true);
    expect(
      agreementNames(
        'The Secretary General of the Amazon Cooperation Treaty Organization, Martin von Hildebrand, met the Minister of Foreign Affairs of Peru.',
      ),
    ).toEqual([]);
  });
  it('a treaty alone stays one', () => {
    expect(
      treatyOrganisation('the Amazon Cooperation Treaty, signed in 1978', {
        start: 4,
        surface: 'Amazon Cooperation Treaty',
      }),
    ).toBe(false);
    expect(agreementNames('Both sides reaffirmed the Amazon Cooperation Treaty, signed in 1978.')).toContain(
      'Amazon Cooperation Treaty',
    );
  });
});

describe('org.national-body-of-state (ent23)', () => {
  const isState = (n: string) => ['Russian Federation', 'Armenia', 'Sri Lanka'].includes(n);
  it('a generic body "of <state>" is that state’s', () => {
    expect(nationalBodyOfState(' of the Russian Federation, X', isState)).toBe(true);
    expect(nationalBodyOfState(' of Armenia Armen Grigoryan', isState)).toBe(true);
    const f = facts(
      'The Secretary of the Security Council of Armenia, Armen Grigoryan, met the EU Special Representative.',
    );
    expect(ofType(f, 'Organization')).toEqual(['Organization|European Union']);
  });
  it('not "of the United Nations", nor the bare body', () => {
    expect(nationalBodyOfState(' of the United Nations', isState)).toBe(false);
    expect(nationalBodyOfState(' adopted a resolution', isState)).toBe(false);
    const f = facts('The Security Council adopted a resolution on Haiti on Monday.');
    expect(ofType(f, 'Organization')).toEqual(['Organization|Security Council']);
  });
});

describe('Apostolic Nuncio, Grand Duke, Administrator (ent23 title heads)', () => {
  it('a nuncio is the Holy See’s, a grand duke his state’s, an administrator his agency’s', () => {
    const f = facts(
      'The Apostolic Nuncio to Ghana, Archbishop Julien Kaboré, called on President John Mahama in Accra.',
    );
    expect(f.rels).toContain('OFFICE_OF|Apostolic Nuncio of Vatican City to Ghana|Vatican City');
    expect([...f.rels].filter((r) => r.startsWith('OFFICE_OF|Apostolic Nuncio') && r.endsWith('|Ghana'))).toEqual([]);
    const g = facts('Grand Duke Henri of Luxembourg received the President of Portugal.');
    expect(g.rels).toContain('HOLDS_OFFICE|Henri|Grand Duke of Luxembourg');
    const h = facts('UNDP Administrator Achim Steiner met the Minister of Finance of Malawi in Lilongwe.');
    expect(h.rels).toContain('HOLDS_OFFICE|Achim Steiner|Administrator of the United Nations Development Programme');
  });
  it('no office from the words alone', () => {
    const f = facts('The nuncio’s residence and the administrator’s office were closed for the holiday.');
    expect(ofType(f, 'Office')).toEqual([]);
  });
});
