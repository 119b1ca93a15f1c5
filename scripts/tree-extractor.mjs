// The extractFile of another checkout of the repository (a tree with node_modules), bundled from its
// importer/pipeline.ts as the import's worker bundles it (importer/extract-bundle.ts) and loaded into this process:
// shared by scripts/extract-cpu-ab.mjs and scripts/extract-profile.mjs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const cache = join(import.meta.dirname, '..', 'node_modules', '.cache');

/**
 * A module bundled from a tree as the import's worker bundles it, written to the cache and imported; `source` is
 * esbuild's `entryPoints` or `stdin` (and `plugins`), `tag` names the bundle's temporary file, `onCode` is given
 * the bundle's code. Shared by extractorOf and scripts/readers-bench.mjs.
 */
export async function bundleOf(source, tag, onCode) {
  const out = await build({
    ...source,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Regex literals with \p{…} kept as literals (esbuild lowers them to `new RegExp` for node targets, a constructor
    // call at every evaluation inside a function; Node 20 reads them natively; perf25a).
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(cache, { recursive: true });
  const path = join(cache, `bundle-${tag}-${process.pid}.mjs`);
  writeFileSync(path, out.outputFiles[0].contents);
  onCode?.(out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(path).href);
  } finally {
    rmSync(path, { force: true });
  }
}

/** The tree's extractFile; `tag` names the bundle's temporary file; `onCode` is given the bundle's code. */
export async function extractorOf(tree, tag, onCode) {
  const entry = join(resolve(tree), 'importer', 'pipeline.ts');
  return (await bundleOf({ entryPoints: [entry] }, `extract-${tag}`, onCode)).extractFile;
}
