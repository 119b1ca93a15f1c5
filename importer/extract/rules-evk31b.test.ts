// Tests of the evk31b round (issue 6, Events the extractor never made: incidents and sessions) on made-up sentences,
// negatives included.
import { describe, expect, it } from 'vitest';

import { madeUpRelations } from './test-facts.ts';

const OPENING =
  'Suva, 3 May 2024 - The Minister of Foreign Affairs of Fiji, Ratu Kamikamica, met the Minister of Foreign Affairs of Tonga, Fekitamoeloa Utoikamanu, in Suva today. ';
const MEETING = 'Kamikamica-Utoikamanu meeting in Suva';

/** The Event names of a made-up text. */
const eventsOf = (text: string) =>
  madeUpRelations(text)
    .out.entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe(
  'event.incident: unrest, massacres, genocide, epidemics, protests and repression (evk31b)',
  { timeout: 60000 },
  () => {
    it('makes each, pinned by its place, target or date, a topic of the meeting', () => {
      const r = madeUpRelations(
        OPENING +
          'The ministers discussed the unrest in New Caledonia that began in May and the measles epidemic of 2019. ' +
          'They condemned the massacres of villagers in the Sagaing Region and the continuing repression of the opposition in Belarus. ' +
          'They also discussed the protests in front of the Parliament in Skopje.',
      );
      const names = r.out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
      expect(names).toContain('unrest in New Caledonia');
      expect(names).toContain('measles epidemic of 2019');
      expect(names).toContain('massacres of villagers in the Sagaing Region');
      expect(names).toContain('repression of the opposition in Belarus');
      expect(names).toContain('protests in front of the Parliament in Skopje');
      const topics = r
        .of('DISCUSSED')
        .filter((x) => x.from === MEETING)
        .map((x) => x.to);
      expect(topics).toContain('unrest in New Caledonia');
      expect(topics).toContain('repression of the opposition in Belarus');
      expect(r.of('INVOLVES').map((x) => `${x.from}|${x.to}`)).toContain(
        'repression of the opposition in Belarus|Belarus',
      );
      // Nobody takes part in an incident.
      expect(r.of('PARTICIPATED_IN').filter((x) => x.to !== MEETING)).toEqual([]);
    });

    it('makes no event of a generic or unpinned use', () => {
      const names = eventsOf(
        OPENING +
          'They agreed that protests must remain peaceful and that unrest of this kind harms everyone. ' +
          'The ministers reaffirmed their commitment to prevent genocide, crimes against humanity and war crimes. ' +
          'They warned that an epidemic could strike any island at any time.',
      );
      expect(names.filter((n) => /protests|unrest|genocide|epidemic/.test(n))).toEqual([]);
    });
  },
);

describe('event.incident: two months joined by "and" are one date (evk31b)', { timeout: 60000 }, () => {
  it('keeps "of June and July" in the name', () => {
    const names = eventsOf(
      OPENING + 'The ministers reviewed the situation in Vanuatu following the unrest of June and July in Port Vila.',
    );
    expect(names).toContain('unrest of June and July in Port Vila');
  });

  it('stops at "and" before what is no month', () => {
    const names = eventsOf(
      OPENING + 'The ministers discussed the floods of April and the drought that followed in the north of Fiji.',
    );
    expect(names).toContain('floods of April');
    expect(names.some((n) => n.startsWith('floods of April and'))).toBe(false);
  });
});

describe('participated.pronoun-subject: no participant of an incident (evk31b)', { timeout: 60000 }, () => {
  it('gives the unrest a pronoun sentence recalls no participant', () => {
    const r = madeUpRelations(
      'Apia, 3 May 2024 - The Special Envoy of the Pacific Islands Forum, Meg Taylor, held talks in Apia today with the Prime Minister of Samoa, Fiame Naomi Mataafa. ' +
        'He called on all parties to refrain from violence, recalling the unrest of June and July in Apia.',
    );
    expect(r.of('PARTICIPATED_IN').filter((x) => x.to.startsWith('unrest'))).toEqual([]);
  });
});

describe('event.session-told-at: opening ceremonies and plenaries, "after" (evk31b)', { timeout: 60000 }, () => {
  const GATHERING =
    'Paramaribo, 3 May 2024 - The Forty-Fifth Regular Meeting of the Conference of Heads of Government of the Caribbean Community was held in Paramaribo from 1 to 3 May 2024 under the chairmanship of the President of Suriname, Chandrikapersad Santokhi. ';

  it('makes the opening ceremony a session of the gathering, with the chair who handed over', () => {
    const r = madeUpRelations(
      GATHERING +
        'At the opening ceremony on Sunday evening, the outgoing Chairman, the Prime Minister of Belize, John Briceño, handed over to President Santokhi.',
    );
    const names = r.out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(names).toContain('opening ceremony');
    expect(r.of('PART_OF').map((x) => x.from)).toContain('opening ceremony');
    expect(r.of('PARTICIPATED_IN').map((x) => `${x.from}|${x.to}`)).toContain('John Briceño|opening ceremony');
  });

  it('reads "After the opening plenary" as a session told as the occasion', () => {
    const names = eventsOf(
      GATHERING +
        'After the opening plenary, the participants tasked two working groups with the preparation of the texts.',
    );
    expect(names).toContain('opening plenary');
  });

  it('reads a ceremony or plenary only where its preposition opens the sentence or clause', () => {
    const names = eventsOf(GATHERING + 'Guests at the opening ceremony included the President of Guyana, Irfaan Ali.');
    expect(names).not.toContain('opening ceremony');
  });

  it('names no session by a bare head', () => {
    const names = eventsOf(
      GATHERING + 'After the ceremony, the leaders met the press. At the plenary, the delegations spoke in turn.',
    );
    expect(names).not.toContain('ceremony');
    expect(names).not.toContain('plenary');
  });
});
