// The import run: readout files and directories → extraction → graph/write-store, one transaction per
// document, with the per-document error policy and a run summary (used by `kg import`, `kg start`, tests).
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

import type { GraphConnection } from '../graph/connection.ts';
import { GraphStoreError } from '../graph/errors.ts';
import type { DocumentForWrite } from '../graph/types.ts';
import { findKnownPersons } from '../graph/identity-store.ts';
import { writeDocument } from '../graph/write-store.ts';
import { knownFromDocuments, linkPersons, lookupTokens } from './link.ts';
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
  /** Called after each file (done counts files attempted so far). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** The extraction step; defaults to importer/pipeline.ts `extractFile`. */
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
 * Imports readout files and directories into the graph at `conn`. Each document is extracted and written in
 * its own transaction, so a failure never leaves half a document, and documents already stored stay intact
 * when a later one fails or Neo4j goes away (the run stops then, whatever the policy).
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

  // Extract every document first, so the people of the batch can be linked to each other whatever
  // the order of the files; then link each to the people already stored, and write it.
  const extracted = new Map<string, DocumentForWrite | Error>();
  for (const file of files) {
    try {
      extracted.set(file, await extract(file, { extractor: opts.extractor }));
    } catch (err) {
      extracted.set(file, err instanceof Error ? err : new Error(String(err)));
    }
  }
  const batch = knownFromDocuments([...extracted.values()].filter((d): d is DocumentForWrite => !(d instanceof Error)));

  for (const [i, file] of files.entries()) {
    if (summary.stoppedBecause) {
      summary.notAttempted = files.length - i;
      break;
    }
    try {
      const got = extracted.get(file);
      if (!got || got instanceof Error) throw got ?? new Error('not extracted');
      const stored = await findKnownPersons(conn, lookupTokens(got));
      const doc = linkPersons(got, [...stored, ...batch.filter((b) => !stored.some((s) => s.id === b.id))]);
      const written = await writeDocument(conn, doc);
      if (written.unchanged) summary.unchanged++;
      else summary.imported++;
      summary.nodesCreated += written.nodesCreated;
      summary.nodesMatched += written.nodesMatched;
      summary.relationshipsCreated += written.relationshipsCreated;
      summary.relationshipsMatched += written.relationshipsMatched;
    } catch (err) {
      summary.failed++;
      summary.failures.push({ file, message: messageOf(err) });
      if (err instanceof GraphStoreError && (err.code === 'UNAVAILABLE' || err.code === 'AUTH')) {
        summary.stoppedBecause =
          `Neo4j at ${conn.uri} became unavailable while writing ${basename(file)}; the documents written ` +
          'before it are stored intact. Run the import again once Neo4j is back: stored documents are skipped.';
      } else if (opts.onError === 'fail') {
        summary.stoppedBecause = `--on-error=fail: stopped at the first failed document (${basename(file)})`;
      }
    }
    opts.onProgress?.(i + 1, files.length, file);
  }
  summary.ms = Date.now() - started;
  return summary;
}

/** One line: the error's message and its hint. */
function messageOf(err: unknown): string {
  const e = err as { message?: string; hint?: string };
  const msg = e?.message ?? String(err);
  return e?.hint ? `${msg} (${e.hint})` : msg;
}
