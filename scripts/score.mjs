#!/usr/bin/env node
// Runs the shared scorer (../shared/eval/score.mjs) with the given arguments, or says clearly where the
// corpus and scorer are expected when ../shared is not beside the repository.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const scorer = resolve('../shared/eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(
    `eval: the scorer and the annotated corpus are missing: expected ${scorer} (and ../shared/eval/gold, ` +
      '../shared/corpus/dev). They live in the shared folder beside this repository, not in it; check it out ' +
      'next to the repo as ../shared.',
  );
  process.exit(2);
}
const r = spawnSync(process.execPath, [scorer, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
