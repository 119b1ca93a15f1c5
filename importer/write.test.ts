// The import run's file collection and closing summary (the writes themselves: test/import.int.test.ts).
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { formatImportSummary } from './commands/import.ts';
import { collectReadouts, type ImportSummary } from './write.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-collect-'));
  await mkdir(join(dir, 'sub', 'deeper'), { recursive: true });
  await mkdir(join(dir, '.hidden'));
  for (const f of ['b.txt', 'a.md', 'notes.pdf', 'sub/c.html', 'sub/deeper/d.TXT', '.hidden/e.txt', '.f.txt']) {
    await writeFile(join(dir, f), 'x');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const base: ImportSummary = {
  files: 3,
  imported: 1,
  unchanged: 1,
  failed: 1,
  notAttempted: 0,
  failures: [{ file: 'bad.txt', message: 'importer/load: bad.txt: empty file' }],
  skippedFiles: ['/x/notes.pdf'],
  skippedLinks: [],
  nodesCreated: 10,
  nodesMatched: 2,
  relationshipsCreated: 20,
  relationshipsMatched: 3,
  ms: 1234,
};

describe('collectReadouts', () => {
  it('walks directories in order, keeps readouts, notes other files and skips hidden ones', async () => {
    const found = await collectReadouts([dir, join(dir, 'b.txt'), join(dir, 'missing.txt')]);
    expect(found.files).toEqual(['a.md', 'b.txt', 'sub/c.html', 'sub/deeper/d.TXT'].map((f) => join(dir, f)));
    expect(found.skipped).toEqual([join(dir, 'notes.pdf')]);
    expect(found.missing).toEqual([join(dir, 'missing.txt')]);
  });

  it('lists symbolic links instead of skipping them silently, and refuses a named file that is not a readout', async () => {
    await symlink(join(dir, 'b.txt'), join(dir, 'link.txt'));
    await writeFile(join(dir, 'named.pdf'), '%PDF-1.4');
    try {
      const found = await collectReadouts([dir, join(dir, 'named.pdf')]);
      expect(found.links).toEqual([join(dir, 'link.txt')]);
      expect(found.files).not.toContain(join(dir, 'link.txt'));
      expect(found.unsupported).toEqual([join(dir, 'named.pdf')]);
      expect(formatImportSummary({ ...base, skippedLinks: found.links })).toMatch(
        /skipped 1 symbolic link \(not followed\): link\.txt/,
      );
    } finally {
      await rm(join(dir, 'link.txt'));
      await rm(join(dir, 'named.pdf'));
    }
  });
});

describe('formatImportSummary', () => {
  it('names counts, skipped files and each failed document', () => {
    expect(formatImportSummary(base).split('\n')).toEqual([
      'kg import: 1 document imported, 1 unchanged, 1 failed (3 readout files, 1.2 s)',
      '  nodes: 10 created, 2 matched; relationships: 20 created, 3 matched',
      '  skipped 1 file that is not a readout (.txt, .md, .html): notes.pdf',
      '  failed documents:',
      '    bad.txt: importer/load: bad.txt: empty file',
    ]);
  });

  it('says why a run stopped early', () => {
    const text = formatImportSummary({ ...base, stoppedBecause: 'Neo4j went away', notAttempted: 2 });
    expect(text).toContain('  stopped early: Neo4j went away\n  2 files not attempted');
  });
});
