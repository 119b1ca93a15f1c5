// A small wire graph with awkward values (quotes, ampersands, newlines, non-ASCII, a multi-edge
// pair, integer and boolean props) shared by the format unit tests.
import type { ApiGraph } from '../types.ts';

export const SAMPLE_GRAPH: ApiGraph = {
  truncated: false,
  nodes: [
    {
      key: 'person:igor-vladimirovich-morgulov',
      attributes: {
        label: 'Igor Vladimirovich Morgulov',
        entityType: 'Person',
        aliases: ['Morgulov', 'Deputy Minister Morgulov'],
        props: {},
      },
    },
    {
      key: 'office:deputy-minister-of-foreign-affairs-of-russia',
      attributes: {
        label: 'Deputy Minister of Foreign Affairs of Russia',
        entityType: 'Office',
        aliases: [],
        props: { title: 'Deputy Minister of Foreign Affairs', state: 'Russia' },
      },
    },
    {
      key: 'event:japan-russia-summit',
      attributes: {
        label: 'Japan & Russia "Summit" <24th>',
        entityType: 'Event',
        aliases: ["l'entretien", 'Back\\slash'],
        props: { kind: 'summit', date: '2018-12-01', place: 'Buenos Aires' },
      },
    },
    {
      key: 'agreement:japan-soviet-joint-declaration',
      attributes: {
        label: 'Japan-Soviet Joint Declaration',
        entityType: 'Agreement',
        aliases: ['the 1956 Declaration'],
        props: { kind: 'declaration', year: 1956, status: 'concluded' },
      },
    },
  ],
  edges: [
    {
      key: 'HOLDS_OFFICE:person:igor-vladimirovich-morgulov->office:deputy-minister-of-foreign-affairs-of-russia',
      source: 'person:igor-vladimirovich-morgulov',
      target: 'office:deputy-minister-of-foreign-affairs-of-russia',
      attributes: {
        relType: 'HOLDS_OFFICE',
        docs: ['document:a', 'document:b'],
        evidence: [
          {
            doc: 'document:a',
            docTitle: 'Summit, "first"',
            sentence: 'Mr. Igor Morgulov, Deputy Minister,\nattended.',
            start: 10,
            end: 55,
          },
          { doc: 'document:b', sentence: "He said: 'yes' & left\r\n\ttoo.", start: 0, end: 27 },
        ],
        firstSeen: '2018-12-01',
        lastSeen: '2019-05-10',
        former: false,
      },
    },
    {
      key: 'DISCUSSED:event:japan-russia-summit->agreement:japan-soviet-joint-declaration',
      source: 'event:japan-russia-summit',
      target: 'agreement:japan-soviet-joint-declaration',
      attributes: {
        relType: 'DISCUSSED',
        docs: ['document:a'],
        evidence: [
          { doc: 'document:a', sentence: 'They discussed the 1956 Declaration — «вопрос».', start: 60, end: 108 },
        ],
      },
    },
    {
      key: 'REACHED_AT:agreement:japan-soviet-joint-declaration->event:japan-russia-summit',
      source: 'agreement:japan-soviet-joint-declaration',
      target: 'event:japan-russia-summit',
      attributes: {
        relType: 'REACHED_AT',
        docs: ['document:b'],
        evidence: [{ doc: 'document:b', sentence: 'Signed at, the summit.', start: 5, end: 27 }],
      },
    },
  ],
};
