// The Host-header check against DNS rebinding: loopback names and configured names only.
import { describe, expect, it } from 'vitest';

import { hostAllowed, hostName, isLoopbackHost } from './security.ts';

describe('hostAllowed', () => {
  it.each(['localhost', 'localhost:7475', '127.0.0.1:80', '127.1.2.3', '[::1]:7475', 'app.localhost', 'LOCALHOST'])(
    'accepts the loopback name %s',
    (host) => expect(hostAllowed(host)).toBe(true),
  );

  it.each(['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', '10.0.0.1', '[::2]', '', undefined])(
    'refuses %s',
    (host) => expect(hostAllowed(host)).toBe(false),
  );

  it('accepts configured names, or any with *', () => {
    expect(hostAllowed('Graph.Example.org:443', ['graph.example.org'])).toBe(true);
    expect(hostAllowed('other.example.org', ['graph.example.org'])).toBe(false);
    expect(hostAllowed('anything', ['*'])).toBe(true);
  });

  it('reads host names out of Host values', () => {
    expect(hostName('[::1]:7475')).toBe('[::1]');
    expect(hostName('Example.org:80')).toBe('example.org');
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
  });
});
