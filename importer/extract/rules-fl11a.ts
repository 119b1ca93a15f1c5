// Constructions of the three fl11a samples' house styles (a State Department call readout, a TASS wire dispatch, an
// EEAS press release), each a named rule stated as general diplomatic English. Rule ids are what --explain prints.
import type { Ctx } from './context.ts';
import { longDate } from './text.ts';
import { familyName } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonCluster, PersonMention, TitleRef } from './types.ts';

/** Patterns of the rules in this file, as named data. */
export const FL11A_PATTERNS = {
  /** What may follow a short title inside the full one it stands for: "Secretary" of "Secretary of State". */
  titleComplement: /^\s+(?:of|for|to|on)\s/i,
  /** A title written with its complement ("the President of the Council …"), which may be part of a longer name. */
  withComplement: /\s(?:of|for|to|on)\s/i,
  /** Right before a principal: "on behalf of (the)", "in the name of (the)". */
  principalBefore: /\b(?:on\s+behalf|in\s+the\s+name)\s+of\s+(?:the\s+)?$/i,
  /** Right before the subject of an object relative clause: "whom (the)". */
  objectRelative: /\bwhom\s+(?:the\s+)?$/i,
};

type Offices = Map<PersonCluster, { title: string; owner: string }[]>;

/** True when `full` is the title `short` names, or `short` followed by its complement ("Secretary of State"). */
export function titleCovers(full: string, short: string): boolean {
  const f = full.toLowerCase();
  const s = short.toLowerCase();
  return f === s || (f.startsWith(s) && FL11A_PATTERNS.titleComplement.test(f.slice(s.length)));
}

/**
 * The one person of the readout a title used alone stands for: the only holder of that title (or of a longer title it
 * begins, "the Secretary" for the Secretary of State) with the owner the reference names, if it names one.
 */
export function soleHolder(ref: TitleRef, offices: Offices): PersonCluster | undefined {
  const holds = (c: PersonCluster, exact: boolean) =>
    (offices.get(c) ?? []).some(
      (o) =>
        (exact ? o.title.toLowerCase() === ref.title.toLowerCase() : titleCovers(o.title, ref.title)) &&
        (!ref.owner || o.owner === ref.owner.name),
    );
  const clusters = [...offices.keys()];
  const exact = clusters.filter((c) => holds(c, true));
  if (exact.length) return exact.length === 1 ? exact[0] : undefined;
  const longer = clusters.filter((c) => holds(c, false));
  return longer.length === 1 ? longer[0] : undefined;
}

/**
 * Rule person.title-ref: "Secretary of State X spoke today with … . The Secretary raised …", "The High Representative
 * thanked …": a title used alone for the issuer's own office holder, after the readout has named the one person who
 * holds it, is a mention of that person, so every rule that reads people (meetings told by a verb, participants,
 * roles) reads it too. A title pointing at a principal ("Adviser to the President"), a title written with its
 * complement and a title inside a named mention are no such reference; nor is a title of another state's or
 * organisation's office (the counterpart's title is left to the rules that read titles).
 */
export function addTitleRefMentions(
  refs: TitleRef[],
  offices: Offices,
  personKey: Map<PersonMention, string>,
  keyOf: (c: PersonCluster) => string,
  issuer: string | undefined,
): void {
  if (!issuer) return;
  const spans = [...personKey.keys()].map((m) => [m.from ?? m.start, m.to ?? m.end] as const);
  for (const r of refs) {
    if (r.principal || r.principalAt !== undefined || FL11A_PATTERNS.withComplement.test(r.surface)) continue;
    if (spans.some(([s, e]) => s < r.end && e > r.start)) continue;
    const c = soleHolder(r, offices);
    // Only after the holder is named: a headline's "Receives the Prime Minister of X" is told again by name below.
    if (!c || !c.mentions.some((m) => m.end <= r.start)) continue;
    if (!(offices.get(c) ?? []).some((o) => o.owner === issuer)) continue;
    const m: PersonMention = {
      start: r.start,
      end: r.end,
      surface: r.surface,
      raw: c.name,
      sentence: r.sentence,
      rule: 'person.title-ref',
      titles: [],
    };
    c.mentions.push(m);
    personKey.set(m, keyOf(c));
  }
}

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** "… last spoke on February 22", "… had most recently met in May": a pair's earlier call or meeting, dated. */
const LAST_TOLD =
  /\b(?:last|previously|most\s+recently)\s+(spoke|talked|met)\b(?:\s+(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone)?\s+(?:on|in)\s+/g;
/** The date after "on" or "in": "February 22", "22 February 2022", "May", "May 2021". */
const LAST_TOLD_DATE =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?)\b/;
/** What stands between the two of a pair before the verb: "and", with "the" before a title. */
const PAIR_JOIN = /^\s+and\s+(?:the\s+)?$/;

/**
 * Rule event.last-told (fl11a): "The Secretary and the State Councilor last spoke on February 22", "Minister A and
 * Minister B last met in Geneva in May": the pair's earlier call or meeting, told by the verb and its date, named
 * after the two ("A-B call of 22 February 2022"). Either of the two may be named by a title used alone, when one
 * person of the readout holds it.
 */
export function findLastTold(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
  for (const m of ctx.text.matchAll(LAST_TOLD)) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    const pair = pairBefore(ctx, people, si, s.start, m.index);
    const date = LAST_TOLD_DATE.exec(ctx.text.slice(m.index + m[0].length, s.end))?.[0];
    if (!pair || !date) continue;
    const f = add('Event', m[0] + date, m.index, 'event.last-told');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.last-told') continue;
    // The day the text tells, in full where the readout's date completes it, else as written ("May 2021").
    const when = (typeof e.props.date === 'string' ? longDate(e.props.date) : undefined) ?? date;
    const noun = m[1] === 'met' ? 'meeting' : 'call';
    f.name = `${pair.map((c) => familyName(c)).join('-')} ${noun} of ${when}`;
    ctx.rename(e.key, f.name);
    e.props.kind = noun;
  }
}

/** The two people a sentence names as "A and B" right before `at`, by name or by a title used alone. */
function pairBefore(ctx: Ctx, people: PeopleFacts, si: number, from: number, at: number): PersonCluster[] | undefined {
  const named = [...people.personKey.keys()]
    .filter((p) => p.sentence === si && (p.to ?? p.end) <= at)
    .map((p) => ({
      start: p.from ?? p.start,
      end: p.to ?? p.end,
      c: people.clusters.find((c) => c.mentions.includes(p)),
    }));
  const titled = people.refs
    .filter((r) => r.sentence === si && r.end <= at && !named.some((n) => n.start < r.end && n.end > r.start))
    .map((r) => ({ start: r.start, end: r.end, c: soleHolder(r, people.offices) }));
  const all = [...named, ...titled].sort((a, b) => a.start - b.start);
  const [a, b] = all.slice(-2);
  if (!a?.c || !b?.c || a.c === b.c || all.length !== 2) return undefined;
  const text = ctx.text;
  if (!/^(?:the\s+)?$/i.test(text.slice(from, a.start)) || !PAIR_JOIN.test(text.slice(a.end, b.start)))
    return undefined;
  return /^\s+$/.test(text.slice(b.end, at).replace(/\b(?:had|have|has)\b/g, '')) ? [a.c, b.c] : undefined;
}
