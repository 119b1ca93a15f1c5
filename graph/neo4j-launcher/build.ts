// Finds a Java 17/21 and builds the launcher jar with Maven on first use (or when pom.xml or src/ changed).
// Used by graph/embedded.ts; all failures are one-line GraphStoreErrors that say what to install.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { GraphStoreError } from '../errors.ts';

export const LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET = join(LAUNCHER_DIR, 'target');
const STAMP = join(TARGET, '.built');
const LOCK = join(TARGET, '.build.lock');
/** Neo4j 5.26 supports exactly these Java versions; a newer default JDK must not be picked. */
const SUPPORTED_JAVA = [17, 21];
const OR_USE_YOUR_OWN = 'or set NEO4J_URI to your own Neo4j';

export interface JavaRuntime {
  /** The java executable. */
  java: string;
  /** JAVA_HOME to hand to Maven, when known. */
  home: string | undefined;
  major: number;
}

export interface LauncherBuild {
  java: JavaRuntime;
  /** The -cp value: the launcher jar and its runtime jars. */
  classpath: string;
  mainClass: string;
  /** True when this call ran Maven. */
  built: boolean;
}

// ---------------------------------------------------------------------------------------------
// Java
// ---------------------------------------------------------------------------------------------

function majorOfHome(home: string): number | undefined {
  try {
    const m = /JAVA_VERSION="(\d+)/.exec(readFileSync(join(home, 'release'), 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function jvmDirs(root: string): string[] {
  try {
    // Java 17 first: the issue pins it, and Debian may also ship a newer default JDK.
    return readdirSync(root)
      .map((d) => join(root, d))
      .sort((a, b) => Number(!/17/.test(basename(a))) - Number(!/17/.test(basename(b))) || a.localeCompare(b));
  } catch {
    return [];
  }
}

/** Picks a Java 17 (preferred) or 21: JAVA_HOME if it is one, else /usr/lib/jvm, else `java` on PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env, jvmRoot = '/usr/lib/jvm'): JavaRuntime {
  const homes = [env.JAVA_HOME, ...jvmDirs(jvmRoot)].filter((h): h is string => Boolean(h));
  for (const home of homes) {
    const major = majorOfHome(home);
    const java = join(home, 'bin', 'java');
    if (major && SUPPORTED_JAVA.includes(major) && existsSync(java)) return { java, home, major };
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const java = join(dir, 'java');
    if (!dir || !existsSync(java)) continue;
    const home = dirname(dirname(realPath(java)));
    const major = majorOfHome(home);
    if (major && SUPPORTED_JAVA.includes(major)) return { java, home, major };
  }
  throw new GraphStoreError(
    'CONFIG',
    `graph/embedded: Java 17 not found (install openjdk-17-jre-headless, or set JAVA_HOME to a JDK 17/21, ${OR_USE_YOUR_OWN})`,
  );
}

function realPath(p: string): string {
  try {
    return realpathSync(p); // /usr/bin/java is a chain of symlinks into the JDK
  } catch {
    return p;
  }
}

// ---------------------------------------------------------------------------------------------
// Build on first use
// ---------------------------------------------------------------------------------------------

function newestSourceMtime(): number {
  let newest = statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(LAUNCHER_DIR, 'src'));
  return newest;
}

/** True when target/ holds a build at least as new as pom.xml and every file under src/. */
export function launcherIsBuilt(): boolean {
  try {
    return (
      statSync(STAMP).mtimeMs >= newestSourceMtime() &&
      existsSync(join(TARGET, 'neo4j-launcher.jar')) &&
      existsSync(join(TARGET, 'lib'))
    );
  } catch {
    return false;
  }
}

function runMaven(java: JavaRuntime): Promise<void> {
  const args = ['-q', '-B', '--no-transfer-progress', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'];
  const env = java.home ? { ...process.env, JAVA_HOME: java.home } : process.env;
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: LAUNCHER_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err: NodeJS.ErrnoException) => {
      const missing = err.code === 'ENOENT';
      reject(
        new GraphStoreError(
          'CONFIG',
          missing
            ? `graph/embedded: Maven not found (install maven, ${OR_USE_YOUR_OWN})`
            : `graph/embedded: could not run Maven: ${err.message}`,
          { cause: err },
        ),
      );
    });
    child.on('close', (status) => {
      if (status === 0) return resolve();
      const tail = output.trim().split('\n').slice(-15).join('\n');
      reject(
        new GraphStoreError('UNAVAILABLE', `graph/embedded: building the Neo4j launcher failed (mvn exit ${status})`, {
          hint: `Run \`mvn -B package\` in ${LAUNCHER_DIR} to see the full log. Last lines:\n${tail}`,
        }),
      );
    });
  });
}

/** Holds target/.build.lock while `fn` runs, so two processes never run Maven into one target/ at once. */
export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  await mkdir(TARGET, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A lock older than 15 minutes is left over from a killed build.
      const age =
        Date.now() -
        (await stat(LOCK).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if (age > 15 * 60_000) await rm(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new GraphStoreError('UNAVAILABLE', `graph/embedded: ${LOCK} is held`);
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/**
 * Makes sure the launcher is built and returns how to run it. Runs `mvn package` only when the
 * build is missing or older than pom.xml/src (the first run downloads Neo4j from Maven Central).
 */
export async function ensureLauncher(onLog: (line: string) => void = () => undefined): Promise<LauncherBuild> {
  const java = findJava();
  const result = (built: boolean): LauncherBuild => ({
    java,
    classpath: [join(TARGET, 'neo4j-launcher.jar'), join(TARGET, 'lib', '*')].join(delimiter),
    mainClass: 'readout.neo4j.Main',
    built,
  });
  if (launcherIsBuilt()) return result(false);
  return withBuildLock(async () => {
    if (launcherIsBuilt()) return result(false); // another process built it while we waited
    onLog(`graph/embedded: building the Neo4j launcher with Maven (Java ${java.major}; first run downloads ~170 MB)…`);
    const started = Date.now();
    await runMaven(java);
    await writeFile(STAMP, new Date().toISOString() + '\n');
    onLog(`graph/embedded: launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result(true);
  });
}

// ---------------------------------------------------------------------------------------------
// Class-data archive (AppCDS)
// ---------------------------------------------------------------------------------------------

/**
 * The launcher's class-data archive (a Java dynamic AppCDS archive): the classes a start, the schema and the
 * writer's first queries load, parsed and verified once. Made by a training start after each build (graph/embedded.ts
 * `ensureArchive`), used by every later start: about a third less CPU to start and a shorter first plan.
 */
export const CDS_ARCHIVE = join(TARGET, 'neo4j-launcher.jsa');
/** `<archive>.key` beside the archive holds the build and JVM it was made for (`archiveKey`), or `failed <key>`. */
const FAILED = 'failed ';

/** What an archive is good for: this build of the launcher (its stamp) and this JVM (its path and exact version). */
export function archiveKey(java: JavaRuntime, stamp = STAMP): string {
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : 'unbuilt';
  return `${built} ${java.java} ${java.home ? fullVersionOf(java.home) : java.major}`;
}

function fullVersionOf(home: string): string {
  try {
    return /JAVA_VERSION="([^"]+)"/.exec(readFileSync(join(home, 'release'), 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * 'ready' when `archive` was made for this build and JVM, 'failed' when its training failed for them (not tried
 * again until the next build), else 'missing'. The JVM checks the jars itself and starts without an archive
 * that does not match them.
 */
export function archiveState(java: JavaRuntime, archive = CDS_ARCHIVE, stamp = STAMP): 'ready' | 'failed' | 'missing' {
  const key = archiveKey(java, stamp);
  const written = existsSync(`${archive}.key`) ? readFileSync(`${archive}.key`, 'utf8').trim() : '';
  if (written === FAILED + key) return 'failed';
  return written === key && existsSync(archive) ? 'ready' : 'missing';
}

/**
 * The JVM flags that use `archive`, with the JVM's own CDS warnings off: an archive that does not match the jars
 * any more (rebuilt by hand) is skipped silently and Neo4j starts as without one.
 */
export const archiveFlags = (archive = CDS_ARCHIVE): string[] => [
  `-XX:SharedArchiveFile=${archive}`,
  '-Xshare:auto',
  '-Xlog:cds=off,cds+dynamic=off',
];

/**
 * Makes the archive with `train`, which runs the launcher with `-XX:ArchiveClassesAtExit=<the file it is given>`
 * and stops it: the archive is kept when the JVM wrote it, and a failure is remembered (key file) so that starts
 * do not train again until the next build. Never throws; holds the build lock.
 */
export async function makeArchive(
  java: JavaRuntime,
  train: (file: string) => Promise<void>,
  onLog: (line: string) => void = () => undefined,
  archive = CDS_ARCHIVE,
): Promise<boolean> {
  return withBuildLock(async () => {
    if (archiveState(java, archive) !== 'missing') return archiveState(java, archive) === 'ready';
    const key = archiveKey(java);
    const tmp = `${archive}.${process.pid}.tmp`;
    const started = Date.now();
    onLog('graph/embedded: making the class-data archive of the Neo4j launcher (once per build)…');
    try {
      await rm(`${archive}.key`, { force: true });
      await train(tmp);
      if (!existsSync(tmp) || statSync(tmp).size === 0) throw new Error('the JVM wrote no archive');
      await rename(tmp, archive);
      await writeFile(`${archive}.key`, key + '\n');
      onLog(`graph/embedded: class-data archive made in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return true;
    } catch (err) {
      await rm(tmp, { force: true });
      await writeFile(`${archive}.key`, FAILED + key + '\n').catch(() => undefined);
      onLog(`graph/embedded: no class-data archive (${(err as Error).message}); Neo4j starts without one`);
      return false;
    }
  });
}
