// The fl27c round's tests (issue 6): constructions shown by three first-look samples in new styles (a Pacific
// presidency's plain-text release on a signing of agreements amending a compact, a Central African press office's web
// page on a special agreement signed under a UN mediation, a European microstate's Markdown release on association
// talks concluded with the EU), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  AGREEMENT_AMENDING_DESCRIBED,
  EVENT_BETWEEN_PLURAL_STATE_FORMS,
  EVENT_MAIN_SIGNING_ENDS_PROCESS,
  NEGOTIATES_FOR_COUNTERPART_GAPPED,
  amendingDescribedSpans,
  endedBySigning,
  partyLeadLength,
} from './rules-fl27c.ts';
import {
  NEGOTIATES_FOR_AGENT_TITLE_AND,
  OFFICE_ITS_TITLE_STATE,
  OFFICE_ONLY_TITLED_STATE,
  itsTitleState,
  onlyTitledState,
  withoutTitleAnd,
} from './rules-fl27c-owner.ts';
import { agreementNames, entityFacts, eventFacts, madeUpRelations, roleFacts } from './test-facts.ts';

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

describe(AGREEMENT_AMENDING_DESCRIBED.id, () => {
  it('names lowercase amending agreements by what they amend, with a soft-headed base', () => {
    const spans = amendingDescribedSpans('They signed the agreements amending the Compact of Free Association today.');
    expect(spans.map((s) => s.surface)).toEqual([
      'Compact of Free Association',
      'agreements amending the Compact of Free Association',
    ]);
    expect(amendingDescribedSpans('an agreement amending the Treaty of Friendship').map((s) => s.surface)).toEqual([
      'agreement amending the Treaty of Friendship',
    ]);
    expect(amendingDescribedSpans('the amendments to the Charter of the Forum').map((s) => s.surface)).toEqual([
      'amendments to the Charter of the Forum',
    ]);
  });

  it('makes the amending agreement BASED_ON the amended one, both with their parties', () => {
    const r = madeUpRelations(
      'Norway and Iceland today signed the agreements amending the Compact of Free Association.',
    );
    expect(r.of('BASED_ON').map((x) => `${x.from}|${x.to}`)).toContain(
      'agreements amending the Compact of Free Association|Compact of Free Association',
    );
    expect(r.of('PARTY_TO').map((x) => `${x.from}|${x.to}`)).toEqual(
      expect.arrayContaining([
        'Norway|agreements amending the Compact of Free Association',
        'Iceland|agreements amending the Compact of Free Association',
      ]),
    );
  });

  it('leaves prose, capitalised protocols and a compact nobody signed', () => {
    expect(amendingDescribedSpans('The parties are amending their laws on the Treaty.')).toEqual([]);
    expect(amendingDescribedSpans('They signed the Protocol amending the Treaty of Friendship.')).toEqual([]);
    expect(amendingDescribedSpans('the amendments to the budget law')).toEqual([]);
    expect(agreementNames('They discussed the Compact of Free Association.')).not.toContain(
      'Compact of Free Association',
    );
  });
});

describe(EVENT_MAIN_SIGNING_ENDS_PROCESS.id, () => {
  it('reads a participle of ending before a process', () => {
    const t = 'They signed the Treaty, concluding almost three years of negotiations';
    expect(endedBySigning(t, t.indexOf('three years'))).toBe(true);
    const u = 'They signed the Treaty, bringing to a close the talks';
    expect(endedBySigning(u, u.indexOf('talks'))).toBe(true);
    const v = 'They signed the Treaty at the talks';
    expect(endedBySigning(v, v.indexOf('talks'))).toBe(false);
  });

  it("makes the opening's signing the readout's event, with its signers and guests", () => {
    const f = eventFacts(
      'Norway and Iceland today signed the agreements amending the Compact of Free Association, concluding almost three years of negotiations on the Compact. The agreements were signed on behalf of the Government of Norway by the Minister of Foreign Affairs, Espen Barth Eide. Also present at the ceremony was the Ambassador of Norway to Iceland, Cecilie Willoch.',
    );
    const signing = 'signing of the agreements amending the Compact of Free Association';
    expect(f.names).toContain(signing);
    expect(f.has('PARTICIPATED_IN', 'Espen Barth Eide', signing)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Cecilie Willoch', signing)).toBe(true);
    expect(f.has('REACHED_AT', 'agreements amending the Compact of Free Association', signing)).toBe(true);
  });

  it('keeps talks the signing took place at as the event', () => {
    const f = eventFacts(
      'Norway and Iceland signed the Treaty of Friendship at the talks in Geneva today. The ceremony was short.',
    );
    expect(f.names.some((n) => n.startsWith('signing of the Treaty'))).toBe(false);
  });
});

describe(NEGOTIATES_FOR_COUNTERPART_GAPPED.id, () => {
  const opening =
    'The President of Ghana, Nana Akufo-Addo, and the President of Togo, Faure Gnassingbe, signed today in Accra the Treaty of Friendship, with the Minister of Foreign Affairs of Togo, Robert Dussey. ';
  it('gives the gapped counterpart the side named after "on behalf of"', () => {
    const f = roleFacts(
      `${opening}President Akufo-Addo signed on behalf of Ghana, and his counterpart on behalf of Togo.`,
    );
    expect(f.by(NEGOTIATES_FOR_COUNTERPART_GAPPED.id)).toEqual(['NEGOTIATES_FOR|Faure Gnassingbe|Togo']);
  });

  it('reads no side from thanks, a visitor or a possessive', () => {
    const f = roleFacts(
      `${opening}President Akufo-Addo thanked his counterpart for Togo's support, and his counterpart for Togo's hospitality.`,
    );
    expect(f.by(NEGOTIATES_FOR_COUNTERPART_GAPPED.id)).toEqual([]);
    const g = roleFacts(`${opening}President Akufo-Addo spoke, and his counterpart from Togo replied.`);
    expect(g.by(NEGOTIATES_FOR_COUNTERPART_GAPPED.id)).toEqual([]);
  });
});

describe('state.initials-alias (fl27c)', () => {
  it('reads "the RMI" and "the FSM" as the two states', () => {
    const f = roleFacts(
      'The agreements were signed on behalf of the Government of the RMI by the Minister of Foreign Affairs, Hon. Kalani Kaneko, and by the FSM delegation.',
      'Office of the President, Republic of the Marshall Islands',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Kalani Kaneko|Marshall Islands');
  });
});

describe(OFFICE_ITS_TITLE_STATE.id, () => {
  it('reads the state right before "and its" as the office\'s', () => {
    const t = 'The Minister thanked Norway and its ';
    expect(itsTitleState(t, t.length, [{ name: 'Norway', end: t.indexOf(' and') }])).toBe('Norway');
    const u = 'Norway, and the Minister thanked its ';
    expect(itsTitleState(u, u.length, [{ name: 'Norway', end: 6 }])).toBeUndefined();
  });

  it("gives the title that state, not the issuer's", () => {
    const f = entityFacts(
      'The Minister thanked Norway and its Minister of Foreign Affairs, Espen Barth Eide, for the support.',
      'Ministry of Foreign Affairs of Sweden',
    );
    expect(f.forms.has('Office|Minister of Foreign Affairs of Norway')).toBe(true);
    const g = entityFacts(
      'The Minister thanked Norway and its people. The Minister of Foreign Affairs, Tobias Billström, spoke.',
      'Ministry of Foreign Affairs of Sweden',
    );
    expect(g.forms.has('Office|Minister of Foreign Affairs of Sweden')).toBe(true);
  });
});

describe(OFFICE_ONLY_TITLED_STATE.id, () => {
  it('picks the one named state that has a rare title', () => {
    expect(onlyTitledState('King', ['Senegal', 'Morocco'])).toBe('Morocco');
    expect(onlyTitledState('King', ['Spain', 'Morocco'])).toBeUndefined();
    expect(onlyTitledState('President', ['Morocco'])).toBeUndefined();
  });

  it("gives a King in a republic's release the kingdom its sentence names", () => {
    const f = entityFacts(
      'The President was received by His Majesty King Mohammed VI, with whom he discussed the request of the Kingdom of Morocco to rejoin the African Union. They recalled the treaty between France and Spain.',
      'Presidency of Senegal',
    );
    expect(f.forms.has('Office|King of Morocco')).toBe(true);
    const g = entityFacts(
      'The President was received by His Majesty King Felipe VI. They discussed Morocco and Spain.',
      'Presidency of Senegal',
    );
    expect([...g.forms].some((x) => x.startsWith('Office|King'))).toBe(false);
  });
});

describe(NEGOTIATES_FOR_AGENT_TITLE_AND.id, () => {
  it('drops only the "and" between two capitalised words of a title', () => {
    expect(withoutTitleAnd(' by the Minister of Foreign Affairs and Cooperation, ')).not.toMatch(/\band\b/);
    expect(withoutTitleAnd(' by the minister and the envoy, ')).toMatch(/\band\b/);
  });

  it('gives the side to the agent whose title holds an "and"', () => {
    const f = roleFacts(
      'The last rounds of negotiations were conducted for Ghana by the Minister of Foreign Affairs and Regional Integration, Shirley Ayorkor Botchwey, and for Togo by its Minister of Foreign Affairs, Robert Dussey.',
      'Presidency of Ghana',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Shirley Ayorkor Botchwey|Ghana', 'NEGOTIATES_FOR|Robert Dussey|Togo']),
    );
    const g = roleFacts(
      'The talks were conducted for Ghana by the delegation and the Minister of Foreign Affairs, Shirley Ayorkor Botchwey.',
      'Presidency of Ghana',
    );
    expect(g.by('negotiates-for.side-by-agent')).toEqual([]);
  });
});

describe('org.command-head (fl27c)', () => {
  it('reads a unified command as an organisation, its commander as its office', () => {
    const f = entityFacts(
      'The delegation was received by the Commander of the United States Indo-Pacific Command, Admiral John C. Aquilino.',
      'Office of the President, Republic of the Marshall Islands',
    );
    expect(f.forms.has('Organization|United States Indo-Pacific Command')).toBe(true);
    expect(f.forms.has('Office|Commander of the United States Indo-Pacific Command')).toBe(true);
    expect(f.forms.has('Person|Indo-Pacific Command')).toBe(false);
  });

  it('leaves a lone "the Command" and "the High Command" alone', () => {
    const f = entityFacts('The Command of the operation was handed over. The High Command met.');
    expect([...f.forms].some((x) => x.startsWith('Organization|'))).toBe(false);
  });
});
