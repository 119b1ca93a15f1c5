// The agr24 rules on made-up sentences (other than the bank's passages), negatives included.
import { beforeAll, describe, expect, it } from 'vitest';

import { AGR24_PATTERNS, notAnInstrument } from './rules-agr24.ts';
import { extractFacts } from './test-facts.ts';

const doc = (text: string) => extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' });
const events = (out: ReturnType<typeof doc>['out']) =>
  out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
const agreements = (out: ReturnType<typeof doc>['out']) =>
  out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
const reached = (rels: Set<string>) => [...rels].filter((r) => r.startsWith('REACHED_AT|'));

beforeAll(() => void doc('The two ministers met in Oslo.'), 60_000);

describe('reached-at.not-planned-signing', () => {
  it('gives no REACHED_AT to an event where the signing is still to come', () => {
    const { rels } = doc(
      'Foreign Minister Ana Lopez of Chile met Foreign Minister Luis Soto of Peru in Lima on Friday. The ministers approved the Agreement on Fisheries Cooperation, which the two presidents will sign at the Pacific Alliance Summit in Quito in July.',
    );
    expect(reached(rels).filter((r) => r.includes('Pacific Alliance Summit'))).toEqual([]);
  });
  it('reads modals and "to" of intent right before the verb, not a verb told as done', () => {
    const p = AGR24_PATTERNS.plannedBefore;
    for (const t of [
      'they will ',
      'the presidents are to ',
      'which is expected to be ',
      'agreed to ',
      'it is due to be ',
    ])
      expect(p.test(t), t).toBe(true);
    for (const t of ['the presidents ', 'which was ', 'on Friday they ', 'the two sides have '])
      expect(p.test(t), t).toBe(false);
  });
  it('keeps the event of an agreement signed there', () => {
    const { out, rels } = doc(
      'The foreign ministers of Chile and Peru signed the Agreement on Fisheries Cooperation at the Pacific Alliance Summit in Quito on Friday.',
    );
    const summit = events(out).find((e) => /Pacific Alliance Summit/.test(e));
    expect(summit).toBeDefined();
    expect(rels.has(`REACHED_AT|Agreement on Fisheries Cooperation|${summit}`)).toBe(true);
  });
});

describe('reached-at.built-on-not-base', () => {
  it('moves the event from the base to the instrument built on it', () => {
    const { out, rels } = doc(
      'Chile and Peru signed a protocol supplementing the 2011 Agreement on Air Services at the third session of the Chile-Peru Joint Commission on Friday.',
    );
    const session = events(out).find((e) => /session/.test(e));
    expect(session).toBeDefined();
    const built = agreements(out).find((a) => a.startsWith('protocol supplementing'));
    expect(built).toBeDefined();
    expect(rels.has(`REACHED_AT|${built}|${session}`)).toBe(true);
    expect(reached(rels).filter((r) => r.startsWith('REACHED_AT|2011 Agreement on Air Services|'))).toEqual([]);
  });
  it('leaves a base with its own participle before the event', () => {
    const { out, rels } = doc(
      'Chile and Peru signed a Memorandum on Port Cooperation, building upon the Joint Declaration on Connectivity adopted at the Chile-Peru summit in Lima in 2022.',
    );
    const summit = events(out).find((e) => /summit/i.test(e));
    expect(summit).toBeDefined();
    expect(rels.has(`REACHED_AT|Joint Declaration on Connectivity|${summit}`)).toBe(true);
    expect(rels.has(`REACHED_AT|Memorandum on Port Cooperation|${summit}`)).toBe(false);
  });
  it('reads the new basis cues before the base', () => {
    const cue = AGR24_PATTERNS.baseCue;
    for (const t of [
      'a protocol supplementing the 2013 ',
      'a plan to operationalise the ',
      'in application of Article 7 of the ',
    ])
      expect(cue.test(t), t).toBe(true);
    for (const t of ['signed the ', 'a plan to discuss the ', 'with the application of the '])
      expect(cue.test(t), t).toBe(false);
  });
});

describe('based-on.phrase with "to operationalise", "in application of", "under the umbrella of"', () => {
  it('links the instrument to the agreement the cue names', () => {
    const { rels } = doc(
      'Chile and Peru adopted the Work Plan 2025-2027 to operationalise the Joint Declaration on Strategic Partnership at their meeting in Lima.',
    );
    const based = [...rels].filter((r) => r.startsWith('BASED_ON|'));
    expect(based).toEqual([
      expect.stringMatching(/^BASED_ON\|Work Plan[^|]*\|Joint Declaration on Strategic Partnership$/),
    ]);
    const { rels: applied } = doc(
      'Chile and Peru adopted the Action Plan 2025-2027, in application of Article 4 of the Treaty on Maritime Boundaries.',
    );
    expect(applied.has('BASED_ON|Action Plan 2025-2027|Treaty on Maritime Boundaries')).toBe(true);
  });
  it('gives none when nothing named before rests on it', () => {
    const { rels } = doc('Patrols were carried out in application of the Agreement on Police Cooperation.');
    expect([...rels].filter((r) => r.startsWith('BASED_ON|'))).toEqual([]);
  });
});

describe('agreement.not-consent and agreement.not-unilateral', () => {
  it('reads a possessor’s consent to act and one side’s ceasefire as no agreement', () => {
    const t1 = 'The minister welcomed the Council’s agreement to open negotiations with Moldova.';
    expect(notAnInstrument(t1, { surface: 'Council’s agreement', start: t1.indexOf('Council') })).toBe(true);
    const t2 = 'Moscow announced a unilateral ceasefire for the Orthodox Christmas holiday.';
    expect(
      notAnInstrument(t2, { surface: 'ceasefire for the Orthodox Christmas', start: t2.indexOf('ceasefire') }),
    ).toBe(true);
    expect(agreements(doc(t1).out)).toEqual([]);
    expect(agreements(doc(t2).out)).toEqual([]);
  });
  it('keeps an agreement to do something that is an instrument, and a ceasefire of two sides', () => {
    const t1 = 'The two sides signed an agreement to establish a joint fund.';
    expect(notAnInstrument(t1, { surface: 'agreement', start: t1.indexOf('agreement') })).toBe(false);
    const t2 = 'Israel and Hamas agreed a ceasefire in Gaza.';
    expect(notAnInstrument(t2, { surface: 'ceasefire in Gaza', start: t2.indexOf('ceasefire') })).toBe(false);
  });
});

describe('party-to.one-of-its-signatories and party-to.signers-delegations', () => {
  it('makes the organisation before "one of its signatories" a party of the agreement named before', () => {
    const { rels } = doc(
      'The ministers discussed the Comprehensive Peace Agreement and the stance of the Sudan People’s Liberation Movement, one of its signatories.',
    );
    const party = [...rels].filter((r) => r.startsWith('PARTY_TO|') && r.endsWith('|Comprehensive Peace Agreement'));
    expect(party.some((r) => /Sudan People’s Liberation Movement/.test(r))).toBe(true);
  });
  it('gives none without the apposition', () => {
    const { rels } = doc(
      'The ministers discussed the Comprehensive Peace Agreement and the stance of the Sudan People’s Liberation Movement.',
    );
    expect([...rels].some((r) => r.startsWith('PARTY_TO|Sudan People’s Liberation Movement|'))).toBe(false);
  });
  it('reads "The delegations of A and the B (ACR) signed" as A and B signing', () => {
    const { rels } = doc(
      'The delegations of the Government of Colombia and the Revolutionary Armed Forces of Colombia (FARC) signed the Agreement on Land Reform on Friday. ' +
        'The agreement was signed by Humberto de la Calle, head of the government delegation, and by Iván Márquez, head of the FARC delegation.',
    );
    const party = [...rels].filter((r) => r.startsWith('PARTY_TO|') && r.endsWith('|Agreement on Land Reform'));
    expect(party.some((r) => r.startsWith('PARTY_TO|Colombia|'))).toBe(true);
    expect(party.some((r) => /FARC|Revolutionary Armed Forces/.test(r))).toBe(true);
  });
});

describe('reached-at.issued-at, reached-at.conclusion-of-negotiations-at, reached-at.agreed-a', () => {
  it('reaches a statement issued at the end of a visit, and an agreement whose negotiations concluded at a meeting', () => {
    const { out, rels } = doc(
      'Foreign Minister Ana Lopez of Chile met Foreign Minister Luis Soto of Peru in Lima on Friday. ' +
        'The ministers reviewed the Joint Statement issued at the end of President Gabriel Boric’s state visit to Peru in March 2023.',
    );
    const visit = events(out).find((e) => /visit/.test(e));
    expect(visit).toBeDefined();
    expect(rels.has(`REACHED_AT|Joint Statement|${visit}`)).toBe(true);
    const concluded = doc(
      'Chile welcomed the conclusion of negotiations on the Agreement on Digital Trade at the ministerial meeting in Lima today.',
    );
    const meeting = events(concluded.out).find((e) => /ministerial meeting/.test(e));
    expect(meeting).toBeDefined();
    expect(concluded.rels.has(`REACHED_AT|Agreement on Digital Trade|${meeting}`)).toBe(true);
  });
  it('reads "agreed" only with an instrument as its object', () => {
    const p = AGR24_PATTERNS.agreedObject;
    expect(p.test('the two leaders agreed a fisheries arrangement on')).toBe(true);
    expect(p.test('they agreed the new trade deal')).toBe(true);
    expect(p.test('they agreed the date of the next meeting and discussed the agreement')).toBe(false);
    expect(p.test('they agreed to sign an agreement')).toBe(false);
  });
});

describe('reached-at.closed-by-concluding', () => {
  it('reaches the agreement at the event a sentence closes by concluding it', () => {
    const { out, rels } = doc(
      'The delegations of Chile and Peru ended the fourth round of talks on Friday by initialling the Agreement on Labour Mobility.',
    );
    const round = events(out).find((e) => /round of talks/.test(e));
    expect(round).toBeDefined();
    expect(rels.has(`REACHED_AT|Agreement on Labour Mobility|${round}`)).toBe(true);
  });
  it('gives none when the event is closed by something else, or only referred to', () => {
    const { rels } = doc(
      'The delegations ended the fourth round of talks on Friday by thanking the hosts, and discussed the Agreement on Labour Mobility.',
    );
    expect(reached(rels)).toEqual([]);
  });
});
