// How the import cuts the files it writes into batches (one write transaction each, importer/write.ts): pure,
// so that the sizes and cuts are unit-tested without a database.
import { documentId } from '../graph/write-store.ts';

/**
 * Documents per write transaction, at most. Batches start at one document and double, so that the first
 * documents are stored at once and a failure early in a run costs little. 200 rather than 100: a fact or entity
 * that many documents of a batch share is logged once per transaction, and a run commits half as often (less
 * Neo4j CPU per readout; 400 saved nothing more: README "Benchmark", "Neo4j and main-thread CPU, seventh round").
 */
export const MAX_BATCH = 200;

/**
 * The size of the next batch: at least `size` (the doubling, which the writer waits for), and as many more as
 * are already extracted in a row (`extracted`) when the writer is behind the extraction, at most MAX_BATCH: a
 * writer that fell behind (the warm-up, a slow commit) catches up in a few large transactions instead of
 * walking through 2, 4, 8… each with its own round trips and commit.
 */
export function batchSize(size: number, extracted: number): number {
  return Math.min(MAX_BATCH, Math.max(size, extracted));
}

/** How many files from `start` on are extracted (successfully or not), in a row. */
export function extractedRun(files: readonly string[], start: number, extracted: ReadonlyMap<string, unknown>): number {
  let end = start;
  while (end < files.length && extracted.has(files[end]!)) end++;
  return end - start;
}

/**
 * The files of the next batch from `start`: up to `size` files, cut before a second file with the same
 * document id (its text replaces the first's, so it goes in a later transaction); a file whose extraction
 * failed is a batch of its own. `inBatch`: files already in the batch these join (their ids count, and a
 * failed file ends the batch before it).
 */
export function nextBatch(
  files: readonly string[],
  start: number,
  size: number,
  extracted: ReadonlyMap<string, unknown>,
  inBatch: readonly string[] = [],
): string[] {
  const batch: string[] = [];
  const ids = new Set(inBatch.map(idOf));
  for (const file of files.slice(start, start + size)) {
    const failed = extracted.get(file) instanceof Error;
    const id = idOf(file);
    if ((batch.length > 0 || inBatch.length > 0) && (failed || ids.has(id))) break;
    batch.push(file);
    ids.add(id);
    if (failed) break;
  }
  return batch;
}

/** The document id of a file, or the file itself when it has none (planning will name the problem). */
export function idOf(file: string): string {
  try {
    return documentId(file);
  } catch {
    return file;
  }
}
