// HTTP bootstrap of the API: a fastify instance with the /api routes, JSON errors
// (`{error: {code, message, hint?}}`, never a stack trace, also for bad URLs, oversized headers and wrong
// methods), security headers and checks (security.ts), the built explorer served from dist/web with an SPA
// fallback, and a graceful close that also closes the Neo4j driver.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';

import type { GraphConnection } from '../connection.ts';
import type { GraphCap } from '../read-common.ts';
import type { ApiErrorBody } from '../types.ts';
import { codeOfStatus, HttpError, toErrorReply } from './errors.ts';
import { registerRoutes } from './routes.ts';
import { registerSecurity, SECURITY_HEADERS, type SecurityOptions } from './security.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7475;
/** Where `vite build` writes the explorer (vite.config.ts). */
export const DEFAULT_WEB_DIR = resolve(import.meta.dirname, '..', '..', 'dist', 'web');

export interface ApiServerOptions extends SecurityOptions {
  conn: GraphConnection;
  /** Directory of the built web app; served when it holds an index.html. `false`: API only. */
  webDir?: string | false;
  /** Close `conn` when the server closes (default true). */
  closeConnection?: boolean;
  /** Log requests and errors (fastify's pino logger at `info`); default false: server errors go to stderr. */
  logger?: boolean;
  /** A larger cap on GET /api/graph than the default 20,000 nodes (`kg bench` loads whole graphs this way). */
  graphCap?: GraphCap;
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
    // A URL that cannot be decoded (`/api/%E0`) gets the error shape too.
    frameworkErrors: (err, _req, reply) => {
      const { body } = toErrorReply(new HttpError(400, 'BAD_REQUEST', `graph/api: ${err.message}`));
      void (reply as unknown as FastifyReply)
        .code(400)
        .headers(SECURITY_HEADERS)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(body));
    },
    // Errors Node's HTTP parser answers before fastify sees a request (431 headers too large, 400 bad request).
    clientErrorHandler: (err, socket) => {
      if (!socket.writable) return void socket.destroy();
      const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      const body: ApiErrorBody = {
        error: {
          code: codeOfStatus(status),
          message: `graph/api: the request could not be read (${err.code ?? 'error'})`,
        },
      };
      const json = JSON.stringify(body);
      socket.end(
        `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
          `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\n` +
          `Connection: close\r\n\r\n${json}`,
      );
    },
  });

  registerSecurity(app, { token: opts.token, allowedHosts: opts.allowedHosts });
  const routes = collectRoutes(app);

  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toErrorReply(err, req.userQuery === true);
    if (status >= 500 && status !== 503) {
      if (opts.logger) req.log.error(err);
      else console.error(`graph/api: ${req.method} ${req.url} failed:`, err);
    }
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });

  registerRoutes(app, opts.conn, opts.graphCap);

  const webDir = opts.webDir === false ? undefined : (opts.webDir ?? DEFAULT_WEB_DIR);
  const serveWeb = webDir !== undefined && existsSync(resolve(webDir, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: resolve(webDir), wildcard: true, index: 'index.html' });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // SPA fallback: any other GET of a page (not /api, not a file with an extension) gets the app.
    if (serveWeb && req.method === 'GET' && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    const allow = routes.methodsOf(path).filter((m) => m !== req.method);
    const err = allow.length
      ? new HttpError(
          405,
          'METHOD_NOT_ALLOWED',
          `graph/api: ${req.method} is not allowed on ${path}; use ${allow.join(', ')}`,
        )
      : new HttpError(404, 'NOT_FOUND', `graph/api: no route ${req.method} ${path}`);
    if (allow.length) void reply.header('allow', allow.join(', '));
    const { status, body } = toErrorReply(err);
    return reply.code(status).send(body);
  });

  if (opts.closeConnection !== false) app.addHook('onClose', () => opts.conn.close());
  return app;
}

/** Records every route as it is added, to answer 405 (with Allow) for a known path and another method. */
function collectRoutes(app: FastifyInstance): { methodsOf(path: string): string[] } {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const source = route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+');
    routes.push({ pattern: new RegExp(`^${source}/?$`), methods: [route.method].flat().map(String) });
  });
  return {
    methodsOf: (path) => [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))],
  };
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
