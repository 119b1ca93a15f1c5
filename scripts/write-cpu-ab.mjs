#!/usr/bin/env node
// Neo4j's CPU for the writer, A/B (README "Benchmark", "Neo4j and the main thread, twelfth round"): the N readouts the
// import bench makes (the samples copied under new names) are extracted once, then each variant in turn, round after
// round (A, B, A, B, …), starts a fresh embedded Neo4j as the bench does (2 GiB heap, 1 GiB page cache, C1 only, the
// class-data archive of its tree), creates the schema, has the writer's queries planned (`warmUpWriter`) and writes the
// extractions in batches of 1, 200, 200, … Printed per run, from /proc: Neo4j's CPU to start, for the schema, for the
// warm-up (ms) and per readout written (`write`, `total` = warm-up + writes), this process's main thread per readout
// (planning rows, packing them), and the stored graph's `graphFingerprint` digest (the same graph in every run, or
// the variants store different things), the bytes this process wrote (Bolt: `boltKb` per readout, from
// /proc/self/io) and, once Neo4j has stopped (checkpointed), the store's files (`storeMb`, transaction logs apart: `txLogMb`).
// With REWRITES > 0, that many documents spread over the first 100 are then written again in one transaction, as the
// import's final relink does (`writePlans` with `rewrite`: retracted, then written), and `rewriteMs` is Neo4j's CPU for
// it (a fresh JVM's first retraction: its plans and first runs); the digest is taken after it. A variant is a tree (a checkout with node_modules and the launcher's target,
// e.g. `git archive <commit> | tar -x -C DIR`, `cp -al node_modules`, `cp -a graph/neo4j-launcher/target`) and
// environment for its Neo4j (NEO4J_JAVA_OPTS, NEO4J_SETTINGS, NEO4J_JIT):
//   node --single-threaded-gc --import tsx scripts/write-cpu-ab.mjs \
//     '[{"name":"A","tree":"/tmp/base"},{"name":"B","tree":".","env":{"NEO4J_JAVA_OPTS":"-Xmn600m"}}]' [ROUNDS] [N] [REWRITES]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [spec, roundsArg, countArg, rewritesArg] = process.argv.slice(2);
if (!spec) throw new Error('usage: write-cpu-ab.mjs VARIANTS_JSON [ROUNDS] [N] [REWRITES]');
const variants = JSON.parse(spec);
const rounds = Number(roundsArg ?? 3);
const n = Number(countArg ?? 1000);
const rewrites = Number(rewritesArg ?? 0);

const modules = new Map();
/** The tree's modules (each tree its own copies, driver included). */
async function treeOf(tree) {
  const dir = resolve(tree);
  if (!modules.has(dir)) {
    const load = (path) => import(join(dir, path));
    modules.set(dir, {
      embedded: await load('graph/embedded.ts'),
      connection: await load('graph/connection.ts'),
      constraints: await load('graph/constraints.ts'),
      writer: await load('graph/write-store.ts'),
      admin: await load('graph/admin.ts'),
      bench: await load('importer/bench/import-bench.ts'),
      figures: await load('importer/bench/figures.ts'),
      pipeline: await load('importer/pipeline.ts'),
    });
  }
  return modules.get(dir);
}

/** Bytes this process has written (sockets included) so far. */
async function writtenBytes() {
  return Number(/^wchar: (\d+)$/m.exec(await readFile('/proc/self/io', 'utf8'))[1]);
}

/** CPU ms (user + system) of a process, or of one of its threads, from /proc. */
async function cpuMs(pid, tid) {
  const stat = await readFile(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const work = await mkdtemp(join(tmpdir(), 'write-cpu-ab-'));
try {
  const first = await treeOf(variants[0].tree);
  const files = await first.bench.makeReadouts(join(work, 'readouts'), n);
  const docs = [];
  for (const file of files) docs.push({ ...(await first.pipeline.extractFile(file)), extractor: 'write-cpu-ab' });
  const runs = {};
  for (let round = 0; round < rounds; round++) {
    for (const v of variants) {
      const m = await treeOf(v.tree);
      const saved = { ...process.env };
      for (const key of ['NEO4J_JAVA_OPTS', 'NEO4J_SETTINGS', 'NEO4J_JIT']) delete process.env[key];
      Object.assign(process.env, v.env ?? {});
      const dataDir = join(work, `store-${round}-${v.name}`);
      const port = await m.embedded.freePort();
      const neo = await m.embedded
        .startEmbeddedNeo4j({ dataDir, port, pagecacheMb: 1024, heap: '2g', jit: 'quick' })
        .finally(() => (process.env = saved));
      const started = await cpuMs(neo.pid);
      const conn = await m.connection.connect({ uri: neo.uri, user: neo.user, password: neo.password });
      try {
        await m.constraints.ensureSchema(conn);
        const schema = await cpuMs(neo.pid);
        await m.writer.warmUpWriter(conn);
        const warm = await cpuMs(neo.pid);
        const main0 = await cpuMs(process.pid, process.pid);
        const bytes0 = await writtenBytes();
        for (let i = 0, size = 1; i < docs.length; i += size, size = 200)
          await m.writer.writePlans(
            conn,
            docs.slice(i, i + size).map((d) => m.writer.planDocumentWrite(d)),
          );
        const written = await cpuMs(neo.pid);
        const main1 = await cpuMs(process.pid, process.pid);
        const bytes1 = await writtenBytes();
        const again = Array.from(
          { length: rewrites },
          (_, k) => docs[Math.floor(((k + 1) * Math.min(n, 100)) / (rewrites + 1))],
        );
        if (again.length > 0)
          await m.writer.writePlans(
            conn,
            again.map((d) => m.writer.planDocumentWrite(d)),
            undefined,
            { rewrite: true },
          );
        const rewritten = await cpuMs(neo.pid);
        const graph = await m.admin.graphFingerprint(conn);
        const row = {
          startMs: started,
          schemaMs: schema - started,
          warmUpMs: warm - schema,
          write: +((written - warm) / n).toFixed(2),
          total: +((written - schema) / n).toFixed(2),
          main: +((main1 - main0) / n).toFixed(2),
          boltKb: +((bytes1 - bytes0) / n / 1024).toFixed(2),
          ...(rewrites > 0 ? { rewriteMs: rewritten - written } : {}),
          digest: graph.digest.slice(0, 12),
        };
        await conn.close();
        await neo.stop();
        // Stopped, so checkpointed: the store's files hold everything written.
        const disk = await m.figures.diskUsage(dataDir);
        row.storeMb = +((disk.bytes - disk.txLogBytes) / 2 ** 20).toFixed(1);
        row.txLogMb = +(disk.txLogBytes / 2 ** 20).toFixed(1);
        (runs[v.name] ??= []).push(row);
        console.log(v.name, JSON.stringify(row));
      } finally {
        await conn.close().catch(() => undefined);
        await neo.stop().catch(() => undefined);
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  for (const [name, rows] of Object.entries(runs)) {
    const figures = [
      'warmUpMs',
      'write',
      'total',
      'main',
      'boltKb',
      'storeMb',
      'txLogMb',
      ...(rewrites > 0 ? ['rewriteMs'] : []),
    ].map((k) => `${k} ${median(rows.map((r) => r[k]))}`);
    const totals = rows.map((r) => r.total);
    console.log(`median ${name}: ${figures.join(', ')} (total ${Math.min(...totals)}–${Math.max(...totals)})`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
