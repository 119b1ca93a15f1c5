// The working state of one document's extraction: candidates, relation candidates and lookups, shared by rules.
// Stages append candidates and relations; they never edit a candidate's fields directly. The few rules that give an
// event a better name or span go through `rename`/`renameAll`/`respan`, which keep the indexes true. Every lookup is
// an index (by key, by type and name, by type, by sentence, by span), so extraction stays linear in text length.
import { isAllowedRelation, type EntityLabel, type FactType } from '../../graph/schema.ts';
import type { EntityProps } from '../../graph/types.ts';
import { SchemaViolationError } from '../errors.ts';
import type { EntityCandidate, LoadedDocument, RelationCandidate, Sentence } from '../types.ts';
import { stale, wordBits, type WordBits } from './word-bits.ts';

/** A candidate as rules see it: its identity, name and span change only through the context. */
export type Candidate = Readonly<Omit<EntityCandidate, 'props' | 'alias'>> & Pick<EntityCandidate, 'props' | 'alias'>;

/** Candidates of one type sorted by start, with the longest span seen: the span index. */
interface SpanIndex {
  byStart: EntityCandidate[];
  maxLength: number;
}

export class Ctx {
  private readonly all: EntityCandidate[] = [];
  readonly relations: RelationCandidate[] = [];
  /** Relations a rule made with an end that is no candidate (a rule bug; an error under test). */
  readonly dropped: string[] = [];
  private readonly byKey = new Map<string, EntityCandidate>();
  private readonly order = new Map<EntityCandidate, number>();
  /** By type, then name (nested: no key string to make and hash per look-up; perf30b). */
  private readonly byName = new Map<EntityLabel, Map<string, EntityCandidate[]>>();
  private readonly byType = new Map<EntityLabel, EntityCandidate[]>();
  private readonly bySentence = new Map<number, EntityCandidate[]>();
  private readonly spans = new Map<EntityLabel, SpanIndex>();
  private readonly relationsByType = new Map<FactType, RelationCandidate[]>();
  private readonly relationFrom = new Set<string>();
  private lower: string | undefined;
  private readonly lowerSentences: (string | undefined)[] = [];
  private readonly sentenceWordBits: WordBits[] = [];
  private textWordBits: WordBits | null = null;
  private tiled: boolean | undefined;
  constructor(
    readonly doc: LoadedDocument,
    readonly sentences: Sentence[],
  ) {}

  get text(): string {
    return this.doc.text;
  }

  /** The text in lower case, made once: what the rules' trigger words are looked up in (gates.ts). */
  lowerText(): string {
    return (this.lower ??= toLower(this.doc.text));
  }

  /** A sentence's text in lower case, made once for the document's own sentences (gates.ts). */
  lowerSentence(s: Sentence): string {
    if (this.sentences[s.index] !== s) return toLower(s.text);
    return (this.lowerSentences[s.index] ??= toLower(s.text));
  }

  /** The bits of a sentence's words (word-bits.ts), made once for the document's own sentences (gates.ts). */
  sentenceWords(s: Sentence): WordBits {
    if (this.sentences[s.index] !== s) return wordBits(s.text, this.lowerSentence(s));
    const w = this.sentenceWordBits[s.index];
    if (w && !stale(w)) return w;
    return (this.sentenceWordBits[s.index] = wordBits(s.text, this.lowerSentence(s)));
  }

  /**
   * The bits of the text's words (perf30b): those of its sentences together, when the sentences hold every word of
   * the text whole (`tilesWords`: the text's own split), else read from the text. What the whole-text gates ask
   * (gates.ts, `textHas`), made once a document instead of a search of the text for each gate's words.
   */
  textWords(): WordBits {
    if (this.textWordBits !== null && !stale(this.textWordBits)) return this.textWordBits;
    this.tiled ??= tilesWords(this.doc.text, this.sentences);
    if (!this.tiled) return (this.textWordBits = wordBits(this.doc.text, this.lowerText()));
    let out: Uint32Array | undefined;
    let size = Infinity;
    for (const s of this.sentences) {
      const w = this.sentenceWords(s);
      if (!w) return (this.textWordBits = undefined);
      out ??= new Uint32Array(w.bits.length);
      for (let i = 0; i < w.bits.length; i++) out[i]! |= w.bits[i]!;
      size = Math.min(size, w.size);
    }
    return (this.textWordBits = out ? { bits: out, size } : wordBits(this.doc.text, this.lowerText()));
  }

  /** Every candidate, in the order the rules added them. */
  get entities(): readonly Candidate[] {
    return this.all;
  }

  /** The candidates as the extraction's result. */
  candidates(): EntityCandidate[] {
    return this.all;
  }

  /** Index of the sentence containing `offset`. */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Adds an entity candidate; returns its key. */
  add(
    type: EntityLabel,
    name: string,
    span: { surface: string; start: number; end: number } | undefined,
    rule: string,
    props: EntityProps = {},
    alias = true,
  ): string {
    const key = `c${this.all.length}`;
    const start = span?.start ?? 0;
    const end = span?.end ?? 0;
    const c: EntityCandidate = {
      key,
      type,
      name,
      surface: span?.surface ?? name,
      start,
      end,
      sentence: this.sentenceAt(start),
      rule,
      props,
      alias: alias && Boolean(span),
    };
    this.order.set(c, this.all.length);
    this.all.push(c);
    this.byKey.set(key, c);
    push(this.namesOf(type), name, c);
    push(this.byType, type, c);
    push(this.bySentence, c.sentence, c);
    this.indexSpan(c);
    return key;
  }

  /** The candidate of a key. */
  entity(key: string): Candidate | undefined {
    return this.byKey.get(key);
  }

  /** Candidates of a type bearing a name, in the order added. */
  named(type: EntityLabel, name: string | undefined): readonly Candidate[] {
    return (name !== undefined && this.byName.get(type)?.get(name)) || [];
  }

  /** Candidates of a type, in the order added. */
  ofType(type: EntityLabel): readonly Candidate[] {
    return this.byType.get(type) ?? [];
  }

  /** Candidates whose span starts in a sentence, in the order added. */
  inSentence(sentence: number): readonly Candidate[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** Candidates of a type whose span covers [start, end), in the order added. */
  covering(type: EntityLabel, start: number, end: number): Candidate[] {
    const idx = this.spans.get(type);
    if (!idx) return [];
    return this.byOrder(this.startsIn(idx, end - idx.maxLength, start).filter((c) => c.start <= start && c.end >= end));
  }

  /** Candidates of a type whose span lies inside [start, end), in the order added. */
  within(type: EntityLabel, start: number, end: number): Candidate[] {
    const idx = this.spans.get(type);
    if (!idx) return [];
    return this.byOrder(this.startsIn(idx, start, end).filter((c) => c.end <= end));
  }

  /** The first added of several candidates (or undefined). */
  first(...lists: (readonly Candidate[])[]): Candidate | undefined {
    return this.byOrder(lists.flatMap((l) => (l[0] ? [l[0]] : [])))[0];
  }

  /** Gives one candidate a new name. */
  rename(key: string, name: string): void {
    const c = this.byKey.get(key)!;
    if (c.name === name) return;
    remove(this.namesOf(c.type), c.name, c);
    c.name = name;
    this.insertByOrder(c.type, name, [c]);
  }

  /** Renames every candidate of a type named `from` (one event told under two names). */
  renameAll(type: EntityLabel, from: string, to: string): void {
    if (from === to) return;
    const names = this.namesOf(type);
    const moved = names.get(from) ?? [];
    names.delete(from);
    for (const c of moved) c.name = to;
    this.insertByOrder(type, to, moved);
  }

  /** Gives a candidate a new surface and start (its sentence stays that of its first reading). */
  respan(key: string, surface: string, start: number): void {
    const c = this.byKey.get(key)!;
    const idx = this.spans.get(c.type)!;
    idx.byStart.splice(idx.byStart.indexOf(c), 1);
    c.surface = surface;
    c.start = start;
    this.indexSpan(c);
  }

  /** Relations of a type, in the order made. */
  relationsOf(type: FactType): readonly RelationCandidate[] {
    return this.relationsByType.get(type) ?? [];
  }

  /** Whether a relation of a type starts at a candidate. */
  hasRelationFrom(type: FactType, from: string): boolean {
    return this.relationFrom.has(`${type}\u0000${from}`);
  }

  /** Replaces the relation candidates by a subset of them (a rule that splits what earlier rules joined). */
  replaceRelations(kept: readonly RelationCandidate[]): void {
    const list = [...kept];
    this.relations.length = 0;
    this.relationsByType.clear();
    this.relationFrom.clear();
    for (const r of list) {
      this.relations.push(r);
      push(this.relationsByType, r.type, r);
      this.relationFrom.add(`${r.type}\u0000${r.from}`);
    }
  }

  /** Adds a relation candidate, checking the ontology's endpoints (a violation is a rule bug). */
  relate(type: FactType, from: string, to: string, sentence: number, rule: string, former?: boolean): void {
    const f = this.byKey.get(from);
    const t = this.byKey.get(to);
    if (!f || !t) {
      // An unknown end is a rule bug: loud under test, dropped (and counted) in production.
      const msg = `rule ${rule} made ${type} with an unknown end ${!f ? from : to}`;
      if (process.env.VITEST || process.env.NODE_ENV === 'test') throw new SchemaViolationError(this.doc.file, msg);
      this.dropped.push(msg);
      return;
    }
    if (!isAllowedRelation(type, f.type, t.type))
      throw new SchemaViolationError(
        this.doc.file,
        `rule ${rule} made ${type} from ${f.type} "${f.name}" to ${t.type} "${t.name}"`,
      );
    const r: RelationCandidate = { type, from, to, sentence, rule, ...(former ? { former } : {}) };
    this.relations.push(r);
    push(this.relationsByType, type, r);
    this.relationFrom.add(`${type}\u0000${from}`);
  }

  private indexSpan(c: EntityCandidate): void {
    let idx = this.spans.get(c.type);
    if (!idx) this.spans.set(c.type, (idx = { byStart: [], maxLength: 0 }));
    idx.byStart.splice(lowerBound(idx.byStart, c.start + 1), 0, c);
    idx.maxLength = Math.max(idx.maxLength, c.end - c.start);
  }

  /** Candidates of a span index starting in [from, to]. */
  private startsIn(idx: SpanIndex, from: number, to: number): EntityCandidate[] {
    return idx.byStart.slice(lowerBound(idx.byStart, from), lowerBound(idx.byStart, to + 1));
  }

  private byOrder(list: Candidate[]): Candidate[] {
    return list.sort((a, b) => this.order.get(a as EntityCandidate)! - this.order.get(b as EntityCandidate)!);
  }

  private insertByOrder(type: EntityLabel, name: string, moved: EntityCandidate[]): void {
    const names = this.namesOf(type);
    const merged = [...(names.get(name) ?? []), ...moved];
    names.set(name, this.byOrder(merged) as EntityCandidate[]);
  }

  /** The name index of a type (made on first use). */
  private namesOf(type: EntityLabel): Map<string, EntityCandidate[]> {
    let names = this.byName.get(type);
    if (!names) this.byName.set(type, (names = new Map()));
    return names;
  }
}

/**
 * `s` in lower case, the long s as "s": a pattern of any case (flag i, or iu, whose case folding also takes "ſ" for "s"
 * and the Kelvin sign for "k", which `toLowerCase` gives) can match only where the lower-cased text holds its words.
 */
function toLower(s: string): string {
  const l = s.toLowerCase();
  return l.includes('ſ') ? l.replaceAll('ſ', 's') : l;
}

/** Whether `c` (a UTF-16 code) is an ASCII letter, digit or "_": a character of a word (word-bits.ts, `wordsIn`). */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Whether every word of `text` lies whole in one of `sentences` (in order, each `text.slice(start, end)`): what lies
 * between them is white space, and none starts or ends inside a word. True of `splitSentences(text)`, whose sentences
 * are the lines' non-blank parts cut after a sentence's final mark; then the sentences' words are the text's.
 */
export function tilesWords(text: string, sentences: readonly Sentence[]): boolean {
  let at = 0;
  for (const s of sentences) {
    if (s.start < at || s.end < s.start || s.end > text.length || text.slice(s.start, s.end) !== s.text) return false;
    for (let i = at; i < s.start; i++) if (!WHITE.test(text[i]!)) return false;
    if (s.start > 0 && isWordChar(text.charCodeAt(s.start - 1)) && isWordChar(text.charCodeAt(s.start))) return false;
    if (s.end < text.length && isWordChar(text.charCodeAt(s.end - 1)) && isWordChar(text.charCodeAt(s.end)))
      return false;
    at = s.end;
  }
  for (let i = at; i < text.length; i++) if (!WHITE.test(text[i]!)) return false;
  return true;
}

const WHITE = /\s/;

function push<K, V>(m: Map<K, V[]>, key: K, v: V): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

function remove<K, V>(m: Map<K, V[]>, key: K, v: V): void {
  const list = m.get(key);
  if (!list) return;
  list.splice(list.indexOf(v), 1);
  if (!list.length) m.delete(key);
}

/** First index of a start-sorted list whose start is ≥ `start`. */
function lowerBound(list: EntityCandidate[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
