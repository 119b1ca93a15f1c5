// Larger Bolt chunks for the driver's writes. neo4j-driver (6.x) packs each message into chunks of at most 1,400 bytes
// (neo4j-driver-bolt-connection's Chunker, a fixed size with no option) and hands each to the socket as its own
// write: a batch of 200 readouts (about 4.6 MB of parameters) made some 3,300 socket writes, each a trip through the
// loopback TCP stack, and as many reads on Neo4j's network thread. Bolt allows chunks of up to 65,535 bytes; from its
// first flush on, a Chunker here fills 16 KiB before it writes (README "Benchmark", ninth round: about 0.15 ms of the
// main thread and 0.2 ms of Neo4j's network thread per readout imported). The messages and their bytes are the same.
import { createRequire } from 'node:module';

/** The size of a Chunker's buffer after its first flush (a chunk's header counts 2 bytes of it). */
export const BOLT_CHUNK_BYTES = 16 * 1024;

const CHUNKING = 'neo4j-driver-bolt-connection/lib/channel/chunking.js';
const WIDENED = Symbol.for('readout-graph.widenedBoltChunks');

interface ChunkerPrototype {
  flush(this: { _bufferSize?: unknown }): unknown;
  [WIDENED]?: true;
}

/**
 * Makes the driver's Chunker write BOLT_CHUNK_BYTES at a time (idempotent). Returns false, changing nothing, when the
 * driver's internals are not the expected ones (another driver version): the driver then works as it always did.
 */
export function widenBoltChunks(): boolean {
  let proto: ChunkerPrototype | undefined;
  try {
    const chunking = createRequire(import.meta.url)(CHUNKING) as { Chunker?: { prototype?: ChunkerPrototype } };
    proto = chunking.Chunker?.prototype;
  } catch {
    return false;
  }
  if (!proto || typeof proto.flush !== 'function') return false;
  if (proto[WIDENED]) return true;
  const flush = proto.flush;
  // The Chunker allocates its next buffer at `_bufferSize` once it has flushed the current one.
  proto.flush = function (this: { _bufferSize?: unknown }) {
    if (typeof this._bufferSize === 'number' && this._bufferSize < BOLT_CHUNK_BYTES)
      this._bufferSize = BOLT_CHUNK_BYTES;
    return flush.call(this);
  };
  proto[WIDENED] = true;
  return true;
}
