// Unit tests of event, topic and party rules on readouts of our own in styles the dev set lacks. Fixture origins (all
// written for this project in our own words, loosely after public reports of real meetings; not copied):
// 2022-10-22-australia-japan-leaders-meeting.txt — Albanese and Kishida in Perth, 22 October 2022 (PM media-release
//   style with a generic title);
// 2022-03-30-uk-turkey-call.txt — Liz Truss and Mevlüt Çavuşoğlu, March 2022, after the Istanbul talks (gov.uk style);
// 2023-09-11-india-saudi-arabia-talks.txt — Modi and Mohammed bin Salman in New Delhi after the G20 summit (MEA style).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';

function facts(text: string, file = 'test.txt') {
  const out = toExtractionOutput(extractText(text, { file }));
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const rels = new Set(out.relations.map((r) => `${r.type}|${name.get(r.from)}|${name.get(r.to)}`));
  const names = (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name);
  const entity = (type: string, n: string) => out.entities.find((e) => e.type === type && e.name === n);
  const from = (type: string, n: string) => [...rels].filter((r) => r.startsWith(`${type}|${n}|`));
  return { out, rels, names, entity, from };
}
const fixture = (f: string) =>
  facts(readFileSync(new URL(`../../test/fixtures/readouts/${f}`, import.meta.url).pathname, 'utf8'), f);

describe('generic title over an opening that names the meeting', () => {
  const { rels, names, entity, from } = fixture('2022-10-22-australia-japan-leaders-meeting.txt');
  const main = "Australia-Japan Leaders' Meeting";

  it('makes one event, the named one, with the title as an alias', () => {
    expect(names('Event')).toContain(main);
    expect(names('Event')).not.toContain('Meeting with the Prime Minister of Japan');
    expect(entity('Event', main)?.aliases).toContain('Meeting with the Prime Minister of Japan');
    expect(rels).toContain(`PARTICIPATED_IN|Anthony Albanese|${main}`);
    expect(rels).toContain(`PARTICIPATED_IN|Fumio Kishida|${main}`);
  });

  it('does not make the meeting involve or discuss its own two states', () => {
    expect(from('INVOLVES', main)).toEqual([]);
    expect(rels).not.toContain(`DISCUSSED|${main}|Australia`);
    expect(rels).not.toContain(`DISCUSSED|${main}|Japan`);
  });

  it('reads "Russia\'s invasion of Ukraine" as an incident of both states, discussed', () => {
    const inv = "Russia's invasion of Ukraine";
    expect(entity('Event', inv)?.aliases).toContain('invasion of Ukraine');
    expect(rels).toContain(`DISCUSSED|${main}|${inv}`);
    expect(rels).toContain(`INVOLVES|${inv}|Russia`);
    expect(rels).toContain(`INVOLVES|${inv}|Ukraine`);
  });

  it('takes "the situation on the Korean Peninsula" as no event, and the Quad as a subject', () => {
    expect(names('Event').some((n) => /situation/i.test(n))).toBe(false);
    expect(rels).toContain(`DISCUSSED|${main}|Quad`);
  });
});

describe('talks named by their parties', () => {
  const { rels, names } = fixture('2022-03-30-uk-turkey-call.txt');
  const main = "Foreign Secretary's call with the Turkish Foreign Minister";

  it('discusses the state of a "situation in Ukraine", not a situation event', () => {
    expect(names('Event').some((n) => /situation/i.test(n))).toBe(false);
    expect(rels).toContain(`DISCUSSED|${main}|Ukraine`);
  });

  it('makes "negotiations between Russia and Ukraine" an event involving both, discussed by the call', () => {
    const neg = 'negotiations between Russia and Ukraine';
    expect(rels).toContain(`DISCUSSED|${main}|${neg}`);
    expect(rels).toContain(`INVOLVES|${neg}|Russia`);
    expect(rels).toContain(`INVOLVES|${neg}|Ukraine`);
    const talks = 'talks between the Russian and Ukrainian delegations in Istanbul';
    expect(rels).toContain(`INVOLVES|${talks}|Russia`);
    expect(rels).toContain(`INVOLVES|${talks}|Ukraine`);
  });

  it('gives the call its two speakers, and keeps a state thanked for hosting out of the subjects only', () => {
    expect(rels).toContain(`PARTICIPATED_IN|Liz Truss|${main}`);
    expect(rels).toContain(`PARTICIPATED_IN|Mevlüt Çavuşoğlu|${main}`);
    expect(rels).toContain(`DISCUSSED|${main}|Russia`);
    expect(rels).not.toContain(`DISCUSSED|${main}|Turkey`);
  });
});

describe('an agreement announced at a summit', () => {
  const { rels } = fixture('2023-09-11-india-saudi-arabia-talks.txt');
  const main = "Prime Minister's meeting with the Crown Prince and Prime Minister of Saudi Arabia";
  const mou = 'Memorandum of Understanding on the India-Middle East-Europe Economic Corridor';
  const summit = "G20 Leaders' Summit";

  it('reaches the agreement at the summit, which is not a subject nor attended by the pair', () => {
    expect(rels).toContain(`REACHED_AT|${mou}|${summit}`);
    expect(rels).toContain(`DISCUSSED|${main}|${mou}`);
    expect(rels).not.toContain(`DISCUSSED|${main}|${summit}`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Narendra Modi|${summit}`);
  });

  it('places the meeting in the visit during which it was held; the host does not make the visit', () => {
    const visit = 'State Visit of the Crown Prince to India';
    expect(rels).toContain(`PART_OF|${main}|${visit}`);
    expect(rels).toContain(`PARTICIPATED_IN|Mohammed bin Salman|${visit}`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Narendra Modi|${visit}`);
    expect(rels).not.toContain(`DISCUSSED|${main}|${visit}`);
  });
});
