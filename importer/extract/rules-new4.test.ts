// Unit tests of the new4 round's rules (issue 6, constructions 2 and 8, as readouts in new issuers' styles tell
// them): made-up sentences about real states and organisations in invented settings, each with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

const rels = (text: string, meta: { title?: string; source?: string } = {}) => [...extractFacts(text, meta).rels];

/** The rule ids (what --explain prints) of the relations extracted from `text`. */
const rulesOf = (text: string) =>
  extractFacts(text, {}, true).out.relations.map((r) => (r as { rule?: string }).rule ?? '');

describe('negotiates-for.signed-by-list', () => {
  it('gives each signatory of a "by A, for X, by B, for Y, and by the <title> for Z" list its own side', () => {
    const r = rels(
      'The Secretary-General of the United Nations, Ana Ferreira, opened the ceremony in Geneva. The fisheries arrangement was signed by the Minister of Fisheries of Norway, Ola Berg, for Norway, by the Minister of Fisheries of Iceland, Jon Einarsson, for Iceland, and by the Secretary-General for the United Nations.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Ola Berg|Norway');
    expect(r).toContain('NEGOTIATES_FOR|Jon Einarsson|Iceland');
    expect(r).toContain('NEGOTIATES_FOR|Ana Ferreira|United Nations');
    expect(r).not.toContain('NEGOTIATES_FOR|Ola Berg|Iceland');
  });

  it('reads "signed for X by <title> <name>": the agent after the side', () => {
    const r = rels('The treaty was signed for Norway by Prime Minister Ola Berg at a ceremony in Oslo.');
    expect(r).toContain('NEGOTIATES_FOR|Ola Berg|Norway');
  });

  it('gives nothing across another clause ("…, and for the Icelandic side by …") or without a signature', () => {
    const r = rels(
      'The letter for Norway was signed by Ola Berg, who leads the Norwegian team; the letter for Iceland was sent by the embassy. Jon Einarsson spoke by telephone with Ola Berg, and for Iceland the talks were useful.',
    );
    expect(r).not.toContain('NEGOTIATES_FOR|Ola Berg|Iceland');
    expect(r).not.toContain('NEGOTIATES_FOR|Jon Einarsson|Iceland');
  });
});

describe('negotiates-for.behalf-of-title', () => {
  const text =
    'The Secretary-General of the United Nations, Ana Ferreira, welcomed the arrangement. It was negotiated by Ola Berg, Under-Secretary-General for Political Affairs, and Jon Einarsson, Secretary-General of UNCTAD, who led the talks on behalf of the Secretary-General.';

  it('gives the negotiators the one holder of the title as principal', () => {
    const r = rels(text);
    expect(r).toContain('NEGOTIATES_FOR|Ola Berg|Ana Ferreira');
    expect(r).toContain('NEGOTIATES_FOR|Jon Einarsson|Ana Ferreira');
  });

  it('gives nothing when nobody named holds the title', () => {
    const r = rels(
      'The arrangement was negotiated by Ola Berg and Jon Einarsson, who led the talks on behalf of the Secretary-General.',
    );
    expect(r.some((x) => x.startsWith('NEGOTIATES_FOR|Ola Berg|'))).toBe(false);
  });
});

describe('negotiates-for.fronted-named and reports-to.on-directives', () => {
  it('reads "On behalf of President X, and on the directives of Y, Crown Prince, Z, Minister, signed …"', () => {
    const r = rels(
      'ABU DHABI, 3rd May, 2021 (WAM) -- On behalf of President His Highness Sheikh Khalid bin Saif Al Mansoori, and on the directives of His Highness Sheikh Hamad bin Saif Al Mansoori, Crown Prince of Abu Dhabi, His Highness Sheikh Rashid bin Saif Al Mansoori, Minister of Foreign Affairs, today signed the agreement on air services between the United Arab Emirates and Norway.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Rashid bin Saif Al Mansoori|Khalid bin Saif Al Mansoori');
    expect(r).toContain('REPORTS_TO|Rashid bin Saif Al Mansoori|Hamad bin Saif Al Mansoori');
    expect(r).not.toContain('NEGOTIATES_FOR|Hamad bin Saif Al Mansoori|Khalid bin Saif Al Mansoori');
  });

  it('gives nothing when the sentence does not open with "On behalf of", or no act follows the agent', () => {
    const rules = rulesOf(
      'Sheikh Rashid bin Saif Al Mansoori, Minister of Foreign Affairs, praised the work done on behalf of President Khalid bin Saif Al Mansoori and on the directives of Sheikh Hamad bin Saif Al Mansoori. On behalf of President Khalid bin Saif Al Mansoori, and on the directives of Sheikh Hamad bin Saif Al Mansoori, Crown Prince of Abu Dhabi, Prime Minister Ola Berg of Norway is warmly thanked.',
    );
    expect(rules).not.toContain('negotiates-for.fronted-named');
    expect(rules).not.toContain('reports-to.on-directives');
  });
});

describe('office.and-after-apposition', () => {
  it('does not give a person the title of the next one in "together with Minister X and the Secretary-General"', () => {
    const r = rels(
      'The Secretary-General of the United Nations, Ana Ferreira, attended. The text was signed by the Minister of Fisheries of Norway, Ola Berg, together with Minister Berg and the Secretary-General.',
    );
    expect(r.some((x) => /^HOLDS_OFFICE\|Ola Berg\|Secretary-General/.test(x))).toBe(false);
    expect(r).toContain('HOLDS_OFFICE|Ana Ferreira|Secretary-General of the United Nations');
  });

  it('still reads "and <title>" that continues a chain of appositions', () => {
    const r = rels('Ola Berg, Deputy Prime Minister of Norway and Minister of Fisheries, visited Reykjavik.');
    expect(r).toContain('HOLDS_OFFICE|Ola Berg|Minister of Fisheries of Norway');
  });
});
