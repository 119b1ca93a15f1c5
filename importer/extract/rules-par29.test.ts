// Tests of the par29 rules (issue 6, bank participants-2) on made-up sentences, negatives included: who took part in
// talks, a summit or a session the extractor already finds.
import { describe, expect, it } from 'vitest';

import { madeUpRelations } from './test-facts.ts';

const VISIT_AND_ROUND =
  'President Ana Ruiz of Peru paid a state visit to Chile from 3 to 5 May. ' +
  'On Friday, the third round of talks between the two countries on the maritime boundary was held in Santiago.\n\n';

describe('participated.side-led-by', () => {
  it('gives the talks the heads of both delegations told in another paragraph, the second gapped', () => {
    const r = madeUpRelations(
      VISIT_AND_ROUND +
        'The Peruvian delegation was led by Foreign Minister Eva Berg, and the Chilean delegation by Foreign Minister Karl Novak.',
    );
    const by = r.byRule('participated.side-led-by');
    expect(by).toContain('PARTICIPATED_IN|Eva Berg|third round of talks');
    expect(by).toContain('PARTICIPATED_IN|Karl Novak|third round of talks');
  });

  it('reads "was represented by" with a state gapped after it, and "A led the X delegation"', () => {
    const r = madeUpRelations(
      VISIT_AND_ROUND +
        'Chile was represented by Ambassador Luis Vega, Austria by Federal Minister Hans Gruber. ' +
        'Ambassador Eva Berg led the Peruvian delegation.',
    );
    const by = r.byRule('participated.side-led-by');
    for (const n of ['Luis Vega', 'Hans Gruber', 'Eva Berg'])
      expect(by).toContain(`PARTICIPATED_IN|${n}|third round of talks`);
  });

  it('leaves a principal after "on behalf of", and a head still to come', () => {
    const r = madeUpRelations(
      VISIT_AND_ROUND +
        'The Chilean delegation was led by Ambassador Karl Novak, who negotiated on behalf of President Jon Okafor.',
    );
    const by = r.byRule('participated.side-led-by');
    expect(by).toContain('PARTICIPATED_IN|Karl Novak|third round of talks');
    expect(by.some((f) => f.includes('Jon Okafor'))).toBe(false);
    const future = madeUpRelations(
      VISIT_AND_ROUND + 'The Peruvian delegation at the next round will be led by Deputy Minister Tomas Mora.',
    );
    expect(future.byRule('participated.side-led-by')).toEqual([]);
  });

  it('gives no talks to a delegation head when the text tells only a visit', () => {
    const r = madeUpRelations(
      'President Ana Ruiz of Peru paid a state visit to Austria on Monday.\n\n' +
        'The Peruvian delegation was headed by Foreign Minister Tomas Mora.',
    );
    expect(r.byRule('participated.side-led-by')).toEqual([]);
  });
});

const SUMMIT = 'The African Union summit opened in Addis Ababa on Saturday. ';

describe('participated.opened-by', () => {
  it('gives the summit the person who opened it, told by its kind', () => {
    const r = madeUpRelations(SUMMIT + 'AU Commission Chairperson Moussa Faki Mahamat opened the summit.');
    expect(r.byRule('participated.opened-by')).toContain('PARTICIPATED_IN|Moussa Faki Mahamat|African Union summit');
  });

  it('reads "was opened by" and "Opening the meeting, X", not a relative clause after the opener', () => {
    const by = madeUpRelations(
      SUMMIT + 'The summit was opened by President Ana Ruiz of Peru, who spoke for President Jon Okafor.',
    );
    expect(by.byRule('participated.opened-by')).toContain('PARTICIPATED_IN|Ana Ruiz|African Union summit');
    expect(by.byRule('participated.opened-by').some((f) => f.includes('Jon Okafor'))).toBe(false);
    const part = madeUpRelations(SUMMIT + 'Opening the summit, President Ana Ruiz of Peru called for calm.');
    expect(part.byRule('participated.opened-by')).toContain('PARTICIPATED_IN|Ana Ruiz|African Union summit');
  });

  it('gives nothing for a summit still to open, nor for "opened the way"', () => {
    const planned = madeUpRelations(SUMMIT + 'President Ana Ruiz of Peru will open the summit on Sunday.');
    expect(planned.byRule('participated.opened-by')).toEqual([]);
    const way = madeUpRelations(SUMMIT + 'President Ana Ruiz of Peru said the accord opened the way to peace.');
    expect(way.byRule('participated.opened-by')).toEqual([]);
  });
});

describe('participated.among-present', () => {
  it('reads "Participants included", a relative clause inside the list, and "were among the leaders present"', () => {
    const r = madeUpRelations(
      SUMMIT +
        'Participants included President Ana Ruiz of Peru, Prime Minister Tomas Mora, who gave the keynote address, and Chancellor Eva Berg. ' +
        'President Jon Okafor and King Sipho III were among the leaders present.',
    );
    const by = r.byRule('participated.among-present');
    for (const n of ['Ana Ruiz', 'Tomas Mora', 'Eva Berg', 'Jon Okafor', 'Sipho III'])
      expect(by).toContain(`PARTICIPATED_IN|${n}|African Union summit`);
  });

  it('leaves the one a list item represents, and a gathering still to come', () => {
    const r = madeUpRelations(
      SUMMIT + 'Participants included Ambassador Eva Berg, who represented President Jon Okafor of Nigeria.',
    );
    expect(r.byRule('participated.among-present')).toContain('PARTICIPATED_IN|Eva Berg|African Union summit');
    expect(r.byRule('participated.among-present').some((f) => f.includes('Jon Okafor'))).toBe(false);
    const planned = madeUpRelations(
      'The African Union will hold a summit in Addis Ababa next month. Participants will include President Ana Ruiz of Peru.',
    );
    expect(planned.byRule('participated.among-present')).toEqual([]);
  });
});

describe('participated.speaking-elsewhere', () => {
  const TALKS =
    'Foreign Minister Ana Ruiz of Peru and Foreign Minister Tomas Mora of Chile held talks in Geneva on Sunday. ';
  it('gives the talks no speaker quoted from another city', () => {
    const r = madeUpRelations(TALKS + 'In Lima, President Jon Okafor said he had received no details of the talks.');
    expect(r.of('PARTICIPATED_IN').some((x) => x.from === 'Jon Okafor')).toBe(false);
    expect(r.of('PARTICIPATED_IN').some((x) => x.from === 'Ana Ruiz')).toBe(true);
  });

  it("leaves a speaker in the talks' own city", () => {
    const r = madeUpRelations(TALKS + 'In Geneva, Ambassador Eva Berg said the talks had been useful.');
    const eva = r.of('PARTICIPATED_IN').filter((x) => x.from === 'Eva Berg');
    const without = madeUpRelations(TALKS + 'Ambassador Eva Berg said the talks had been useful.');
    expect(eva.length).toBe(without.of('PARTICIPATED_IN').filter((x) => x.from === 'Eva Berg').length);
  });
});

describe('participated.side-led-by, its guards', () => {
  it("leaves observers, the principal inside an aide's title, and a delegation of talks the sentence recalls", () => {
    const obs = madeUpRelations(
      VISIT_AND_ROUND +
        'The United Nations was represented by two observers, Ambassador Eva Berg and Ambassador Karl Novak.',
    );
    expect(obs.byRule('participated.side-led-by')).toEqual([]);
    const aide = madeUpRelations(
      VISIT_AND_ROUND +
        'The Chilean delegation was led by Karl Novak, National Security Adviser to the President, Jon Okafor.',
    );
    expect(aide.byRule('participated.side-led-by')).toContain('PARTICIPATED_IN|Karl Novak|third round of talks');
    expect(aide.byRule('participated.side-led-by').some((f) => f.includes('Jon Okafor'))).toBe(false);
    const recalled = madeUpRelations(
      VISIT_AND_ROUND +
        'The round builds on the talks held in Lima in 2019, in which the Chilean delegation was led by Karl Novak.',
    );
    expect(recalled.byRule('participated.side-led-by')).toEqual([]);
  });
});

describe('participated.part-of-late', () => {
  it('gives the gathering the one a later rule adds to a meeting on its sidelines', () => {
    const r = madeUpRelations(
      'Chief Adviser Ana Ruiz met President Jon Okafor in Lima on Friday. ' +
        'On Thursday, she met Vice Premier Tomas Mora on the sidelines of the Boao Forum for Asia in Hainan.',
    );
    const boao = r.of('PARTICIPATED_IN').filter((x) => x.to === 'Boao Forum for Asia');
    expect(boao.map((x) => x.from)).toContain('Ana Ruiz');
    expect(boao.map((x) => x.from)).not.toContain('Jon Okafor');
  });
});
