// The corking of the driver's socket writes (graph/bolt-writes.ts) on the driver's real channel class, with a socket
// that records what it is asked: one cork per tick, the writes in order, the uncork on the next tick.
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { coalesceBoltWrites } from './bolt-writes.ts';

const require = createRequire(import.meta.url);
const NodeChannel = (
  require('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
    default: { prototype: object };
  }
).default;
const ChannelBuf = (
  require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (b: Buffer) => unknown }
).default;

function fakeSocket() {
  const log: string[] = [];
  return {
    log,
    writableCorked: 0,
    destroyed: false,
    cork() {
      this.writableCorked++;
      log.push('cork');
    },
    uncork() {
      this.writableCorked--;
      log.push('uncork');
    },
    write(b: Buffer) {
      log.push(`write ${b.toString()}`);
      return true;
    },
  };
}

describe('coalesceBoltWrites', () => {
  it("corks the socket at a tick's first write and uncorks it on the next tick, the writes in order", async () => {
    coalesceBoltWrites();
    coalesceBoltWrites(); // once only
    const socket = fakeSocket();
    const channel = Object.assign(Object.create(NodeChannel.prototype) as { write(b: unknown): void }, {
      _conn: socket,
      _pending: null,
    });
    for (const s of ['a', 'b', 'c']) channel.write(new ChannelBuf(Buffer.from(s)));
    expect(socket.log).toEqual(['cork', 'write a', 'write b', 'write c']);
    await new Promise((r) => process.nextTick(r));
    expect(socket.log.at(-1)).toBe('uncork');
    expect(socket.writableCorked).toBe(0);
    channel.write(new ChannelBuf(Buffer.from('d')));
    await new Promise((r) => setImmediate(r));
    expect(socket.log.slice(-3)).toEqual(['cork', 'write d', 'uncork']);
  });

  it('leaves a channel not yet connected to queue its writes as before', () => {
    coalesceBoltWrites();
    const pending: unknown[] = [];
    const channel = Object.assign(Object.create(NodeChannel.prototype) as { write(b: unknown): void }, {
      _conn: undefined,
      _pending: pending,
    });
    channel.write(new ChannelBuf(Buffer.from('x')));
    expect(pending).toHaveLength(1);
  });
});
