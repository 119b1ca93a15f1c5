// Helpers of the read-side integration tests (API and exports): a few bundled samples imported into
// the test database, an API server on it, and JSON requests through fastify's inject.
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';

import { createApiServer } from '../graph/api/server.ts';
import { createDriver, type GraphConnection } from '../graph/connection.ts';
import type { ApiGraph, EvidencePage } from '../graph/types.ts';
import { importPaths } from '../importer/write.ts';
import { clearDatabase } from './helpers/db.ts';

export const SAMPLES_DIR = join(import.meta.dirname, '..', 'importer', 'samples');

/** Samples with a person known by alias (Morgulov), organisations, an HTML readout and five dates, two in 2018. */
export const READ_SAMPLES = [
  '2018-07-17-eu-japan-summit-tokyo-epa.txt',
  '2018-12-01-japan-russia-summit.txt',
  '2019-05-10-lavrov-kono-moscow-russia-mid.txt',
  '2019-12-09-normandy-format-summit-paris-elysee.html',
  '2021-02-23-trudeau-biden-virtual-meeting-canada.txt',
];

/** Empties the database and imports READ_SAMPLES; throws if any failed. */
export async function importReadSamples(conn: GraphConnection): Promise<void> {
  await clearDatabase(conn);
  const summary = await importPaths(
    conn,
    READ_SAMPLES.map((f) => join(SAMPLES_DIR, f)),
    { onError: 'fail' },
  );
  if (summary.failed || summary.imported !== READ_SAMPLES.length) {
    throw new Error(`test/api-helpers: sample import failed: ${JSON.stringify(summary.failures)}`);
  }
}

/** An API server on `conn` (API only; the connection stays open when the server closes). */
export const apiServer = (conn: GraphConnection): Promise<FastifyInstance> =>
  createApiServer({ conn, webDir: false, closeConnection: false });

/** GET or POST through inject; returns the status, headers and parsed JSON (or text) body. */
export async function call<T = unknown>(
  app: FastifyInstance,
  url: string,
  payload?: object,
): Promise<{ status: number; headers: Record<string, unknown>; body: T; text: string }> {
  const res = await app.inject({ method: payload ? 'POST' : 'GET', url, payload });
  const isJson = String(res.headers['content-type'] ?? '').startsWith('application/json');
  return { status: res.statusCode, headers: res.headers, body: (isJson ? res.json() : res.body) as T, text: res.body };
}

/** An API server whose Neo4j is down: a connection to a loopback port where nothing listens. */
export function offlineApiServer(): Promise<FastifyInstance> {
  const uri = 'bolt://127.0.0.1:9';
  const driver = createDriver(uri);
  const down: GraphConnection = { driver, database: undefined, uri, serverVersion: '', close: () => driver.close() };
  return createApiServer({ conn: down, webDir: false });
}

/** The graph with every fact's attestations fetched from GET /api/relationships/:key/evidence (one page each). */
export async function withEvidenceFromApi(app: FastifyInstance, graph: ApiGraph): Promise<ApiGraph> {
  for (const e of graph.edges) {
    if (e.attributes.evidenceCount === undefined) continue;
    const page = await call<EvidencePage>(app, `/api/relationships/${encodeURIComponent(e.key)}/evidence?limit=500`);
    e.attributes.evidence = page.body.evidence;
    delete e.attributes.evidenceCount;
  }
  return graph;
}
