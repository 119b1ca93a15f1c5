// findJava picks a JDK Neo4j 5.26 supports (17 preferred, 21 accepted) and never a newer default JDK.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { findJava } from './build.ts';

const root = mkdtempSync(join(tmpdir(), 'find-java-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake JDK home: bin/java plus the `release` file every JDK ships. */
function fakeJdk(name: string, version: string): string {
  const home = join(root, 'jvm', name);
  mkdirSync(join(home, 'bin'), { recursive: true });
  writeFileSync(join(home, 'release'), `JAVA_VERSION="${version}"\n`);
  writeFileSync(join(home, 'bin', 'java'), '#!/bin/sh\n');
  chmodSync(join(home, 'bin', 'java'), 0o755);
  return home;
}

describe('findJava', () => {
  const jdk25 = fakeJdk('temurin-25-jdk-amd64', '25.0.1');
  const jdk21 = fakeJdk('java-21-openjdk-amd64', '21.0.5');
  const jdk17 = fakeJdk('java-17-openjdk-amd64', '17.0.15');
  const jvmRoot = join(root, 'jvm');

  it('prefers Java 17 over 21 and skips 25, even when JAVA_HOME points at 25', () => {
    const java = findJava({ JAVA_HOME: jdk25, PATH: '' }, jvmRoot);
    expect(java).toEqual({ java: join(jdk17, 'bin', 'java'), home: jdk17, major: 17 });
  });

  it('honours JAVA_HOME when it is a supported version', () => {
    expect(findJava({ JAVA_HOME: jdk21, PATH: '' }, jvmRoot).home).toBe(jdk21);
  });

  it('fails with one line saying what to install when only an unsupported JDK exists', () => {
    const only25 = join(root, 'only25');
    mkdirSync(only25);
    expect(() => findJava({ JAVA_HOME: jdk25, PATH: '' }, only25)).toThrow(
      /^graph\/embedded: Java 17 not found \(install openjdk-17-jre-headless.*NEO4J_URI/,
    );
  });
});
