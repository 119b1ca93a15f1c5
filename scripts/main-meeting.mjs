#!/usr/bin/env node
// The readout's main meeting (ev11, docs/first-look.md "events-5"): per readout, the gold Event with the most
// PARTICIPATED_IN (the readout's own day breaking ties), whether `kg extract` found it (the shared scorer's lenient
// matching, run on one gold file at a time) and how many of its participants. Skips the six slice readouts.
//   node scripts/main-meeting.mjs GOLD_DIR TEXT_DIR name [name …]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SLICE } from './slice.mjs';

const [goldDir, textDir, ...names] = process.argv.slice(2);
let missed = 0,
  n = 0,
  partMissed = 0,
  partTotal = 0;
for (const name of names) {
  if (SLICE.some((s) => name.startsWith(s))) continue;
  const gf = join(goldDir, name + '.json');
  let g;
  try {
    g = JSON.parse(readFileSync(gf, 'utf8'));
  } catch {
    continue;
  }
  const count = new Map();
  for (const r of g.relations) if (r.type === 'PARTICIPATED_IN') count.set(r.to, (count.get(r.to) ?? 0) + 1);
  const evs = g.entities.filter((e) => e.type === 'Event');
  const score = (e) => (count.get(e.name) ?? 0) * 10 + (e.date === g.document.date ? 5 : 0);
  const main = evs.sort((a, b) => score(b) - score(a))[0];
  if (!main) {
    console.log(`${name}: no event`);
    continue;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kg-main-'));
  copyFileSync(gf, join(dir, name + '.json'));
  const r = spawnSync(
    'node',
    [
      resolve('../shared/eval/score.mjs'),
      '--gold',
      dir,
      '--texts',
      textDir,
      '--cmd',
      'node importer/kg.js extract',
      '--verbose',
    ],
    { encoding: 'utf8' },
  );
  rmSync(dir, { recursive: true });
  const lines = r.stdout.split('\n');
  const miss = lines.some((l) => l.endsWith(`missed Event ${main.name}`));
  const pm = lines.filter((l) => l.includes('missed PARTICIPATED_IN') && l.endsWith(`-> ${main.name}`)).length;
  n++;
  if (miss) missed++;
  partMissed += pm;
  partTotal += count.get(main.name) ?? 0;
  console.log(
    `${miss ? 'MISS' : 'ok  '} ${name} :: ${main.name} [${main.aliases?.join(' | ')}] part ${count.get(main.name) ?? 0} missedPart ${pm}`,
  );
  if (miss) for (const l of lines.filter((l) => / spurious Event /.test(l))) console.log('      ' + l);
}
console.log(`main meeting missed ${missed}/${n}; its participants missed ${partMissed}/${partTotal}`);
