// The fl32a round's tests (issue 6): constructions shown by three first-look samples in new styles (a Caribbean
// government information service's plain text, an East European foreign ministry's web page, a Central African foreign
// ministry's Markdown release), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  EVENT_LEADERS_OF_TALKS,
  SIGNER_AND_SIGNED,
  SIGNER_INVERTED,
  formatIsGroup,
  instructingPrincipalAt,
  statesOfRecentSentence,
  withoutBehalfClause,
} from './rules-fl32a.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { eventFacts, extractFacts, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const gatherings = (text: string) => [...text.matchAll(EVENT_LEADERS_OF_TALKS.pattern)].map((m) => m[1]);

describe('event.leaders-of-talks', () => {
  it('reads talks, negotiations and summits of leaders of a quoted group, a list of states or the two countries', () => {
    expect(
      gatherings('Minsk hosted the negotiations of the leaders of the "Normandy format": the President …'),
    ).toEqual(['negotiations of the leaders of the "Normandy format"']);
    expect(gatherings('after the talks of the foreign ministers of Poland, Lithuania and Latvia in Riga')).toEqual([
      'talks of the foreign ministers of Poland, Lithuania and Latvia',
    ]);
    expect(gatherings('a summit of the Heads of State of the two countries is expected')).toEqual([
      'summit of the Heads of State of the two countries',
    ]);
  });
  it('makes an event with the listed states involved, and leaves the older rule its plain forms', () => {
    const f = eventFacts('The talks of the leaders of Ruritania and Freedonia took place in Geneva on 2 May.');
    expect(f.names).toContain('talks of the leaders of Ruritania and Freedonia');
    const plain = eventFacts(
      'Minister A. Bello later attended the meeting of the foreign ministers of the Arab League.',
    );
    expect(plain.events.find((e) => e.name.startsWith('meeting of the foreign ministers'))?.rules).not.toContain(
      EVENT_LEADERS_OF_TALKS.id,
    );
  });
  it('reads no gathering of other holders, and none without a group', () => {
    expect(gatherings('the talks of the experts of the two countries')).toEqual([]);
    expect(gatherings('the negotiations of the leaders continued')).toEqual([]);
    expect(gatherings('the meeting of the leaders of the opposition parties')).toEqual([]);
  });
});

describe('event.format-is-group', () => {
  it('leaves a format the organisation gazetteer knows as a group of states to that organisation', () => {
    expect(formatIsGroup('Normandy format')).toBe(true);
    expect(formatIsGroup('Astana format')).toBe(false);
    expect(formatIsGroup('Luanda process')).toBe(false);
    const f = eventFacts(
      'The ministers met in the Normandy format in Berlin. The next round of the Astana format was set.',
    );
    expect(f.names).not.toContain('Normandy format');
  });
});

describe('event.main-title-on-lead', () => {
  it('names the readout’s event by an "On the …" headline without its lead', () => {
    const { out } = madeUpRelations(
      'On the talks of the foreign ministers in Minsk\n\nForeign Minister A. Petrov held talks with Foreign Minister B. Ivanov in Minsk on 3 May.',
    );
    const names = out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(names.some((n) => /^On the\b/.test(n))).toBe(false);
  });
  it('makes no second event of the opening’s gathering when the title names one', () => {
    const { out } = extractFacts(
      'On the talks of the leaders in Minsk\n\nMinsk hosted the negotiations of the leaders of the "Normandy format": President Vladimir Putin and President Petro Poroshenko.',
      { file: 'made-up.txt', date: '2015-02-12' },
    );
    const names = out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(names.filter((n) => /leaders/.test(n))).toHaveLength(1);
  });
});

describe('office.plural-title-recent-states', () => {
  const text =
    'President Emmanuel Macron of France received President Olaf Scholz of Germany in Paris. The foreign ministers of the two countries, Jean-Noel Barrot and Annalena Baerbock, took part in the talks.';
  it('gives each name of "the foreign ministers of the two countries, A and B" the state of its rank', () => {
    const r = madeUpRelations(text);
    expect(r.of('HOLDS_OFFICE').map((x) => `${x.from}|${x.to}`)).toEqual(
      expect.arrayContaining([
        'Jean-Noel Barrot|Foreign Minister of France',
        'Annalena Baerbock|Foreign Minister of Germany',
      ]),
    );
  });
  it('takes the nearest sentence with exactly n states, and none past one with more', () => {
    const hits = (t: string) => findGazetteerHits(t);
    const four =
      'Leaders of Russia, Ukraine, France and Germany met. The host welcomed them. The ministers of the four countries, A';
    expect(statesOfRecentSentence(four, four.indexOf('The ministers'), hits(four), 4)).toEqual([
      'Russia',
      'Ukraine',
      'France',
      'Germany',
    ]);
    const more = 'Kenya and Uganda signed. Japan, China and India spoke. The ministers of the two countries, A';
    expect(statesOfRecentSentence(more, more.indexOf('The ministers'), hits(more), 2)).toBeUndefined();
    const none = 'The talks went on. The ministers of the two countries, A';
    expect(statesOfRecentSentence(none, none.indexOf('The ministers'), hits(none), 2)).toBeUndefined();
  });
});

describe('event.main-signing-behalf-clause', () => {
  it('takes a comma-set behalf clause with its appositions out of the verb-to-agreement gap', () => {
    expect(
      withoutBehalfClause(
        ' today in Washington, on behalf of the Republic of X and on the instructions of the President of the Republic, Head of State, His Excellency Y, the ',
      ),
    ).toBe(' today in Washington the ');
    expect(withoutBehalfClause(' in Paris, in the name of the Government of X, the ')).toBe(' in Paris the ');
  });
  it('leaves a gap with a clause end or a further object alone', () => {
    expect(withoutBehalfClause(' today, on behalf of X; the minister then praised the ')).toBe(
      ' today, on behalf of X; the minister then praised the ',
    );
    expect(withoutBehalfClause(' today, on behalf of X, a letter and the ')).toBe(
      ' today, on behalf of X, a letter and the ',
    );
  });
  it('finds the opening’s signing', () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Ruritania, Ms. Anna Berg, signed today in Paris, on behalf of Ruritania and on the instructions of the President of the Republic, Head of State, Mr. Paul Dorn, the Peace Agreement between Ruritania and Freedonia. The ceremony was witnessed by the Secretary-General.',
    );
    expect(f.names).toContain('signing of the Peace Agreement between Ruritania and Freedonia');
    expect(
      f.has('PARTICIPATED_IN', 'Anna Berg', 'signing of the Peace Agreement between Ruritania and Freedonia'),
    ).toBe(true);
    expect(
      f.has('PARTICIPATED_IN', 'Paul Dorn', 'signing of the Peace Agreement between Ruritania and Freedonia'),
    ).toBe(false);
  });
});

describe('participated.not-instructing-principal', () => {
  const at = (t: string, who: string) => instructingPrincipalAt(t, 0, t.indexOf(who));
  it('reads a principal after "on the instructions of" inside its sentence, stacked titles between', () => {
    expect(at('X signed, on the instructions of the President of the Republic, Head of State, Y, the', 'Y')).toBe(true);
    expect(at('The envoy travelled at the direction of Prime Minister Y to', 'Y')).toBe(true);
  });
  it('reads no principal at a sentence opening, nor past a clause', () => {
    expect(at('On the instructions of the President, Minister Y travelled', 'Y')).toBe(false);
    expect(at('X came on the instructions of the President, and the talks with Y began', 'Y')).toBe(false);
  });
});

describe('participated.signer-inverted and participated.signer-and-signed', () => {
  it('reads the inverted signing and the joined "and signed"', () => {
    expect(
      SIGNER_INVERTED.test('Signing alongside Prime Minister A were the Prime Ministers of X and Y, B and C.'),
    ).toBe(true);
    expect(SIGNER_INVERTED.test('Also signing were D and E.')).toBe(true);
    expect(SIGNER_INVERTED.test('Signing for the European Union was Commissioner F.')).toBe(true);
    expect(SIGNER_INVERTED.test('Signing ceremonies were held in both capitals.')).toBe(false);
    expect(SIGNER_INVERTED.test('The signing was held in Rome.')).toBe(false);
    expect(SIGNER_AND_SIGNED.test('welcomed his colleagues for the meeting and signed the treaty')).toBe(true);
    expect(SIGNER_AND_SIGNED.test('signed the treaty and welcomed his colleagues')).toBe(false);
  });
  it('gives the signatories the readout’s one signing', () => {
    const text =
      'Leaders of the Union on Friday signed the Treaty of Valletta at a ceremony held in Malta. Prime Minister Robert Abela welcomed his colleagues for the Tenth Meeting of the Council and signed the treaty on behalf of Malta. Signing alongside Prime Minister Abela were the Prime Ministers of Cyprus and Greece, Mr. Nikos Christodoulides and Mr. Kyriakos Mitsotakis.';
    const r = madeUpRelations(text);
    const signers = r
      .of('PARTICIPATED_IN')
      .filter((x) => /ceremony|signing/.test(x.to))
      .map((x) => x.from);
    expect(signers).toEqual(expect.arrayContaining(['Robert Abela', 'Nikos Christodoulides', 'Kyriakos Mitsotakis']));
  });
  it('gives no signing to people of a sentence whose other event follows the verb', () => {
    const r = madeUpRelations(
      'Leaders of the Union on Friday signed the Treaty of Valletta at a ceremony held in Malta. Prime Minister Robert Abela signed the letter and then chaired the Tenth Meeting of the Council.',
    );
    expect(r.of('PARTICIPATED_IN').some((x) => x.from === 'Robert Abela' && /ceremony/.test(x.to))).toBe(false);
  });
});
