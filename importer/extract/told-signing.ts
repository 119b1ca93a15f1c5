// A signing told by its place and witnesses: "texts first concluded in April 2007 at a signing in Bali witnessed by
// Prime Minister A and then-President B".
import type { Ctx } from './context.ts';
import type { PersonCluster } from './persons-resolve.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "(in April 2007) at a signing (ceremony) in Bali (in April 2007)". */
const SIGNING_IN = new RegExp(
  `(?:\\bin[^\\S\\n]+(${MONTH}[^\\S\\n]+)?((?:19|20)\\d\\d)[^\\S\\n]+)?\\b(?:at|during)[^\\S\\n]+(?:a|the)[^\\S\\n]+(signing(?:[^\\S\\n]+ceremony)?)[^\\S\\n]+in[^\\S\\n]+(\\p{Lu}[\\p{L}-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]+)?)(?:[^\\S\\n]+in[^\\S\\n]+(${MONTH}[^\\S\\n]+)?((?:19|20)\\d\\d))?`,
  'gu',
);

/**
 * Rule event.signing-in: "at a signing in Bali" names a signing by its place, with the month and year told right
 * before or after it ("signing in Bali in April 2007").
 */
export function findSigningsIn(
  ctx: Ctx,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  for (const m of ctx.text.matchAll(SIGNING_IN)) {
    const at = m.index + m[0].indexOf(m[3]!, m[0].search(/\b(?:at|during)\b/));
    const end = m.index + m[0].length;
    const f = add('Event', ctx.text.slice(at, end), at, 'event.signing-in');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.signing-in') continue;
    const month = (m[1] ?? m[5] ?? '').trim();
    const year = m[2] ?? m[6];
    f.name = `${m[3]!.replace(/\s+/g, ' ')} in ${m[4]}${year ? ` in ${month ? `${month} ` : ''}${year}` : ''}`;
    ctx.rename(c.key, f.name);
  }
}

/** "witnessed by A and then-President B", up to the clause's end. */
const WITNESSED_BY = /^[^\S\n]+witnessed[^\S\n]+by[^\S\n]+([^.;:()]*)/;

/**
 * participated.witnessed: the people who witnessed a signing named right before ("at a signing in Bali witnessed by
 * Prime Minister A and then-President B") took part in it.
 */
export function participateWitnesses(k: RelKit, participate: Participate): void {
  const { ctx, ev, clusterOf, personsIn } = k;
  for (const e of ev.eventMentions) {
    if (e.planned || ctx.entity(e.key)?.rule !== 'event.signing-in') continue;
    const w = WITNESSED_BY.exec(ctx.text.slice(e.end, e.end + 200));
    if (!w) continue;
    const from = e.end + w[0].length - w[1]!.length;
    const to = e.end + w[0].length;
    for (const [m] of personsIn(e.sentence))
      if ((m.from ?? m.start) >= from && (m.to ?? m.end) <= to)
        participate(e, clusterOf.get(m)!, e.sentence, 'participated.witnessed');
  }
}
