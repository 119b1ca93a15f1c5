// The fl25a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// communiqué on mediated talks, a ministry's web page on an inter-party agreement signed before regional witnesses, a
// presidency's release on an agreement signed on the margins of a leaders' meeting), each rule on made-up sentences
// with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  EVENT_NOT_VENUE_NAME,
  NEGOTIATES_FOR_ENVOY_NOT_OWN_HOLDER,
  OFFICE_STACKED_TITLE_COMMA_TITLE,
  venueContinues,
} from './rules-fl25a.ts';
import { entityFacts, eventFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_NOT_VENUE_NAME.id, () => {
  it('reads a name continued by a building word as a venue', () => {
    const text = 'at the Amara Kovu International Conference Centre, the talks';
    const end = text.indexOf(' Centre');
    expect(venueContinues(text, end)).toBe(true);
    expect(venueContinues('in the Nordvik Summit Hall today', 'in the Nordvik Summit'.length)).toBe(true);
  });

  it('leaves a name followed by a lowercase word, a comma or a hyphenated word', () => {
    expect(venueContinues('the Nordvik Summit center', 'the Nordvik Summit'.length)).toBe(false);
    expect(venueContinues('the Nordvik Summit, Centre-left parties', 'the Nordvik Summit'.length)).toBe(false);
    expect(venueContinues('the Nordvik Summit Centre-left', 'the Nordvik Summit'.length)).toBe(false);
  });

  it('gives the people of the sentence to the talks, not to the venue', () => {
    const f = eventFacts(
      'The talks, which opened on 2 May at the Amara Kovu International Conference Centre, brought together the leaders of the three parties, Mr Tomas Arno, Mr Pascal Ndore and Professor Lena Varga.',
    );
    expect(f.names.some((e) => /Conference/.test(e))).toBe(false);
    expect(f.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Tomas Arno|'))).toBe(true);
  });

  it('keeps an event whose name no building word continues', () => {
    const f = eventFacts('Mr Tomas Arno attended the Nordvik International Conference on Fisheries on 2 May.');
    expect(f.names.some((e) => /Nordvik International Conference/.test(e))).toBe(true);
  });
});

describe(OFFICE_STACKED_TITLE_COMMA_TITLE.id, () => {
  it('gives both titles to the name after "<owned title>, <title> <name> of <State>"', () => {
    const f = entityFacts(
      'The signing was witnessed by the SADC Facilitator, President Tomas Arno of Botswana, and the Chairperson of the African Union, President Pascal Ndore of Ghana.',
    );
    expect(f.rels.has('HOLDS_OFFICE|Tomas Arno|President of Botswana')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Pascal Ndore|Chairperson of the African Union')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Pascal Ndore|President of Ghana')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Tomas Arno|Chairperson of the African Union')).toBe(false);
  });

  it('reads "former" before the second title and a state inside it', () => {
    const f = entityFacts(
      'The talks were led by the SADC Mediator for Lesotho, former President of the Republic of Namibia Tomas Arno, in Maseru.',
    );
    expect(f.rels.has('HOLDS_OFFICE|Tomas Arno|President of Namibia')).toBe(true);
    expect([...f.rels].some((r) => r.startsWith('HOLDS_OFFICE|Tomas Arno|Mediator'))).toBe(true);
  });

  it('leaves a bare first title, whose owner the text does not give, to the rules before', () => {
    const f = entityFacts(
      'He acts on behalf of the Chairperson-in-Office, Slovak Minister of Foreign Affairs Tomas Arno, in the group.',
    );
    expect([...f.rels].some((r) => r.startsWith('HOLDS_OFFICE|Tomas Arno|Chairperson-in-Office'))).toBe(false);
    expect(f.rels.has('HOLDS_OFFICE|Tomas Arno|Minister of Foreign Affairs of Slovakia')).toBe(true);
  });
});

describe('person.represented-by-its (fl25a: a two-word occasion)', () => {
  it('gives the office the state of "<State> was represented at the opening session by its <title>, <name>"', () => {
    const f = entityFacts(
      'Namibia was represented at the opening session by its Head of State, President Tomas Arno, who welcomed the delegations.',
      'Presidency of the Republic of Botswana',
    );
    expect(f.rels.has('HOLDS_OFFICE|Tomas Arno|President of Namibia')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Tomas Arno|President of Botswana')).toBe(false);
  });

  it('leaves a longer occasion unread', () => {
    const f = entityFacts(
      'Namibia was represented at the long and difficult opening session of the summit by its Head of State, President Tomas Arno.',
      'Presidency of the Republic of Botswana',
    );
    expect(f.rels.has('HOLDS_OFFICE|Tomas Arno|President of Namibia')).toBe(false);
  });
});

describe(NEGOTIATES_FOR_ENVOY_NOT_OWN_HOLDER.id, () => {
  it('does not make the next envoy in a list the principal of the one before', () => {
    const f = roleFacts(
      'The team included the Special Envoy of the Secretary-General of the United Nations, Mr Tomas Arno, the Special Envoy of the Chairperson of the African Union Commission, Mr Pascal Ndore, and others.',
    );
    expect(f.rels.has('NEGOTIATES_FOR|Tomas Arno|Pascal Ndore')).toBe(false);
  });

  it('keeps a principal named after the role', () => {
    const f = roleFacts(
      'Mr Tomas Arno, Special Envoy of President Pascal Ndore, met the delegation in Kigali on 3 May.',
    );
    expect(f.rels.has('NEGOTIATES_FOR|Tomas Arno|Pascal Ndore')).toBe(true);
  });
});
