// Rule party-to.group-members (issue 6, construction 7): "the Trilateral Contact Group, which brings together Ukraine,
// the Russian Federation and the OSCE", "the E3 (France, Germany and the United Kingdom)": a group whose members the
// text lists is a forum, not a party; an agreement the group reached or is given binds its members.
import { partyListAt } from './agreement-parties.ts';
import type { RelKit } from './rel-kit.ts';

/** Patterns of the rule, as named data. */
export const GROUP_PATTERNS = {
  /** What follows a group's name before the list of its members. */
  members:
    /^(?:\s*\(\s*|,?\s+(?:which|that)\s+(?:brings|brought|bring)\s+together\s+|,?\s+(?:which\s+(?:comprises|consists\s+of|is\s+(?:composed|made\s+up)\s+of)|comprising|composed\s+of|made\s+up\s+of|consisting\s+of|bringing\s+together|grouping)\s+)(?:the\s+)?/,
};

/** The members each listed group has, by the group's name: candidate keys of the states and organisations listed. */
export function groupMembers(k: RelKit): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const h of k.hits) {
    if (h.type !== 'Organization' || out.has(h.name)) continue;
    const m = GROUP_PATTERNS.members.exec(k.ctx.text.slice(h.end, h.end + 60));
    if (!m) continue;
    const list = partyListAt(k, h.end + m[0].length).filter((x) => x.name !== h.name);
    // A parenthesis holds the whole membership, closed right after the list.
    const last = list[list.length - 1];
    if (m[0].includes('(') && (!last || !/^\s*\)/.test(k.ctx.text.slice(last.end, last.end + 3)))) continue;
    const keys = [...new Set(list.map((x) => k.hitKeys.get(x)!))];
    if (keys.length >= 2) out.set(h.name, keys);
  }
  return out;
}

/** The parties with each listed group replaced by its members. */
export function expandGroups(k: RelKit, parties: string[], groups: Map<string, string[]>): string[] {
  if (!groups.size) return parties;
  return parties.flatMap((p) => groups.get(k.ctx.entity(p)?.name ?? '') ?? [p]);
}

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** "the Declaration of Principles signed by the three countries": a count of states for the parties. */
const COUNTED_SIGNERS =
  /^[^.;]{0,60}?\b(?:signed|concluded|agreed|adopted|initialled)\b[^.;]{0,30}?\bby\s+the\s+(two|three|four|five)\s+(?:countries|states|nations|governments)\b/i;

/**
 * Rule party-to.counted: "… signed by the three countries": the parties are the last list of exactly that many
 * states named before the agreement in its paragraph, up to two sentences back ("between Egypt, Ethiopia and Sudan").
 */
export function countedParties(k: RelKit, a: { sentence: number; start: number; end: number }): string[] {
  const s = k.ctx.sentences[a.sentence]!;
  const m = COUNTED_SIGNERS.exec(k.ctx.text.slice(a.end, s.end));
  if (!m) return [];
  const n = COUNT[m[1]!.toLowerCase()]!;
  // The list stands in the paragraph before it: up to two sentences back, no paragraph break between.
  const back = k.ctx.sentences[Math.max(0, a.sentence - 2)]!.start;
  const para = k.ctx.text.lastIndexOf('\n\n', a.start);
  const from = Math.max(back, para + 1);
  let best: string[] = [];
  for (const h of k.hitsIn(from, a.start)) {
    if (h.type !== 'State' || h.demonym) continue;
    const list = partyListAt(k, h.start);
    if (list.length === n && list.every((x) => x.type === 'State') && list[n - 1]!.end <= a.start)
      best = list.map((x) => k.hitKeys.get(x)!);
  }
  return best;
}
