// Unit tests of the inv25 INVOLVES rules on made-up sentences about invented people and real states and bodies (none
// of them a passage of bank-incidents-2 or of an annotated sample), negatives included.
import { describe, expect, it } from 'vitest';

import { FIGHTING_CITY, LED_PREMODIFIER, SIDES_BETWEEN } from './rules-inv25.ts';
import { madeUpRelations } from './test-facts.ts';

/** The INVOLVES facts of made-up text a rule gave, as `INVOLVES|event|party`. */
const by = (text: string, rule: string) => madeUpRelations(text).byRule(rule);
const involves = (text: string) =>
  madeUpRelations(text)
    .of('INVOLVES')
    .map((r) => `${r.from} -> ${r.to}`);

describe('involves.sides-between', () => {
  it("reads the government and the movement of the readout's own peace talks as their sides", () => {
    const t =
      'The third round of the peace talks between the Government of Mozambique and RENAMO opened in Maputo on 3 May. ' +
      'Chief negotiator Ana Sitoe led the Government delegation.';
    const got = by(t, SIDES_BETWEEN.id).join(' ');
    expect(got).toContain('|Mozambique');
    expect(got).toContain('|RENAMO');
  }, 60_000);

  it("reads the sides of other talks told between a state's government and a group", () => {
    const t =
      'Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ' +
      'They discussed the second cycle of the dialogues between the Government of Colombia and the National Liberation Army.';
    const got = involves(t).join(' ');
    expect(got).toMatch(/Colombia/);
    expect(got).toMatch(/National Liberation Army/);
  });

  it("leaves the readout's own talks between two states to the older rules (their ministers take part)", () => {
    const t =
      'The talks between Chile and Peru were held in Lima on 3 May. Foreign Minister Ana Ruiz and Foreign Minister ' +
      'Pablo Mora of Chile took part.';
    expect(by(t, SIDES_BETWEEN.id)).toEqual([]);
  });

  it('reads no sides in a meeting between two office holders, nor in cooperation between two states', () => {
    const a =
      'The meeting between the President of Chile and the Secretary-General of the United Nations took place in Lima on 3 May.';
    expect(by(a, SIDES_BETWEEN.id)).toEqual([]);
    const b =
      'Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ' +
      'They welcomed the cooperation between Chile and Peru in fisheries.';
    expect(by(b, SIDES_BETWEEN.id)).toEqual([]);
  });
});

describe('involves.led-premodifier', () => {
  it('reads a body told as facilitating or leading talks right before their name', () => {
    const t =
      'Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ' +
      'They discussed the EU-facilitated dialogue between Serbia and Kosovo.';
    expect(by(t, LED_PREMODIFIER.id).join(' ')).toContain('|European Union');
  });

  it('reads nothing when no event follows the premodifier, nor for a body that is only the subject', () => {
    const t =
      'Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ' +
      'They welcomed the EU-funded projects in the region, and the European Union led the donors.';
    expect(by(t, LED_PREMODIFIER.id)).toEqual([]);
  });
});

describe('involves.fighting-city', () => {
  it("reads fighting placed around a city as involving the city's state, added when unnamed", () => {
    const t =
      'Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ' +
      'They expressed concern about the fighting around Omdurman.';
    expect(by(t, FIGHTING_CITY.id).join(' ')).toContain('|Sudan');
  });

  it('reads no state for fighting named without a known place', () => {
    const t =
      'Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ' +
      'They expressed concern about the fighting around the village of Bolo.';
    expect(by(t, FIGHTING_CITY.id)).toEqual([]);
  });
});

describe('involves.sides-between: a bare "Congo"', () => {
  it('reads no side for a name two states share', () => {
    expect(SIDES_BETWEEN.ambiguous.has('Congo')).toBe(true);
  });
});
