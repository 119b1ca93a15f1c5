// Unit tests of the inv30 INVOLVES rules on made-up sentences about invented people and real states and bodies (none
// of them a passage of an annotated sample or a bank), negatives included.
import { describe, expect, it } from 'vitest';

import { FL16A_PATTERNS } from './rules-fl16a.ts';
import { madeUpRelations } from './test-facts.ts';

/** The INVOLVES facts of made-up text, as `event -> party`. */
const involves = (text: string) =>
  madeUpRelations(text)
    .of('INVOLVES')
    .map((r) => `${r.from} -> ${r.to}`);

describe('involves.joint-body-meeting (widened by inv30)', () => {
  it('reads a capitalised session of an unnamed joint commission as the readout pair’s', () => {
    const got = involves(
      'Foreign Minister Ana Ruiz of Chile met Foreign Minister Pablo Mora of Peru in Lima on 3 May 2024. ' +
        'It was agreed to hold the Fifth Session of the Joint Commission in Santiago.',
    ).join(' ');
    expect(got).toContain('Fifth Session of the Joint Commission -> Chile');
    expect(got).toContain('Fifth Session of the Joint Commission -> Peru');
  }, 60_000);

  it('reads a joint body told as the subject of "will meet"', () => {
    const got = involves(
      'President Ana Ruiz of Chile received Foreign Minister Pablo Mora of Peru in Santiago on 3 May 2024. ' +
        'The two sides agreed that a Joint Committee of senior officials will meet in Lima next year.',
    ).join(' ');
    expect(got).toMatch(/Joint Committee[^>]*-> Chile/);
    expect(got).toMatch(/Joint Committee[^>]*-> Peru/);
  });

  it('reads the next meeting of a joint body told by its acronym', () => {
    const got = involves(
      'The Meeting of the Chile-Peru Joint Boundary Commission (JBC) was held on 3 May 2024 in Lima. Ana Ruiz, ' +
        'Co-Chair of the JBC, acted on behalf of the Government of Chile. Pablo Mora, Co-Chair of the JBC of Peru, ' +
        'led his side. The two sides agreed that the next meeting of the JBC would be held in Chile.',
    ).join(' ');
    expect(got).toContain('next meeting of the JBC -> Chile');
    expect(got).toContain('next meeting of the JBC -> Peru');
  });

  it('matches the subject of a meeting verb only for a joint body, and an acronym only as one', () => {
    const re = FL16A_PATTERNS.jointBodyWillMeet;
    expect(re.test('the Joint Commission would convene in May')).toBe(true);
    expect(re.test('the European Commission will meet the ministers')).toBe(false);
    expect(re.test('the Joint Commission has met twice')).toBe(false);
    const got = involves(
      'Foreign Minister Ana Ruiz of Chile met Foreign Minister Pablo Mora of Peru in Lima on 3 May 2024. ' +
        'They looked forward to the next meeting of the OAS Permanent Council (OASPC) and to the next session of the OASPC.',
    ).join(' ');
    expect(got).not.toMatch(/OASPC -> (?:Chile|Peru)/);
  });
});

describe('involves.series-body', () => {
  it('gives the next meeting of an organ the body the readout names before that organ', () => {
    const got = involves(
      'Foreign Minister Ana Ruiz of Chile chaired the 30th OSCE Ministerial Council in Vienna on 3 May 2024. The OSCE ' +
        'was praised by all. She announced that the next meeting of the Ministerial Council will be held in Malta.',
    ).join(' ');
    expect(got).toMatch(/next meeting of the [^>]*Ministerial Council[^>]*-> OSCE/);
  }, 60_000);

  it('gives the next meeting of an organ named with its body that body', () => {
    const got = involves(
      'Foreign Minister Ana Ruiz of Albania met Foreign Minister Pablo Mora of Italy in Tirana on 3 May 2024. They ' +
        'discussed the European Union. Albania will raise the matter at the next meeting of the Foreign Affairs ' +
        'Council of the European Union.',
    ).join(' ');
    expect(got).toMatch(/next meeting of the Foreign Affairs Council[^>]*-> European Union/);
  });

  it("gives the readout's own summit series the next Summit told alone", () => {
    const got = involves(
      'The Mercosur Summit was held in Montevideo on 3 May 2024, chaired by President Ana Ruiz of Uruguay. Uruguay ' +
        'handed over the Pro Tempore Presidency to Argentina, which will host the next Summit in 2025.',
    ).join(' ');
    expect(got).toContain('next Summit -> Mercosur');
  });

  it('reads no body for a lower-case next summit, nor when two bodies share the organ', () => {
    const a = involves(
      'President Ana Ruiz of Chile met President Pablo Mora of Peru in Lima on 3 May 2024, after the Mercosur ' +
        'Summit. They agreed to hold their next summit in Santiago.',
    ).join(' ');
    expect(a).not.toMatch(/next summit[^>]*-> Mercosur/i);
    const b = involves(
      'Foreign Minister Ana Ruiz of Chile met Foreign Minister Pablo Mora of Peru in Lima on 3 May 2024. They ' +
        'recalled the OSCE Ministerial Council and the NATO Ministerial Council, and the OSCE and NATO. The next ' +
        'meeting of the Ministerial Council will be held in Malta.',
    ).join(' ');
    expect(b).not.toMatch(/next meeting[^>]*-> (?:OSCE|NATO|North Atlantic)/);
  });
});

describe('involves.witnessed-by', () => {
  it('gives the signing the bodies told after "witnessed by"', () => {
    const got = involves(
      'President Ana Ruiz of Liberia signed the Accra Peace Agreement at a ceremony in Accra on 3 May 2024. The ' +
        'Agreement was witnessed by ECOWAS, the United Nations, the African Union and the European Union.',
    ).join(' ');
    for (const body of [
      'Economic Community of West African States',
      'United Nations',
      'African Union',
      'European Union',
    ])
      expect(got).toContain(`signing of the Accra Peace Agreement -> ${body}`);
  }, 60_000);

  it('reads witnesses told before "were present as witnesses" and ", whose representatives witnessed"', () => {
    const a = involves(
      'President Ana Ruiz of Burundi signed the Ceasefire Agreement with Pablo Mora at a ceremony in Arusha on 3 May ' +
        '2024. Representatives of the African Union and of the United Nations were also present as witnesses.',
    ).join(' ');
    expect(a).toContain('signing of the Ceasefire Agreement -> African Union');
    expect(a).toContain('signing of the Ceasefire Agreement -> United Nations');
    const b = involves(
      'President Ana Ruiz of Chad attended the signing of the Doha Peace Agreement in Doha on 3 May 2024. He paid ' +
        'tribute to the African Union and the United Nations, whose representatives witnessed the signature.',
    ).join(' ');
    expect(b).toContain('signing of the Doha Peace Agreement -> African Union');
  });

  it('reads no witnesses for a meeting that only discussed an agreement signed elsewhere', () => {
    const got = madeUpRelations(
      'Foreign Minister Ana Ruiz of Chile received Foreign Minister Pablo Mora of Peru in Santiago on 3 May 2024. ' +
        'They discussed the peace agreement signed in Doha in April between Sudan and Chad, witnessed by Qatar and ' +
        'the African Union.',
    ).byRule('involves.witnessed-by');
    expect(got).toEqual([]);
  });

  it('reads no party from a witness told by title or a name that holds a place', () => {
    const got = madeUpRelations(
      'President Ana Ruiz of Chile and President Pablo Mora of Peru signed the Lima Treaty at a ceremony in Lima on ' +
        '3 May 2024, witnessed by the OAS Secretary General, Juan Soto. Representatives of the United Nations ' +
        'Office in Peru were also present as witnesses.',
    ).byRule('involves.witnessed-by');
    expect(got).toEqual([]);
  });
});

describe('involves.gathered (widened by inv30): unnamed representatives of bodies', () => {
  it('gives an event the bodies whose representatives it was held in the presence of', () => {
    const got = involves(
      'President Ana Ruiz of Chile received Foreign Minister Pablo Mora of Peru in Santiago on 3 May 2024. The ' +
        'Lima Forum was opened in Lima on 2 May, in the presence of representatives of the African Union and of ' +
        'the United Nations.',
    ).join(' ');
    expect(got).toContain('Lima Forum -> African Union');
    expect(got).toContain('Lima Forum -> United Nations');
  }, 60_000);

  it('reads no body from "in the presence of" a named person', () => {
    const got = madeUpRelations(
      'President Ana Ruiz of Chile received Foreign Minister Pablo Mora of Peru in Santiago on 3 May 2024. The ' +
        'Lima Forum was opened in Lima on 2 May, in the presence of the Secretary-General of the United Nations.',
    ).byRule('involves.gathered');
    expect(got).toEqual([]);
  });
});

describe('involves.border-clash-pair', () => {
  it("gives clashes named without parties the readout's two states", () => {
    const got = involves(
      'President Ana Ruiz of Kyrgyzstan met President Pablo Mora of Tajikistan in Bishkek on 3 May 2024. The ' +
        'Presidents recalled the armed clashes on the border in April 2021.',
    ).join(' ');
    expect(got).toContain('armed clashes on the border in April 2021 -> Kyrgyzstan');
    expect(got).toContain('armed clashes on the border in April 2021 -> Tajikistan');
  }, 60_000);

  it('leaves clashes whose sentence names a third state, or a readout without two states', () => {
    const a = madeUpRelations(
      'President Ana Ruiz of Chile met President Pablo Mora of Peru in Lima on 3 May 2024. They recalled the ' +
        'border clashes of 2021 that Bolivia had mediated.',
    ).byRule('involves.border-clash-pair');
    expect(a).toEqual([]);
    const b = madeUpRelations(
      'President Ana Ruiz of Chile addressed the nation in Santiago on 3 May 2024. She recalled the armed clashes ' +
        'of 2021.',
    ).byRule('involves.border-clash-pair');
    expect(b).toEqual([]);
  });
});
