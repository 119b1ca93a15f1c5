#!/usr/bin/env node
// Do rules carry over? (issue 6, round xfer33; docs/first-look.md "Do rules carry over?").
//
//   node scripts/transfer-study.mjs [--out DIR] [--commits a,b,c] [--only name1,name2]
//
// Scores the same readouts with the extractors of several commits, against the texts and gold of this checkout:
// each commit's tree is extracted into DIR/COMMIT (git archive of importer, scripts, graph, package.json and
// tsconfig.json; node_modules linked to this checkout's), its `kg extract` runs once over the readouts, and
// ../shared/eval/score.mjs scores each readout alone (--pred). Prints one row per readout (entity / relation F1 per
// commit) and the mean. Default: the 27 first-looked readouts of fl29–fl32 and the extractors they were first scored
// with, then each session's merge commit up to 2dedc6d. Never run it on the slice or the dev corpus.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  copyFileSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const root = resolve('.');
const scorer = resolve('../shared/eval/score.mjs');
const goldDir = join(root, 'test/fixtures/first-look/gold');
const textDir = join(root, 'importer/samples');
const out = resolve(opt('--out', join(tmpdir(), 'kg-transfer')));
// bd1c960: fl29's first look; 1d489ed evening merge (fl29; also fl30's first look), e4d20f8 night (fl30; fl31's first
// look), b79e8ec late night (fl31; fl32's first look), 4cde8dd small hours (fl32), 2dedc6d the xfer33 start.
const commits = opt('--commits', 'bd1c960,1d489ed,e4d20f8,b79e8ec,4cde8dd,2dedc6d').split(',');
const ROUNDS = [
  'haiti-dialogue-caricom',
  'bbnj-agreement-signing',
  'chogm-apia-reparatory',
  'denmark-greenland-canada',
  'european-political-community-prague',
  'belgium-iran-vandecasteele',
  'cote-divoire-ghana-strategic',
  'mauritania-senegal-gta',
  'au-extraordinary-summit-afcfta',
  'romania-bulgaria-turkiye-mcm',
  'hungary-ukraine-szijjarto',
  'bulgaria-romania-austria-hungary-schengen',
  'netherlands-belgium-meuse',
  'eu-india-leaders-meeting-trade',
  'uzbekistan-kyrgyzstan-border',
  'bosnia-montenegro-state-border',
  'eu-serbia-accession-conference',
  'guatemala-us-protection-claims',
  'sudan-juba-peace-agreement',
  'libya-jmc-geneva',
  'somalia-ethiopia-ankara',
  'oecs-revised-treaty',
  'normandy-format-summit',
  'drc-rwanda-peace-agreement',
  'benelux-police-treaty',
  'eaeu-serbia-free-trade',
  'opec-plus-production-adjustment',
];
const only = opt('--only', ROUNDS.join(',')).split(',').filter(Boolean);
const golds = execFileSync('ls', [goldDir], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.json') && only.some((o) => f.includes(o)));
const files = golds.map((g) => join(textDir, JSON.parse(readFileSync(join(goldDir, g), 'utf8')).document.file));

mkdirSync(out, { recursive: true });
const rows = new Map(golds.map((g) => [g, []]));
for (const commit of commits) {
  const tree = join(out, commit);
  if (!existsSync(join(tree, 'importer'))) {
    mkdirSync(tree, { recursive: true });
    const tar = execFileSync(
      'git',
      ['archive', commit, 'importer', 'scripts', 'graph', 'package.json', 'tsconfig.json'],
      {
        maxBuffer: 1 << 30,
      },
    );
    execFileSync('tar', ['-x', '-C', tree], { input: tar });
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  }
  const pred = join(out, `${commit}.jsonl`);
  const r = spawnSync('node', ['importer/kg.js', 'extract', ...files], {
    cwd: tree,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  writeFileSync(pred, r.stdout);
  for (const g of golds) {
    const dir = mkdtempSync(join(tmpdir(), 'kg-transfer-'));
    copyFileSync(join(goldDir, g), join(dir, g));
    const s = spawnSync('node', [scorer, '--gold', dir, '--pred', pred, '--json'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    const j = JSON.parse(s.stdout.trim().split('\n').pop());
    rows.get(g).push([j.entity.f, j.relation.f]);
  }
}
console.log(`${'readout'.padEnd(50)} ${commits.map((c) => c.slice(0, 7).padEnd(11)).join(' ')}`);
const sums = commits.map(() => [0, 0]);
for (const [g, cells] of rows) {
  cells.forEach(([e, r], i) => {
    sums[i][0] += e;
    sums[i][1] += r;
  });
  console.log(
    `${g
      .replace(/\.json$/, '')
      .slice(11, 61)
      .padEnd(50)} ${cells.map(([e, r]) => `${e.toFixed(2)}/${r.toFixed(2)}`.padEnd(11)).join(' ')}`,
  );
}
const n = rows.size;
console.log(
  `${`mean of ${n}`.padEnd(50)} ${sums.map(([e, r]) => `${(e / n).toFixed(3)}/${(r / n).toFixed(3)}`.padEnd(11)).join(' ')}`,
);
