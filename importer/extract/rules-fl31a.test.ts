// The fl31a round's tests (issue 6): constructions shown by three first-look samples in new styles (a Central
// American interior ministry's plain-text bulletin, an EU Council presidency's web page on an accession conference, a
// collegial presidency's Markdown release on a border treaty), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { EVENT_ACCESSION_CONFERENCE } from './rules-fl31a.ts';
import { eventFacts, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const conferences = (text: string) => [...text.matchAll(EVENT_ACCESSION_CONFERENCE.pattern)].map((m) => m[0]);

describe('event.accession-conference', () => {
  it('reads a sitting of an accession negotiation by its kind and one partner', () => {
    expect(
      conferences('The third accession conference with Albania at ministerial level opened two chapters.'),
    ).toEqual(['third accession conference with Albania at ministerial level']);
    expect(conferences('On the same day the first Intergovernmental Conference with Iceland was also held.')).toEqual([
      'first Intergovernmental Conference with Iceland',
    ]);
    expect(
      conferences('At the Intergovernmental Conference between Montenegro and the European Union held today'),
    ).toEqual(['Intergovernmental Conference between Montenegro and the European Union']);
    expect(
      conferences(
        'The first Intergovernmental Conference on the accession of the Republic of Moldova to the European Union',
      ),
    ).toEqual(['first Intergovernmental Conference on the accession of the Republic of Moldova to the European Union']);
  });
  it('reads no conference of two candidates, none with no partner, no body and no plural', () => {
    expect(conferences('the first intergovernmental conference with North Macedonia and Albania')).toEqual([]);
    expect(conferences('the first intergovernmental conferences with North Macedonia and Albania')).toEqual([]);
    expect(conferences('five sessions of an intergovernmental conference convened by the General Assembly')).toEqual(
      [],
    );
    expect(conferences('a meeting of the British-Irish Intergovernmental Conference in London')).toEqual([]);
    expect(conferences('a press conference with journalists in Brussels')).toEqual([]);
  });
  it('is one event under its headline and lead forms, with the people who attended it', () => {
    const { names, has } = eventFacts(
      'Accession conference with Albania opens two chapters. Chaired by Minister Ana Berg on behalf of the ' +
        'Presidency, the third accession conference with Albania at ministerial level opened two chapters in ' +
        'Brussels on 2 May. Albania was represented by its Prime Minister, Edi Rama.',
    );
    expect(names.filter((n) => /conference/i.test(n))).toEqual([
      'third accession conference with Albania at ministerial level',
    ]);
    expect(has('PARTICIPATED_IN', 'Edi Rama', 'third accession conference with Albania at ministerial level')).toBe(
      true,
    );
  });
});

describe('participated.streak-known', () => {
  const conf = 'third accession conference with Albania at ministerial level';
  const attended = (second: string) =>
    madeUpRelations(
      `Chaired by Minister Ana Berg, the ${conf} opened two chapters on 2 May. The conference met in Brussels on ` +
        `the sidelines of the General Affairs Council. ${second} The Commission was represented by Commissioner ` +
        'Jon Hale.',
    ).byRule('participated.attended');
  it('keeps the attendance streak through a sentence that names a known participant again', () => {
    expect(attended('It was opened by Minister Ana Berg, who led the delegation of the Union.')).toEqual([
      `PARTICIPATED_IN|Jon Hale|${conf}`,
    ]);
  });
  it('still ends the streak at a sentence that tells nobody at the meeting', () => {
    expect(attended('Trade between the two economies grew by a fifth last year.')).toEqual([]);
  });
});

describe('discussed.not-signing-main', () => {
  it("gives a signing that is the readout's own event no subjects from the rest of the text", () => {
    const { of } = madeUpRelations(
      'The Chairman of the Presidency of Ruritania, Ana Berg, and the President of Montenegro, Karl Weber, signed ' +
        'today in Vienna the Treaty on the State Border between Ruritania and Montenegro. Chairman Berg signed the ' +
        'Treaty on behalf of Ruritania, and President Weber on behalf of Montenegro.\n\nThe ceremony was held a day ' +
        'before the Western Balkans Summit. President Berg said the Treaty was a step towards the European Union and ' +
        'closer relations with NATO.\n\nThe summit will deal with the refugee crisis on the Balkan route.',
    );
    expect(of('DISCUSSED').filter((r) => /^signing\b/i.test(r.from))).toEqual([]);
  });
  it('keeps the subjects of a meeting that is no signing', () => {
    const { of } = madeUpRelations(
      'President Ana Berg met President Karl Weber in Vienna on 2 May. The two presidents discussed relations ' +
        'with NATO and the Treaty on the State Border between Ruritania and Montenegro.',
    );
    expect(of('DISCUSSED').length).toBeGreaterThan(0);
  });
});

describe('office portfolio "Homeland" and acting US secretaries (lexicon data)', () => {
  it("reads the Secretary of Homeland Security and an acting secretary as the United States' offices", () => {
    const { rels } = madeUpRelations(
      'The instrument was signed by the Acting Secretary of Homeland Security, Kevin Lane, and witnessed by the ' +
        'Secretary of Homeland Security, Rita Moss.',
    );
    const facts = rels.map((r) => `${r.type}|${r.from}|${r.to}`);
    expect(facts).toContain('HOLDS_OFFICE|Kevin Lane|Acting Secretary of Homeland Security of the United States');
    expect(facts).toContain('OFFICE_OF|Acting Secretary of Homeland Security of the United States|United States');
    expect(facts).toContain('HOLDS_OFFICE|Rita Moss|Secretary of Homeland Security of the United States');
  });
  it('makes no office of homeland security named as a subject', () => {
    const { out } = madeUpRelations('The two ministers discussed the homeland security of Kenya with Ana Berg.');
    expect(out.entities.filter((e) => e.type === 'Office')).toEqual([]);
  });
});
