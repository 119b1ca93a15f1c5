// Unit tests of rules for readout styles not met before. Fixture origins (all written for this project in our own
// words, loosely after public reports of real meetings; details simplified, not copied from any readout):
// 2023-03-02-china-france-beijing.txt — Wang Yi and Emmanuel Bonne in Beijing, March 2023 (China MFA style);
// 2023-06-26-france-ukraine-call.txt — Emmanuel Macron's call with Volodymyr Zelensky, June 2023 (Élysée style);
// 2023-07-17-uae-japan-abu-dhabi.txt — Mohamed bin Zayed receiving Fumio Kishida, July 2023 (WAM style);
// 2023-02-18-au-un-addis-ababa.txt — Moussa Faki Mahamat receiving António Guterres at the AU Summit, February 2023.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const names = (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name);
  const kind = (n: string) => (out.entities.find((e) => e.name === n) as { kind?: string } | undefined)?.kind;
  return { out, rels, names, kind };
}
const fixture = (f: string) =>
  facts(readFileSync(new URL(`../../test/fixtures/readouts/${f}`, import.meta.url).pathname, 'utf8'), f);

describe('Russian MID style', () => {
  const text =
    'Sergey Lavrov and Sameh Shoukry\n12 September 2023\n\nForeign Minister Sergey Lavrov held talks with his Egyptian counterpart Sameh Shoukry in Moscow.';

  it('reads a name introduced by "his <demonym> counterpart" as a participant', () => {
    const { rels, names } = facts(text);
    expect(names('Person').sort()).toEqual(['Sameh Shoukry', 'Sergey Lavrov']);
    expect([...rels].filter((r) => r.startsWith('PARTICIPATED_IN|Sameh Shoukry|'))).toHaveLength(1);
  });

  it("does not give the speaker the counterpart's state", () => {
    const { rels } = facts(text);
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Sergey Lavrov|') && r.endsWith('of Egypt'))).toBe(false);
  });
});

describe('Türkiye Presidency style', () => {
  const text =
    'President Erdoğan receives Prime Minister of Sweden\n10 July 2023\n\nPresident Recep Tayyip Erdoğan received Swedish Prime Minister Ulf Kristersson and NATO Secretary General Jens Stoltenberg in Vilnius ahead of the NATO Summit.';

  it('takes the state after "receives … of" in a headline as the guest\'s, and gives no state a title it lacks', () => {
    const { rels } = facts(text);
    expect(rels).toContain('HOLDS_OFFICE|Ulf Kristersson|Prime Minister of Sweden');
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Recep Tayyip Erdoğan|') && r.endsWith('Sweden'))).toBe(
      false,
    );
  });
});

describe('China MFA style', () => {
  const { rels, names } = fixture('2023-03-02-china-france-beijing.txt');
  const main = 'Wang Yi Holds Talks with French Diplomatic Adviser Emmanuel Bonne';

  it('ends an organisation at its last head noun when a name follows the title ("… Central Committee Wang Yi")', () => {
    expect(names('Person')).toContain('Wang Yi');
    expect(names('Organization')).toContain('Office of the Foreign Affairs Commission of the CPC Central Committee');
    expect(rels).toContain(
      'HOLDS_OFFICE|Wang Yi|Director of the Office of the Foreign Affairs Commission of the CPC Central Committee',
    );
    expect(rels).toContain(`PARTICIPATED_IN|Wang Yi|${main}`);
  });

  it('places an official of a body of the CPC in China, so China is no topic of its own talks', () => {
    expect(rels).not.toContain(`DISCUSSED|${main}|China`);
  });

  it('does not cut a title after a demonym naming another office ("Adviser to the French President")', () => {
    expect(names('Office').some((n) => /to the French$/.test(n))).toBe(false);
    expect(rels).toContain('HOLDS_OFFICE|Emmanuel Bonne|Diplomatic Adviser of France');
  });
});

describe('Élysée style', () => {
  const { rels, names } = fixture('2023-06-26-france-ukraine-call.txt');
  const main = 'Telephone call between the President of the Republic and President Volodymyr Zelensky';

  it('does not take a state restating its own support ("reaffirmed France\'s support") as a topic', () => {
    expect(names('State')).toContain('France');
    expect(rels).not.toContain(`DISCUSSED|${main}|France`);
    expect(rels).toContain(`DISCUSSED|${main}|NATO Summit`);
  });

  it('still reads a state in a possessive as a topic when nobody restates its stance', () => {
    const f = facts(
      "Call with the Prime Minister of Italy\nMay 2, 2023\n\nPresident Emmanuel Macron spoke with Prime Minister Giorgia Meloni of Italy. They discussed Tunisia's economic crisis and migration.",
    );
    expect([...f.rels].some((r) => r.startsWith('DISCUSSED|') && r.endsWith('|Tunisia'))).toBe(true);
  });
});

describe('Gulf news agency style', () => {
  const { rels, names, kind } = fixture('2023-07-17-uae-japan-abu-dhabi.txt');

  it('knows "the UAE" as the United Arab Emirates', () => {
    expect(names('State')).toContain('United Arab Emirates');
    expect(rels).toContain('HOLDS_OFFICE|Mohamed bin Zayed Al Nahyan|President of the United Arab Emirates');
    expect(rels).not.toContain('HOLDS_OFFICE|Abdullah bin Zayed Al Nahyan|Minister of Foreign Affairs of Japan');
  });

  it('reads a signed initiative whose name stacks two heads ("… Partnership Initiative") whole', () => {
    expect(names('Agreement')).toEqual(['Comprehensive Strategic Partnership Initiative']);
    expect(rels).toContain('PARTY_TO|Japan|Comprehensive Strategic Partnership Initiative');
  });

  it('calls a title that says who received whom a meeting', () => {
    expect(kind('Mohamed bin Zayed-Kishida meeting in Abu Dhabi')).toBe('meeting');
  });
});

describe('African Union Commission style', () => {
  const { rels, names, kind } = fixture('2023-02-18-au-un-addis-ababa.txt');
  const main = 'Mahamat-Guterres meeting in Addis Ababa';

  it('reads no name across a line break after a headline title, nor a dateline place as a name', () => {
    expect(names('Person').sort()).toEqual(['António Guterres', 'Moussa Faki Mahamat']);
    expect(rels).toContain('HOLDS_OFFICE|António Guterres|Secretary-General of the United Nations');
  });

  it('does not read "Commission" as a mission', () => {
    expect(kind(main)).toBe('meeting');
  });

  it('names a session of a body of a known organisation whole, as an event and not an organisation', () => {
    const session = '36th Ordinary Session of the Assembly of the African Union';
    expect(names('Event')).toContain(session);
    expect(names('Organization').some((n) => /Session/.test(n))).toBe(false);
    expect(rels).toContain(`PART_OF|${main}|${session}`);
    expect(rels).toContain(`PARTICIPATED_IN|António Guterres|${session}`);
  });
});
