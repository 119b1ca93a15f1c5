#!/usr/bin/env node
// Missed links between extracted ends (issue 6, round top25): for each annotated sample, the gold facts of one relation
// type that the extractor missed although both of their ends matched an extracted entity, with the sentences of the
// text that name the fact's object (the subject of a DISCUSSED fact). Also prints the type's pooled tp/fp/fn and
// P/R/F, and can restrict the samples to one half of a fixed split by name hash (a development half A and a held-out
// half B).
//   node scripts/missed-links.mjs [--type DISCUSSED] [--half A|B] [--pred FILE] [--only a,b] [--summary] [--false]
//     --pred FILE   score this JSON Lines extraction instead of running `node importer/kg.js extract`
//     --summary     only the pooled figures (no per-fact listing)
//     --false       also list the type's false facts
// Uses the shared scorer (../shared/eval/score.mjs, --verbose) for the matching, so its figures are the scorer's.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const type = opt('--type', 'DISCUSSED');
const half = opt('--half', '');
const goldDir = resolve(opt('--gold', 'test/fixtures/first-look/gold'));
const textDir = resolve(opt('--texts', 'importer/samples'));
const only = opt('--only', '').split(',').filter(Boolean);
const scorer = resolve('../shared/eval/score.mjs');

/** The half of the split a gold file belongs to: A or B, by the first 32 bits of the SHA-1 of its base name. */
export const halfOf = (file) =>
  parseInt(
    createHash('sha1')
      .update(file.replace(/\.json$/, ''))
      .digest('hex')
      .slice(0, 8),
    16,
  ) % 2
    ? 'B'
    : 'A';

const golds = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .filter((f) => !half || halfOf(f) === half)
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
const tmp = mkdtempSync(join(tmpdir(), 'missed-links-'));
for (const f of golds) copyFileSync(join(goldDir, f), join(tmp, f));
let predFile = opt('--pred');
if (!predFile) {
  const files = golds.map((f) => join(textDir, JSON.parse(readFileSync(join(goldDir, f), 'utf8')).document.file));
  predFile = join(tmp, 'pred.jsonl');
  writeFileSync(predFile, execFileSync('node', ['importer/kg.js', 'extract', ...files], { maxBuffer: 1 << 28 }));
}
const run = (extra) =>
  spawnSync('node', [scorer, '--gold', tmp, '--pred', predFile, ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .stdout;
const verbose = run(['--verbose']);
const figures = JSON.parse(run(['--json'])).byType[`relation ${type}`] ?? { tp: 0, fp: 0, fn: 0, p: 0, r: 0, f: 0 };
rmSync(tmp, { recursive: true, force: true });

const missedEnt = new Set();
const missedRel = [];
const falseRel = [];
for (const line of verbose.split('\n')) {
  const m = /^(\S+): (missed|spurious) (\S+) (.*)$/.exec(line);
  if (!m) continue;
  const [, file, kind, t, rest] = m;
  if (kind === 'missed' && t !== type && !rest.includes(' -> ')) missedEnt.add(`${file}|${t} ${rest}`);
  if (t === type && kind === 'missed') missedRel.push({ file, rest });
  if (t === type && kind === 'spurious') falseRel.push({ file, rest });
}

const goldByFile = new Map(
  golds.map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8'))).map((g) => [g.document.file, g]),
);
const sentences = (text) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let bothEnds = 0;
const kinds = { 'other-event': 0, unlinked: 0 };
if (!args.includes('--summary')) {
  for (const { file, rest } of missedRel) {
    const [from, to] = rest.split(' -> ');
    const gold = goldByFile.get(file);
    const ent = (name) => gold.entities.find((e) => e.name === name);
    if (missedEnt.has(`${file}|${ent(from)?.type} ${from}`) || missedEnt.has(`${file}|${ent(to)?.type} ${to}`))
      continue;
    bothEnds++;
    const forms = [to, ...(ent(to)?.aliases ?? [])].filter((s) => s.length > 1);
    // Linked from another event (a spurious fact of the type with the same object) or from none.
    const low = new Set(forms.map((f) => f.toLowerCase()));
    const elsewhere = falseRel.some((r) => r.file === file && low.has(r.rest.split(' -> ')[1]?.toLowerCase()));
    kinds[elsewhere ? 'other-event' : 'unlinked']++;
    const re = new RegExp(`\\b(?:${forms.map(esc).join('|')})\\b`, 'i');
    const text = readFileSync(join(textDir, file), 'utf8');
    const hits = sentences(text).filter((s) => re.test(s));
    console.log(`${file}: ${from} -> ${to} [${ent(to)?.type}]${elsewhere ? ' (linked from another event)' : ''}`);
    for (const s of hits.slice(0, 3)) console.log(`    | ${s.slice(0, 300)}`);
  }
  if (args.includes('--false')) for (const { file, rest } of falseRel) console.log(`${file}: FALSE ${rest}`);
}
const pct = (x) => x.toFixed(4);
console.log(
  `${type}${half ? ` half ${half}` : ''} (${golds.length} samples): tp ${figures.tp} fp ${figures.fp} fn ${figures.fn}` +
    ` P ${pct(figures.p)} R ${pct(figures.r)} F ${pct(figures.f)}` +
    (args.includes('--summary')
      ? ''
      : `; missed with both ends extracted: ${bothEnds} of ${missedRel.length}` +
        ` (object linked from another event ${kinds['other-event']}, unlinked ${kinds.unlinked})`),
);
