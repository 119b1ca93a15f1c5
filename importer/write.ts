// The import run: readout files and directories → extraction → graph/write-store in batches of documents
// (one transaction each, a failing batch retried one document per transaction), with the per-document
// error policy and a run summary (used by `kg import`, `kg start`, tests).
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

import type { GraphConnection } from '../graph/connection.ts';
import { GraphStoreError } from '../graph/errors.ts';
import type { DocumentForWrite } from '../graph/types.ts';
import { findKnownPersons } from '../graph/identity-store.ts';
import {
  documentId,
  planDocumentWrite,
  readStoredShas,
  writePlans,
  type BatchWriteSummary,
  warmUpWriter,
  type WritePlan,
} from '../graph/write-store.ts';
import { extractAll, threadsFor } from './extract-pool.ts';
import { KnownPeople, knownFromDocuments, linkPersons, lookupTokens } from './link.ts';
import { MAX_FILE_BYTES, sha256Of } from './load.ts';
import { extractFile } from './pipeline.ts';

export type OnError = 'fail' | 'skip';

/** Extensions of readouts; other files met in a directory are skipped with a note. */
export const READOUT_EXTENSIONS = ['.txt', '.md', '.html'] as const;

export interface ImportOptions {
  /** `fail`: stop at the first failed document; `skip` (default): report it and go on. */
  onError?: OnError;
  extractor?: string;
  /** Called once the readout files are known, before the first one is read. */
  onStart?: (total: number) => void;
  /** Called once every file is extracted, before the first write. */
  onExtracted?: () => void;
  /** Called after each file (done counts files attempted so far). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Extraction worker threads (0: the main thread); defaults to extract-pool.ts `threadsFor`. */
  threads?: number;
  /** The extraction step, on the main thread; defaults to importer/pipeline.ts `extractFile` (pooled). */
  extract?: (path: string, opts: { extractor?: string }) => Promise<DocumentForWrite>;
}

export interface ImportFailure {
  file: string;
  message: string;
}

export interface ImportSummary {
  /** Readout files found. */
  files: number;
  imported: number;
  unchanged: number;
  failed: number;
  /** Files never attempted: the run stopped (policy `fail`, or Neo4j went away). */
  notAttempted: number;
  failures: ImportFailure[];
  /** Files that are not readouts (by extension), skipped. */
  skippedFiles: string[];
  /** Symbolic links met in directories, not followed (listed so that nothing is skipped silently). */
  skippedLinks: string[];
  nodesCreated: number;
  nodesMatched: number;
  relationshipsCreated: number;
  relationshipsMatched: number;
  ms: number;
  /** Why the run stopped early, when it did. */
  stoppedBecause?: string;
}

const isReadout = (path: string) => (READOUT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/**
 * The readout files under `paths` (files as given, directories recursively, sorted), de-duplicated; other
 * files found in directories go to `skipped`, symbolic links in directories to `links` (not followed),
 * missing paths to `missing`, and files named explicitly that are not readouts (a `.pdf`) to `unsupported`.
 */
export async function collectReadouts(paths: string[]): Promise<{
  files: string[];
  skipped: string[];
  links: string[];
  missing: string[];
  unsupported: string[];
}> {
  const files: string[] = [];
  const skipped: string[] = [];
  const links: string[] = [];
  const missing: string[] = [];
  const unsupported: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isSymbolicLink()) links.push(path);
      else if (e.isFile()) (isReadout(path) ? files : skipped).push(path);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) await walk(p);
    else (isReadout(p) ? files : unsupported).push(p);
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => !seen.has(resolve(f)) && Boolean(seen.add(resolve(f))));
  return { files: unique, skipped, links, missing, unsupported };
}

/**
 * Imports readout files and directories into the graph at `conn`. Documents are written in batches of up
 * to MAX_BATCH per transaction; a batch that fails is written again one document per transaction, so a
 * failure never leaves half a document and costs no other document, and documents already stored stay
 * intact when a later one fails or Neo4j goes away (the run stops then, whatever the policy).
 * @example const summary = await importPaths(conn, ['importer/samples'], { onError: 'skip' });
 */
export async function importPaths(
  conn: GraphConnection,
  paths: string[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const started = Date.now();
  const extract = opts.extract ?? extractFile;
  const { files, skipped, links, missing, unsupported } = await collectReadouts(paths);
  const notReadout = `not a readout: only ${READOUT_EXTENSIONS.join(', ')} files can be imported`;
  const summary: ImportSummary = {
    files: files.length,
    imported: 0,
    unchanged: 0,
    failed: 0,
    notAttempted: 0,
    failures: [
      ...missing.map((file) => ({ file, message: 'no such file or directory' })),
      ...unsupported.map((file) => ({ file, message: notReadout })),
    ],
    skippedFiles: skipped,
    skippedLinks: links,
    nodesCreated: 0,
    nodesMatched: 0,
    relationshipsCreated: 0,
    relationshipsMatched: 0,
    ms: 0,
  };
  summary.failed = summary.failures.length;
  opts.onStart?.(files.length);

  // A file whose bytes are those of its stored document is not extracted again: it would be left alone.
  const unchanged = await storedUnchanged(conn, files);
  const todo = files.filter((f) => !unchanged.has(f));
  // Extract every document first (on worker threads when there are many and the extraction is the
  // built-in one), so the people of the run can be linked to each other whatever the order of the files;
  // then write them in batches, each linked to the people already stored.
  // Meanwhile Neo4j plans the write queries and the identity look-up (seconds on a fresh server).
  const threads = opts.extract ? 0 : (opts.threads ?? threadsFor(todo.length));
  const [extracted] = await Promise.all([
    extractAll(todo, threads, opts.extractor, (file) => extract(file, { extractor: opts.extractor })),
    todo.length > 1 ? warmUp(conn) : undefined,
  ]);
  opts.onExtracted?.();
  const batchPeople = new KnownPeople(
    knownFromDocuments([...extracted.values()].filter((d): d is DocumentForWrite => !(d instanceof Error))),
  );
  const run = new ImportRun(conn, summary, files, opts);
  for (const file of files) if (unchanged.has(file)) run.unchanged(file);
  let size = 1;
  for (let i = 0; i < todo.length && !summary.stoppedBecause;) {
    const batch = nextBatch(todo, i, size, extracted);
    i += batch.length;
    await run.writeBatch(batch, extracted, batchPeople);
    size = Math.min(MAX_BATCH, size * 2);
  }
  summary.ms = Date.now() - started;
  return summary;
}

/**
 * The files whose bytes are those of their stored document (same sha256), which an import leaves alone:
 * only files whose document id is stored and named once in the run (a second file with the same id
 * replaces the first, so both go through the writer in order). Never throws: when Neo4j cannot answer,
 * every file is extracted and the writer reports the problem with its document.
 */
async function storedUnchanged(conn: GraphConnection, files: string[]): Promise<Set<string>> {
  const named = new Map<string, number>();
  for (const f of files) named.set(idOf(f), (named.get(idOf(f)) ?? 0) + 1);
  const once = files.filter((f) => named.get(idOf(f)) === 1);
  const stored = await readStoredShas(conn, [...new Set(once.map(idOf))]).catch(() => new Map<string, string>());
  const same = new Set<string>();
  for (const file of once) {
    const sha = stored.get(idOf(file));
    if (!sha) continue;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_FILE_BYTES) continue;
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes && sha256Of(bytes) === sha) same.add(file);
  }
  return same;
}

/** Plans the queries of the writer and of the identity look-up on the server; never throws. */
async function warmUp(conn: GraphConnection): Promise<void> {
  await warmUpWriter(conn);
  await findKnownPersons(conn, ['warmup']).catch(() => undefined);
}

/**
 * Documents per write transaction, at most. Batches start at one document and double, so that the first
 * documents are stored at once and a failure early in a run costs little.
 */
export const MAX_BATCH = 100;

/**
 * The files of the next batch from `start`: up to `size` files, cut before a second file with the same
 * document id (its text replaces the first's, so it goes in a later transaction); a file whose extraction
 * failed is a batch of its own.
 */
function nextBatch(files: string[], start: number, size: number, extracted: Map<string, unknown>): string[] {
  const batch: string[] = [];
  const ids = new Set<string>();
  for (const file of files.slice(start, start + size)) {
    const failed = extracted.get(file) instanceof Error;
    const id = idOf(file);
    if (batch.length > 0 && (failed || ids.has(id))) break;
    batch.push(file);
    ids.add(id);
    if (failed) break;
  }
  return batch;
}

/** The document id of a file, or the file itself when it has none (planning will name the problem). */
function idOf(file: string): string {
  try {
    return documentId(file);
  } catch {
    return file;
  }
}

/** The writing half of importPaths: the summary it fills and the error policy. */
class ImportRun {
  constructor(
    private readonly conn: GraphConnection,
    private readonly summary: ImportSummary,
    private readonly files: string[],
    private readonly opts: ImportOptions,
  ) {}

  /** Links, plans and writes the batch in one transaction; on failure, each document alone. */
  async writeBatch(batch: string[], extracted: Map<string, DocumentForWrite | Error>, people: KnownPeople) {
    const plans: { file: string; plan: WritePlan }[] = [];
    try {
      const docs = batch.map((file) => ({ file, got: extracted.get(file) }));
      const stored = await findKnownPersons(
        this.conn,
        docs.flatMap(({ got }) => (got instanceof Error || !got ? [] : lookupTokens(got))),
      );
      const known = new KnownPeople(stored, people);
      for (const { file, got } of docs) {
        try {
          if (!got || got instanceof Error) throw got ?? new Error('not extracted');
          plans.push({ file, plan: planDocumentWrite(linkPersons(got, known)) });
        } catch (err) {
          // Documents before a failure are written first; with --on-error=fail nothing after it is.
          if (this.opts.onError === 'fail') await this.write(plans);
          if (!this.summary.stoppedBecause) this.fail(file, err);
          if (this.summary.stoppedBecause) return;
        }
      }
      await this.write(plans);
    } catch (err) {
      // The look-up of stored people failed: Neo4j is gone (or refuses us) before the batch is written.
      this.fail(batch[0]!, err);
    }
  }

  /**
   * Writes the plans in one transaction, or one by one when that fails for a reason of their own; Neo4j
   * going away stops the run at the batch's first document. Records every outcome, never throws.
   */
  private async write(plans: { file: string; plan: WritePlan }[]): Promise<void> {
    const todo = plans.splice(0);
    if (todo.length === 0) return;
    try {
      this.done(
        todo,
        await writePlans(
          this.conn,
          todo.map((p) => p.plan),
        ),
      );
      return;
    } catch (err) {
      if (todo.length === 1 || stopsTheRun(err)) return this.fail(todo[0]!.file, err);
    }
    for (const p of todo) {
      if (this.summary.stoppedBecause) return;
      try {
        this.done([p], await writePlans(this.conn, [p.plan]));
      } catch (err) {
        this.fail(p.file, err);
      }
    }
  }

  private done(plans: { file: string }[], written: BatchWriteSummary): void {
    const s = this.summary;
    for (const [i, p] of plans.entries()) {
      if (written.unchanged[i]) s.unchanged++;
      else s.imported++;
      this.progress(p.file);
    }
    s.nodesCreated += written.total.nodesCreated;
    s.nodesMatched += written.total.nodesMatched;
    s.relationshipsCreated += written.total.relationshipsCreated;
    s.relationshipsMatched += written.total.relationshipsMatched;
  }

  /** Records a failed document and applies the policy: Neo4j gone stops the run, so does --on-error=fail. */
  private fail(file: string, err: unknown): void {
    const s = this.summary;
    s.failed++;
    s.failures.push({ file, message: messageOf(err) });
    if (stopsTheRun(err)) {
      s.stoppedBecause =
        `Neo4j at ${this.conn.uri} became unavailable while writing ${basename(file)}; the documents written ` +
        'before it are stored intact. Run the import again once Neo4j is back: stored documents are skipped.';
    } else if (this.opts.onError === 'fail') {
      s.stoppedBecause = `--on-error=fail: stopped at the first failed document (${basename(file)})`;
    }
    this.progress(file);
    if (s.stoppedBecause) s.notAttempted = this.files.length - this.attempted;
  }

  /** Records a file left alone before extraction: its bytes are those of its stored document. */
  unchanged(file: string): void {
    this.summary.unchanged++;
    this.progress(file);
  }

  private attempted = 0;
  private progress(file: string): void {
    this.attempted++;
    this.opts.onProgress?.(this.attempted, this.files.length, file);
  }
}

const stopsTheRun = (err: unknown) =>
  err instanceof GraphStoreError && (err.code === 'UNAVAILABLE' || err.code === 'AUTH');

/** One line: the error's message and its hint. */
function messageOf(err: unknown): string {
  const e = err as { message?: string; hint?: string };
  const msg = e?.message ?? String(err);
  return e?.hint ? `${msg} (${e.hint})` : msg;
}
