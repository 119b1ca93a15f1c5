// The embedded Neo4j's password: generated once into the data directory, private to its owner, then reused.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { embeddedPassword, jitOf, jvmFlags, launcherArgs, PASSWORD_FILE } from './embedded.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-embedded-pw-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('embeddedPassword', () => {
  it('generates a long random password with mode 0600 on first start, and reads it afterwards', async () => {
    const data = join(dir, 'a');
    const first = await embeddedPassword(data);
    expect(first).toMatch(/^[\w-]{40,}$/);
    expect((await stat(join(data, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
    expect(await embeddedPassword(data)).toBe(first);
    expect(await embeddedPassword(join(dir, 'b'))).not.toBe(first);
  });

  it('keeps a password the user wrote, and replaces one too short to be safe', async () => {
    const data = join(dir, 'c');
    await embeddedPassword(data);
    await writeFile(join(data, PASSWORD_FILE), 'my-own-password-of-some-length\n');
    expect(await embeddedPassword(data)).toBe('my-own-password-of-some-length');
    await writeFile(join(data, PASSWORD_FILE), 'short\n');
    const replaced = await embeddedPassword(data);
    expect(replaced).not.toBe('short');
    expect((await readFile(join(data, PASSWORD_FILE), 'utf8')).trim()).toBe(replaced);
  });
});

describe('jitOf', () => {
  it('takes the caller’s JIT, C1 only by default, and NEO4J_JIT over both', () => {
    expect(jitOf(undefined, {})).toBe('quick');
    expect(jitOf('full', {})).toBe('full');
    expect(jitOf('full', { NEO4J_JIT: 'quick' })).toBe('quick');
    expect(jitOf(undefined, { NEO4J_JIT: ' full ' })).toBe('full');
    expect(() => jitOf('quick', { NEO4J_JIT: 'c2' })).toThrow(/NEO4J_JIT "c2" is not quick or full/);
  });
});

describe('jvmFlags', () => {
  it('runs an import on C1 and the parallel collector, a server on C1+C2 and G1', () => {
    const quick = jvmFlags({ heap: '2g' }, {});
    expect(quick.slice(0, 3)).toEqual(['-Xmx2g', '-Xms128m', '-XX:+UseParallelGC']);
    expect(quick).toContain('-XX:TieredStopAtLevel=1');
    expect(quick).not.toContain('-XX:+UseG1GC');
    const full = jvmFlags({ jit: 'full' }, { NEO4J_HEAP: '3g' });
    expect(full.slice(0, 3)).toEqual(['-Xmx3g', '-Xms128m', '-XX:+UseG1GC']);
    expect(full.some((f) => f.startsWith('-XX:TieredStopAtLevel'))).toBe(false);
  });

  it('puts the archive flags before NEO4J_JAVA_OPTS, whose collector replaces ours', () => {
    const flags = jvmFlags({}, { NEO4J_JAVA_OPTS: ' -XX:+UseSerialGC  -Xss2m ' }, ['-XX:SharedArchiveFile=a.jsa']);
    expect(flags.filter((f) => /^-XX:\+Use\w+GC$/.test(f))).toEqual(['-XX:+UseSerialGC']);
    expect(flags.slice(-3)).toEqual(['-XX:SharedArchiveFile=a.jsa', '-XX:+UseSerialGC', '-Xss2m']);
  });
});

describe('launcherArgs', () => {
  it('passes the store, port, password file, page cache and each NEO4J_SETTINGS pair', () => {
    const args = launcherArgs({ port: 7999, pagecacheMb: 512 }, '/data/neo4j', {
      NEO4J_SETTINGS: 'db.tx_log.preallocate=false  internal.cypher.parser.antlr_enabled=false',
    });
    expect(args).toEqual([
      '--data-dir',
      '/data/neo4j',
      '--port',
      '7999',
      '--password-file',
      join('/data/neo4j', PASSWORD_FILE),
      '--pagecache-mb',
      '512',
      '--setting',
      'db.tx_log.preallocate=false',
      '--setting',
      'internal.cypher.parser.antlr_enabled=false',
    ]);
    expect(launcherArgs({ port: 1 }, '/d', {})).not.toContain('--setting');
  });
});
