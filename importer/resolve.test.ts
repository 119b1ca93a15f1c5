// Unit tests of stage 4 (resolve): candidates of one document → entities with stable ids and merged
// aliases, relations on ids with their evidence sentence, mention spans, schema violations refused.
import { describe, expect, it } from 'vitest';

import { SchemaViolationError } from './errors.ts';
import { candidateId, resolveDocument } from './resolve.ts';
import { splitSentences } from './split.ts';
import type { EntityCandidate, LoadedDocument } from './types.ts';

const text = 'Mr. Taro Kono, Minister for Foreign Affairs, met Foreign Minister Wang Yi. Kono thanked him.';
const doc: LoadedDocument = { file: 'x.txt', title: 'x', text, sha256: '0' };
const sentences = splitSentences(text);

/** A candidate for the first occurrence of `surface` in the text. */
function cand(key: string, type: EntityCandidate['type'], name: string, surface: string, from = 0): EntityCandidate {
  const start = text.indexOf(surface, from);
  return { key, type, name, surface, start, end: start + surface.length, sentence: 0, rule: `test.${type}`, props: {} };
}

const kono = cand('p1', 'Person', 'Taro Kono', 'Mr. Taro Kono');
const konoAgain = { ...cand('p2', 'Person', 'Taro Kono', 'Kono', 60), sentence: 1 };
const office = {
  ...cand('o1', 'Office', 'Minister for Foreign Affairs of Japan', 'Minister for Foreign Affairs'),
  props: { title: 'Minister for Foreign Affairs', state: 'Japan' },
};

describe('resolveDocument', () => {
  const out = resolveDocument(doc, sentences, {
    entities: [kono, konoAgain, office],
    relations: [
      { type: 'HOLDS_OFFICE', from: 'p1', to: 'o1', sentence: 0, rule: 'office.apposition' },
      { type: 'HOLDS_OFFICE', from: 'p2', to: 'o1', sentence: 1, rule: 'office.again' },
    ],
  });

  it('merges the mentions of one canonical name into one entity with a stable id and its aliases', () => {
    const people = out.entities.filter((e) => e.type === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'person:taro-kono', name: 'Taro Kono' });
    expect(people[0]!.aliases.sort()).toEqual(['Kono', 'Mr. Taro Kono']);
    expect(out.entities.find((e) => e.type === 'Office')).toMatchObject({
      state: 'Japan',
      title: 'Minister for Foreign Affairs',
    });
  });

  it('keeps one relation per fact, with the first evidence sentence and its offsets', () => {
    expect(out.relations).toHaveLength(1);
    const r = out.relations[0]!;
    expect(r).toMatchObject({ from: 'person:taro-kono', to: 'office:minister-of-foreign-affairs-of-japan' });
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    expect(r.evidence.sentence).toMatch(/^Mr\. Taro Kono/);
  });

  it('records every mention span for the readout reader', () => {
    const spans = out.mentions.filter((m) => m.entityId === 'person:taro-kono').map((m) => text.slice(m.start, m.end));
    expect(spans).toEqual(['Mr. Taro Kono', 'Kono']);
  });

  it('refuses a relation the ontology does not allow, naming the rule', () => {
    expect(() =>
      resolveDocument(doc, sentences, {
        entities: [kono, office],
        relations: [{ type: 'PARTY_TO', from: 'p1', to: 'o1', sentence: 0, rule: 'bad.rule' }],
      }),
    ).toThrow(SchemaViolationError);
  });
});

describe('resolveDocument ids across documents (perf30b: kept from one document to the next)', () => {
  it('gives each name the id candidateId makes, in a later document too, and refuses an empty slug each time', () => {
    const office = cand('o1', 'Office', 'Minister for Foreign Affairs of Japan', 'Minister for Foreign Affairs');
    for (let i = 0; i < 2; i++) {
      const out = resolveDocument(doc, sentences, { entities: [kono, office], relations: [] });
      expect(out.entities.map((e) => e.id)).toEqual([
        candidateId('Person', 'Taro Kono'),
        candidateId('Office', 'Minister for Foreign Affairs of Japan'),
      ]);
    }
    const blank = { ...kono, key: 'p9', name: '—' };
    for (let i = 0; i < 2; i++)
      expect(() => resolveDocument(doc, sentences, { entities: [blank], relations: [] })).toThrow(/empty slug/);
  });
});
