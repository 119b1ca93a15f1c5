// End-to-end unit test of the rule extractor on a hand-written fixture readout (test/fixtures/readouts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from './pipeline.ts';

const FIXTURE = new URL('../test/fixtures/readouts/2019-06-29-japan-china-osaka.txt', import.meta.url);

describe('extractText', () => {
  const doc = extractText(readFileSync(FIXTURE, 'utf8'), { file: '2019-06-29-japan-china-osaka.txt' });
  const out = toExtractionOutput(doc);
  const names = (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name);
  const has = (type: string, from: string, to: string) =>
    out.relations.some((r) => r.type === type && r.from === from && r.to === to);

  it('finds people with honorifics stripped and surname mentions merged', () => {
    expect(names('Person').sort()).toEqual(['Shinzo Abe', 'Taro Kono', 'Xi Jinping']);
    const abe = out.entities.find((e) => e.name === 'Shinzo Abe')!;
    expect(abe.aliases).toContain('Prime Minister Abe');
  });

  it('completes offices with their state and links them', () => {
    expect(names('Office')).toContain('Minister for Foreign Affairs of Japan');
    expect(has('HOLDS_OFFICE', 'person:xi-jinping', 'office:president-of-china')).toBe(true);
    expect(has('OFFICE_OF', 'office:president-of-china', 'state:china')).toBe(true);
  });

  it('reads the occasion as PART_OF and participation', () => {
    expect(has('PART_OF', 'event:japan-china-summit-meeting', 'event:g20-osaka-summit')).toBe(true);
    expect(has('PARTICIPATED_IN', 'person:shinzo-abe', 'event:g20-osaka-summit')).toBe(true);
  });

  it('gives evidence offsets that point at the sentence, and mention spans inside the text', () => {
    for (const r of doc.relations) expect(doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    for (const m of doc.mentions) expect(m.end).toBeLessThanOrEqual(doc.text.length);
    expect(out.entities.every((e) => e.rules === undefined)).toBe(true);
  });

  it('is deterministic', () => {
    const again = extractText(readFileSync(FIXTURE, 'utf8'), { file: '2019-06-29-japan-china-osaka.txt' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  });
});

describe('extractText on short texts without headings or cues', () => {
  it('leaves an office without state rather than guessing it from a topic', () => {
    const out = toExtractionOutput(
      extractText(
        'President Macron met Chancellor Scholz in Berlin on 3 May 2023. The two leaders discussed Ukraine.',
        {
          file: 'x.txt',
        },
      ),
    );
    expect(out.entities.filter((e) => e.type === 'Office')).toEqual([]);
    expect(out.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Macron', 'Scholz', 'Ukraine']));
  });

  it('does not name an event after a first line of prose', () => {
    const text =
      'H.E. Dr. S. Jaishankar, External Affairs Minister of India, held talks with Mr. Lavrov, Sergey Viktorovich, ' +
      'Minister of Foreign Affairs of the Russian Federation, on the sidelines of the BRICS Summit in Kazan.';
    const out = toExtractionOutput(extractText(text, { file: 'x.txt' }));
    const events = out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(events.every((n) => n.length < 40)).toBe(true);
    expect(out.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Sergey Viktorovich Lavrov', 'S. Jaishankar', 'Minister of Foreign Affairs of Russia']),
    );
  });
});

describe('toExtractionOutput with explain', () => {
  const text =
    'Japan-Chile Summit Meeting\nOn May 4, Mr. Shinzo Abe, Prime Minister of Japan, held a meeting with Ms. Michelle Bachelet, President of the Republic of Chile, in Santiago.';
  const doc = extractText(text, { file: '2014-05-04-japan-chile.txt' });

  it('names the rule of every entity and relation and the sentence each was read from', () => {
    const out = toExtractionOutput(doc, true);
    expect(out.entities.length).toBeGreaterThan(0);
    for (const e of out.entities) {
      const ev = (e as { evidence?: { sentence: string; start: number; end: number } }).evidence;
      expect(e.rules?.length, e.name).toBeGreaterThan(0);
      expect(ev && text.slice(ev.start, ev.end), e.name).toBe(ev?.sentence);
    }
    for (const r of out.relations) expect(r.rule, r.type).toBeTruthy();
  });

  it('leaves rules and entity evidence out of the plain output', () => {
    const out = toExtractionOutput(doc);
    expect(out.entities.some((e) => 'rules' in e || 'evidence' in e)).toBe(false);
    expect(out.relations.some((r) => 'rule' in r)).toBe(false);
  });
});
