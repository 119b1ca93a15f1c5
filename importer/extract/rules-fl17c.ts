// Rules of round fl17c (issue 6), written after the first look at three new samples (a North African news agency's
// wire, a South-East Asian foreign ministry's numbered press release, an East African presidency's web page). Each rule
// is a general construction; tests on made-up sentences in rules-fl17c.test.ts. This file imports only types from the
// stages that call it, so that no import cycle forms.
import type { Ctx } from './context.ts';
import type { Found, PeopleFacts } from './types.ts';

import { FL17C_PATTERNS } from './rules-fl17c-patterns.ts';
import { visitorBefore } from './told-visits.ts';

export { FL17C_PATTERNS, whoClauseAgents } from './rules-fl17c-patterns.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

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
    const c = visitorBefore(ctx, people, mentions, m.index);
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

/** "… in 2016" right after the agreement, a year before the readout's own: the negotiations are history. */
const EARLIER_YEAR_AFTER = /^[^\S\n]+in[^\S\n]+((?:19|20)\d\d)\b/u;

/** "agreed to begin", "will launch", "would start": negotiations not begun yet (a continuation is no beginning). */
const TO_BEGIN_BEFORE =
  /\b(?:to|will|would|shall)[^\S\n]+(?:launch|start|open|begin|commence)[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?$/u;

function launchedEarlier(ctx: Ctx, end: number): boolean {
  const y = EARLIER_YEAR_AFTER.exec(ctx.text.slice(end, end + 12))?.[1];
  const docYear = ctx.doc.date ? +ctx.doc.date.slice(0, 4) : undefined;
  return Boolean(y && docYear && +y < docYear);
}

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
    // Negotiations launched in an earlier year ("launched negotiations for X in 2016") are the process's history;
    // negotiations still to begin ("agreed to begin negotiations on X") are a plan, told by the meeting's subjects.
    if (launchedEarlier(ctx, a.end) || TO_BEGIN_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start))) continue;
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
