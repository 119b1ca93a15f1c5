// The rol18 round's tests (issue 6, construction 9): the rules written on the ninth, blind roles bank
// (bank-roles-9.ts), each on made-up sentences other than the bank's, with negatives.
import { describe, expect, it } from 'vitest';

import { asFact, extractFacts } from './test-facts.ts';
import { hypotheticalRole, stateAsModifier } from './rules-rol18.ts';
import { holderAfterRemit, personForBody } from './rules-rol18-orgs.ts';
import { portfolioListEnd } from './titles.ts';

const run = (text: string, source?: string) =>
  extractFacts(text, { file: 't.txt', date: '2025-06-01', ...(source ? { source } : {}) }, true);
const facts = (text: string, source?: string) => run(text, source).rels;
/** The relations a rule gave, as `TYPE|from|to`. */
function byRule(text: string, rule: string, source?: string): string[] {
  return run(text, source)
    .named.filter((r) => r.rule === rule)
    .map(asFact);
}
const roleOf = (r: Set<string>, who: string) =>
  [...r].filter((f) => f.startsWith(`NEGOTIATES_FOR|${who}|`) || f.startsWith(`REPORTS_TO|${who}|`));

describe('negotiates-for.sg-envoy-of-issuer', () => {
  const text =
    "The Secretary-General's Special Representative, Ana Lopes Duarte, met the two negotiating teams in Geneva.";
  it('gives the United Nations when it issued the readout', () => {
    expect(facts(text, 'United Nations').has('NEGOTIATES_FOR|Ana Lopes Duarte|United Nations')).toBe(true);
  });
  it('gives nothing when another organisation issued it', () => {
    expect(byRule(text, 'negotiates-for.sg-envoy-of-issuer', 'NATO')).toEqual([]);
  });
  it('gives nothing when the Secretary-General is named (the person is the principal)', () => {
    const t =
      "Secretary-General Ban Ki-moon said the Secretary-General's Personal Envoy, Ana Lopes Duarte, would meet the parties.";
    expect(byRule(t, 'negotiates-for.sg-envoy-of-issuer', 'United Nations')).toEqual([]);
  });
});

describe('negotiates-for.plural-role-possessive-list', () => {
  it('reads "The guarantors, Turkey\'s … A and Iran\'s … B"', () => {
    const r = facts(
      "The guarantors, Turkey's Deputy Foreign Minister Ahmet Yildiz and Iran's Deputy Foreign Minister Ali Bagheri Kani, met the delegations in Astana.",
    );
    expect(r.has('NEGOTIATES_FOR|Ahmet Yildiz|Turkey')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Ali Bagheri Kani|Iran')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Ahmet Yildiz|Iran')).toBe(false);
  });
  it('gives nothing from a list without possessive sides', () => {
    const t = 'The mediators, Ahmet Yildiz and Ali Bagheri Kani, met the delegations in Astana.';
    expect(byRule(t, 'negotiates-for.plural-role-possessive-list')).toEqual([]);
  });
});

describe('negotiates-for.panel-chaired-by and negotiates-for.panel-members', () => {
  it('reads an organisation\'s mediation team "led by" someone', () => {
    const r = facts('The IGAD Mediation Team, led by Ambassador Ismail Wais, resumed the talks in Addis Ababa.');
    expect(
      r.has('NEGOTIATES_FOR|Ismail Wais|IGAD') ||
        r.has('NEGOTIATES_FOR|Ismail Wais|Intergovernmental Authority on Development'),
    ).toBe(true);
  });
  it("reads the panel's members in the next sentence", () => {
    const t =
      'The African Union Panel of the Wise met the parties in Bangui. Its members, former Presidents Joaquim Chissano and Hifikepunye Pohamba, urged restraint.';
    expect(byRule(t, 'negotiates-for.panel-members')).toEqual([
      'NEGOTIATES_FOR|Joaquim Chissano|African Union',
      'NEGOTIATES_FOR|Hifikepunye Pohamba|African Union',
    ]);
  });
  it('gives nothing for a body that is no panel', () => {
    const t = 'The African Union Commission, chaired by Moussa Faki Mahamat, met the delegations in Addis Ababa.';
    expect(byRule(t, 'negotiates-for.panel-chaired-by')).toEqual([]);
  });
  it('gives nothing for members named two sentences later', () => {
    const t =
      'The African Union Panel of the Wise met the parties in Bangui. The talks went on late. Its members, former Presidents Joaquim Chissano and Hifikepunye Pohamba, urged restraint.';
    expect(byRule(t, 'negotiates-for.panel-members')).toEqual([]);
  });
});

describe('negotiates-for.pronoun-behalf', () => {
  it('gives the principal of "She negotiates on behalf of" to the person the sentence before opens with', () => {
    const r = facts(
      "Ambassador Lena Ortiz leads Chile's team in the talks with Peru. She negotiates on behalf of President Gabriel Boric.",
    );
    expect(r.has('NEGOTIATES_FOR|Lena Ortiz|Gabriel Boric')).toBe(true);
  });
  it('gives nothing when the sentence before does not open with a person', () => {
    const t = 'The talks with Peru resumed in Lima on Monday. He negotiates on behalf of President Gabriel Boric.';
    expect(byRule(t, 'negotiates-for.pronoun-behalf')).toEqual([]);
  });
});

describe('reports-to.team-which-reports-to and reports-to.assisting', () => {
  it('reads "the team, which reports to Minister Y, is led by X"', () => {
    const r = facts(
      "Fiji's negotiating team, which reports to Minister of Finance Biman Prasad, is led by Permanent Secretary Shiri Gounder.",
    );
    expect(r.has('REPORTS_TO|Shiri Gounder|Biman Prasad')).toBe(true);
    expect(r.has('REPORTS_TO|Biman Prasad|Shiri Gounder')).toBe(false);
  });
  it('reads a deputy "assisting" the head of a delegation', () => {
    const r = facts(
      'Deputy Minister Marko Horvat assisted the head of the Croatian delegation, Andrej Plenković, at the talks in Ljubljana.',
    );
    expect(r.has('REPORTS_TO|Marko Horvat|Andrej Plenković')).toBe(true);
  });
  it('gives nothing when the one assisted holds no role of talks', () => {
    const t = 'Minister Ana Horvat assisted President Zoran Milanović at the ceremony in Zagreb.';
    expect(byRule(t, 'reports-to.assisting')).toEqual([]);
  });
});

describe('negotiates-for.head-of-delegation-apposition, newly-named-role, negotiators-led-by, took-over', () => {
  it('reads "the head of the Moldovan delegation, X" in talks', () => {
    const r = facts(
      'Ambassador Ion Popescu met the head of the Moldovan delegation, Vlad Kulminski, at the talks in Vienna.',
    );
    expect(r.has('NEGOTIATES_FOR|Vlad Kulminski|Moldova')).toBe(true);
  });
  it('gives nothing for the head of a delegation at a summit', () => {
    const t =
      'Ambassador Ion Popescu met the head of the Moldovan delegation, Vlad Kulminski, at the summit in Vienna.';
    expect(byRule(t, 'negotiates-for.head-of-delegation-apposition')).toEqual([]);
  });
  it('reads "Tonga\'s newly appointed chief negotiator, X"', () => {
    const r = facts("Tonga's newly appointed chief negotiator, Viliami Latu, opened the fisheries talks with Fiji.");
    expect(r.has('NEGOTIATES_FOR|Viliami Latu|Tonga')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Viliami Latu|Fiji')).toBe(false);
  });
  it('gives nothing for a new office that is no role of talks', () => {
    const t = "Tonga's new Prime Minister, Viliami Latu, opened the fisheries talks with Fiji.";
    expect(byRule(t, 'negotiates-for.newly-named-role')).toEqual([]);
  });
  it('reads "Jamaica\'s negotiators at the talks were led by X"', () => {
    const r = facts("Jamaica's negotiators at the climate talks were led by Minister Matthew Samuda.");
    expect(r.has('NEGOTIATES_FOR|Matthew Samuda|Jamaica')).toBe(true);
  });
  it('gives nothing for negotiators praised by someone', () => {
    const t = "Jamaica's negotiators at the climate talks were praised by Minister Matthew Samuda.";
    expect(byRule(t, 'negotiates-for.negotiators-led-by')).toEqual([]);
  });
  it('reads "who took over Ecuador\'s negotiations"', () => {
    const r = facts(
      "Minister Sonsoles García, who took over Ecuador's negotiations with China last year, signed the trade agreement.",
    );
    expect(r.has('NEGOTIATES_FOR|Sonsoles García|Ecuador')).toBe(true);
  });
  it('gives nothing for "took over Ecuador\'s embassy"', () => {
    const t = "Minister Sonsoles García, who took over Ecuador's embassy in the talks season, signed the agreement.";
    expect(byRule(t, 'negotiates-for.took-over-states-negotiations')).toEqual([]);
  });
});

describe('negotiates-for.as-plenipotentiary and negotiates-for.full-powers-from', () => {
  it('reads "as plenipotentiary of the Kingdom of Tonga"', () => {
    const r = facts('Ambassador Sione Tui signed the convention as plenipotentiary of the Kingdom of Tonga.');
    expect(r.has('NEGOTIATES_FOR|Sione Tui|Tonga')).toBe(true);
  });
  it('reads "holding full powers from President Y"', () => {
    const r = facts(
      'Minister of Foreign Affairs Bakhtiyor Saidov, holding full powers from President Shavkat Mirziyoyev, signed the protocol.',
    );
    expect(r.has('NEGOTIATES_FOR|Bakhtiyor Saidov|Shavkat Mirziyoyev')).toBe(true);
  });
  it('gives nothing for a leader who holds full powers himself', () => {
    const t = 'President Shavkat Mirziyoyev holds full powers under the constitution to sign treaties.';
    expect(byRule(t, 'negotiates-for.full-powers-from')).toEqual([]);
  });
});

describe('negotiates-for.bloc-team-reference and negotiates-for.form-behalf-issuer', () => {
  it('reads "led the regional bloc\'s mediation team" as the one organisation named', () => {
    const r = facts("SADC Executive Secretary Elias Magosi led the regional bloc's mediation team to Maseru.");
    expect(
      [...r].some((f) => /^NEGOTIATES_FOR\|Elias Magosi\|(SADC|Southern African Development Community)$/.test(f)),
    ).toBe(true);
  });
  it('gives nothing when two organisations are named', () => {
    const t =
      "SADC Executive Secretary Elias Magosi, with the African Union envoy, led the regional bloc's mediation team to Maseru.";
    expect(byRule(t, 'negotiates-for.bloc-team-reference')).toEqual([]);
  });
  it('reads "on behalf of the Sultanate" as the issuing state', () => {
    const r = facts(
      'Minister Hamood bin Faisal Al Busaidi signed the memorandum on behalf of the Sultanate.',
      'Oman News Agency',
    );
    expect(r.has('NEGOTIATES_FOR|Hamood bin Faisal Al Busaidi|Oman')).toBe(true);
  });
  it('gives nothing when the issuer is no sultanate', () => {
    const t = 'Minister Hamood bin Faisal Al Busaidi signed the memorandum on behalf of the Sultanate.';
    expect(byRule(t, 'negotiates-for.form-behalf-issuer', 'Ministry of Foreign Affairs of Japan')).toEqual([]);
  });
});

describe('negotiates-for.not-hypothetical-role', () => {
  it('gives no role appointed only under a condition', () => {
    const r = facts(
      "Prime Minister Sitiveni Rabuka said he would appoint Ambassador Filipo Tarakinikini as Fiji's envoy if the talks resume.",
    );
    expect(roleOf(r, 'Filipo Tarakinikini')).toEqual([]);
  });
  it('still reads a role given', () => {
    const r = facts(
      "Prime Minister Sitiveni Rabuka appointed Ambassador Filipo Tarakinikini as Fiji's envoy to the talks.",
    );
    expect(r.has('NEGOTIATES_FOR|Filipo Tarakinikini|Fiji')).toBe(true);
  });
  it('tells the conditional from the plain future', () => {
    expect(hypotheticalRole('The President could name X as his envoy.')).toBe(true);
    expect(hypotheticalRole("X will act as Singapore's chief negotiator in the talks.")).toBe(false);
  });
});

describe('negotiates-for.state-as-modifier', () => {
  it('reads "headed the Marshall Islands delegation in the talks"', () => {
    const r = facts(
      'Minister Kalani Kaneko headed the Marshall Islands delegation in the talks with the United States.',
    );
    expect(r.has('NEGOTIATES_FOR|Kalani Kaneko|Marshall Islands')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Kalani Kaneko|United States')).toBe(false);
  });
  it('is no modifier when the clause names a principal "on behalf of"', () => {
    const text = 'X headed the Palau delegation on behalf of President Surangel Whipps.';
    const at = text.indexOf('Palau');
    expect(stateAsModifier(text, { type: 'State', start: at, end: at + 5, demonym: false })).toBe(false);
    const plain = 'X headed the Palau delegation in the talks.';
    expect(stateAsModifier(plain, { type: 'State', start: at, end: at + 5, demonym: false })).toBe(true);
  });
});

describe('org.not-person-for-body and org.holder-after-remit', () => {
  it('reads "A for the European Union and B for Chile" as two people, no organisation "A for the European Union"', () => {
    const { out, rels } = run(
      'The chief negotiators, Maria Lindqvist for the European Union and Tomas Rojas for Chile, closed the round.',
    );
    expect(out.entities.some((e) => e.type === 'Organization' && /Lindqvist/.test(e.name))).toBe(false);
    expect(rels.has('NEGOTIATES_FOR|Maria Lindqvist|European Union')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Tomas Rojas|Chile')).toBe(true);
  });
  it('keeps a body whose words before "for" hold a head noun', () => {
    const text = 'Research Agency for the European Union';
    const known = [{ type: 'Organization', start: 20, end: text.length }];
    expect(personForBody(text, 0, text.length, known, new Set(['Agency']))).toBe(false);
    expect(
      personForBody(
        'Maria Lindqvist for the European Union',
        0,
        38,
        [{ type: 'Organization', start: 20, end: 38 }],
        new Set(['Agency']),
      ),
    ).toBe(true);
  });
  it("ends a remit before the holder's name, not before a one-word remit noun", () => {
    const heads = new Set(['Committee', 'Institute']);
    const toks = 'Committee for National Security Aidar Beisenov'.split(' ');
    expect(holderAfterRemit(toks, 1, toks.length, heads)).toBe(4);
    const inst = 'Institute for Security Studies'.split(' ');
    expect(holderAfterRemit(inst, 1, inst.length, heads)).toBe(inst.length);
  });
  it('reads the person after "Head of the National Agency for Water Resources"', () => {
    const { out } = run('Head of the National Agency for Water Resources Aidar Beisenov met the Uzbek delegation.');
    expect(out.entities.some((e) => e.type === 'Person' && e.name === 'Aidar Beisenov')).toBe(true);
  });
});

describe('titles: law officers, a portfolio item with "and", the Slovenian side, a treaty revision', () => {
  it('reads "Attorney-General X" as a title', () => {
    const r = facts("Attorney-General Su'a Hellene Wallwork led Samoa's delegation in the talks.");
    expect(r.has("HOLDS_OFFICE|Su'a Hellene Wallwork|Attorney-General of Samoa")).toBe(true);
  });
  it('reads a portfolio list whose last items hold "and"', () => {
    const text = 'Minister of Youth, Small and Medium Enterprises and Tourism Ana Silva met';
    expect(portfolioListEnd(text, text.indexOf(','))).toBe(text.indexOf(' Ana'));
  });
  it('ends the list before a second title after "and"', () => {
    const text = 'Minister of Mines, Industry and Energy and Foreign Minister Kim met';
    expect(portfolioListEnd(text, text.indexOf(','))).toBe(text.indexOf(' and Foreign'));
  });
  it('reads "the Slovenian delegation" as Slovenia', () => {
    const r = facts('State Secretary Samuel Žbogar led the Slovenian delegation at the talks with Austria.');
    expect(r.has('NEGOTIATES_FOR|Samuel Žbogar|Slovenia')).toBe(true);
  });
  it('reads "led the Bolivian side in the revision of the treaty"', () => {
    const r = facts(
      'Vice Minister Freddy Mamani led the Bolivian side in the revision of the border treaty with Chile.',
    );
    expect(r.has('NEGOTIATES_FOR|Freddy Mamani|Bolivia')).toBe(true);
  });
});
