#!/usr/bin/env node
// A CPU profile of the extraction worker's code alone (README "Extraction CPU"): the tree's importer/pipeline.ts bundled
// as the worker bundles it (importer/extract-bundle.ts), then every readout of its importer/samples extracted ROUNDS
// times in this process; prints the CPU per file. Run it with the V8 flags of `kg import` and --cpu-prof:
//   node --single-threaded-gc --interrupt-budget=540000 --no-regexp-tier-up --always-sparkplug --cpu-prof --cpu-prof-dir=DIR \
//     scripts/extract-profile.mjs [TREE] [ROUNDS]
// and read DIR/*.cpuprofile in Chrome's DevTools, or sum its self times per function.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { extractorOf } from './tree-extractor.mjs';

const [tree = '.', rounds = '5'] = process.argv.slice(2);
const extractFile = await extractorOf(tree, 'profile');
const samples = join(resolve(tree), 'importer', 'samples');
const names = readdirSync(samples)
  .filter((f) => /\.(txt|md|html?)$/i.test(f) && !/^README/i.test(f))
  .sort();
const n = Number(rounds);
const t0 = process.cpuUsage();
for (let r = 0; r < n; r++) for (const f of names) await extractFile(join(samples, f));
const u = process.cpuUsage(t0);
console.log(
  `${((u.user + u.system) / 1000 / (n * names.length)).toFixed(3)} ms per file (${n} × ${names.length} files)`,
);
