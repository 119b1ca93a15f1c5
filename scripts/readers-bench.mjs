#!/usr/bin/env node
// The name and title readers alone, A/B in one process (README "Extraction CPU, thirty-first round"): each tree's
// extractor is bundled as the worker bundles it, with `findPeople` and the state-word marks wrapped so that one
// extraction of every sample records the calls the pipeline makes (the text, each sentence, the document's gazetteer
// hits); then, N passes, each tree's `findPeople` runs on every recorded sentence, and its `parseTitleAt` at every
// word start of every sentence (`titleStarts`, with `lower` false and true), tree by tree in alternating order, the
// CPU of each summed per tree and reader (process.cpuUsage). The first pass warms up and is not counted. Both trees'
// answers are compared once (JSON): a difference is an error. Run it with the V8 flags of `kg import`:
//   node --single-threaded-gc --interrupt-budget=540000 --no-regexp-tier-up --always-sparkplug scripts/readers-bench.mjs TREE_A TREE_B [N]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { bundleOf } from './tree-extractor.mjs';

const [treeA, treeB, passes = '6'] = process.argv.slice(2);
if (!treeA || !treeB) throw new Error('usage: readers-bench.mjs TREE_A TREE_B [N]');

/** Wraps an exported function `name` of a module's source so that each call is first reported to `hook`. */
const wrapped = (src, name, hook) =>
  `${src.replace(`export function ${name}(`, `function ${name}__inner(`)}
export function ${name}(...args) { globalThis.${hook}?.(...args); return ${name}__inner(...args); }\n`;

/** The tree's extractor and readers, bundled as the worker bundles it, with the two wraps. */
async function readersOf(tree, tag) {
  const root = resolve(tree);
  return bundleOf(
    {
      stdin: {
        contents: [
          "export { extractFile } from './importer/pipeline.ts';",
          "export { findPeople } from './importer/extract/people.ts';",
          "export { parseTitleAt, titleStarts } from './importer/extract/titles.ts';",
          "export { markStateWordsInNames } from './importer/extract/rules-ent25.ts';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      plugins: [
        {
          name: 'wrap',
          setup(b) {
            b.onLoad({ filter: /importer[\\/]extract[\\/](people|rules-ent25)\.ts$/ }, (args) => {
              const src = readFileSync(args.path, 'utf8');
              return {
                contents: args.path.endsWith('people.ts')
                  ? wrapped(src, 'findPeople', '__readersPeople')
                  : wrapped(src, 'markStateWordsInNames', '__readersMark'),
                loader: 'ts',
              };
            });
          },
        },
      ],
    },
    `readers-${tag}`,
  );
}

const trees = { a: await readersOf(treeA, 'a'), b: await readersOf(treeB, 'b') };
const samples = join(resolve(treeA), 'importer', 'samples');
const files = readdirSync(samples)
  .filter((f) => /\.(txt|md|html?)$/i.test(f) && !/^README/i.test(f))
  .sort()
  .map((f) => join(samples, f));

/** Each tree's recorded calls, per document: the state-word marks and the sentences with their hits. */
async function record(t) {
  const docs = [];
  let doc;
  globalThis.__readersMark = (text, hits) => docs.push((doc = { text, marks: hits, calls: [] }));
  globalThis.__readersPeople = (text, s, hits) => doc?.text === text && doc.calls.push({ s, hits });
  for (const f of files) await t.extractFile(f);
  globalThis.__readersMark = globalThis.__readersPeople = undefined;
  return docs.filter((d) => d.calls.length);
}
const docs = { a: await record(trees.a), b: await record(trees.b) };

/** One tree's readers on one document: findPeople on each sentence, then parseTitleAt at each word start. */
function run(t, d, spent, out) {
  t.markStateWordsInNames(d.text, d.marks);
  let c0 = process.cpuUsage();
  for (const { s, hits } of d.calls) {
    const r = t.findPeople(d.text, s, hits);
    out?.push(r);
  }
  let c1 = process.cpuUsage(c0);
  spent.people += c1.user + c1.system;
  c0 = process.cpuUsage();
  for (const { s, hits } of d.calls)
    for (const p of t.titleStarts(s.text, s.start)) {
      const r1 = t.parseTitleAt(d.text, p, hits);
      const r2 = t.parseTitleAt(d.text, p, hits, true);
      if (out && (r1 || r2)) out.push([p, r1, r2]);
    }
  c1 = process.cpuUsage(c0);
  spent.titles += c1.user + c1.system;
}

// Both trees' answers on their own recorded calls must be the same.
if (docs.a.length !== docs.b.length) throw new Error('the trees recorded different documents');
for (const [i, da] of docs.a.entries()) {
  const oa = [];
  const ob = [];
  run(trees.a, da, { people: 0, titles: 0 }, oa);
  run(trees.b, docs.b[i], { people: 0, titles: 0 }, ob);
  if (JSON.stringify(oa) !== JSON.stringify(ob)) throw new Error(`the readers differ on document ${i}`);
}

const spent = { a: { people: 0, titles: 0 }, b: { people: 0, titles: 0 } };
const n = Number(passes);
for (let pass = 0; pass <= n; pass++) {
  const into = pass === 0 ? { a: { people: 0, titles: 0 }, b: { people: 0, titles: 0 } } : spent;
  for (let i = 0; i < docs.a.length; i++)
    for (const v of (i + pass) % 2 ? ['a', 'b'] : ['b', 'a']) run(trees[v], docs[v][i], into[v]);
}
const per = (us) => (us / 1000 / (n * docs.a.length)).toFixed(4);
console.log(
  JSON.stringify({
    docs: docs.a.length,
    sentences: docs.a.reduce((k, d) => k + d.calls.length, 0),
    passes: n,
    peopleMsPerReadout: { a: per(spent.a.people), b: per(spent.b.people) },
    titlesMsPerReadout: { a: per(spent.a.titles), b: per(spent.b.titles) },
    peopleRatio: (spent.b.people / spent.a.people).toFixed(3),
    titlesRatio: (spent.b.titles / spent.a.titles).toFixed(3),
  }),
);
