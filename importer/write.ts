// The import run: readout files and directories → extraction → graph/write-store in batches of documents
// (one transaction each, a failing batch retried one document per transaction), with the per-document
// error policy and a run summary (used by `kg import`, `kg start`, tests).
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

import type { GraphConnection } from '../graph/connection.ts';
import { GraphStoreError } from '../graph/errors.ts';
import type { DocumentForWrite } from '../graph/types.ts';
import { anyPersonStored, findKnownPersons, findStoredPersonIds, type KnownPerson } from '../graph/identity-store.ts';
import {
  planDocumentWrite,
  documentVersion,
  readStoredVersions,
  writePlans,
  type BatchWriteSummary,
  warmUpWriter,
  type WritePlan,
} from '../graph/write-store.ts';
import { batchSize, extractedRun, idOf, MAX_BATCH, nextBatch } from './batches.ts';
import { extractStream, isLoopbackUri, threadsFor } from './extract-pool.ts';
import { extractorStamp } from './fingerprint.ts';
import { KnownPeople, linkWithSignature, lookupTokens, personKeys, RunPeople } from './link.ts';
import { MAX_FILE_BYTES, sha256Of } from './load.ts';
import { extractFile } from './pipeline.ts';

export { MAX_BATCH } from './batches.ts';

export type OnError = 'fail' | 'skip';

/** Extensions of readouts; other files met in a directory are skipped with a note. */
export const READOUT_EXTENSIONS = ['.txt', '.md', '.html'] as const;

export interface ImportOptions {
  /** `fail`: stop at the first failed document; `skip` (default): report it and go on. */
  onError?: OnError;
  extractor?: string;
  /** Called once the readout files are known, before the first one is read. */
  onStart?: (total: number) => void;
  /** Called once every file is extracted (the first documents are written by then). */
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
  const stamp = extractorStamp(opts.extractor);
  // A store without people (a first import) has no one to look up: the look-ups could only find the people this
  // run writes, which it leaves out anyway. When Neo4j cannot answer, the look-ups are made (and report it).
  // Asked while the stored versions are read; answered before anything of the run is written.
  const askedPeople = anyPersonStored(conn).catch(() => true);
  const unchanged = await storedUnchanged(conn, files, stamp);
  const todo = files.filter((f) => !unchanged.has(f));
  // Files are extracted (on worker threads when there are many and the extraction is the built-in one)
  // while the first ones are written: each batch is linked to the people stored before the run and to
  // every person of the run extracted so far. Once all are written, a document whose people a later file
  // links otherwise (a fuller name came after it) is written again, so that the fuller name wins whatever
  // the order of the files. Meanwhile Neo4j plans the write queries and the identity look-up first.
  const threads = opts.extract ? 0 : (opts.threads ?? threadsFor(todo.length, undefined, isLoopbackUri(conn.uri)));
  // The writer's queries are planned from the moment the files to write are known, while the workers start.
  const warming = todo.length > 1 ? warmUpWriter(conn) : undefined;
  const stream = extractStream(todo, threads, opts.extractor, (file) => extract(file, { extractor: opts.extractor }));
  const peopleBefore = await askedPeople;
  const run = new ImportRun(conn, summary, files, opts, stamp, peopleBefore);
  const ready = stream.results.map((r, i) => r.then((got) => run.extracted(todo[i]!, got)));
  void Promise.all(ready).then(() => opts.onExtracted?.());
  for (const file of files) if (unchanged.has(file)) run.unchanged(file);
  if (warming) await warmUp(conn, warming, peopleBefore);
  // The next batch is linked and planned while the current one is written.
  let size = 1;
  let next = 0;
  const take = async (): Promise<Prepared | undefined> => {
    if (next >= todo.length) return undefined;
    // A whole batch: fewer, larger transactions cost Neo4j less (a hub's lists and degree are logged once per
    // transaction), and the writer keeps up with the extraction anyway.
    await Promise.all(ready.slice(next, next + size));
    // The first document is a batch of its own (stored at once); later batches take what is extracted.
    const want = next === 0 ? 1 : batchSize(size, extractedRun(todo, next, run.docs));
    const batch = nextBatch(todo, next, want, run.docs);
    next += batch.length;
    size = Math.min(MAX_BATCH, batch.length * 2);
    return run.prepare(batch);
  };
  // Files extracted while a batch waited for its turn join it (up to MAX_BATCH) when it is about to be written:
  // it was prepared when the previous batch went out. Not the first document (a batch of its own), nor a batch
  // with a failed document, and only files linked after it (in order, no document id twice in a batch).
  const topUp = async (prepared: Prepared): Promise<Prepared> => {
    if (prepared.batch[0] === todo[0] || prepared.lookupFailed !== undefined) return prepared;
    if (prepared.items.some((item) => 'error' in item)) return prepared;
    const room = Math.min(MAX_BATCH - prepared.batch.length, extractedRun(todo, next, run.docs));
    const files = nextBatch(todo, next, room, run.docs, prepared.batch);
    if (files.length === 0) return prepared;
    const extra = await run.prepare(files);
    // The look-up failed: the files are prepared again as the next batch (nothing of them was linked).
    if (extra.lookupFailed !== undefined) return prepared;
    next += files.length;
    size = Math.min(MAX_BATCH, (prepared.batch.length + files.length) * 2);
    return { batch: [...prepared.batch, ...files], items: [...prepared.items, ...extra.items] };
  };
  let prepared = take();
  try {
    for (let batch = await prepared; batch && !summary.stoppedBecause; batch = await prepared) {
      batch = await topUp(batch);
      prepared = take();
      await run.commit(batch);
    }
    await prepared;
    // Linked again with every file's people, as when all were extracted first (unless Neo4j went away).
    if (!run.neo4jGone) {
      await Promise.all(ready);
      await run.relinkChanged(todo);
    }
  } finally {
    if (summary.stoppedBecause) await stream.close();
    await Promise.all(ready);
    await stream.done;
  }
  summary.ms = Date.now() - started;
  return summary;
}

/**
 * The files whose bytes are those of their stored document (same sha256), read by the same extractor (same
 * `stamp`, importer/fingerprint.ts), which an import leaves alone:
 * only files whose document id is stored and named once in the run (a second file with the same id
 * replaces the first, so both go through the writer in order). Never throws: when Neo4j cannot answer,
 * every file is extracted and the writer reports the problem with its document.
 */
async function storedUnchanged(conn: GraphConnection, files: string[], stamp: string): Promise<Set<string>> {
  const named = new Map<string, number>();
  for (const f of files) named.set(idOf(f), (named.get(idOf(f)) ?? 0) + 1);
  const once = files.filter((f) => named.get(idOf(f)) === 1);
  const stored = await readStoredVersions(conn, [...new Set(once.map(idOf))]).catch(() => new Map<string, string>());
  const same = new Set<string>();
  for (const file of once) {
    const version = stored.get(idOf(file));
    if (!version) continue;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_FILE_BYTES) continue;
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes && documentVersion(sha256Of(bytes), stamp) === version) same.add(file);
  }
  return same;
}

/**
 * Waits for the writer's queries to be planned on the server (`writer`, warmUpWriter) and plans those of the
 * identity look-up when it will run; never throws.
 */
async function warmUp(conn: GraphConnection, writer: Promise<void>, lookUps: boolean): Promise<void> {
  await writer;
  if (!lookUps) return;
  await findKnownPersons(conn, ['warmup']).catch(() => undefined);
  await findStoredPersonIds(conn, ['person:warmup']).catch(() => undefined);
}

/** A document as written: how its people were linked, and the stored people they were linked with. */
interface Written {
  signature: string;
  stored: KnownPerson[];
}

/** A planned document, with what writing it records. */
interface Planned {
  file: string;
  plan: WritePlan;
  written: Written;
}

/** A batch ready to write: each file's plan or error, in order, or the error of the look-up of its people. */
interface Prepared {
  batch: string[];
  items: (Planned | { file: string; error: unknown })[];
  lookupFailed?: unknown;
}

/** The plan of a linked document, with what writing it records. */
function planned(file: string, linked: { doc: DocumentForWrite; signature: string }, stored: KnownPerson[]): Planned {
  return { file, plan: planDocumentWrite(linked.doc), written: { signature: linked.signature, stored } };
}

/**
 * The writing half of importPaths: the documents extracted so far and the people of the run, the summary
 * it fills and the error policy.
 */
class ImportRun {
  readonly docs = new Map<string, DocumentForWrite | Error>();
  private readonly people = new RunPeople();
  /** Files linked with a name key (of their people), and the written files a newcomer may link otherwise. */
  private readonly linkedByKey = new Map<string, string[]>();
  private readonly markedByKey = new Map<string, number>();
  private readonly suspects = new Set<string>();
  private readonly written = new Map<string, Written>();
  /** The last file written for each document id (a later file with the same id replaces an earlier one). */
  private readonly lastFileOf = new Map<string, string>();
  /** People this run created, whose ids do not win as those stored before the run do; and those found stored. */
  private readonly created = new Set<string>();
  private readonly found = new Set<string>();
  /** Neo4j went away: nothing more is written. */
  neo4jGone = false;

  constructor(
    private readonly conn: GraphConnection,
    private readonly summary: ImportSummary,
    private readonly files: string[],
    private readonly opts: ImportOptions,
    /** What produced the run's extractions (importer/fingerprint.ts), stored on each Document. */
    private readonly stamp: string,
    /** Whether people were stored before the run; if not, stored people are never looked up. */
    private readonly peopleBefore = true,
  ) {}

  /** Takes a file's extraction: its people join the run's, and documents they may link otherwise are noted. */
  extracted(file: string, got: DocumentForWrite | Error): void {
    this.docs.set(file, got);
    if (got instanceof Error) return;
    got.extractor = this.stamp;
    for (const key of this.people.addDocument(got)) {
      // Files before `marked` are suspects already (each file is linked once while the run writes).
      const files = this.linkedByKey.get(key) ?? [];
      for (let i = this.markedByKey.get(key) ?? 0; i < files.length; i++) this.suspects.add(files[i]!);
      this.markedByKey.set(key, files.length);
    }
  }

  /**
   * Looks up the stored people of a batch, links and plans its documents; reports nothing yet, so that the
   * next batch is prepared while this one is written (commit reports in the order of the files).
   */
  async prepare(batch: string[]): Promise<Prepared> {
    const items: Prepared['items'] = [];
    try {
      const docs = batch.map((file) => ({ file, got: this.docs.get(file) }));
      const stored = this.peopleBefore
        ? (
            await findKnownPersons(
              this.conn,
              docs.flatMap(({ got }) => (got instanceof Error || !got ? [] : lookupTokens(got))),
            )
          ).filter((k) => !this.created.has(k.id))
        : [];
      const known = new KnownPeople(stored, this.people.index);
      for (const { file, got } of docs) {
        try {
          if (!got || got instanceof Error) throw got ?? new Error('not extracted');
          items.push(this.link(file, got, stored, known));
        } catch (err) {
          items.push({ file, error: err });
        }
      }
      return { batch, items };
    } catch (err) {
      // The look-up of stored people failed: Neo4j is gone (or refuses us) before the batch is written.
      return { batch, items, lookupFailed: err };
    }
  }

  /** Writes a prepared batch in one transaction (on failure, each document alone), with the error policy. */
  async commit(prepared: Prepared): Promise<void> {
    if (prepared.lookupFailed !== undefined) return this.fail(prepared.batch[0]!, prepared.lookupFailed);
    const plans: Planned[] = [];
    for (const item of prepared.items) {
      if (!('error' in item)) {
        plans.push(item);
        continue;
      }
      // Documents before a failure are written first; with --on-error=fail nothing after it is.
      if (this.opts.onError === 'fail') await this.write(plans);
      if (!this.summary.stoppedBecause) this.fail(item.file, item.error);
      if (this.summary.stoppedBecause) return;
    }
    await this.write(plans);
  }

  /** Links and plans one document, noting the name keys under which a newcomer may change its linking. */
  private link(file: string, doc: DocumentForWrite, stored: KnownPerson[], known: KnownPeople): Planned {
    for (const key of personKeys(doc)) {
      const list = this.linkedByKey.get(key);
      if (list) list.push(file);
      else this.linkedByKey.set(key, [file]);
    }
    this.suspects.delete(file);
    return planned(file, linkWithSignature(doc, known), stored);
  }

  /**
   * Writes again, once every file is extracted and written, the documents whose people the whole run links
   * otherwise than the run so far did (a fuller name or a new state came in a later file): each is
   * retracted and written in one transaction. Skipped when Neo4j went away.
   */
  async relinkChanged(todo: string[]): Promise<void> {
    const plans: Planned[] = [];
    for (const file of todo) {
      const doc = this.docs.get(file);
      const before = this.written.get(file);
      if (!this.suspects.has(file) || !before || !doc || doc instanceof Error) continue;
      if (this.lastFileOf.get(idOf(file)) !== file) continue;
      try {
        const linked = linkWithSignature(doc, new KnownPeople(before.stored, this.people.index));
        if (linked.signature !== before.signature) plans.push(planned(file, linked, before.stored));
      } catch (err) {
        this.rewriteFailed(file, err);
      }
    }
    for (let i = 0; i < plans.length && !this.neo4jGone; i += MAX_BATCH) {
      const batch = plans.slice(i, i + MAX_BATCH);
      try {
        await this.noteCreated(batch);
        this.rewritten(
          await writePlans(
            this.conn,
            batch.map((p) => p.plan),
            undefined,
            { rewrite: true },
          ),
        );
        continue;
      } catch (err) {
        if (batch.length === 1 || stopsTheRun(err)) {
          this.rewriteFailed(batch[0]!.file, err);
          continue;
        }
      }
      for (const p of batch) {
        if (this.neo4jGone) return;
        await writePlans(this.conn, [p.plan], undefined, { rewrite: true }).then(
          (written) => this.rewritten(written),
          (err: unknown) => this.rewriteFailed(p.file, err),
        );
      }
    }
  }

  /**
   * Documents of this run written again with its final linking: what that created, less what retracting their
   * first version removed (nodes and relationships this run had counted as created, such as a person under the
   * shorter name), so that the summary tells what the run left in the store.
   */
  private rewritten(written: BatchWriteSummary): void {
    this.summary.nodesCreated += written.total.nodesCreated - written.retracted.nodes;
    this.summary.relationshipsCreated += written.total.relationshipsCreated - written.retracted.relationships;
  }

  /** A document written, then not written again with the run's final linking: counted as failed. */
  private rewriteFailed(file: string, err: unknown): void {
    const s = this.summary;
    s.imported--;
    s.failed++;
    s.failures.push({ file, message: `stored, but not linked again to the people of later files: ${messageOf(err)}` });
    if (stopsTheRun(err)) this.neo4jGone = true;
  }

  /** Tells the people the plans create from those stored before (by id, once per person). */
  private async noteCreated(plans: Planned[]): Promise<void> {
    const ids = new Set<string>();
    for (const { plan } of plans)
      for (const row of plan.entities.Person ?? [])
        if (!this.created.has(row.id) && !this.found.has(row.id)) ids.add(row.id);
    const stored = this.peopleBefore ? await findStoredPersonIds(this.conn, [...ids]) : new Set<string>();
    for (const id of ids) (stored.has(id) ? this.found : this.created).add(id);
  }

  /**
   * Writes the plans in one transaction, or one by one when that fails for a reason of their own; Neo4j
   * going away stops the run at the batch's first document. Records every outcome, never throws.
   */
  private async write(plans: Planned[]): Promise<void> {
    const todo = plans.splice(0);
    if (todo.length === 0) return;
    try {
      await this.noteCreated(todo);
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

  private done(plans: Planned[], written: BatchWriteSummary): void {
    const s = this.summary;
    for (const [i, p] of plans.entries()) {
      if (written.unchanged[i]) s.unchanged++;
      else s.imported++;
      this.written.set(p.file, p.written);
      this.lastFileOf.set(p.plan.docId, p.file);
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
      this.neo4jGone = true;
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
