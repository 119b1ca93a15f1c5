// Where a Neo4j comes from, in one code path: NEO4J_URI if set; else a Testcontainers neo4j:5.26-community
// if a Docker engine answers; else the embedded launcher (graph/embedded.ts). Then connect + ensureSchema.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { readNeo4jConfig } from './config.ts';
import { connect, type GraphConnection } from './connection.ts';
import { ensureSchema } from './constraints.ts';
import { startEmbeddedNeo4j, type EmbeddedJit } from './embedded.ts';
import { GraphStoreError } from './errors.ts';

/** The Docker image of the compose file and of Testcontainers; the embedded launcher pins the same 5.26 line. */
export const NEO4J_IMAGE = 'neo4j:5.26-community';
const CONTAINER_PASSWORD = 'readout-graph';
/** The embedded launcher's defensive settings, for the container (docker-compose.yml sets them too). */
const CONTAINER_SETTINGS = {
  NEO4J_db_memory_transaction_max: '256M',
  NEO4J_dbms_memory_transaction_total_max: '512M',
  NEO4J_dbms_security_allow__csv__import__from__file__urls: 'false',
};
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type GraphSourceKind = 'uri' | 'docker' | 'embedded';

/** A reachable Neo4j and how to log in; `stop` is set when we started it. */
export interface GraphSource {
  kind: GraphSourceKind;
  uri: string;
  user: string;
  /** Embedded: generated into the data directory on first start. */
  password: string;
  database: string | undefined;
  /** Embedded only: the store directory. */
  dataDir?: string;
  stop?: () => Promise<void>;
}

export interface FindNeo4jOptions {
  log?: (line: string) => void;
  /** Where the embedded launcher keeps its store and listens (default NEO4J_DATA_DIR / NEO4J_BOLT_PORT). */
  embedded?: { dataDir?: string; port?: number; jit?: EmbeddedJit };
  env?: NodeJS.ProcessEnv;
}

export type OpenGraph = GraphConnection & {
  source: GraphSource;
  /** Stops the database if this process started it (close() does this too). */
  stopDatabase?: () => Promise<void>;
};

/** True when a Docker (or compatible) engine answers; false without one or without testcontainers installed. */
export async function dockerAvailable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    return await getContainerRuntimeClient().then(
      () => true,
      () => false,
    );
  } catch {
    return false; // testcontainers is a dev dependency; a production install has no Docker path
  }
}

/** Starts a throw-away neo4j:5.26-community container (removed when this process exits). */
export async function startDockerNeo4j(log: (line: string) => void = () => undefined): Promise<GraphSource> {
  log(`graph/neo4j-provider: starting ${NEO4J_IMAGE} with Testcontainers…`);
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE)
    .withPassword(CONTAINER_PASSWORD)
    .withEnvironment(CONTAINER_SETTINGS)
    .start();
  return {
    kind: 'docker',
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    database: undefined,
    stop: async () => {
      await container.stop();
    },
  };
}

function embeddedSettings(opts: FindNeo4jOptions, env: NodeJS.ProcessEnv): { dataDir: string; port: number } {
  const port = opts.embedded?.port ?? Number(env.NEO4J_BOLT_PORT?.trim() || 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new GraphStoreError(
      'CONFIG',
      `graph/neo4j-provider: NEO4J_BOLT_PORT "${env.NEO4J_BOLT_PORT}" is not a port`,
      {
        hint: 'Use a number between 1 and 65535, e.g. NEO4J_BOLT_PORT=7688.',
      },
    );
  }
  // Relative NEO4J_DATA_DIR is taken from the working directory; the default sits in the repo (git-ignored).
  const dataDir = opts.embedded?.dataDir ?? resolve(env.NEO4J_DATA_DIR?.trim() || resolve(REPO_ROOT, '.data/neo4j'));
  return { dataDir, port };
}

/**
 * Finds or starts a Neo4j without connecting to it: NEO4J_URI, else Docker, else embedded.
 * The caller owns `stop` when it is set.
 */
export async function findOrStartNeo4j(opts: FindNeo4jOptions = {}): Promise<GraphSource> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? (() => undefined);
  let config;
  try {
    config = readNeo4jConfig(env);
  } catch (err) {
    throw new GraphStoreError('CONFIG', (err as Error).message, { cause: err });
  }
  if (config.uri) {
    return { kind: 'uri', uri: config.uri, user: config.user, password: config.password, database: config.database };
  }
  if (await dockerAvailable()) return startDockerNeo4j(log);
  const { dataDir, port } = embeddedSettings(opts, env);
  const neo = await startEmbeddedNeo4j({ dataDir, port, jit: opts.embedded?.jit, onLog: log });
  // The password was generated into the data directory (a stray NEO4J_PASSWORD does not matter).
  return {
    kind: 'embedded',
    uri: neo.uri,
    user: neo.user,
    password: neo.password,
    database: undefined,
    dataDir,
    stop: neo.stop,
  };
}

/** One line for logs saying where the database came from, e.g. "embedded Neo4j 5.26 at bolt://… (data: .data/neo4j)". */
export function describeGraphSource(source: GraphSource): string {
  switch (source.kind) {
    case 'uri':
      return `Neo4j at ${source.uri} (NEO4J_URI)`;
    case 'docker':
      return `Neo4j ${NEO4J_IMAGE} in a Testcontainers container at ${source.uri} (data is discarded on exit)`;
    case 'embedded': {
      const dir = source.dataDir ? relative(process.cwd(), source.dataDir) || '.' : '?';
      return `embedded Neo4j 5.26 at ${source.uri} (data in ${dir.startsWith('..') ? source.dataDir : dir})`;
    }
  }
}

/**
 * Finds or starts a Neo4j, connects, and makes sure the schema exists. `close()` closes the driver
 * and stops the database if this call started it.
 *
 * @example
 * const graph = await openGraph({ log: console.error });
 * console.error(`using ${describeGraphSource(graph.source)}`);
 * try { … } finally { await graph.close(); }
 */
export async function openGraph(opts: { log?: (line: string) => void; jit?: EmbeddedJit } = {}): Promise<OpenGraph> {
  const source = await findOrStartNeo4j({ log: opts.log, embedded: opts.jit ? { jit: opts.jit } : undefined });
  let conn: GraphConnection | undefined;
  try {
    conn = await connect({ uri: source.uri, user: source.user, password: source.password, database: source.database });
    await ensureSchema(conn);
  } catch (err) {
    await conn?.close().catch(() => undefined);
    await source.stop?.().catch(() => undefined);
    throw err;
  }
  const connection = conn;
  return {
    ...connection,
    source,
    stopDatabase: source.stop,
    close: async () => {
      await connection.close();
      await source.stop?.();
    },
  };
}
