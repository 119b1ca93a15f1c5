#!/usr/bin/env node
// Where an import leaves the cores idle (README "Benchmark"): the import bench's run (N generated readouts into a
// fresh embedded Neo4j, started as the bench starts it) with the CPU of this process's main thread, of its other
// threads (the extraction worker, V8's helpers) and of Neo4j sampled every 100 ms from /proc (schedstat, ns) by a
// separate sampler process, and the times of the run's events (files stored, the last file extracted, the end).
// Prints per phase the wall time, the CPU of each side and the cores left idle (cores × wall − CPU), and with
// `--buckets` every 100 ms. Run with the flags of `kg import`:
//   node --single-threaded-gc --interrupt-budget=540000 --no-regexp-tier-up --always-sparkplug --import tsx \
//     scripts/import-timeline.mjs [N] [--buckets]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { connect } from '../graph/connection.ts';
import { ensureSchema } from '../graph/constraints.ts';
import { freePort, startEmbeddedNeo4j } from '../graph/embedded.ts';
import { makeReadouts } from '../importer/bench/import-bench.ts';
import { importPaths } from '../importer/write.ts';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const buckets = args.includes('--buckets');
const cores = availableParallelism();

// The sampler: a separate process, so that a busy main thread does not delay the samples. Each line:
// epoch ms, main thread ns, this process's other threads ns, Neo4j ns.
const SAMPLER = `
const fs = require('node:fs');
const [pid, jpid] = process.argv.slice(1).map(Number);
const ns = (p) => { try { return Number(fs.readFileSync(p, 'utf8').split(' ')[0]); } catch { return 0; } };
// Threads that ended keep their last figure (an extraction worker ends before the run does).
const seen = new Map();
const all = (pid) => { try { for (const t of fs.readdirSync('/proc/' + pid + '/task')) { const v = ns('/proc/' + pid + '/task/' + t + '/schedstat'); if (v) seen.set(pid + '/' + t, v); } } catch {} let s = 0; for (const [k, v] of seen) if (k.startsWith(pid + '/')) s += v; return s; };
setInterval(() => {
  const main = ns('/proc/' + pid + '/task/' + pid + '/schedstat');
  process.stdout.write(Date.now() + ' ' + main + ' ' + (all(pid) - main) + ' ' + all(jpid) + '\\n');
}, 100);
`;

const work = await mkdtemp(join(tmpdir(), 'import-timeline-'));
const neo = await startEmbeddedNeo4j({
  dataDir: join(work, 'store'),
  port: await freePort(),
  pagecacheMb: 1024,
  heap: '2g',
  jit: 'quick',
});
const conn = await connect({ uri: neo.uri, user: neo.user, password: neo.password });
const samples = [];
const sampler = spawn(process.execPath, ['-e', SAMPLER, String(process.pid), String(neo.pid)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
createInterface({ input: sampler.stdout }).on('line', (l) => samples.push(l.split(' ').map(Number)));
try {
  await ensureSchema(conn);
  const files = await makeReadouts(join(work, 'readouts'), n);
  await new Promise((r) => setTimeout(r, 300));
  const stored = [];
  let extracted = 0;
  const t0 = Date.now();
  const summary = await importPaths(conn, files, {
    onExtracted: () => (extracted = Date.now()),
    onProgress: (i) => (stored[i] = Date.now()),
  });
  const t1 = Date.now();
  await new Promise((r) => setTimeout(r, 300));
  const first = stored[1];
  const last = stored[n];
  const at = (t) => {
    // The sample nearest before or at t (interpolated linearly between the two around it).
    let i = samples.findIndex((s) => s[0] >= t);
    if (i <= 0) i = i < 0 ? samples.length - 1 : 1;
    const [a, b] = [samples[i - 1], samples[i]];
    const f = b[0] === a[0] ? 0 : Math.min(1, Math.max(0, (t - a[0]) / (b[0] - a[0])));
    return [1, 2, 3].map((k) => (a[k] + f * (b[k] - a[k])) / 1e6);
  };
  // The batches: runs of files stored at the same moment.
  const commits = [];
  for (let i = 1; i <= n; i++) if (stored[i] !== stored[i - 1]) commits.push({ at: stored[i], from: i });
  const phases = [
    ['start → first stored', t0, first],
    ['first stored → last extracted', first, Math.max(first, extracted)],
    ['last extracted → last stored', Math.max(first, extracted), last],
    ['last stored → end (relink)', last, t1],
    ['whole run', t0, t1],
  ];
  console.log(
    `${n} readouts: ${((n / (t1 - t0)) * 1000).toFixed(1)} docs/s, ${summary.failed} failed, ` +
      `${commits.length} batches (${commits.map((c, i) => (commits[i + 1]?.from ?? n + 1) - c.from).join(' ')})`,
  );
  console.log('phase                               wall ms   main  others  neo4j  idle (core-ms)  idle %');
  for (const [name, a, b] of phases) {
    const [m0, o0, j0] = at(a);
    const [m1, o1, j1] = at(b);
    const wall = b - a;
    const cpu = m1 - m0 + (o1 - o0) + (j1 - j0);
    const idle = cores * wall - cpu;
    console.log(
      `${name.padEnd(34)} ${String(wall).padStart(8)} ${(m1 - m0).toFixed(0).padStart(6)} ${(o1 - o0).toFixed(0).padStart(7)}` +
        ` ${(j1 - j0).toFixed(0).padStart(6)} ${idle.toFixed(0).padStart(15)} ${((idle / (cores * Math.max(1, wall))) * 100).toFixed(1).padStart(7)}`,
    );
  }
  const commitTimes = commits.map((c) => `${c.at - t0}`).join(' ');
  console.log(`stored at (ms from start): ${commitTimes}; last extracted at ${extracted - t0}`);
  if (buckets) {
    console.log('t ms  main  others  neo4j  (ms of CPU per 100 ms)');
    for (let i = 1; i < samples.length; i++) {
      const [t, ...v] = samples[i];
      if (t < t0 - 200 || t > t1 + 200) continue;
      const d = v.map((x, k) => ((x - samples[i - 1][k + 1]) / 1e6).toFixed(0).padStart(4));
      console.log(`${String(t - t0).padStart(6)} ${d.join(' ')}`);
    }
  }
} finally {
  sampler.kill();
  await conn.close();
  await neo.stop();
  await rm(work, { recursive: true, force: true });
}
