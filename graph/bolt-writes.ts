// The driver writes each Bolt chunk of at most 1,400 bytes to its socket as it fills (neo4j-driver-bolt-connection's
// Chunker): with Nagle off, one `write` system call and one loopback segment per chunk, about 16 per readout an import
// writes, each also a wake-up and a read on Neo4j's side (README "Benchmark", twelfth round: 0.33 ms of the main
// thread per readout). `coalesceBoltWrites` corks a socket at its first write of a tick and uncorks it on the next
// tick, so that what the driver writes in one go (a query's messages, a pipelined batch's queries) leaves in one
// `writev`. The bytes and their order are the same; they only leave a tick later.
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';

interface ChannelLike {
  _conn?: Socket;
  _pending?: unknown[] | null;
  write(buffer: unknown): void;
}

const require = createRequire(import.meta.url);
let installed = false;

/** Installs the corking on the driver's Node channel, once per process (and per copy of the driver module). */
export function coalesceBoltWrites(): void {
  if (installed) return;
  installed = true;
  const mod = require('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
    default?: { prototype: ChannelLike };
  };
  const proto = mod.default?.prototype;
  if (!proto || typeof proto.write !== 'function') return;
  const write = proto.write;
  proto.write = function (this: ChannelLike, buffer: unknown): void {
    const socket = this._conn;
    if (this._pending == null && socket && socket.writableCorked === 0 && !socket.destroyed) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    write.call(this, buffer);
  };
}
