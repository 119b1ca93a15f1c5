// Tests of the rol32 rules on made-up sentences (not the annotated samples' passages), negatives included.
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

import { apposedToChiefNoun, negotiatedForCue, toldOnlyByNoun } from './rules-rol32.ts';
import { roleFacts as facts } from './test-facts.ts';

describe('a negotiator told with the side they act for (rol32, negotiates.negotiated-for)', () => {
  it('negotiatedForCue: active forms with "on behalf of" or "for" a named side', () => {
    const yes = [
      'Mr A, who negotiated on behalf of the Government, signed the text.',
      'Ms B conducted the negotiations on behalf of the President throughout.',
      'Mr C, who led the talks for the Alliance, thanked the mediators.',
      'Talks on a trade agreement open in May; Dr D will lead them on behalf of the Government of Peru.',
    ];
    for (const s of yes) expect(negotiatedForCue(s)).toBe('negotiates.negotiated-for');
    const no = [
      'Negotiations were held on behalf of nobody in particular.',
      'Mr A thanked the Government for its hospitality.',
      'The talks for peace will resume in March.',
      'Ms B led the delegation for the visit.',
    ];
    for (const s of no) expect(negotiatedForCue(s)).toBeUndefined();
  });
  it('"who negotiated on behalf of the Coalition" gives NEGOTIATES on the agreement negotiated', () => {
    const f = facts(
      'The Government of Colombia and the Patriotic Coalition signed today in Havana the Agreement on the Cessation of Hostilities. For the Coalition, the Agreement was signed by Ms. Carmen Ortiz and Mr. Luis Herrera, who negotiated on behalf of the Coalition throughout the talks.',
    );
    expect(f.by('negotiates.negotiated-for')).toEqual(
      expect.arrayContaining([
        'NEGOTIATES|Carmen Ortiz|Agreement on the Cessation of Hostilities',
        'NEGOTIATES|Luis Herrera|Agreement on the Cessation of Hostilities',
      ]),
    );
  });
  it('no agreement told as negotiated: talks on behalf of a president give no NEGOTIATES to an older agreement', () => {
    const f = facts(
      'Direct talks between the delegations of Armenia and Azerbaijan were held today in Geneva. The Armenian delegation was headed by Deputy Minister Ara Petrosyan, who conducted the talks on behalf of the Prime Minister. In 2020 the two countries signed the Trilateral Statement.',
    );
    expect(f.by('negotiates.negotiated-for')).toEqual([]);
  });
});

describe('a sentence told only by "chief negotiator" (rol32, negotiates.chief-noun-apposed)', () => {
  const at = (text: string, name: string) =>
    apposedToChiefNoun(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('apposedToChiefNoun: the people the noun is said of', () => {
    const a =
      'Mr. Juan Perez, chief negotiator of the Front, and Ms. Ana Ruiz, head of the Alliance delegation, signed.';
    expect(at(a, 'Juan Perez')).toBe(true);
    expect(at(a, 'Ana Ruiz')).toBe(true);
    const b = 'It was signed by the Chief Negotiator of the Union, Prof. Karl Berg, Minister of Trade.';
    expect(at(b, 'Karl Berg')).toBe(true);
    const c =
      'The envoy prepared the text with the chief negotiators of the two parties, Ivan Horvat, Director, and Ana Kovac.';
    expect(at(c, 'Ivan Horvat')).toBe(true);
    expect(at(c, 'Ana Kovac')).toBe(true);
    const d = 'Chief negotiators Ivan Horvat and Ana Kovac opened the second round in Zagreb.';
    expect(at(d, 'Ivan Horvat')).toBe(true);
    expect(at(d, 'Ana Kovac')).toBe(true);
  });
  it('not the people beside it', () => {
    const a = 'Before the ceremony, the Chief Negotiator and Minister Jane Smith held a brief meeting.';
    expect(at(a, 'Jane Smith')).toBe(false);
    const b = 'Mr. Raj Kumar, Chief Negotiator and Political Adviser to the leader Mr. Anil Das, led the delegation.';
    expect(at(b, 'Raj Kumar')).toBe(true);
    expect(at(b, 'Anil Das')).toBe(false);
    const c = 'He was accompanied by the Minister of Trade, Omar Said, and by the chief negotiator, who led the team.';
    expect(at(c, 'Omar Said')).toBe(false);
    const d = 'The envoy prepared the text with the chief negotiators of the two parties, Ivan Horvat and Ana Kovac.';
    expect(at(d, 'envoy')).toBe(false);
  });
  it('toldOnlyByNoun: only when no other cue is left without the noun', () => {
    const told = (t: string) => /chief negotiators?|led by|negotiated by/i.test(t);
    expect(toldOnlyByNoun('Mr A, chief negotiator, and Minister B held a meeting.', told)).toBe(true);
    expect(toldOnlyByNoun('The talks were led by the chief negotiator, Mr A.', told)).toBe(false);
    expect(toldOnlyByNoun('The talks were led by Mr A.', told)).toBe(false);
  });
  it('a readout: the minister beside the chief negotiator gets no NEGOTIATES', () => {
    const f = facts(
      'Ireland and Norway signed today in Dublin the Agreement on Fisheries Cooperation. Before the ceremony, the Chief Negotiator and Minister Helen Walsh held a brief bilateral meeting. The Agreement was negotiated by Ambassador Erik Dahl, Chief Negotiator of Norway.',
    );
    expect(f.rels.has('NEGOTIATES|Helen Walsh|Agreement on Fisheries Cooperation')).toBe(false);
    expect(f.rels.has('NEGOTIATES|Erik Dahl|Agreement on Fisheries Cooperation')).toBe(true);
  });
});

describe("the Council's rotating presidency acts for the Union (rol32, negotiates-for.council-presidency-union)", () => {
  it('"chaired by A on behalf of the Czech Presidency" in an EU readout: A acts for the European Union, not Czechia', () => {
    const f = facts(
      'The European Union opened two chapters of the accession negotiations with Albania today in Brussels. The intergovernmental conference was chaired by Jan Lipavsky, Minister of Foreign Affairs of the Czech Republic, on behalf of the Czech Presidency.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Jan Lipavsky|European Union');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Jan Lipavsky|Czech Republic');
  });
  it('no Union named in the readout: nothing added', () => {
    const f = facts(
      'The conference was chaired by Jan Lipavsky, Minister of Foreign Affairs of the Czech Republic, on behalf of the Czech Presidency of the Visegrad Group.',
    );
    expect(f.by('negotiates-for.council-presidency-union')).toEqual([]);
  });
});
