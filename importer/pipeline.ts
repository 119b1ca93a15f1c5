// Composes the stages: load → split → extract → resolve. `extractFile` and `extractText` return the
// DocumentForWrite the writer stores; `toExtractionOutput` gives `kg extract`'s JSON shape.
import type { DocumentForWrite, Evidence, Extraction } from '../graph/types.ts';
import { ExtractorError, ImportError } from './errors.ts';
import { extractCandidates } from './extract/index.ts';
import { loadFile, loadFromString } from './load.ts';
import { resolveDocument } from './resolve.ts';
import { splitSentences } from './split.ts';
import type { LoadedDocument } from './types.ts';

export type ExtractorName = 'rules' | 'llm';

/** Runs split → extract → resolve on a loaded document. */
export function extractLoaded(doc: LoadedDocument): DocumentForWrite {
  const sentences = splitSentences(doc.text);
  let cands;
  try {
    cands = extractCandidates(doc, sentences);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(`extraction failed: ${(err as Error).message}`, doc.file, 'extract', { cause: err });
  }
  try {
    return resolveDocument(doc, sentences, cands);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(`resolution failed: ${(err as Error).message}`, doc.file, 'resolve', { cause: err });
  }
}

/**
 * Extracts one readout file (.txt, .md, .html).
 * @throws DocumentLoadError for unreadable or bad input; ImportError for later stages.
 */
export async function extractFile(
  path: string,
  opts: { extractor?: ExtractorName | string } = {},
): Promise<DocumentForWrite> {
  const extractor = opts.extractor ?? 'rules';
  // The optional model-based extractor (importer/llm) is loaded only when asked for.
  if (extractor === 'llm') return (await import('./llm/extract-llm.ts')).extractFileWithLlm(path);
  const doc = await loadFile(path);
  if (extractor !== 'rules')
    throw new ExtractorError(doc.file, `extractor "${extractor}" is not available (rules or llm)`);
  return extractLoaded(doc);
}

/** Extracts readout text given directly (no file); `meta` fills what the text does not say. */
export function extractText(
  text: string,
  meta: { file: string; title?: string; date?: string; source?: string; issuer?: string; url?: string },
): DocumentForWrite {
  const doc = loadFromString(text, meta.file);
  if (meta.title) doc.title = meta.title;
  if (meta.date) doc.date = meta.date;
  if (meta.source) doc.source = meta.source;
  if (meta.issuer ?? meta.source) doc.issuer = meta.issuer ?? meta.source;
  if (meta.url) doc.url = meta.url;
  return extractLoaded(doc);
}

/**
 * The `kg extract` JSON shape: no text or mentions. With `explain`, every entity carries `rules` and
 * `evidence` (the sentence of its first mention) and every relation its `rule`, so a wrong fact leads
 * to the rule that made it in one step.
 */
export function toExtractionOutput(doc: DocumentForWrite, explain = false): Extraction {
  const { document, entities, relations } = doc;
  const firstSentence = explain ? firstMentionSentences(doc) : new Map<string, Evidence>();
  return {
    document: { ...document },
    entities: entities.map((e) => {
      const { rules, ...rest } = e;
      if (!explain) return rest;
      const evidence = firstSentence.get(e.id);
      return { ...rest, ...(rules ? { rules } : {}), ...(evidence ? { evidence } : {}) };
    }),
    relations: relations.map((r) => {
      const { rule, ...rest } = r;
      return explain && rule ? { ...rest, rule } : rest;
    }),
  };
}

/** The sentence of each entity's first mention in the text. */
function firstMentionSentences(doc: DocumentForWrite): Map<string, Evidence> {
  const sentences = splitSentences(doc.text);
  const out = new Map<string, Evidence>();
  for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
    if (out.has(m.entityId)) continue;
    const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (s) out.set(m.entityId, { sentence: s.text, start: s.start, end: s.end });
  }
  return out;
}
