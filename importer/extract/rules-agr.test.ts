// Unit tests of the agr round's agreement rules (agreements named by description, formal titles, PARTY_TO,
// BASED_ON, REACHED_AT) on made-up sentences, with negative cases.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';
import { subjectEnd } from './agreement-described.ts';

function facts(text: string) {
  const out = toExtractionOutput(extractText(text, { file: 'test.txt' }));
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const rels = out.relations.map((r) => `${r.type}|${name.get(r.from)}|${name.get(r.to)}`);
  const agreements = out.entities.filter((e) => e.type === 'Agreement');
  const of = (type: string, from?: string) =>
    rels.filter((r) => r.startsWith(`${type}|`) && (!from || r.startsWith(`${type}|${from}|`))).sort();
  return { out, rels, of, agreements, names: agreements.map((a) => a.name).sort() };
}

/** A headline, a dateline and a meeting of Austria's and Poland's foreign ministers in Vienna. */
const OPENING =
  'Talks in Vienna\n3 May 2024\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna. ';

describe('subjectEnd: the noun phrase an agreement settles', () => {
  const end = (s: string) => s.slice(0, subjectEnd(s, 0));
  it('reads nouns joined by of / in / and, and a place after a link', () => {
    expect(end('the opening of border crossings in the areas of Hrensko and Cieszyn, in line with')).toBe(
      'the opening of border crossings in the areas of Hrensko and Cieszyn',
    );
    expect(end('the filling and operation of the dam.')).toBe('the filling and operation of the dam');
  });
  it('stops at a verb, a pronoun or a clause word, and drops trailing links', () => {
    expect(end('the deepening of the partnership and tasked their officials')).toBe('the deepening of the partnership');
    expect(end('energy trade and agreed to meet')).toBe('energy trade');
    expect(end('how to proceed')).toBe('');
    expect(end('Energy Trade')).toBe('');
  });
});

describe('agreement.reached-on / agreement.in-principle / agreement.on-topic: agreements named by their subject', () => {
  it('reads "an agreement in principle on X" with its subject, as an agreement of the two sides reached at the talks', () => {
    const { names, of } = facts(`${OPENING}Austria and Poland reached an agreement in principle on energy trade.\n`);
    expect(names).toEqual(['agreement in principle on energy trade']);
    expect(of('PARTY_TO')).toEqual([
      'PARTY_TO|Austria|agreement in principle on energy trade',
      'PARTY_TO|Poland|agreement in principle on energy trade',
    ]);
    expect(of('REACHED_AT')).toEqual(['REACHED_AT|agreement in principle on energy trade|Talks in Vienna']);
  });

  it('reads a long subject with places after "reached agreement on"', () => {
    const { names } = facts(
      `${OPENING}The two sides reached agreement on the opening of border crossings in the areas of Hrensko and Cieszyn, in line with earlier decisions.\n`,
    );
    expect(names).toEqual(['agreement on the opening of border crossings in the areas of Hrensko and Cieszyn']);
  });

  it('reads a capitalised Joint Statement on a lowercase subject, cut before the next verb', () => {
    const { names } = facts(
      `${OPENING}They adopted a Joint Statement on the deepening of the partnership and tasked their officials with a plan.\n`,
    );
    expect(names).toEqual(['Joint Statement on the deepening of the partnership']);
  });

  it('makes no agreement of a verb phrase or a question', () => {
    for (const s of [
      'The ministers reached agreement on how to proceed.',
      'They agreed to make arrangements for a visit.',
      'They reached agreement on what should be done next.',
    ])
      expect(facts(`${OPENING}${s}\n`).names).toEqual([]);
  });
});

describe('agreement.named: colons and slashes inside formal titles', () => {
  it('continues a title over a colon into a second formal title, and joins states by a slash', () => {
    const { names, of } = facts(
      `${OPENING}They signed the Treaty of Friendship between Austria and Poland: Protocol on Border Crossings. They also welcomed the Austria/Poland Memorandum on Rail Transport.\n`,
    );
    expect(names).toEqual([
      'Austria/Poland Memorandum on Rail Transport',
      'Treaty of Friendship between Austria and Poland: Protocol on Border Crossings',
    ]);
    expect(of('PARTY_TO').filter((r) => r.includes('Rail Transport'))).toEqual([
      'PARTY_TO|Austria|Austria/Poland Memorandum on Rail Transport',
      'PARTY_TO|Poland|Austria/Poland Memorandum on Rail Transport',
    ]);
  });

  it('does not continue a title over a colon into a sentence', () => {
    const { names } = facts(`${OPENING}They recalled the Danube Declaration: The two sides also discussed trade.\n`);
    expect(names).toEqual(['Danube Declaration']);
  });
});

describe('agreement.reached-by: an agreement named by who reached it, reached at the meeting named after it', () => {
  it('names the agreement up to the event, with the signatories states as parties and REACHED_AT that event', () => {
    const { names, of } = facts(
      `${OPENING}The talks follow the agreement reached by Chancellor Karl Nehammer of Austria and President Andrzej Duda of Poland at their meeting in Salzburg last June to expand rail links.\n`,
    );
    const name = 'agreement reached by Chancellor Karl Nehammer of Austria and President Andrzej Duda of Poland';
    expect(names).toEqual([name]);
    expect(of('PARTY_TO')).toEqual([`PARTY_TO|Austria|${name}`, `PARTY_TO|Poland|${name}`]);
    expect(of('REACHED_AT')).toEqual([`REACHED_AT|${name}|meeting in Salzburg`]);
  });

  it('reaches at nothing an agreement whose meeting the text does not tell', () => {
    const { of } = facts(
      `${OPENING}The talks follow the agreement reached by Chancellor Karl Nehammer of Austria and President Andrzej Duda of Poland, which both sides praised.\n`,
    );
    expect(of('REACHED_AT')).toEqual([]);
  });
});

describe('agreement.named: heads "Package of Measures", "Exchange of Letters", "Code of Conduct"; a closing acronym', () => {
  it('reads a head-first title whole, not its head alone', () => {
    const { names } = facts(
      `${OPENING}They recalled the Package of Measures for the Implementation of the Danube Agreements, signed in 2015.\n`,
    );
    expect(names).toEqual(['Package of Measures for the Implementation of the Danube Agreements']);
  });

  it('reads an Exchange of Letters and a Code of Conduct, and leaves the acronym after a title out of its name', () => {
    const { out, names } = facts(
      `${OPENING}They also signed an Exchange of Letters, and welcomed the Agreement on Cooperation in the Field of Inland Navigation (ACFIN).\n`,
    );
    expect(names).toEqual(['Agreement on Cooperation in the Field of Inland Navigation', 'Exchange of Letters']);
    expect(out.entities.find((e) => e.name.startsWith('Agreement on'))?.aliases).toContain('ACFIN');
  });

  it('reads no lowercase "exchange of letters" or "code of conduct"', () => {
    expect(facts(`${OPENING}They called for an exchange of letters and a code of conduct.\n`).names).toEqual([]);
  });
});

describe('party-to.listed: the parties a sentence lists around the agreement', () => {
  const parties = (s: string, agreement: string) =>
    facts(`${OPENING}${s}\n`)
      .of('PARTY_TO')
      .filter((r) => r.endsWith(`|${agreement}`))
      .map((r) => r.split('|')[1]);

  it('reads the subject of a relative clause after the agreement', () => {
    expect(
      parties(
        'They called for a Code of Conduct in the Baltic Sea, which Russia and the European Union are negotiating.',
        'Code of Conduct in the Baltic Sea',
      ),
    ).toEqual(['European Union', 'Russia']);
  });

  it('reads the list of states that signed it, before or after', () => {
    expect(
      parties(
        'Hungary, Slovakia and Czechia signed the Trilateral Memorandum on Gas Transit in 2019.',
        'Trilateral Memorandum on Gas Transit',
      ),
    ).toEqual(['Czech Republic', 'Hungary', 'Slovakia']);
    expect(
      parties(
        'They recalled the Danube Memorandum, signed by Hungary, Slovakia and Czechia in 2015.',
        'Danube Memorandum',
      ),
    ).toEqual(['Czech Republic', 'Hungary', 'Slovakia']);
  });

  it('keeps the sides when the clause names one state doing something else', () => {
    expect(parties('They recalled the Danube Memorandum, which Hungary praised.', 'Danube Memorandum')).toEqual([
      'Austria',
      'Poland',
    ]);
  });
});

describe('agreement.ceasefire-told: a ceasefire told as reached, agreed or carried out', () => {
  const MEDIATED =
    'Special Meeting in Vienna\n3 May 2024\n\nChancellor Karl Nehammer of Austria hosted a Special Meeting on the border dispute in Vienna. Following negotiations led by Prime Minister Petr Fiala on the Czech side and by Prime Minister Robert Fico on the Slovak side, ';

  it('reads the ceasefire of a list opened by "reached … as follows:", with the two sides as parties', () => {
    const { out, of } = facts(
      `${MEDIATED}both sides reached a common understanding as follows:\n\n   a. an immediate and unconditional ceasefire, effective from midnight;\n\n   b. a meeting of the border commanders.\n\nAustria will help to verify the implementation of the ceasefire.\n`,
    );
    const c = out.entities.find((e) => e.type === 'Agreement' && e.name === 'immediate and unconditional ceasefire');
    expect(c?.aliases).toContain('ceasefire');
    expect(of('PARTY_TO').filter((r) => r.endsWith('|immediate and unconditional ceasefire'))).toEqual([
      'PARTY_TO|Czech Republic|immediate and unconditional ceasefire',
      'PARTY_TO|Slovakia|immediate and unconditional ceasefire',
    ]);
  });

  it('reads "a ceasefire should be reached" and "conditions for a ceasefire"', () => {
    expect(facts(`${OPENING}Both urged that a ceasefire should be reached as soon as possible.\n`).names).toEqual([
      'ceasefire',
    ]);
    expect(facts(`${OPENING}They agreed to present to one another their conditions for a ceasefire.\n`).names).toEqual([
      'ceasefire',
    ]);
  });

  it('makes no agreement of a ceasefire only wished for, observed or declared by one side', () => {
    for (const s of [
      'The minister stressed the importance of a lasting ceasefire that preserves the state.',
      'Both sides have declared unilateral ceasefires of indefinite duration.',
      'The process should start once a stable ceasefire has been observed there.',
    ])
      expect(facts(`${OPENING}${s}\n`).names).toEqual([]);
  });
});

describe('reached-at.signed-list after "reached … as follows:"; reached-at.main-event leaves out what is not reached', () => {
  it('reaches each listed item of "both sides reached a common understanding as follows:" at the meeting', () => {
    const { of } = facts(
      `${OPENING}Both sides reached a common understanding as follows:\n\n   a. an immediate and unconditional ceasefire, effective from midnight;\n\n   b. a Protocol on Border Crossings, to be applied at once.\n`,
    );
    expect(of('REACHED_AT')).toContain('REACHED_AT|immediate and unconditional ceasefire|Talks in Vienna');
  });

  it('reaches the signed agreement, not the one called for or still negotiated in the same sentence', () => {
    const { of } = facts(
      `${OPENING}They signed the Agreement on Inland Navigation, and called for an effective and substantive Code of Conduct (COC), which Hungary and Slovakia are negotiating.\n`,
    );
    expect(of('REACHED_AT')).toEqual(['REACHED_AT|Agreement on Inland Navigation|Talks in Vienna']);
  });

  it('keeps an agreement to be signed proposed and reached at nothing', () => {
    const { out, of } = facts(`${OPENING}They agreed to sign the Agreement on Inland Navigation in May.\n`);
    expect(out.entities.find((e) => e.name === 'Agreement on Inland Navigation')?.status).toBe('proposed');
    expect(of('REACHED_AT')).toEqual([]);
  });
});

describe('person.full-name: the complement of a capitalised title is no person', () => {
  it('keeps "the Agreement on Inland Navigation, and …" an agreement, with no person "Inland Navigation"', () => {
    const { out, names } = facts(
      `${OPENING}They signed the Agreement on Inland Navigation, and praised the officials.\n`,
    );
    expect(names).toEqual(['Agreement on Inland Navigation']);
    expect(out.entities.some((e) => e.type === 'Person' && e.name === 'Inland Navigation')).toBe(false);
  });
});

describe('based-on.plural-subject: "The agreements were negotiated on the basis of …" after a list', () => {
  const RETREAT =
    "Press release: Chile-Peru Leaders' Retreat, 3 March 2022\n\nPresident Gabriel Boric was hosted by President Pedro Castillo of Peru in Lima today for the Chile-Peru Leaders' Retreat.\n\nThe Leaders witnessed the signing of a set of agreements:\n\na) the Agreement on the Realignment of the Maritime Boundary, signed by the two Ministers;\n\nb) an Exchange of Letters on entry into force, exchanged by the two Ministers.\n\n";

  it("rests every listed agreement on the quoted basis, reached at the earlier meeting, not the readout's own", () => {
    const { out, of, names } = facts(
      `${RETREAT}The agreements were negotiated on the basis of the "Framework for Talks" which the two Leaders endorsed at their Leaders' Retreat in Santiago in October 2019.\n`,
    );
    expect(names).toContain('Framework for Talks');
    expect(of('BASED_ON')).toEqual([
      'BASED_ON|Agreement on the Realignment of the Maritime Boundary|Framework for Talks',
      'BASED_ON|Exchange of Letters|Framework for Talks',
    ]);
    // The basis was endorsed at the earlier retreat, known by its place and month: reached there, dated then.
    expect(of('REACHED_AT', 'Framework for Talks')).toEqual([
      "REACHED_AT|Framework for Talks|Leaders' Retreat in Santiago in October 2019",
    ]);
    const earlier = out.entities.find((e) => e.name === "Leaders' Retreat in Santiago in October 2019");
    expect(earlier?.date).toBe('2019-10');
  });

  it('rests nothing on a basis a singular, non-agreement subject names', () => {
    const { of } = facts(
      `${RETREAT}The Leaders agreed to deepen relations on the basis of the "Framework for Talks" which the two Leaders endorsed in 2019.\n`,
    );
    expect(of('BASED_ON')).toEqual([]);
  });
});

describe('based-on.in-line and based-on.attached: "in line with" an earlier text, a mechanism "for the implementation of" it', () => {
  it('rests an agreement reached "in line with" a named decision on it, and keeps that decision a subject', () => {
    const { of } = facts(
      `${OPENING}The sides reached agreement on the opening of border crossings in the areas of Hrensko and Cieszyn, in line with the Framework Decision on Border Crossings of 2016.\n`,
    );
    expect(of('BASED_ON')).toEqual([
      'BASED_ON|agreement on the opening of border crossings in the areas of Hrensko and Cieszyn|Framework Decision on Border Crossings',
    ]);
    expect(of('DISCUSSED').some((r) => r.endsWith('|Framework Decision on Border Crossings'))).toBe(true);
  });

  it('rests nothing on the Charter an agreement is "in line with"', () => {
    const { of } = facts(
      `${OPENING}They presented the Danube Peace Initiative, in line with the Charter of the United Nations.\n`,
    );
    expect(of('BASED_ON')).toEqual([]);
  });

  it('rests a mechanism "for the implementation, verification and reporting of" a ceasefire on it', () => {
    const { of } = facts(
      `${OPENING}Both sides agreed to an immediate ceasefire. They asked their defence ministers to develop a detailed mechanism for the implementation, verification and reporting of the ceasefire.\n`,
    );
    expect(of('BASED_ON')).toEqual(['BASED_ON|detailed mechanism|immediate ceasefire']);
  });
});

describe('party-to.combining-form: "the Sino-British Joint Declaration"', () => {
  it('gives China and the state of the joined demonym as parties, not the sides of the meeting', () => {
    const { of } = facts(
      `${OPENING}They discussed the autonomy guaranteed under the Sino-British Joint Declaration.\n`,
    );
    expect(of('PARTY_TO')).toEqual([
      'PARTY_TO|China|Sino-British Joint Declaration',
      'PARTY_TO|United Kingdom|Sino-British Joint Declaration',
    ]);
  });
});

describe('agreement.acronym: a short name in brackets after a long title is that title', () => {
  it('makes the long title and its bracketed short name, met again later, one agreement', () => {
    const { agreements } = facts(
      `${OPENING}They examined the expiry of the Treaty on Measures for the Further Reduction of Offensive Arms (New START). New START ends in 2026.\n`,
    );
    expect(agreements.map((a) => [a.name, a.aliases])).toEqual([
      ['Treaty on Measures for the Further Reduction of Offensive Arms', ['New START']],
    ]);
  });
});

describe('agreement.lowercase: no agreement of a class or of a head that modifies a noun', () => {
  it('makes no agreement of "any other … trade deal" or "domestic treaty … processes", but keeps "the trade deal"', () => {
    expect(
      facts(
        `${OPENING}It saves more than any other Austrian trade deal has done. Poland will complete its domestic treaty and legislative processes.\n`,
      ).names,
    ).toEqual([]);
    expect(facts(`${OPENING}The ministers welcomed the new trade deal.\n`).names).toEqual(['trade deal']);
  });
});

describe('agreement.doing: an agreement named by what it does, and a later description of the same stem', () => {
  it('names "an agreement associating X with Y", reached at the meeting, and takes "the association agreement" for it', () => {
    const { agreements, of } = facts(
      `${OPENING}Also in Vienna today, Austria and Poland signed an agreement associating Poland with the Danube Research Programme, the region's flagship programme. The association agreement takes effect in June.\n`,
    );
    const name = 'agreement associating Poland with the Danube Research Programme';
    expect(agreements.map((a) => [a.name, a.aliases])).toEqual([[name, ['association agreement']]]);
    expect(of('REACHED_AT')).toEqual([`REACHED_AT|${name}|Talks in Vienna`]);
  });

  it('names nothing from an agreement with no participle object', () => {
    expect(facts(`${OPENING}They signed an agreement allowing for it.\n`).names).toEqual([]);
  });
});

describe('party-to.named: the body that adopted a Convention or Charter is no party to it', () => {
  it('gives the United Nations no part in "the 1982 United Nations Convention on …" or "the Charter of the United Nations"', () => {
    const { of } = facts(
      `${OPENING}They stressed the 1982 United Nations Convention on the Law of the Sea and the Charter of the United Nations.\n`,
    );
    expect(of('PARTY_TO')).toEqual([]);
  });
});
