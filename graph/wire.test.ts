// Neo4j values → wire shapes, on driver objects built by hand (Integers, lossless or not, and temporals).
import neo4j, { Node, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';

import { nodeToApi, relToApi, toPlain } from './wire.ts';

const int = neo4j.int;

describe('nodeToApi', () => {
  it('keys the node by our id, labels it by name and keeps other properties (not the stored degree), Integers as numbers', () => {
    const node = new Node(
      int(1),
      ['Agreement'],
      {
        id: 'agreement:japan-soviet-joint-declaration',
        name: 'Japan-Soviet Joint Declaration',
        aliases: ['the Joint Declaration'],
        year: int(1956),
        status: 'concluded',
        degree: int(7),
      },
      '4:x:1',
    );
    expect(nodeToApi(node)).toEqual({
      key: 'agreement:japan-soviet-joint-declaration',
      attributes: {
        label: 'Japan-Soviet Joint Declaration',
        entityType: 'Agreement',
        aliases: ['the Joint Declaration'],
        props: { year: 1956, status: 'concluded' },
      },
    });
  });

  it('never puts a Document text on the wire', () => {
    const doc = new Node(
      int(2),
      ['Document'],
      { id: 'document:a', name: 'A', title: 'A', text: 'long text', sha256: 's' },
      '4:x:2',
    );
    const api = nodeToApi(doc);
    expect(api.attributes.props).toEqual({ title: 'A', sha256: 's' });
    expect(JSON.stringify(api)).not.toContain('long text');
  });

  it('refuses a node outside the ontology', () => {
    expect(() => nodeToApi(new Node(int(3), ['Scratch'], {}, '4:x:3'))).toThrow(/no ontology label/);
  });
});

describe('relToApi', () => {
  const props = {
    doc: 'document:a',
    evidence: 'A said so.',
    start: int(3),
    end: int(12),
    docs: ['document:a', 'document:b'],
    attestations: int(2),
    firstSeen: '2018-05-01',
    lastSeen: '2019-01-10',
    former: false,
    formerDocs: [],
  };

  it('carries the first attestation and the count, and keys the edge by type and ids', () => {
    const rel = new Relationship(int(1), int(1), int(2), 'HOLDS_OFFICE', props, '5:x:1', '4:x:1', '4:x:2');
    expect(relToApi(rel, 'person:a', 'office:b')).toEqual({
      key: 'HOLDS_OFFICE:person:a->office:b',
      source: 'person:a',
      target: 'office:b',
      attributes: {
        relType: 'HOLDS_OFFICE',
        docs: ['document:a', 'document:b'],
        evidence: [{ doc: 'document:a', sentence: 'A said so.', start: 3, end: 12 }],
        evidenceCount: 2,
        firstSeen: '2018-05-01',
        lastSeen: '2019-01-10',
        former: false,
      },
    });
  });

  it('falls back to the first attestation, and gives MENTIONS its document', () => {
    const rel = new Relationship(int(2), int(1), int(2), 'OFFICE_OF', {
      doc: 'document:a',
      evidence: 'x',
      start: 1,
      end: 2,
    });
    expect(relToApi(rel, 'office:b', 'state:c').attributes).toEqual({
      relType: 'OFFICE_OF',
      docs: ['document:a'],
      evidence: [{ doc: 'document:a', sentence: 'x', start: 1, end: 2 }],
    });
    const mention = new Relationship(int(3), int(1), int(2), 'MENTIONS', { starts: [int(1)], ends: [int(4)] });
    expect(relToApi(mention, 'document:a', 'state:c').attributes).toEqual({
      relType: 'MENTIONS',
      docs: ['document:a'],
      evidence: [],
    });
  });
});

describe('toPlain', () => {
  it('turns Integers, temporals, nodes and relationships into JSON', () => {
    const node = new Node(int(1), ['State'], { id: 'state:japan', name: 'Japan' }, '4:x:1');
    const rel = new Relationship(int(2), int(1), int(5), 'INVOLVES', {}, '5:x:2', '4:x:5', '4:x:1');
    const ids = new Map([['4:x:5', 'event:summit']]);
    expect(toPlain({ n: int(7), d: new neo4j.types.Date(2019, 1, 10), l: [node, rel] }, ids)).toEqual({
      n: 7,
      d: '2019-01-10',
      l: [
        { id: 'state:japan', labels: ['State'], properties: { id: 'state:japan', name: 'Japan' } },
        { type: 'INVOLVES', start: 'event:summit', end: '4:x:1', properties: {} },
      ],
    });
  });
});
