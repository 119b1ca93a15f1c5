// A meeting proposed or told "between the two Presidents": the two holders of that title the readout names.
import type { Ctx } from './context.ts';
import { matchesIf } from './text.ts';
import { LEADER_TITLES } from './lexicons.ts';
import { familyName } from './told-meetings.ts';
import type { Found, PeopleFacts } from './types.ts';

/** "a meeting between the two Presidents", "a summit between the two leaders". */
const BETWEEN_TWO =
  /\b(?:a|an|the)[^\S\n]+((?:(?:direct|bilateral|face-to-face|personal|telephone)[^\S\n]+)?(?:meeting|summit|call|conversation|talks))[^\S\n]+between[^\S\n]+the[^\S\n]+two[^\S\n]+(Presidents|Prime[^\S\n]+Ministers|Chancellors|Premiers|Foreign[^\S\n]+Ministers|leaders)\b/g;
/** What every match of BETWEEN_TWO holds (`mayMatch`). */
const BETWEEN_TWO_NEEDS = ['between'];

/** "proposed a", "called for a", "agreed on a": a meeting asked for, not held. */
const PROPOSED_BEFORE =
  /\b(?:proposed|suggested|called\s+for|offered|invited|agreed\s+(?:on|to)|hopes?\s+for)\s+(?:a|an)\s*$/i;

/**
 * Rule event.between-two-titles: "The Ukrainian side also proposed a meeting between the two Presidents" is a meeting
 * of the two holders of that title the readout names ("meeting between President A and President B"; for "the two
 * leaders", the two heads it names), held or planned as the sentence tells; none when the readout names not two.
 */
export function findBetweenTwoTitles(
  ctx: Ctx,
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  for (const m of matchesIf(ctx.text, BETWEEN_TWO, BETWEEN_TWO_NEEDS)) {
    const plural = m[2]!.replace(/\s+/g, ' ');
    const title = plural === 'leaders' ? undefined : plural.replace(/s$/, '').replace(/Ministers?$/, 'Minister');
    const holding = (home?: string) =>
      people.clusters.filter((c) =>
        (people.offices.get(c) ?? []).some(
          (o) => (title ? o.title === title : LEADER_TITLES.test(o.title)) && (!home || o.owner !== home),
        ),
      );
    // Three holders in a third state's readout of two others' talks: the two not of the issuing state.
    const all = holding();
    const holders = all.length > 2 && people.home ? holding(people.home) : all;
    if (holders.length !== 2) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const f = add('Event', ctx.text.slice(at, m.index + m[0].length), at, 'event.between-two-titles');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.between-two-titles') continue;
    const who = holders.map(
      (h) => `${title ?? people.offices.get(h)!.find((o) => LEADER_TITLES.test(o.title))!.title} ${familyName(h)}`,
    );
    f.name = `${m[1]!.replace(/\s+/g, ' ')} between ${who[0]} and ${who[1]}`;
    ctx.rename(c.key, f.name);
    // "proposed a meeting between the two Presidents": one still to come, with nobody in it yet.
    if (PROPOSED_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), at))) {
      f.planned = true;
      c.props.status = 'planned';
      delete c.props.date;
    }
  }
}
