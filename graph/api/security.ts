// How the server protects itself and its users' browsers: security headers (CSP, nosniff, no framing),
// a Host-header check against DNS rebinding, a same-origin check of requests that carry an Origin, and an
// optional bearer token (header, or a cookie set by opening `/?token=…` once). No CORS headers are sent:
// the API is same-origin only.
import { timingSafeEqual } from 'node:crypto';

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { HttpError } from './errors.ts';

export interface SecurityOptions {
  /** Bearer token every /api request must carry (`Authorization: Bearer …` or the kg_token cookie). */
  token?: string;
  /** Host names (without port) accepted besides the loopback names; `*` accepts any. */
  allowedHosts?: string[];
}

/**
 * The explorer's Content-Security-Policy: everything from the server itself; WebGL needs nothing more;
 * ForceAtlas2 runs in a worker made from a blob: URL; CodeMirror and React set inline styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const TOKEN_COOKIE = 'kg_token';

/** True when `host` is a loopback address or name (what `kg serve` binds by default). */
export const isLoopbackHost = (host: string): boolean =>
  LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(?:\.\d{1,3}){3}$/.test(host) || /\.localhost$/i.test(host);

/** The host name of a Host header value (`[::1]:7475` → `[::1]`, `Example.org:80` → `example.org`). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '');
}

/** True when the Host header names this server: a loopback name, or one of `allowed` (`*`: any). */
export function hostAllowed(header: string | undefined, allowed: readonly string[] = []): boolean {
  if (allowed.includes('*')) return true;
  if (!header) return false;
  const name = hostName(header);
  return isLoopbackHost(name) || allowed.some((a) => a.toLowerCase() === name);
}

/**
 * True when a request's Origin is the page's own: the same host and port as the Host header, or a name of
 * `allowedHosts` (a reverse proxy may rewrite Host). Another port on localhost is another site.
 */
function sameOrigin(origin: string, host: string, allowedHosts: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // `null` (a sandboxed page, a file) or garbage
  }
  const given = host.trim().toLowerCase();
  const withPort = `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
  return url.host === given || withPort === given || allowedHosts.some((a) => a.toLowerCase() === url.hostname);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: FastifyRequest): string | undefined {
  const cookies = req.headers.cookie ?? '';
  const m = new RegExp(`(?:^|;\\s*)${TOKEN_COOKIE}=([^;]*)`).exec(cookies);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

function bearer(req: FastifyRequest): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m?.[1] ?? cookieToken(req);
}

/** Opening `/?token=…` with the right token sets the cookie and redirects to the page without it. */
function tokenLogin(req: FastifyRequest, reply: FastifyReply, token: string): boolean {
  const url = new URL(req.url, 'http://x');
  const given = url.searchParams.get('token');
  if (given === null || req.method !== 'GET' || url.pathname.startsWith('/api')) return false;
  if (!sameToken(given, token)) throw new HttpError(401, 'UNAUTHORIZED', 'graph/api: wrong token');
  url.searchParams.delete('token');
  void reply
    .header('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`)
    .redirect(url.pathname + url.search, 303);
  return true;
}

/** Adds the headers, the Host and Origin checks and (with a token) authentication to every request. */
export function registerSecurity(app: FastifyInstance, opts: SecurityOptions): void {
  // Without a token, only loopback names are trusted; a token makes the Host check moot (a rebinding page
  // cannot read the cookie or know the token), unless allowed hosts are configured.
  const allowed = opts.allowedHosts?.length ? opts.allowedHosts : opts.token ? ['*'] : [];
  app.addHook('onRequest', async (req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) void reply.header(k, v);
    if (!hostAllowed(req.headers.host, allowed)) {
      throw new HttpError(
        421,
        'BAD_HOST',
        `graph/api: this server does not answer for host "${req.headers.host ?? ''}"`,
        'Open it as http://127.0.0.1:PORT/, or start `kg serve` with --allowed-host NAME.',
      );
    }
    const origin = req.headers.origin;
    if (origin && !sameOrigin(origin, req.headers.host ?? '', opts.allowedHosts ?? [])) {
      throw new HttpError(403, 'CROSS_ORIGIN', `graph/api: requests from ${origin} are not allowed (same origin only)`);
    }
    if (!opts.token) return;
    if (tokenLogin(req, reply, opts.token)) return reply;
    if (req.url.startsWith('/api') && !sameToken(bearer(req), opts.token)) {
      throw new HttpError(
        401,
        'UNAUTHORIZED',
        'graph/api: this server needs a token',
        'Send `Authorization: Bearer <token>`, or open /?token=<token> once in the browser.',
      );
    }
  });
}
