// GraphML writer (graphology-graphml only parses): one <key> per attribute with its attr.type,
// directed edges, XML-escaped values. Nested values are JSON strings (see flatten.ts).
import type { ApiGraph } from '../types.ts';
import { attributeNames, flattenGraph, type Scalar } from './flatten.ts';

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** The narrowest GraphML type that holds every value of one attribute. */
function inferType(values: Scalar[]): GraphmlType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) {
    const nums = values as number[];
    if (nums.every((v) => Number.isInteger(v))) {
      return nums.every((v) => Math.abs(v) <= 0x7fffffff) ? 'int' : 'long';
    }
    return 'double';
  }
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

function keysFor(prefix: string, records: { attributes: Record<string, Scalar> }[]): Key[] {
  return attributeNames(records).map((name, i) => {
    const values = records.map((r) => r.attributes[name]).filter((v): v is Scalar => v !== undefined);
    return { id: `${prefix}${i}`, name, type: inferType(values) };
  });
}

function dataLines(keys: Key[], attributes: Record<string, Scalar>, indent: string): string[] {
  return keys
    .filter((k) => attributes[k.name] !== undefined)
    .map((k) => `${indent}<data key="${k.id}">${escapeXml(String(attributes[k.name]))}</data>`);
}

/**
 * The graph as a GraphML document (directed), readable by yEd, Gephi, Cytoscape and graphology-graphml.
 * @example toGraphml({ nodes: [], edges: [], truncated: false }) // '<?xml …><graphml …>…'
 */
export function toGraphml(graph: ApiGraph): string {
  const flat = flattenGraph(graph);
  const nodeKeys = keysFor('n', flat.nodes);
  const edgeKeys = keysFor('e', flat.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const k of keys) {
      out.push(`  <key id="${k.id}" for="${domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`);
    }
  }
  out.push('  <graph id="readout-graph" edgedefault="directed">');
  for (const n of flat.nodes) {
    out.push(`    <node id="${escapeXml(n.key)}">`, ...dataLines(nodeKeys, n.attributes, '      '), '    </node>');
  }
  for (const e of flat.edges) {
    out.push(
      `    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      ...dataLines(edgeKeys, e.attributes, '      '),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
