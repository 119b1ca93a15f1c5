// `kg bench` (`npm run bench`): speed, memory and disk figures for extraction, import, the writer and
// reads, on generated readouts and on a synthetic graph of 100k nodes and 1M relationships. Uses a
// throwaway embedded Neo4j (never your data); prints figures (`--json`: one JSON object), asserts nothing.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { clearAll } from '../../graph/admin.ts';
import { connect } from '../../graph/connection.ts';
import { ensureSchema } from '../../graph/constraints.ts';
import { freePort, startEmbeddedNeo4j, type EmbeddedJit } from '../../graph/embedded.ts';
import { mb, Report, round, timed } from '../bench/figures.ts';
import { benchExtractionPool, benchImport, benchWriters, makeReadouts, SAMPLES } from '../bench/import-bench.ts';
import { EXPLORER_SIZES, benchExplorer } from '../bench/explorer-bench.ts';
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
  /** Small sizes everywhere, to check the bench itself. */
  quick?: boolean;
  /** Only these parts (comma-separated BENCH_PARTS); default all. */
  only?: string;
}

/** The parts of the bench, in the order they run. */
export const BENCH_PARTS = ['extraction', 'import', 'writer', 'reads', 'concurrency', 'explorer'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

/** The parts `--only` names (all when absent); throws naming an unknown part. */
export function benchParts(only: string | undefined): Set<BenchPart> {
  if (only === undefined) return new Set(BENCH_PARTS);
  const names = only
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const bad = names.filter((n) => !(BENCH_PARTS as readonly string[]).includes(n));
  if (bad.length || !names.length)
    throw new Error(`kg bench: --only takes parts among ${BENCH_PARTS.join(', ')}; got "${only}"`);
  return new Set(names as BenchPart[]);
}

export async function benchExtraction(
  report: Report,
  texts: { file: string; text: string }[],
  quick = false,
): Promise<void> {
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
  const [, bigMs] = await timed(() => extractText(sizedText(all, MAX_TEXT_CHARS), { file: 'big.txt' }));
  report.add(
    'extraction',
    'maxSizeDocMs',
    round(bigMs),
    `one document of ${MAX_TEXT_CHARS / 1000} k chars`,
    `${bigMs.toFixed(0)} ms`,
  );
  await benchSizeScaling(report, all, quick ? SCALING_SIZES.slice(0, 2) : SCALING_SIZES);
  report.add(
    'extraction',
    'rssMb',
    mb(process.memoryUsage().rss),
    'memory (rss)',
    `${mb(process.memoryUsage().rss)} MB`,
  );
}

/** The explorer's sizes with --quick. */
const QUICK_EXPLORER_SIZES = [{ nodes: 5000, edges: 20_000 }];

/** One text of `chars` characters made of the samples, repeated. */
const sizedText = (all: string, chars: number) => all.repeat(Math.ceil(chars / all.length)).slice(0, chars);

/** Sizes of the size-scaling figure: one document each, up to the limit of importer/load.ts. */
export const SCALING_SIZES = [100_000, 200_000, 400_000, 1_000_000].filter((n) => n <= MAX_TEXT_CHARS);

/**
 * Extraction time of one document against its length (`extraction.sizeScaling`): linear extraction keeps the time
 * per 1,000 characters flat. CPU time of this process, so that other load on the machine does not count.
 */
async function benchSizeScaling(report: Report, all: string, sizes: number[]): Promise<void> {
  const rows: { chars: number; ms: number; cpuMs: number; msPerKChar: number }[] = [];
  for (const chars of sizes) {
    const text = sizedText(all, chars);
    const cpu0 = process.cpuUsage();
    const [, ms] = await timed(() => extractText(text, { file: `scaling-${chars}.txt` }));
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    rows.push({ chars, ms: round(ms), cpuMs: round(cpuMs), msPerKChar: round(cpuMs / (chars / 1000), 2) });
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  report.add(
    'extraction',
    'sizeScaling',
    { sizes: rows, growth: round(last.msPerKChar / first.msPerKChar, 2) },
    'one document by length (CPU ms)',
    rows.map((r) => `${r.chars / 1000}k: ${r.cpuMs.toFixed(0)}`).join(', ') +
      ` (per 1k chars ×${(last.msPerKChar / first.msPerKChar).toFixed(2)} from ${first.chars / 1000}k to ${last.chars / 1000}k)`,
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
  const parts = benchParts(opts.only);
  const report = new Report(opts.json === true);
  const files = (await readdir(SAMPLES)).sort();
  const texts = await Promise.all(
    files.map(async (file) => ({ file, text: await readFile(join(SAMPLES, file), 'utf8') })),
  );
  report.note(`# Readout Graph benchmark (${new Date().toISOString()}, Node ${process.version})`);
  if (parts.has('extraction')) await benchExtraction(report, texts, quick);
  if (parts.size === 1 && parts.has('extraction')) return printJson(report, opts);

  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
  const dataDir = join(dir, 'store');
  // The import runs on the JIT of `kg import` (C1 only); the reads on that of a server (`kg start`, `kg serve`,
  // `kg neo4j`: C1 then C2), so Neo4j starts again between them (graph/embedded.ts `jit`).
  const open = async (jit: EmbeddedJit) => {
    const started = await startEmbeddedNeo4j({ dataDir, port: await freePort(), pagecacheMb: 1024, heap: '2g', jit });
    return { db: started, conn: await connect({ uri: started.uri, user: started.user, password: started.password }) };
  };
  const importing = parts.has('import') || parts.has('writer');
  let { db, conn } = await open(importing ? 'quick' : 'full');
  try {
    await ensureSchema(conn);
    if (importing) {
      const readouts = await makeReadouts(join(dir, 'readouts'), Math.max(docs, opts.large ? 5000 : 0));
      if (parts.has('import')) {
        report.section('Import (throwaway embedded Neo4j)');
        await benchExtractionPool(report, readouts.slice(0, docs));
        await benchImport(report, conn, dataDir, readouts.slice(0, docs), 'run', db.pid);
        if (opts.large) await benchImport(report, conn, dataDir, readouts.slice(0, 5000), 'large', db.pid);
      }
      if (parts.has('writer')) {
        report.section('Writer');
        await benchWriters(report, conn, readouts.slice(0, quick ? 40 : 100));
      }
    }
    if (importing && (parts.has('reads') || parts.has('concurrency') || parts.has('explorer'))) {
      await conn.close();
      await db.stop();
      ({ db, conn } = await open('full'));
    }
    if (parts.has('reads') || parts.has('concurrency')) {
      report.section('Reads');
      await clearAll(conn);
      const counts = await buildReadGraph(report, conn, size);
      if (parts.has('reads')) await benchReads(report, conn, counts, quick ? 10 : 30);
      if (parts.has('concurrency')) {
        report.section('Concurrency');
        await benchConcurrency(
          report,
          conn,
          counts,
          Number(opts.clients ?? 20),
          Number(opts.seconds ?? (quick ? 10 : 30)),
        );
      }
    }
    if (parts.has('explorer')) {
      report.section('Explorer (headless Chromium, WebGL on SwiftShader)');
      await benchExplorer(report, conn, quick ? QUICK_EXPLORER_SIZES : EXPLORER_SIZES, (line) => report.note(line));
    }
    report.add(
      'memory',
      'rssMb',
      mb(process.memoryUsage().rss),
      '\nmemory of this process (rss)',
      `${mb(process.memoryUsage().rss)} MB`,
    );
  } finally {
    await conn.close();
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
  printJson(report, opts);
}

function printJson(report: Report, opts: BenchOptions): void {
  if (opts.json) console.log(JSON.stringify(report.figures, null, 2));
}
