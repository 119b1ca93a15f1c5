#!/usr/bin/env node
// The extraction worker's CPU by source file (issue 9, perf28): the tree's importer/pipeline.ts bundled as the worker
// bundles it (scripts/tree-extractor.mjs, with the module boundaries esbuild marks by a `// path` comment), every
// readout of its importer/samples extracted ROUNDS times under V8's sampling profiler (node:inspector), and the
// samples summed per source file. Two columns: `self`, the samples whose frame is the file's own code, and `charged`,
// with the samples of regex code, builtins and other frames outside the bundle (GC and idle left out) charged to the
// nearest caller in the bundle, i.e. the CPU a file's code spends itself, its regexes included; and `caller`, with
// the shared helpers' samples (--through, by default text.ts's runners, gates.ts, word-bits.ts, literal-need.ts,
// text-memo.ts) charged in turn to their nearest caller outside them, i.e. what a rule file costs with the helpers it
// asks. The table is sorted by `caller`. The first round is left out of the profile (warm-up: compiling regexes and
// functions). Run it with the V8 flags of `kg import`:
//   node --single-threaded-gc --interrupt-budget=540000 --no-regexp-tier-up --always-sparkplug \
//     scripts/extract-by-file.mjs [TREE] [ROUNDS] [TOP] [--json FILE] [--match REGEX] [--through REGEX] [--functions REGEX] \
//     [--callers NAME]
// --match lists every file whose path matches REGEX (e.g. 'rules-.*2[5-7]') below the top list; --functions lists
// the costliest functions (by `caller`) of the files matching REGEX; --callers the callers of the function NAME, by
// the samples under it (inclusive).
import { readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';

import { extractorOf } from './tree-extractor.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const jsonOut = opt('--json');
const match = opt('--match');
const through = new RegExp(opt('--through') ?? 'extract/(?:text|gates|word-bits|literal-need|text-memo)\\.ts$');
const functionsOf = opt('--functions');
const callersOf = opt('--callers');
const [tree = '.', rounds = '4', top = '30'] = args;

let code = '';
const extractFile = await extractorOf(tree, 'by-file', (text) => (code = text));
// Line (1-based) → module path, from esbuild's `// path` comments that open each module of the bundle.
const lines = code.split('\n');
const moduleOfLine = new Array(lines.length + 1);
let current = '(bundle prelude)';
for (const [i, line] of lines.entries()) {
  // esbuild writes the path relative to the working directory: kept from the tree's own folders on.
  const m = /^\/\/ (\S+\.(?:[cm]?[jt]s|json))$/.exec(line);
  if (m) current = m[1].replace(/^(?:\.\.\/|[^/]*\/)*?(?=(?:importer|graph|web|shared|node_modules)\/)/, '');
  moduleOfLine[i + 1] = current;
}

const samples = join(resolve(tree), 'importer', 'samples');
const names = readdirSync(samples)
  .filter((f) => /\.(txt|md|html?)$/i.test(f) && !/^README/i.test(f))
  .sort();
for (const f of names) await extractFile(join(samples, f));

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t0 = process.cpuUsage();
const n = Number(rounds);
for (let r = 0; r < n; r++) for (const f of names) await extractFile(join(samples, f));
const u = process.cpuUsage(t0);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const fileOf = (node) => {
  const { url, lineNumber } = node.callFrame;
  return url.includes('extract-by-file-') ? (moduleOfLine[lineNumber + 1] ?? '(bundle)') : undefined;
};
const SKIP = new Set(['(idle)', '(garbage collector)', '(program)']);
const self = new Map();
const charged = new Map();
const byCaller = new Map();
const functions = new Map();
const other = new Map();
let counted = 0;
const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
for (const id of profile.samples) {
  const node = byId.get(id);
  const name = node.callFrame.functionName;
  if (SKIP.has(name)) {
    add(other, name);
    continue;
  }
  counted++;
  const own = fileOf(node);
  if (own) add(self, own);
  let at = node;
  let file = own;
  while (!file && parent.has(at.id)) {
    at = byId.get(parent.get(at.id));
    file = fileOf(at);
  }
  add(charged, file ?? '(outside the bundle)');
  while (file && through.test(file) && parent.has(at.id)) {
    const up = byId.get(parent.get(at.id));
    const upFile = fileOf(up);
    if (!upFile) break;
    at = up;
    file = upFile;
  }
  add(byCaller, file ?? '(outside the bundle)');
  if (functionsOf && file && new RegExp(functionsOf).test(file))
    add(functions, `${file}:${at.callFrame.functionName || '(anonymous)'}:${at.callFrame.lineNumber + 1}`);
}
const total = profile.samples.length;
const pct = (k) => ((100 * k) / counted).toFixed(2);
const files = new Set([...charged.keys(), ...byCaller.keys()]);
const rows = [...files]
  .map((file) => ({
    file,
    caller: byCaller.get(file) ?? 0,
    charged: charged.get(file) ?? 0,
    self: self.get(file) ?? 0,
  }))
  .sort((a, b) => b.caller - a.caller);
console.log(
  `${((u.user + u.system) / 1000 / (n * names.length)).toFixed(3)} ms per file (${n} × ${names.length} files, after one warm round); ` +
    `${total} samples, ${counted} in code (${[...other].map(([k, v]) => `${k} ${v}`).join(', ')})`,
);
console.log('rank  caller%  charged%  self%  file');
const line = (r, i) =>
  `${String(i + 1).padStart(4)}  ${pct(r.caller).padStart(7)}  ${pct(r.charged).padStart(8)}  ${pct(r.self).padStart(5)}  ${r.file}`;
rows.slice(0, Number(top)).forEach((r, i) => console.log(line(r, i)));
if (match) {
  const re = new RegExp(match);
  console.log(`files matching /${match}/:`);
  let sum = 0;
  rows.forEach((r, i) => {
    if (!re.test(r.file)) return;
    sum += r.caller;
    console.log(line(r, i));
  });
  console.log(`      ${pct(sum).padStart(7)}  in all (caller)`);
}
if (callersOf) {
  const total = new Map();
  const inclusive = (node) => {
    if (total.has(node.id)) return total.get(node.id);
    let k = node.hitCount ?? 0;
    for (const c of node.children ?? []) k += inclusive(byId.get(c));
    total.set(node.id, k);
    return k;
  };
  const callers = new Map();
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== callersOf || !parent.has(node.id)) continue;
    const up = byId.get(parent.get(node.id));
    if (up.callFrame.functionName === callersOf) continue;
    const key = `${fileOf(up) ?? up.callFrame.url}:${up.callFrame.functionName || '(anonymous)'}`;
    callers.set(key, (callers.get(key) ?? 0) + inclusive(node));
  }
  console.log(`callers of ${callersOf} (inclusive %):`);
  for (const [f, k] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`  ${pct(k).padStart(6)}  ${f}`);
}
if (functionsOf) {
  console.log(`functions of /${functionsOf}/ (caller%):`);
  for (const [f, k] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`  ${pct(k).padStart(6)}  ${f}`);
}
if (jsonOut)
  writeFileSync(jsonOut, JSON.stringify({ counted, total, rows, functions: Object.fromEntries(functions) }, null, 1));
