import { describe, expect, it } from 'vitest';
import { evidenceMarkdown } from './evidence-pack.ts';
import { SAMPLE_GRAPH } from './fixture.test-data.ts';
import { toSigmaGraph } from './to-sigma-graph.ts';

const ctx = {
  documents: {
    'document:jr': { title: 'Japan-Russia Summit', date: '2018-12-01', issuer: 'Ministry of Foreign Affairs of Japan' },
    'document:jr2': { title: 'Talks in Moscow', date: '2019-05-10', source: 'mid.ru', url: 'https://example.org/a b' },
  },
  dataVersion: '0123456789abcdef',
  link: 'http://localhost/?sel=n%3Ax',
  exportedAt: '2026-12-04T21:00:00Z',
};

describe('evidenceMarkdown', () => {
  it('lists every visible fact with its sentences, documents and issuers', () => {
    const g = toSigmaGraph(SAMPLE_GRAPH);
    const text = evidenceMarkdown(g, ctx);
    expect(text).toContain(`${g.order} entities, ${g.size} facts`);
    expect(text).toContain('data version `0123456789abcdef`');
    expect(text).toContain('## negotiates for (1)');
    expect(text).toMatch(/### Igor Vladimirovich Morgulov — negotiates for → Russia/);
    expect(text).toContain('(2019-05-10, issued by mid.ru)');
    expect(text).toContain('(https://example.org/a%20b)');
    expect(text).toContain('issued by Ministry of Foreign Affairs of Japan');
    const sentences = g.mapEdges((_, a) => a.evidence.length).reduce((x, y) => x + y, 0);
    expect(text.match(/^- “/gm)).toHaveLength(sentences);
  });

  it('leaves hidden nodes and their facts out', () => {
    const g = toSigmaGraph(SAMPLE_GRAPH);
    g.setNodeAttribute('state:russia', 'hidden', true);
    const text = evidenceMarkdown(g, ctx);
    expect(text).not.toContain('→ Russia');
    expect(text).not.toContain('**Russia**');
    expect(text).toContain(`${g.order - 1} entities`);
  });

  it('lists the sentences fetched for a fact whose edge carries only the first', () => {
    const g = toSigmaGraph(SAMPLE_GRAPH);
    const edge = g.edges()[0]!;
    const fetched = [
      { doc: 'document:jr', sentence: 'First fetched sentence.', start: 0, end: 23 },
      { doc: 'document:jr2', sentence: 'Second fetched sentence.', start: 5, end: 29 },
    ];
    const text = evidenceMarkdown(g, { ...ctx, evidence: new Map([[edge, fetched]]) });
    expect(text).toContain('“First fetched sentence.”');
    expect(text).toContain('“Second fetched sentence.”');
    const others = g.mapEdges((e, a) => (e === edge ? 0 : a.evidence.length)).reduce((x, y) => x + y, 0);
    expect(text.match(/^- “/gm)).toHaveLength(others + 2);
  });
});
