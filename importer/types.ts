// Internal types of the importer stages (load → split → extract → resolve). The output contract
// (Extraction, DocumentForWrite) lives in graph/types.ts.
import type { EntityLabel, FactType } from '../graph/schema.ts';
import type { EntityProps } from '../graph/types.ts';

/** A readout file read and reduced to plain text, with its metadata. */
export interface LoadedDocument {
  /** Base name of the input file. */
  file: string;
  title: string;
  /** ISO date of the readout (front matter, date line, file name or first full date in the text). */
  date?: string;
  source?: string;
  /** The government or organisation that published it (front matter `issuer`/`source`, else inferred). */
  issuer?: string;
  url?: string;
  /** Plain text (HTML reduced to its article body); every offset points into it. */
  text: string;
  /** sha256 of the raw file bytes (hex). */
  sha256: string;
}

/** One sentence (or heading) with its character offsets in the document text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  /** A heading or title line rather than running prose. */
  heading: boolean;
}

/** An entity candidate: one surface mention with the canonical name proposed by a rule. */
export interface EntityCandidate {
  /** Unique within a document; relations refer to candidates by key. */
  key: string;
  type: EntityLabel;
  /** Proposed canonical name (before coreference). */
  name: string;
  /** The text as written, and its offsets in the document text (end exclusive). */
  surface: string;
  start: number;
  end: number;
  sentence: number;
  rule: string;
  props: EntityProps;
  /** False for a mention that only refers (pronoun, "the two leaders"): adds no alias. */
  alias?: boolean;
}

/** A relation between two candidates, with the sentence it was read from. */
export interface RelationCandidate {
  type: FactType;
  from: string;
  to: string;
  sentence: number;
  rule: string;
  former?: boolean;
}
