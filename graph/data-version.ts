// The data version of a database: a short hash of the sha256 of every imported document, so that a
// shared explorer link can tell whether the data it was made on is still the data shown.
import { createHash } from 'node:crypto';

/** 16 hex digits from the documents' sha256s (order-free; the empty database has one too). */
export function dataVersionOf(sha256s: readonly string[]): string {
  const hash = createHash('sha256');
  for (const s of [...sha256s].sort()) hash.update(`${s}\n`);
  return hash.digest('hex').slice(0, 16);
}
