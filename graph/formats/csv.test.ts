// CSV export: RFC 4180 quoting, both tables and the combined table with a `kind` column.
import { describe, expect, it } from 'vitest';

import { csvField, toCsv, toCsvTables } from './csv.ts';
import { SAMPLE_GRAPH } from './sample-graph.test-fixture.ts';

/** A small RFC 4180 reader, to check that what we write reads back field for field. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(1956)).toBe('1956');
    expect(csvField(false)).toBe('false');
    expect(csvField(undefined)).toBe('');
  });
});

describe('toCsvTables', () => {
  it('writes one row per node and edge that reads back intact', () => {
    const { nodes, edges } = toCsvTables(SAMPLE_GRAPH);
    const nodeRows = readCsv(nodes);
    const edgeRows = readCsv(edges);
    expect(nodeRows[0]!.slice(0, 4)).toEqual(['id', 'label', 'entityType', 'aliases']);
    expect(nodeRows).toHaveLength(SAMPLE_GRAPH.nodes.length + 1);
    expect(edgeRows).toHaveLength(SAMPLE_GRAPH.edges.length + 1);
    const header = nodeRows[0]!;
    const event = nodeRows.find((r) => r[0] === 'event:japan-russia-summit')!;
    expect(event[header.indexOf('label')]).toBe('Japan & Russia "Summit" <24th>');
    expect(JSON.parse(event[header.indexOf('aliases')]!)).toEqual(["l'entretien", 'Back\\slash']);
    const eh = edgeRows[0]!;
    expect(eh).toEqual(['id', 'source', 'target', 'relType', 'docs', 'evidence', 'firstSeen', 'lastSeen', 'former']);
    const holds = edgeRows.find((r) => r[3] === 'HOLDS_OFFICE')!;
    expect(JSON.parse(holds[eh.indexOf('evidence')]!)).toEqual(SAMPLE_GRAPH.edges[0]!.attributes.evidence);
    expect(holds[eh.indexOf('former')]).toBe('false');
  });
});

describe('toCsv', () => {
  it('puts nodes and edges in one table with an element column', () => {
    const rows = readCsv(toCsv(SAMPLE_GRAPH));
    expect(rows[0]![0]).toBe('element');
    expect(rows.filter((r) => r[0] === 'node')).toHaveLength(SAMPLE_GRAPH.nodes.length);
    expect(rows.filter((r) => r[0] === 'edge')).toHaveLength(SAMPLE_GRAPH.edges.length);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('names every column once and keeps the kind of events and agreements', () => {
    const rows = readCsv(toCsv(SAMPLE_GRAPH));
    const header = rows[0]!;
    expect(header.length).toBe(new Set(header).size);
    const kindOf = (id: string) => rows.find((r) => r[header.indexOf('id')] === id)![header.indexOf('kind')];
    for (const node of SAMPLE_GRAPH.nodes.filter((n) => n.attributes.props?.kind !== undefined))
      expect(kindOf(node.key)).toBe(node.attributes.props!.kind);
    expect(SAMPLE_GRAPH.nodes.some((n) => n.attributes.props?.kind !== undefined)).toBe(true);
  });
});
