// The extraction worker's code in one file, bundled by esbuild when a worker pool starts (importer/extract-pool.ts):
// a worker that loads it starts with about 0.17 s less CPU than through tsx, which resolves and transforms each of
// the extractor's modules in every worker. Bundled in memory once per process (under 0.1 s of esbuild's CPU),
// its packages left to Node, and written under node_modules/.cache/readout-graph/ by the digest of its code: a run
// never loads another version's code, concurrent runs write the same file, and the packages resolve from there. No
// build step: when esbuild or the cache is not there (a read-only tree), the workers run the sources through tsx.
// Bundles of other versions a day old or more are removed when a new one is written.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the bundles are kept: the usual place of build caches, from which the project's packages resolve. */
export const BUNDLE_DIR = join(import.meta.dirname, '..', 'node_modules', '.cache', 'readout-graph');

let bundled: Promise<URL | undefined> | undefined;

/** The worker's bundle (built once per process), or undefined when it cannot be built. */
export function extractWorkerBundle(): Promise<URL | undefined> {
  bundled ??= buildBundle().catch(() => undefined);
  return bundled;
}

async function buildBundle(): Promise<URL> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'extract-worker-main.ts')],
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
  const code = out.outputFiles[0]!.contents;
  const digest = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const path = join(BUNDLE_DIR, `extract-worker-${digest}.mjs`);
  if (!(await stat(path).catch(() => undefined))) {
    await mkdir(BUNDLE_DIR, { recursive: true });
    // Written whole under another name first: a concurrent run never loads half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, code);
    await rename(partial, path);
    await dropOldBundles();
  }
  return pathToFileURL(path);
}

/** Bundles of other versions of the code, a day old or more, are removed when a new one is written. */
async function dropOldBundles(): Promise<void> {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of await readdir(BUNDLE_DIR)) {
    const path = join(BUNDLE_DIR, name);
    if (!/^extract-worker-/.test(name)) continue;
    const st = await stat(path).catch(() => undefined);
    if (st && st.mtimeMs < dayAgo) await rm(path, { force: true });
  }
}
