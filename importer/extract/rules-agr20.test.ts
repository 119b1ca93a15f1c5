// The agr20 rules on made-up sentences (other than the bank's passages), negatives included.
import { beforeAll, describe, expect, it } from 'vitest';

import {
  AGR20_PATTERNS,
  appositiveOfNamed,
  builtOnOther,
  builtOnSpans,
  describedHeadFirstSpans,
  withTitleStateList,
} from './rules-agr20.ts';
import { agreementNames, extractFacts } from './test-facts.ts';

const doc = (text: string) => extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' });
const agreements = agreementNames;

beforeAll(() => void doc('The two ministers met in Oslo.'), 60_000);

describe('agreement.lowercase-built-on and based-on.built-on-in-name', () => {
  it('reads an instrument named by what it does to another agreement, and the lowercase one inside it', () => {
    const spans = builtOnSpans('They signed a work plan implementing the fisheries accord between Chile and Peru.');
    expect(spans.map((s) => [s.rule, s.surface])).toEqual([
      ['agreement.lowercase-base', 'fisheries accord between Chile and Peru'],
      ['agreement.lowercase-built-on', 'work plan implementing the fisheries accord between Chile and Peru'],
    ]);
    const addendum = builtOnSpans('Both sides signed an addendum to the 2011 Air Services Agreement.');
    expect(addendum.map((s) => s.surface)).toEqual(['addendum to the 2011 Air Services Agreement']);
  });
  it('links the built-on instrument to the one it names, keeps the two apart and gives both their parties', () => {
    const { out, rels } = doc(
      'Chile and Peru signed a protocol amending the 1998 fisheries convention between Chile and Peru in Lima.',
    );
    const names = out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
    expect(names).toContain('protocol amending the 1998 fisheries convention between Chile and Peru');
    expect(names).toContain('1998 fisheries convention between Chile and Peru');
    expect(
      rels.has(
        'BASED_ON|protocol amending the 1998 fisheries convention between Chile and Peru|1998 fisheries convention between Chile and Peru',
      ),
    ).toBe(true);
    expect(rels.has('PARTY_TO|Peru|1998 fisheries convention between Chile and Peru')).toBe(true);
  });
  it('is reached at the readout’s meeting though the agreement it amends is old (reached-at.built-on-own-year)', () => {
    const { out, rels } = doc(
      'Foreign Minister Ana Lopez of Chile met Foreign Minister Luis Soto of Peru in Lima on Friday. After the meeting, the ministers signed a protocol amending the 1998 fisheries convention between Chile and Peru.',
    );
    const meeting = out.entities.find((e) => e.type === 'Event')!.name;
    const p = 'protocol amending the 1998 fisheries convention between Chile and Peru';
    expect(rels.has(`REACHED_AT|${p}|${meeting}`)).toBe(true);
    expect(rels.has(`REACHED_AT|1998 fisheries convention between Chile and Peru|${meeting}`)).toBe(false);
  });
  it('is another instrument than the one it names (agreement.built-on-other), not a fuller form', () => {
    expect(builtOnOther('2011 Air Services Agreement', 'addendum to the 2011 Air Services Agreement')).toBe(true);
    expect(builtOnOther('protocol', 'protocol amending the tax treaty')).toBe(false);
    expect(builtOnOther('trade agreement', 'free trade agreement')).toBe(false);
  });
  it('leaves an activity carried out under an agreement and a bare verb', () => {
    expect(builtOnSpans('Patrols implementing the ceasefire agreement began on Monday.')).toEqual([]);
    expect(builtOnSpans('The two sides are implementing the agreement on fisheries.')).toEqual([]);
  });
});

describe('agreement.described-head-first', () => {
  it('reads a lowercase memorandum, protocol, arrangement or roadmap with its subject', () => {
    const t = 'The ministers reviewed the memorandum on seasonal labour mobility, signed in March.';
    expect(describedHeadFirstSpans(t).map((s) => s.surface)).toEqual(['memorandum on seasonal labour mobility']);
    const r = 'They adopted the political roadmap for the reopening of border crossings in Tbilisi.';
    expect(describedHeadFirstSpans(r).map((s) => s.surface)).toEqual([
      'political roadmap for the reopening of border crossings',
    ]);
    expect(agreements('Chile and Peru signed an arrangement on search and rescue at sea under the treaty.')).toContain(
      'arrangement on search and rescue at sea',
    );
  });
  it('leaves a plan for a time, "on behalf of" and a head with one word of subject', () => {
    expect(describedHeadFirstSpans('They agreed a roadmap for the next five years of relations.')).toEqual([]);
    expect(describedHeadFirstSpans('He signed the protocol on behalf of the minister.')).toEqual([]);
    expect(describedHeadFirstSpans('They discussed the protocol on Monday.')).toEqual([]);
    expect(describedHeadFirstSpans('They initialled the minutes and a roadmap for Peru to align its tariffs.')).toEqual(
      [],
    );
    const reached = describedHeadFirstSpans('They welcomed the arrangement on border trade reached in Lima.');
    expect(reached.map((s) => s.surface)).toEqual(['arrangement on border trade']);
  });
});

describe('agreement.title-state-list and party-to.title-state-list', () => {
  it('carries a title over the list of states that closes it', () => {
    const text = 'They hailed the Agreement on the Tripoint of Chile, Peru and Bolivia as historic.';
    const start = text.indexOf('Agreement');
    const span = withTitleStateList(text, { surface: 'Agreement on the Tripoint of Chile', start });
    expect(span.surface).toBe('Agreement on the Tripoint of Chile, Peru and Bolivia');
    const { rels } = doc(text);
    for (const s of ['Chile', 'Peru', 'Bolivia'])
      expect(rels.has(`PARTY_TO|${s}|Agreement on the Tripoint of Chile, Peru and Bolivia`)).toBe(true);
  });
  it('leaves a list of other words', () => {
    const text = 'the Agreement on the Rivers of Chile, Lakes and Glaciers was signed.';
    const span = withTitleStateList(text, { surface: 'Agreement on the Rivers of Chile', start: 4 });
    expect(span.surface).toBe('Agreement on the Rivers of Chile');
  });
});

describe('agreement.not-appositive and party-to.appositive-between', () => {
  it('reads "the X Treaty, the 1959 agreement between A, B and C" as the named treaty and its parties', () => {
    const text =
      'The ministers discussed the Andes Treaty, the 1969 agreement between Bolivia, Chile, Colombia and Peru, at length.';
    expect(
      appositiveOfNamed(text, { start: text.indexOf('1969') }, [
        { start: text.indexOf('Andes'), surface: 'Andes Treaty' },
      ]),
    ).toBe(true);
    const { out, rels } = doc(text);
    expect(out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name)).toEqual(['Andes Treaty']);
    for (const s of ['Bolivia', 'Chile', 'Colombia', 'Peru']) expect(rels.has(`PARTY_TO|${s}|Andes Treaty`)).toBe(true);
  });
  it('leaves a lowercase agreement that is no apposition', () => {
    const text = 'They signed the Andes Treaty. Later, the 1969 agreement between Bolivia and Peru was recalled.';
    expect(
      appositiveOfNamed(text, { start: text.indexOf('1969') }, [
        { start: text.indexOf('Andes'), surface: 'Andes Treaty' },
      ]),
    ).toBe(false);
  });
});

describe('party-to.owner-with, party-to.its-signatories, party-to.their-countries', () => {
  it('gives the owner and the partner after "with"', () => {
    const { rels } = doc("The ministers discussed Georgia's visa facilitation agreement with the European Union.");
    expect(rels.has('PARTY_TO|Georgia|visa facilitation agreement')).toBe(true);
    expect(rels.has('PARTY_TO|European Union|visa facilitation agreement')).toBe(true);
  });
  it('needs the owner before the agreement: "discussed the trade agreement with France" has none', () => {
    expect(AGR20_PATTERNS.ownerBefore.test('Minister Lopez discussed the ')).toBe(false);
    expect(AGR20_PATTERNS.ownerBefore.test("They discussed Georgia's ")).toBe(true);
    expect(AGR20_PATTERNS.ownerBefore.test('the Mission considers it inconsistent with its ')).toBe(true);
  });
  it('reads the signatories named in apposition', () => {
    const { rels } = doc(
      'The Lusaka Accord remains binding on its two signatories, Angola and Zambia, the envoy said.',
    );
    expect(rels.has('PARTY_TO|Angola|Lusaka Accord')).toBe(true);
    expect(rels.has('PARTY_TO|Zambia|Lusaka Accord')).toBe(true);
  });
  it('reads "which their countries signed" as the countries the readout lists by their ministers', () => {
    const { rels } = doc(
      'The foreign ministers of Chile, Peru and Bolivia met in Arica. They reaffirmed the Treaty on Water Resources, which their countries signed in 2001.',
    );
    for (const s of ['Chile', 'Peru', 'Bolivia'])
      expect(rels.has(`PARTY_TO|${s}|Treaty on Water Resources`)).toBe(true);
  });
});

describe('party-to.from-base and reached-at.not-base', () => {
  it('gives an agreement built within the framework of another the base’s parties, and no REACHED_AT to the base', () => {
    const { out, rels } = doc(
      'President Gabriel Boric of Chile received President Dina Boluarte of Peru in Santiago. In the presence of the two presidents, the ministers exchanged a memorandum on joint river patrols, signed within the framework of the Treaty on Border Cooperation between Chile and Peru.',
    );
    const memo = 'memorandum on joint river patrols';
    expect(rels.has(`PARTY_TO|Chile|${memo}`)).toBe(true);
    expect(rels.has(`PARTY_TO|Peru|${memo}`)).toBe(true);
    const treaty = out.entities.find((e) => e.type === 'Agreement' && e.name.startsWith('Treaty on Border'))!.name;
    expect(rels.has(`BASED_ON|${memo}|${treaty}`)).toBe(true);
    expect([...rels].some((r) => r.startsWith(`REACHED_AT|${treaty}|`))).toBe(false);
  });
});

describe('agreement.compound and agreement.title-article', () => {
  it('reads an en dash between two parties and a title with "a" or "Establishing"', () => {
    expect(agreements('They welcomed the Chile–Peru agreement on fisheries.')).toContain(
      'Chile–Peru agreement on fisheries',
    );
    expect(agreements('They recalled the Treaty on a Free Trade Zone in the Andes.')).toContain(
      'Treaty on a Free Trade Zone in the Andes',
    );
    expect(agreements('They ratified the Agreement Establishing the Andean Development Bank.')).toContain(
      'Agreement Establishing the Andean Development Bank',
    );
  });
  it('reads no agreement in "found broad agreement"', () => {
    expect(agreements('The ministers found broad agreement on trade.')).toEqual([]);
  });
});
