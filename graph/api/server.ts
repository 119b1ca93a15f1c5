// HTTP bootstrap of the API: a fastify instance with the /api routes, JSON errors
// (`{error: {code, message, hint?}}`, never a stack trace), the built explorer served from dist/web
// with an SPA fallback, and a graceful close that also closes the Neo4j driver.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';

import type { GraphConnection } from '../connection.ts';
import { HttpError, toErrorReply } from './errors.ts';
import { registerRoutes } from './routes.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7475;
/** Where `vite build` writes the explorer (vite.config.ts). */
export const DEFAULT_WEB_DIR = resolve(import.meta.dirname, '..', '..', 'dist', 'web');

export interface ApiServerOptions {
  conn: GraphConnection;
  /** Directory of the built web app; served when it holds an index.html. `false`: API only. */
  webDir?: string | false;
  /** Close `conn` when the server closes (default true). */
  closeConnection?: boolean;
  /** Log requests and errors (fastify's pino logger at `info`); default false: server errors go to stderr. */
  logger?: boolean;
}

/**
 * A fastify instance serving the API (and the explorer when built); not yet listening.
 * @example const app = await createApiServer({ conn }); await app.listen({ port: 7475, host: '127.0.0.1' });
 */
export async function createApiServer(opts: ApiServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    bodyLimit: 5 * 1024 * 1024,
    forceCloseConnections: true,
    routerOptions: { maxParamLength: 500 },
  });

  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toErrorReply(err, req.userQuery === true);
    if (status >= 500 && status !== 503) {
      if (opts.logger) req.log.error(err);
      else console.error(`graph/api: ${req.method} ${req.url} failed:`, err);
    }
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });

  registerRoutes(app, opts.conn);

  const webDir = opts.webDir === false ? undefined : (opts.webDir ?? DEFAULT_WEB_DIR);
  const serveWeb = webDir !== undefined && existsSync(resolve(webDir, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: resolve(webDir), wildcard: true, index: 'index.html' });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // SPA fallback: any other GET of a page (not /api, not a file with an extension) gets the app.
    if (serveWeb && req.method === 'GET' && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    const err = new HttpError(404, 'NOT_FOUND', `graph/api: no route ${req.method} ${path}`);
    const { status, body } = toErrorReply(err);
    return reply.code(status).send(body);
  });

  if (opts.closeConnection !== false) app.addHook('onClose', () => opts.conn.close());
  return app;
}

/** True when the server also serves the built explorer (dist/web/index.html exists). */
export const hasWebApp = (webDir: string = DEFAULT_WEB_DIR): boolean => existsSync(resolve(webDir, 'index.html'));

/** Starts listening; resolves the URL the server answers on (`http://127.0.0.1:PORT/`). */
export async function listenApi(app: FastifyInstance, port = DEFAULT_PORT, host = DEFAULT_HOST): Promise<string> {
  await app.listen({ port, host });
  const addr = app.server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${actualPort}/`;
}
