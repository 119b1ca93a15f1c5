// The rol14 round's tests (issue 6, construction 8): the rules written on the sixth, blind roles bank
// (bank-roles-6.ts), each on made-up sentences other than the bank's, with negatives.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';
import { messageBehalf } from './rules-rol14.ts';

const facts = (text: string, source?: string) =>
  extractFacts(text, { file: 't.txt', date: '2025-06-01', ...(source ? { source } : {}) }).rels;
const roleOf = (r: Set<string>, who: string) =>
  [...r].filter((f) => f.startsWith(`NEGOTIATES_FOR|${who}|`) || f.startsWith(`REPORTS_TO|${who}|`));

describe('negotiates-for.represented-by', () => {
  it('gives the side represented at talks by a person', () => {
    const r = facts(
      'The Slovak side was represented at the consultations on gas transit by State Secretary Marek Eštok.',
    );
    expect(r.has('NEGOTIATES_FOR|Marek Eštok|Slovakia')).toBe(true);
  });
  it('gives the leader represented at talks by his envoy', () => {
    const r = facts(
      'The Sultan of Oman, Haitham bin Tarik, was represented at the reconciliation talks by his special envoy, Foreign Minister Badr Albusaidi.',
    );
    expect(r.has('NEGOTIATES_FOR|Badr Albusaidi|Haitham bin Tarik')).toBe(true);
  });
  it('gives nothing for a gathering', () => {
    const r = facts(
      'Canada was represented at the funeral and the talks that followed by Governor General Mary Simon.',
    );
    expect(roleOf(r, 'Mary Simon')).toEqual([]);
  });
});

describe('negotiates-for.the-countrys-role', () => {
  it('gives the state the sentence named before "the country\'s chief negotiator"', () => {
    const r = facts(
      "Moldova will take part in the next round, the country's chief negotiator, Deputy Prime Minister Cristina Gherasimov, told reporters.",
    );
    expect(r.has('NEGOTIATES_FOR|Cristina Gherasimov|Moldova')).toBe(true);
  });
  it('gives nothing for a role that is no negotiator', () => {
    const r = facts("Moldova will publish the figures soon, the country's chief economist, Ion Rusu, told reporters.");
    expect(roleOf(r, 'Ion Rusu')).toEqual([]);
  });
});

describe('negotiates-for.participle-for', () => {
  it('gives the side after "facilitating for"', () => {
    const r = facts('The talks resumed in Oslo, with State Secretary Andreas Kravik facilitating for Norway.');
    expect(r.has('NEGOTIATES_FOR|Andreas Kravik|Norway')).toBe(true);
  });
  it('gives nothing for another participle', () => {
    const r = facts('The talks opened in Oslo, with State Secretary Andreas Kravik waiting for Norway to reply.');
    expect(roleOf(r, 'Andreas Kravik')).toEqual([]);
  });
});

describe('negotiates-for.appointed-by-leader', () => {
  it('gives the leader who appointed someone to lead the negotiations', () => {
    const r = facts(
      'Trade Minister Dan Tehan, whom Prime Minister Scott Morrison appointed to lead the negotiations with Brussels, flew to Europe on Monday.',
    );
    expect(r.has('NEGOTIATES_FOR|Dan Tehan|Scott Morrison')).toBe(true);
  });
  it('reads the passive "was entrusted by … with the talks"', () => {
    const r = facts(
      'The Minister of Economy, Abdulaziz Kamilov, was entrusted by President Shavkat Mirziyoyev with the talks on the loan.',
    );
    expect(r.has('NEGOTIATES_FOR|Abdulaziz Kamilov|Shavkat Mirziyoyev')).toBe(true);
  });
  it('reads "whom the President sent to … to meet" after an adviser "to" the President', () => {
    const r = facts(
      'Marco Aurélio Garcia, special adviser to President Dilma Rousseff, whom the President sent to Asunción to meet the rival camps, returned on Friday.',
    );
    expect(r.has('NEGOTIATES_FOR|Marco Aurélio Garcia|Dilma Rousseff')).toBe(true);
    expect(r.has('REPORTS_TO|Marco Aurélio Garcia|Dilma Rousseff')).toBe(true);
  });
  it('gives nothing for an appointment to lead a ministry', () => {
    const r = facts(
      'Dan Tehan, whom Prime Minister Scott Morrison appointed to lead the ministry last year, opened the fair.',
    );
    expect(r.has('NEGOTIATES_FOR|Dan Tehan|Scott Morrison')).toBe(false);
  });
});

describe('reports-to.head-of-leaders-office', () => {
  it('gives the leader whose office the person heads', () => {
    const r = facts("Gergely Gulyás, head of Prime Minister Viktor Orbán's office, briefed reporters in Budapest.");
    expect(r.has('REPORTS_TO|Gergely Gulyás|Viktor Orbán')).toBe(true);
  });
  it('gives nothing for what is no office', () => {
    const r = facts("Gergely Gulyás, head of Prime Minister Viktor Orbán's party list, briefed reporters in Budapest.");
    expect(r.has('REPORTS_TO|Gergely Gulyás|Viktor Orbán')).toBe(false);
  });
});

describe('negotiates-for.not-possessor', () => {
  it('does not make the leader in the possessive lead the delegation', () => {
    const r = facts(
      "Gergely Gulyás, head of Prime Minister Viktor Orbán's office, led the Hungarian delegation at the talks with Slovakia.",
    );
    expect(r.has('NEGOTIATES_FOR|Viktor Orbán|Hungary')).toBe(false);
    expect(r.has('NEGOTIATES_FOR|Gergely Gulyás|Hungary')).toBe(true);
  });
});

describe('negotiates-for.leader-title-possessive / reports-to.leader-title-possessive', () => {
  it("gives the one holder of the title for the President's envoy", () => {
    const r = facts(
      "President Gabriel Boric heard a report from the President's Special Envoy for the Antarctic talks, Ximena Fuentes.",
    );
    expect(r.has('NEGOTIATES_FOR|Ximena Fuentes|Gabriel Boric')).toBe(true);
  });
  it("gives REPORTS_TO for the Prime Minister's adviser", () => {
    const r = facts(
      "Prime Minister Keir Starmer arrived in Kyiv on Thursday. Jonathan Powell, the Prime Minister's national security adviser, joined him.",
    );
    expect(r.has('REPORTS_TO|Jonathan Powell|Keir Starmer')).toBe(true);
  });
  it('gives nothing when two people hold the title', () => {
    const r = facts(
      "President Gabriel Boric met President Javier Milei. The President's Special Envoy for the Antarctic talks, Ximena Fuentes, attended.",
    );
    expect(roleOf(r, 'Ximena Fuentes').filter((f) => /Boric|Milei/.test(f))).toEqual([]);
  });
});

describe('negotiates-for.body-chair-mediating', () => {
  it('gives the organisation of the body whose head mediates', () => {
    const r = facts(
      'Olusegun Obasanjo, head of the African Union panel on the Horn, was mediating between the government and the rebels.',
    );
    expect(r.has('NEGOTIATES_FOR|Olusegun Obasanjo|African Union')).toBe(true);
  });
  it('gives nothing to a head who does not mediate', () => {
    const r = facts(
      'Olusegun Obasanjo, head of the African Union panel on the Horn, attended the summit in Addis Ababa.',
    );
    expect(r.has('NEGOTIATES_FOR|Olusegun Obasanjo|African Union')).toBe(false);
  });
});

describe('negotiates-for.aide-brokers', () => {
  it('gives the leader an aide brokers for', () => {
    const r = facts(
      'Brett McGurk, senior adviser to President Joe Biden, has been negotiating with Qatari officials on the release.',
    );
    expect(r.has('NEGOTIATES_FOR|Brett McGurk|Joe Biden')).toBe(true);
  });
  it('gives nothing to an aide who only speaks', () => {
    const r = facts('Brett McGurk, senior adviser to President Joe Biden, spoke to reporters on the release.');
    expect(r.has('NEGOTIATES_FOR|Brett McGurk|Joe Biden')).toBe(false);
  });
});

describe('negotiates-for.not-message-behalf', () => {
  it('gives nothing for a letter handed over on behalf of a leader', () => {
    const r = facts(
      'Deputy Minister Ali Bin Samikh handed over a letter on behalf of Prime Minister Sheikh Mohammed to the King.',
    );
    expect(r.has('NEGOTIATES_FOR|Ali Bin Samikh|Mohammed')).toBe(false);
    expect([...r].some((f) => f.startsWith('NEGOTIATES_FOR|Ali Bin Samikh|'))).toBe(false);
  });
  it('keeps an envoy carrying the message', () => {
    expect(messageBehalf('The Special Envoy, X, delivered a message ', 'x')).toBe(false);
    expect(messageBehalf('Deputy Minister X delivered a message ', 'x')).toBe(true);
  });
  it('keeps a speech in negotiations', () => {
    expect(messageBehalf('X, speaking ', 'X, speaking on behalf of the group in the negotiations, said')).toBe(false);
    expect(messageBehalf('X, speaking ', 'X, speaking on behalf of the group at the summit, said')).toBe(true);
  });
});

describe('negotiates-for.fronted-side-leader and person.side-cue of "On the X side" with no comma', () => {
  it('gives each person the side of their own clause', () => {
    const r = facts(
      'On the Uzbek side the negotiations were led by Deputy Minister Bakhtiyor Saidov, and on the Kazakh side by Deputy Minister Murat Nurtleu.',
      'Ministry of Foreign Affairs of the Republic of Kazakhstan',
    );
    expect(r.has('NEGOTIATES_FOR|Bakhtiyor Saidov|Uzbekistan')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Bakhtiyor Saidov|Kazakhstan')).toBe(false);
    expect(r.has('NEGOTIATES_FOR|Murat Nurtleu|Uzbekistan')).toBe(false);
  });
});

describe('person.title-phrase-state', () => {
  it("takes the state of the title phrase before the name, not the issuer's", () => {
    const r = facts(
      'The Minister received the Special Envoy of the President of the French Republic for the Indo-Pacific, Ambassador Marc Abensour.',
      'Ministry of Foreign Affairs of the Republic of Indonesia',
    );
    expect([...r].some((f) => f.startsWith('HOLDS_OFFICE|Marc Abensour|') && f.endsWith('Indonesia'))).toBe(false);
  });
});

describe('negotiator nouns of deputies', () => {
  it('gives the state of a deputy chief negotiator', () => {
    const r = facts(
      "Chile's deputy chief negotiator for the agreement with the European Free Trade Association, Felipe Lopeandía, opened the round.",
    );
    expect(r.has('NEGOTIATES_FOR|Felipe Lopeandía|Chile')).toBe(true);
  });
});
