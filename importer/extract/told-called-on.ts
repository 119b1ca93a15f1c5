// A call on a leader told by its verb and the leader's title: "Earlier in the day, the two Japanese Ministers called on
// the Prime Minister. Prime Minister Modi observed …".
import type { Ctx } from './context.ts';
import { soleHolder } from './event-title-visit.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { LEADER_TITLES } from './lexicons.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { familyName } from './told-meetings.ts';
import type { Found, PeopleFacts } from './types.ts';

/** "called on the Prime Minister", "paid a courtesy call on the President". */
const CALLED_ON_TITLE =
  /\b(?:called|calls|paid[^\S\n]+a[^\S\n]+(?:courtesy[^\S\n]+)?call)[^\S\n]+on[^\S\n]+the[^\S\n]+(Prime[^\S\n]+Minister|President|Chancellor|Premier|King|Queen|Emir|Sultan|Crown[^\S\n]+Prince)\b/g;
/** "the two Japanese Ministers", "the Indian Ministers": a plural subject of one state's ministers. */
const PLURAL_MINISTERS = /\bthe[^\S\n]+(?:two[^\S\n]+|three[^\S\n]+)?(\p{Lu}[\p{L}-]+)[^\S\n]+Ministers\b/u;

/**
 * Rule event.called-on-title: "<subject> called on the <leader title>" with one holder of the title in the readout is a
 * call on that leader, named "call on <title> <family name>".
 */
export function findCalledOnTitle(
  ctx: Ctx,
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  for (const m of ctx.text.matchAll(CALLED_ON_TITLE)) {
    const title = m[1]!.replace(/\s+/g, ' ');
    const holder = soleHolder(people, title);
    if (!holder) continue;
    const f = add('Event', m[0], m.index, 'event.called-on-title');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.called-on-title') continue;
    f.name = `call on ${title} ${familyName(holder)}`;
    ctx.rename(c.key, f.name);
    c.props.kind = 'meeting';
  }
}

/**
 * participated.called-on-title: the leader called on, and who called: the people named before the verb, else the
 * ministers of the state a plural subject names ("the two Japanese Ministers").
 */
export function callersAndCalled(ctx: Ctx, people: PeopleFacts, e: Found): PersonCluster[] {
  const c = ctx.entity(e.key);
  if (c?.rule !== 'event.called-on-title') return [];
  const holder = soleHolder(people, /^call on (.+) \S+$/.exec(c.name)?.[1] ?? '');
  const s = ctx.sentences[e.sentence]!;
  const clusterOf = (m: unknown) => people.clusters.find((x) => x.mentions.includes(m as never))!;
  const named = [...people.personKey.keys()]
    .filter((m) => m.sentence === e.sentence && (m.to ?? m.end) <= e.start)
    .map(clusterOf);
  const plural = PLURAL_MINISTERS.exec(ctx.text.slice(s.start, e.start));
  const state = plural && findGazetteerHits(plural[1]!).find((h) => h.type === 'State')?.name;
  const ministers = state
    ? people.clusters.filter((x) =>
        (people.offices.get(x) ?? []).some(
          (o) => o.owner === state && /\bMinister\b/.test(o.title) && !LEADER_TITLES.test(o.title),
        ),
      )
    : [];
  const callers = named.length ? named : ministers.length <= 3 ? ministers : [];
  return [...new Set([...(holder ? [holder] : []), ...callers])];
}
