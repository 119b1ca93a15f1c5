// Role rules of round fl15c (issue 6): NEGOTIATES_FOR told of a plural subject and the principals it names.
import type { RelKit } from './rel-kit.ts';
import { holderOf } from './rules-new4.ts';
import type { Sentence } from '../types.ts';
import type { TitleRef } from './types.ts';

/**
 * The one person a title told alone stands for: the holder of that title, else ("the Angolan Head of State") the one
 * leader of the title's state.
 */
function refHolder(k: RelKit, r: TitleRef): string | undefined {
  const held = holderOf(k, r);
  if (held) return held;
  const owner = r.owner?.name;
  if (!owner || !/\b(?:Head of State|President|King|Emir|Sultan)\b/.test(r.title)) return undefined;
  const leaders = k.leaders.filter((c) => (k.people.offices.get(c) ?? []).some((o) => o.owner === owner));
  return leaders.length === 1 ? k.key(leaders[0]!) : undefined;
}

/**
 * Rule negotiates-for.respective-principals: "The ministers negotiated on behalf of their respective Heads of State, A
 * and B", "the two negotiators signed on behalf of their respective Presidents, A and B": a plural subject told by a
 * title noun acts for principals named after "their respective …". Each principal's agent is the one person of the
 * readout holding a title with the subject's noun ("Minister", "Negotiator") for the principal's state; a principal
 * with no state, or with no such agent or several, gives nothing.
 */
export const NEGOTIATES_FOR_RESPECTIVE_PRINCIPALS = {
  id: 'negotiates-for.respective-principals',
  /** The plural subject's noun (group 1), the verb phrase, then the cue before the principals. */
  told: /\b(?:[Tt]he|[Bb]oth)[^\S\n]+(?:two[^\S\n]+|three[^\S\n]+)?(?:[a-z]+[^\S\n]+)?(ministers|negotiators|envoys|representatives|delegates|foreign[^\S\n]+ministers)\b[^.;]{0,80}?\b(?:on[^\S\n]+behalf|in[^\S\n]+the[^\S\n]+name)[^\S\n]+of[^\S\n]+their[^\S\n]+respective[^\S\n]+[^,.;]{2,40}?,[^\S\n]+/g,
};

/** The title word a plural subject noun stands for: "foreign ministers" → "Minister". */
function titleWord(noun: string): string {
  const last = noun.split(/\s+/).pop()!.replace(/s$/, '');
  return last[0]!.toUpperCase() + last.slice(1);
}

/** negotiates-for.respective-principals (see NEGOTIATES_FOR_RESPECTIVE_PRINCIPALS). */
export function respectivePrincipals(k: RelKit, s: Sentence): void {
  const R = NEGOTIATES_FOR_RESPECTIVE_PRINCIPALS;
  if (!/\brespective\b/.test(s.text)) return;
  for (const m of s.text.matchAll(R.told)) {
    const after = s.start + m.index + m[0].length;
    const word = titleWord(m[1]!);
    const principals = k.personsIn(s.index).filter(([p]) => (p.from ?? p.start) >= after);
    if (principals.length < 2) continue;
    const stateOf = (c: ReturnType<typeof k.clusterOf.get>) => {
      const owners = [...new Set((k.people.offices.get(c!) ?? []).map((o) => o.owner))];
      return owners.length === 1 ? owners[0] : undefined;
    };
    const principalClusters = new Set(principals.map(([p]) => k.clusterOf.get(p)));
    for (const [p, pk] of principals) {
      const st = stateOf(k.clusterOf.get(p));
      if (!st) continue;
      const agents = k.people.clusters.filter(
        (c) =>
          !principalClusters.has(c) &&
          (k.people.offices.get(c) ?? []).some((o) => o.owner === st && o.title.split(/[\s,]+/).includes(word)),
      );
      if (agents.length === 1) k.ctx.relate('NEGOTIATES_FOR', k.key(agents[0]!), pk, s.index, R.id);
    }
  }
}

/**
 * Rule negotiates-for.designated-mediator: "President X is the mediator designated by the African Union", "X, the
 * facilitator appointed by IGAD": a person told as the mediator or facilitator a state or organisation designated acts
 * for it; and "on behalf of the Mediator" (the role capitalised, as a title) then names that person as principal
 * ("The meeting was chaired by Minister Y on behalf of the Mediator": Y acts for X). The person must stand right
 * before the role ("X is the", "X, the", "of which X is the"); one such person only.
 */
export const NEGOTIATES_FOR_DESIGNATED_MEDIATOR = {
  id: 'negotiates-for.designated-mediator',
  /** What follows the person: the role (group 1) and "designated by (the)", the designator right after. */
  role: /^(?:,[^\S\n]*(?:who[^\S\n]+is[^\S\n]+)?|[^\S\n]+is[^\S\n]+|[^\S\n]+was[^\S\n]+)(?:the[^\S\n]+)?(mediator|facilitator|co-mediator|chief[^\S\n]+mediator)[^\S\n]+(?:designated|appointed|mandated|named)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?/i,
  /** "on behalf of the Mediator": the role capitalised after the cue. */
  behalf:
    /\b(?:on[^\S\n]+behalf|in[^\S\n]+the[^\S\n]+name)[^\S\n]+of[^\S\n]+the[^\S\n]+(Mediator|Facilitator|Co-Mediator|Chief[^\S\n]+Mediator)\b/g,
};

/** negotiates-for.designated-mediator (see NEGOTIATES_FOR_DESIGNATED_MEDIATOR). */
export function designatedMediator(k: RelKit): void {
  const R = NEGOTIATES_FOR_DESIGNATED_MEDIATOR;
  if (!/\b(?:mediator|facilitator)\b/i.test(k.ctx.text)) return;
  const mediators = new Map<string, string>();
  for (const s of k.ctx.sentences) {
    // The people of the sentence, and the titles told alone there ("the Angolan Head of State is the mediator …").
    const refs = k.people.refs
      .filter((r) => r.sentence === s.index)
      .flatMap((r) => {
        const key = refHolder(k, r);
        return key ? [[r.end, key] as const] : [];
      });
    for (const [end, pk] of [...k.personsIn(s.index).map(([p, key]) => [p.to ?? p.end, key] as const), ...refs]) {
      const m = R.role.exec(k.ctx.text.slice(end, Math.min(s.end, end + 80)));
      if (!m) continue;
      const at = end + m[0].length;
      const h = k.hitsIn(at, s.end).find((x) => x.start === at && (x.type === 'Organization' || x.type === 'State'));
      if (h) k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(h)!, s.index, R.id);
      const role = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      // Two people told as the same role: no principal for "on behalf of the Mediator".
      mediators.set(role, mediators.has(role) && mediators.get(role) !== pk ? '' : pk);
    }
  }
  for (const s of k.ctx.sentences)
    for (const m of s.text.matchAll(R.behalf)) {
      const principal = mediators.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      const at = s.start + m.index;
      const before = k.personsIn(s.index).filter(([p]) => (p.to ?? p.end) <= at);
      const agent = before[before.length - 1];
      if (principal && agent && agent[1] !== principal)
        k.ctx.relate('NEGOTIATES_FOR', agent[1], principal, s.index, R.id);
    }
}
