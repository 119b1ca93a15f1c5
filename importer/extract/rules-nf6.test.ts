// The nf6 round's tests (issue 6, constructions 3, 4 and 8): the paraphrase banks of who negotiates for whom
// (bank-roles.ts, bank-roles-2.ts). Asserted are the cases this round's rules made pass (each failed before them) and
// the negative cases; the cases still failing are listed in docs/first-look.md, not asserted.
import { describe, expect, it } from 'vitest';

import { runBankCase, scoreBank, type BankCase } from './bank.ts';
import { ROLES_BANK } from './bank-roles.ts';
import { ROLES_BANK_2 } from './bank-roles-2.ts';
import { asFact, extractFacts } from './test-facts.ts';

/** Cases that failed before the nf6 rules and pass with them. */
const FIXED = [
  'represented-by.gapping-titles',
  'behalf.person-message',
  'side.led-for-the-side',
  'chief.lowercase-lead-negotiator',
  'acting-for.org',
  'envoy.possessive-state',
  'signed-for.gapping',
  'in-the-name-of',
  'chief.two-chief-negotiators',
  'behalf.respectively',
  'plural.special-representatives',
  'negotiates.conducted',
  'negotiates.leads-talks-for',
  'list.heads-of-delegation',
  'relative.who-is-chief-negotiator',
  'side.chief-negotiator-of-side',
  'negotiator-for.apposition',
  'negotiates.lead-negotiator-on',
  'reports.aide-to',
  'envoy.leader-possessive',
  'envoy.title-possessive-unnamed',
  'behalf.fronted-passive',
  'chief.government-chief-negotiator',
  'side.serving-as-negotiator',
  'delegation.respectively',
  'envoy.personal-envoy-un',
  'envoy.au-high-representative',
  'envoy.asean-special-envoy',
  'speaking-for.initialled',
  'top-negotiator.possessive',
  'on-possessive-behalf',
  'inverted-representing',
  'fronted-leading-side',
  'will-act-as-chief-negotiator',
  'mediator-represented-by',
  'reports.adviser-to-leader',
  'reports.fronted-under-direction',
  'negotiates.negotiated',
  'negotiates.co-chaired',
  'represented-in-talks-by-its',
  'as-head-of-delegation',
];

const ALL: BankCase[] = [...ROLES_BANK, ...ROLES_BANK_2];
const asserted = ALL.filter((c) => FIXED.includes(c.id) || c.id.startsWith('neg.'));

describe('the roles paraphrase banks', () => {
  it('name every asserted case', () => {
    expect(FIXED.filter((id) => !ALL.some((c) => c.id === id))).toEqual([]);
    expect(asserted.length).toBe(FIXED.length + ALL.filter((c) => c.id.startsWith('neg.')).length);
  });

  it.each(asserted.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runBankCase(c);
    expect({ missed: r.missed, falseFacts: r.falseFacts }).toEqual({ missed: [], falseFacts: [] });
  });

  it('score a bank as facts found over facts expected, with false facts counted apart', () => {
    const s = scoreBank([
      { id: 'a', found: ['x', 'y'], missed: ['z'], falseFacts: [] },
      { id: 'b', found: [], missed: [], falseFacts: ['w'] },
    ]);
    expect(s).toEqual({ found: 2, expected: 3, passed: 0, falseFacts: 1 });
  });
});

describe('rules of the round, with --explain', () => {
  const ruleOf = (text: string, fact: string) => {
    const r = extractFacts(text, {}, true).named.find((x) => asFact(x) === fact);
    return r ? JSON.stringify(r) : undefined;
  };

  it('negotiates-for.negotiator-noun: a possessive owner, not the subject of the envoy title', () => {
    const text = "Norway's special envoy to Colombia, Dag Nylander, attended the signing in Havana.";
    expect(ruleOf(text, 'NEGOTIATES_FOR|Dag Nylander|Norway')).toContain('negotiates-for.negotiator-noun');
    expect(ruleOf(text, 'NEGOTIATES_FOR|Dag Nylander|Colombia')).toBeUndefined();
  });

  it('negotiates-for.for-side: "X for the <side>" only in a sentence of talks, signatures or delegations', () => {
    expect(
      ruleOf('The talks were led by Vice Premier He Lifeng for the Chinese side.', 'NEGOTIATES_FOR|He Lifeng|China'),
    ).toContain('negotiates-for.for-side');
    expect(
      ruleOf(
        'Vice Premier He Lifeng thanked Mr Jan Berg for the Chinese side of the story.',
        'NEGOTIATES_FOR|He Lifeng|China',
      ),
    ).toBeUndefined();
  });

  it('negotiates-for.fronted-role: "Representing <side>" needs talks in view', () => {
    expect(
      ruleOf(
        'Representing the European Union at the negotiating table was Deputy Director-General Sabine Weyand.',
        'NEGOTIATES_FOR|Sabine Weyand|European Union',
      ),
    ).toContain('negotiates-for.fronted-role');
    expect(
      ruleOf(
        'Representing the European Union at the funeral was Deputy Director-General Sabine Weyand.',
        'NEGOTIATES_FOR|Sabine Weyand|European Union',
      ),
    ).toBeUndefined();
  });

  it('negotiates-for.possessive-behalf and reports-to.aide-to', () => {
    expect(
      ruleOf(
        "Negotiating on Canada's behalf, Steve Verheul met officials in Washington.",
        'NEGOTIATES_FOR|Steve Verheul|Canada',
      ),
    ).toContain('negotiates-for.possessive-behalf');
    expect(
      ruleOf(
        'Yuri Ushakov, an aide to Russian President Vladimir Putin, spoke.',
        'REPORTS_TO|Yuri Ushakov|Vladimir Putin',
      ),
    ).toContain('reports-to.aide-to');
    expect(
      ruleOf(
        'Yuri Ushakov, an aide, spoke to Russian President Vladimir Putin.',
        'REPORTS_TO|Yuri Ushakov|Vladimir Putin',
      ),
    ).toBeUndefined();
  });

  it('negotiates-for.represented-by: a participle "<side>, represented by X" needs talks or a mediation', () => {
    expect(
      ruleOf(
        'The talks were mediated by Qatar, represented by Minister of State Mohammed Al-Khulaifi.',
        'NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar',
      ),
    ).toBeDefined();
    expect(
      ruleOf(
        'The meeting was co-organised by Qatar, represented by Minister of State Mohammed Al-Khulaifi.',
        'NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar',
      ),
    ).toBeUndefined();
  });
});

describe("a person's state from the local cue (construction 1)", () => {
  it('person.sentence-side: a list line "- For <State>: X, <title>" gives the title that state', () => {
    const { rels } = extractFacts(
      'Second round of boundary talks.\n\nHeads of delegation:\n- For Indonesia: Arrmanatha Nasir, Deputy Minister of Foreign Affairs\n- For Timor-Leste: Bendito Freitas, Minister of Foreign Affairs and Cooperation\n',
    );
    expect(rels).toContain('HOLDS_OFFICE|Bendito Freitas|Minister of Foreign Affairs and Cooperation of Timor-Leste');
    expect(rels).not.toContain('HOLDS_OFFICE|Bendito Freitas|Minister of Foreign Affairs and Cooperation of Indonesia');
  });

  it('person.side-cue: "X for the <demonym> side" and "signed for <State> by X" give the title that state', () => {
    const led = extractFacts(
      'The talks were led by Vice Premier He Lifeng for the Chinese side and by Treasury Secretary Scott Bessent for the American side.',
    ).rels;
    expect(led).toContain('HOLDS_OFFICE|Scott Bessent|Treasury Secretary of the United States');
    expect(led).not.toContain('HOLDS_OFFICE|Scott Bessent|Treasury Secretary of China');
    const signed = extractFacts(
      'The protocol was signed for Norway by State Secretary Eivind Vad Petersson and for Colombia by Deputy Minister Elizabeth Taylor Jay.',
    ).rels;
    expect(signed).toContain('HOLDS_OFFICE|Elizabeth Taylor Jay|Deputy Minister of Colombia');
  });
});

describe('negotiates-for.clause-side', () => {
  it("gives the head of an organisation's side that side", () => {
    const { rels } = extractFacts(
      "The EU side was led by Michel Barnier, the European Commission's Chief Negotiator, in the negotiations.",
    );
    expect(rels).toContain('NEGOTIATES_FOR|Michel Barnier|European Union');
    expect(
      extractFacts('The EU summit was led by Michel Barnier in the negotiations room.').rels.has(
        'NEGOTIATES_FOR|Michel Barnier|European Union',
      ),
    ).toBe(false);
  });
});

describe('negotiates.side-negotiator: a signature is not a negotiation', () => {
  it('gives who signed "for Egypt" no NEGOTIATES, who negotiated "for Egypt" the agreement', () => {
    const signed = extractFacts(
      'Talks on the Nile Water Accord\n\nThe talks ended in Cairo on 3 May. Foreign Minister Sameh Shoukry signed the Nile Water Accord for Egypt.',
    ).rels;
    expect(signed).toContain('NEGOTIATES_FOR|Sameh Shoukry|Egypt');
    expect([...signed].some((r) => r.startsWith('NEGOTIATES|Sameh Shoukry|'))).toBe(false);
    const negotiated = extractFacts(
      'Talks on the Nile Water Accord\n\nThe talks ended in Cairo on 3 May. Ambassador Ali Hassan negotiated the Nile Water Accord for Egypt.',
    ).rels;
    expect(negotiated).toContain('NEGOTIATES_FOR|Ali Hassan|Egypt');
    expect([...negotiated].some((r) => r.startsWith('NEGOTIATES|Ali Hassan|'))).toBe(true);
  });
});
