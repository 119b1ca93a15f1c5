// `kg bench` (`npm run bench`): speed and memory figures for extraction, import and reads, on the
// bundled samples and on generated volumes of them. Uses a throwaway embedded Neo4j (never your data);
// prints figures, asserts nothing.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { connect } from '../../graph/connection.ts';
import { ensureSchema } from '../../graph/constraints.ts';
import { startEmbeddedNeo4j } from '../../graph/embedded.ts';
import { getEntity, getGraph, searchEntities } from '../../graph/read-store.ts';
import { MAX_TEXT_CHARS } from '../load.ts';
import { extractText } from '../pipeline.ts';
import { importPaths } from '../write.ts';

const SAMPLES = join(import.meta.dirname, '..', 'samples');

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function benchExtraction(texts: { file: string; text: string }[]): Promise<void> {
  console.log('\n## Extraction (rules, no database)');
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  const perDoc: number[] = [];
  const t0 = performance.now();
  let rounds = 0;
  while (performance.now() - t0 < 3000 || rounds < 2) {
    for (const t of texts) {
      const [, ms] = await timed(() => extractText(t.text, { file: t.file }));
      perDoc.push(ms);
    }
    rounds++;
  }
  const total = performance.now() - t0;
  line('documents extracted', `${perDoc.length} (${rounds} rounds of ${texts.length})`);
  line(
    'throughput',
    `${((perDoc.length / total) * 1000).toFixed(0)} docs/s, ${((chars * rounds) / total).toFixed(0)} k chars/s`,
  );
  line(
    'per document p50 / p95 / max',
    `${pct(perDoc, 0.5).toFixed(1)} / ${pct(perDoc, 0.95).toFixed(1)} / ${Math.max(...perDoc).toFixed(1)} ms`,
  );
  // The longest text one readout may have (importer/load.ts), made of the samples.
  const all = texts.map((t) => t.text).join('\n\n');
  const big = all.repeat(Math.ceil(MAX_TEXT_CHARS / all.length)).slice(0, MAX_TEXT_CHARS);
  const [, bigMs] = await timed(() => extractText(big, { file: 'big.txt' }));
  line(`one document of ${(big.length / 1000).toFixed(0)} k chars`, `${bigMs.toFixed(0)} ms`);
  const mem = process.memoryUsage();
  line('memory after extraction (rss / heap used)', `${mb(mem.rss)} / ${mb(mem.heapUsed)}`);
}

async function benchImport(): Promise<void> {
  console.log('\n## Import and reads (throwaway embedded Neo4j)');
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
  const [db, startMs] = await timed(async () =>
    startEmbeddedNeo4j({ dataDir: join(dir, 'store'), port: await freePort() }),
  );
  line('embedded Neo4j start', `${(startMs / 1000).toFixed(1)} s`);
  const conn = await connect({ uri: db.uri, user: db.user, password: db.password });
  try {
    await ensureSchema(conn);
    const [first, firstMs] = await timed(() => importPaths(conn, [SAMPLES]));
    line(
      `import of the ${first.files} samples`,
      `${(firstMs / 1000).toFixed(2)} s (${((first.files / firstMs) * 1000).toFixed(1)} docs/s)`,
    );
    const [, againMs] = await timed(() => importPaths(conn, [SAMPLES]));
    line('re-import (unchanged, idempotent)', `${(againMs / 1000).toFixed(2)} s`);

    // Volume: the samples copied under new names, so documents multiply while entities merge.
    const copies = 10;
    const vol = join(dir, 'volume');
    await mkdir(vol);
    for (const f of await readdir(SAMPLES)) {
      const body = await readFile(join(SAMPLES, f), 'utf8');
      for (let i = 0; i < copies; i++) await writeFile(join(vol, `copy${i}-${f}`), body);
    }
    const [bulk, bulkMs] = await timed(() => importPaths(conn, [vol]));
    line(
      `import of ${bulk.files} more documents`,
      `${(bulkMs / 1000).toFixed(2)} s (${((bulk.files / bulkMs) * 1000).toFixed(1)} docs/s)`,
    );

    const reads: Record<string, number[]> = { graph: [], search: [], entity: [] };
    const hit = (await searchEntities(conn, 'Morgulov', 1))[0];
    for (let i = 0; i < 20; i++) {
      reads.graph!.push((await timed(() => getGraph(conn, {})))[1]);
      reads.search!.push((await timed(() => searchEntities(conn, 'Abe', 10)))[1]);
      if (hit) reads.entity!.push((await timed(() => getEntity(conn, hit.id)))[1]);
    }
    const g = await getGraph(conn, {});
    line('whole graph read', `${g.nodes.length} nodes, ${g.edges.length} edges`);
    for (const [k, xs] of Object.entries(reads)) {
      if (xs.length) line(`read ${k} p50 / p95`, `${pct(xs, 0.5).toFixed(1)} / ${pct(xs, 0.95).toFixed(1)} ms`);
    }
    line('memory of this process (rss)', mb(process.memoryUsage().rss));
  } finally {
    await conn.close();
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs every benchmark and prints its figures. */
export async function runBench(): Promise<void> {
  const files = (await readdir(SAMPLES)).sort();
  const texts = await Promise.all(
    files.map(async (file) => ({ file, text: await readFile(join(SAMPLES, file), 'utf8') })),
  );
  console.log(`# Readout Graph benchmark (${new Date().toISOString()}, Node ${process.version})`);
  await benchExtraction(texts);
  await benchImport();
}
