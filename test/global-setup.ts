// Vitest globalSetup of the integration and browser projects: finds or starts one real Neo4j per run
// (TEST_NEO4J_URI — never NEO4J_URI, a user's own data —, else Testcontainers, else the embedded launcher on
// a free port and a fresh temp store), claims it for the tests (refused if it holds documents the tests did
// not create) and hands its coordinates to the tests through provide/inject. No database is a failure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

import { claimForTests } from '../graph/admin.ts';
import { connect } from '../graph/connection.ts';
import { freePort } from '../graph/embedded.ts';
import { GraphStoreError, HOW_TO_GET_NEO4J } from '../graph/errors.ts';
import { describeGraphSource, findOrStartNeo4j, type GraphSource } from '../graph/neo4j-provider.ts';
import { testDatabaseEnv } from './helpers/test-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    /** The embedded Neo4j's generated password, or TEST_NEO4J_PASSWORD. */
    neo4jPassword: string;
    /** Empty for the server's default database. */
    neo4jDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string): void => console.error(`[neo4j] ${line}`);
  const tempDir = await mkdtemp(join(tmpdir(), 'readout-neo4j-'));
  let source: GraphSource | undefined;
  try {
    source = await findOrStartNeo4j({
      log,
      env: testDatabaseEnv(process.env),
      embedded: { dataDir: join(tempDir, 'store'), port: await freePort() },
    });
    const conn = await connect(source); // fail here, once, rather than in every test file
    try {
      await claimForTests(conn);
    } finally {
      await conn.close();
    }
  } catch (err) {
    await source?.stop?.().catch(() => undefined);
    await rm(tempDir, { recursive: true, force: true });
    const hint = err instanceof GraphStoreError && err.hint && err.hint !== HOW_TO_GET_NEO4J ? `\n  ${err.hint}` : '';
    throw new Error(
      `test/global-setup: the integration tests need a real Neo4j and none could be found or started.\n` +
        `  ${(err as Error).message}${hint}\n` +
        '  To get one: set TEST_NEO4J_URI (+ TEST_NEO4J_USER, TEST_NEO4J_PASSWORD) to a Neo4j 5 of its own; or run a Docker engine ' +
        '(Testcontainers starts neo4j:5.26-community); or install Java 17 + Maven for the embedded launcher.',
      { cause: err },
    );
  }
  log(`tests use ${describeGraphSource(source)}`);
  if (source.kind === 'uri') log('note: the integration tests delete all data in that database (TEST_NEO4J_URI)');
  project.provide('neo4jUri', source.uri);
  project.provide('neo4jUser', source.user);
  project.provide('neo4jPassword', source.password);
  project.provide('neo4jDatabase', source.database ?? '');

  const started = source;
  return async () => {
    await started.stop?.();
    await rm(tempDir, { recursive: true, force: true });
  };
}
