// Extraction on worker threads: a small pool (one worker per core, at most MAX_THREADS) that extracts
// readout files in parallel and hands the documents back in the order of the files, so an import is the
// same whatever thread finished first. One file, or a custom extraction step, stays on the main thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import type { DocumentForWrite } from '../graph/types.ts';
import { extractWorkerBundle } from './extract-bundle.ts';

export interface ExtractRequest {
  id: number;
  path: string;
  extractor?: string;
}

export type ExtractReply =
  { id: number; doc: DocumentForWrite } | { id: number; error: { message: string; hint?: string; name: string } };

/** Most worker threads, whatever the machine: extraction is a few ms per file, Neo4j needs cores too. */
export const MAX_THREADS = 4;

/**
 * Fewest files per worker for the pool to pay for itself: a worker loads the extractor (about 1 s) and
 * warms up its own JIT. On an idle 2-core machine 2 workers extract 1,000 files ×1.5 faster than the main
 * thread (`npm run bench` prints both; on a loaded machine the pool did not pay off at 1,000 files), so
 * the pool starts at a few hundred files.
 */
export const MIN_FILES_PER_THREAD = 200;

/**
 * Worker threads for `files` files: one per core, at most MAX_THREADS, none (0) when too few files or one
 * core. A Neo4j on this machine (`neo4jHere`) writes what the workers extract, so one core is left to it:
 * on 2 cores, one worker (with 2, each warming up its own JIT, the import of 1,000 readouts spent 1 ms more
 * CPU per readout, and was no faster: README, Benchmark).
 */
export function threadsFor(files: number, cores = availableParallelism(), neo4jHere = false): number {
  const wanted = Math.min(MAX_THREADS, cores, Math.floor(files / MIN_FILES_PER_THREAD));
  if (wanted < 2) return 0;
  return neo4jHere ? Math.min(wanted, cores - 1) : wanted;
}

/** Whether a Neo4j URI names this machine (loopback), where Neo4j and the extraction share the cores. */
export function isLoopbackUri(uri: string): boolean {
  try {
    const host = new URL(uri).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** An error from a worker, with the message and hint of the original (what the import summary prints). */
export class WorkerExtractError extends Error {
  constructor(
    message: string,
    readonly hint: string | undefined,
    readonly originalName: string,
  ) {
    super(message);
    this.name = originalName;
  }
}

interface Job {
  req: ExtractRequest;
  resolve: (d: DocumentForWrite) => void;
  reject: (e: Error) => void;
}

/** Files handed to a worker ahead of its answers: enough that it never waits for the next one. */
const IN_FLIGHT = 2;

/**
 * A pool of extraction workers; each gets the next file as soon as it answers (uneven files balance
 * out), and extracts one file at a time. `close()` ends them.
 */
export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Job & { worker: Worker }>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;

  /** Settles once the workers are started (files asked for before then wait in the queue). */
  private readonly started: Promise<void>;

  /**
   * `bundle`: the worker's code in one file (importer/extract-bundle.ts), which the workers load instead of the
   * sources through tsx; undefined leaves them on tsx.
   */
  constructor(
    readonly size: number,
    bundle: Promise<URL | undefined> = extractWorkerBundle(),
  ) {
    this.started = bundle.then((url) => this.start(url));
  }

  private start(bundle: URL | undefined): void {
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: { bundle: bundle?.href } });
      w.on('message', (reply: ExtractReply) => this.settle(reply));
      w.on('error', (err) => this.failAll(err));
      w.on('exit', (code) => this.failAll(new Error(`importer/extract-pool: an extraction worker exited (${code})`)));
      this.workers.push(w);
      this.busy.set(w, 0);
    }
    this.pump();
  }

  private pump(): void {
    for (const w of this.workers) {
      while (this.busy.get(w)! < IN_FLIGHT && this.queue.length > 0) {
        const job = this.queue.shift()!;
        this.pending.set(job.req.id, { ...job, worker: w });
        this.busy.set(w, this.busy.get(w)! + 1);
        w.postMessage(job.req);
      }
    }
  }

  private settle(reply: ExtractReply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    this.busy.set(job.worker, this.busy.get(job.worker)! - 1);
    if ('doc' in reply) job.resolve(reply.doc);
    else job.reject(new WorkerExtractError(reply.error.message, reply.error.hint, reply.error.name));
    this.pump();
  }

  private failAll(err: Error): void {
    for (const job of [...this.pending.values(), ...this.queue.splice(0)]) job.reject(err);
    this.pending.clear();
  }

  /** Extracts one file on the first worker free. */
  extract(path: string, extractor?: string): Promise<DocumentForWrite> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, path, extractor }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await this.started;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Extractions under way: one promise per file, in the order of the files (a file that fails gives its error). */
export interface ExtractStream {
  results: Promise<DocumentForWrite | Error>[];
  /** Settles once every file is extracted and the workers have ended. */
  done: Promise<void>;
  /** Ends the workers early: the files not extracted yet give an error. */
  close(): Promise<void>;
}

/**
 * Starts extracting every file, on `threads` worker threads (0: on this thread, one file after the other,
 * between the caller's awaits), and gives each file's result as soon as it is ready, so that the caller can
 * use the first documents while the others are extracted.
 */
export function extractStream(
  files: string[],
  threads: number,
  extractor: string | undefined,
  extractHere: (path: string) => Promise<DocumentForWrite>,
): ExtractStream {
  const toResult = (p: Promise<DocumentForWrite>) =>
    p.catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
  if (threads < 1) {
    let closed = false;
    let previous: Promise<unknown> = Promise.resolve();
    const results = files.map((file) => {
      const next = previous.then(() =>
        closed ? new Error('importer/extract-pool: extraction stopped') : toResult(extractHere(file)),
      );
      previous = next;
      return next;
    });
    const done = Promise.all(results).then(() => undefined);
    return { results, done, close: () => ((closed = true), done) };
  }
  const pool = new ExtractPool(threads);
  const results = files.map((f) => toResult(pool.extract(f, extractor)));
  const done = Promise.all(results).then(() => pool.close());
  return { results, done, close: () => pool.close() };
}

/**
 * Extracts every file, on `threads` worker threads (0: on this thread, one file after the other), into a
 * map in the order of `files`; a file that fails maps to its error.
 */
export async function extractAll(
  files: string[],
  threads: number,
  extractor: string | undefined,
  extractHere: (path: string) => Promise<DocumentForWrite>,
): Promise<Map<string, DocumentForWrite | Error>> {
  const stream = extractStream(files, threads, extractor, extractHere);
  const results = await Promise.all(stream.results);
  await stream.done;
  return new Map(files.map((file, i) => [file, results[i]!]));
}
