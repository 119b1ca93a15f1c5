import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { BOLT_CHUNK_BYTES, widenBoltChunks } from './bolt-chunks.ts';

interface Buf {
  remaining(): number;
  readUInt8(): number;
}
interface Channel {
  write(buf: Buf): void;
}
const require = createRequire(import.meta.url);
const { Chunker, Dechunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as {
  Chunker: new (ch: Channel) => { putBytes(pos: number, data: Buf): void; messageBoundary(): void; flush(): void };
  Dechunker: new () => { write(buf: Buf): void; onmessage: (msg: Buf) => void };
};
const { alloc } = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as {
  alloc: (n: number) => Buf & { writeUInt8(v: number): void; reset(): void };
};

/** Sends `messages` through a Chunker; returns the size of each socket write and the messages read back. */
function roundTrip(messages: number[][]): { writes: number[]; read: number[][] } {
  const writes: number[] = [];
  const read: number[][] = [];
  const dechunker = new Dechunker();
  dechunker.onmessage = (msg) => {
    const bytes: number[] = [];
    while (msg.remaining() > 0) bytes.push(msg.readUInt8());
    read.push(bytes);
  };
  const chunker = new Chunker({
    write: (buf) => {
      writes.push(buf.remaining());
      dechunker.write(buf);
    },
  });
  for (const m of messages) {
    const data = alloc(m.length);
    for (const b of m) data.writeUInt8(b);
    data.reset();
    chunker.putBytes(0, data);
    chunker.messageBoundary();
    chunker.flush();
  }
  return { writes, read };
}

describe('widenBoltChunks', () => {
  it("makes the driver's Chunker write 16 KiB at a time after its first flush, with the same messages", () => {
    const messages = [
      Array.from({ length: 100 }, (_, i) => i % 256),
      Array.from({ length: 50_000 }, (_, i) => (i * 7) % 256),
      Array.from({ length: 3_000 }, (_, i) => (i * 13) % 256),
    ];
    // The driver's own size, unless a test file in this worker already widened it (the module is shared).
    const widened = Symbol.for('readout-graph.widenedBoltChunks') in (Chunker.prototype as object);
    const before = roundTrip(messages);
    if (!widened) expect(Math.max(...before.writes)).toBeLessThanOrEqual(1_400);
    expect(widenBoltChunks()).toBe(true);
    expect(widenBoltChunks()).toBe(true);
    const after = roundTrip(messages);
    expect(after.read).toEqual(messages);
    expect(before.read).toEqual(messages);
    expect(after.writes[0]).toBeLessThanOrEqual(1_400);
    expect(Math.max(...after.writes)).toBe(BOLT_CHUNK_BYTES);
    if (!widened) expect(after.writes.length).toBeLessThan(before.writes.length / 5);
  });
});
