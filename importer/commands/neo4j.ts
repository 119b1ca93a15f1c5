// `kg neo4j` (npm run neo4j): runs the embedded Neo4j 5.26 in the foreground until Ctrl-C, and says how
// to point the other commands at it. Data in NEO4J_DATA_DIR (default .data/neo4j), Bolt on NEO4J_BOLT_PORT.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { PASSWORD_FILE, startEmbeddedNeo4j } from '../../graph/embedded.ts';
import { GraphStoreError } from '../../graph/errors.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Starts the embedded Neo4j and blocks until SIGINT/SIGTERM, then shuts it down cleanly. */
export async function runNeo4j(): Promise<void> {
  const port = Number(process.env.NEO4J_BOLT_PORT?.trim() || 7687);
  const dataDir = resolve(process.env.NEO4J_DATA_DIR?.trim() || resolve(REPO_ROOT, '.data/neo4j'));
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`kg neo4j: NEO4J_BOLT_PORT "${process.env.NEO4J_BOLT_PORT}" is not a port number`);
  }
  if (process.env.NEO4J_URI) {
    console.error(`kg neo4j: note: NEO4J_URI is set (${process.env.NEO4J_URI}); starting the embedded Neo4j anyway.`);
  }

  const started = Date.now();
  let neo;
  try {
    // A foreground server answers reads for long: C2 compiles its hot paths (graph/embedded.ts `jit`).
    neo = await startEmbeddedNeo4j({ dataDir, port, jit: 'full', onLog: (line) => console.error(line) });
  } catch (err) {
    const e = err as GraphStoreError;
    fail(e instanceof GraphStoreError && e.hint ? `${e.message}\n  ${e.hint}` : String(e.message ?? err));
  }

  const passwordFile = resolve(dataDir, PASSWORD_FILE);
  console.log(`Neo4j 5.26 (embedded) is running on ${neo.uri}; user neo4j, password in ${passwordFile}`);
  console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. In another terminal, point the app at it:`);
  console.log(`  export NEO4J_URI=${neo.uri} NEO4J_PASSWORD="$(cat '${passwordFile}')"`);
  console.log('  npm start        # or: node importer/kg.js import importer/samples');
  console.log('Press Ctrl-C to stop.');

  const stopped = new Promise<void>((res) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      console.error(`kg neo4j: ${signal}, shutting Neo4j down…`);
      void neo.stop().then(res, res);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  await stopped;
  console.error('kg neo4j: stopped.');
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
