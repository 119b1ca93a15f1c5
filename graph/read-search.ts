// Entity search by name or alias: the full-text index `entity_names` (exact, prefix and fuzzy terms),
// then substrings (candidates from the same index, `*word*`; a CONTAINS scan only when it is missing).
import neo4j, { type Node } from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { GraphStoreError } from './errors.ts';
import { toInfixQuery, toLuceneQuery } from './lucene.ts';
import { runRead, str, type Records } from './read-common.ts';
import { SEARCH_ENTITY_CONTAINS, SEARCH_ENTITY_INFIX, SEARCH_ENTITY_NAMES } from './queries/read.ts';
import type { SearchHit } from './types.ts';
import { nodeLabelOf } from './wire.ts';

function hits(records: Records): SearchHit[] {
  const out: SearchHit[] = [];
  for (const r of records) {
    const node = r.get('node') as Node;
    const entityType = nodeLabelOf(node);
    const id = str(node.properties.id);
    if (!entityType || !id) continue;
    const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases.map(String) : [];
    out.push({ id, name: str(node.properties.name) ?? id, entityType, aliases, score: Number(r.get('score')) });
  }
  return out;
}

/** Substring candidates read from the full-text index at most (more than a page: they are ranked after). */
const INFIX_CANDIDATES = 1000;

/** Rows of {n, score} as search hits. */
const nodeHits = (records: Records) =>
  hits(records.map((r) => ({ get: (k: string) => r.get(k === 'node' ? 'n' : k) })));

async function fullText(conn: GraphConnection, query: string, limit: number): Promise<SearchHit[] | undefined> {
  return viaIndex(async () => hits(await runRead(conn, SEARCH_ENTITY_NAMES, { query, limit: neo4j.int(limit) })));
}

/** Entities whose name or an alias contains `text`: candidates from the index; a scan when it is missing. */
async function containing(conn: GraphConnection, text: string, limit: number): Promise<SearchHit[]> {
  const q = text.toLowerCase();
  const query = toInfixQuery(text);
  const params = { q, limit: neo4j.int(limit) };
  const found =
    query &&
    (await viaIndex(async () =>
      nodeHits(await runRead(conn, SEARCH_ENTITY_INFIX, { ...params, query, candidates: neo4j.int(INFIX_CANDIDATES) })),
    ));
  return found || nodeHits(await runRead(conn, SEARCH_ENTITY_CONTAINS, params));
}

/** The answer of a full-text read, undefined when the index is missing or rejects the query. */
async function viaIndex(read: () => Promise<SearchHit[]>): Promise<SearchHit[] | undefined> {
  try {
    return await read();
  } catch (err) {
    // A missing index (or a query Lucene rejects) must not break search: the CONTAINS scan still answers.
    if (err instanceof GraphStoreError && err.code === 'QUERY') return undefined;
    throw err;
  }
}

/**
 * Entities whose name or an alias matches `q`, best first: every word as a whole word, prefix or
 * within one edit ("Morgul", "morgulov" → Igor Vladimirovich Morgulov); else a substring match; else
 * any of the words.
 */
export async function searchEntities(conn: GraphConnection, q: string, limit = 10): Promise<SearchHit[]> {
  const text = q.trim();
  if (!text) return [];
  const all = toLuceneQuery(text, 'all');
  if (all) {
    const found = await fullText(conn, all, limit);
    if (found?.length) return found;
  }
  const contained = await containing(conn, text, limit);
  if (contained.length) return contained;
  const any = toLuceneQuery(text, 'any');
  return (any && any !== all && (await fullText(conn, any, limit))) || [];
}
