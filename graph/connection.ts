// The only caller of neo4j.driver(): opens a verified connection to a Neo4j URI and closes it.
// Where the URI comes from (env, Docker, the embedded launcher) is neo4j-provider.ts's job.
import neo4j, { type Driver } from 'neo4j-driver';

import { toGraphStoreError } from './errors.ts';

export interface GraphConnection {
  driver: Driver;
  /**
   * The console's driver: integers arrive lossless (beyond 2^53 they are answered as strings). Falls back to
   * `driver` when absent (a connection built by hand).
   */
  consoleDriver?: Driver;
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

/**
 * The driver settings: a dead or unreachable server is reported within seconds (connection and acquisition
 * timeouts), not after the driver's defaults of 30 s and 60 s.
 */
export const DRIVER_CONFIG = {
  disableLosslessIntegers: true,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
  maxConnectionLifetime: 30 * 60_000,
  userAgent: 'readout-graph/0.1',
} as const;

/** A driver with DRIVER_CONFIG (`lossless`: integers as neo4j Integer, for the console). */
export function createDriver(uri: string, user?: string, password?: string, lossless = false): Driver {
  const auth = password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, { ...DRIVER_CONFIG, disableLosslessIntegers: !lossless });
}

/** Connects and verifies connectivity; throws GraphStoreError('UNAVAILABLE' | 'AUTH') naming the URI. */
export async function connect(opts: ConnectOptions): Promise<GraphConnection> {
  const driver = createDriver(opts.uri, opts.user, opts.password);
  const consoleDriver = createDriver(opts.uri, opts.user, opts.password, true);
  try {
    const info = await driver.getServerInfo({ database: opts.database });
    return {
      driver,
      consoleDriver,
      database: opts.database,
      uri: opts.uri,
      serverVersion: info.agent ?? 'Neo4j',
      close: async () => {
        await Promise.all([driver.close(), consoleDriver.close()]);
      },
    };
  } catch (err) {
    await Promise.all([driver.close(), consoleDriver.close()]).catch(() => undefined);
    throw toGraphStoreError(err, `graph/connection: ${opts.uri}`);
  }
}
