// A small hand-made ApiGraph shaped like the API's answer for the 2018 Japan-Russia summit readout
// (names from importer/samples/2018-12-01-japan-russia-summit.txt), used by the web unit tests.
import type { RelationType } from '../../graph/schema.ts';
import type { ApiGraph, EdgeAttributes } from '../../graph/types.ts';

const ev = (doc: string, sentence: string): EdgeAttributes['evidence'][number] => ({
  doc,
  sentence,
  start: 0,
  end: sentence.length,
});
const edge = (relType: RelationType, source: string, target: string, docs: string[] = ['document:jr']) => ({
  key: `${relType}:${source}->${target}`,
  source,
  target,
  attributes: { relType, docs, evidence: docs.map((d) => ev(d, `${source} ${relType} ${target}`)) },
});
const node = (
  key: string,
  label: string,
  entityType: ApiGraph['nodes'][number]['attributes']['entityType'],
  aliases: string[] = [],
) => ({
  key,
  attributes: { label, entityType, aliases, props: {} },
});

export const SAMPLE_GRAPH: ApiGraph = {
  nodes: [
    node('person:shinzo-abe', 'Shinzo Abe', 'Person', ['Abe', 'Prime Minister Abe']),
    node('person:igor-vladimirovich-morgulov', 'Igor Vladimirovich Morgulov', 'Person', ['Morgulov']),
    node('office:prime-minister-of-japan', 'Prime Minister of Japan', 'Office'),
    node('state:japan', 'Japan', 'State'),
    node('state:russia', 'Russia', 'State'),
    node('event:g20', 'G20 Buenos Aires Summit', 'Event'),
    node('agreement:peace-treaty', 'peace treaty', 'Agreement'),
    node('person:lonely', 'Lonely Person', 'Person'),
  ],
  edges: [
    edge('HOLDS_OFFICE', 'person:shinzo-abe', 'office:prime-minister-of-japan'),
    edge('OFFICE_OF', 'office:prime-minister-of-japan', 'state:japan'),
    edge('NEGOTIATES', 'person:igor-vladimirovich-morgulov', 'agreement:peace-treaty', ['document:jr', 'document:jr2']),
    edge('NEGOTIATES_FOR', 'person:igor-vladimirovich-morgulov', 'state:russia', ['document:jr2']),
    edge('PARTICIPATED_IN', 'person:shinzo-abe', 'event:g20'),
    edge('DISCUSSED', 'event:g20', 'agreement:peace-treaty'),
    edge('INVOLVES', 'event:g20', 'state:russia'),
    edge('DISCUSSED', 'event:g20', 'state:russia'),
  ],
  truncated: false,
};
