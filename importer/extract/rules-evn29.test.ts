// Tests of the evn29 rules (issue 6) on made-up sentences, negatives included: aliases of Events and Agreements in the
// forms a reader (and an annotator) names them by.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';
import {
  AGREEMENT_GENERIC_COMPLEMENT,
  AGREEMENT_KIND_PHRASE,
  AGREEMENT_TITLE_CONTINUATION,
  EVENT_MAIN_KIND_PLACE,
  EVENT_MAIN_KIND_REFERENT,
  kindPlaceForms,
  namesOneOf,
  referentKinds,
  textPhrases,
} from './rules-evn29.ts';

/** The aliases of the made-up text's Event named `name`, with the name first. */
const surfacesOf = (text: string, pick: (name: string) => boolean) =>
  extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' })
    .out.entities.filter((e) => e.type === 'Event' && pick(e.name))
    .flatMap((e) => [e.name, ...(e.aliases ?? [])]);

const RECEIVED =
  'Prime Minister Anna Berg received on Monday in Oslo the President of the Republic of Finland, Erik Lund, who arrived on an official visit. ';

describe('event.main-kind-referent', { timeout: 60000 }, () => {
  it('gives the readout meeting the kind word a sentence opens on', () => {
    const s = surfacesOf(
      RECEIVED + 'The talks dealt with energy and trade. Following the talks, the two signed a memorandum.',
      (n) => n.startsWith('Berg-Lund'),
    );
    expect(s).toContain('talks between Anna Berg and Erik Lund in Oslo');
    expect(s).toContain('Berg-Lund talks in Oslo');
  });

  it('reads only a sentence opening on the bare definite noun', () => {
    const r = EVENT_MAIN_KIND_REFERENT.opening;
    expect(r.exec('During the talks, the two sides reviewed trade.')?.[1]).toBe('talks');
    expect(r.exec('The meeting was held in a warm atmosphere.')?.[1]).toBe('meeting');
    expect(r.test('The expanded talks were attended by ministers.')).toBe(false);
    expect(r.test('The meeting of the Joint Commission will take place in May.')).toBe(false);
    expect(r.test('The talks between the delegations followed.')).toBe(false);
    expect(r.test('He said the talks went well.')).toBe(false);
    expect(referentKinds([{ text: 'The meeting was cordial.' }], 'meeting')).toEqual([]);
  });

  it('adds nothing when no sentence opens on another kind word', () => {
    const s = surfacesOf(RECEIVED + 'They discussed energy and trade. The expanded talks followed.', (n) =>
      n.startsWith('Berg-Lund'),
    );
    expect(s.some((x) => x.startsWith('talks between'))).toBe(false);
  });
});

describe('event.main-text-phrase', { timeout: 60000 }, () => {
  it('gives the readout meeting the text own modifier and kind word, alone and with its pair', () => {
    const s = surfacesOf(
      'President Anna Berg held official talks at the Palace with the President of the Republic of Finland, Erik Lund. They discussed trade.',
      (n) => n.startsWith('Berg-Lund'),
    );
    expect(s).toContain('official talks');
    expect(s).toContain('official talks between Anna Berg and Erik Lund');
  });

  it('reads only a phrase told of the pair, of the meeting kind', () => {
    const sentences = (t: string) => [{ text: t }];
    expect(
      textPhrases(sentences('Berg held a working meeting with Lund.'), ['meeting'], ['Anna Berg', 'Erik Lund']),
    ).toEqual(['working meeting']);
    // a session of it, not told with "with" or "between"
    expect(
      textPhrases(
        sentences('Berg and Lund then held official talks in an expanded format.'),
        ['talks'],
        ['Anna Berg', 'Erik Lund'],
      ),
    ).toEqual([]);
    // another kind word than the meeting's
    expect(
      textPhrases(sentences('Berg held a working meeting with Lund.'), ['talks'], ['Anna Berg', 'Erik Lund']),
    ).toEqual([]);
    // a sentence that names neither of the pair
    expect(
      textPhrases(
        sentences('The ministers held a working meeting with the governors.'),
        ['meeting'],
        ['Anna Berg', 'Erik Lund'],
      ),
    ).toEqual([]);
  });
});

/** The aliases of the made-up text's Agreement named `name`. */
const agreementAliases = (text: string, name: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' }).out.entities.find(
    (e) => e.type === 'Agreement' && e.name === name,
  )?.aliases ?? [];

describe('agreement.generic-complement', { timeout: 60000 }, () => {
  it('gives a name of kind words alone its complement from the text', () => {
    const text =
      'Foreign Minister Anna Berg met Foreign Minister Erik Lund in Oslo on Tuesday. They discussed the framework agreement on maritime cooperation between Norway and the Republic of Finland, signed in March. ';
    expect(agreementAliases(text, 'framework agreement')).toContain(
      'framework agreement on maritime cooperation between Norway and the Republic of Finland',
    );
  });

  it('ends the complement at a clause boundary, and reads only a preposition of subject or side', () => {
    const c = AGREEMENT_GENERIC_COMPLEMENT.complement;
    expect(c.exec(' with Atlantis in January 2024.')?.[1]).toBe('with Atlantis');
    expect(
      c.exec(' on cooperation within the framework of the Belt and Road Initiative and of an agreement on trade')?.[1],
    ).toBe('on cooperation within the framework of the Belt and Road Initiative');
    expect(c.exec(' on fisheries, which was signed in May')?.[1]).toBe('on fisheries');
    expect(c.exec(' between Norway and the Republic of Finland, signed')?.[1]).toBe(
      'between Norway and the Republic of Finland',
    );
    expect(c.exec(' on fisheries and the new trade deal were discussed')?.[1]).toBe('on fisheries');
    expect(c.test(' signed in May')).toBe(false);
    expect(c.test(' in Oslo on Tuesday')).toBe(false);
  });

  it('leaves a name with its own words alone', () => {
    const text =
      'Foreign Minister Anna Berg met Foreign Minister Erik Lund in Oslo on Tuesday. They welcomed the Oslo Fisheries Agreement on quotas, signed in March. ';
    expect(agreementAliases(text, 'Oslo Fisheries Agreement').some((a) => a.includes('quotas'))).toBe(false);
  });
});

describe('agreement.kind-phrase', { timeout: 60000 }, () => {
  it('gives a name without a kind word the text phrase with it', () => {
    const text =
      'Foreign Minister Anna Berg met Foreign Minister Erik Lund in Oslo on Tuesday. The two sides welcomed the agreement for a complete and permanent ceasefire signed in Geneva on 23 October by the delegations of the two armies.';
    expect(agreementAliases(text, 'complete and permanent ceasefire')).toContain(
      'agreement for a complete and permanent ceasefire',
    );
  });

  it('reads the kind word before a name that lacks one', () => {
    const b = AGREEMENT_KIND_PHRASE.before;
    expect(b.exec('The two sides welcomed the agreement for a ')?.[0]).toBe('agreement for a ');
    expect(b.exec('they signed an accord on the ')?.[0]).toBe('accord on the ');
    expect(b.test('The two sides welcomed the agreement, a ')).toBe(false);
    expect(b.test('the statement on the ')).toBe(false);
  });
});

describe('event.main-kind-place', { timeout: 60000 }, () => {
  it('gives the readout meeting its kind word and place', () => {
    const s = surfacesOf(RECEIVED + 'The talks dealt with energy and trade.', (n) => n.startsWith('Berg-Lund'));
    expect(s).toContain('meeting in Oslo');
    expect(s).toContain('talks in Oslo');
  });

  it('reads where the pair met, a capitalised place only', () => {
    const pair = { kind: 'talks', a: 'Anna Berg', b: 'Erik Lund', tail: '' };
    expect(kindPlaceForms([{ text: 'Berg and Lund met at Argyle on Thursday.' }], pair, [])).toEqual([
      'meeting at Argyle',
    ]);
    expect(kindPlaceForms([{ text: 'Berg and Lund met on Thursday in Bergen.' }], pair, [])).toEqual([
      'meeting in Bergen',
    ]);
    expect(kindPlaceForms([{ text: 'Berg and Lund met at the State House.' }], pair, [])).toEqual([]);
    expect(kindPlaceForms([{ text: 'Berg and Lund met in December.' }], pair, [])).toEqual([]);
    // a sentence that names neither of the pair
    expect(kindPlaceForms([{ text: 'The ministers met in Bergen.' }], pair, [])).toEqual([]);
    expect(EVENT_MAIN_KIND_PLACE.met.test('They have met with officials in Bergen.')).toBe(false);
  });
});

describe('agreement.title-continuation', { timeout: 60000 }, () => {
  it('gives an agreement ending on its head its title-case continuation', () => {
    const text =
      'Foreign Minister Anna Berg and Foreign Minister Erik Lund signed in Oslo on Tuesday the 2024 Agreement Following the Fisheries Review between Norway and Finland. ';
    expect(agreementAliases(text, '2024 Agreement')).toContain('2024 Agreement Following the Fisheries Review');
  });

  it('reads only a title-case continuation, to its last capitalised word', () => {
    const a = AGREEMENT_TITLE_CONTINUATION.after;
    expect(a.exec(' Concerning the Transit of Goods, signed')?.[1]).toBe('Concerning the Transit of Goods');
    expect(a.exec(' Following the Compact Review** between')?.[1]).toBe('Following the Compact Review');
    expect(a.test(' following the talks, the ministers')).toBe(false);
    expect(a.test(' On Friday, the ministers met.')).toBe(false);
    expect(a.test('. Following the talks, they left.')).toBe(false);
    expect(AGREEMENT_TITLE_CONTINUATION.head.test('memorandum of understanding on trade')).toBe(false);
  });
});

describe('namesOneOf (perf32: the whole-word tests made once per pair)', () => {
  it('finds a family name as a whole word, not inside a longer word, and any of the pair', () => {
    const namesOne = namesOneOf(['Berg', 'Lund']);
    expect(namesOne('Berg held talks.')).toBe(true);
    expect(namesOne('They met Lund in Oslo.')).toBe(true);
    expect(namesOne('The talks in Bergen went on.')).toBe(false);
    expect(namesOne('Lundberg spoke.')).toBe(false);
    expect(namesOne('Nobody spoke.')).toBe(false);
  });

  it('reads a name with pattern characters literally, and asks again after a miss (no state kept between texts)', () => {
    const namesOne = namesOneOf(['O.K.']);
    expect(namesOne('Then O.K. spoke.')).toBe(true);
    expect(namesOne('Then OxKx spoke.')).toBe(false);
    expect(namesOne('O.K. again.')).toBe(true);
  });
});
