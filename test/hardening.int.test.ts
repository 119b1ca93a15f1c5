// Issue 8 against a real Neo4j: no read query takes the database down or holds the server (timeouts within
// 1 s of the limit, a transaction memory limit, a response-size cap, a fast 503), every input checked and
// every error in one shape (depth of parameters, strict integers, 405, bad URLs, 431, path traversal),
// served safely (headers, Host and Origin checks, token), the OpenAPI document, and a bounded fuzz of every
// route: never a 500, always the error shape.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { API_ROUTES } from '../graph/api/openapi.ts';
import { CONTENT_SECURITY_POLICY } from '../graph/api/security.ts';
import { createApiServer } from '../graph/api/server.ts';
import type { GraphConnection } from '../graph/connection.ts';
import { runConsoleQuery } from '../graph/cypher-console.ts';
import { GraphStoreError } from '../graph/errors.ts';
import type { ApiErrorBody } from '../graph/types.ts';
import { apiServer, call, importReadSamples, offlineApiServer } from './api-helpers.ts';
import { testConnection } from './helpers/db.ts';

let conn: GraphConnection;
let app: FastifyInstance;

beforeAll(async () => {
  conn = await testConnection();
  await importReadSamples(conn);
  app = await apiServer(conn);
});
afterAll(async () => {
  await app?.close();
  await conn?.close();
});

const isErrorShape = (body: unknown): boolean => {
  const e = (body as ApiErrorBody | undefined)?.error;
  return !!e && typeof e.code === 'string' && typeof e.message === 'string' && Object.keys(body as object).length >= 1;
};

const expectError = (res: { status: number; body: unknown }, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(isErrorShape(res.body)).toBe(true);
  expect((res.body as ApiErrorBody).error.code).toBe(code);
};

async function consoleError(query: string, opts: Parameters<typeof runConsoleQuery>[3] = {}) {
  const started = Date.now();
  const err = await runConsoleQuery(conn, query, {}, opts).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(GraphStoreError);
  return { err: err as GraphStoreError, ms: Date.now() - started };
}

/** Waits until Neo4j answers a trivial query again (after a heavy one the server keeps grinding a while). */
async function waitForNeo4j(limitMs = 120_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const ok = await runConsoleQuery(conn, 'RETURN 1', {}, { timeoutMs: 5000 }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error('Neo4j did not answer again');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

describe('no read query takes the database down or holds the server', () => {
  it('stops a long query within 1 s of its timeout', async () => {
    const { err, ms } = await consoleError('UNWIND range(1, 100000000) AS x RETURN size(collect(x))', {
      timeoutMs: 2000,
    });
    expect(err.code).toBe('QUERY');
    expect(err.message).toMatch(/longer than 2 s|more memory/);
    expect(ms).toBeLessThan(3000);
    await waitForNeo4j();
  }, 150_000);

  it('survives a query that exhausts the heap, and answers within 1 s of the timeout', async () => {
    const { err, ms } = await consoleError("RETURN size(reduce(s = 'a', x IN range(1, 30) | s + s))", {
      timeoutMs: 3000,
    });
    expect(err.code).toBe('QUERY');
    expect(ms).toBeLessThan(4000);
    await waitForNeo4j(); // the JVM did not exit: Neo4j answers again
    expect((await runConsoleQuery(conn, 'MATCH (d:Document) RETURN count(d)')).rows).toEqual([[5]]);
  }, 150_000);

  it('caps the response size as well as the rows', async () => {
    const big = "UNWIND range(1, 40) AS i RETURN i, reduce(s = 'a', x IN range(1, 16) | s + s) AS s";
    const res = await runConsoleQuery(conn, big, {}, { byteLimit: 1_000_000 });
    expect(res.truncated).toBe(true);
    expect(res.rows.length).toBeGreaterThan(0);
    expect(res.rows.length).toBeLessThan(40);
    expect(JSON.stringify(res.rows).length).toBeLessThanOrEqual(1_000_000);
    const { err } = await consoleError("RETURN reduce(s = 'a', x IN range(1, 21) | s + s)", { byteLimit: 1_000_000 });
    expect(err.message).toMatch(/first row alone is larger/);
  });

  it('returns integers beyond 2^53 as strings, smaller ones as numbers', async () => {
    const res = await runConsoleQuery(conn, 'RETURN 9007199254740993 AS big, -9223372036854775808 AS min, 42 AS n');
    expect(res.rows).toEqual([['9007199254740993', '-9223372036854775808', 42]]);
  });

  it('answers 503 within 2 s when Neo4j is down, also for the console', async () => {
    const offline = await offlineApiServer();
    try {
      const started = Date.now();
      const res = await call<ApiErrorBody>(offline, '/api/cypher', { query: 'MATCH (n) RETURN n LIMIT 1' });
      expectError(res, 503, 'UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await offline.close();
    }
  });
});

describe('every input checked, every error in one shape', () => {
  /** The JSON text of a console request whose parameter nests `depth` maps deep (as text: too deep to stringify). */
  const nested = (depth: number): string =>
    `{"query":"RETURN $p AS p","params":{"p":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;

  it.each([40, 2000, 5000])('refuses parameters nested %i levels deep at once (400)', async (depth) => {
    const started = Date.now();
    const inj = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: nested(depth),
      headers: { 'content-type': 'application/json' },
    });
    const res = { status: inj.statusCode, body: inj.json() };
    expectError(res, 400, 'BAD_REQUEST');
    expect((res.body as ApiErrorBody).error.message).toMatch(/nest at most 32 levels/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('accepts parameters nested 30 levels deep', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: nested(30),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(200);
  });

  it.each(['0x10', '1e3', '16.0', ' 16', '-1', '99999999999'])('refuses limit=%s', async (limit) => {
    expectError(await call(app, `/api/search?q=kono&limit=${encodeURIComponent(limit)}`), 400, 'BAD_REQUEST');
  });

  it('answers 405 with Allow for a known path and another method', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/api/cypher' });
    expectError({ status: res.statusCode, body: res.json() }, 405, 'METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toBe('POST');
    const get = await app.inject({ method: 'PUT', url: '/api/entities/person:x' });
    expect(get.statusCode).toBe(405);
    expect(get.headers.allow).toBe('GET, HEAD');
    expectError(await call(app, '/api/nothing-here'), 404, 'NOT_FOUND');
  });

  it('answers an undecodable URL in the error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/entities/%E0%A4%A' });
    expectError({ status: res.statusCode, body: res.json() }, 400, 'BAD_REQUEST');
  });

  it('answers 431 and a path outside the web root in the error shape (real HTTP)', async () => {
    const web = await mkdtemp(join(tmpdir(), 'kg-web-'));
    await writeFile(join(web, 'index.html'), '<!doctype html><title>x</title>');
    const server = await createApiServer({ conn, webDir: web, closeConnection: false });
    try {
      await server.listen({ port: 0, host: '127.0.0.1' });
      const port = (server.server.address() as { port: number }).port;
      const raw = (path: string, headers: Record<string, string> = {}) =>
        new Promise<{ status: number; body: unknown }>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
          });
          req.on('error', reject);
          req.end();
        });
      expectError(await raw('/api/health', { 'x-big': 'a'.repeat(40_000) }), 431, 'HEADERS_TOO_LARGE');
      const traversal = await raw('/..%2f..%2fetc%2fpasswd');
      expect(traversal.status).toBeGreaterThanOrEqual(400);
      expect(traversal.status).toBeLessThan(500);
      expect(isErrorShape(traversal.body)).toBe(true);
      expect((traversal.body as ApiErrorBody).error.code).not.toBe('BAD_REQUEST');
    } finally {
      await server.close();
      await rm(web, { recursive: true, force: true });
    }
  });
});

describe('served safely', () => {
  it('sends the security headers and no CORS headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'http://localhost' } });
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each(['evil.example', 'evil.example:7475', '127.0.0.1.nip.io'])(
    'refuses Host %s (DNS rebinding)',
    async (host) => {
      const res = await app.inject({ method: 'GET', url: '/api/stats', headers: { host } });
      expectError({ status: res.statusCode, body: res.json() }, 421, 'BAD_HOST');
    },
  );

  it.each(['localhost:7475', '127.0.0.1', '[::1]:80', 'app.localhost'])('accepts Host %s', async (host) => {
    const res = await app.inject({ method: 'GET', url: '/api/templates', headers: { host } });
    expect(res.statusCode).toBe(200);
  });

  it.each(['http://evil.example', 'http://localhost:8080', 'null'])(
    'refuses a request from origin %s',
    async (origin) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/cypher',
        headers: { origin, host: 'localhost:7475' },
        payload: { query: 'RETURN 1' },
      });
      expectError({ status: res.statusCode, body: res.json() }, 403, 'CROSS_ORIGIN');
    },
  );

  it('refuses an escape through POST /api/export {query} too', async () => {
    for (const query of ['CALL `dbms`.listConfig()', "LOAD\u001CCSV FROM 'file:///etc/passwd' AS l RETURN l"]) {
      expectError(await call(app, '/api/export', { format: 'json', query }), 403, 'FORBIDDEN');
    }
  });

  it('accepts a request from its own origin', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      headers: { origin: 'http://localhost:7475', host: 'localhost:7475' },
      payload: { query: 'RETURN 1 AS one' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('with a token: refuses without it, accepts the header or the cookie set by /?token=', async () => {
    const token = 'a-test-token-of-32-characters-xx';
    const guarded = await createApiServer({ conn, webDir: false, closeConnection: false, token });
    try {
      const none = await guarded.inject({ method: 'GET', url: '/api/stats', headers: { host: 'example.org' } });
      expectError({ status: none.statusCode, body: none.json() }, 401, 'UNAUTHORIZED');
      const wrong = await guarded.inject({ url: '/api/stats', headers: { authorization: 'Bearer nope' } });
      expect(wrong.statusCode).toBe(401);
      const ok = await guarded.inject({
        url: '/api/stats',
        headers: { authorization: `Bearer ${token}`, host: 'example.org' },
      });
      expect(ok.statusCode).toBe(200);
      const login = await guarded.inject({ url: `/?token=${token}` });
      expect(login.statusCode).toBe(303);
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
      expect((await guarded.inject({ url: '/api/stats', headers: { cookie } })).statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('OpenAPI and fuzzing', () => {
  it('serves an OpenAPI 3.1 document of every route', async () => {
    const res = await call<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      app,
      '/api/openapi.json',
    );
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const r of API_ROUTES) expect(res.body.paths[r.path]?.[r.method], `${r.method} ${r.path}`).toBeDefined();
    const cypher = res.body.paths['/api/cypher']?.post as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
    };
    expect(cypher.requestBody.content['application/json']!.schema.required).toEqual(['query']);
  });

  // A small seeded PRNG: the same hostile inputs on every run, reproducible from the seed in a failure.
  const rng = (seed: number) => () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const HOSTILE_STRINGS = [
    '',
    ' ',
    "'",
    '"',
    '`',
    '\\',
    '%00',
    '\u0000',
    '../../etc/passwd',
    '..%2f..%2f',
    '<script>alert(1)</script>',
    '0x10',
    '-1',
    '1e309',
    'NaN',
    '__proto__',
    'constructor',
    'a'.repeat(5000),
    '😀'.repeat(50),
    '\uD800',
    'person:shinzo-abe',
    'MATCH (n) DETACH DELETE n',
    'CALL `dbms`.listConfig()',
    '2020-02-30',
    'Person,Office',
  ];
  const value = (r: () => number, depth = 0): unknown => {
    const k = Math.floor(r() * 10);
    if (depth > 3 || k < 5) return HOSTILE_STRINGS[Math.floor(r() * HOSTILE_STRINGS.length)];
    if (k === 5) return Math.floor(r() * 2 ** 40) * (r() < 0.5 ? -1 : 1);
    if (k === 6) return null;
    if (k === 7) return r() < 0.5;
    if (k === 8) return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(r() * 4) }, () => [HOSTILE_STRINGS[Math.floor(r() * 18)]!, value(r, depth + 1)]),
    );
  };

  /** Percent-encodes a path segment; a lone surrogate becomes the bytes of one (invalid UTF-8, also hostile). */
  const encodePart = (s: string): string => {
    try {
      return encodeURIComponent(s);
    } catch {
      return '%ED%A0%80';
    }
  };

  it('never answers 500 to 400 random hostile requests, and every error has the shape', async () => {
    const r = rng(8);
    const names = ['q', 'limit', 'depth', 'from', 'to', 'labels', 'types', 'format', 'part', 'maxHops', 'x'];
    for (let i = 0; i < 400; i++) {
      const route = API_ROUTES[Math.floor(r() * API_ROUTES.length)]!;
      const path = route.path.replace(/\{\w+\}/g, () => encodePart(String(value(r))));
      const qs = new URLSearchParams();
      for (let j = Math.floor(r() * 4); j > 0; j--) qs.append(names[Math.floor(r() * names.length)]!, String(value(r)));
      const url = `${path}${qs.size ? `?${qs}` : ''}`;
      const method = r() < 0.85 ? route.method.toUpperCase() : (['PUT', 'DELETE', 'PATCH'] as const)[i % 3];
      const payload = route.body && r() < 0.9 ? (value(r) as object) : undefined;
      const res = await app.inject({
        method: method as 'GET',
        url,
        ...(payload !== undefined
          ? { payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } }
          : {}),
      });
      const context = `#${i} ${method} ${url} ${JSON.stringify(payload)?.slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
      expect(res.statusCode, context).not.toBe(500);
      expect(res.statusCode, context).toBeLessThan(500);
      if (res.statusCode >= 400) expect(isErrorShape(res.json()), context).toBe(true);
    }
  }, 120_000);
});
