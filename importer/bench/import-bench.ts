// Import figures: N generated readouts into an empty store end to end (docs/s, per-document cost early
// and late in the run, store size and transaction logs per 1,000 readouts), and the batched writer
// against a naive per-fact auto-commit writer on the same extractions.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import neo4j from 'neo4j-driver';

import { batchParams } from '../../graph/batch-params.ts';
import { clearAll, graphFingerprint, type GraphFingerprint } from '../../graph/admin.ts';
import type { GraphConnection } from '../../graph/connection.ts';
import { REFRESH_DEGREES } from '../../graph/queries/degree.ts';
import { MERGE_DOCUMENTS, MERGE_ENTITIES, MERGE_FACTS_BY_TYPE, READ_DOCUMENT_SHAS } from '../../graph/queries/write.ts';
import { ENTITY_LABELS, FACT_TYPES } from '../../graph/schema.ts';
import {
  factRows,
  planDocumentWrite,
  touchedEntities,
  warmUpWriter,
  writePlans,
  type WritePlan,
} from '../../graph/write-store.ts';
import { extractAll, isLoopbackUri, threadsFor } from '../extract-pool.ts';
import { extractFile } from '../pipeline.ts';
import { importPaths, MAX_BATCH } from '../write.ts';
import { cpuSnapshot, diskUsage, mb, round, timed, type Report } from './figures.ts';

export const SAMPLES = join(import.meta.dirname, '..', 'samples');

/**
 * `n` readout files in `dir`: the bundled samples copied under new names (`copyK-<sample>`), so that
 * documents multiply while their people, states and events merge into hubs, as in a real corpus.
 */
export async function makeReadouts(dir: string, n: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const samples = (await readdir(SAMPLES)).sort();
  const bodies = await Promise.all(samples.map((f) => readFile(join(SAMPLES, f), 'utf8')));
  const files: string[] = [];
  for (let k = 0; files.length < n; k++) {
    for (const [i, f] of samples.entries()) {
      if (files.length >= n) break;
      const path = join(dir, `copy${String(k).padStart(4, '0')}-${f}`);
      await writeFile(path, bodies[i]!);
      files.push(path);
    }
  }
  return files;
}

/**
 * Extraction of the same readout files on this thread and on the worker pool the import uses (each from
 * cold threads: a worker warms up its own JIT), with the documents compared for equality.
 */
export async function benchExtractionPool(report: Report, files: string[]): Promise<void> {
  const threads = threadsFor(files.length) || 2;
  const [one, oneMs] = await timed(() => extractAll(files, 0, undefined, (f) => extractFile(f)));
  const [pooled, poolMs] = await timed(() => extractAll(files, threads, undefined, (f) => extractFile(f)));
  const same = JSON.stringify([...one.values()]) === JSON.stringify([...pooled.values()]);
  const rate = (ms: number) => (files.length / ms) * 1000;
  report.add('extraction', 'threads', threads, `extraction of ${files.length} files: worker threads`, String(threads));
  report.add(
    'extraction',
    'filesDocsPerSec',
    round(rate(oneMs)),
    '  one thread (files read from disk)',
    `${rate(oneMs).toFixed(0)} docs/s`,
  );
  report.add(
    'extraction',
    'pooledDocsPerSec',
    round(rate(poolMs)),
    `  ${threads} worker threads, same output: ${same ? 'yes' : 'NO'}`,
    `${rate(poolMs).toFixed(0)} docs/s (×${(oneMs / poolMs).toFixed(2)})`,
  );
}

/** Imports `files` into the emptied store; figures under `import.<key>`. */
export async function benchImport(
  report: Report,
  conn: GraphConnection,
  dataDir: string,
  files: string[],
  key: string,
  neo4jPid?: number,
): Promise<void> {
  await clearAll(conn);
  const before = await diskUsage(dataDir);
  const cpu0 = await cpuSnapshot(neo4jPid);
  const done: number[] = [];
  let extracted = 0;
  const t0 = performance.now();
  const [summary, ms] = await timed(() =>
    importPaths(conn, files, {
      onExtracted: () => (extracted = performance.now()),
      onProgress: (i) => (done[i] = performance.now()),
    }),
  );
  const cpu1 = await cpuSnapshot(neo4jPid);
  const n = files.length;
  // Extraction (on worker threads) runs while the first batches are written: it ends before the run does.
  const extractMs = extracted - t0;
  report.add(
    'import',
    `${key}ExtractSeconds`,
    round(extractMs / 1000, 2),
    `  extraction phase (${threadsFor(n, undefined, isLoopbackUri(conn.uri)) || 'no'} worker threads; batches are written meanwhile)`,
    `${(extractMs / 1000).toFixed(1)} s`,
  );
  const firstMs = done[1]! - t0;
  report.add(
    'import',
    `${key}FirstWriteMs`,
    round(firstMs),
    '  first document stored (a batch of its own), from the start',
    `${firstMs.toFixed(0)} ms`,
  );
  const rate = (n / ms) * 1000;
  // Time per document stored in the first and the second half of the run (the first half overlaps the
  // extraction; batches grow to MAX_BATCH, so halves span several batches).
  const half = Math.floor(n / 2);
  const early = (done[half]! - done[1]!) / Math.max(1, half - 1);
  const late = (done[n]! - done[half]!) / Math.max(1, n - half);
  report.add(
    'import',
    `${key}DocsPerSec`,
    round(rate),
    `import of ${n} readouts (empty store)`,
    `${(ms / 1000).toFixed(1)} s, ${rate.toFixed(1)} docs/s, ${summary.failed} failed`,
  );
  report.add(
    'import',
    `${key}WriteMsPerDoc`,
    { early: round(early), late: round(late), ratio: round(late / early, 2) },
    '  link+write ms/doc, first vs second half',
    `${early.toFixed(1)} vs ${late.toFixed(1)} (×${(late / early).toFixed(2)})`,
  );
  const perDoc = (a: number, b: number) => round((b - a) / n, 2);
  const cpu = {
    main: perDoc(cpu0.main, cpu1.main),
    workers: perDoc(cpu0.all - cpu0.main, cpu1.all - cpu1.main),
    neo4j: perDoc(cpu0.other, cpu1.other),
  };
  report.add(
    'import',
    `${key}CpuMsPerDoc`,
    cpu,
    '  CPU ms/doc: Node main thread, other threads (extraction workers, V8 helpers), Neo4j',
    `${cpu.main} + ${cpu.workers} + ${cpu.neo4j} = ${round(cpu.main + cpu.workers + cpu.neo4j, 2)} ms`,
  );
  const after = await diskUsage(dataDir);
  const per1000 = ((after.bytes - before.bytes) / n) * 1000;
  report.add('import', `${key}StoreMbPer1000`, mb(per1000), '  store growth per 1,000 readouts', `${mb(per1000)} MB`);
  report.add(
    'import',
    `${key}TxLogMb`,
    mb(after.txLogBytes),
    '  transaction logs on disk',
    `${mb(after.txLogBytes)} MB`,
  );
  if (key === 'run') {
    const [, againMs] = await timed(() => importPaths(conn, files));
    report.add(
      'import',
      'reimportSeconds',
      round(againMs / 1000, 2),
      '  re-import (unchanged, idempotent)',
      `${(againMs / 1000).toFixed(2)} s`,
    );
  }
}

/**
 * Writes each plan as the batched writer does, but one auto-commit statement per row: the document's sha
 * check, the Document (with its attestations), each entity (with its MENTIONS), each fact, and the degree
 * of each entity the document touched. The same query constants, so the store ends up the same.
 */
export async function naiveWrite(conn: GraphConnection, plans: WritePlan[]): Promise<void> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const p of plans) {
      const stored = await session.run(READ_DOCUMENT_SHAS, batchParams([p.docId]));
      if (stored.records[0]?.get('sha256') === p.doc.sha256) continue;
      await session.run(MERGE_DOCUMENTS, batchParams([p.doc]));
      for (const label of ENTITY_LABELS)
        for (const row of p.entities[label] ?? []) await session.run(MERGE_ENTITIES, batchParams([row]));
      for (const type of FACT_TYPES)
        for (const row of p.facts[type] ?? [])
          await session.run(MERGE_FACTS_BY_TYPE[type], batchParams(factRows(type, [row])));
      for (const id of touchedEntities([p])) await session.run(REFRESH_DEGREES, batchParams([id]));
    }
  } finally {
    await session.close();
  }
}

/** Where two fingerprints differ, in a few words ('' when they are the same). */
function graphDifference(a: GraphFingerprint, b: GraphFingerprint): string {
  const diff: string[] = [];
  for (const [what, x, y] of [
    ['nodes', a.nodes, b.nodes],
    ['relationships', a.relationships, b.relationships],
  ] as const) {
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)]))
      if (x[key] !== y[key]) diff.push(`${what} ${key}: ${x[key] ?? 0} vs ${y[key] ?? 0}`);
  }
  if (diff.length === 0 && a.digest !== b.digest) diff.push('same counts, different properties');
  return diff.join('; ');
}

/**
 * The project's batched writer and a naive per-row writer on the same extractions, each into an empty
 * store (the queries planned beforehand, as an import does), and whether both stores hold the same graph.
 */
export async function benchWriters(report: Report, conn: GraphConnection, files: string[]): Promise<void> {
  const plans = await Promise.all(files.map(async (f) => planDocumentWrite(await extractFile(f))));
  const rows = plans.reduce((n, p) => n + p.nodeRows + p.relationshipRows, 0);
  await clearAll(conn);
  await warmUpWriter(conn);
  const [, batchedMs] = await timed(async () => {
    for (let i = 0; i < plans.length; i += MAX_BATCH) await writePlans(conn, plans.slice(i, i + MAX_BATCH));
  });
  const batchedGraph = await graphFingerprint(conn);
  await clearAll(conn);
  const [, naiveMs] = await timed(() => naiveWrite(conn, plans));
  const naiveGraph = await graphFingerprint(conn);
  const batched = (plans.length / batchedMs) * 1000;
  const naive = (plans.length / naiveMs) * 1000;
  report.add('writers', 'docs', plans.length, `writers on the same ${plans.length} extractions`, `${rows} rows`);
  report.add(
    'writers',
    'batchedDocsPerSec',
    round(batched),
    `  batched (UNWIND, ${MAX_BATCH} docs per tx)`,
    `${batched.toFixed(1)} docs/s`,
  );
  report.add(
    'writers',
    'naiveDocsPerSec',
    round(naive),
    '  naive (one auto-commit statement per row)',
    `${naive.toFixed(1)} docs/s`,
  );
  report.add('writers', 'speedup', round(batched / naive, 1), '  speed-up', `×${(batched / naive).toFixed(1)}`);
  const difference = graphDifference(batchedGraph, naiveGraph);
  report.add(
    'writers',
    'sameGraph',
    difference === '',
    '  both stores hold the same graph',
    difference === ''
      ? `yes (${batchedGraph.nodeCount} nodes, ${batchedGraph.relationshipCount} relationships)`
      : `NO: ${difference}`,
  );
}
