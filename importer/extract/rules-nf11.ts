// The nf11 round's relation rules (issue 6, construction 8), written on the fifth, blind roles bank
// (bank-roles-5.ts): negotiators told in general constructions of diplomatic prose rather than by one cue phrase.
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { PersonMention } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { endOf, startOf } from './mention-span.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the nf11 rules, as named data. */
export const NF11_PATTERNS = {
  /** What makes people paired with sides by "respectively" negotiators, not leaders at a summit. */
  respectiveRole:
    /\b(?:representing|represented|negotiat\w*|mediat\w*|facilitat\w*|envoys?|sherpas?|special\s+representatives?|delegations?|teams?)\b/i,
  /** Between two coordinated items: "A and B", "A, B and C". */
  coordination: /^\s*(?:,\s*|,?\s+and\s+)$/,
};

const isSide = (h: GazetteerHit) => h.type === 'State' || h.type === 'Organization';

/** Runs of coordinated items ("A, B and C") by their spans, in order. */
function runs<T>(items: T[], span: (t: T) => [number, number], text: string): T[][] {
  const out: T[][] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && NF11_PATTERNS.coordination.test(text.slice(span(prev)[1], span(it)[0]))) last!.push(it);
    else out.push([it]);
  }
  return out.filter((r) => r.length >= 2);
}

/**
 * Rule negotiates-for.respectively-pairs: "A and B, representing India and China respectively", "Chief negotiators A
 * and B, of Japan and Uzbekistan respectively", "Egyptian and Qatari mediators, led respectively by A and B": a
 * coordination of people and one of states or organisations of the same length, in a sentence of representation,
 * negotiation or mediation, pair in order.
 */
function respectivelyPairs(k: RelKit, s: Sentence): void {
  if (!/\brespectively\b/.test(s.text) || !NF11_PATTERNS.respectiveRole.test(s.text)) return;
  const text = k.ctx.text;
  const people = [...k.personsIn(s.index)].sort((x, y) => startOf(x[0]) - startOf(y[0]));
  const inPerson = (h: GazetteerHit) => people.some(([p]) => h.start >= startOf(p) && h.end <= endOf(p));
  const sides = runs(
    k.hitsIn(s.start, s.end).filter((h) => isSide(h) && !inPerson(h)),
    (h) => [h.start, h.end],
    text,
  );
  const agents = runs<Person>(people, ([p]) => [startOf(p), endOf(p)], text);
  const a = agents[0];
  const side = a ? sides.find((r) => r.length === a.length) : undefined;
  if (!a || !side) return;
  a.forEach(([, pk], i) => {
    const key = k.hitKeys.get(side[i]!);
    if (key && key !== pk) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.respectively-pairs');
  });
}

/** Adds the nf11 rules' relations (before the rules that fall back on an office's state). */
export function addNf11Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) respectivelyPairs(k, s);
}
