// How many documents and distinct issuers state a fact, as a small pill; single-issuer facts look lighter.
import type { EdgeAttributes } from '../../../graph/types.ts';

/** "2 docs · 2 issuers" for a fact (nothing when the API gave no issuer count). */
export function SourceCount({ attributes }: { attributes: Pick<EdgeAttributes, 'docs' | 'issuers'> }) {
  const { docs, issuers } = attributes;
  if (issuers === undefined) return null;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <span
      className={issuers >= 2 ? 'source-count' : 'source-count single'}
      data-testid="source-count"
      title={issuers >= 2 ? 'Stated by two or more issuers' : 'Stated by a single issuer'}
    >
      {plural(docs.length, 'doc')} · {plural(issuers, 'issuer')}
    </span>
  );
}
