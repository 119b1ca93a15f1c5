// Rule party-to.group-members (issue 6, construction 7): "the Trilateral Contact Group, which brings together Ukraine,
// the Russian Federation and the OSCE", "the E3 (France, Germany and the United Kingdom)": a group whose members the
// text lists is a forum, not a party; an agreement the group reached or is given binds its members.
import { partyListAt } from './agreement-parties.ts';
import type { RelKit } from './rel-kit.ts';
import { cueGate, sentenceCued, sentencesFor } from './gates.ts';

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

/** "The agreement will bind MERCOSUR and its four States Parties, Brazil, …, and the European Union on the other". */
const BINDS =
  /\b(?:the|this|that|the\s+new)\s+(?:agreement|treaty|accord|deal|protocol|convention)\s+(?:will\s+|would\s+|shall\s+)?binds?\s+/i;
/** The sentences party-to.binds reads: those holding a word cue of BINDS (perf29). */
const BINDS_GATE = cueGate(BINDS);

/**
 * Rule party-to.binds: the states and organisations a sentence says "the agreement will bind" are its parties; "the
 * agreement" is the one the readout's title names, else the last one named before.
 */
export function addBoundParties(k: RelKit): void {
  const titleS = k.ctx.sentences.find((x) => x.text === k.ctx.doc.title) ?? k.ctx.sentences.find((x) => x.heading);
  for (const s of sentencesFor(k.ctx, BINDS_GATE)) {
    const m = BINDS.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index;
    const inTitle = titleS ? k.ev.agreementMentions.find((a) => a.sentence === titleS.index && !a.planned) : undefined;
    const target = inTitle ?? k.ev.agreementMentions.filter((a) => a.end <= at && !a.planned).pop();
    if (!target) continue;
    for (const h of k.hitsIn(at + m[0].length, s.end))
      if ((h.type === 'State' || h.type === 'Organization') && !h.demonym)
        k.ctx.relate('PARTY_TO', k.hitKeys.get(h)!, target.key, s.index, 'party-to.binds');
  }
}

/** "the joint statement they have signed", "the declaration the two leaders adopted today": a kind, then its signing. */
const HEAD_REFERENCE =
  /\bthe\s+(joint\s+statement|joint\s+declaration|declaration|memorandum|protocol|treaty)\s+(?:that\s+)?(?:they|the\s+(?:two\s+)?(?:parties|sides|leaders|ministers))\s+(?:have\s+|had\s+)?(?:just\s+)?(?:signed|adopted|concluded)\b/i;

/**
 * Rule reached-at.head-reference: "The joint statement they have signed is a first step" in a readout that names one
 * "Oslo Joint Statement": that agreement was reached at the readout's own meeting.
 */
export function reachedByHeadReference(k: RelKit): void {
  if (!k.main) return;
  for (const s of k.ctx.sentences) {
    const m = sentenceCued(k, s, HEAD_REFERENCE_GATE) ? HEAD_REFERENCE.exec(s.text) : null;
    if (!m) continue;
    const head = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const named = k.ev.agreements.filter((a) => !a.planned && k.nameOf(a).toLowerCase().endsWith(head));
    if (named.length === 1) k.ctx.relate('REACHED_AT', named[0]!.key, k.main.key, s.index, 'reached-at.head-reference');
  }
}

/** Sentences holding a word cue of HEAD_REFERENCE (perf29): the others hold no match of it. */
const HEAD_REFERENCE_GATE = cueGate(HEAD_REFERENCE);
