// The fl27c round's tests (issue 6): constructions shown by three first-look samples in new styles (a Pacific
// presidency's plain-text release on a signing of agreements amending a compact, a Central African press office's web
// page on a special agreement signed under a UN mediation, a European microstate's Markdown release on association
// talks concluded with the EU), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { EVENT_BETWEEN_PLURAL_STATE_FORMS, partyLeadLength } from './rules-fl27c.ts';
import { eventFacts, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_BETWEEN_PLURAL_STATE_FORMS.id, () => {
  it('skips a plural formal name of states before the parties', () => {
    expect(partyLeadLength('the Republics of Moldova and Georgia')).toBe('the Republics of '.length);
    expect(partyLeadLength('the Governments of the Philippines and Japan')).toBe('the Governments of the '.length);
    expect(partyLeadLength('Kingdoms of Norway and Sweden')).toBe('Kingdoms of '.length);
    expect(partyLeadLength('the Netherlands')).toBe('the '.length);
    expect(partyLeadLength('the governments of Norway')).toBe('the '.length);
    expect(partyLeadLength('Norway')).toBe(0);
  });

  it('finds the talks and their parties after "the Republics of A and B"', () => {
    const f = eventFacts(
      'The negotiations between the European Union and the Republics of Moldova and Georgia on an Association Agreement were concluded today in Brussels.',
    );
    expect(f.names).toContain('negotiations between the European Union and the Republics of Moldova and Georgia');
    const parties = madeUpRelations(
      'Talks between the Kingdoms of Norway and Sweden on the Treaty on the Joint Fishing Zone opened today in Oslo.',
    )
      .of('PARTY_TO')
      .map((r) => r.from);
    expect(parties).toEqual(expect.arrayContaining(['Norway', 'Sweden']));
  });

  it('finds no talks when the plural form names no known state', () => {
    const f = eventFacts(
      'The negotiations between the Republics of the Union and their partners were concluded today.',
    );
    expect(f.names.some((n) => n.startsWith('negotiations between'))).toBe(false);
  });
});
