// Unit tests of the extraction context: endpoint checking is a hard error, not a silent drop.
import { describe, expect, it } from 'vitest';

import { SchemaViolationError } from '../errors.ts';
import { splitSentences } from '../split.ts';
import { Ctx, tilesWords } from './context.ts';
import { holdsWord, wordGate } from './gates.ts';
import { wordBits } from './word-bits.ts';

describe('Ctx.relate', () => {
  const doc = { file: 'x.txt', title: 'x', text: 'Mr. A met B.', sha256: '0' };
  it('throws SchemaViolationError for endpoints the ontology forbids', () => {
    const ctx = new Ctx(doc, [{ index: 0, text: doc.text, start: 0, end: doc.text.length, heading: false }]);
    const p = ctx.add('Person', 'A', { surface: 'A', start: 4, end: 5 }, 'test');
    const s = ctx.add('State', 'Japan', undefined, 'test');
    expect(() => ctx.relate('HOLDS_OFFICE', p, s, 0, 'bad-rule')).toThrow(SchemaViolationError);
    expect(() => ctx.relate('HOLDS_OFFICE', p, s, 0, 'bad-rule')).toThrow(/bad-rule/);
  });
  it('throws, under test, for a relation end that is no candidate (no silent drop)', () => {
    const ctx = new Ctx(doc, [{ index: 0, text: doc.text, start: 0, end: doc.text.length, heading: false }]);
    const p = ctx.add('Person', 'A', { surface: 'A', start: 4, end: 5 }, 'test');
    expect(() => ctx.relate('HOLDS_OFFICE', p, 'c99', 0, 'lost-end')).toThrow(/lost-end.*unknown end c99/);
    expect(ctx.relations).toHaveLength(0);
  });
});

describe('Ctx indexes', () => {
  const text = 'Minister of Foreign Affairs of Japan A met B. The talks in Tokyo followed the summit.';
  const doc = { file: 'x.txt', title: 'x', text, sha256: '0' };
  const sentences = [
    { index: 0, text: text.slice(0, 44), start: 0, end: 44, heading: false },
    { index: 1, text: text.slice(45), start: 45, end: text.length, heading: false },
  ];
  const span = (surface: string) => ({
    surface,
    start: text.indexOf(surface),
    end: text.indexOf(surface) + surface.length,
  });
  const build = () => {
    const ctx = new Ctx(doc, sentences);
    const office = ctx.add('Office', 'Minister of Foreign Affairs', span('Minister of Foreign Affairs of Japan'), 't');
    const japan = ctx.add('State', 'Japan', span('Japan'), 't');
    const summit = ctx.add('Event', 'summit', span('summit'), 't');
    const talks = ctx.add('Event', 'talks in Tokyo', span('talks in Tokyo'), 't');
    return { ctx, office, japan, summit, talks };
  };

  it('finds candidates by key, by type and name, and by sentence', () => {
    const { ctx, japan, summit, talks } = build();
    expect(ctx.entity(japan)?.name).toBe('Japan');
    expect(ctx.entity('c99')).toBeUndefined();
    expect(ctx.named('Event', 'summit').map((c) => c.key)).toEqual([summit]);
    expect(ctx.named('Event', 'Japan')).toEqual([]);
    expect(ctx.named('Event', undefined)).toEqual([]);
    expect(ctx.inSentence(1).map((c) => c.key)).toEqual([summit, talks]);
    expect(ctx.first(ctx.named('Event', 'talks in Tokyo'), ctx.named('State', 'Japan'))?.key).toBe(japan);
  });

  it('finds candidates covering a span and inside a span, in the order added', () => {
    const { ctx, office, summit, talks } = build();
    const japan = span('Japan');
    expect(ctx.covering('Office', japan.start, japan.end).map((c) => c.key)).toEqual([office]);
    expect(ctx.covering('Office', japan.start, japan.end + 2)).toEqual([]);
    expect(ctx.covering('Event', japan.start, japan.end)).toEqual([]);
    expect(ctx.within('Event', 45, text.length).map((c) => c.key)).toEqual([summit, talks]);
    expect(ctx.within('Event', 45, text.length - 2).map((c) => c.key)).toEqual([talks]);
  });

  it('keeps its indexes true through renames and new spans', () => {
    const { ctx, summit, talks } = build();
    ctx.renameAll('Event', 'summit', 'talks in Tokyo');
    expect(ctx.named('Event', 'talks in Tokyo').map((c) => c.key)).toEqual([summit, talks]);
    expect(ctx.named('Event', 'summit')).toEqual([]);
    ctx.rename(talks, 'Tokyo talks');
    expect(ctx.named('Event', 'Tokyo talks').map((c) => c.key)).toEqual([talks]);
    ctx.respan(talks, 'Tokyo', text.indexOf('Tokyo'));
    expect(ctx.entity(talks)?.surface).toBe('Tokyo');
    expect(ctx.within('Event', text.indexOf('Tokyo'), text.length).map((c) => c.key)).toEqual([summit, talks]);
    expect(ctx.within('Event', text.indexOf('talks'), text.indexOf('Tokyo'))).toEqual([]);
  });

  it('indexes relations by type and by start', () => {
    const { ctx, office, japan } = build();
    ctx.relate('OFFICE_OF', office, japan, 0, 't');
    expect(ctx.relationsOf('OFFICE_OF')).toHaveLength(1);
    expect(ctx.relationsOf('PART_OF')).toEqual([]);
    expect(ctx.hasRelationFrom('OFFICE_OF', office)).toBe(true);
    expect(ctx.hasRelationFrom('OFFICE_OF', japan)).toBe(false);
  });
});

describe('Ctx.textWords (perf30b)', () => {
  const gate = wordGate('talks', 'summit', 'negotiat*', 'kyiv');
  const make = (text: string, sentences = splitSentences(text)) =>
    new Ctx({ file: 'w.txt', title: 'w', text, sha256: '0' }, sentences);
  const fromText = (text: string) => wordBits(text, text.toLowerCase());

  it('is the bits of the text words, from its sentences together, when they are its split', () => {
    const text = 'Talks were held.\n\nThe Summit of the two negotiators ended. Kyiv hosted it.\nHeading line';
    const ctx = make(text);
    expect(tilesWords(text, ctx.sentences)).toBe(true);
    expect(ctx.textWords()!.bits).toEqual(fromText(text)!.bits);
    expect(holdsWord(ctx.textWords(), gate)).toBe(true);
    expect(holdsWord(make('They met in Paris.').textWords(), gate)).toBe(false);
  });

  it('reads the text itself when the sentences leave a word out or cut one', () => {
    const text = 'They met. The talks went on.';
    const first = [{ index: 0, text: 'They met.', start: 0, end: 9, heading: false }];
    expect(tilesWords(text, first)).toBe(false);
    expect(holdsWord(make(text, first).textWords(), gate)).toBe(true);
    const cut = [
      { index: 0, text: 'They met. The ta', start: 0, end: 16, heading: false },
      { index: 1, text: 'lks went on.', start: 16, end: text.length, heading: false },
    ];
    expect(tilesWords(text, cut)).toBe(false);
    expect(holdsWord(make(text, cut).textWords(), gate)).toBe(true);
  });

  it('knows no words of a text holding the long s (every gate lets it through)', () => {
    expect(make('The ſummit ended.').textWords()).toBeUndefined();
  });
});
