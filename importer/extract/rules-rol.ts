// People at the negotiating table, each a named rule (rule ids are what --explain prints).
import type { RelKit } from './rel-kit.ts';

/** Patterns of the rules in this file, as named data. */
export const ROL_PATTERNS = {
  /** A readout about negotiations: its title names talks, negotiations, a round, a cycle or a dialogue. */
  negotiationTitle: /\b(?:negotiat\w*|talks|round|cycle|dialogues?|consultations)\b/i,
};

/** Rules of NEGOTIATES_FOR that put a person at the table for a side (not only an envoy's title). */
export const TABLE_RULES = new Set([
  'negotiates-for.delegation-head',
  'negotiates-for.negotiates-for',
  'negotiates-for.signed-for-side',
  'negotiates-for.signed-for',
  'negotiates-for.leading-team',
  'negotiates-for.represents',
]);

/** The readout's own agreement: named in its title line, else reached at its main event. */
function readoutAgreements(k: RelKit): string[] {
  const { ctx, ev } = k;
  const title = ctx.doc.title ?? '';
  const titleS = ctx.sentences.find((s) => s.text === title) ?? ctx.sentences[0];
  const inTitle = ev.agreementMentions.filter((a) => titleS && a.sentence === titleS.index && !a.planned);
  if (inTitle.length) return [...new Set(inTitle.map((a) => a.key))];
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
