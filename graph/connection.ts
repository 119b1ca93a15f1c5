// The only caller of neo4j.driver(): opens a verified connection to a Neo4j URI and closes it.
// Where the URI comes from (env, Docker, the embedded launcher) is neo4j-provider.ts's job.
import neo4j, { type Driver } from 'neo4j-driver';

import { toGraphStoreError } from './errors.ts';

export interface GraphConnection {
  driver: Driver;
  /** Database name, or undefined for the server's default database. */
  database: string | undefined;
  uri: string;
  serverVersion: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Connects and verifies connectivity; throws GraphStoreError('UNAVAILABLE' | 'AUTH') naming the URI. */
export async function connect(opts: ConnectOptions): Promise<GraphConnection> {
  const auth = opts.password ? neo4j.auth.basic(opts.user ?? 'neo4j', opts.password) : undefined;
  const driver = neo4j.driver(opts.uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20_000,
    maxConnectionLifetime: 30 * 60_000,
    userAgent: 'readout-graph/0.1',
  });
  try {
    const info = await driver.getServerInfo({ database: opts.database });
    return {
      driver,
      database: opts.database,
      uri: opts.uri,
      serverVersion: info.agent ?? 'Neo4j',
      close: () => driver.close(),
    };
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw toGraphStoreError(err, `graph/connection: ${opts.uri}`);
  }
}
