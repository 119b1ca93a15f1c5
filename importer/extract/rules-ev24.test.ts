// Tests of the ev24 rules (issue 6, bank events-16) on made-up sentences, negatives included: ceremonies told by their
// verb, their performers and companions, and the visit they are part of.
import { describe, expect, it } from 'vitest';

import { EV24_PATTERNS } from './rules-ev24.ts';
import { EV24_REL_PATTERNS } from './rules-ev24-rel.ts';
import { eventFacts } from './test-facts.ts';

describe('event.ceremony-verb', () => {
  it('reads a joint ceremony told by its verb, with both performers', () => {
    const a = eventFacts(
      'President Ana Ruiz and President Tomas Mora planted a tree at the Presidential Palace in Quito on 3 May 2024.',
    );
    const tree = a.names.find((n) => /^planted a tree at the Presidential Palace/.test(n));
    expect(tree).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', tree!)).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Tomas Mora', tree!)).toBe(true);
  });

  it('names a ribbon-cutting by what it opened, and gives it the guests "attended by"', () => {
    const a = eventFacts(
      'Prime Minister Ola Berg cut the ribbon to open the Fjord Tunnel on 3 May 2024, at a ceremony attended by Minister Kari Holm and Mayor Piet Smit.',
    );
    expect(a.names).toContain('opening of the Fjord Tunnel');
    for (const p of ['Ola Berg', 'Kari Holm', 'Piet Smit'])
      expect(a.has('PARTICIPATED_IN', p, 'opening of the Fjord Tunnel')).toBe(true);
  });

  it('reads "together with" and "accompanied by" as companions', () => {
    const a = eventFacts(
      'Foreign Minister Lena Dahl inaugurated the new consulate in Bergen on 3 May 2024, together with Foreign Minister Jan Novak.',
    );
    const c = a.names.find((n) => /^inaugurated the new consulate in Bergen/.test(n));
    expect(c).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Jan Novak', c!)).toBe(true);
  });

  it('makes a ceremony told inside a visit part of that visit', () => {
    const a = eventFacts(
      'President Rosa Vega laid flowers at the National Monument in Lima on the first day of her state visit to Peru, accompanied by President Jorge Lima.',
    );
    const f = a.names.find((n) => /^laid flowers at the National Monument/.test(n));
    const v = a.names.find((n) => /visit to Peru/.test(n));
    expect(f && v).toBeTruthy();
    expect(a.has('PART_OF', f!, v!)).toBe(true);
  });

  it('reads no event from a lone courtesy, a passive, an office or a planned ceremony', () => {
    expect(
      eventFacts('Before the talks, President Ines Soto laid a wreath at the Tomb of the Unknown Soldier.').names.some(
        (n) => /wreath/.test(n),
      ),
    ).toBe(false);
    expect(
      eventFacts('The bridge, which was inaugurated in 2020, links two provinces, said President Ines Soto.').names,
    ).toEqual([]);
    expect(eventFacts('President Ines Soto and President Jorge Lima will plant a tree on Friday.').names).toEqual([]);
    expect(EV24_PATTERNS.ceremonyVerb.test('Ines Soto was inaugurated as President on 3 May 2024.')).toBe(false);
    EV24_PATTERNS.ceremonyVerb.lastIndex = 0;
  });

  it('stops the object at a date, a companion cue or a clause', () => {
    EV24_PATTERNS.ceremonyVerb.lastIndex = 0;
    const m = EV24_PATTERNS.ceremonyVerb.exec('A and B laid the foundation stone of the Harbour School on 3 May 2024.');
    EV24_PATTERNS.ceremonyVerb.lastIndex = 0;
    expect(m?.slice(1).find(Boolean)).toBe('laid the foundation stone of the Harbour School');
  });
});

describe('event.incident-actor-relative and the ev24 incident nouns', () => {
  it('reads an attack told by a relative clause naming its actor, with that actor', () => {
    const a = eventFacts(
      'Minister Kari Holm spoke with Minister Jan Novak on 3 May 2024 about the drone strike that Russia launched on the centre of Kharkiv.',
    );
    const s = a.names.find((n) => /strike that Russia launched on the centre of Kharkiv/.test(n));
    expect(s).toBeDefined();
    expect(a.has('INVOLVES', s!, 'Russia')).toBe(true);
  });

  it('reads an arrest and ceasefire violations with their parties', () => {
    const a = eventFacts(
      'Minister Kari Holm raised the arrest of a French aid worker by Iranian authorities in Tehran on 3 May 2024.',
    );
    const x = a.names.find((n) => /^arrest of a French aid worker/.test(n));
    expect(x).toBeDefined();
    expect(a.has('INVOLVES', x!, 'Iran')).toBe(true);
    expect(a.has('INVOLVES', x!, 'France')).toBe(true);
  });

  it('reads no incident from an unpinned arrest or a relative clause of people', () => {
    expect(eventFacts('Minister Kari Holm said the arrest was unlawful, on 3 May 2024.').names).toEqual([]);
    const b = eventFacts(
      'Minister Kari Holm met Minister Jan Novak on 3 May 2024 in the hall that Norway built in Oslo.',
    );
    expect(b.names.some((n) => /hall/.test(n))).toBe(false);
  });
});

describe('part-of.session-of-event and participated.not-inviter', () => {
  it('makes "the Outreach Session of the <summit>" part of the summit, and drops the inviter', () => {
    const a = eventFacts(
      'Prime Minister Ana Ruiz took part in the Outreach Session of the Pacific Rim Summit in Suva on 3 May 2024, at the invitation of Prime Minister Jorge Lima.',
    );
    const part = a.names.find((n) => /^Outreach Session/.test(n));
    const whole = a.names.find((n) => /^Pacific Rim Summit/.test(n));
    expect(part && whole).toBeTruthy();
    expect(a.has('PART_OF', part!, whole!)).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', whole!)).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Jorge Lima', whole!)).toBe(false);
  });

  it('keeps an inviter who received the guest, and reads no part from a session of no event', () => {
    expect(EV24_REL_PATTERNS.inviterMet.test(', who received him at the Royal Palace')).toBe(true);
    expect(EV24_REL_PATTERNS.inviterMet.test(', the host of the summit')).toBe(false);
    expect(EV24_REL_PATTERNS.inviter.test('on 3 May, at the invitation of ')).toBe(true);
    expect(EV24_REL_PATTERNS.inviter.test('an invitation to ')).toBe(false);
    expect(EV24_REL_PATTERNS.ofThe.test(' of the ')).toBe(true);
    expect(EV24_REL_PATTERNS.ofThe.test(' before the ')).toBe(false);
  });
});
