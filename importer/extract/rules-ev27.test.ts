// Tests of the ev27 rules (issue 6, bank events-19) on made-up sentences, negatives included: Event classes the
// annotated samples miss most, named the way a reader names them.
import { describe, expect, it } from 'vitest';

import { eventFacts } from './test-facts.ts';

/** Every form (name and aliases) of the events of made-up text. */
const forms = (text: string) => eventFacts(text).events.flatMap((e) => [e.name, ...(e.aliases ?? [])]);

describe('alias.called-on-call', () => {
  it('gives a meeting told by "called on" the forms of a call on the person called on', () => {
    const f = forms(
      'During his official visit to Peru, Prime Minister Tomas Mora called on President Ana Ruiz at the Government Palace on Friday.',
    );
    expect(f).toContain('call on Ana Ruiz');
    expect(f).toContain('call of Tomas Mora on Ana Ruiz');
  });

  it('reads "also called on" with a title cut by an abbreviation', () => {
    const f = forms(
      'Foreign Minister Luis Vega arrived in Lima on Sunday for an official visit. The Minister also called on Rt. Hon. Prime Minister Ana Ruiz.',
    );
    expect(f).toContain('call on Ana Ruiz');
  });

  it('gives no call form to a meeting told by "met", nor for "called on all parties to"', () => {
    expect(
      forms('Prime Minister Tomas Mora met President Ana Ruiz in Lima on Friday.').some((f) => /^call/.test(f)),
    ).toBe(false);
    const f = forms(
      'Prime Minister Tomas Mora met President Ana Ruiz in Lima on Friday. President Ana Ruiz called on all parties to respect the ceasefire.',
    );
    expect(f.some((x) => /^call/.test(x))).toBe(false);
  });
});

describe('event.address-to-legislature', () => {
  it('reads an address to a parliament and its speaker', () => {
    const a = eventFacts(
      'President Ana Ruiz, who is on a state visit to Chile, addressed the National Congress of Chile on Tuesday.',
    );
    expect(a.names).toContain('address of Ana Ruiz to the National Congress of Chile');
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', 'address of Ana Ruiz to the National Congress of Chile')).toBe(true);
  });

  it('reads a joint meeting inside a visit as part of the visit', () => {
    const a = eventFacts(
      'Prime Minister Tomas Mora addressed a joint meeting of the Peruvian Congress on Thursday, on the third day of his official visit to Peru.',
    );
    const n = 'address of Tomas Mora to the joint meeting of the Peruvian Congress';
    expect(a.names).toContain(n);
    expect(a.has('PARTICIPATED_IN', 'Tomas Mora', n)).toBe(true);
    expect(a.has('PART_OF', n, 'official visit to Peru')).toBe(true);
  });

  it('gives an address still to come no participant', () => {
    const a = eventFacts('On 13 November President Ana Ruiz will address the National Assembly of Chile.');
    const n = 'address of Ana Ruiz to the National Assembly of Chile';
    expect(a.names).toContain(n);
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', n)).toBe(false);
  });

  it('reads no address to ministers, leaders, issues or the nation, nor one of another clause object', () => {
    for (const t of [
      'Secretary General Ana Ruiz addressed the ministers at the opening.',
      'President Ana Ruiz addressed the leaders by video link.',
      'The two sides agreed to address the outstanding issues.',
      'Prime Minister Tomas Mora will address the Nation this evening.',
    ])
      expect(eventFacts(t).names.some((n) => /^address of/.test(n))).toBe(false);
    const a = eventFacts(
      'The visitor was received by President Ana Ruiz, and addressed the National Assembly of Chile.',
    );
    expect(a.names.some((n) => /^address of Ana Ruiz/.test(n))).toBe(false);
  });
});

describe('event.sworn-in', () => {
  it('reads a swearing-in and the person sworn in', () => {
    const a = eventFacts('Ana Ruiz was sworn in as President of Peru at the Government Palace on Friday.');
    expect(a.names).toContain('swearing-in of Ana Ruiz');
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', 'swearing-in of Ana Ruiz')).toBe(true);
  });

  it('reads one still to come without its person taking part', () => {
    const a = eventFacts('President-elect Ana Ruiz will be sworn in on 28 July in Lima.');
    expect(a.names).toContain('swearing-in of Ana Ruiz');
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', 'swearing-in of Ana Ruiz')).toBe(false);
  });

  it('reads no swearing-in of a relative clause or without a person right before the verb', () => {
    expect(
      eventFacts('President Tomas Mora handed over power to Ana Ruiz, who was sworn in the same day.').names.some((n) =>
        /^swearing-in/.test(n),
      ),
    ).toBe(false);
    expect(eventFacts('The new cabinet was sworn in on Monday.').names.some((n) => /^swearing-in/.test(n))).toBe(false);
  });
});

describe('event.pair-by-telephone', () => {
  it('reads two people who did something together by telephone as their call', () => {
    const a = eventFacts(
      "President Ana Ruiz signed the Harbour Agreement at the Government Palace on Friday. Early in April, the President's Adviser, Luis Vega, and the Head of the Presidential Office, Karl Tamm, reviewed the text by telephone.",
    );
    expect(a.names).toContain('Vega-Tamm telephone call');
    expect(a.has('PARTICIPATED_IN', 'Luis Vega', 'Vega-Tamm telephone call')).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Karl Tamm', 'Vega-Tamm telephone call')).toBe(true);
  });

  it('reads no call of a pair that met, of one person, or of a third named in between', () => {
    for (const t of [
      'President Ana Ruiz signed the Harbour Agreement on Friday. Luis Vega and Karl Tamm reviewed the text in Lima.',
      'President Ana Ruiz signed the Harbour Agreement on Friday. Luis Vega reviewed the text by telephone.',
      'President Ana Ruiz signed the Harbour Agreement on Friday. Luis Vega and Karl Tamm discussed the text with Lina Morel by telephone.',
    ])
      expect(eventFacts(t).names.some((n) => /telephone call$/.test(n))).toBe(false);
  });
});

describe('discussed.not-ev27-happening', () => {
  it('gives the readout meeting no DISCUSSED of an address or a pair call it names', () => {
    const a = eventFacts(
      "President Ana Ruiz held talks with President Tomas Mora in Lima on Thursday. On Friday President Ana Ruiz will address the National Congress of Peru. Early in April, the President's Adviser, Luis Vega, and the Head of the Presidential Office, Karl Tamm, reviewed the text by telephone.",
    );
    expect(a.names).toContain('address of Ana Ruiz to the National Congress of Peru');
    expect(a.of('DISCUSSED').some((r) => /address of|telephone call/.test(r))).toBe(false);
  });
});
