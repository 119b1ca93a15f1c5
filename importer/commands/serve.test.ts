// `kg serve` / `kg start` security options: a token is required beyond loopback (or warned about with
// --allow-no-token), and allowed hosts come from options and KG_ALLOWED_HOSTS.
import { describe, expect, it } from 'vitest';

import { securityOptions } from './serve.ts';

describe('securityOptions', () => {
  it('needs nothing on loopback', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]'])
      expect(securityOptions(host, {}, {})).toEqual({
        token: undefined,
        allowedHosts: [],
      });
  });

  it('refuses to bind beyond loopback without a token', () => {
    expect(() => securityOptions('0.0.0.0', {}, {})).toThrow(/exposes the API beyond this machine; set a token/);
    expect(() => securityOptions('192.168.1.5', {}, {})).toThrow(/KG_API_TOKEN/);
  });

  it('takes the token from the option or KG_API_TOKEN, and refuses a short one', () => {
    const token = 'x'.repeat(24);
    expect(securityOptions('0.0.0.0', { token }, {}).token).toBe(token);
    expect(securityOptions('0.0.0.0', {}, { KG_API_TOKEN: token }).token).toBe(token);
    expect(() => securityOptions('0.0.0.0', { token: 'short' }, {})).toThrow(/at least 16 characters/);
  });

  it('warns with --allow-no-token', () => {
    const warnings: string[] = [];
    securityOptions('0.0.0.0', { allowNoToken: true }, {}, (line) => warnings.push(line));
    expect(warnings.join('\n')).toMatch(/WARNING: serving on 0\.0\.0\.0 without a token/);
  });

  it('collects allowed hosts from --allowed-host and KG_ALLOWED_HOSTS', () => {
    const opts = securityOptions(
      '127.0.0.1',
      { allowedHost: ['graph.example.org'] },
      { KG_ALLOWED_HOSTS: 'a.org, b.org' },
    );
    expect(opts.allowedHosts).toEqual(['graph.example.org', 'a.org', 'b.org']);
  });
});
