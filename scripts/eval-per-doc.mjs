#!/usr/bin/env node
// Per-readout extraction scores: runs ../shared/eval/score.mjs on each gold file alone and prints one
// line per readout (entity F1, relation F1). Usage: node scripts/eval-per-doc.mjs [--only a,b] [--except a,b]
//   [--gold DIR] [--texts DIR]. Used for first-look figures (docs/first-look.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const shared = resolve('../shared');
const goldDir = resolve(opt('--gold', join(shared, 'eval/gold')));
const textDir = resolve(opt('--texts', join(shared, 'corpus/dev')));
const scorer = join(shared, 'eval/score.mjs');
if (!existsSync(scorer) || !existsSync(goldDir)) {
  console.error(`eval-per-doc: the corpus is missing (${scorer}); it lives in ../shared beside the repo`);
  process.exit(2);
}
const only = opt('--only', '').split(',').filter(Boolean);
const except = opt('--except', '').split(',').filter(Boolean);
const keep = (f) => (!only.length || only.some((o) => f.includes(o))) && !except.some((o) => f.includes(o));

let sumE = 0;
let sumR = 0;
let n = 0;
for (const file of readdirSync(goldDir)
  .filter((f) => f.endsWith('.json') && keep(f))
  .sort()) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
  copyFileSync(join(goldDir, file), join(dir, file));
  const r = spawnSync(
    'node',
    [scorer, '--gold', dir, '--texts', textDir, '--cmd', 'node importer/kg.js extract', '--json'],
    { encoding: 'utf8' },
  );
  rmSync(dir, { recursive: true, force: true });
  let e = NaN;
  let rel = NaN;
  try {
    const j = JSON.parse(r.stdout);
    e = j.entity.f;
    rel = j.relation.f;
  } catch {
    const m = /entities P [\d.]+ R [\d.]+ F1 ([\d.]+) · relations P [\d.]+ R [\d.]+ F1 ([\d.]+)/.exec(r.stdout);
    if (m) [e, rel] = [Number(m[1]), Number(m[2])];
  }
  sumE += e;
  sumR += rel;
  n++;
  console.log(`${file.replace(/\.json$/, '').padEnd(62)} ${e.toFixed(2)} ${rel.toFixed(2)}`);
}
console.log(`${'mean of ' + n + ' readouts'.padEnd(52)} ${(sumE / n).toFixed(2)} ${(sumR / n).toFixed(2)}`);
