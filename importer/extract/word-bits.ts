// Trigger words as bits (issue 9, perf19a): every word or stem a word gate names (gates.ts, `wordGate`) gets a bit; a
// sentence's bits are those of its words, made once per sentence (`Ctx.sentenceWords`); a gate asks whether its bits
// and the sentence's meet: a few integer operations instead of a look-up per trigger word.

/** The bit of each trigger word, and the stems ("negotiat*") with theirs. */
const bitOf = new Map<string, number>();
const stems: [string, number][] = [];

/**
 * The trigger words and stems as a trie over their characters (a-z, 0-9, "_": the word characters of `wordsIn`), so that
 * a text's bits are read character by character, without a string per word (perf20a).
 */
interface TrieNode {
  readonly next: (TrieNode | undefined)[];
  /** The bit of the word ending here, or -1. */
  word: number;
  /** The bit of the stem ending here, or -1. */
  stem: number;
}
const trieNode = (): TrieNode => ({ next: new Array<TrieNode | undefined>(37).fill(undefined), word: -1, stem: -1 });
const trie = trieNode();

/** The trie slot of a word character's code (a-z 0-25, 0-9 26-35, "_" 36), or -1 for any other character. */
const slot = (c: number): number => (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : c === 95 ? 36 : -1);

function addToTrie(t: string, bit: number, isStem: boolean): void {
  let n = trie;
  for (let i = 0; i < t.length; i++) {
    const k = slot(t.charCodeAt(i));
    if (k < 0) throw new Error(`word bits: "${t}" holds a character no word holds`);
    n = n.next[k] ??= trieNode();
  }
  if (isStem) n.stem = bit;
  else n.word = bit;
}

/** The bits of a text's words, and how many trigger words there were when they were made (more since: made again). */
export type WordBits = { readonly bits: Uint32Array; readonly size: number } | undefined;

/** How many trigger words and stems have a bit. */
export const bitCount = (): number => bitOf.size + stems.length;

/** Whether bits made earlier miss trigger words registered since. */
export const stale = (w: WordBits): boolean => !!w && w.size < bitCount();

/** The bits of trigger words and stems (stems without their "*"), registering the new ones, and the highest bit. */
export function triggerBits(words: readonly string[], stemList: readonly string[]): [Uint32Array, number] {
  const at = (t: string, isStem: boolean): number => {
    const key = isStem ? `${t}*` : t;
    let b = bitOf.get(key);
    if (b === undefined) {
      b = bitCount();
      if (isStem) stems.push([t, b]);
      bitOf.set(key, b);
      addToTrie(t, b, isStem);
    }
    return b;
  };
  const list = [...words.map((w) => at(w, false)), ...stemList.map((s) => at(s, true))];
  const out = new Uint32Array((Math.max(...list, 0) >> 5) + 1);
  for (const b of list) out[b >> 5]! |= 1 << (b & 31);
  return [out, Math.max(...list, 0)];
}

/**
 * Whether a text's bits (undefined: unknown, so yes) hold one of a gate's; yes too for bits made before the gate's
 * highest bit `top` was registered.
 */
export function meets(w: WordBits, gate: Uint32Array, top: number): boolean {
  if (!w || top >= w.size) return true;
  const n = Math.min(w.bits.length, gate.length);
  for (let i = 0; i < n; i++) if ((w.bits[i]! & gate[i]!) !== 0) return true;
  return false;
}

/**
 * The words of a text as a pattern's `\b` sees them: each run of ASCII letters, digits and "_" of its lower case
 * (`lower`), so that a pattern's literal word between two `\b` (or a space, a punctuation mark, the text's start or
 * end) matches only in a text holding that word.
 */
export function wordsIn(lower: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
    if (word) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out.push(lower.slice(from, i));
      from = -1;
    }
  }
  return out;
}

/**
 * The bits of a text's words (`text` and its lower case): the bit of each of `wordsIn(lower)` that is a trigger word,
 * and of each stem one of them starts with, read in one pass over `lower` through the trie. Undefined (the gates then
 * let everything through) for a text holding the long s or the Kelvin sign, which a pattern of flag iu reads as the
 * letters "s" and "k" and one without as no letter at all.
 */
export function wordBits(text: string, lower: string): WordBits {
  if (text.includes('ſ') || text.includes('\u212A')) return undefined;
  const size = bitCount();
  const bits = new Uint32Array((size >> 5) + 1);
  const set = (b: number) => void (bits[b >> 5]! |= 1 << (b & 31));
  // `at`: the trie node of the current word's characters so far; undefined once no trigger starts so, or between words.
  let at: TrieNode | undefined;
  let inWord = false;
  for (let i = 0; i <= lower.length; i++) {
    const k = i < lower.length ? slot(lower.charCodeAt(i)) : -1;
    if (k >= 0) {
      at = inWord ? at?.next[k] : trie.next[k];
      inWord = true;
      if (at && at.stem >= 0) set(at.stem);
    } else {
      if (at && at.word >= 0) set(at.word);
      at = undefined;
      inWord = false;
    }
  }
  return { bits, size };
}
