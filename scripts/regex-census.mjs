#!/usr/bin/env node
// Which of the extractor's regex runs a literal prefilter could skip (README "Extraction CPU, twenty-fourth round"):
// the tree's extractor bundled as the worker bundles it (scripts/tree-extractor.mjs), its samples extracted once to
// warm up, then ROUNDS times with RegExp.prototype.exec patched (which `test`, `match`, `matchAll`, `replace` and
// `split` then go through); each run is timed and asked whether its string holds one of the literals every match of
// the pattern needs (importer/extract/literal-need.ts). Prints the runs a readout, their time, the time of the runs
// whose string lacks the literals ("skippable": they must all fail, and a run that does not is printed as WRONG), and
// the patterns with the most skippable time. The patched exec takes V8 off its fast paths, so the times
// are inflated (about 5× in all): read them as shares, not as the worker's milliseconds.
//   node --import tsx --single-threaded-gc --interrupt-budget=540000 --no-regexp-tier-up --always-sparkplug \
//     scripts/regex-census.mjs [TREE] [ROUNDS]
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { extractorOf } from './tree-extractor.mjs';

const { literalNeed } = await import('../importer/extract/literal-need.ts');

const [tree = '.', rounds = '2'] = process.argv.slice(2);
const extractFile = await extractorOf(tree, 'census');
const samples = join(resolve(tree), 'importer', 'samples');
const names = readdirSync(samples)
  .filter((f) => /\.(txt|md|html?)$/i.test(f) && !/^README/i.test(f))
  .sort();
for (const f of names) await extractFile(join(samples, f));

const exec = RegExp.prototype.exec;
const stats = new Map();
let on = false;
let wrong = 0;
RegExp.prototype.exec = function (s) {
  if (!on) return exec.call(this, s);
  on = false;
  const key = `${this.flags}/${this.source}`;
  let st = stats.get(key);
  if (!st) stats.set(key, (st = { key, need: literalNeed(this), calls: 0, t: 0, skip: 0, tSkip: 0 }));
  const str = String(s);
  const holds = !st.need || st.need.holds(str);
  const t0 = process.hrtime.bigint();
  const r = exec.call(this, str);
  const dt = Number(process.hrtime.bigint() - t0);
  st.calls++;
  st.t += dt;
  if (!holds) {
    st.skip++;
    st.tSkip += dt;
    if (r) console.log(`WRONG: /${key.slice(0, 100)}/ matched without ${JSON.stringify(st.need.words)}`, wrong++);
  }
  on = true;
  return r;
};
const n = Number(rounds);
on = true;
for (let r = 0; r < n; r++) for (const f of names) await extractFile(join(samples, f));
on = false;
RegExp.prototype.exec = exec;

const all = [...stats.values()];
const per = (ns) => (ns / 1e6 / (n * names.length)).toFixed(3);
const sum = (k) => all.reduce((a, e) => a + e[k], 0);
console.log(
  JSON.stringify({
    patterns: all.length,
    withNeed: all.filter((e) => e.need).length,
    runsPerReadout: Math.round(sum('calls') / (n * names.length)),
    msPerReadout: per(sum('t')),
    skippableRuns: Math.round(sum('skip') / (n * names.length)),
    skippableMs: per(sum('tSkip')),
    wrong,
  }),
);
console.log('skippable ms a readout, all ms, runs, skippable runs, need, pattern:');
for (const e of all.sort((a, b) => b.tSkip - a.tSkip).slice(0, 25))
  console.log(per(e.tSkip), per(e.t), e.calls, e.skip, JSON.stringify(e.need?.words.slice(0, 4)), e.key.slice(0, 80));
