// The rol25 round's role rules (issue 6), written on the sixteenth, blind roles bank (bank-roles-16.ts): sides told by
// their delegation's head in a passive clause and gapped after it ("The Transnistrian side was headed by A, the Moldovan
// side by B"; "Armenia's delegation was led by A; Azerbaijan's by B"; "The movement's delegation is headed by A, the
// government's by B"), the government of the passage told bare ("the Government delegation", "for the Government by A")
// and the issuer's delegation told as "our" ("Our delegation was headed by A", "Our chief negotiator, Ambassador A").
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { isSide } from './kit-people.ts';
import { homeKey, personAt, talksAround } from './rules-rol20.ts';
import { whenWord, wordGate } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol25 rules, as named data. */
export const ROL25_PATTERNS = {
  /** The passive cue of the first clause: "was headed by", "is led by", "were represented by". */
  headedBy: /\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:headed|led|represented)\s+by\s+/g,
  /**
   * Between a side (or "Government") and the cue: a possessive, the side's noun, a short "to / at / in / for …" tail
   * ("Armenia's delegation to the peace-treaty talks", "The Moldovan side", "The Government delegation").
   */
  sideToCue:
    /^(?:['’]s?)?(?:\s+(?:negotiating\s+|peace\s+)?(?:side|delegation|team|panel|negotiators|one))?(?:\s+(?:to|at|in|for|on)\s+[^,;]{1,60}?)?$/,
  /** Right after a side: a possessive or its noun ("Armenia's", "The Moldovan side"). */
  sideNounAfter: /^(?:['’]s?\b|\s+(?:negotiating\s+|peace\s+)?(?:side|delegation|team|panel|negotiators|one)\b)/,
  /** Before a side that opens its clause: the sentence start or a clause mark, then "the". */
  clauseStart: /(?:^|[;,:]\s*)(?:[Tt]he\s+)?$/,
  /** Before a body inside another side's tail ("The Cameroonian delegation to the Mixed Commission is led by"). */
  insideTail: /\b(?:side|delegation|team|panel|negotiators)\s+(?:to|at|in|for|on)\s+(?:the\s+)?$/,
  /** Before a gapped side: a comma or semicolon (and "and"), or "and" alone, then "the". */
  gapBefore: /(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/,
  /** After a gapped side: a possessive or its noun, then "by" ("the Moldovan side by", "Azerbaijan's by"). */
  gapAfter: /^(?:['’]s?)?(?:\s+(?:side|delegation|team|panel|one))?\s+by\s+/,
  /** The bare government as a side, before its noun or possessive: "The Government delegation", "the government's". */
  government:
    /\b(?:the\s+|The\s+)(?:(?:national|National|federal|Federal|transitional|Transitional)\s+)?[Gg]overnment(?=['’]s?\b|\s+(?:negotiating\s+|peace\s+)?(?:side|delegation|team|panel|negotiators)\b)/g,
  /** Up to a title, stacked titles included, before the person after "by" (no clause break). */
  titleGap: /^[^;.]{0,140}$/,
  /** "Our delegation", "Our chief negotiator", "our negotiating team": the issuer's own side. */
  our: /\b[Oo]ur\s+(?:(?:chief|lead|principal)\s+)?(?:negotiating\s+)?(?:delegation|team|negotiators?|panel)\b/g,
  /** After "our …": "was headed by", ", led by", a comma before the person in apposition. */
  ourAfter:
    /^(?:\s+(?:to|at|in|for|on)\s+[^,;]{1,60}?)?(?:\s+(?:was|is|were|are)\s+(?:headed|led)\s+by\s+|\s*,\s+(?:(?:led|headed)\s+by\s+)?)/,
  /** Before "our …": "A led our delegation", "A, who heads our delegation,". */
  ourBefore: /(?:\s+|,\s+who\s+)(?:led|leads|headed|heads)\s+$/,
  /**
   * A context of negotiation beside talksAround's: a signing, a delimitation, a peace process, a "1+1 format". Not a
   * dialogue: ministers who lead their side at the India-Japan 2+2 Dialogue do not negotiate (GUIDE).
   */
  negotiation:
    /\b(?:signed|delimitation|peace\s+(?:process|treaty|agreement)|declaration\s+of\s+principles|\d\+\d\s+format)\b/i,
  /** "the Government of X", "the Transitional Government of X" right before a state. */
  governmentOf: /\b[Gg]overnment\s+of\s+(?:the\s+)?$/,
  /** After a state's name or demonym: its government ("Ethiopia's federal government", "the Sudanese transitional government"). */
  stateGovernment:
    /^(?:['’]s?)?\s+(?:(?:transitional|federal|national|central|Transitional|Federal|National|Central)\s+)?[Gg]overnment\b/,
};

const P = ROL25_PATTERNS;

/** Talks, or a signing, delimitation or peace process, in the sentence or the two before it. */
function negotiating(k: RelKit, s: Sentence): boolean {
  if (talksAround(k, s)) return true;
  return k.ctx.sentences.slice(Math.max(0, s.index - 2), s.index + 1).some((x) => P.negotiation.test(x.text));
}

/**
 * The state whose government the passage tells bare ("the Government delegation"): the one state told with its
 * government up to the sentence ("The Government of Colombia and the FARC-EP …", "the Sudanese transitional
 * government"), else the issuer's; none when two states are told so.
 */
export function governmentStateKey(k: RelKit, s: Sentence): string | undefined {
  const text = k.ctx.text;
  const told = new Map<string, GazetteerHit>();
  for (const h of k.hitsIn(0, s.end).filter((x) => x.type === 'State')) {
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    const after = text.slice(h.end, h.end + 40);
    // rol27: a hit may span "Government of Nepal" itself.
    // rol28: or "the Yemeni Government" itself.
    const inside = /^(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?[Gg]overnment\s+of\s|\s[Gg]overnment$/.test(
      text.slice(h.start, h.end),
    );
    if (inside || P.governmentOf.test(before) || P.stateGovernment.test(after)) told.set(h.name, h);
  }
  if (told.size > 1) return undefined;
  const [only] = told.values();
  return only ? k.hitKeys.get(only) : homeKey(k);
}

/** A side told at `start`..`end` (a gazetteer side, or the bare government), as an entity key. */
type Told = { start: number; end: number; key: string | undefined };

/** The sides of the sentence: gazetteer states and organisations, and the bare government. */
function sidesOf(k: RelKit, s: Sentence): Told[] {
  const out: Told[] = k
    .hitsIn(s.start, s.end)
    .filter(isSide)
    .map((h) => ({ start: h.start, end: h.end, key: k.hitKeys.get(h) }));
  for (const m of s.text.matchAll(P.government)) {
    const start = s.start + m.index + m[0].length - m[0].replace(/^(?:the|The)\s+/, '').length;
    out.push({ start, end: s.start + m.index + m[0].length, key: governmentStateKey(k, s) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Rule negotiates-for.gapped-side-by: in talks, "The Transnistrian side was headed by A, the Moldovan side by Deputy
 * Prime Minister B", "Armenia's delegation was led by A; Azerbaijan's by B", "The movement's delegation is headed by A,
 * the government's by B": the side before the passive cue for the person after it, each gapped side for the person
 * after its "by". Not a chair ("chaired by") and not outside talks or a signing.
 */
function gappedSideBy(k: RelKit, s: Sentence): void {
  // The passive cue first: reading the sides may add the issuer's state, which a sentence without one must not do.
  const cues = [...s.text.matchAll(P.headedBy)];
  if (!cues.length || !negotiating(k, s)) return;
  const text = k.ctx.text;
  const sides = sidesOf(k, s);
  for (const cue of cues) {
    const at = s.start + cue.index;
    const first = sides
      .filter((x) => x.end <= at && P.sideToCue.test(text.slice(x.end, at)))
      .filter((x) => !P.insideTail.test(text.slice(Math.max(s.start, x.start - 40), x.start)))
      // A side with no noun of its own opens its clause ("The Taliban was represented by"), not "… talks with Tanzania".
      .filter((x) => P.sideNounAfter.test(text.slice(x.end, at)) || P.clauseStart.test(text.slice(s.start, x.start)))
      .pop();
    const agent = personAt(k, s, at + cue[0].length, P.titleGap);
    if (!agent) continue;
    // The first side may be no side the gazetteer knows ("The Republic's team is led by A and the Taliban's by B").
    if (first) relate(k, agent, first.key, s, 'negotiates-for.gapped-side-by');
    let from = agent[0].end;
    for (const x of sides.filter((y) => y.start >= agent[0].end)) {
      const by = P.gapAfter.exec(text.slice(x.end, s.end));
      if (!by || !P.gapBefore.test(text.slice(from, x.start))) continue;
      const p = personAt(k, s, x.end + by[0].length, P.titleGap);
      if (!p) continue;
      relate(k, p, x.key, s, 'negotiates-for.gapped-side-by');
      from = p[0].end;
    }
  }
}

/**
 * Rule negotiates-for.our-delegation: in talks, "Our delegation was headed by the Minister …, A", "Our chief negotiator,
 * Ambassador A,", "A led our delegation": the issuer's own side, in a readout whose issuer is known.
 */
function ourDelegation(k: RelKit, s: Sentence): void {
  if (!k.people.home || !negotiating(k, s)) return;
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.our)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const after = P.ourAfter.exec(text.slice(end, s.end));
    const agent = after ? personAt(k, s, end + after[0].length, P.titleGap) : beforeAgent(k, s, at);
    if (agent) relate(k, agent, homeKey(k), s, 'negotiates-for.our-delegation');
  }
}

/** The person right before "led our delegation" / ", who heads our delegation". */
function beforeAgent(k: RelKit, s: Sentence, at: number): Person | undefined {
  const text = k.ctx.text;
  const before = k
    .personsIn(s.index)
    .filter(([p]) => p.end <= at)
    .pop();
  return before && P.ourBefore.test(text.slice(before[0].end, at)) ? before : undefined;
}

function relate(k: RelKit, agent: Person, to: string | undefined, s: Sentence, rule: string): void {
  if (to && agent[1] !== to) k.ctx.relate('NEGOTIATES_FOR', agent[1], to, s.index, rule);
}

/** Each rule's trigger words (a sentence holding none is skipped). */
export const ROL25_GATES = {
  gappedSideBy: wordGate('headed', 'led', 'represented'),
  ourDelegation: wordGate('our'),
};

const gated = {
  gappedSideBy: whenWord(ROL25_GATES.gappedSideBy, gappedSideBy),
  ourDelegation: whenWord(ROL25_GATES.ourDelegation, ourDelegation),
};

/** Adds the rol25 rules' relations. */
export function addRol25Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.gappedSideBy(k, s);
    gated.ourDelegation(k, s);
  }
}
