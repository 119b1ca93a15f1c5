// The working state of one document's extraction: candidates, relation candidates and lookups, shared by rules.
import { isAllowedRelation, type EntityLabel, type FactType } from '../../graph/schema.ts';
import type { EntityProps } from '../../graph/types.ts';
import { SchemaViolationError } from '../errors.ts';
import type { EntityCandidate, LoadedDocument, RelationCandidate, Sentence } from '../types.ts';

export class Ctx {
  readonly entities: EntityCandidate[] = [];
  readonly relations: RelationCandidate[] = [];
  /** Relations a rule made with an end that is no candidate (a rule bug; an error under test). */
  readonly dropped: string[] = [];
  constructor(
    readonly doc: LoadedDocument,
    readonly sentences: Sentence[],
  ) {}

  get text(): string {
    return this.doc.text;
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
    const key = `c${this.entities.length}`;
    const start = span?.start ?? 0;
    const end = span?.end ?? 0;
    this.entities.push({
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
    });
    return key;
  }

  /** Adds a relation candidate, checking the ontology's endpoints (a violation is a rule bug). */
  relate(type: FactType, from: string, to: string, sentence: number, rule: string, former?: boolean): void {
    const f = this.entities.find((e) => e.key === from);
    const t = this.entities.find((e) => e.key === to);
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
    this.relations.push({ type, from, to, sentence, rule, ...(former ? { former } : {}) });
  }
}
