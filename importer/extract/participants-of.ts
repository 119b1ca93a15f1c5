// Who may take part, for the participation rules: the dead ("the late former Prime Minister"), the hosts of a visit,
// the one person a title used alone stands for ("by the Rashtrapati"), and events that are only an agreement's venue.
import { STATE_TITLES } from './lexicons.ts';
import type { Found, PeopleFacts, TitleRef } from './types.ts';
import { findGazetteerHits } from './gazetteer.ts';
import type { PersonCluster } from './persons-resolve.ts';
import type { RelKit } from './rel-kit.ts';

/** People spoken of as dead: "the State Funeral for the late former Prime Minister ABE Shinzo". */
export function lateOnes(k: RelKit): Set<PersonCluster> {
  return new Set(
    k.people.clusters.filter((c) =>
      c.mentions.some((m) =>
        /\bthe\s+late\s+(?:(?:former|[\p{Lu}][\p{L}-]*)\s+){0,4}$/u.test(
          k.ctx.text.slice(Math.max(0, m.start - 50), m.start),
        ),
      ),
    ),
  );
}

/** The people a title used alone in a sentence stands for, when one person of the readout holds it. */
export function titleHolders(k: RelKit, si: number): PersonCluster[] {
  return titleHoldersIn(k.people, si);
}

/** titleHolders over the people facts alone, for the stages before the relations (main-event.ts). */
export function titleHoldersIn(people: PeopleFacts, si: number): PersonCluster[] {
  return titleHolderRefs(people, si).map(([, c]) => c);
}

/** "Federal Chancellor" and "Chancellor": one title ends with the other, a qualifier before the same head. */
const sameHead = (a: string, b: string) => a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/** Each title used alone in sentence `si` that one person of the readout holds, with that person; `byHead` also
 * matches a title with a qualifier before the held one's head ("The Federal Chancellor" for "Chancellor X"). */
export function titleHolderRefs(people: PeopleFacts, si: number, byHead = false): [TitleRef, PersonCluster][] {
  return people.refs
    .filter(
      (r) =>
        r.sentence === si &&
        !r.principal &&
        ![...people.personKey.keys()].some((m) => m.start <= r.start && m.end >= r.end),
    )
    .flatMap((r): [TitleRef, PersonCluster][] => {
      // participated.title-ref: "the Rashtrapati" is a title only one state uses, so its owner is that state.
      const owner = r.owner?.name ?? STATE_TITLES.find(([re]) => re.test(r.surface))?.[1];
      const holders = people.clusters.filter((c) =>
        (people.offices.get(c) ?? []).some(
          (o) => (o.title === r.title || (byHead && sameHead(o.title, r.title))) && (!owner || o.owner === owner),
        ),
      );
      return holders.length === 1 ? [[r, holders[0]!]] : [];
    });
}

/** True when the person belongs to the state a visit goes to ("State Visit of the President of Maldives to India"). */
export function hostOfVisit(k: RelKit, e: Found, c: PersonCluster): boolean {
  const name = k.nameOf(e);
  if (!/\bvisits?\b/i.test(name)) return false;
  const to = / to (?:the )?(.+)$/.exec(name)?.[1];
  const dest = to ? findGazetteerHits(to).find((h) => h.type === 'State' && h.start === 0)?.name : undefined;
  // A visit named without its destination ("State Visit by President Ruto"): the host is the one the text says
  // hosted, welcomed or received the visitor ("President Ramaphosa today hosted President Ruto").
  if (!to)
    return c.mentions.some((m) =>
      /^\s*(?:today\s+|\w+ly\s+)?(?:hosted|welcomed|received)\s+\p{Lu}/u.test(
        k.ctx.text.slice(m.to ?? m.end, (m.to ?? m.end) + 40),
      ),
    );
  if (!dest) return false;
  const states = [c.state, ...(k.people.offices.get(c) ?? []).map((o) => o.owner)];
  return states.includes(dest);
}

/** A participle ending at an event: "… announced at the", "signed today during the". */
const REACHED_THERE =
  /\b(?:announced|signed|adopted|reached|concluded|launched|unveiled|agreed|endorsed|issued)\s+(?:(?:today|jointly|earlier|recently|\w+ly)\s+)?(?:at|during)\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,3}$/i;

/**
 * "the Memorandum of Understanding … announced at the G20 Leaders' Summit": the event is where the agreement named
 * just before the participle was reached, not a meeting of the sentence's people.
 */
export function reachedThere(k: RelKit, e: Found): boolean {
  const before = k.ctx.text.slice(Math.max(0, e.start - 60), e.start);
  const m = REACHED_THERE.exec(before);
  if (!m) return false;
  const verbAt = e.start - before.length + m.index;
  return k.ev.agreementMentions.some((a) => a.sentence === e.sentence && a.end <= verbAt && verbAt - a.end <= 3);
}
