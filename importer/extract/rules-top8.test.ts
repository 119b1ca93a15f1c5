// Unit tests of the top8 rules (the readout's main event and what hangs on it) on made-up sentences about invented
// people and real states and organisations.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, date = '2024-05-03') {
  return extractFacts(text, { file: 'made-up.txt', date }, true).out;
}
const eventNames = (text: string) =>
  facts(text)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe('event.signing-at-meeting: a signing headline over a meeting the opening tells', () => {
  it('makes no "signing of" main event when the opening says the meeting was hosted and ended in the signing', () => {
    const names = eventNames(
      '# Chile and Peru sign the Border Trade Agreement\n\nSecretary General Ana Ruiz hosted a meeting in Geneva on Friday with President Luis Mora of Chile and President Carla Vega of Peru. At the end of the meeting, which lasted three hours, the two Presidents signed the Border Trade Agreement.',
    );
    expect(names.some((n) => /^signing of/.test(n))).toBe(false);
    expect(names.some((n) => /meeting/i.test(n))).toBe(true);
  });

  it('keeps the signing as the event when the opening tells no meeting it was part of', () => {
    const names = eventNames(
      '# Chile and Peru sign the Border Trade Agreement\n\nMinister Ana Ruiz of Chile and Minister Luis Mora of Peru today signed in Lima the Border Trade Agreement. The ceremony was attended by officials of both countries.',
    );
    expect(names.some((n) => /^signing of/.test(n))).toBe(true);
  });
});
