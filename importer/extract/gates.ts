// Trigger-word gates for whole rules (issue 9, perf18a): a rule whose every pattern needs one of a few words is not
// run on a sentence (or a text) holding none of them. The words are named data next to the rule, in lower case; the
// sentence's or text's lower case is made once per document (`Ctx.lowerSentence`, `Ctx.lowerText`). Under the tests
// (VITEST) a rule a gate skips is run all the same and must change nothing (no candidate, no relation, no call of a
// function it was given such as `add`), so that a rule changed without its words fails loudly instead of losing facts.
import { Ctx } from './context.ts';
import { meets, standsAsWord, triggerBits, type WordBits } from './word-bits.ts';
import type { Sentence } from '../types.ts';
import { holdsAny } from './text.ts';
import { wordCues } from './literal-need.ts';

/** Lower-case words, one of which every sentence (or text) a rule can act on holds. */
export type Triggers = readonly string[];

/** What a gated rule gets first: the document's context or a kit holding it. */
type HasCtx = Ctx | { ctx: Ctx };

const CHECK_GATES = !!process.env.VITEST;

const ctxOf = (a: HasCtx): Ctx => (a instanceof Ctx ? a : a.ctx);

/** Whether a lower-case text holds one of the trigger words. */
export const holdsTrigger = (lower: string, words: Triggers): boolean => holdsAny(lower, words);

/** `rule(k, s, …)`, run only on a sentence holding one of `words` in any case. */
export function whenWords<K extends HasCtx, R extends unknown[]>(
  words: Triggers,
  rule: (k: K, s: Sentence, ...rest: R) => void,
): (k: K, s: Sentence, ...rest: R) => void {
  return (k, s, ...rest) => {
    if (holdsAny(ctxOf(k).lowerSentence(s), words)) rule(k, s, ...rest);
    else if (CHECK_GATES)
      checkSkipped(rule.name, s.text, [k, s, ...rest], (args) => rule(...(args as [K, Sentence, ...R])));
  };
}

/** `rule(k, …)`, run only on a text holding one of `words` in any case. */
export function whenTextWords<K extends HasCtx, R extends unknown[]>(
  words: Triggers,
  rule: (k: K, ...rest: R) => void,
): (k: K, ...rest: R) => void {
  return (k, ...rest) => {
    if (holdsAny(ctxOf(k).lowerText(), words)) rule(k, ...rest);
    else if (CHECK_GATES)
      checkSkipped(rule.name, ctxOf(k).doc.file, [k, ...rest], (args) => rule(...(args as [K, ...R])));
  };
}

/**
 * Trigger words looked up as whole words (perf19a): "led" is a word of the sentence, not a part of "called" as with
 * `whenWords`; "negotiat*" a stem some word starts with. A word or stem that a rule's patterns need only where `\b`
 * (or a space, a punctuation mark, the sentence's start or end) bounds it; lower case, ASCII letters and digits.
 */
export interface WordGate {
  readonly words: readonly string[];
  readonly stems: readonly string[];
  /** The bits of its words and stems (word-bits.ts), and the highest. */
  readonly bits: Uint32Array;
  readonly top: number;
  /** A small pattern of marks a sentence (or text) without any of the words may hold instead (`orMarks`). */
  readonly marks?: RegExp;
}

/** The gate of trigger words and stems ("negotiat*"). */
export function wordGate(...triggers: (string | readonly string[])[]): WordGate {
  const all = triggers.flat();
  const bad = all.find((t) => !/^[a-z0-9_]+\*?$/.test(t));
  if (bad !== undefined) throw new Error(`word gate: "${bad}" is no lower-case word or stem`);
  const words = all.filter((t) => !t.endsWith('*'));
  const stems = all.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1));
  const [bits, top] = triggerBits(words, stems);
  return { words, stems, bits, top };
}

/** A gate that also lets through a sentence (or text) holding a match of `marks` ("…: for Tuvalu, X; …"). */
export const orMarks = (gate: WordGate, marks: RegExp): WordGate => ({ ...gate, marks });

/** Whether a text's words (their bits; undefined: unknown) hold one of a gate's words or one starting with its stems. */
export const holdsWord = (words: WordBits, gate: WordGate): boolean => meets(words, gate.bits, gate.top);

/** Whether a sentence of the document holds one of a gate's words (a group of rules asks it once). */
export const sentenceHas = (k: HasCtx, s: Sentence, gate: WordGate): boolean =>
  holdsWord(ctxOf(k).sentenceWords(s), gate) || (!!gate.marks && gate.marks.test(s.text));

/**
 * Whether the document's text holds one of a gate's words: by the text's bits, its sentences' together
 * (`Ctx.textWords`, made once a document; perf30b), which say what `textHoldsWord` does.
 */
export const textHas = (k: HasCtx, gate: WordGate): boolean => {
  const ctx = ctxOf(k);
  const has = holdsWord(ctx.textWords(), gate);
  if (CHECK_GATES && has !== textHoldsWord(ctx.text, ctx.lowerText(), gate))
    throw new Error(`textHas: the text's bits and its words disagree on the gate ${gate.words.join('|')}`);
  return has || (!!gate.marks && gate.marks.test(ctx.text));
};

/** What `holdsWord(wordBits(text, lower), gate)` says once the gate's words have bits, by a search for each word. */
export function textHoldsWord(text: string, lower: string, gate: WordGate): boolean {
  if (foldsOddly(text)) return true;
  return gate.words.some((w) => standsAsWord(lower, w, true)) || gate.stems.some((w) => standsAsWord(lower, w, false));
}

/** The last text asked of `foldsOddly`, and the answer. */
let oddText: string | undefined;
let odd = false;

/**
 * Whether a text holds "ſ", the Kelvin sign or "İ" (see `wordBits`), whose words are then unknown: asked of the last
 * text once (perf29: the whole-text gates asked it at every call, a scan of the text each).
 */
function foldsOddly(text: string): boolean {
  if (text !== oddText) {
    oddText = text;
    odd = text.includes('ſ') || text.includes('\u212A') || text.includes('\u0130');
  }
  return odd;
}

/** `rule(k, s, …)`, run only on a sentence holding one of the gate's words (whole words or stems). */
export function whenWord<K extends HasCtx, R extends unknown[]>(
  gate: WordGate,
  rule: (k: K, s: Sentence, ...rest: R) => void,
): (k: K, s: Sentence, ...rest: R) => void {
  return (k, s, ...rest) => {
    if (sentenceHas(k, s, gate)) rule(k, s, ...rest);
    else if (CHECK_GATES)
      checkSkipped(rule.name, s.text, [k, s, ...rest], (args) => rule(...(args as [K, Sentence, ...R])));
  };
}

/** `rule(k, …)`, run only on a text holding one of the gate's words (whole words or stems). */
export function whenTextWord<K extends HasCtx, R extends unknown[]>(
  gate: WordGate,
  rule: (k: K, ...rest: R) => void,
): (k: K, ...rest: R) => void {
  return (k, ...rest) => {
    if (textHas(k, gate)) rule(k, ...rest);
    else if (CHECK_GATES)
      checkSkipped(rule.name, ctxOf(k).doc.file, [k, ...rest], (args) => rule(...(args as [K, ...R])));
  };
}

/**
 * A rule family's gate read from its own patterns (issue 9, perf29): the word cues (`wordCues`, literal-need.ts) of each
 * pattern the family runs on a sentence's text, one of which every match holds as a word of that text. A family whose
 * facts all come from a match of one of `patterns` in a sentence's own text runs only on the sentences holding one of
 * the words (`sentencesFor`, `sentenceCued`): the cues are the sentence's word bits, made once per sentence for every
 * gate. A pattern that gives no cue is an error at load: the family is then to be gated otherwise or not at all.
 */
export interface CueGate extends WordGate {
  readonly patterns: readonly RegExp[];
}

/** The cue gate of a family's patterns (see `CueGate`). */
export function cueGate(...patterns: RegExp[]): CueGate {
  const triggers = patterns.flatMap((re) => {
    // A global or sticky pattern keeps its lastIndex from run to run: a run skipped would change the next one's.
    if (re.global || re.sticky) throw new Error(`cue gate: /${re.source.slice(0, 80)}/ is global or sticky`);
    const cues = wordCues(re);
    if (!cues) throw new Error(`cue gate: /${re.source.slice(0, 80)}/ gives no word cue`);
    return [...cues.words, ...cues.stems.map((w) => `${w}*`)];
  });
  return { ...wordGate(triggers), patterns };
}

let cueGatesOn = true;

/** Tests only: the cue gates off (every sentence let through) or on, to compare the outputs (cue-gates.test.ts). */
export const setCueGates = (on: boolean): void => {
  cueGatesOn = on;
};

/** Whether a family gated by `gate` runs on sentence `s`: it holds one of the gate's words (see `CueGate`). */
export function sentenceCued(k: HasCtx, s: Sentence, gate: CueGate): boolean {
  if (!cueGatesOn || sentenceHas(k, s, gate)) return true;
  if (CHECK_GATES) checkCues(gate, s.text);
  return false;
}

/** The document's sentences a family gated by `gate` runs on (`sentenceCued`), in order. */
export function sentencesFor(k: HasCtx, gate: CueGate): Sentence[] {
  const ctx = ctxOf(k);
  if (!cueGatesOn) return ctx.sentences;
  const out: Sentence[] = [];
  for (const s of ctx.sentences) if (sentenceCued(ctx, s, gate)) out.push(s);
  return out;
}

/** Tests only: a sentence a cue gate kept out holds no match of its patterns. */
function checkCues(gate: CueGate, text: string): void {
  for (const re of gate.patterns)
    if (new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(text))
      throw new Error(`cue gate ${gate.words.join('|')} missed /${re.source.slice(0, 80)}/ in "${text.slice(0, 120)}"`);
}

/** Runs a skipped rule all the same (tests only) and throws if it made anything or called what it was given. */
function checkSkipped(name: string, where: string, args: unknown[], run: (args: unknown[]) => void): void {
  const ctx = ctxOf(args[0] as HasCtx);
  const before = [ctx.entities.length, ctx.relations.length];
  let called = false;
  const watched = args.map((a, i) =>
    i > 0 && typeof a === 'function'
      ? (...xs: unknown[]) => {
          called = true;
          return (a as (...ys: unknown[]) => unknown)(...xs);
        }
      : a,
  );
  run(watched);
  if (called || ctx.entities.length !== before[0] || ctx.relations.length !== before[1])
    throw new Error(`gate of rule ${name} skipped what the rule acts on: "${where.slice(0, 120)}"`);
}
