// The nf33 round's role rule (issue 6), written after sorting the annotated samples' missed NEGOTIATES_FOR and
// NEGOTIATES by construction (docs/first-look.md, nf33). Rule ids are what --explain prints.
import type { RelationCandidate } from '../types.ts';
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';

/**
 * A negotiating cue in the sentence a side was read from, in lower case only ("who conducted the negotiations on behalf
 * of", "negotiated for the Government", "the Government's negotiating delegation"): a body named with the word ("the
 * Government Negotiating Commission", "Commissioner for Enlargement Negotiations") is no cue, nor are "talks" (a
 * meeting's talks: those who join or witness them negotiate nothing) or "consultations".
 */
export const NF33_NEGOTIATING_CUE = /\bnegotiat(?:e|es|ed|ing|ion|ions|or|ors)\b/u;

/**
 * Negotiations told only as the time of another act ("chaired the dinner after the negotiations on X", "met the press
 * before the negotiations", "on the eve of the negotiations"): the act is not negotiating, so such a mention is no cue.
 */
export const NF33_CUE_AS_TIME =
  /\b(?:after|before|following|ahead of|prior to|since|on the eve of|at the (?:end|close) of)\s+(?:(?:the|their|these|those|its|his|her)\s+)?(?:[\w'-]+\s+){0,3}?negotiat\w*/giu;

/** A negotiating cue outside phrases that only time another act by the negotiations. */
export function tellsNegotiating(text: string): boolean {
  return NF33_NEGOTIATING_CUE.test(text.replace(NF33_CUE_AS_TIME, ' '));
}

/** A signature told in the sentence: "signed by the members of its General Command … and of its negotiating delegation". */
export const NF33_SIGNATURE = /\bsign(?:s|ed|ing|ature|atures|atory|atories)?\b/iu;

type AgreementMention = { key: string; name: string; surface?: string };

/** The first candidate key of each distinct agreement name (case aside): mentions of one agreement are one. */
function distinctByName(agreements: readonly AgreementMention[]): string[] {
  const seen = new Map<string, string>();
  for (const a of agreements) if (!seen.has(a.name.toLowerCase())) seen.set(a.name.toLowerCase(), a.key);
  return [...seen.values()];
}

/** The distinct agreements a readout's title names (by a candidate's name or surface, case aside). */
export function agreementsInTitle(title: string, agreements: readonly AgreementMention[]): string[] {
  const t = title.toLowerCase();
  return distinctByName(
    agreements.filter((a) => [a.name, a.surface ?? ''].some((n) => n.length > 3 && t.includes(n.toLowerCase()))),
  );
}

/**
 * The readout's one negotiated agreement: the one agreement its title names, else the only agreement it names at all;
 * none when two or more are left.
 */
export function readoutAgreement(title: string, agreements: readonly AgreementMention[]): string | undefined {
  const inTitle = agreementsInTitle(title, agreements);
  if (inTitle.length === 1) return inTitle[0];
  if (inTitle.length > 1) return undefined;
  const all = distinctByName(agreements);
  return all.length === 1 ? all[0] : undefined;
}

/**
 * Rule negotiates.side-found-agreement: a person the extractor gives a side (NEGOTIATES_FOR) from a sentence that tells
 * negotiations (not a signature), and who negotiates no agreement yet, negotiates the readout's one agreement (the one its title
 * names, else the only one). "The Cameroonian delegation is led by Mr A, who conducted the negotiations on behalf of
 * Cameroon" in the readout of the Greentree Agreement; "The Mauritian delegation, which negotiated on behalf of the
 * Government, was led by B" in the readout of the Chagos political agreement. Reads what every other rule gave, so it runs last.
 */
export function negotiatesFromFoundSide(ctx: Ctx): void {
  const target = readoutAgreement(ctx.doc.title ?? '', ctx.ofType('Agreement'));
  if (!target) return;
  const done = new Set(ctx.relationsOf('NEGOTIATES').map((r) => r.from));
  const sides: RelationCandidate[] = [...ctx.relationsOf('NEGOTIATES_FOR')];
  for (const r of sides) {
    // A side read from a signature (a signing rule, or a sentence that tells a signature: signatories are not, as such,
    // negotiators (GUIDE lines 79-82).
    if (done.has(r.from) || r.rule.includes('sign') || ctx.entity(r.from)?.type !== 'Person') continue;
    const s = ctx.sentences[r.sentence];
    if (!s || !tellsNegotiating(s.text) || NF33_SIGNATURE.test(s.text)) continue;
    ctx.relate('NEGOTIATES', r.from, target, r.sentence, 'negotiates.side-found-agreement');
    done.add(r.from);
  }
}

/**
 * Rule negotiates-for.ambassadors-of-states: a plural negotiating role apposed to a list of ambassadors, each told by
 * the state he comes from ("the Co-Chairs of the Minsk Group, Ambassadors A of the United States, B of the Russian
 * Federation and C of France"; "the mediators, Ambassadors A of Norway and B of Cuba"): an ambassador is his state's
 * envoy, so each acts for the state named after him. The title "Ambassadors" is what tells them from the chairs of a
 * negotiating body who merely come from states ("The co-chairs of the Negotiating Body, A of X and B of Y"). Group 1
 * is the list.
 */
export const NF33_AMBASSADORS_OF_STATES =
  /\b(?:[Cc]o-[Cc]hairs|[Cc]o-[Cc]hairmen|[Mm]ediators|[Ee]nvoys|[Nn]egotiators)\b[^.;:]{0,80}?,\s+Ambassadors\s+([^.;:]+?)(?=,\s+(?:met|held|who|visited|presented|briefed|informed)\b|[.;:]|$)/u;

/** The items of an "A of X, B of Y and C of Z" list: each item's start and end in the list. */
export function listItems(list: string): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  const sep = /,\s+(?:and\s+)?|\s+and\s+/gu;
  let at = 0;
  for (const m of list.matchAll(sep)) {
    items.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  items.push({ start: at, end: list.length });
  return items;
}

/** Rule negotiates-for.ambassadors-of-states (see NF33_AMBASSADORS_OF_STATES). */
export function ambassadorsOfStates(k: RelKit): void {
  const { ctx } = k;
  for (const s of ctx.sentences) {
    if (!s.text.includes('Ambassadors')) continue;
    const m = NF33_AMBASSADORS_OF_STATES.exec(s.text);
    if (!m) continue;
    const listStart = s.start + m.index + m[0].length - m[1]!.length;
    const items = listItems(m[1]!);
    if (items.length < 2) continue;
    for (const it of items) {
      const text = m[1]!.slice(it.start, it.end);
      const of = /\s+of\s+(?:the\s+)?/u.exec(text);
      if (!of) continue;
      const from = listStart + it.start;
      const person = ctx.within('Person', from, from + of.index)[0];
      const state = k.hitsIn(from + of.index, listStart + it.end).find((h) => h.type === 'State' && !h.demonym);
      const key = state && k.hitKeys.get(state);
      if (!person || !key) continue;
      ctx.relate('NEGOTIATES_FOR', person.key, key, s.index, 'negotiates-for.ambassadors-of-states');
    }
  }
}
