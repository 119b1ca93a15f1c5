// `kg bench` (`npm run bench`): speed, memory and disk figures for extraction, import, the writer and
// reads, on generated readouts and on a synthetic graph of 100k nodes and 1M relationships. Uses a
// throwaway embedded Neo4j (never your data); prints figures (`--json`: one JSON object), asserts nothing.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { clearAll } from '../../graph/admin.ts';
import { connect } from '../../graph/connection.ts';
import { ensureSchema } from '../../graph/constraints.ts';
import { startEmbeddedNeo4j } from '../../graph/embedded.ts';
import { mb, Report, round, timed } from '../bench/figures.ts';
import { benchExtractionPool, benchImport, benchWriters, makeReadouts, SAMPLES } from '../bench/import-bench.ts';
import { benchConcurrency, benchReads, buildReadGraph } from '../bench/read-bench.ts';
import { MAX_TEXT_CHARS } from '../load.ts';
import { extractText } from '../pipeline.ts';

export interface BenchOptions {
  json?: boolean;
  /** Readouts of the import run (default 1000). */
  docs?: string | number;
  /** Also import 5,000 readouts (minutes on 2 cores). */
  large?: boolean;
  nodes?: string | number;
  relationships?: string | number;
  clients?: string | number;
  seconds?: string | number;
  /** Only extraction, import and writers: no synthetic read graph, no clients. */
  importOnly?: boolean;
  /** Small sizes everywhere, to check the bench itself. */
  quick?: boolean;
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

async function benchExtraction(report: Report, texts: { file: string; text: string }[]): Promise<void> {
  report.section('Extraction (rules, no database)');
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  const perDoc: number[] = [];
  const t0 = performance.now();
  let rounds = 0;
  while (performance.now() - t0 < 3000 || rounds < 2) {
    for (const t of texts) perDoc.push((await timed(() => extractText(t.text, { file: t.file })))[1]);
    rounds++;
  }
  const total = performance.now() - t0;
  report.add(
    'extraction',
    'docsPerSec',
    round((perDoc.length / total) * 1000),
    'throughput (one thread)',
    `${((perDoc.length / total) * 1000).toFixed(0)} docs/s, ${((chars * rounds) / total).toFixed(0)} k chars/s`,
  );
  report.addLatency('extraction', 'perDocMs', perDoc, 'per document');
  // The longest text one readout may have (importer/load.ts), made of the samples.
  const all = texts.map((t) => t.text).join('\n\n');
  const big = all.repeat(Math.ceil(MAX_TEXT_CHARS / all.length)).slice(0, MAX_TEXT_CHARS);
  const [, bigMs] = await timed(() => extractText(big, { file: 'big.txt' }));
  report.add(
    'extraction',
    'maxSizeDocMs',
    round(bigMs),
    `one document of ${big.length / 1000} k chars`,
    `${bigMs.toFixed(0)} ms`,
  );
  report.add(
    'extraction',
    'rssMb',
    mb(process.memoryUsage().rss),
    'memory (rss)',
    `${mb(process.memoryUsage().rss)} MB`,
  );
}

/** Runs every benchmark and prints its figures. */
export async function runBench(opts: BenchOptions = {}): Promise<void> {
  const quick = opts.quick === true;
  const docs = Number(opts.docs ?? (quick ? 200 : 1000));
  const size = {
    nodes: Number(opts.nodes ?? (quick ? 10_000 : 100_000)),
    relationships: Number(opts.relationships ?? (quick ? 100_000 : 1_000_000)),
  };
  const report = new Report(opts.json === true);
  const files = (await readdir(SAMPLES)).sort();
  const texts = await Promise.all(
    files.map(async (file) => ({ file, text: await readFile(join(SAMPLES, file), 'utf8') })),
  );
  report.note(`# Readout Graph benchmark (${new Date().toISOString()}, Node ${process.version})`);
  await benchExtraction(report, texts);

  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
  const dataDir = join(dir, 'store');
  const db = await startEmbeddedNeo4j({ dataDir, port: await freePort(), pagecacheMb: 1024, heap: '2g' });
  const conn = await connect({ uri: db.uri, user: db.user, password: db.password });
  try {
    await ensureSchema(conn);
    report.section('Import (throwaway embedded Neo4j)');
    const readouts = await makeReadouts(join(dir, 'readouts'), Math.max(docs, opts.large ? 5000 : 0));
    await benchExtractionPool(report, readouts.slice(0, docs));
    await benchImport(report, conn, dataDir, readouts.slice(0, docs), 'run');
    if (opts.large) await benchImport(report, conn, dataDir, readouts.slice(0, 5000), 'large');
    report.section('Writer');
    await benchWriters(report, conn, readouts.slice(0, quick ? 40 : 100));

    if (opts.importOnly) return;
    report.section('Reads');
    await clearAll(conn);
    const counts = await buildReadGraph(report, conn, size);
    await benchReads(report, conn, counts, quick ? 10 : 30);
    report.section('Concurrency');
    await benchConcurrency(report, conn, counts, Number(opts.clients ?? 20), Number(opts.seconds ?? (quick ? 10 : 30)));
  } finally {
    report.add(
      'memory',
      'rssMb',
      mb(process.memoryUsage().rss),
      '\nmemory of this process (rss)',
      `${mb(process.memoryUsage().rss)} MB`,
    );
    await conn.close();
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
  if (opts.json) console.log(JSON.stringify(report.figures, null, 2));
}
