// Builds the Lucene query for the full-text index `entity_names` from what a user typed: split into
// word tokens, escaped, each matched exactly, as a prefix ("Morgul" → Morgulov) or fuzzily (typos).

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes Lucene query syntax characters with a backslash. */
export function escapeLucene(s: string): string {
  return s.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The word tokens of a query, lower-cased (Lucene operators are upper-case, so none survive). */
export function searchTokens(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}

/**
 * A Lucene query where every token (`all`) or any token (`any`) must match its word exactly (boosted),
 * as a prefix, or within one edit for tokens of 4+ characters. Undefined when `q` has no word.
 * @example toLuceneQuery('Morgul') // '(morgul^4 OR morgul*^2 OR morgul~1)'
 */
export function toLuceneQuery(q: string, mode: 'all' | 'any' = 'all'): string | undefined {
  const tokens = searchTokens(q);
  if (tokens.length === 0) return undefined;
  const clauses = tokens.map((t) => {
    const e = escapeLucene(t);
    const parts = [`${e}^4`, `${e}*^2`];
    if ([...t].length >= 4) parts.push(`${e}~1`);
    return `(${parts.join(' OR ')})`;
  });
  return clauses.join(mode === 'all' ? ' AND ' : ' OR ');
}

/**
 * A Lucene query where every token of `q` must occur inside a word of the name or an alias (`*token*`):
 * the candidates of a substring search, read from the index instead of scanning every entity. Undefined
 * when `q` has no word.
 * @example toInfixQuery('rgulo') // '*rgulo*'
 */
export function toInfixQuery(q: string): string | undefined {
  const tokens = searchTokens(q);
  return tokens.length ? tokens.map((t) => `*${escapeLucene(t)}*`).join(' AND ') : undefined;
}
