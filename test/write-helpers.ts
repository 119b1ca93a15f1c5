// Helpers of the write-side integration tests: hand-built documents about one fact (Taro Kono holds the
// office of Minister for Foreign Affairs of Japan) and read-outs of the whole graph to compare states.
import { createHash } from 'node:crypto';

import type { GraphConnection } from '../graph/connection.ts';
import { runConsoleQuery } from '../graph/cypher-console.ts';
import type { DocumentForWrite, ExtractedEntity } from '../graph/types.ts';

export const KONO: ExtractedEntity = {
  id: 'person:taro-kono',
  type: 'Person',
  name: 'Taro Kono',
  aliases: ['Mr. Taro Kono'],
};
export const KONO_FM: ExtractedEntity = {
  id: 'office:minister-for-foreign-affairs-of-japan',
  type: 'Office',
  name: 'Minister for Foreign Affairs of Japan',
  aliases: [],
  title: 'Minister for Foreign Affairs',
  state: 'Japan',
};

/**
 * A readout `<tag>: Mr. Taro Kono, Minister for Foreign Affairs of Japan, spoke.` dated `date`, stating the
 * HOLDS_OFFICE fact (as a former office with `former`, not at all with `withoutFact`), optionally naming
 * one more person (`extra`: a person id). Its sha256 changes with the tag.
 */
export function factDoc(
  file: string,
  date: string,
  tag: string,
  opts: { former?: boolean; withoutFact?: boolean; extra?: string } = {},
): DocumentForWrite {
  const sentence = `${tag}: Mr. Taro Kono, Minister for Foreign Affairs of Japan, spoke.`;
  const extraName = opts.extra?.replace(/^person:/, '').replace(/-/g, ' ');
  const text = extraName ? `${sentence} ${extraName} listened.` : sentence;
  const entities = [structuredClone(KONO), structuredClone(KONO_FM)];
  if (opts.extra && extraName) entities.push({ id: opts.extra, type: 'Person', name: extraName, aliases: [] });
  const at = (s: string) => text.indexOf(s);
  return {
    document: { file, title: `Readout ${tag}`, date, sha256: createHash('sha256').update(text).digest('hex') },
    text,
    entities,
    relations: opts.withoutFact
      ? []
      : [
          {
            type: 'HOLDS_OFFICE',
            from: KONO.id,
            to: KONO_FM.id,
            evidence: { sentence, start: 0, end: sentence.length },
            ...(opts.former ? { former: true } : {}),
          },
        ],
    mentions: [
      { entityId: KONO.id, start: at('Taro Kono'), end: at('Taro Kono') + 9 },
      { entityId: KONO_FM.id, start: at('Minister'), end: at(', spoke') },
      ...(opts.extra && extraName
        ? [{ entityId: opts.extra, start: at(extraName), end: at(extraName) + extraName.length }]
        : []),
    ],
  };
}

/** Rows of a read query (up to 100 000; a minute, not the console's 10 s: checks that read every sample's facts). */
export async function rows(conn: GraphConnection, query: string, params: Record<string, unknown> = {}) {
  return (await runConsoleQuery(conn, query, params, { rowLimit: 100_000, timeoutMs: 60_000 })).rows;
}

/** Numbers of nodes, relationships and Document nodes. */
export async function counts(conn: GraphConnection) {
  // Graph nodes: attestations (provenance, graph/README.md "Storage model": entries of their Documents' lists, or
  // :Attestation nodes in stores written before them) are counted apart.
  const [[nodes]] = (await rows(conn, 'MATCH (n) WHERE NOT n:Attestation RETURN count(n)')) as [[number]];
  const [[attestations]] = (await rows(
    conn,
    `CALL () { MATCH (n:Attestation) RETURN count(n) AS nodes }
     CALL () { MATCH (d:Document) RETURN coalesce(sum(size(d.attFacts)), 0) AS listed }
     RETURN nodes + listed`,
  )) as [[number]];
  const [[relationships]] = (await rows(conn, 'MATCH ()-[r]->() RETURN count(r)')) as [[number]];
  const [[documents]] = (await rows(conn, 'MATCH (d:Document) RETURN count(d)')) as [[number]];
  return { nodes, relationships, documents, attestations };
}

/** Every node and relationship with all its properties, in a stable order: two equal graphs give equal values. */
export async function graphSnapshot(conn: GraphConnection) {
  const nodes = await rows(
    conn,
    'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id, n.fact, n.doc',
  );
  const rels = await rows(
    conn,
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY type, from, to',
  );
  return { nodes, rels };
}
