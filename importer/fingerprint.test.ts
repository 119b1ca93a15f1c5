import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { extractionSources, extractorStamp, sourcesDigest } from './fingerprint.ts';

describe('the extractor stamp', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kg-fingerprint-'));
    for (const dir of ['extract', 'commands', 'bench']) await mkdir(join(root, dir));
    await writeFile(join(root, 'load.ts'), 'export const a = 1;\n');
    await writeFile(join(root, 'extract', 'rules.ts'), 'export const r = /met/;\n');
    await writeFile(join(root, 'extract', 'rules.test.ts'), 'test\n');
    await writeFile(join(root, 'commands', 'serve.ts'), 'serve\n');
    await writeFile(join(root, 'bench', 'run.ts'), 'bench\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('covers the sources that shape an extraction, not tests, commands or the benchmark', () => {
    expect(extractionSources(root)).toEqual(['extract/rules.ts', 'load.ts']);
    expect(extractionSources()).toEqual(expect.arrayContaining(['extract/index.ts', 'resolve.ts', 'load.ts']));
    expect(extractionSources().some((f) => /\.test(-helper)?\.ts$/.test(f) || f.startsWith('commands/'))).toBe(false);
  });

  it('changes when a rule changes, and only then', async () => {
    const before = sourcesDigest(root);
    await writeFile(join(root, 'commands', 'serve.ts'), 'serve --port\n');
    expect(sourcesDigest(root)).toBe(before);
    await writeFile(join(root, 'extract', 'rules.ts'), 'export const r = /met|received/;\n');
    expect(sourcesDigest(root)).not.toBe(before);
  });

  it('names the extractor', () => {
    expect(extractorStamp()).toMatch(/^rules:[0-9a-f]{16}$/);
    expect(extractorStamp('llm')).toBe(extractorStamp().replace('rules', 'llm'));
  });
});
