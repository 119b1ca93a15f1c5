// Roles told by constructions of readouts in new issuers' styles (issue 6, construction 8), each a named rule:
// signatures listed "by A, for X, and by B for Y", "on behalf of the <title>", and a fronted "On behalf of President X,
// and on the directives of Y, Z signed …". Rule ids are what --explain prints.
import { answersShortOwner } from './rules-fl28c.ts';
import { whoClauseAgents } from './rules-fl17c-patterns.ts';
import type { TitleRef } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { startOf, endOf } from './mention-span.ts';
import { sideThenBy } from './kit-people.ts';
import { allMatches, execIf } from './text.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the rules in this file, as named data. */
export const NEW4_PATTERNS = {
  /** A sentence that tells of a signature. */
  signed: /\bsign(?:ed|s)\b/i,
  /** "… for (the) <side>": the side a signature is made for. */
  forSide: /\bfor\s+(?:the\s+)?$/i,
  /** "Secretary-General for the United Nations": the side read as a title's complement. */
  forTail: /\s+for\s+(?:the\s+)?\S.*$/,
  /** "signed for Israel by P": the agent after the side. */
  byAfter: /^\s*,?\s*by\s+/,
  /** Between a signatory and its "for <side>": another clause ("…, and for the Maldivian side"). */
  notAttached: /\band\b|;/,
  /** "for the Indian side by": a side's own construction (rule negotiates-for.signed-for-side). */
  sideNoun: /^\s+(?:side|delegation|team|panel)\b/,
  /** "… and by P": where one signatory's part of a list begins. */
  by: /\bby\s+/gi,
  /** "on behalf of the Secretary-General": a principal named by a title alone. */
  behalfOfTitle: /\bon\s+behalf\s+of\s+(?:the\s+)?/gi,
  /** A sentence (after a dateline "CITY, date (AGENCY) --") that opens with "On behalf of". */
  frontedBehalf: /^(?:[^.]{0,80}?(?:--|—|–)\s*)?On\s+behalf\s+of\s+/,
  /** "on the directives of", "upon the instructions of", "at the direction of": who the agent acts under. */
  directives: /\b(?:on|upon|at)\s+the\s+(?:directives?|instructions?|orders?|direction)\s+of\s+/gi,
  /** A verb of acting for a principal, after the fronted agent. */
  actingVerb:
    /\b(?:signed|initialled|conveyed|delivered|handed|negotiated|represented|attended|took\s+part|participated|led|headed)\b/i,
};

/** What every match of NEW4_PATTERNS.frontedBehalf holds (`mayMatch`). */
const FRONTED_BEHALF_NEEDS = /On\s+behalf/;

/** The only person who holds the office a title names ("the Secretary-General" → its one holder). */
export function holderOf(
  k: RelKit,
  ref: TitleRef | string,
  notAmong: ReadonlySet<string> = new Set(),
): string | undefined {
  const written = typeof ref === 'string' ? ref : ref.title;
  const t = written.toLowerCase();
  const holders = k.people.clusters.filter(
    (c) => !notAmong.has(k.key(c)) && (k.people.offices.get(c) ?? []).some((o) => o.title.toLowerCase() === t),
  );
  // person.title-of-short-owner (fl28c): "the Chairperson of the Commission", the African Union Commission's.
  const short = holders.length
    ? []
    : k.people.clusters.filter(
        (c) =>
          !notAmong.has(k.key(c)) &&
          (k.people.offices.get(c) ?? []).some((o) => answersShortOwner(written, o.title, o.owner)),
      );
  const all = holders.length ? holders : short;
  return all.length === 1 ? k.key(all[0]!) : undefined;
}

/** The title reference of sentence `s` that starts in [from, to). */
const refAt = (k: RelKit, s: Sentence, from: number, to: number) =>
  k.people.refs.find((r) => r.sentence === s.index && r.start >= from && r.start < to);

/**
 * The signatory of one "by …" part of a list: a named person, else the one holder of a title used alone. With
 * `attached`, only one whose "for <side>" follows it directly (no "and", no ";" in between).
 */
function signatoryIn(k: RelKit, s: Sentence, from: number, to: number, attached = false): string | undefined {
  const ok = (end: number) => !attached || !NEW4_PATTERNS.notAttached.test(k.ctx.text.slice(end, to));
  const p = k.personsIn(s.index).find(([m]) => startOf(m) >= from && endOf(m) <= to);
  if (p) return ok(endOf(p[0])) ? p[1] : undefined;
  const ref = refAt(k, s, from, to);
  return ref && ok(ref.end) ? holderOf(k, ref) : undefined;
}

/** "by the Secretary-General for the United Nations": a title used alone that took the side as its complement. */
function titleForSide(k: RelKit, s: Sentence, h: { start: number; end: number }): string | undefined {
  const ref = k.people.refs.find((r) => r.sentence === s.index && r.start < h.start && r.end >= h.end);
  const head = ref && NEW4_PATTERNS.forTail.exec(ref.title);
  return head ? holderOf(k, ref.title.slice(0, head.index)) : undefined;
}

/**
 * Rule negotiates-for.signed-by-list: "The first was signed by the Minister of Defence, A, for the Russian Federation,
 * by the Minister of National Defence, B, for Türkiye, and by the Secretary-General for the United Nations": each
 * signatory acts for the side named after its own "by …" part; "signed for Israel by Prime Minister C": the agent
 * follows the side.
 */
export function signedByList(k: RelKit): void {
  const text = k.ctx.text;
  for (const s of k.ctx.sentences) {
    if (!NEW4_PATTERNS.signed.test(s.text)) continue;
    for (const h of k.hitsIn(s.start, s.end)) {
      if (h.type !== 'State' && h.type !== 'Organization') continue;
      const before = text.slice(s.start, h.start);
      if (!NEW4_PATTERNS.forSide.test(before) || NEW4_PATTERNS.sideNoun.test(text.slice(h.end, s.end))) continue;
      const side = k.hitKeys.get(h)!;
      const after = NEW4_PATTERNS.byAfter.exec(text.slice(h.end, s.end));
      let agent: string | undefined;
      if (after && /\bsigned\s+for\s+(?:the\s+)?$/i.test(before)) {
        const from = h.end + after[0].length;
        agent = signatoryIn(k, s, from, Math.min(s.end, from + 80));
      } else {
        // negotiates-for.for-side-not-by (rol25): "… by A, for Togo by B": the side has its own signer right after it
        // (not "by A, for X, by B, for Y", where a comma ends the side's part).
        if (sideThenBy(text, h, s.end)) continue;
        const bys = [...before.matchAll(NEW4_PATTERNS.by)];
        const last = bys.pop();
        if (!last || !/\bsigned\b/i.test(before.slice(0, last.index))) continue;
        agent = signatoryIn(k, s, s.start + last.index, h.start, true) ?? titleForSide(k, s, h);
      }
      if (agent) k.ctx.relate('NEGOTIATES_FOR', agent, side, s.index, 'negotiates-for.signed-by-list');
    }
  }
}

/**
 * Rule negotiates-for.behalf-of-title: "…, and Rebeca Grynspan, Secretary-General of UNCTAD, who led the talks on
 * behalf of the Secretary-General": the people before the cue (after its "by", when the sentence has one) act for
 * the one holder of the title. A title held by several people, or by nobody named, gives nothing.
 */
export function behalfOfTitle(k: RelKit): void {
  for (const s of k.ctx.sentences)
    for (const m of allMatches(s.text, NEW4_PATTERNS.behalfOfTitle)) {
      const at = s.start + m.index;
      const after = at + m[0].length;
      if (k.personsIn(s.index).some(([p]) => p.start >= after && p.start < after + 30)) continue;
      const ref = refAt(k, s, after - 1, after + 2);
      const lastBy = [...s.text.slice(0, m.index).matchAll(NEW4_PATTERNS.by)].pop();
      const from = lastBy ? s.start + lastBy.index : s.start;
      const listed = k.personsIn(s.index).filter(([p]) => p.start >= from && endOf(p) <= at);
      // negotiates-for.title-who-clause (fl17c): a relative clause's cue belongs to its antecedent only, unless the
      // people are the agents of the sentence's "by" ("negotiated by A and B, who led the talks on behalf of …").
      const agents = lastBy ? listed : whoClauseAgents(k.ctx.text, from, at, listed);
      // Nobody acts on their own behalf: an agent holding the title too ("Y, Secretary-General of UNCTAD, who led
      // the talks on behalf of the Secretary-General") is no candidate principal.
      const principal = ref && holderOf(k, ref, new Set(agents.map(([, pk]) => pk)));
      if (!principal) continue;
      for (const [, pk] of agents)
        k.ctx.relate('NEGOTIATES_FOR', pk, principal, s.index, 'negotiates-for.behalf-of-title');
    }
}

/** The person named right after a cue that ends at `at` (honorifics between them allowed). */
const personRightAfter = (k: RelKit, s: Sentence, at: number) =>
  k
    .personsIn(s.index)
    .find(([p]) => startOf(p) >= at - 1 && startOf(p) < at + 40 && !/[,;]/.test(k.ctx.text.slice(at, startOf(p))));

/**
 * Rules negotiates-for.fronted-named and reports-to.on-directives: "On behalf of President X, and on the directives of
 * Y, Crown Prince, Z, Minister of Foreign Affairs, today signed the treaty": Z, the first person named after the
 * fronted phrases, acts for X and reports to Y. Needs a verb of acting after Z; a sentence not opening with "On behalf
 * of" gives nothing.
 */
export function frontedNamed(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    const open = execIf(s.text, NEW4_PATTERNS.frontedBehalf, FRONTED_BEHALF_NEEDS);
    if (!open) continue;
    const principal = personRightAfter(k, s, s.start + open[0].length);
    if (!principal) continue;
    const bosses = [...allMatches(s.text, NEW4_PATTERNS.directives)]
      .map((d) => personRightAfter(k, s, s.start + d.index + d[0].length))
      .filter((b): b is NonNullable<typeof b> => b !== undefined);
    const fronted = new Set([principal[1], ...bosses.map((b) => b[1])]);
    const lastFronted = Math.max(endOf(principal[0]), ...bosses.map((b) => endOf(b[0])));
    const agent = k.personsIn(s.index).find(([p, pk]) => startOf(p) > lastFronted && !fronted.has(pk));
    if (!agent || !NEW4_PATTERNS.actingVerb.test(k.ctx.text.slice(endOf(agent[0]), s.end))) continue;
    k.ctx.relate('NEGOTIATES_FOR', agent[1], principal[1], s.index, 'negotiates-for.fronted-named');
    for (const b of bosses)
      if (b[1] !== principal[1]) k.ctx.relate('REPORTS_TO', agent[1], b[1], s.index, 'reports-to.on-directives');
  }
}

/** The rules of this file, in order. */
export function addNew4Roles(k: RelKit): void {
  signedByList(k);
  behalfOfTitle(k);
  frontedNamed(k);
}
