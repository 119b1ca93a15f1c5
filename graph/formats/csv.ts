// CSV export (RFC 4180: CRLF lines, fields with a comma, quote, CR/LF or outer spaces quoted, quotes
// doubled). Two tables, nodes and edges, or one table with an `element` column for a single download.
import type { ApiGraph } from '../types.ts';
import { attributeNames, flattenGraph, type Scalar } from './flatten.ts';

export interface CsvTables {
  nodes: string;
  edges: string;
}

/** One CSV field, quoted when needed. */
export function csvField(value: Scalar | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(columns: string[], rows: Record<string, Scalar | undefined>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

const EDGE_COLUMNS = ['id', 'source', 'target', 'relType', 'docs', 'evidence', 'firstSeen', 'lastSeen', 'former'];

/**
 * nodes.csv (`id,label,entityType,aliases,<props…>`) and edges.csv
 * (`id,source,target,relType,docs,evidence,firstSeen,lastSeen,former`); lists are JSON strings.
 */
export function toCsvTables(graph: ApiGraph): CsvTables {
  const flat = flattenGraph(graph);
  const nodeColumns = ['id', ...attributeNames(flat.nodes)];
  const nodes = table(
    nodeColumns,
    flat.nodes.map((n) => ({ ...n.attributes, id: n.key })),
  );
  const edges = table(
    EDGE_COLUMNS,
    flat.edges.map((e) => ({ ...e.attributes, id: e.key, source: e.source, target: e.target })),
  );
  return { nodes, edges };
}

/**
 * Nodes and edges in one table: an `element` column (`node` | `edge`) and the union of both tables'
 * columns, each once (an Event's or Agreement's own `kind` stays a column of its own).
 */
export function toCsv(graph: ApiGraph): string {
  const flat = flattenGraph(graph);
  const columns = ['element', ...new Set([...EDGE_COLUMNS, ...attributeNames(flat.nodes)])];
  const rows = [
    ...flat.nodes.map((n) => ({ ...n.attributes, element: 'node', id: n.key })),
    ...flat.edges.map((e) => {
      const { label: _label, ...rest } = e.attributes;
      return { ...rest, element: 'edge', id: e.key, source: e.source, target: e.target };
    }),
  ];
  return table(columns, rows);
}
