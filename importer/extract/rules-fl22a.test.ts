// The fl22a round's tests (issue 6): constructions shown by three first-look samples in new styles (a foreign
// ministry's release on a reception at the close of a forum, a foreign ministry's page on mediated talks, a prime
// minister's office's release on a visiting delegation), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  courtesyBehalf,
  delegationLedByState,
  EVENT_RECEIVED_AT_CLOSE,
  NEGOTIATES_FOR_NOT_COURTESY,
  NEGOTIATES_FOR_NOT_WITNESS,
  OFFICE_DELEGATION_LED_BY,
  OFFICE_ORG_PREFIXED,
  orgPrefixedTitle,
  receivedAtCloseOf,
  witnessSpans,
} from './rules-fl22a.ts';
import { agreementNames, eventFacts, extractFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** The spans of `names` in `text` (their first occurrence after `from`). */
const spansOf = (text: string, ...names: string[]) =>
  names.map((n) => ({ name: n, start: text.indexOf(n), end: text.indexOf(n) + n.length }));

describe(EVENT_RECEIVED_AT_CLOSE.id, () => {
  it('frames a gathering at whose close someone received or met a guest', () => {
    expect(
      receivedAtCloseOf(
        'The Minister, Mr. Ali Ben Salah, received Mrs. Joan Park, Special Envoy, at the close of the ',
      ),
    ).toBe(true);
    expect(receivedAtCloseOf('President Soto met Prime Minister Lind at the end of the ')).toBe(true);
    expect(receivedAtCloseOf('The Chancellor received the Emir after the conclusion of the second round of the ')).toBe(
      true,
    );
  });

  it('leaves a gathering told without a meeting verb, or not at its close', () => {
    expect(receivedAtCloseOf('At the close of the ')).toBe(false);
    expect(receivedAtCloseOf('The leaders adopted a declaration at the close of the ')).toBe(false);
    expect(receivedAtCloseOf('The Minister received Mrs. Park ahead of the ')).toBe(false);
    // Only the last clause's verb counts: the frame of a second sentence's meeting verb.
    expect(receivedAtCloseOf('He received the report. The ministers met again at the close of the ')).toBe(true);
    expect(receivedAtCloseOf('He received the report; at the close of the ')).toBe(false);
  });

  it("makes the reception the readout's own meeting, and the gathering a told one", () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Jordan, Ayman Safadi, received on Tuesday Mr. Tor Wennesland, Special Coordinator of the United Nations, at the close of the Regional Conference on Water Security held in Amman. The two discussed the situation in Gaza.',
    );
    expect(f.names.some((n) => /Safadi-Wennesland/.test(n))).toBe(true);
    const own = f.names.find((n) => /Safadi-Wennesland/.test(n))!;
    expect(f.has('PARTICIPATED_IN', 'Ayman Safadi', own)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Tor Wennesland', own)).toBe(true);
  });

  it('keeps a gathering as the own event when nobody was received at its close', () => {
    const f = eventFacts(
      'The Regional Conference on Water Security was held in Amman on Tuesday. At the close of the Conference, the ministers adopted the Amman Declaration.',
    );
    expect(f.names.some((n) => /-/.test(n) && /meeting/.test(n))).toBe(false);
    expect(f.names.some((n) => /Regional Conference/.test(n))).toBe(true);
  });
});

describe(OFFICE_DELEGATION_LED_BY.id, () => {
  it("gives the bare titles of a state's delegation heads to that state", () => {
    const text =
      'The Prime Minister received a delegation of the Republic of Korea led by Ms Kim Soo-jin, Deputy Minister for Trade, and Mr Lee Jun, Special Envoy.';
    const states = spansOf(text, 'Republic of Korea').map((s) => ({ ...s, name: 'South Korea' }));
    expect(delegationLedByState(text, text.indexOf('Deputy Minister'), states)).toBe('South Korea');
    expect(delegationLedByState(text, text.indexOf('Special Envoy'), states)).toBe('South Korea');
  });

  it('leaves titles of a clause without "led by", after a contrast, or too far away', () => {
    const t1 = 'The Prime Minister met a delegation of Chile and later thanked Mr Rios, Minister of Finance.';
    const s1 = spansOf(t1, 'Chile');
    expect(delegationLedByState(t1, t1.indexOf('Minister of Finance'), s1)).toBeUndefined();
    const t2 =
      'A delegation of Chile headed by Ms Soto, Deputy Minister, came, while Mr Rios, Minister of Finance, stayed.';
    const s2 = spansOf(t2, 'Chile');
    expect(delegationLedByState(t2, t2.indexOf('Deputy Minister'), s2)).toBe('Chile');
    expect(delegationLedByState(t2, t2.indexOf('Minister of Finance'), s2)).toBeUndefined();
    const t4 =
      'It brought together a delegation of the Government of Chile, headed by Ms Soto, and a delegation of the Front, led by its chief negotiator Mr Rios.';
    expect(delegationLedByState(t4, t4.indexOf('chief negotiator'), spansOf(t4, 'Chile'))).toBeUndefined();
    const t3 = 'The President of Chile led the talks with Mr Rios, Minister of Finance.';
    expect(delegationLedByState(t3, t3.indexOf('Minister of Finance'), spansOf(t3, 'Chile'))).toBeUndefined();
  });

  it("completes the office with the delegation's state in a whole readout", () => {
    const { rels } = extractFacts(
      'Prime Minister Hon. James Marape today received a high-level delegation of the United States of America led by Mr Daniel Brooks, Assistant Secretary of State for Oceans, and Ms Carla Diaz, Deputy Administrator of Development. The two sides discussed fisheries.',
      { file: 'made-up.txt', date: '2024-05-03', source: 'Office of the Prime Minister, Papua New Guinea' },
    );
    const offices = [...rels].filter((r) => r.startsWith('OFFICE_OF|'));
    expect(offices.some((r) => /^OFFICE_OF\|Assistant Secretary of State for Oceans.*\|United States$/.test(r))).toBe(
      true,
    );
    expect(offices.some((r) => /Assistant Secretary of State for Oceans.*\|Papua New Guinea$/.test(r))).toBe(false);
  });
});

describe(OFFICE_ORG_PREFIXED.id, () => {
  it('gives a bare organisation-only title the one organisation the text writes it after', () => {
    const text = 'the envoy of the United Nations Secretary-General met … on behalf of Secretary-General Ana Lopez';
    const orgs = spansOf(text, 'United Nations').map((o) => ({ ...o, name: 'United Nations' }));
    expect(orgPrefixedTitle(text, 'Secretary-General', orgs)).toBe('United Nations');
    const t2 = "NATO's Secretary General spoke; Secretary General X later met";
    expect(orgPrefixedTitle(t2, 'Secretary General', spansOf(t2, 'NATO'))).toBe('NATO');
  });

  it('leaves a title of a state, two organisations, and an organisation not right before the title', () => {
    const t1 = 'the United Nations Secretary-General and the NATO Secretary-General';
    const o1 = spansOf(t1, 'United Nations', 'NATO');
    expect(orgPrefixedTitle(t1, 'Secretary-General', o1)).toBeUndefined();
    const t2 = 'the United Nations and its Secretary-General';
    expect(orgPrefixedTitle(t2, 'Secretary-General', spansOf(t2, 'United Nations'))).toBeUndefined();
    const t3 = 'the United Nations Minister';
    expect(orgPrefixedTitle(t3, 'Minister', spansOf(t3, 'United Nations'))).toBeUndefined();
  });
});

describe(NEGOTIATES_FOR_NOT_COURTESY.id, () => {
  it('reads thanks and greetings given on behalf of someone as a courtesy', () => {
    expect(courtesyBehalf('The Minister thanked President A and Ambassador B on behalf of the Government of X.')).toBe(
      true,
    );
    expect(courtesyBehalf('She conveyed the greetings of the people on behalf of President Y.')).toBe(true);
    // Fronted "On behalf of …" before the verb is not read (left: no such sentence gave a false relation).
    expect(courtesyBehalf('On behalf of the Government, the Prime Minister thanked the delegation.')).toBe(false);
  });

  it('keeps a sentence that tells a negotiating or signing role', () => {
    expect(courtesyBehalf('X, who signed the agreement, thanked Y on behalf of the Government of Z.')).toBe(false);
    expect(courtesyBehalf('X leads the talks on behalf of the President.')).toBe(false);
    expect(
      courtesyBehalf('The envoys conveyed a message from President A and held discussions on behalf of the President.'),
    ).toBe(false);
    expect(courtesyBehalf('X signed on behalf of the Republic of Z.')).toBe(false);
  });

  it('drops the NEGOTIATES_FOR of a courtesy in a whole readout, and keeps a signature on behalf of a state', () => {
    const f = roleFacts(
      'Foreign Minister Ana Soto of Chile met Foreign Minister Pedro Ruiz of Peru in Lima. Minister Soto thanked President Luis Vega and Minister Ruiz on behalf of the Government of Chile.',
    );
    expect(f.negotiates.filter((r) => r.startsWith('NEGOTIATES_FOR|Ana Soto|'))).toEqual([]);
    const g = roleFacts(
      'Foreign Minister Ana Soto of Chile met Foreign Minister Pedro Ruiz of Peru in Lima. Minister Soto signed the Fisheries Agreement on behalf of the Government of Chile.',
    );
    expect(g.negotiates).toContain('NEGOTIATES_FOR|Ana Soto|Chile');
  });
});

describe(NEGOTIATES_FOR_NOT_WITNESS.id, () => {
  it('finds the "in the presence of" phrase up to the comma after its person', () => {
    const s = 'In the presence of the President of A, Mr X, Prime Minister Y signed on behalf of B the accord.';
    const ms = spansOf(s, 'Mr X', 'Prime Minister Y');
    const spans = witnessSpans(s, ms);
    expect(spans).toHaveLength(1);
    expect(s.slice(spans[0]!.start, spans[0]!.end)).toBe('In the presence of the President of A, Mr X');
  });

  it('finds no phrase when nobody is named after it', () => {
    const s = 'Prime Minister Y signed the accord in the presence of Mr X.';
    expect(witnessSpans(s, spansOf(s, 'Prime Minister Y', 'Mr X'))).toEqual([]);
    expect(witnessSpans('Y signed it for B.', spansOf('Y signed it for B.', 'Y'))).toEqual([]);
    const t =
      'In the presence of the two Ministers, the Agreement was signed by Mr X, Secretary, on behalf of A, and by Mr Y.';
    expect(witnessSpans(t, spansOf(t, 'Mr X', 'Mr Y'))).toEqual([]);
  });

  it('gives the signature on behalf of a state to the signer, not to the witness', () => {
    const f = roleFacts(
      'In the presence of the President of France, Jean Morel, Prime Minister Edi Kola signed on behalf of the Republic of Albania the declaration on energy cooperation.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Edi Kola|Albania');
    expect(f.negotiates.filter((r) => r.startsWith('NEGOTIATES_FOR|Jean Morel|'))).toEqual([]);
  });
});

describe('states: Solomon Islands without article (fl22a gazetteer)', () => {
  it('names the office "of Solomon Islands"', () => {
    const { rels } = extractFacts(
      'Prime Minister Jeremiah Manele of Solomon Islands met the Prime Minister of Tuvalu.',
      {
        file: 'made-up.txt',
        date: '2024-05-03',
      },
    );
    expect(rels.has('HOLDS_OFFICE|Jeremiah Manele|Prime Minister of Solomon Islands')).toBe(true);
    expect([...rels].some((r) => r.includes('of the Solomon Islands'))).toBe(false);
  });
});

describe('agreement.lower-head: letters of intent (fl22a lexicon)', () => {
  it('reads "letters of intent", plural, as an agreement like "a letter of intent"', () => {
    expect(
      agreementNames('The two ministers signed letters of intent on the railway and the highway in Munich.'),
    ).toEqual(['letters of intent']);
    expect(agreementNames('The two ministers signed a letter of intent on tourism in Munich.')).toEqual([
      'letter of intent',
    ]);
  });

  it('reads no agreement in letters that state an intent', () => {
    expect(agreementNames('The two ministers exchanged letters on the intent of their governments.')).toEqual([]);
  });
});
