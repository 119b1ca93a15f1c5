// validateExtraction: accepts the ONTOLOGY example shape; rejects bad labels, unknown ends and forbidden endpoints
// with an error that names the field path.
import { describe, expect, it } from 'vitest';

import { ExtractionValidationError, validateExtraction } from './extraction-schema.ts';

const sentence = 'Mr. Taro Kono, Minister for Foreign Affairs, attended.';
const valid = () => ({
  document: { file: 'a.txt', title: 'A', date: '2018-12-01', sha256: 'abc' },
  entities: [
    { id: 'person:taro-kono', type: 'Person', name: 'Taro Kono', aliases: ['Mr. Taro Kono'] },
    {
      id: 'office:minister-for-foreign-affairs-of-japan',
      type: 'Office',
      name: 'Minister for Foreign Affairs of Japan',
      aliases: [],
    },
    { id: 'state:japan', type: 'State', name: 'Japan', aliases: [], iso2: 'JP' },
  ],
  relations: [
    {
      type: 'HOLDS_OFFICE',
      from: 'person:taro-kono',
      to: 'office:minister-for-foreign-affairs-of-japan',
      evidence: { sentence, start: 0, end: sentence.length },
    },
  ],
});

/** The error validateExtraction throws for `x` (fails the test when it does not throw). */
function errorOf(x: unknown): ExtractionValidationError {
  try {
    validateExtraction(x);
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionValidationError);
    return err as ExtractionValidationError;
  }
  throw new Error('expected validateExtraction to throw');
}

describe('validateExtraction', () => {
  it('accepts a valid extraction and keeps extra fields (text, mentions, rules)', () => {
    const x = { ...valid(), text: sentence, mentions: [] };
    const out = validateExtraction(x) as typeof x;
    expect(out.entities[2]).toMatchObject({ iso2: 'JP' });
    expect(out.text).toBe(sentence);
  });

  it('names the path of an unknown entity label', () => {
    const x = valid();
    x.entities[2]!.type = 'Country';
    const err = errorOf(x);
    expect(err.path).toBe('entities[2].type');
    expect(err.message).toMatch(/entities\[2\]\.type/);
  });

  it('rejects a relation type outside FACT_TYPES', () => {
    const x = valid();
    x.relations[0]!.type = 'KNOWS';
    expect(errorOf(x).path).toBe('relations[0].type');
  });

  it('rejects a relation end that is not an entity of the extraction', () => {
    const x = valid();
    x.relations[0]!.to = 'office:nowhere';
    const err = errorOf(x);
    expect(err.path).toBe('relations[0].to');
    expect(err.message).toMatch(/"office:nowhere" is not an entity id/);
  });

  it('rejects endpoint types that RELATION_ENDPOINTS forbids', () => {
    const x = valid();
    x.relations[0]!.to = 'state:japan';
    expect(errorOf(x).message).toMatch(/relations\[0\]\.type: HOLDS_OFFICE may not link Person to State/);
  });

  it('rejects duplicate ids, ids of another label and evidence that ends before it starts', () => {
    const dup = valid();
    dup.entities.push({ ...dup.entities[0]! });
    expect(errorOf(dup).path).toBe('entities[3].id');
    const wrongLabel = valid();
    wrongLabel.entities[2]!.id = 'person:japan';
    expect(errorOf(wrongLabel).message).toMatch(/does not match type State/);
    const backwards = valid();
    backwards.relations[0]!.evidence.start = 10;
    backwards.relations[0]!.evidence.end = 5;
    expect(errorOf(backwards).path).toBe('relations[0].evidence.end');
  });

  it('rejects a missing document field', () => {
    const x: Record<string, unknown> = valid();
    x.document = { title: 'A', sha256: 'abc' };
    expect(errorOf(x).path).toBe('document.file');
  });
});
