// The set-aside slice of dev readouts (README "Accuracy"), by the names `npm run eval:slice` scores: read from
// package.json so that the list is written once. Studies over the dev gold leave these out.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const only = /--only\s+(\S+)/.exec(pkg.scripts['eval:slice'] ?? '');
if (!only) throw new Error('package.json: scripts["eval:slice"] names no --only list of slice readouts');

/** The slice readouts' name prefixes ("2023-05-14-michel"). */
export const SLICE = only[1].split(',');
