// How the import cuts its files into write batches (importer/batches.ts); the writes: test/import.int.test.ts.
import { describe, expect, it } from 'vitest';

import { batchSize, extractedRun, idOf, MAX_BATCH, nextBatch } from './batches.ts';

const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
const extractedOf = (names: string[], failed: string[] = []) =>
  new Map<string, unknown>(names.map((f) => [f, failed.includes(f) ? new Error('bad') : {}]));

describe('batchSize', () => {
  it('takes the doubling size when the writer is ahead of the extraction', () => {
    expect(batchSize(8, 3)).toBe(8);
  });
  it('takes every file extracted in a row when the writer is behind, up to MAX_BATCH', () => {
    expect(batchSize(2, 57)).toBe(57);
    expect(batchSize(2, MAX_BATCH + 40)).toBe(MAX_BATCH);
    expect(batchSize(MAX_BATCH * 2, 0)).toBe(MAX_BATCH);
  });
});

describe('extractedRun', () => {
  it('counts the files extracted in a row from the start, failed ones included', () => {
    const got = extractedOf(['b.txt', 'c.txt', 'e.txt'], ['c.txt']);
    expect(extractedRun(files, 1, got)).toBe(2);
    expect(extractedRun(files, 0, got)).toBe(0);
    expect(extractedRun(files, 4, got)).toBe(1);
    expect(extractedRun(files, 5, got)).toBe(0);
  });
});

describe('nextBatch', () => {
  it('takes up to size files from start', () => {
    expect(nextBatch(files, 1, 3, extractedOf(files))).toEqual(['b.txt', 'c.txt', 'd.txt']);
    expect(nextBatch(files, 3, 10, extractedOf(files))).toEqual(['d.txt', 'e.txt']);
  });
  it('puts a file whose extraction failed in a batch of its own', () => {
    const got = extractedOf(files, ['c.txt']);
    expect(nextBatch(files, 0, 5, got)).toEqual(['a.txt', 'b.txt']);
    expect(nextBatch(files, 2, 5, got)).toEqual(['c.txt']);
  });
  it('cuts before a second file with the same document id', () => {
    const same = ['x/a.txt', 'x/b.txt', 'y/a.md', 'y/c.txt'];
    expect(idOf('x/a.txt')).toBe(idOf('y/a.md'));
    expect(nextBatch(same, 0, 4, extractedOf(same))).toEqual(['x/a.txt', 'x/b.txt']);
  });
  it('joins a batch already taken: its ids count, and a failed file is not added to it', () => {
    expect(nextBatch(files, 2, 3, extractedOf(files), ['a.txt', 'b.txt'])).toEqual(['c.txt', 'd.txt', 'e.txt']);
    expect(nextBatch(['b.md', 'c.txt'], 0, 2, extractedOf(['b.md', 'c.txt']), ['a.txt', 'b.txt'])).toEqual([]);
    expect(nextBatch(files, 2, 3, extractedOf(files, ['c.txt']), ['a.txt', 'b.txt'])).toEqual([]);
  });
});
