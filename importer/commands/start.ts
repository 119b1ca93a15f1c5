// `kg start` (npm start), the quick start: reach or start Neo4j, build the explorer if dist/web is
// missing, import the bundled samples (idempotent), serve API + explorer. `startServer` is the same
// without the signal handling, for browser tests (port 0, an existing connection).
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { FastifyInstance } from 'fastify';

import { createApiServer, DEFAULT_HOST, DEFAULT_WEB_DIR, hasWebApp, listenApi } from '../../graph/api/server.ts';
import type { GraphConnection } from '../../graph/connection.ts';
import { describeGraphSource, openGraph } from '../../graph/neo4j-provider.ts';
import { importPaths } from '../write.ts';
import type { SecurityOptions } from '../../graph/api/security.ts';
import { closeOnSignal, parsePort, reportFailure, securityOptions, type ServeOptions } from './serve.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES_DIR = join(REPO_ROOT, 'importer', 'samples');

export interface StartServerOptions {
  /** 0 picks a free port (tests). Default 7475. */
  port?: number;
  host?: string;
  /** Use this connection instead of openGraph(); it is left open on close. */
  conn?: GraphConnection;
  /** Import the bundled samples first (default true). */
  importSamples?: boolean;
  /** Build dist/web with `npx vite build` when it is missing (default true). */
  buildWeb?: boolean;
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
  /** Token and allowed hosts (see `securityOptions`). */
  security?: SecurityOptions;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  app: FastifyInstance;
  conn: GraphConnection;
  /** Stops the server; closes the connection (and the database) only if startServer opened it. */
  close(): Promise<void>;
}

/** Builds the explorer into dist/web with `npx vite build`; rejects with the exit code on failure. */
export function buildWebApp(log: (line: string) => void): Promise<void> {
  log('kg start: building the explorer (npx vite build)…');
  return new Promise((resolveBuild, reject) => {
    const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
    child.on('error', (err) => reject(new Error(`kg start: could not run npx vite build: ${err.message}`)));
    child.on('exit', (code, signal) =>
      code === 0 ? resolveBuild() : reject(new Error(`kg start: npx vite build failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Imports the readouts of importer/samples (unchanged ones are skipped by sha256); returns a one-line summary. */
export async function importSamples(conn: GraphConnection, log: (line: string) => void): Promise<string> {
  const s = await importPaths(conn, [SAMPLES_DIR], { onError: 'skip' });
  for (const f of s.failures) log(`kg start: sample ${f.file} failed: ${f.message}`);
  return `${s.files} samples: ${s.imported} imported, ${s.unchanged} already there, ${s.failed} failed`;
}

/**
 * Reaches or starts Neo4j, builds the explorer if needed, imports the samples and listens.
 * @example const server = await startServer({ port: 0 }); await fetch(server.url + 'api/health'); await server.close();
 */
export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => console.error(line));
  const build = opts.buildWeb !== false && !hasWebApp() ? buildWebApp(log) : Promise.resolve();
  // The build runs while Neo4j starts; both must be done before serving.
  const [conn] = await Promise.all([
    // A server answers reads for long: an embedded Neo4j compiles their hot paths with C2 (graph/embedded.ts `jit`).
    opts.conn ? Promise.resolve(opts.conn) : openGraph({ log, jit: 'full' }),
    build.catch((err: Error) => log(`${err.message}; serving the API only`)),
  ]);
  const owned = !opts.conn;
  try {
    if ('source' in conn)
      log(`kg start: using ${describeGraphSource((conn as Awaited<ReturnType<typeof openGraph>>).source)}`);
    if (opts.importSamples !== false) log(`kg start: ${await importSamples(conn, log)}`);
    const app = await createApiServer({ conn, webDir: DEFAULT_WEB_DIR, closeConnection: owned, ...opts.security });
    const url = await listenApi(app, opts.port ?? 7475, opts.host ?? DEFAULT_HOST);
    return { url, app, conn, close: () => app.close() };
  } catch (err) {
    if (owned) await conn.close().catch(() => undefined);
    throw err;
  }
}

/** Runs `kg start` until SIGINT/SIGTERM. */
export async function runStart(opts: ServeOptions = {}): Promise<void> {
  let server: RunningServer;
  try {
    const security = securityOptions(opts.host ?? DEFAULT_HOST, opts);
    server = await startServer({ port: parsePort(opts.port ?? process.env.API_PORT), host: opts.host, security });
  } catch (err) {
    reportFailure('start', err);
    return;
  }
  console.log(`Readout Graph explorer: ${server.url}`);
  console.log('Press Ctrl-C to stop.');
  await closeOnSignal('start', server.close);
}
