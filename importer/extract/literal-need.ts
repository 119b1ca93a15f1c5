// The literals a regex's every match needs, read from its source (issue 9, perf24a): a small, conservative analyser of
// a pattern's syntax. `literalNeed(re)` gives words one of which every text holding a match of `re` holds (a match's own
// characters, or what a positive lookaround asks to stand beside it), or undefined when it cannot tell; `need.holds(s)`
// looks them up, so a helper that runs many patterns on many sentences skips a pattern on a sentence lacking its
// words without running it. This file imports nothing, so that text.ts can use it.

/**
 * Words one of which every text holding a match holds; `lower`: the pattern's i flag, its ASCII letters written in
 * lower case and the words matched in any case as the pattern matches them; `holds(s)` looks them up.
 */
export interface LiteralNeed {
  readonly words: readonly string[];
  readonly lower: boolean;
  readonly holds: (s: string) => boolean;
}

/** What a piece of a pattern matches: `exact`, the few strings it matches (when it can tell); `need`, words one of
 * which every text holding a match of it holds (undefined: none known). */
interface Piece {
  exact?: string[];
  need?: string[];
  /** Zero-width (an anchor, `\b`, a lookaround): no characters, and the strings beside it are not joined. */
  zero?: boolean;
  /** Cue mode: every match of it ends with a delimiter, or is empty with one right before it. */
  tail?: boolean;
}

/** At most this many strings in a piece's exact set or a need (a longer list is dropped: no need known). */
const MAX_SET = 24;

class Bail extends Error {}

/** The pattern's source read once, left to right (the syntax of ECMAScript regexes without the v flag). */
class Reader {
  at = 0;
  constructor(
    readonly src: string,
    readonly fold: boolean,
    readonly unicode: boolean,
    /** Cue mode (`wordCues`): word boundaries and non-word characters read as the mark DELIM, so that words stand out. */
    readonly cues = false,
  ) {}

  /** Cue mode: whether a delimiter stands right before the piece being read (its branches' runs start with one). */
  lead = false;

  /** A disjunction up to `)` or the end. */
  alternatives(): Piece {
    const lead = this.lead;
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      this.lead = lead;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? small(branches.flatMap((b) => b.exact!)) : undefined;
    const need = branches.every((b) => b.need) ? small(branches.flatMap((b) => b.need!)) : undefined;
    return { exact, need: need && minimal(need), tail: branches.every((b) => b.tail) };
  }

  /**
   * Terms up to `|`, `)` or the end: consecutive exact pieces joined (a zero-width piece takes no characters, so the
   * pieces on either side of it join too), the best need of any piece kept.
   */
  sequence(): Piece {
    const needs: string[][] = [];
    let run: string[] | undefined = [this.lead ? DELIM : ''];
    let whole = true;
    const close = (): void => {
      const n = nonEmpty(run);
      if (n) needs.push(n);
      run = undefined;
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      if (this.cues) this.lead = !!run && run.every((x) => x.endsWith(DELIM));
      const p = this.quantified();
      if (p.need) needs.push(p.need);
      if (p.zero) continue;
      if (!p.exact) {
        whole = false;
        close();
        // Cue mode: after a piece ending with a delimiter the next run starts with one.
        if (p.tail) run = [DELIM];
        continue;
      }
      const joined: string[] | undefined = run && small(run.flatMap((x) => p.exact!.map((y) => x + y)));
      if (!joined && run) {
        whole = false;
        close();
      }
      run = joined ?? p.exact;
    }
    const exact = whole ? run : undefined;
    const tail = this.cues && !!run && run.every((x) => x.endsWith(DELIM));
    close();
    return { exact, need: best(needs, this.cues), tail };
  }

  /** A term and its quantifier, if any. */
  quantified(): Piece {
    const lead = this.lead;
    const p = this.term();
    const q = this.quantifier();
    if (!q) return p;
    if (p.zero) throw new Bail('quantified assertion');
    const [min, max] = q;
    // Cue mode: a run of non-word characters (`\s+`, `[,;\s]*`) is one delimiter, or none.
    if (this.cues && p.exact?.every((x) => x !== '' && [...x].every(isDelim)))
      return { exact: min >= 1 ? [DELIM] : [DELIM, ''] };
    if (min === 1 && max === 1) return p;
    if (min === 0 && max === 1 && p.exact) return { exact: small([...p.exact, '']) };
    if (min === 0) return { tail: !!p.tail && lead };
    return { need: p.need ?? (p.exact && !p.exact.includes('') ? p.exact : undefined), tail: p.tail };
  }

  /** `*`, `+`, `?` or `{n,m}` (and a lazy `?`): [min, max], or undefined when none follows. */
  quantifier(): [number, number] | undefined {
    const c = this.src[this.at];
    let q: [number, number] | undefined;
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Bail('a brace that is no quantifier');
      const min = Number(m[1]);
      q = [min, m[2] ? (m[3] ? Number(m[3]) : Infinity) : min];
      this.at += m[0].length - 1;
    }
    if (!q) return undefined;
    this.at++;
    if (this.src[this.at] === '?') this.at++;
    return q;
  }

  term(): Piece {
    const c = this.src[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '^' || c === '$') return this.cues ? { exact: [DELIM] } : { zero: true };
    if (c === '.') return {};
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Bail('nothing to repeat');
    // A surrogate pair is one character under the u flag: keep both halves together.
    if (this.unicode && /[\uD800-\uDBFF]/.test(c) && /[\uDC00-\uDFFF]/.test(this.src[this.at] ?? '')) {
      this.at++;
      return this.literal(c + this.src[this.at - 1]);
    }
    return this.literal(c);
  }

  /**
   * A literal character: exact. Under the i flag an ASCII letter is written in lower case (`[Tt]` is one word); the
   * need's look-up then matches the words with the pattern's own case flags, so any other character folds as in it.
   */
  literal(ch: string): Piece {
    return { exact: [this.fold && ch.length === 1 && ch.charCodeAt(0) < 128 ? ch.toLowerCase() : ch] };
  }

  group(): Piece {
    const start = ++this.at;
    let kind = 'capture';
    if (this.src[this.at] === '?') {
      const m = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.at));
      if (!m) throw new Bail('an unknown group');
      kind = m[1]!.startsWith('<') && m[1] !== '<=' && m[1] !== '<!' ? 'capture' : m[1]!;
      this.at += m[0].length;
    }
    const inner = this.alternatives();
    if (this.src[this.at] !== ')') throw new Bail('an unclosed group');
    this.at++;
    if (this.cues) {
      const cue = this.lookaroundCue(kind, inner, start);
      if (cue) return cue;
    }
    if (kind === '!' || kind === '<!') return { zero: true };
    // A positive lookaround's words stand in the text (beside the match), not in the match itself.
    if (kind === '=' || kind === '<=') return { zero: true, need: inner.need ?? nonEmpty(inner.exact) };
    return { exact: inner.exact, need: inner.need ?? nonEmpty(inner.exact), tail: inner.tail };
  }

  /**
   * Cue mode: a lookaround that asks for a non-word character beside the match (`(?=[\s,])`, `(?<=\s)`), or for no word
   * character (`(?!\w)`, `(?![\w-])`), is a delimiter there.
   */
  lookaroundCue(kind: string, inner: Piece, start: number): Piece | undefined {
    const body = this.src.slice(start, this.at - 1).replace(/^\?(?:=|!|<=|<!)/, '');
    if ((kind === '!' || kind === '<!') && /^(?:\\w|\[(?!\^)(?:[^\]\\]|\\.)*\\w(?:[^\]\\]|\\.)*\])$/.test(body))
      return { exact: [DELIM] };
    const edge = (x: string) => (kind === '=' ? x[0] : x[x.length - 1]);
    if ((kind === '=' || kind === '<=') && inner.exact?.every((x) => x !== '' && isDelim(edge(x)!)))
      return { exact: [DELIM] };
    return undefined;
  }

  /** A class: exact when it lists a few literal characters (`[Tt]`, `['’]`), else any character. */
  charClass(): Piece {
    const start = ++this.at;
    let plain = this.src[this.at] !== '^';
    // Cue mode: a class of non-word characters only (`[\s,;]`) is a delimiter.
    let delims = plain;
    const chars: string[] = [];
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      const c = this.src[this.at]!;
      if (c === '\\') {
        const next = this.src[this.at + 1] ?? '';
        if (/[\\\]\-.^$*+?()[{}|/'’"]/.test(next)) chars.push(next);
        else {
          plain = false;
          if (!'sW'.includes(next)) delims = false;
        }
        this.at += 2;
        continue;
      }
      if (c === '-' && this.at > start && this.src[this.at + 1] !== ']') plain = delims = false;
      if (c === '[' && !this.unicode) plain = false;
      chars.push(c);
      this.at++;
    }
    if (this.src[this.at] !== ']') throw new Bail('an unclosed class');
    this.at++;
    if (this.cues && delims && this.at - start > 1 && chars.every(isDelim)) return { exact: [DELIM] };
    if (!plain || chars.length === 0 || chars.some((c) => /[\uD800-\uDFFF]/.test(c))) return {};
    const pieces = chars.map((c) => this.literal(c));
    return pieces.every((p) => p.exact) ? { exact: small(pieces.flatMap((p) => p.exact!)) } : {};
  }

  escape(): Piece {
    const c = this.src[this.at + 1];
    if (c === undefined) throw new Bail('a trailing backslash');
    this.at += 2;
    if (c === 'b' && this.cues) return { exact: [DELIM] };
    if (c === 'b' || c === 'B') return { zero: true };
    if ((c === 's' || c === 'W') && this.cues) return { exact: [DELIM] };
    if ('dDwWsS'.includes(c)) return {};
    if (c === 'p' || c === 'P') {
      if (this.unicode && this.src[this.at] === '{') this.at = this.src.indexOf('}', this.at) + 1;
      return this.unicode ? {} : this.literal(c);
    }
    if (c === 'k' && this.src[this.at] === '<') {
      this.at = this.src.indexOf('>', this.at) + 1;
      return {};
    }
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.src[this.at] ?? '')) this.at++;
      return {};
    }
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (controls[c]) return this.literal(controls[c]);
    // \0, \cX, \xHH, \uHHHH and \u{…}: read as any character (rare in the rules' patterns).
    if ('0cxu'.includes(c)) return this.skipCode(c);
    if (/[A-Za-z]/.test(c)) throw new Bail(`an unknown escape \\${c}`);
    return this.literal(c);
  }

  skipCode(c: string): Piece {
    const m = { '0': /^/, c: /^[A-Za-z]/, x: /^[0-9A-Fa-f]{2}/, u: /^(?:[0-9A-Fa-f]{4}|\{[0-9A-Fa-f]+\})/ }[c]!.exec(
      this.src.slice(this.at),
    );
    if (!m) throw new Bail(`an odd escape \\${c}`);
    this.at += m[0].length;
    return {};
  }
}

/** `xs` without repeats, or undefined when more than MAX_SET. */
function small(xs: string[]): string[] | undefined {
  const set = [...new Set(xs)];
  return set.length <= MAX_SET ? set : undefined;
}

const nonEmpty = (xs: string[] | undefined): string[] | undefined => (xs && !xs.includes('') ? xs : undefined);

/** The words of a need that hold no other of its words (a text holding "agreements" holds "agreement"). */
function minimal(words: string[]): string[] {
  return words.filter((w, i) => !words.some((v, j) => j !== i && w.includes(v) && (v !== w || j < i)));
}

/**
 * The need most likely to fail on a text that holds no match: its shortest word longest, then the fewest words; in cue
 * mode by the words' cues (`cueOf`), a need with a word without one last.
 */
function best(needs: string[][], cues = false): string[] | undefined {
  let top: string[] | undefined;
  let topLen = 0;
  for (const raw of needs) {
    const n = minimal(raw);
    const len = Math.min(...n.map((w) => (cues ? cueLength(w) : w.length)));
    const fewer = top && (n.length < top.length || (cues && n.length === top.length && wholes(n) > wholes(top)));
    if (len > topLen || (len === topLen && fewer)) [top, topLen] = [n, len];
  }
  return top;
}

/**
 * The words one of which every text holding a match of `re` holds, or undefined when the source says none (or the
 * analyser cannot read it: the v flag, modifiers). With the i flag the words are ASCII lower case, looked up by a small
 * pattern of them with the i flag (and `re`'s u flag: "ſ" and the Kelvin sign match as they match in `re`).
 */
export function literalNeed(re: RegExp): LiteralNeed | undefined {
  if (re.flags.includes('v')) return undefined;
  const fold = re.ignoreCase;
  const reader = new Reader(re.source, fold, re.unicode);
  let words: string[] | undefined;
  try {
    const p = reader.alternatives();
    if (reader.at !== re.source.length) return undefined;
    words = p.need ?? nonEmpty(p.exact && minimal(p.exact));
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
  if (!words) return undefined;
  return { words, lower: fold, holds: fold ? anyCase(words, re.unicode) : anyOf(words) };
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A look-up of words in any case: a pattern of them with the i flag (and the u flag as the rule's pattern has it). */
function anyCase(words: readonly string[], unicode: boolean): (s: string) => boolean {
  const re = new RegExp(words.map(escape).join('|'), unicode ? 'iu' : 'i');
  return (s) => re.test(s);
}

/** A look-up of words as written (`includes`). */
function anyOf(words: readonly string[]): (s: string) => boolean {
  return (s) => {
    for (let i = 0; i < words.length; i++) if (s.includes(words[i]!)) return true;
    return false;
  };
}

const CHECK_GATES = !!process.env.VITEST;

/**
 * A call-site check made once, at load, from the literals every match of `re` needs (issue 9, perf25a): false for a
 * string lacking all of them, on which `re` cannot match; always true when the analyser finds none. A rule that runs
 * `re` on every sentence asks it once of the whole text (a sentence is a slice of it), so a readout without the words
 * skips the loop. Under the tests (VITEST) every "no" is checked against `re` itself.
 */
export function literalGate(re: RegExp): (s: string) => boolean {
  const need = literalNeed(re);
  if (!need) return () => true;
  if (!CHECK_GATES) return need.holds;
  const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  return (s) => {
    const may = need.holds(s);
    if (!may && plain.test(s)) throw new Error(`literalGate: ${need.words.join('|')} misses a match of /${re.source}/`);
    return may;
  };
}

/**
 * The mark of a delimiter in cue mode: a word boundary (`\b`, `^`, `$`), or one or more non-word characters (`\s+`,
 * `[,;\s]`). It never stands in a pattern's literal (a control character).
 */
const DELIM = '\u0001';

/** Whether a character of a cue-mode string parts words: the mark, or an ASCII character that is no word character. */
function isDelim(ch: string): boolean {
  if (ch === DELIM) return true;
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c < 128 && !/[A-Za-z0-9_]/.test(ch);
}

/**
 * The cue of a cue-mode string: its longest run of ASCII word characters (lower case) with a delimiter before it, as
 * [word, whole]: whole when a delimiter follows it too (a word of the text), else a stem (a word of the text starts
 * with it). Undefined when no run has a delimiter before it, or the string holds a character whose case folding or
 * lower case is an ASCII letter ("ſ", the Kelvin sign, "İ").
 */
function cueOf(w: string): [string, boolean] | undefined {
  if (/[\u017F\u212A\u0130]/.test(w)) return undefined;
  let top: [string, boolean] | undefined;
  for (const m of w.matchAll(/[A-Za-z0-9_]+/g)) {
    if (m.index === 0) continue;
    const word = m[0].toLowerCase();
    const whole = m.index + m[0].length < w.length;
    if (!top || word.length > top[0].length || (word.length === top[0].length && whole && !top[1])) top = [word, whole];
  }
  return top;
}

/** How many of a need's strings have a whole word as their cue (a stem is the weaker cue). */
const wholes = (n: string[]): number => n.filter((w) => cueOf(w)?.[1]).length;

/** How good a string's cue is: its length (0 for none). */
const cueLength = (w: string): number => cueOf(w)?.[0].length ?? 0;

/** Word cues: words (and stems, words starting with them) one of which every match holds as a word of the text. */
export interface WordCues {
  readonly words: readonly string[];
  readonly stems: readonly string[];
}

/**
 * The word cues of `re` (issue 9, perf29), read from its source as `literalNeed` reads its literals, with word
 * boundaries (`\b`, `^`, `$`, a lookaround asking for a non-word character) and non-word characters (`\s`, `\W`,
 * punctuation, classes of them) as delimiters: every match of `re` in a string holds one of the words as a word of that
 * string (`wordsIn`: a run of ASCII letters, digits and "_", any case), or one starting with one of the stems. Only for
 * a pattern run on the very string whose words are looked up (a sentence's text): `^`, `$` and `\b` at a slice's
 * edges say nothing of the string it was cut from. Undefined when the source gives no cue.
 */
export function wordCues(re: RegExp): WordCues | undefined {
  if (re.flags.includes('v')) return undefined;
  const reader = new Reader(re.source, re.ignoreCase, re.unicode, true);
  let found: string[] | undefined;
  try {
    const p = reader.alternatives();
    if (reader.at !== re.source.length) return undefined;
    found = p.need ?? nonEmpty(p.exact && minimal(p.exact));
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
  if (!found) return undefined;
  const cues = found.map(cueOf);
  if (cues.some((c) => !c)) return undefined;
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const [w, whole] of cues as [string, boolean][]) (whole ? words : stems).add(w);
  return { words: [...words], stems: [...stems] };
}
