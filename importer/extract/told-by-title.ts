// Meetings told by their verb whose host is named by a title or a group, not a name: "Earlier on Monday, the Crown
// Prince received Secretary of State X", "a day after the Mission met President Y of Ukraine in Kyiv".
import type { Ctx } from './context.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';

/** The verb, after a host told as "the <Capitalised words>" ("the Crown Prince", "HRH the Crown Prince", "the Mission"). */
const TITLE_HOST_MET =
  /\bthe[^\S\n]+((?:\p{Lu}[\p{L}-]*[^\S\n]+){1,4})(?:(?:also|today|later|then)[^\S\n]+)?(?:met(?:[^\S\n]+with)?|received|hosted|called[^\S\n]+on)[^\S\n]+/gu;
/** "after the Mission met …": a verb in a clause of time, which may sit in the readout's own opening sentence. */
const TIME_CLAUSE = /\b(?:after|before|since|following\s+the\s+day)[^\S\n]+$/;
/** Between the verb and the guest's name: nothing, or an honorific and a capitalised title. */
const GUEST_GAP = /^(?:(?:\p{Lu}[\p{L}.-]*|of|the|for)[^\S\n]+){0,6}$/u;

/**
 * event.told-met-title: a meeting told by "the <title or group> met / received <person>" outside the readout's opening
 * (or inside it in a clause of time), named "meeting with <person>" with the place the sentence gives ("… in Kyiv").
 * The guest takes part through the name; the host, when a title held by one person, through the sentence.
 */
export function findTitleHostMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  const firstProse = ctx.sentences.find((s) => !s.heading)?.index;
  const mentions = [...people.personKey.keys()];
  for (const m of ctx.text.matchAll(TITLE_HOST_MET)) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    const inTime = TIME_CLAUSE.test(ctx.text.slice(Math.max(s.start, m.index - 30), m.index));
    if (s.heading || ((si === firstProse || si === main?.sentence) && !inTime)) continue;
    // "the President Vladimir Putin met …": a name right after the title is a named host, told-met's to read.
    if (mentions.some((p) => p.start >= m.index && p.end <= m.index + m[0].length)) continue;
    const end = m.index + m[0].length;
    const guest = guestAfter(ctx, mentions, si, end);
    if (!guest) continue;
    const place = /^[^.;,]{0,40}?\bin[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/u.exec(
      ctx.text.slice(guest.to ?? guest.end, s.end),
    )?.[1];
    const cluster = people.clusters.find((c) => c.mentions.includes(guest));
    if (!cluster) continue;
    const from = m.index + m[0].indexOf(m[1]!);
    const f = add('Event', ctx.text.slice(from, guest.to ?? guest.end), from, 'event.told-met-title');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.told-met-title') continue;
    f.name = `meeting with ${cluster.name}${place ? ` in ${place}` : ''}`;
    ctx.rename(c.key, f.name);
    c.alias = false;
    c.props.kind = 'meeting';
  }
}

/** The person named right after a meeting verb, with at most a title between. */
function guestAfter(ctx: Ctx, mentions: PersonMention[], si: number, end: number): PersonMention | undefined {
  return mentions
    .filter((p) => p.sentence === si && (p.from ?? p.start) >= end)
    .sort((a, b) => a.start - b.start)
    .find((p) => GUEST_GAP.test(ctx.text.slice(end, p.from ?? p.start)));
}
