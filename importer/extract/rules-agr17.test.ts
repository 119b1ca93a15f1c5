// The agr17 rules on made-up sentences (other than the bank's passages), negatives included.
import { beforeAll, describe, expect, it } from 'vitest';

import {
  combiningFormStates,
  domesticPlan,
  splitJoinedTitle,
  statusByModality,
  verbObjectSpans,
  withoutMainClause,
} from './rules-agr17.ts';
import { agreementNames, extractFacts } from './test-facts.ts';

const doc = (text: string) => extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' });
const agreements = agreementNames;

beforeAll(() => void doc('The two ministers met in Oslo.'), 60_000);

describe('agreement.verb-described-object', () => {
  it('reads a lowercase head and its subject after a verb of concluding', () => {
    const text = 'The two ministers signed a protocol on veterinary inspections of livestock, the ministry said.';
    expect(verbObjectSpans(text, []).map((s) => s.surface)).toEqual([
      'protocol on veterinary inspections of livestock',
    ]);
    expect(
      verbObjectSpans('They agreed on a work plan for joint patrols in the gulf.', []).map((s) => s.surface),
    ).toEqual(['work plan for joint patrols in the gulf']);
  });
  it('stops at the place, the event and a relative clause', () => {
    const at = verbObjectSpans('Chile and Peru concluded an arrangement on fisheries data at their meeting.', []);
    expect(at.map((s) => s.surface)).toEqual(['arrangement on fisheries data']);
    const which = verbObjectSpans('They signed a memorandum on water sharing which both cabinets approved.', []);
    expect(which.map((s) => s.surface)).toEqual(['memorandum on water sharing']);
  });
  it('gives the parties of the sentence', () => {
    const { rels } = doc('Chile and Peru signed a roadmap for the clean-up of the river delta.');
    expect(rels.has('PARTY_TO|Chile|roadmap for the clean-up of the river delta')).toBe(true);
    expect(rels.has('PARTY_TO|Peru|roadmap for the clean-up of the river delta')).toBe(true);
  });
  it('leaves verb phrases, "on behalf of" and spans another rule holds', () => {
    expect(verbObjectSpans('The ministers agreed on the need to strengthen cooperation.', [])).toEqual([]);
    expect(verbObjectSpans('He signed the agreement on behalf of the government.', [])).toEqual([]);
    const taken = [{ surface: 'memorandum on tourism', start: 20, rule: 'x' }];
    expect(verbObjectSpans('The two sides signed a memorandum on tourism.', taken)).toEqual([]);
    expect(agreements('The ministers agreed to strengthen cooperation on energy and signed the guest book.')).toEqual(
      [],
    );
  });
});

describe('agreement.split-joined-title', () => {
  it('splits a second title opened by its own head after "and the"', () => {
    const parts = splitJoinedTitle({
      surface: 'Agreement on Road Transport and the Letter of Intent on Rail Freight',
      start: 10,
      rule: 'agreement.named',
    });
    expect(parts.map((p) => [p.surface, p.start])).toEqual([
      ['Agreement on Road Transport', 10],
      ['Letter of Intent on Rail Freight', 46],
    ]);
  });
  it('keeps a title whose "and" joins its own words', () => {
    const one = { surface: 'Treaty of Friendship and Cooperation', start: 0, rule: 'agreement.named' };
    expect(splitJoinedTitle(one)).toEqual([one]);
  });
});

describe('agreement.not-domestic-plan', () => {
  it('drops a national plan or strategy', () => {
    expect(domesticPlan('National Action Plan on Climate Adaptation')).toBe(true);
    expect(domesticPlan('2023 National Security Strategy')).toBe(true);
    expect(
      agreements('The minister presented the National Action Plan on Youth Employment to his Danish guest.'),
    ).toEqual([]);
  });
  it('keeps agreements that bear "National" as parties to them', () => {
    expect(domesticPlan('National Ceasefire Agreement')).toBe(false);
    expect(domesticPlan('Joint Action Plan')).toBe(false);
  });
});

describe('agreement.compound-two-word-state', () => {
  it('starts a compound at the first word of a two-word state', () => {
    const { rels } = doc('Sri Lanka and Thailand are negotiating a Sri Lanka-Thailand free trade agreement.');
    expect([...rels].filter((r) => r.startsWith('PARTY_TO|Sri Lanka|'))).toEqual([
      'PARTY_TO|Sri Lanka|Sri Lanka-Thailand free trade agreement',
    ]);
  });
});

describe('agreement.not-main-clause', () => {
  it('cuts a name at the comma that opens the main clause', () => {
    expect(
      withoutMainClause({ surface: 'MoU between Chile and Peru on fisheries, the two sides reviewed it', start: 0 })
        .surface,
    ).toBe('MoU between Chile and Peru on fisheries');
    const keep = { surface: 'MoU between the University of Lima, Peru, and the Institute of Quito', start: 0 };
    expect(withoutMainClause(keep)).toEqual(keep);
  });
});

describe('reached-at.inline-list and reached-at by "followed by the signing of"', () => {
  it('reaches the agreements after the colon at the main event', () => {
    const { rels } = doc(
      'Prime Minister Jonas Gahr Støre held talks with Prime Minister Kristrún Frostadóttir in Oslo. ' +
        'The following documents were signed during the talks: the Agreement on Fisheries Research; the Memorandum of Understanding on Geothermal Energy.',
    );
    const reached = [...rels].filter((r) => r.startsWith('REACHED_AT|'));
    expect(reached.length).toBe(2);
  });
  it('leaves a colon list that no signing opens', () => {
    const { rels } = doc(
      'Prime Minister Jonas Gahr Støre held talks with Prime Minister Kristrún Frostadóttir in Oslo. ' +
        'They discussed the following: the Agreement on Fisheries Research and regional security.',
    );
    expect([...rels].filter((r) => r.startsWith('REACHED_AT|'))).toEqual([]);
  });
});

describe('party-to.relative-signed-with', () => {
  it('adds the partner after "which A signed with B"', () => {
    const { rels } = doc(
      'The minister welcomed the Agreement on Air Services, which Chile signed with Peru in 2019, as a model.',
    );
    expect(rels.has('PARTY_TO|Peru|Agreement on Air Services')).toBe(true);
    expect(rels.has('PARTY_TO|Chile|Agreement on Air Services')).toBe(true);
  });
});

describe('party-to.combining-form', () => {
  it('reads a combining form beside a state', () => {
    expect(combiningFormStates('Italo-Albanian Protocol').map(([n]) => n)).toEqual(['Italy', 'Albania']);
    expect(combiningFormStates('Sino-Pacific Forum').map(([n]) => n)).toEqual(['China']);
  });
  it('leaves a combining form beside no state', () => {
    expect(combiningFormStates('Indo-Pacific Economic Framework')).toEqual([]);
    expect(combiningFormStates('Anglo-Saxon Charter')).toEqual([]);
  });
});

describe('party-to.not-instituted-body', () => {
  it('gives no PARTY_TO to the body an agreement sets up', () => {
    const { rels } = doc(
      'Chile and Peru signed the Agreement on the Establishment of a Joint Border Commission between Chile and Peru.',
    );
    expect([...rels].filter((r) => r.startsWith('PARTY_TO|Joint Border Commission|'))).toEqual([]);
    expect([...rels].filter((r) => r.startsWith('PARTY_TO|Chile|')).length).toBe(1);
  });
});

describe('agreement.status-modality', () => {
  it('reads proposed and under negotiation from tense and modality', () => {
    expect(statusByModality('They hoped that the treaty would be signed before the summer.')).toBe('proposed');
    expect(statusByModality('Ghana proposed signing an agreement on seasonal workers.')).toBe('proposed');
    expect(statusByModality('The two countries are working towards an investment treaty.')).toBe('under negotiation');
    expect(statusByModality('Negotiations on the treaty between the two sides will resume in May.')).toBe(
      'under negotiation',
    );
  });
  it('settles nothing for a signing told in the past', () => {
    expect(statusByModality('The two ministers signed the treaty on Monday.')).toBeUndefined();
  });
});

describe('based-on.not-replaces', () => {
  it('gives no BASED_ON to an agreement that replaces another', () => {
    const { rels } = doc(
      'Chile and Peru signed the Agreement on Border Crossings, which replaces the 1998 Agreement on Border Posts.',
    );
    expect([...rels].filter((r) => r.startsWith('BASED_ON|'))).toEqual([]);
  });
  it('still gives BASED_ON to an agreement implementing another', () => {
    const { rels } = doc(
      'Chile and Peru signed the Protocol on Border Crossings, implementing the 1998 Agreement on Border Posts.',
    );
    expect([...rels].filter((r) => r.startsWith('BASED_ON|')).length).toBe(1);
  });
});
