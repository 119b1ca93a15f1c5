#!/usr/bin/env node
// Extraction CPU of two versions of the code, A/B in one process (README "Extraction CPU, ninth round"): each tree's
// extractor is bundled as the import's worker bundles it (importer/extract-bundle.ts), both are loaded, and the N
// readout files (the samples copied under new names, as the import bench makes them) are extracted by A and B in
// turn, file by file, in alternating order; the CPU of each call (process.cpuUsage: this thread, libuv's and V8's
// helpers) is summed per version. On a loaded machine both versions see the same load, so the ratio says more than
// two separate runs. Run it with the V8 flags of `kg import` (importer/kg.js):
//   node --single-threaded-gc --interrupt-budget=540000 --no-regexp-tier-up --always-sparkplug scripts/extract-cpu-ab.mjs TREE_A TREE_B [N]
// (a tree: a checkout of the repository with node_modules, e.g. `git archive <commit> | tar -x -C DIR` and a link).
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { extractorOf } from './tree-extractor.mjs';

const [treeA, treeB, count] = process.argv.slice(2);
if (!treeA || !treeB) throw new Error('usage: extract-cpu-ab.mjs TREE_A TREE_B [N]');
const n = Number(count ?? 1000);
const extract = { a: await extractorOf(treeA, 'ab-a'), b: await extractorOf(treeB, 'ab-b') };
const samples = join(resolve(treeA), 'importer', 'samples');
const names = readdirSync(samples)
  .filter((f) => /\.(txt|md|html?)$/i.test(f) && !/^README/i.test(f))
  .sort();
const dir = join(tmpdir(), 'readout-graph-extract-ab');
mkdirSync(dir, { recursive: true });
const files = [];
for (let k = 0; files.length < n; k++)
  for (const f of names) {
    if (files.length >= n) break;
    const path = join(dir, `copy${String(k).padStart(4, '0')}-${f}`);
    if (!existsSync(path)) writeFileSync(path, readFileSync(join(samples, f)));
    files.push(path);
  }

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const spent = { a: 0, b: 0 };
for (const [i, file] of files.entries())
  for (const v of i % 2 ? ['a', 'b'] : ['b', 'a']) {
    const c0 = cpu();
    await extract[v](file);
    spent[v] += cpu() - c0;
  }
const ms = (v) => (spent[v] / 1000 / n).toFixed(3);
console.log(
  JSON.stringify({ files: n, aMsPerFile: ms('a'), bMsPerFile: ms('b'), ratio: (spent.b / spent.a).toFixed(3) }),
);
