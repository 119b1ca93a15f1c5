// The optional LLM extractor: load → split → chunk → ask the model (one repair retry per chunk) → candidates →
// the shared resolver → the same DocumentForWrite as the rule-based pipeline, validated against the contract.
import { basename } from 'node:path';

import type { DocumentForWrite } from '../../graph/types.ts';
import { ImportError } from '../errors.ts';
import { ExtractionValidationError, validateExtraction } from '../extraction-schema.ts';
import { loadFile } from '../load.ts';
import { resolveDocument } from '../resolve.ts';
import { splitSentences } from '../split.ts';
import type { LoadedDocument, Sentence } from '../types.ts';
import { LlmClient, readLlmConfig } from './client.ts';
import type { LlmConfig } from './client.ts';
import { LlmConfigError, LlmExtractionError, LlmRequestError } from './errors.ts';
import { chunkMessages, repairMessages } from './prompt.ts';
import { parseLlmReply } from './schema.ts';
import type { LlmReply } from './schema.ts';
import { repliesToCandidates } from './to-candidates.ts';

export { readLlmConfig } from './client.ts';
export type { LlmConfig } from './client.ts';

/** About a page of text per request: small models lose track of long inputs. */
export const DEFAULT_CHUNK_CHARS = 6000;

export interface LlmExtractOptions {
  /** Receives warnings (dropped relations); default: stderr. */
  warn?: (message: string) => void;
  /** Largest chunk of text per request, in characters (whole sentences; a longer sentence goes alone). */
  chunkChars?: number;
}

/** Consecutive sentences grouped into chunks of at most `maxChars` characters of text. */
export function chunkSentences(sentences: Sentence[], maxChars = DEFAULT_CHUNK_CHARS): Sentence[][] {
  const chunks: Sentence[][] = [];
  let current: Sentence[] = [];
  for (const s of sentences) {
    if (current.length && s.end - current[0]!.start > maxChars) {
      chunks.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Asks for one chunk; a reply that is not valid gets one retry with the problem fed back. */
async function askChunk(
  client: LlmClient,
  doc: LoadedDocument,
  chunk: string,
  part: number,
  parts: number,
): Promise<LlmReply> {
  const messages = chunkMessages(doc, chunk, part, parts);
  const first = await client.complete(messages);
  const parsed = parseLlmReply(first);
  if (parsed.ok) return parsed.reply;
  const second = await client.complete([...messages, ...repairMessages(first, parsed.problem)]);
  const again = parseLlmReply(second);
  if (again.ok) return again.reply;
  const where = parts > 1 ? ` (part ${part} of ${parts})` : '';
  throw new LlmExtractionError(
    doc.file,
    `the model's reply${where} is still invalid after one retry: ${again.problem}`,
  );
}

/** Reads KG_LLM_* env for `file`, turning a missing setting into an error that names the document too. */
function configFor(file: string): LlmConfig {
  try {
    return readLlmConfig();
  } catch (err) {
    if (err instanceof LlmConfigError) throw new LlmExtractionError(file, err.message, { cause: err });
    throw err;
  }
}

/**
 * Extracts a loaded document with the model behind `config` (default: KG_LLM_* env); same output contract as
 * the rule-based pipeline.
 * @throws LlmExtractionError naming the document (request failures, replies invalid after the retry).
 */
export async function extractLoadedWithLlm(
  doc: LoadedDocument,
  config: LlmConfig = configFor(doc.file),
  opts: LlmExtractOptions = {},
): Promise<DocumentForWrite> {
  const warn = opts.warn ?? ((m: string) => process.stderr.write(`kg llm: ${doc.file}: ${m}\n`));
  const client = new LlmClient(config);
  const sentences = splitSentences(doc.text);
  const chunks = chunkSentences(sentences, opts.chunkChars);
  const replies: LlmReply[] = [];
  try {
    for (const [i, chunk] of chunks.entries()) {
      const text = doc.text.slice(chunk[0]!.start, chunk.at(-1)!.end);
      replies.push(await askChunk(client, doc, text, i + 1, chunks.length));
    }
    const out = resolveDocument(doc, sentences, repliesToCandidates(doc, sentences, replies, warn));
    validateExtraction(out);
    return out;
  } catch (err) {
    if (err instanceof LlmExtractionError) throw err;
    if (err instanceof LlmRequestError) throw new LlmExtractionError(doc.file, err.message, { cause: err });
    if (err instanceof ExtractionValidationError) throw new LlmExtractionError(doc.file, err.message, { cause: err });
    if (err instanceof ImportError) throw err;
    throw new LlmExtractionError(doc.file, (err as Error).message, { cause: err });
  }
}

/**
 * Loads a readout file and extracts it with the model (settings from KG_LLM_* env unless `config` is given).
 * @throws DocumentLoadError for bad input; LlmExtractionError for a missing setting or a failed extraction.
 */
export async function extractFileWithLlm(
  path: string,
  config: LlmConfig = configFor(basename(path)),
  opts: LlmExtractOptions = {},
): Promise<DocumentForWrite> {
  return extractLoadedWithLlm(await loadFile(path), config, opts);
}
