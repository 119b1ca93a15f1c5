// The sgn27 rules on made-up sentences (other than the agreements-6 bank's passages), negatives included.
import { beforeAll, describe, expect, it } from 'vitest';

import { listedInstrumentSpans } from './rules-sgn27.ts';
import { extractFacts } from './test-facts.ts';

const doc = (text: string) => extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' });
const agreements = (out: ReturnType<typeof doc>['out']) =>
  out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
const rels = (set: Set<string>, type: string) =>
  [...set]
    .filter((r) => r.startsWith(`${type}|`))
    .map((r) => r.split('|').slice(1).join(' -> '))
    .sort();

beforeAll(() => void doc('The two ministers met in Oslo.'), 60_000);

describe('agreement.listed-instruments', () => {
  const names = (t: string) => listedInstrumentSpans(t).map((x) => x.surface);
  it('each lowercase instrument of a list after an inclusion cue is named by its head and subject', () => {
    expect(
      names(
        'Ghana and Togo signed six documents. Among them were a memorandum of understanding on fisheries, a protocol on customs cooperation and an agreement on a joint border commission.',
      ),
    ).toEqual([
      'memorandum of understanding on fisheries',
      'protocol on customs cooperation',
      'agreement on a joint border commission',
    ]);
    expect(
      names('The documents included an arrangement on seasonal workers and a programme on youth exchanges.'),
    ).toEqual(['arrangement on seasonal workers', 'programme on youth exchanges']);
  });
  it('a relative clause without "that" ends the subject; "between the two governments" stays', () => {
    expect(
      names('They included a memorandum of understanding on fisheries the two countries had drafted in 2020.'),
    ).toEqual(['memorandum of understanding on fisheries']);
    expect(names('Two ministers signed the agreement on bilateral cooperation between the two governments.')).toEqual([
      'agreement on bilateral cooperation between the two governments',
    ]);
  });
  it('a list after a verb of signing or exchange, or "the exchange of"', () => {
    expect(
      names(
        'The two leaders witnessed the exchange of a memorandum on tourism and a memorandum on vocational training.',
      ),
    ).toEqual(['memorandum on tourism', 'memorandum on vocational training']);
  });
  it('negatives: no cue in the sentence, a clause word after "on", "on behalf of", a cue in an earlier sentence', () => {
    expect(names('The ministers discussed an agreement on fisheries and a protocol on customs.')).toEqual([]);
    expect(names('The documents included an agreement on how to share the water.')).toEqual([]);
    expect(names('Minister X signed the agreement on behalf of Norway.')).toEqual([]);
    expect(names('Six documents were signed. Talks on a protocol on customs cooperation will follow.')).toEqual([]);
    expect(names('They signed an arrangement under the memorandum of understanding on defence cooperation.')).toEqual(
      [],
    );
  });
  it('in a readout: three memoranda after "Among them are", each with both sides as parties', () => {
    const { out, rels: r } = doc(
      'Accra, 3 May – Ghana and Togo signed five instruments after talks between President A. Mensah and President K. Dogbe in Accra. Among them are a memorandum of understanding on fisheries, a memorandum of understanding on cross-border trade and a memorandum of understanding on a joint electricity grid.',
    );
    const listed = agreements(out).filter((n) => /^memorandum of understanding on /.test(n));
    expect(listed.sort()).toEqual([
      'memorandum of understanding on a joint electricity grid',
      'memorandum of understanding on cross-border trade',
      'memorandum of understanding on fisheries',
    ]);
    const parties = rels(r, 'PARTY_TO');
    for (const n of listed) for (const s of ['Ghana', 'Togo']) expect(parties).toContain(`${s} -> ${n}`);
  });
});

describe('party-to.listed-signing and reached-at.listed-signing', () => {
  it('"A and B signed N instruments after talks … Among them are …": both sides are parties, the talks the occasion', () => {
    const { rels: r } = doc(
      'Accra, 3 May – Ghana and Togo signed five instruments after talks between President A. Mensah and President K. Dogbe in Accra. Among them are a memorandum of understanding on fisheries and a memorandum of understanding on cross-border trade.',
    );
    expect(rels(r, 'PARTY_TO')).toContain('Togo -> memorandum of understanding on cross-border trade');
    expect(rels(r, 'REACHED_AT')).toContain('memorandum of understanding on fisheries -> Mensah-Dogbe talks in Accra');
  });
  it('negatives: a signing still to come gives no occasion', () => {
    const { rels: r } = doc(
      'Accra, 3 May – Ghana and Togo will sign five instruments during the visit of President K. Dogbe next month. Among them are a memorandum of understanding on fisheries and a memorandum of understanding on cross-border trade.',
    );
    expect(rels(r, 'REACHED_AT').filter((x) => /listed|fisheries|cross-border/.test(x))).toEqual([]);
  });
});

describe('participated.ceremony-subjects', () => {
  it('who witnessed the exchange "at a ceremony" takes part in the ceremony', () => {
    const { rels: r } = doc(
      'Accra, 3 May – President A. Mensah and President K. Dogbe witnessed the exchange of four agreements at a ceremony in Accra on Friday.',
    );
    const took = rels(r, 'PARTICIPATED_IN').filter((x) => /ceremony/.test(x));
    expect(took.map((x) => x.split(' -> ')[0]).sort()).toEqual(['A. Mensah', 'K. Dogbe']);
  });
  it('negatives: a ceremony still to come, a person named after the verb', () => {
    const { rels: r } = doc(
      'Accra, 3 May – President A. Mensah said the two sides will sign four agreements at a ceremony in Lomé next month.',
    );
    expect(rels(r, 'PARTICIPATED_IN').filter((x) => /ceremony/.test(x))).toEqual([]);
  });
});

describe('negotiates-for.each-for-own', () => {
  it('"Presidents A and B signed the Treaty …, each for his country": each for the state of his office', () => {
    const { rels: r } = doc(
      'President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany signed the Treaty on Youth Exchanges, each for his country, in Aachen.',
    );
    expect(rels(r, 'NEGOTIATES_FOR')).toEqual(['Emmanuel Macron -> France', 'Olaf Scholz -> Germany']);
  });
  it('"each on behalf of her government"', () => {
    const { rels: r } = doc(
      'Foreign Minister Annalena Baerbock of Germany and Foreign Minister Penny Wong of Australia signed the agreement, each on behalf of her government.',
    );
    expect(rels(r, 'NEGOTIATES_FOR')).toEqual(['Annalena Baerbock -> Germany', 'Penny Wong -> Australia']);
  });
  it('negatives: no signing verb before the cue, or one person alone', () => {
    const { rels: r1 } = doc(
      'Presidents Emmanuel Macron and Olaf Scholz, each for his country, laid wreaths at the memorial in Verdun.',
    );
    expect(rels(r1, 'NEGOTIATES_FOR')).toEqual([]);
    const { rels: r2 } = doc('President Emmanuel Macron signed the charter, each for his country.');
    expect(rels(r2, 'NEGOTIATES_FOR')).toEqual([]);
  });
});

describe('negotiates-for.signatories-were', () => {
  it('"The signatories were the Minister, A, for X and the Secretary, B, for Y"', () => {
    const { rels: r } = doc(
      'Ghana and Norway signed the Fisheries Partnership in Accra. The signatories were the Minister of Fisheries, Ama Boateng, for Ghana and the State Secretary, Lars Berg, for Norway.',
    );
    expect(rels(r, 'NEGOTIATES_FOR')).toEqual(['Ama Boateng -> Ghana', 'Lars Berg -> Norway']);
  });
  it('negatives: "for the first time", no cue', () => {
    const { rels: r1 } = doc(
      'The signatories were the Minister of Fisheries, Ama Boateng, and the State Secretary, Lars Berg, who met for the first time.',
    );
    expect(rels(r1, 'NEGOTIATES_FOR')).toEqual([]);
    const { rels: r2 } = doc('The guests were the Minister of Fisheries, Ama Boateng, for dinner in Accra.');
    expect(rels(r2, 'NEGOTIATES_FOR')).toEqual([]);
  });
});
