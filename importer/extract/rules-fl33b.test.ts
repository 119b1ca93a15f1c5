// Tests of the fl33b round's rules (rules-fl33b.ts), on made-up sentences.
import { describe, expect, it, vi } from 'vitest';
import { EVENT_SESSION_NOT_DAY_BEFORE, PLACE_TRAVELLED_TO_WHERE, travelledToWhere } from './rules-fl33b.ts';
import { extractFacts, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const noState = () => false;
const events = (text: string, date = '2024-05-03') =>
  extractFacts(text, { date })
    .out.entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe(PLACE_TRAVELLED_TO_WHERE.id, () => {
  it('takes the city travelled to when a "where" clause holds the meeting', () => {
    expect(
      travelledToWhere('The Secretary-General travelled today to Nairobi, Kenya, where he met the President.', noState),
    ).toBe('Nairobi');
    expect(
      travelledToWhere('The Minister flew to Abu Dhabi on Monday, where she held talks with her counterpart.', noState),
    ).toBe('Abu Dhabi');
  });

  it('takes no journey without the "where" clause, nor a state', () => {
    expect(
      travelledToWhere('The Minister travelled to Nairobi and will meet the President tomorrow.', noState),
    ).toBeUndefined();
    expect(
      travelledToWhere('The Minister travelled to Kenya, where she met the President.', (w) => w === 'Kenya'),
    ).toBeUndefined();
  });

  it("places the readout's meeting in the city travelled to, not in the dateline's head office", () => {
    const text =
      'GENEVA, Switzerland — 14 March 2024 — The High Commissioner of the Ruritanian Relief Agency, Ms Alma Tervo, travelled today to Amman, Jordan, where she met with the Minister of Foreign Affairs of Jordan, Mr Karim Haddad.\n\nThey discussed the situation of refugees.';
    const names = events(text, '2024-03-14');
    expect(names.some((n) => / in Amman$/.test(n))).toBe(true);
    expect(names.some((n) => / in Geneva$/.test(n))).toBe(false);
  });

  it('leaves the dateline\'s place when the journey has no "where" clause', () => {
    const text =
      'GENEVA, Switzerland — 14 March 2024 — The High Commissioner of the Ruritanian Relief Agency, Ms Alma Tervo, met with the Minister of Foreign Affairs of Jordan, Mr Karim Haddad, before travelling to Amman.\n\nThey discussed the situation of refugees.';
    const names = events(text, '2024-03-14');
    expect(names.some((n) => / in Amman$/.test(n))).toBe(false);
    // The dateline still places it: the rule's "where" clause is what moved it above.
    expect(names.some((n) => / in Geneva$/.test(n))).toBe(true);
  });
});

describe(EVENT_SESSION_NOT_DAY_BEFORE.id, () => {
  const partOf = (text: string) =>
    madeUpRelations(text, '2024-10-10')
      .of('PART_OF')
      .map((r) => `${r.from}|${r.to}`);
  const summit =
    'Ruritania News\n\nA regular meeting of the Council of Heads of State of the Shanghai Cooperation Organisation was held on 10 October 2024 in Ostrava, chaired by the President of Ruritania, Anton Belik.\n\n';

  it("keeps a session told as held the day before out of the readout's meeting", () => {
    const text =
      summit +
      'The day before, the Council of Ministers of Foreign Affairs held a joint session in Ostrava, chaired by the Minister of Foreign Affairs of Ruritania, Lena Dvorak.';
    expect(partOf(text).some((r) => r.startsWith('joint session|'))).toBe(false);
  });

  it('leaves a session of the meeting itself PART_OF it', () => {
    const text =
      summit +
      'The Heads of State then held a joint session with the Ministers of Foreign Affairs, chaired by the Minister of Foreign Affairs of Ruritania, Lena Dvorak.';
    expect(partOf(text).some((r) => r.startsWith('joint session|'))).toBe(true);
  });
});
