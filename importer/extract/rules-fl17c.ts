// Rules of round fl17c (issue 6), written after the first look at three new samples (a North African news agency's
// wire, a South-East Asian foreign ministry's numbered press release, an East African presidency's web page). Each rule
// is a general construction; tests on made-up sentences in rules-fl17c.test.ts. This file imports only types from the
// stages that call it, so that no import cycle forms.
import type { Ctx } from './context.ts';
import type { Found, PeopleFacts } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** A capitalised word of a name ("Unification", "Co-operation", "Post-War"). */
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
/** What links two capitalised words inside a name: a space, or "of / and / for / in (the)". */
const NAME_LINK = String.raw`(?:[^\S\n]+(?:(?:of|and|for|in|on)[^\S\n]+(?:the[^\S\n]+)?)?)`;

export const FL17C_PATTERNS = {
  /**
   * Rule negotiates-for.delegation-of-side: "The delegation of the Palestinian National Liberation Movement (Fatah) was
   * headed by X": a state or organisation named after "delegation of" is the side its head acts for, as "the Fatah
   * delegation" is. Tested on the text before the name (or before its parenthesised short form).
   */
  delegationOfBefore:
    /\b(?:delegation|negotiating[^\S\n]+team)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[^()\n]{1,80}\()?$/iu,
  /**
   * Rule state.government-prefix: "the Royal Government of Cambodia", "the Federal Government of Somalia", "the
   * Government of the Kingdom of Thailand": a government's styled name still names the state (the gazetteer's prefix:
   * governmentOf before an official form, or styledGovernment before the short name).
   */
  governmentOf: String.raw`(?:the\s+)?(?:(?:Royal|Federal|Transitional|Interim|Imperial)\s+)?Government\s+of\s+(?:the\s+)?`,
  /** The styled government alone before the state's name: "the Royal Government of Cambodia". */
  styledGovernment: String.raw`(?:the\s+)?(?:Royal|Federal|Transitional|Interim|Imperial)\s+Government\s+of\s+(?:the\s+)?`,
  /**
   * Rule office.in-charge-of: "Senior Minister in Charge of State Border Affairs", "Deputy Prime Minister in charge of
   * the Economy": "in charge of" joins a title to its remit as "for" does.
   */
  inChargeOf: String.raw`in\s+[Cc]harge\s+of`,
  /**
   * Rule event.conference-named-for: a gathering whose capitalised name puts its head first, "the Conference for the
   * Unification of the Palestinian Ranks", "the International Conference on the Reconstruction of Ukraine", "the Summit
   * on Financing for Development". Group 1 is the name. A body the gazetteer knows ("Conference on Disarmament" as an
   * organisation) is left to it.
   */
  conferenceFor: new RegExp(
    String.raw`\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir)[^\S\n]+((?:(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[^\S\n]+)?(?:(?:International|Regional|Ministerial|Extraordinary|Special|High-Level|Global|World)[^\S\n]+)?(?:Conference|Summit|Symposium)[^\S\n]+(?:for|on)[^\S\n]+(?:the[^\S\n]+)?${CAP}(?:${NAME_LINK}${CAP}){0,8})`,
    'gu',
  ),
  /**
   * Rule event.visit-in-place: "President X is in the country for a two-day state visit", "who is in Hanoi on a state
   * visit", "is in the country on an official visit": a visit told by its visitor's presence. Group 1 is the place
   * ("the country" or a capitalised name), group 2 the visit.
   */
  visitInPlace:
    /\b(?:is|was|are|were)[^\S\n]+(?:currently[^\S\n]+|also[^\S\n]+)?in[^\S\n]+(the[^\S\n]+country|\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)[^\S\n]+(?:for|on)[^\S\n]+an?[^\S\n]+((?:(?:two|three|four|five)-day[^\S\n]+)?(?:official|working|state|private)[^\S\n]+visit)\b/gu,
};

/** Rule event.conference-named-for: the gatherings named head first, with where each starts. */
export function conferencesNamedFor(
  text: string,
  orgSpans: { start: number; end: number }[],
): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  if (!/Conference|Summit|Symposium/.test(text)) return out;
  for (const m of text.matchAll(FL17C_PATTERNS.conferenceFor)) {
    const surface = m[1]!.replace(/[^\S\n]+(?:of|and|for|in|on)$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + surface.length;
    if (orgSpans.some((o) => o.start < end && o.end > start)) continue;
    out.push({ surface, start, rule: 'event.conference-named-for' });
  }
  return out;
}

/**
 * Rule event.visit-in-place: the visitor is the last person named before the clause in its sentence, with no clause
 * break between; the visit is named "X's state visit (to Place)". A clause with no person before it is not read.
 */
export function findVisitsInPlace(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
  if (!/\bvisit\b/.test(ctx.text)) return;
  const mentions = [...people.personKey.keys()];
  for (const m of ctx.text.matchAll(FL17C_PATTERNS.visitInPlace)) {
    const si = ctx.sentenceAt(m.index);
    const who = mentions
      .filter((p) => p.sentence === si && (p.to ?? p.end) <= m.index)
      .sort((a, b) => a.start - b.start)
      .pop();
    if (!who || /[.;:]/.test(ctx.text.slice(who.to ?? who.end, m.index))) continue;
    const c = people.clusters.find((x) => x.mentions.includes(who));
    if (!c) continue;
    const visit = m[2]!;
    // A visit another rule already read from the clause ("is in Accra for a state visit at the invitation of Y",
    // read as the readout's own event) is left to it.
    const end = m.index + m[0].length;
    if (ctx.ofType('Event').some((x) => x.start < end && x.end > m.index)) continue;
    const f = add('Event', visit, m.index + m[0].length - visit.length, 'event.visit-in-place');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.visit-in-place') continue;
    const kind = visit.replace(/^(?:two|three|four|five)-day[^\S\n]+/, '');
    f.name = /^the\s/.test(m[1]!) ? `${c.name}'s ${kind}` : `${c.name}'s ${kind} to ${m[1]!}`;
    ctx.rename(e.key, f.name);
    e.props.kind = 'visit';
  }
}

/**
 * Rule event.negotiations-on-agreement: negotiations told in lowercase right before an agreement the text names, "announced
 * the launch of negotiations on a Preferential Trade Agreement", "agreed to continue negotiations on the Terms of
 * Reference", "resume the negotiations on the X Agreement" (launched, continued or resumed): the negotiations are an Event, named after the agreement ("negotiations on the Preferential Trade
 * Agreement"). Negotiations on a topic ("negotiations on trade") or on an agreement in lowercase ("negotiations on the
 * peace treaty", which the dev gold leaves unannotated) are not read. Group 1 is the noun.
 */
export const NEGOTIATIONS_ON = /\b(negotiations|talks)[^\S\n]+(?:on|for)[^\S\n]+(?:an?|the)[^\S\n]+$/u;

/** "the nineteenth round of", "a session of": a sitting named before the negotiations noun. */
const ROUND_OF_BEFORE = /\b(?:rounds?|sessions?|sittings?|meetings?|cycles?)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/u;

/** "the launch of", "agreed to continue", "resume the": a verb or noun that starts or carries on the negotiations. */
const LAUNCHED_BEFORE =
  /\b(?:launch(?:ed|es|ing)?|start(?:ed|s|ing)?|open(?:ed|s|ing)?|continu(?:e|ed|es|ing|ation)|resum(?:e|ed|es|ing|ption)|beg(?:in|an|un|ins)|commenc(?:e|ed|es|ing|ement))[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?$/u;

/** Rule event.negotiations-on-agreement: the negotiations on each agreement mention, added as Events. */
export function findNegotiationsOn(ctx: Ctx, agreementMentions: Found[], add: AddEvent): Found[] {
  const out: Found[] = [];
  if (!/negotiations|talks/.test(ctx.text)) return out;
  for (const a of agreementMentions) {
    const before = ctx.text.slice(Math.max(0, a.start - 40), a.start);
    const m = NEGOTIATIONS_ON.exec(before);
    // Only a named agreement: "negotiations on the peace treaty" is left alone, as the dev gold has it.
    if (!m || m[1] === 'talks' || !/^\p{Lu}/u.test(ctx.text.slice(a.start, a.end))) continue;
    const start = a.start - before.length + m.index;
    // A round or session of the negotiations is the event (event.meeting-of-negotiations), not the negotiations.
    if (ROUND_OF_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start))) continue;
    // Only negotiations told as launched, continued or resumed: concluded ones and ones merely named ("exchanged views
    // on the negotiations on the Code of Conduct") are not annotated as events in the gold.
    if (!LAUNCHED_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start))) continue;
    const f = add('Event', ctx.text.slice(start, a.end), start, 'event.negotiations-on-agreement');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.negotiations-on-agreement') continue;
    f.name = `negotiations on the ${a.name.replace(/^the\s+/i, '')}`;
    ctx.rename(e.key, f.name);
    e.props.kind = 'other';
    out.push(f);
  }
  return out;
}

/**
 * Rules discussed.negotiations-agreement and involves.negotiations-parties: negotiations read by
 * event.negotiations-on-agreement deal with their agreement, and involve every state or organisation party to it.
 */
export function negotiationsOnRelations(ctx: Ctx): void {
  const negs = ctx.ofType('Event').filter((c) => c.rule === 'event.negotiations-on-agreement');
  for (const n of negs) {
    const ag = ctx.within('Agreement', n.start, n.end)[0];
    if (!ag) continue;
    ctx.relate('DISCUSSED', n.key, ag.key, n.sentence, 'discussed.negotiations-agreement');
    for (const r of ctx.relationsOf('PARTY_TO').filter((x) => x.to === ag.key))
      ctx.relate('INVOLVES', n.key, r.from, r.sentence, 'involves.negotiations-parties');
  }
}

/**
 * Rule negotiates-for.title-who-clause: "…, the Prime Minister, A, and the Minister of Foreign Affairs, B, who conducted
 * the mediation on behalf of the President of the Republic": inside a relative clause only its antecedent (the person
 * named last before "who") acts for the title's holder, not everyone listed before it.
 */
export function whoClauseAgents<T extends [{ start: number; end: number; to?: number }, string]>(
  text: string,
  from: number,
  cueAt: number,
  agents: T[],
): T[] {
  const who = [...text.slice(from, cueAt).matchAll(/,[^\S\n]+who\b/g)].pop();
  if (!who) return agents;
  const at = from + who.index;
  const before = agents.filter(([p]) => (p.to ?? p.end) <= at);
  const last = before[before.length - 1];
  return last ? [last] : agents;
}
