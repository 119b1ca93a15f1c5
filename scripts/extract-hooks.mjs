#!/usr/bin/env node
// The hook table of the extraction (README "Extraction CPU, nineteenth round"): copies TREE's importer/ and graph/ to
// OUT (a scratch directory, emptied first), wraps there every one-line statement-level call of a rule hook in
// importer/extract (`f(ctx|k|st|text…, …);`, `const x = f(…);`, in loops too, e.g. `rule(k, s)`) in a probe, bundles
// that copy as the worker does and extracts TREE's importer/samples and ../shared/corpus/dev ROUNDS times (the first
// round not counted); prints per hook its inclusive time (% of the extraction and µs per readout, wall clock, so run
// it on a quiet machine), its calls per round and in how many readouts it acted (added a candidate or a relation,
// called a function it was given, such as `add`, or returned something not empty). Run it with the import's flags:
//   node --single-threaded-gc --interrupt-budget=540000 --no-regexp-tier-up --always-sparkplug scripts/extract-hooks.mjs TREE OUT [ROUNDS]
import { cpSync, readdirSync, readFileSync, writeFileSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { extractorOf } from './tree-extractor.mjs';

const [tree, out, rounds = '3'] = process.argv.slice(2);
if (!tree || !out) throw new Error('usage: extract-hooks.mjs TREE OUT [ROUNDS]');
rmSync(out, { recursive: true, force: true });
cpSync(join(tree, 'importer'), join(out, 'importer'), { recursive: true });
cpSync(join(tree, 'graph'), join(out, 'graph'), {
  recursive: true,
  filter: (p) => !p.includes('neo4j-launcher/target'),
});
for (const f of ['package.json', 'tsconfig.json']) cpSync(join(tree, f), join(out, f));
if (!existsSync(join(out, 'node_modules')))
  symlinkSync(resolve(import.meta.dirname, '..', 'node_modules'), join(out, 'node_modules'));
const dir = join(out, 'importer', 'extract');
const FIRST = /^(?:ctx|k|kit|st|text|ctx\.text|k\.ctx|st\.ctx|this\.ctx|c)\b/;
const SKIP = new Set(['add', 'push', 'relate', 'set', 'delete', 'rename', 'renameAll', 'respan']);
let sites = 0;
for (const f of readdirSync(dir)) {
  if (!f.endsWith('.ts') || f.includes('test') || f.startsWith('bank')) continue;
  const src = readFileSync(join(dir, f), 'utf8').split('\n');
  const tag = basename(f, '.ts');
  const outSrc = src.map((line) => {
    const m =
      /^(\s*(?:for \(const [^)]*\)\s*|if \([^)]*\)\s*|(?:const|let) [\w{}[\], ]+ = )?)([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\((.*)\);(\s*\/\/.*)?$/.exec(
        line,
      );
    if (!m) return line;
    const [, pre, callee, args, cmt = ''] = m;
    const last = callee.split('.').pop();
    if (
      SKIP.has(last) ||
      !FIRST.test(args) ||
      (callee.includes('.') && !/^gated/i.test(callee)) ||
      !/^\s/.test(pre || line)
    )
      return line;
    if (/^(?:Math|Object|Array|JSON|console|String|Number)\./.test(callee)) return line;
    // balanced parens check
    let d = 0;
    for (const ch of args) {
      if (ch === '(') d++;
      else if (ch === ')') {
        d--;
        if (d < 0) return line;
      }
    }
    if (d !== 0) return line;
    sites++;
    return `${pre}__P(${JSON.stringify(tag + ':' + callee)}, ${callee}, ${args});${cmt}`;
  });
  writeFileSync(join(dir, f), outSrc.join('\n'));
}
console.error(`${sites} call sites wrapped`);

const stats = new Map();
let on = false;
globalThis.__doc = '';
globalThis.__P = (name, fn, ...args) => {
  if (!on) return fn(...args);
  const a0 = args[0];
  const ctx = a0 && typeof a0 === 'object' ? (a0.relations && 'entities' in a0 ? a0 : a0.ctx) : undefined;
  const e0 = ctx?.entities?.length ?? 0,
    r0 = ctx?.relations?.length ?? 0;
  let called = false;
  const wrapped = args.map((a, i) =>
    i > 0 && typeof a === 'function'
      ? (...xs) => {
          called = true;
          return a(...xs);
        }
      : a,
  );
  const t0 = performance.now();
  const ret = fn(...wrapped);
  const dt = performance.now() - t0;
  const acted =
    called ||
    (ctx && (ctx.entities.length !== e0 || ctx.relations.length !== r0)) ||
    (Array.isArray(ret)
      ? ret.length > 0
      : ret instanceof Set || ret instanceof Map
        ? ret.size > 0
        : ret !== undefined && ret !== false && ret !== null && typeof ret !== 'function');
  let s = stats.get(name);
  if (!s) stats.set(name, (s = { ms: 0, calls: 0, docs: new Set(), seen: new Set() }));
  s.ms += dt;
  s.calls++;
  s.seen.add(globalThis.__doc);
  if (acted) s.docs.add(globalThis.__doc);
  return ret;
};
const extractFile = await extractorOf(out, 'probe');
const files = [];
for (const d of [
  join(tree, 'importer', 'samples'),
  resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev'),
])
  for (const f of readdirSync(d).sort())
    if (/\.(txt|md|html?)$/i.test(f) && !/^README/i.test(f)) files.push(join(d, f));
let total = 0;
for (let r = 0; r < Number(rounds); r++) {
  on = r > 0;
  if (r === 1) stats.clear();
  for (const f of files) {
    globalThis.__doc = f;
    const t0 = performance.now();
    await extractFile(f);
    if (on) total += performance.now() - t0;
  }
}
const n = (Number(rounds) - 1) * files.length;
const rows = [...stats].map(([name, s]) => ({
  name,
  pct: (100 * s.ms) / total,
  usPerDoc: (1000 * s.ms) / n,
  calls: s.calls / (Number(rounds) - 1),
  acts: s.docs.size,
  seen: s.seen.size,
}));
rows.sort((a, b) => b.pct - a.pct);
console.log(`total ${(total / n).toFixed(3)} ms per readout over ${files.length} readouts; ${rows.length} hooks`);
console.log('pct\tus/doc\tcalls/round\tacts/seen\thook');
for (const r of rows)
  console.log(`${r.pct.toFixed(2)}\t${r.usPerDoc.toFixed(0)}\t${r.calls}\t${r.acts}/${r.seen}\t${r.name}`);
