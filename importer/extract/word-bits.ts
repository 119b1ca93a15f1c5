// Trigger words as bits (issue 9, perf19a): every word or stem a word gate names (gates.ts, `wordGate`) gets a bit; a
// sentence's bits are those of its words, made once per sentence (`Ctx.sentenceWords`); a gate asks whether its bits
// and the sentence's meet: a few integer operations instead of a look-up per trigger word.

/** The bit of each trigger word, and the stems ("negotiat*") with theirs. */
const bitOf = new Map<string, number>();
const stems: [string, number][] = [];

/**
 * The trigger words and stems as a trie over their characters (a-z, 0-9, "_": the word characters of `wordsIn`), so that
 * a text's bits are read character by character, without a string per word (perf20a). A node is a number (0: the root);
 * `trieNext[node * SLOTS + slot]` is its child by a character's slot (0: none), `wordEnd` / `stemEnd` the bit + 1 of the
 * word or stem ending at it (0: none).
 */
const SLOTS = 37;
let trieNext = new Int32Array(SLOTS * 256);
let wordEnd = new Int32Array(256);
let stemEnd = new Int32Array(256);
let nodes = 1;

/** The slot of an ASCII character's code (a-z 0-25, 0-9 26-35, "_" 36), -1 for any other. */
const SLOT_OF = Int8Array.from({ length: 128 }, (_, c) =>
  c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : c === 95 ? 36 : -1,
);

function addToTrie(t: string, bit: number, isStem: boolean): void {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const k = c < 128 ? SLOT_OF[c]! : -1;
    if (k < 0) throw new Error(`word bits: "${t}" holds a character no word holds`);
    if (trieNext[n * SLOTS + k] === 0) {
      if (nodes === wordEnd.length) grow();
      trieNext[n * SLOTS + k] = nodes++;
    }
    n = trieNext[n * SLOTS + k]!;
  }
  (isStem ? stemEnd : wordEnd)[n] = bit + 1;
}

function grow(): void {
  const size = wordEnd.length * 2;
  const more = (a: Int32Array, n: number) => {
    const b = new Int32Array(n);
    b.set(a);
    return b;
  };
  [trieNext, wordEnd, stemEnd] = [more(trieNext, size * SLOTS), more(wordEnd, size), more(stemEnd, size)];
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

/** Whether `c` (a UTF-16 code) is a word character of `wordsIn`: a-z, 0-9 or "_". */
const isWordCode = (c: number): boolean => c < 128 && SLOT_OF[c]! >= 0;

/**
 * Whether `word` (lower case, ASCII word characters) is one of `wordsIn(lower)`, or with `whole` false starts one (a
 * stem): an occurrence with no word character before it (and none after it when whole).
 */
export function standsAsWord(lower: string, word: string, whole: boolean): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      (at === 0 || !isWordCode(lower.charCodeAt(at - 1))) &&
      (!whole || end === lower.length || !isWordCode(lower.charCodeAt(end)))
    )
      return true;
  }
  return false;
}

/**
 * The bits of a text's words (`text` and its lower case): the bit of each of `wordsIn(lower)` that is a trigger word,
 * and of each stem one of them starts with, read in one pass over `lower` through the trie. Undefined (the gates then
 * let everything through) for a text holding the long s or the Kelvin sign, which a pattern of flag iu reads as the
 * letters "s" and "k" and one without as no letter at all, or "İ", whose lower case "i̇" joins the word before it (perf29).
 */
export function wordBits(text: string, lower: string): WordBits {
  if (text.includes('ſ') || text.includes('\u212A') || text.includes('\u0130')) return undefined;
  const size = bitCount();
  const bits = new Uint32Array((size >> 5) + 1);
  // `node`: the trie node of the current word's characters so far (0 between words); `lost` once no trigger starts so.
  let node = 0;
  let lost = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const k = c < 128 ? SLOT_OF[c]! : -1;
    if (k >= 0) {
      if (lost) continue;
      node = trieNext[node * SLOTS + k]!;
      lost = node === 0;
      const stem = stemEnd[node]! - 1;
      if (stem >= 0) bits[stem >> 5]! |= 1 << (stem & 31);
    } else {
      const word = lost ? -1 : wordEnd[node]! - 1;
      if (word >= 0) bits[word >> 5]! |= 1 << (word & 31);
      node = 0;
      lost = false;
    }
  }
  return { bits, size };
}
