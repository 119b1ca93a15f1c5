// `kg serve [--port N] [--host H] [--no-web]`: the HTTP API (and the built explorer from dist/web) over
// the Neo4j that openGraph finds or starts; stops cleanly on SIGINT/SIGTERM, closing what it started.
import type { FastifyInstance } from 'fastify';

import { isLoopbackHost, type SecurityOptions } from '../../graph/api/security.ts';
import { createApiServer, DEFAULT_HOST, DEFAULT_WEB_DIR, hasWebApp, listenApi } from '../../graph/api/server.ts';
import { GraphStoreError } from '../../graph/errors.ts';
import { describeGraphSource, openGraph } from '../../graph/neo4j-provider.ts';

export interface ServeOptions {
  port?: string | number;
  host?: string;
  /** false with `--no-web`: API only. */
  web?: boolean;
  /** Bearer token (default KG_API_TOKEN); required when binding beyond loopback. */
  token?: string;
  /** `--allowed-host NAME`, repeatable: Host names accepted besides the loopback names. */
  allowedHost?: string[];
  /** `--allow-no-token`: bind beyond loopback without a token (warned). */
  allowNoToken?: boolean;
}

/**
 * The server's security settings from the options and KG_API_TOKEN / KG_ALLOWED_HOSTS. Binding beyond
 * loopback needs a token (at least 16 characters) unless `allowNoToken`, which is warned about.
 */
export function securityOptions(
  host: string,
  opts: Pick<ServeOptions, 'token' | 'allowedHost' | 'allowNoToken'>,
  env: NodeJS.ProcessEnv = process.env,
  warn: (line: string) => void = (line) => console.error(line),
): SecurityOptions {
  const token = opts.token ?? (env.KG_API_TOKEN?.trim() || undefined);
  const allowedHosts = [
    ...(opts.allowedHost ?? []),
    ...(env.KG_ALLOWED_HOSTS?.split(',').map((h) => h.trim()) ?? []),
  ].filter(Boolean);
  if (token !== undefined && token.length < 16) throw new Error('kg: the API token must be at least 16 characters');
  const bare = host.replace(/^\[|\]$/g, '');
  if (!isLoopbackHost(bare) && !token) {
    if (!opts.allowNoToken) {
      throw new Error(
        `kg: --host ${host} exposes the API beyond this machine; set a token (KG_API_TOKEN=… or --token …, ` +
          'e.g. `openssl rand -hex 24`), or pass --allow-no-token if the network is trusted',
      );
    }
    warn(`kg: WARNING: serving on ${host} without a token: anyone who reaches this port can read the graph`);
  }
  return { token, allowedHosts };
}

/** A port number from a CLI option (0 = any free port); throws naming the bad value. */
export function parsePort(value: string | number | undefined, fallback = 7475): number {
  const port = value === undefined || value === '' ? fallback : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`kg: --port must be a number from 0 to 65535, got "${value}"`);
  }
  return port;
}

/** Prints an error with its hint on stderr and sets exit code 1. */
export function reportFailure(command: string, err: unknown): void {
  const e = err as Error & { hint?: string };
  console.error(e instanceof GraphStoreError ? e.message : `kg ${command}: ${e?.message ?? String(err)}`);
  if (e?.hint) console.error(`  ${e.hint}`);
  process.exitCode = 1;
}

/** Resolves when SIGINT or SIGTERM arrives, after `close` has run once. */
export function closeOnSignal(command: string, close: () => Promise<void>): Promise<void> {
  return new Promise((resolveStopped) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      console.error(`kg ${command}: ${signal}, shutting down…`);
      close()
        .catch((err) => console.error(`kg ${command}: error while shutting down: ${(err as Error).message}`))
        .finally(() => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          resolveStopped();
        });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Runs `kg serve` until a signal. */
export async function runServe(opts: ServeOptions = {}): Promise<void> {
  let app: FastifyInstance | undefined;
  let graph: Awaited<ReturnType<typeof openGraph>> | undefined;
  try {
    const port = parsePort(opts.port ?? process.env.API_PORT);
    const host = opts.host ?? DEFAULT_HOST;
    const security = securityOptions(host, opts);
    // A server answers reads for long: an embedded Neo4j compiles their hot paths with C2 (graph/embedded.ts `jit`).
    graph = await openGraph({ log: (line) => console.error(line), jit: 'full' });
    console.error(`kg serve: using ${describeGraphSource(graph.source)}`);
    const web = opts.web !== false;
    if (web && !hasWebApp()) {
      console.error(
        'kg serve: the explorer is not built (no dist/web); serving the API only. Build it with `npx vite build`.',
      );
    }
    app = await createApiServer({ conn: graph, webDir: web ? DEFAULT_WEB_DIR : false, ...security });
    const url = await listenApi(app, port, host);
    console.log(web && hasWebApp() ? `Readout Graph explorer: ${url}` : `Readout Graph API: ${url}api/health`);
  } catch (err) {
    reportFailure('serve', err);
    // app.close() closes the graph too (and stops a database it started).
    await (app ? app.close() : graph?.close())?.catch(() => undefined);
    return;
  }
  const running = app;
  await closeOnSignal('serve', () => running.close());
}
