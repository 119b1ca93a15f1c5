import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { BUNDLE_DIR, extractWorkerBundle } from './extract-bundle.ts';
import {
  extractAll,
  ExtractPool,
  extractStream,
  MAX_THREADS,
  isLoopbackUri,
  MIN_FILES_PER_THREAD,
  threadsFor,
} from './extract-pool.ts';
import { extractFile } from './pipeline.ts';

const SAMPLES = join(import.meta.dirname, 'samples');

describe('threadsFor', () => {
  it('uses one worker per core, at most MAX_THREADS, and none for a few files or one core', () => {
    expect(threadsFor(1, 8)).toBe(0);
    expect(threadsFor(MIN_FILES_PER_THREAD * 2 - 1, 8)).toBe(0);
    expect(threadsFor(MIN_FILES_PER_THREAD * 2, 8)).toBe(2);
    expect(threadsFor(10_000, 2)).toBe(2);
    expect(threadsFor(10_000, 64)).toBe(MAX_THREADS);
    expect(threadsFor(10_000, 1)).toBe(0);
  });

  it('leaves one core to a Neo4j on this machine, and still none for a few files', () => {
    expect(threadsFor(10_000, 2, true)).toBe(1);
    expect(threadsFor(10_000, 4, true)).toBe(3);
    expect(threadsFor(10_000, 64, true)).toBe(MAX_THREADS);
    expect(threadsFor(MIN_FILES_PER_THREAD * 2 - 1, 8, true)).toBe(0);
    expect(threadsFor(10_000, 1, true)).toBe(0);
  });
});

describe('isLoopbackUri', () => {
  it('tells a Neo4j on this machine from one elsewhere', () => {
    expect(isLoopbackUri('bolt://127.0.0.1:7687')).toBe(true);
    expect(isLoopbackUri('neo4j://localhost:7687')).toBe(true);
    expect(isLoopbackUri('bolt://[::1]:7687')).toBe(true);
    expect(isLoopbackUri('neo4j+s://abcd1234.databases.neo4j.io')).toBe(false);
    expect(isLoopbackUri('bolt://10.0.0.5:7687')).toBe(false);
    expect(isLoopbackUri('not a uri')).toBe(false);
  });
});

describe('extractAll on worker threads', () => {
  it('gives the documents of one thread, in file order, and each failure with its message', async () => {
    const samples = (await readdir(SAMPLES)).sort().slice(0, 6);
    const files = [...samples.map((f) => join(SAMPLES, f)), join(SAMPLES, 'no-such-readout.txt')];
    const here = await extractAll(files, 0, undefined, (f) => extractFile(f));
    const pooled = await extractAll(files, 2, undefined, (f) => extractFile(f));
    const single = await extractAll(files, 1, undefined, () => Promise.reject(new Error('not on a worker')));
    expect([...pooled.keys()]).toEqual(files);
    expect([...single.values()].filter((v) => !(v instanceof Error))).toEqual(
      [...here.values()].filter((v) => !(v instanceof Error)),
    );
    const docs = (m: Map<string, unknown>) => [...m.values()].filter((v) => !(v instanceof Error));
    expect(docs(pooled)).toHaveLength(6);
    expect(docs(pooled)).toEqual(docs(here));
    const failed = pooled.get(files.at(-1)!) as Error;
    expect(failed).toBeInstanceOf(Error);
    expect(failed.message).toBe((here.get(files.at(-1)!) as Error).message);
    expect(failed.message).toMatch(/no-such-readout\.txt/);
  }, 60_000);
});

describe('extractStream', () => {
  it('gives each file as soon as it is extracted, in file order, and ends the rest when closed', async () => {
    const files = (await readdir(SAMPLES))
      .sort()
      .slice(0, 3)
      .map((f) => join(SAMPLES, f));
    let release!: () => void;
    const held = new Promise<void>((res) => (release = res));
    const stream = extractStream(files, 0, undefined, async (f) => {
      if (f !== files[0]) await held;
      return extractFile(f);
    });
    const first = await stream.results[0]!;
    expect(first).not.toBeInstanceOf(Error);
    expect((first as { document: { file: string } }).document.file).toBe(files[0]!.split('/').pop());
    const closed = stream.close();
    release();
    await closed;
    // The second was under way when the stream closed; the third never started.
    expect(await stream.results[1]!).not.toBeInstanceOf(Error);
    expect(await stream.results[2]!).toBeInstanceOf(Error);
    await stream.done;
  });
});

describe('the workers’ bundle', () => {
  it('is built into the cache, and workers on it or on the sources through tsx extract the same', async () => {
    const bundle = await extractWorkerBundle();
    expect(bundle).toBeInstanceOf(URL);
    const path = fileURLToPath(bundle!);
    expect(path.startsWith(BUNDLE_DIR)).toBe(true);
    expect(existsSync(path)).toBe(true);
    const files = (await readdir(SAMPLES))
      .sort()
      .slice(0, 4)
      .map((f) => join(SAMPLES, f));
    const run = async (pool: ExtractPool) => {
      try {
        return await Promise.all(files.map((f) => pool.extract(f)));
      } finally {
        await pool.close();
      }
    };
    const bundled = await run(new ExtractPool(1, Promise.resolve(bundle)));
    const sources = await run(new ExtractPool(1, Promise.resolve(undefined)));
    // A bundle that cannot be loaded leaves the worker on the sources.
    const broken = await run(new ExtractPool(1, Promise.resolve(new URL('file:///no/such/bundle.mjs'))));
    const here = await Promise.all(files.map((f) => extractFile(f)));
    expect(bundled).toEqual(here);
    expect(sources).toEqual(here);
    expect(broken).toEqual(here);
  }, 60_000);
});
