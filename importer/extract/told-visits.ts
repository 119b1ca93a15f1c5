// Visits told by a clause rather than a name: a visitor "in Italy on an official visit", a visitor named only by a title
// ("the commander of the air force would come to Moscow"), and the apposition a visit verb may follow
// ("Li Hui, formerly ambassador to Russia, will travel to Ukraine").
import type { Ctx } from './context.ts';
import type { Found, PeopleFacts, PersonCluster, PersonMention } from './types.ts';
import { TITLE_HEADS } from './lexicons.ts';
import { alt, matchAllInLines } from './text.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** What may follow a visitor's name before the visit verb: one apposition set off by commas. */
export const VISITOR_APPOSITION =
  /^,[^\S\n]+(?:formerly|now|currently|previously|also|a|an|the|\p{Lu})[^.;:,\n]{2,80}(?=,[^\S\n]+(?:will|would|is|is to|is due to|is expected to|plans to|intends to|then|also|has|had|visited|travell?ed|paid)\b)/u;

/** The length of the apposition at the head of `after`, or 0 when there is none. */
export function appositionLength(after: string): number {
  return VISITOR_APPOSITION.exec(after)?.[0].length ?? 0;
}

/** Rule event.on-visit: "Wang Yi, …, who is also in Italy on an official visit" → "Wang Yi's official visit to Italy". */
export const ON_VISIT =
  /\b(?:is|was|are|were|arrived|arrives)[^\S\n]+(?:also[^\S\n]+|currently[^\S\n]+|then[^\S\n]+)?in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)[^\S\n]+on[^\S\n]+an?[^\S\n]+((?:official|working|state|private|two-day|three-day)[^\S\n]+)?visit\b/gu;

/** The cluster of the last person named before `at` in its sentence, with no clause break between (a visit's visitor). */
export function visitorBefore(
  ctx: Ctx,
  people: PeopleFacts,
  mentions: PersonMention[],
  at: number,
): PersonCluster | undefined {
  const si = ctx.sentenceAt(at);
  const who = mentions
    .filter((p) => p.sentence === si && (p.to ?? p.end) <= at)
    .sort((a, b) => a.start - b.start)
    .pop();
  if (!who || /[.;:]/.test(ctx.text.slice(who.to ?? who.end, at))) return undefined;
  return people.clusters.find((x) => x.mentions.includes(who));
}

/** The visitor of an "on a visit" clause: the last person named before it in the sentence, with no clause break. */
export function findOnVisits(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
  const mentions = [...people.personKey.keys()];
  for (const m of ctx.text.matchAll(ON_VISIT)) {
    const c = visitorBefore(ctx, people, mentions, m.index);
    if (!c) continue;
    const f = add('Event', m[0], m.index, 'event.on-visit');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.on-visit') continue;
    f.name = `${c.name}'s ${(m[2] ?? '').trim()}${m[2] ? ' ' : ''}visit to ${m[1]!}`;
    ctx.rename(e.key, f.name);
    e.props.kind = 'visit';
  }
}

/**
 * Rule event.visit-titled: "the commander of the Israeli Air Force would come to Moscow" → "visit of the commander of the
 * Israeli Air Force to Moscow" (planned): a visitor named only by an office title of some state or body.
 */
export const TITLED_VISIT = new RegExp(
  `\\bthe[^\\S\\n]+((?:${alt(TITLE_HEADS.flatMap((t) => [t, t.toLowerCase()]))})[^\\S\\n]+of[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu}[\\p{L}-]*(?:[^\\S\\n]+(?:of[^\\S\\n]+)?\\p{Lu}[\\p{L}-]*){0,4})[^\\S\\n]+(will|would|is to|is due to|is expected to)[^\\S\\n]+(?:travel|come|go)[^\\S\\n]+to[^\\S\\n]+(\\p{Lu}[\\p{L}-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]+)?)`,
  'gu',
);

export function findTitledVisits(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
  const mentions = [...people.personKey.keys()];
  for (const m of ctx.text.matchAll(TITLED_VISIT)) {
    const end = m.index + m[0].length;
    // A visitor also named ("the Minister of X, Y, will travel") is told by the person rule.
    if (mentions.some((p) => p.start < end && p.end > m.index)) continue;
    const f = add('Event', m[0], m.index, 'event.visit-titled');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.visit-titled') continue;
    f.name = `visit of the ${m[1]!} to ${m[3]!}`;
    ctx.rename(e.key, f.name);
    e.props.kind = 'visit';
    f.planned = true;
    e.props.status = 'planned';
    delete e.props.date;
  }
}

/**
 * Rule event.visit-the-one: "Pedro Sánchez's second visit to Morocco, after the one he made in November 2018" → "Pedro
 * Sánchez's visit to Morocco in November 2018": an earlier visit told by "the one" and its date.
 */
export const VISIT_THE_ONE =
  /((?:\p{Lu}[\p{L}.-]*[^\S\n]+){0,3}\p{Lu}[\p{L}-]+)['’]s[^\S\n]+(?:[\p{L}-]+[^\S\n]+)?(visit|trip)[^\S\n]+to[^\S\n]+((?:the[^\S\n]+)?\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?),?[^\S\n]+(?:after|following|since)[^\S\n]+the[^\S\n]+(?:one|previous[^\S\n]+one)[^\S\n]+(?:(?:he|she|they)[^\S\n]+(?:had[^\S\n]+)?(?:made|paid)[^\S\n]+)?in[^\S\n]+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[^\S\n]+)?(?:19|20)\d\d)/gu;

export function findVisitTheOne(ctx: Ctx, add: AddEvent): void {
  for (const m of matchAllInLines(ctx.text, VISIT_THE_ONE, /one[^\S\n]/)) {
    const at = m.index + m[0].search(/\bthe\s+(?:one|previous)/);
    const f = add('Event', ctx.text.slice(at, m.index + m[0].length), at, 'event.visit-the-one');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.visit-the-one') continue;
    f.name = `${m[1]!}'s ${m[2]!} to ${m[3]!} in ${m[4]!}`;
    ctx.rename(e.key, f.name);
    e.props.kind = 'visit';
  }
}
