// The fl20a round's tests (issue 6): constructions shown by three first-look samples in new styles (a state visit of
// several calls, an accession conference, a regional ministerial council), each rule on made-up sentences with
// negative cases.
import { describe, expect, it, vi } from 'vitest';

import { htmlToText } from '../html.ts';
import { splitSentences } from '../split.ts';
import {
  ALIAS_SESSION_WITHOUT_ORG,
  EVENT_DATE_DAY_RANGE,
  EVENT_MERGE_ORG_ACRONYM,
  EVENT_MERGE_SPELLED_ORDINAL,
  EVENT_MET_TITLED_GUEST,
  EVENT_SESSION_SUBJECT,
  sessionSubjects,
  EVENT_TOLD_MET_TITLE_SUBJECT,
  DISCUSSED_TOLD_EVENT_NEAREST,
  isToldMeetingRule,
  titleSubject,
  EVENT_AUDIENCE_GRANTED,
  EVENT_INAUGURATION,
  PERSON_NOT_AGREEMENT_SUBJECT,
  AGREEMENT_PLURAL_LIST_TITLED,
  agreementSubjectAt,
  titledPluralItem,
  PART_OF_FRAME_CAPITALISED_MAIN,
  frameIsMainByHead,
  titledGuestGap,
  EVENT_SESSION_OF_BODY_FOR,
  bodyRunOnToOrg,
  dayRangeStart,
  isBodyWithRemit,
  namesOneWay,
  ordinalFigure,
  sessionFormWithoutOrg,
} from './rules-fl20a.ts';
import { INVOLVES_SESSION_OF_ORG } from './rules-fl20a-rel.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_SESSION_OF_BODY_FOR.id, () => {
  it('reads a body with its remit after the body noun, and no lowercase remit', () => {
    expect(isBodyWithRemit('Council for Foreign and Community Relations')).toBe(true);
    expect(isBodyWithRemit('Joint Committee on Trade and Investment')).toBe(true);
    expect(isBodyWithRemit('Commission for the Border Areas')).toBe(true);
    expect(isBodyWithRemit('Council for two days')).toBe(false);
    expect(isBodyWithRemit('Council Working Party on Trade')).toBe(false);
    expect(isBodyWithRemit('Foreign Ministers')).toBe(false);
  });

  it('names a numbered session of such a body whole, with its date, and runs on to the organisation', () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Arland, Ana Vella, attended the Ninth Meeting of the Council for Trade and ' +
        'Economic Relations, held in Calda on 13 and 14 May 2024. She also attended the 3rd Session of the Joint ' +
        'Committee on Fisheries (JCF) of the African Union (AU) in Calda.',
      '2024-05-20',
    );
    expect(f.names).toContain('Ninth Meeting of the Council for Trade and Economic Relations');
    expect(f.events.find((e) => e.name.startsWith('Ninth'))?.date).toBe('2024-05-13');
    expect(f.names).toContain('3rd Session of the Joint Committee on Fisheries (JCF) of the African Union');
    expect(f.has('PARTICIPATED_IN', 'Ana Vella', 'Ninth Meeting of the Council for Trade and Economic Relations')).toBe(
      true,
    );
  });

  it('runs on only to an organisation right after the bracketed acronym and "of the"', () => {
    const text = 'the Council for Trade (CT) of the African Union';
    const end = 'the Council for Trade'.length;
    expect(
      bodyRunOnToOrg(text, end, (o) => (text.slice(o).startsWith('African Union') ? text.length : undefined)),
    ).toBe(text.length);
    expect(bodyRunOnToOrg(text, end, () => undefined)).toBe(end);
    expect(bodyRunOnToOrg('the Council for Trade, of the members', end, () => 99)).toBe(end);
  });
});

describe(ALIAS_SESSION_WITHOUT_ORG.id, () => {
  it('gives the form before the bracketed acronym, and none to a name without one', () => {
    expect(sessionFormWithoutOrg('3rd Session of the Joint Committee on Fisheries (JCF) of the African Union')).toBe(
      '3rd Session of the Joint Committee on Fisheries',
    );
    expect(sessionFormWithoutOrg('Intergovernmental Conference (IGC)')).toBeUndefined();
    expect(sessionFormWithoutOrg('5th Meeting of the Joint Council')).toBeUndefined();
  });
});

describe(EVENT_MERGE_ORG_ACRONYM.id, () => {
  it('writes organisations and states one way, but no demonym or form-only organisation', () => {
    const hits = [
      { type: 'Organization' as const, name: 'African Union', start: 4, end: 6, demonym: false },
      { type: 'State' as const, name: 'Arland', start: 11, end: 17, demonym: true },
    ];
    expect(namesOneWay('the AU and Arland talks', hits)).toBe('the African_Union and Arland talks');
    expect(namesOneWay('the AU', [{ ...hits[0]!, pattern: true }])).toBe('the AU');
  });

  it('merges a headline form writing the organisation by its acronym with the fuller form in the text', () => {
    const f = eventFacts(
      'Minister attends 4th Meeting of the ASEAN Council for Fisheries\n\n' +
        'The Minister of Foreign Affairs of Arland, Ana Vella, attended the Fourth Meeting of the Council for ' +
        'Fisheries of the Association of Southeast Asian Nations in Calda.',
    );
    const meetings = f.names.filter((n) => /Meeting of the/.test(n));
    expect(meetings).toHaveLength(1);
  });

  it('keeps two numbered meetings of the same body apart', () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Arland, Ana Vella, attended the 4th Meeting of the ASEAN Council for ' +
        'Fisheries in Calda. She recalled the 3rd Meeting of the Council for Fisheries of the Association of ' +
        'Southeast Asian Nations.',
    );
    expect(f.names.filter((n) => /Meeting of the/.test(n)).length).toBe(2);
  });
});

describe(EVENT_DATE_DAY_RANGE.id, () => {
  it('takes the first day of a range of days of one month told after the event', () => {
    expect(dayRangeStart(', held in Calda on 13 and 14 May 2019.')).toBe('13 May 2019');
    expect(dayRangeStart(' from 22 to 23 March.')).toBe('22 March');
    expect(dayRangeStart(' on 10-11 December')).toBe('10 December');
    expect(dayRangeStart(' on 30 May and 2 June')).toBeUndefined();
    expect(dayRangeStart(' on 14 and 13 May')).toBeUndefined();
    expect(dayRangeStart('; the next one on 13 and 14 May')).toBeUndefined();
  });
});

describe('sentence split after "Rt." (fl20a)', () => {
  it('keeps "Dr. the Rt. Hon. X" in one sentence', () => {
    const s = splitSentences('The ceremony was addressed by the Prime Minister, Dr. the Rt. Hon. Ana Vella. It ended.');
    expect(s.map((x) => x.text)).toEqual([
      'The ceremony was addressed by the Prime Minister, Dr. the Rt. Hon. Ana Vella.',
      'It ended.',
    ]);
  });
});

describe(EVENT_MERGE_SPELLED_ORDINAL.id, () => {
  it('reads ordinals in figures and in words as one number, and leaves other words alone', () => {
    expect(ordinalFigure('4th')).toBe('4');
    expect(ordinalFigure('Fourth')).toBe('4');
    expect(ordinalFigure('twenty-second')).toBe('22');
    expect(ordinalFigure('eleventh')).toBe('11');
    expect(ordinalFigure('fortieth')).toBe('40');
    expect(ordinalFigure('tenth')).toBe('10');
    expect(ordinalFigure('meeting')).toBe('meeting');
    expect(ordinalFigure('twenty-two')).toBe('twenty-two');
  });
});

describe(EVENT_MET_TITLED_GUEST.id, () => {
  it('reads a guest title in apposition before the name, and no lowercase phrase', () => {
    expect(titledGuestGap('the Minister of Foreign Affairs of Bexia, the ')).toBe(true);
    expect(titledGuestGap('the Minister of Trade of Cordia, ')).toBe(true);
    expect(titledGuestGap('her Cordish counterpart, ')).toBe(true);
    expect(titledGuestGap('the delegation, and later ')).toBe(false);
    expect(titledGuestGap('the Minister of Trade of Cordia and ')).toBe(false);
  });

  it('makes the meeting of a host with a guest told by title and name, part of the frame', () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Arland, Ana Vella, attended the Ninth Meeting of the Council for Trade and ' +
        'Economic Relations, held in Calda on 13 May 2024. The Meeting was chaired by the Minister of Foreign ' +
        'Affairs of Cordia, Mr Paul Rand. On the margins of the Meeting, Minister Vella held a bilateral meeting with ' +
        'the Minister of Foreign Affairs of Bexia, the Hon. Karl Borg.',
      '2024-05-20',
    );
    const pair = f.names.find((n) => /Vella-Borg/.test(n));
    expect(pair).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Karl Borg', pair!)).toBe(true);
    expect(f.has('PART_OF', pair!, 'Ninth Meeting of the Council for Trade and Economic Relations')).toBe(true);
    expect(f.has('PART_OF', 'Ninth Meeting of the Council for Trade and Economic Relations', pair!)).toBe(false);
  });
});

describe(PART_OF_FRAME_CAPITALISED_MAIN.id, () => {
  it('reads "the Meeting," as the main event only when its name holds that head', () => {
    expect(frameIsMainByHead('margins of the Meeting, Minister X held a ', 'Ninth Meeting of the Council')).toBe(true);
    expect(frameIsMainByHead('margins of the Summit, ', 'Ninth Meeting of the Council')).toBe(false);
    expect(frameIsMainByHead('margins of the Meeting on Trade, ', 'Ninth Meeting of the Council')).toBe(false);
  });
});

describe(PERSON_NOT_AGREEMENT_SUBJECT.id, () => {
  it('reads a rank after an agreement head and "on" as the subject, and keeps "called on General X"', () => {
    const t1 = 'They exchanged an Agreement on General Supply of Fuel';
    expect(agreementSubjectAt(t1, t1.indexOf('General'))).toBe(true);
    const t2 = 'The Minister called on General Omar Falk';
    expect(agreementSubjectAt(t2, t2.indexOf('General'))).toBe(false);
    const f = eventFacts(
      'Prime Minister Ana Vella of Arland held talks with Prime Minister Karl Borg of Bexia in Calda on 3 May. ' +
        'Following the talks, they witnessed the exchange of an Agreement on General Supply of Fuel.',
    );
    expect(f.has('PARTICIPATED_IN', 'Supply', 'Vella-Borg talks')).toBe(false);
  });
});

describe(AGREEMENT_PLURAL_LIST_TITLED.id, () => {
  it('reads capitalised subjects after a capitalised plural head, not after a lowercase one', () => {
    expect(titledPluralItem('Memoranda of Understanding', 'on Energy Efficiency')).toBe(true);
    expect(titledPluralItem('MoUs', 'on Air Services')).toBe(true);
    expect(titledPluralItem('Agreements', 'on Trade')).toBe(false);
    expect(titledPluralItem('memoranda of understanding', 'on Trade')).toBe(false);
    expect(titledPluralItem('Memoranda of Understanding', 'on 3 May')).toBe(false);
  });

  it('names one memorandum per titled subject', () => {
    const { out } = extractFacts(
      'Prime Minister Ana Vella of Arland held talks with Prime Minister Karl Borg of Bexia in Calda on 3 May. The two ' +
        'sides exchanged Memoranda of Understanding on Energy Efficiency, on Cooperation in Sports and Youth, and on ' +
        'Cooperation in Pharmacopoeia.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    const names = out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Memorandum of Understanding on Energy Efficiency',
        'Memorandum of Understanding on Cooperation in Sports and Youth',
        'Memorandum of Understanding on Cooperation in Pharmacopoeia',
      ]),
    );
  });
});

const VISIT =
  'The Prime Minister of Arland, Ana Vella, paid a State Visit to Bexia from 12 to 13 May 2024. ' +
  'The King of Bexia, King Omar Falk, granted an Audience to Prime Minister Vella at the Royal Palace. ' +
  'Prime Minister Vella and the Prime Minister of Bexia, Karl Borg, jointly inaugurated the National Mother and ' +
  'Child Hospital in Calda. ';

describe(EVENT_AUDIENCE_GRANTED.id, () => {
  it('makes an audience granted to a guest an event of the visit, with the guest', () => {
    const f = eventFacts(VISIT, '2024-05-13');
    const audience = f.names.find((n) => n.startsWith('Audience to'));
    expect(audience).toBe('Audience to Prime Minister Vella at the Royal Palace');
    expect(f.has('PARTICIPATED_IN', 'Ana Vella', audience!)).toBe(true);
  });

  it('makes none of an audience sought or of an audience of listeners', () => {
    const f = eventFacts(
      'The Prime Minister of Arland, Ana Vella, sought an audience with King Omar Falk. She spoke to an audience of ' +
        'students in Calda.',
    );
    expect(f.names.some((n) => /audience/i.test(n))).toBe(false);
  });

  it("leaves an audience that is the readout's own meeting (no visit told before it) to the main event", () => {
    const f = eventFacts(
      'The King of Bexia, King Omar Falk, granted an Audience to Prime Minister Ana Vella at the Royal Palace.',
    );
    expect(f.names.some((n) => n.startsWith('Audience to'))).toBe(false);
  });
});

describe(EVENT_INAUGURATION.id, () => {
  it('makes the inauguration of a named work an event, with the subject people taking part', () => {
    const f = eventFacts(VISIT, '2024-05-13');
    const name = 'inauguration of the National Mother and Child Hospital';
    expect(f.names).toContain(name);
    expect(f.has('PARTICIPATED_IN', 'Ana Vella', name)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Karl Borg', name)).toBe(true);
  });

  it('makes none of a lowercase or one-word object', () => {
    const f = eventFacts(
      'The Prime Minister of Arland, Ana Vella, said the visit inaugurated a new era. The two sides inaugurated the ' +
        'Dialogue.',
    );
    expect(f.names.some((n) => /inauguration/.test(n))).toBe(false);
  });
});

describe('reached-at.end-of-talks, "the exchange of" (fl20a)', () => {
  it('reaches what is exchanged after the talks at the talks, not at the visit', () => {
    const f = eventFacts(
      'The Prime Minister of Arland, Ana Vella, paid a State Visit to Bexia from 12 to 13 May 2024. Prime Minister ' +
        'Vella and the Prime Minister of Bexia, Karl Borg, held delegation-level talks in Calda. Following the talks, ' +
        'the two Prime Ministers witnessed the exchange of an Agreement on Air Services.',
      '2024-05-13',
    );
    expect(f.has('REACHED_AT', 'Agreement on Air Services', 'delegation-level talks')).toBe(true);
    expect(f.has('REACHED_AT', 'Agreement on Air Services', 'State Visit')).toBe(false);
  });
});

describe(INVOLVES_SESSION_OF_ORG.id, () => {
  it('makes a held session named with its organisation involve it, and a session of a bare body nothing', () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Arland, Ana Vella, attended the Ninth Meeting of the Council for Trade ' +
        '(CT) of the African Union, held in Calda on 13 May 2024. She also attended the 5th meeting of the Joint ' +
        'Council in Calda.',
      '2024-05-20',
    );
    const session = f.names.find((n) => n.startsWith('Ninth Meeting'));
    expect(session).toBeDefined();
    expect(f.has('INVOLVES', session!, 'African Union')).toBe(true);
    expect(f.of('INVOLVES').some((r) => r.includes('5th meeting'))).toBe(false);
  });
});

describe(EVENT_TOLD_MET_TITLE_SUBJECT.id, () => {
  it('reads a bare title opening the sentence before the verb, and not a title with its complement', () => {
    expect(titleSubject('The Minister also ')).toBe('Minister');
    expect(titleSubject('The Prime Minister then ')).toBe('Prime Minister');
    expect(titleSubject('The Minister of Trade ')).toBeUndefined();
    expect(titleSubject('Later, the Minister ')).toBeUndefined();
  });

  it("makes the meeting the opening's minister's, with the subject of a told event that follows", () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Arland, Ana Vella, attended the Ninth Meeting of the Council for Trade and ' +
        'Economic Relations, held in Calda on 13 May 2024. On the margins of the Meeting, Minister Vella held a ' +
        'bilateral meeting with the Minister of Foreign Affairs of Bexia, Karl Borg. The Minister also met her Cordish ' +
        'counterpart, Minister Paul Rand, to discuss the first session of the Arland-Cordia Joint Commission.',
      '2024-05-20',
    );
    const met = f.names.find((n) => /Vella-Rand/.test(n));
    expect(met).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Vella', met!)).toBe(true);
    expect(f.has('DISCUSSED', met!, 'first session of the Arland-Cordia Joint Commission')).toBe(true);
    expect(f.of('DISCUSSED').some((r) => /Vella-Borg[^|]*\|.*Vella-Rand/.test(r))).toBe(false);
  });
});

describe(DISCUSSED_TOLD_EVENT_NEAREST.id, () => {
  it('knows the told-meeting rules', () => {
    expect(isToldMeetingRule('event.told-met')).toBe(true);
    expect(isToldMeetingRule('event.named')).toBe(false);
    expect(isToldMeetingRule(undefined)).toBe(false);
  });
});

describe(EVENT_SESSION_SUBJECT.id, () => {
  it('reads a session told as subject or held with a guest, not a topic session or one to come', () => {
    const names = (t: string) => sessionSubjects(t).map((x) => x.surface);
    expect(names('The opening ceremony was addressed by the Prime Minister.')).toEqual(['opening ceremony']);
    expect(names('It rained. The closing session was chaired by Dr X.')).toEqual(['closing session']);
    expect(names('Ministers held a dialogue session with the Secretary General.')).toEqual(['dialogue session']);
    expect(names('The session on trade was chaired by Dr X.')).toEqual([]);
    expect(names('The opening ceremony will be held on Monday.')).toEqual([]);
    expect(names('Before the ceremony, the delegations held a working session with the Department.')).toEqual([]);
  });

  it('makes the session part of the gathering, with the person who addressed it', () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Arland, Ana Vella, attended the Ninth Meeting of the Council for Trade and ' +
        'Economic Relations, held in Calda on 13 May 2024. The opening ceremony was addressed by the Prime Minister ' +
        'of Bexia, Mr Karl Borg.',
      '2024-05-20',
    );
    expect(f.has('PART_OF', 'opening ceremony', 'Ninth Meeting of the Council for Trade and Economic Relations')).toBe(
      true,
    );
    expect(f.has('PARTICIPATED_IN', 'Karl Borg', 'opening ceremony')).toBe(true);
  });
});

describe('html.drop-chrome-classes (fl20a)', () => {
  it('drops a tag list and a share bar inside the article, and keeps the paragraphs', () => {
    const text = htmlToText(
      '<article><p>The Minister met the Ambassador.</p><div class="tags">Tags: <a>EU</a> <a>Negotiations</a></div>' +
        '<div class="share">Share: <a>Facebook</a></div><p class="lead">It was cordial.</p></article>',
    );
    expect(text).toBe('The Minister met the Ambassador.\n\nIt was cordial.');
  });
});

describe('"Information Society" is no person (fl20a)', () => {
  it('reads a chapter title as no name', () => {
    const f = extractFacts(
      'Montenegro closed Chapter 10 – Information Society and Media at the Intergovernmental Conference in Brussels, ' +
        'the Prime Minister of Montenegro, Mr Ana Vella, said.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    expect(f.out.entities.some((e) => e.type === 'Person' && /Society/.test(e.name))).toBe(false);
  });
});

describe(`${INVOLVES_SESSION_OF_ORG.id}, the body itself`, () => {
  it('gives a session of an organisation that is the body itself no INVOLVES', () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Arland, Ana Vella, attended the 78th session of the United Nations General ' +
        'Assembly in New York on 19 September 2023.',
      '2023-09-20',
    );
    expect(f.of('INVOLVES').some((r) => r.includes('78th session'))).toBe(false);
  });
});
