// The embedded Neo4j's password: generated once into the data directory, private to its owner, then reused.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { embeddedPassword, jitOf, PASSWORD_FILE } from './embedded.ts';

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
