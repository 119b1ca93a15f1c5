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

describe("event.kind-by-medium: the medium a clause gives tells the kind of the pair's event", () => {
  const mainOf = (text: string) => eventNames(text).filter((n) => /^Mora-Vega /.test(n));

  it('reads "concluded the negotiations in a call" as a call of the two', () => {
    const names = mainOf(
      'President Luis Mora of Chile and President Carla Vega of Peru concluded the negotiations in a call this afternoon.',
    );
    expect(names.some((n) => /call/.test(n))).toBe(true);
    expect(names.some((n) => /negotiations/.test(n))).toBe(false);
  });

  it('reads "held talks by video link" as a video call', () => {
    const names = mainOf('President Luis Mora of Chile held talks by video link with President Carla Vega of Peru.');
    expect(names.some((n) => /video call/.test(n))).toBe(true);
  });

  it('keeps a meeting that only mentions a call made earlier in another clause a meeting', () => {
    const names = mainOf(
      'President Luis Mora of Chile met President Carla Vega of Peru in Lima. They recalled their call in March.',
    );
    expect(names.some((n) => /call/.test(n))).toBe(false);
  });
});

describe('discussed.time-mark: an event told as a point in time or as the process an outcome ends is no topic', () => {
  const discussed = (text: string) =>
    facts(text)
      .relations.filter((r) => r.type === 'DISCUSSED')
      .map((r) => r.to);

  it('gives no DISCUSSED to a summit told only as the time of the meeting', () => {
    const d = discussed(
      '# Minister Ana Ruiz meets Minister Luis Mora\n\nMinister Ana Ruiz of Chile held a meeting with Minister Luis Mora of Peru in Madrid a few hours before the opening of the G20 Summit. They discussed trade.',
    );
    expect(d.some((t) => /summit/i.test(t))).toBe(false);
  });

  it('gives no DISCUSSED to the negotiations an agreement is the result of', () => {
    const d = discussed(
      '# Minister Ana Ruiz meets Minister Luis Mora\n\nMinister Ana Ruiz of Chile held a meeting with Minister Luis Mora of Peru in Lima. The Border Trade Agreement is the result of nine months of negotiations.',
    );
    expect(d.some((t) => /negotiations/i.test(t))).toBe(false);
  });

  it('keeps a summit the meeting prepared as a topic', () => {
    const d = discussed(
      '# Minister Ana Ruiz meets Minister Luis Mora\n\nMinister Ana Ruiz of Chile held a meeting with Minister Luis Mora of Peru in Madrid. They discussed the preparations for the G20 Summit.',
    );
    expect(d.some((t) => /summit/i.test(t))).toBe(true);
  });
});
