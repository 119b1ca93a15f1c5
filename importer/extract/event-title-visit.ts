// A visit named by its visitor's title: "Brussels is the first stop of the Prime Minister's visit to Europe" is the
// visit of the one Prime Minister the readout names.
import type { Ctx } from './context.ts';
import { LEADER_TITLES } from './lexicons.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { familyName } from './told-meetings.ts';
import type { Found, PeopleFacts } from './types.ts';

/** "the Prime Minister's visit to Europe", "the President's official visit to the Kingdom of Spain". */
const TITLE_VISIT =
  /\bthe[^\S\n]+((?:Prime[^\S\n]+Minister|President|Chancellor|Federal[^\S\n]+Chancellor|Premier|King|Queen|Emir|Sultan))['’]s?[^\S\n]+((?:(?:official|state|working|first|two-day|three-day)[^\S\n]+){0,2}visit[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/gu;

/**
 * The one person of the readout holding a leader's title, or none when two or none do; among several, the issuing
 * state's own holder, and of those the one holding it now ("then Prime Minister X" is a former one).
 */
export function soleHolder(people: PeopleFacts, title: string): PersonCluster | undefined {
  const holds = (c: PersonCluster, home?: string) =>
    (people.offices.get(c) ?? []).some(
      (o) => o.title.replace(/\s+/g, ' ') === title && LEADER_TITLES.test(o.title) && (!home || o.owner === home),
    );
  const current = (c: PersonCluster) => !c.mentions.every((m) => m.titles.length && m.titles.every((t) => t.former));
  for (const holders of [
    people.clusters.filter((c) => holds(c)),
    people.clusters.filter((c) => holds(c, people.home)),
    people.clusters.filter((c) => holds(c, people.home) && current(c)),
  ])
    if (holders.length === 1) return holders[0];
  return undefined;
}

/**
 * Rule event.title-visit: "the <leader title>'s visit to <place>" with one holder of that title in the readout is that
 * person's visit, named "<title> <family name>'s visit to <place>"; with none or two, it keeps the title alone.
 */
export function findTitleVisits(
  ctx: Ctx,
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  for (const m of ctx.text.matchAll(TITLE_VISIT)) {
    const title = m[1]!.replace(/\s+/g, ' ');
    const at = m.index + m[0].indexOf(m[1]!);
    const f = add('Event', ctx.text.slice(at, m.index + m[0].length), at, 'event.title-visit');
    const c = f && ctx.entity(f.key);
    const holder = soleHolder(people, title);
    if (!f || !c || c.rule !== 'event.title-visit' || !holder) continue;
    const fam = familyName(holder);
    f.name = `${title} ${fam}${fam.endsWith('s') ? "'" : "'s"} ${m[2]!.replace(/\s+/g, ' ')}`;
    ctx.rename(c.key, f.name);
  }
}

/** participated.title-visit: the sole holder a title-named visit is named after made it. */
export function titleVisitor(ctx: Ctx, people: PeopleFacts, e: Found): PersonCluster | undefined {
  if (ctx.entity(e.key)?.rule !== 'event.title-visit') return undefined;
  const m = /^(.+?) (\S+?)'s? /.exec(ctx.entity(e.key)!.name);
  const holder = m ? soleHolder(people, m[1]!) : undefined;
  return holder && familyName(holder) === m![2] ? holder : undefined;
}
