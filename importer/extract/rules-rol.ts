// People at the negotiating table, each a named rule (rule ids are what --explain prints).
import type { RelKit } from './rel-kit.ts';
import { allMatches } from './text.ts';
import { crossesClause, NEGOTIATES_FOR_ON_BEHALF_BY_TITLE, titleAfterBy } from './rules-fl27a.ts';
import { longestAt } from './rules-fl31b.ts';

/** Patterns of the rules in this file, as named data. */
export const ROL_PATTERNS = {
  /** A readout about negotiations: its title names talks, negotiations, a round, a cycle or a dialogue. */
  negotiationTitle: /\b(?:negotiat\w*|talks|round|cycle|dialogues?|consultations|signing)\b/i,
  /** "Agreement for Bringing Peace to Afghanistan between A and B": the parties' tail of a formal name. */
  betweenTail: /\s+between\s+.*$/,
};

/** Rules of NEGOTIATES_FOR that put a person at the table for a side (not only an envoy's title). */
export const TABLE_RULES = new Set([
  'negotiates-for.on-behalf-by',
  'negotiates-for.delegation-head',
  'negotiates-for.negotiates-for',
  'negotiates-for.conducts-for',
  'negotiates-for.leading-team',
  'negotiates-for.represents',
  'negotiates-for.together-with',
  'negotiates-for.through',
  // fl11b: the members of a team acting on behalf of a principal, and an agent acting "on his behalf".
  'negotiates-for.team-behalf',
  'negotiates-for.his-behalf',
]);

/**
 * Rule negotiates-for.on-behalf-by: "The agreement was signed on behalf of Canada by Ambassador X, and on behalf of
 * Norway by Y": the first person after each "by" acts for the side named before it.
 */
export function onBehalfBy(k: RelKit): void {
  const { ctx } = k;
  for (const s of ctx.sentences)
    for (const m of allMatches(s.text, /\bon behalf of\s+(?:the\s+)?/gi)) {
      const at = s.start + m.index + m[0].length;
      // negotiates-for.behalf-longest-side (fl31b): "on behalf of the Sudanese Revolutionary Front", not "Sudanese".
      const side = longestAt(
        k.hits,
        k.hits.find((h) => (h.type === 'State' || h.type === 'Organization') && h.start >= at - 4 && h.start <= at + 1),
      );
      const by = side && /^\s*,?\s*by\s+/.exec(ctx.text.slice(side.end, side.end + 8));
      if (!side || !by) continue;
      const from = side.end + by[0].length;
      const agent = k.personsIn(s.index).find(([p]) => {
        const at = p.from ?? p.start;
        // negotiates-for.on-behalf-by-title (fl27a): not a person named after a later clause.
        return at >= from && at < from + 60 && !crossesClause(ctx.text.slice(from, at));
      });
      const sideKey = k.hitKeys.get(side)!;
      if (agent) ctx.relate('NEGOTIATES_FOR', agent[1], sideKey, s.index, 'negotiates-for.on-behalf-by');
      else titledAgent(k, side.name, titleAfterBy(ctx.text.slice(from, from + 90)), sideKey, s.index);
    }
}

/** Rule negotiates-for.on-behalf-by-title (fl27a): "by the Prime Minister" for Australia: Australia's Prime Minister. */
function titledAgent(k: RelKit, side: string, title: string | undefined, sideKey: string, si: number): void {
  if (!title) return;
  const holders = k.people.clusters.filter((c) =>
    (k.people.offices.get(c) ?? []).some((o) => o.owner === side && o.title === title),
  );
  if (holders.length === 1)
    k.ctx.relate('NEGOTIATES_FOR', k.key(holders[0]!), sideKey, si, NEGOTIATES_FOR_ON_BEHALF_BY_TITLE.id);
}

/** The readout's own agreement: named in its title (line or front matter), else reached at its main event. */
function readoutAgreements(k: RelKit): string[] {
  const { ctx, ev } = k;
  const title = ctx.doc.title ?? '';
  const titleS = ctx.sentences.find((s) => s.text === title) ?? ctx.sentences[0];
  const inTitle = ev.agreementMentions.filter((a) => titleS && a.sentence === titleS.index && !a.planned);
  if (inTitle.length) return [...new Set(inTitle.map((a) => a.key))];
  // A front-matter title is not in the text: the agreements whose name (up to its "between …") it contains.
  const named = ev.agreements.filter((a) => {
    const head = a.name.replace(ROL_PATTERNS.betweenTail, '');
    return !a.planned && head.length >= 8 && title.toLowerCase().includes(head.toLowerCase());
  });
  if (named.length) return named.map((a) => a.key);
  if (!ev.main) return [];
  return ctx
    .relationsOf('REACHED_AT')
    .filter((r) => r.to === ev.main!.key)
    .map((r) => r.from);
}

/**
 * Rule negotiates.side-negotiator: in a readout of negotiations (its title names talks, a round, a cycle…), a person
 * who negotiates for a side (a delegation head, "signed for the X side", "represents Ukraine in the Group") negotiates
 * the readout's own agreement. Heads of state or government and envoys known only by title are left out.
 */
export function sideNegotiators(k: RelKit): void {
  const { ctx } = k;
  if (!ROL_PATTERNS.negotiationTitle.test(ctx.doc.title ?? ctx.sentences[0]?.text ?? '')) return;
  const agreements = readoutAgreements(k);
  if (!agreements.length) return;
  const leaderKeys = new Set(k.leaders.map((c) => k.key(c)));
  for (const r of [...ctx.relationsOf('NEGOTIATES_FOR')]) {
    if (!TABLE_RULES.has(r.rule) || leaderKeys.has(r.from)) continue;
    for (const a of agreements) ctx.relate('NEGOTIATES', r.from, a, r.sentence, 'negotiates.side-negotiator');
  }
}

/**
 * Rule negotiates.heads-of-delegations: in a readout of negotiations, "the heads of the two delegations, A and B,
 * signed the Mexico Agreement": each head negotiates the agreement the sentence names, else the readout's own.
 */
export function headsOfDelegations(k: RelKit): void {
  const { ctx } = k;
  if (!ROL_PATTERNS.negotiationTitle.test(ctx.doc.title ?? ctx.sentences[0]?.text ?? '')) return;
  let own: string[] | undefined;
  for (const c of k.people.clusters)
    for (const m of c.mentions.filter((x) => x.rule === 'person.heads-of-delegations')) {
      const here = k.ev.agreementMentions.filter((a) => a.sentence === m.sentence && !a.planned).map((a) => a.key);
      const targets = here.length ? here : (own ??= readoutAgreements(k));
      for (const a of targets) ctx.relate('NEGOTIATES', k.key(c), a, m.sentence, 'negotiates.heads-of-delegations');
    }
}
