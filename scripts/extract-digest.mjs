#!/usr/bin/env node
// The extractor's exact output, as one digest: every readout of ../shared/corpus/dev, importer/samples and
// test/fixtures (README and JSON files left out) and every passage of the paraphrase banks
// (importer/extract/bank-*.ts) extracted in this process, each whole DocumentForWrite (entities, relations,
// mentions, evidence) serialised as JSON and hashed, and one 200,000-character text made of the samples. A change meant only for speed must leave it the same.
//   node scripts/extract-digest.mjs             a digest per group and one for all
//   node scripts/extract-digest.mjs --dump DIR  also writes each document's JSON to DIR (to diff two versions)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { register } from 'tsx/esm/api';

register();
const { extractFile, extractText } = await import('../importer/pipeline.ts');

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const dump = dumpAt >= 0 ? resolve(args[dumpAt + 1] ?? 'extract-dump') : undefined;
if (dump) mkdirSync(dump, { recursive: true });

/** Readout files under `dir`, recursively, sorted (README and JSON files are no readouts). */
function readouts(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...readouts(path));
    else if (/\.(txt|md|html?)$/i.test(entry.name) && !/^README/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** The JSON of one extraction, or its error's name and message (a failure is output too). */
async function json(run) {
  try {
    return JSON.stringify(await run());
  } catch (err) {
    return JSON.stringify({ error: `${err?.name}: ${err?.message}` });
  }
}

const all = createHash('sha256');
let count = 0;
function add(group, hash, key, text) {
  hash.update(`${key}\0${text}\0`);
  all.update(`${group}\0${key}\0${text}\0`);
  count++;
  if (dump) writeFileSync(join(dump, `${group}--${key.replace(/[^\w.-]+/g, '_')}.json`), text);
}

const FILE_GROUPS = {
  dev: join(ROOT, '..', 'shared', 'corpus', 'dev'),
  samples: join(ROOT, 'importer', 'samples'),
  fixtures: join(ROOT, 'test', 'fixtures'),
};
for (const [group, dir] of Object.entries(FILE_GROUPS)) {
  const hash = createHash('sha256');
  const files = readouts(dir);
  for (const file of files) add(group, hash, relative(dir, file), await json(() => extractFile(file)));
  console.log(`${group.padEnd(24)} ${String(files.length).padStart(4)}  ${hash.digest('hex').slice(0, 16)}`);
}

// One long document: the samples one after the other, repeated to 200,000 characters (as `kg bench` does), so
// that what is looked up across sentences and paragraphs of a long text is checked too.
{
  const dir = FILE_GROUPS.samples;
  const texts = readouts(dir).map((f) => readFileSync(f, 'utf8'));
  const all = texts.join('\n\n');
  const text = all.repeat(Math.ceil(200_000 / all.length)).slice(0, 200_000);
  const hash = createHash('sha256');
  add('long', hash, 'samples-200k', await json(() => extractText(text, { file: 'long.txt' })));
  console.log(`${'long'.padEnd(24)} ${String(1).padStart(4)}  ${hash.digest('hex').slice(0, 16)}`);
}

const banks = readdirSync(join(ROOT, 'importer', 'extract'))
  .filter((f) => /^bank-[\w-]+\.ts$/.test(f) && !f.includes('.test'))
  .sort();
for (const bank of banks) {
  const mod = await import(`../importer/extract/${bank}`);
  const cases = Object.values(mod)
    .filter(Array.isArray)
    .flat()
    .filter((c) => typeof c?.text === 'string' && c.id);
  if (!cases.length) continue;
  const hash = createHash('sha256');
  for (const c of cases) {
    const meta = { file: `${c.id}.txt`, title: c.title, source: c.source, date: c.date ?? '2025-06-01' };
    add(bank, hash, c.id, await json(() => extractText(c.text, meta)));
  }
  console.log(`${bank.padEnd(24)} ${String(cases.length).padStart(4)}  ${hash.digest('hex').slice(0, 16)}`);
}
console.log(`${'all'.padEnd(24)} ${String(count).padStart(4)}  ${all.digest('hex')}`);
