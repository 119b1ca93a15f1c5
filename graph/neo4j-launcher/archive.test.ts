// The launcher's class-data archive: made once per build and JVM, a failed training remembered, and an archive
// that does not fit the jars (or is not an archive) skipped silently by the JVM, which then starts as without one.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { archiveFlags, archiveState, ensureLauncher, findJava, LAUNCHER_DIR, makeArchive } from './build.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-cds-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const java = findJava();

describe('makeArchive', () => {
  it('keeps the archive the training wrote, for this build and JVM only', async () => {
    const archive = join(root, 'ok.jsa');
    expect(archiveState(java, archive)).toBe('missing');
    const made = await makeArchive(java, async (file) => writeFileSync(file, 'classes'), undefined, archive);
    expect(made).toBe(true);
    expect(archiveState(java, archive)).toBe('ready');
    expect(archiveState({ ...java, java: '/opt/other/bin/java' }, archive)).toBe('missing');
    expect(archiveFlags(archive)[0]).toBe(`-XX:SharedArchiveFile=${archive}`);
  });

  it('remembers a failed training and does not train again for the same build', async () => {
    const archive = join(root, 'failed.jsa');
    let trainings = 0;
    const train = async (): Promise<void> => {
      trainings += 1;
      throw new Error('no base archive');
    };
    const lines: string[] = [];
    expect(await makeArchive(java, train, (l) => lines.push(l), archive)).toBe(false);
    expect(await makeArchive(java, train, undefined, archive)).toBe(false);
    expect(trainings).toBe(1);
    expect(archiveState(java, archive)).toBe('failed');
    expect(lines.at(-1)).toMatch(/no class-data archive \(no base archive\); Neo4j starts without one/);
  });

  it('counts a training that wrote nothing as failed', async () => {
    const archive = join(root, 'empty.jsa');
    expect(await makeArchive(java, async () => undefined, undefined, archive)).toBe(false);
    expect(archiveState(java, archive)).toBe('failed');
    expect(existsSync(archive)).toBe(false);
  });
});

describe('a stale or broken archive', () => {
  // The launcher jar copied aside, a real dynamic archive made for it, then the copy changed (as a rebuild does).
  // On a fresh clone the unit tests run before anything built the launcher: build it (as a start would).
  const jar = join(root, 'launcher.jar');
  beforeAll(async () => {
    await ensureLauncher();
    copyFileSync(join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar'), jar);
  }, 600_000);
  const run = (flags: string[]) =>
    spawnSync(java.java, [...flags, '-cp', jar, 'readout.neo4j.Main'], { encoding: 'utf8', timeout: 60_000 });

  it('is skipped without a word: the launcher answers as it does without an archive', () => {
    const stale = join(root, 'stale.jsa');
    run([`-XX:ArchiveClassesAtExit=${stale}`, '-Xlog:cds=off,cds+dynamic=off']);
    // Fresh, the archive serves the launcher's own class…
    expect(run([...archiveFlags(stale), '-Xlog:class+load=info']).stdout).toMatch(
      /readout\.neo4j\.Main source: shared objects file \(top\)/,
    );
    // …and once the jar has changed, or when the file is no archive, the JVM skips it without a word.
    utimesSync(jar, new Date(), new Date(Date.now() + 60_000));
    const broken = join(root, 'broken.jsa');
    writeFileSync(broken, 'not an archive');
    const plain = run([]);
    expect(plain.stdout.trim()).toBe('NEO4J_FAILED --data-dir is required');
    for (const archive of [stale, broken, join(root, 'missing.jsa')]) {
      const got = run(archiveFlags(archive));
      expect({ status: got.status, stdout: got.stdout, stderr: got.stderr }).toEqual({
        status: plain.status,
        stdout: plain.stdout,
        stderr: plain.stderr,
      });
    }
  });
});
