// Starts and stops the embedded Neo4j 5.26 (graph/neo4j-launcher/, a small JVM) on a loopback Bolt port,
// for machines without Docker. Builds the launcher on first use, and its class-data archive on the first start
// after a build; the JVM exits with its Node parent.
// Authentication is on: the password is generated into the data directory on first start.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { connect } from './connection.ts';
import { ensureSchema } from './constraints.ts';
import { GraphStoreError } from './errors.ts';
import { archiveFlags, archiveState, ensureLauncher, makeArchive, type LauncherBuild } from './neo4j-launcher/build.ts';
import { warmUpWriter } from './write-store.ts';

export interface EmbeddedNeo4jOptions {
  /** Store directory; created if missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Progress and JVM output, one line at a time. */
  onLog?: (line: string) => void;
  /** How long to wait for the ready line after the JVM starts (default 120 s). */
  readyTimeoutMs?: number;
  /**
   * JVM -Xmx (default NEO4J_HEAP or 1g: the machine is shared). Extra JVM flags: NEO4J_JAVA_OPTS; extra Neo4j
   * settings: NEO4J_SETTINGS (`name=value` pairs separated by spaces, over ours); NEO4J_CDS=off starts without the
   * class-data archive.
   */
  heap?: string;
  /** Page cache in MiB (default 128; the benchmark's million relationships want more). */
  pagecacheMb?: number;
  /**
   * 'quick' (default): the C1 compiler only and the parallel collector (tests, imports: what they were measured
   * with). 'full': C1 then C2 and G1,
   * for a server that answers reads for long (`kg start`, `kg serve`, `kg neo4j`, the benchmark's reads): on the
   * synthetic graph of 1M relationships C2 halves Neo4j's CPU per `/api/graph` once warm; a start takes about the
   * same (6.2–6.7 s against 5.8–6.6 s at load 4–5). NEO4J_JIT (quick | full) overrides it.
   */
  jit?: EmbeddedJit;
  /** The training start of the class-data archive: the JVM writes its archive to this file when it exits. */
  archiveClassesTo?: string;
}

export type EmbeddedJit = 'quick' | 'full';

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:PORT. */
  uri: string;
  /** The user (neo4j) and the password of the data directory's password file. */
  user: string;
  password: string;
  dataDir: string;
  pid: number | undefined;
  /** Shuts Neo4j down cleanly (SIGTERM, then SIGKILL after 60 s); safe to call twice. */
  stop(): Promise<void>;
}

const READY = /^NEO4J_READY (\S+)/;
/** The file in the data directory holding the Bolt password of user neo4j (mode 0600). */
export const PASSWORD_FILE = 'bolt-password';
const FAILED = /^NEO4J_FAILED (.*)/;

// Flags the Neo4j server passes to its own JVM; without them Netty and the page cache log warnings.
const JVM_FLAGS = [
  // No -XX:+ExitOnOutOfMemoryError: a query that exhausts the heap (a string doubled 30 times) then fails
  // alone with Neo.TransientError.General.OutOfMemoryError instead of ending the whole database.
  '-XX:-OmitStackTraceInFastThrow',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/** C1 only ('quick') or C1 then C2 ('full'). */
const JIT_FLAGS: Record<EmbeddedJit, string[]> = { quick: ['-XX:TieredStopAtLevel=1'], full: [] };

/**
 * The collector per JIT: an import ('quick') wants throughput, and the parallel collector took about 9 % less of
 * Neo4j's CPU per readout written than G1 (README "Benchmark"); a server ('full') keeps G1 and its short pauses.
 * A collector chosen in NEO4J_JAVA_OPTS replaces ours (the JVM refuses two).
 */
const GC_FLAGS: Record<EmbeddedJit, string> = { quick: '-XX:+UseParallelGC', full: '-XX:+UseG1GC' };
const GC_FLAG = /^-XX:\+Use\w+GC$/;

/** The JIT of `opts`, or NEO4J_JIT when set; throws GraphStoreError('CONFIG') on another value. */
export function jitOf(requested: EmbeddedJit | undefined, env: NodeJS.ProcessEnv = process.env): EmbeddedJit {
  const fromEnv = env.NEO4J_JIT?.trim();
  if (!fromEnv) return requested ?? 'quick';
  if (fromEnv === 'quick' || fromEnv === 'full') return fromEnv;
  throw new GraphStoreError('CONFIG', `graph/embedded: NEO4J_JIT "${fromEnv}" is not quick or full`, {
    hint: 'Unset NEO4J_JIT, or set it to quick (fast start) or full (fast reads once warm).',
  });
}

/**
 * The JVM flags of the launcher for `opts`: heap, GC, JIT, then NEO4J_JAVA_OPTS (last, so they override ours).
 * Throws GraphStoreError('CONFIG') on a bad NEO4J_JIT.
 */
export function jvmFlags(
  opts: Pick<EmbeddedNeo4jOptions, 'heap' | 'jit'>,
  env: NodeJS.ProcessEnv = process.env,
  archive: string[] = [],
): string[] {
  const heap = opts.heap ?? env.NEO4J_HEAP ?? '1g';
  const extra = words(env.NEO4J_JAVA_OPTS);
  const jit = jitOf(opts.jit, env);
  const gc = extra.some((f) => GC_FLAG.test(f)) ? [] : [GC_FLAGS[jit]];
  return [`-Xmx${heap}`, '-Xms128m', ...gc, ...JVM_FLAGS, ...JIT_FLAGS[jit], ...archive, ...extra];
}

/** The launcher's arguments for `opts` (NEO4J_SETTINGS: extra Neo4j settings, `name=value` separated by spaces). */
export function launcherArgs(
  opts: Pick<EmbeddedNeo4jOptions, 'port' | 'pagecacheMb'>,
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  return [
    '--data-dir',
    dataDir,
    '--port',
    String(opts.port),
    '--password-file',
    join(dataDir, PASSWORD_FILE),
    ...(opts.pagecacheMb ? ['--pagecache-mb', String(opts.pagecacheMb)] : []),
    ...words(env.NEO4J_SETTINGS).flatMap((s) => ['--setting', s]),
  ];
}

const words = (s: string | undefined): string[] => s?.split(/\s+/).filter(Boolean) ?? [];

/**
 * The flags that start the launcher from its class-data archive (graph/neo4j-launcher/build.ts CDS_ARCHIVE), made
 * first by a training start when this build has none; [] when NEO4J_CDS=off or the archive cannot be made.
 */
async function ensureArchive(launcher: LauncherBuild, log: (line: string) => void): Promise<string[]> {
  if (process.env.NEO4J_CDS === 'off') return [];
  const state = archiveState(launcher.java);
  if (state === 'ready') return archiveFlags();
  if (state === 'failed') return [];
  return (await makeArchive(launcher.java, trainArchive, log)) ? archiveFlags() : [];
}

/**
 * The training start: Neo4j on a throwaway store creates the schema and plans the writer's queries (the classes an
 * import and a server load first), then stops, and the JVM writes the classes it loaded to `file`.
 */
async function trainArchive(file: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-neo4j-cds-'));
  try {
    const neo = await startEmbeddedNeo4j({
      dataDir: join(dir, 'store'),
      port: await freePort(),
      archiveClassesTo: file,
    });
    try {
      const conn = await connect({ uri: neo.uri, user: neo.user, password: neo.password });
      try {
        await ensureSchema(conn);
        await warmUpWriter(conn);
      } finally {
        await conn.close();
      }
    } finally {
      await neo.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A port the OS considers free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? res(address.port) : rej(new Error('no port'))));
    });
  });
}

/**
 * Starts Neo4j 5.26 Community embedded with Bolt on 127.0.0.1:`port` and resolves once it accepts
 * connections. Throws GraphStoreError: CONFIG (no Java 17 / Maven), UNAVAILABLE (build failed, port
 * busy, store locked, timeout).
 *
 * @example
 * const neo = await startEmbeddedNeo4j({ dataDir: '.data/neo4j', port: 7687, onLog: console.error });
 * const conn = await connect({ uri: neo.uri, user: neo.user, password: neo.password });
 * // …
 * await conn.close();
 * await neo.stop();
 */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.onLog ?? (() => undefined);
  const dataDir = resolve(opts.dataDir);
  const launcher = await ensureLauncher(log);
  await mkdir(dataDir, { recursive: true });
  const password = await embeddedPassword(dataDir);

  const archive = opts.archiveClassesTo
    ? [`-XX:ArchiveClassesAtExit=${opts.archiveClassesTo}`]
    : await ensureArchive(launcher, log);
  const args = [
    ...jvmFlags(opts, process.env, archive),
    '-cp',
    launcher.classpath,
    launcher.mainClass,
    ...launcherArgs(opts, dataDir),
  ];
  // stdin stays a pipe we never write to: the launcher exits when it closes, i.e. when we exit, however we exit.
  // Its own process group keeps a terminal's Ctrl-C away from it, so our caller closes its driver first and then
  // calls stop(), instead of Neo4j vanishing under a running import.
  const child = spawn(launcher.java.java, args, { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  // 'close' comes after stdout has ended, so a NEO4J_FAILED line has been read by then.
  const exited = new Promise<number | null>((res) => child.on('close', (code, signal) => res(signal ? null : code)));
  const stderrTail: string[] = [];
  let failure: string | undefined;

  const uri = await new Promise<string>((res, rej) => {
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timeoutMs = opts.readyTimeoutMs ?? 120_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(() => rej(startError(`Neo4j was not ready within ${timeoutMs / 1000} s`, opts.port, stderrTail)));
    }, timeoutMs);

    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = READY.exec(line);
      const failed = FAILED.exec(line);
      if (ready?.[1]) settle(() => res(ready[1] as string));
      else if (failed) failure = failed[1];
      else log(`neo4j: ${line}`);
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
      log(`neo4j: ${line}`);
    });
    child.on('error', (err) =>
      settle(() =>
        rej(new GraphStoreError('CONFIG', `graph/embedded: cannot run ${launcher.java.java}: ${err.message}`)),
      ),
    );
    void exited.then((code) =>
      settle(() => rej(startError(failure ?? `the launcher exited (status ${code})`, opts.port, stderrTail))),
    );
  });

  let stopping: Promise<void> | undefined;
  void exited.then((code) => {
    if (!stopping) log(`graph/embedded: Neo4j on ${uri} exited unexpectedly (status ${code})`);
  });
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(killer);
    })());

  log(`graph/embedded: Neo4j 5.26 ready on ${uri} (data in ${dataDir})`);
  return { uri, user: 'neo4j', password, dataDir, pid: child.pid, stop };
}

/**
 * The Bolt password of the embedded Neo4j in `dataDir`: read from its password file, or generated
 * (32 random bytes, base64url) and written there with mode 0600 on first start.
 */
export async function embeddedPassword(dataDir: string): Promise<string> {
  const file = join(resolve(dataDir), PASSWORD_FILE);
  const existing = await readFile(file, 'utf8').then(
    (s) => s.trim(),
    () => '',
  );
  if (existing.length >= 16) return existing;
  const password = randomBytes(32).toString('base64url');
  await mkdir(resolve(dataDir), { recursive: true });
  await writeFile(file, password + '\n', { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/** Turns the launcher's failure reason into one actionable error. */
function startError(reason: string, port: number, stderrTail: string[]): GraphStoreError {
  let hint =
    'Look at the log above, or set NEO4J_URI to a running Neo4j. ' + (stderrTail.length ? stderrTail.join('\n') : '');
  if (/already in use/.test(reason)) {
    hint =
      `Set NEO4J_BOLT_PORT to a free port; or, if a Neo4j already listens on ${port}, ` +
      `use it with NEO4J_URI=bolt://127.0.0.1:${port}.`;
  } else if (/lock/i.test(reason)) {
    hint = 'Another Neo4j uses this data directory: stop it, or set NEO4J_DATA_DIR to another directory.';
  }
  return new GraphStoreError('UNAVAILABLE', `graph/embedded: ${reason}`, { hint });
}
