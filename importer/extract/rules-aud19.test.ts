// The aud19 round's tests (issue 6): planned gatherings told by a verb of arranging (docs/first-look.md, "Events in
// passing"), each on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import { AUD19_PATTERNS } from './rules-aud19.ts';
import { eventFacts } from './test-facts.ts';

const MET =
  'Foreign Minister Lena Varga of Hungary met Foreign Minister Piet Janssen of the Netherlands in Budapest on ' +
  '2 March 2024.\n\n';
const OWN = 'Varga-Janssen meeting in Budapest';

/** The events of a made-up readout, with their status. */
const statusOf = (text: string) => {
  const f = eventFacts(MET + text);
  const status = new Map(f.events.map((e) => [e.name, (e as { status?: string }).status]));
  return { ...f, status };
};

describe('event.agreed-to-hold', () => {
  it('reads a gathering a verb of arranging holds or hosts, with its complement and place, as planned', () => {
    const f = statusOf(
      'The ministers agreed to hold a preparatory meeting of the two co-hosts in Paris in the autumn.',
    );
    expect(f.status.get('preparatory meeting of the two co-hosts in Paris')).toBe('planned');
    expect(f.has('DISCUSSED', OWN, 'preparatory meeting of the two co-hosts in Paris')).toBe(true);
    const host = statusOf(
      'Minister Varga reaffirmed her willingness to host a meeting between Presidents Emil Novak and Marta Ruiz in ' +
        'Budapest as soon as conditions allow.',
    );
    expect(host.status.get('meeting between Presidents Emil Novak and Marta Ruiz in Budapest')).toBe('planned');
    // Nobody has taken part in a gathering still to come (GUIDE, "Planned events").
    expect(host.of('PARTICIPATED_IN').some((r) => r.includes('Presidents Emil Novak'))).toBe(false);
  });

  it('gives a gathering its host state (involves.planned-host)', () => {
    const f = statusOf('Germany, which will host the next Summit in 2025, was thanked for its offer.');
    expect(f.status.get('next Summit')).toBe('planned');
    expect(f.has('INVOLVES', 'next Summit', 'Germany')).toBe(true);
  });

  it('leaves a bare noun, a clause inside the complement, and a gathering with no verb of arranging', () => {
    expect(statusOf('They agreed to hold talks soon.').names).toEqual([OWN]);
    const clause = statusOf(
      'The ministers agreed to hold the first meeting of the council established by the treaty once it is in force.',
    );
    expect(clause.names.some((n) => /established/.test(n))).toBe(false);
    expect(statusOf('They recalled the meeting of the two co-hosts in Paris last year.').names).not.toContain(
      'meeting of the two co-hosts in Paris',
    );
    const re = new RegExp(AUD19_PATTERNS.agreedToHold.source, 'gmu');
    expect([...'The ministers held a preparatory meeting in Paris.'.matchAll(re)]).toEqual([]);
  });
});

describe('event.meet-again-in', () => {
  it('names the next meeting by its noun, else "next meeting", and its place', () => {
    const f = statusOf(
      'The ministers agreed to meet again in Vienna on 31 March 2025 for a trilateral summit with Austria.',
    );
    expect(f.status.get('trilateral summit in Vienna')).toBe('planned');
    expect(f.has('DISCUSSED', OWN, 'trilateral summit in Vienna')).toBe(true);
    expect(
      statusOf('The ministers agreed to meet next in Rotterdam in the autumn.').status.get('next meeting in Rotterdam'),
    ).toBe('planned');
  });

  it('needs a place and a verb of agreeing', () => {
    expect(statusOf('The ministers agreed to meet again soon.').names).toEqual([OWN]);
    const re = new RegExp(AUD19_PATTERNS.meetAgainIn.source, 'gu');
    expect([...'They will meet again in Vienna.'.matchAll(re)]).toEqual([]);
    expect([...'They agreed to meet again in May.'.matchAll(re)]).toEqual([]);
  });
});

describe('event.next-held-in', () => {
  it('reads the next sitting of a named body with its place, and involves the body', () => {
    const f = statusOf('The next Session of the Benelux Council will be held in Brussels in 2025.');
    expect(f.status.get('next Session of the Benelux Council in Brussels')).toBe('planned');
    expect(f.has('INVOLVES', 'next Session of the Benelux Council in Brussels', 'Benelux')).toBe(true);
  });

  it('leaves a sitting told as held', () => {
    const f = statusOf('The last Session of the Benelux Council was held in Brussels in 2023.');
    expect(f.names.some((n) => /^next Session/.test(n))).toBe(false);
    const re = new RegExp(AUD19_PATTERNS.nextHeldIn.source, 'gu');
    expect([...'The next meeting will be held in Brussels.'.matchAll(re)]).toEqual([]);
  });
});

describe('event.that-host-hopes-to-hold', () => {
  it('reads a gathering named before its host and verb of arranging, with its host', () => {
    const f = statusOf('They discussed the reconstruction conference that Ukraine hopes to hold with its partners.');
    expect(f.status.get('reconstruction conference')).toBe('planned');
    expect(f.has('INVOLVES', 'reconstruction conference', 'Ukraine')).toBe(true);
  });

  it('needs a state or organisation as host', () => {
    const f = statusOf('They discussed the donors conference that Minister Varga hopes to hold next year.');
    expect(f.names).not.toContain('donors conference');
    expect(f.of('INVOLVES').some((r) => r.startsWith('INVOLVES|donors conference'))).toBe(false);
  });
});

describe('event.fighting-in', () => {
  it('reads fighting told with its place or sides as an incident the meeting discussed, involving named parties', () => {
    const f = statusOf(
      'The ministers discussed renewed fighting along the border between Sudan and South Sudan, and the aid needed.',
    );
    const name = 'renewed fighting along the border between Sudan and South Sudan';
    expect(f.names).toContain(name);
    expect(f.has('DISCUSSED', OWN, name)).toBe(true);
    expect(f.has('INVOLVES', name, 'Sudan') && f.has('INVOLVES', name, 'South Sudan')).toBe(true);
  });

  it('involves the state whose capital the fighting was in (involves.fighting-capital)', () => {
    const f = statusOf(
      'They recalled that the 2015 agreement on South Sudan collapsed after the fighting in Juba in July 2016.',
    );
    expect(f.has('INVOLVES', 'fighting in Juba in July 2016', 'South Sudan')).toBe(true);
  });

  it('leaves fighting with no place, fighting as a verb with an object, and an incident its sentence already names', () => {
    expect(statusOf('The army reserves the right to resume fighting if the talks fail.').names).toEqual([OWN]);
    expect(statusOf('They stressed cooperation in fighting Russian disinformation.').names).toEqual([OWN]);
    const again = statusOf(
      'They discussed the war in Sudan, following the outbreak of fighting between the army and the militias in Khartoum.',
    );
    expect(again.names.some((n) => /^fighting/.test(n))).toBe(false);
  });
});

describe('abbreviations inside a complement', () => {
  it('reads "U.S." inside a complement rather than ending the name at its first period', () => {
    const re = new RegExp(AUD19_PATTERNS.agreedToHold.source, 'gmu');
    const m = [...'He plans to hold a summit with U.S. President Dan Moss to brief him.'.matchAll(re)];
    expect(m.map((x) => x[2])).toEqual(['summit with U.S. President Dan Moss']);
    const f = new RegExp(AUD19_PATTERNS.fightingIn.source, 'gmu');
    expect(
      [...'They deplored the fighting between U.N. forces and the rebels in Goma. Then they left.'.matchAll(f)].map(
        (x) => x[1],
      ),
    ).toEqual(['U.N. forces and the rebels in Goma']);
  });
});
