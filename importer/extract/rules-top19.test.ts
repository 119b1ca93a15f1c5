// Unit tests of the top19 DISCUSSED and INVOLVES rules on made-up sentences about invented people and real states and
// bodies (none of them a passage of bank-topics-6), negatives included.
import { describe, expect, it } from 'vitest';

import {
  CAPITAL_PAIR_NAME,
  chairHolder,
  onlyThanked,
  outcomeOfMeeting,
  recalledFrame,
  TALKS_DURING_VISIT,
} from './rules-top19.ts';
import { bareViolence } from './rules-top19-events.ts';
import { madeUpRelations } from './test-facts.ts';
import type { Found } from './types.ts';

/** Entities and relations (with the rule that made each) of made-up readout text. */
function facts(text: string) {
  const { out, of } = madeUpRelations(text);
  return {
    of,
    names: (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name),
  };
}

const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const mention = (text: string, word: string, planned = false): Found => ({
  key: 'c1',
  type: 'Event',
  name: word,
  ...at(text, word),
  sentence: 0,
  planned,
});

const opening =
  'Foreign Minister Lena Ortiz of Chile met Foreign Minister Tomas Reyes of Peru in Santiago on 3 May 2024. ';

describe('discussed.not-thanked: a state only thanked is no topic', { timeout: 60_000 }, () => {
  it('reads a list of thanked states, not what they are thanked for', () => {
    const t = 'The Minister thanked Japan and Canada for their support to Ukraine.';
    expect(onlyThanked(t, at(t, 'Japan'))).toBe(true);
    expect(onlyThanked(t, at(t, 'Canada'))).toBe(true);
    expect(onlyThanked(t, at(t, 'Ukraine'))).toBe(false);
  });

  it('leaves thanks for hosting to the host rules, and a state not thanked', () => {
    const t = 'She thanked Qatar for hosting the talks and discussed the situation in Lebanon.';
    expect(onlyThanked(t, at(t, 'Qatar'))).toBe(false);
    expect(onlyThanked(t, at(t, 'Lebanon'))).toBe(false);
  });

  it('gives the meeting no DISCUSSED of a state thanked by the Government form', () => {
    const f = facts(
      `${opening}The ministers expressed their gratitude to the Government of Brazil for its contribution to the fund. They discussed the situation in Bolivia.`,
    );
    const topics = f.of('DISCUSSED').map((r) => r.to);
    expect(topics).not.toContain('Brazil');
    expect(topics).toContain('Bolivia');
  });
});

describe('discussed.not-person-body: the body a participant is named with', { timeout: 60_000 }, () => {
  it('is no topic after "X of the Body", nor before a title and the name', () => {
    const f = facts(
      'Minister of Foreign Affairs Lena Ortiz of Chile received Chairperson Amadou Diallo of the African Union in Santiago on 3 May 2024. They discussed the conflict in Sudan.',
    );
    expect(f.of('DISCUSSED').map((r) => r.to)).not.toContain('African Union');
    const g = facts(
      'UNICEF Regional Director for Asia Dr Maria Olsen met Minister of Health Tomas Reyes of Peru in Lima on 3 May 2024. They discussed vaccination.',
    );
    expect(g.of('DISCUSSED').map((r) => r.to)).not.toContain("United Nations Children's Fund");
  });
});

describe('discussed.not-recalled-frame and discussed.outcome-of-meeting', () => {
  it('takes the gathering of a recalled meeting for background', () => {
    const t = 'Recalling their last meeting on the margins of the APEC Summit in Lima, the leaders discussed trade.';
    expect(recalledFrame(t, [mention(t, 'APEC Summit in Lima')])).toBe(true);
    const u = 'The leaders discussed the APEC Summit in Lima.';
    expect(recalledFrame(u, [mention(u, 'APEC Summit in Lima')])).toBe(false);
    // A planned gathering is never background.
    expect(recalledFrame(t, [mention(t, 'APEC Summit in Lima', true)])).toBe(false);
  });

  it('keeps a held meeting as a subject when the meeting went over its outcomes', () => {
    const t = 'The ministers reviewed the results of the ministerial conference held in Abuja.';
    expect(outcomeOfMeeting(t, [mention(t, 'ministerial conference held in Abuja')])).toBe(true);
    const u = 'The ministers, who met at the ministerial conference held in Abuja, discussed trade.';
    expect(outcomeOfMeeting(u, [mention(u, 'ministerial conference held in Abuja')])).toBe(false);
  });
});

describe(
  'discussed.talks-during-visit: the talks held in a visit discuss, the visit does not',
  { timeout: 60_000 },
  () => {
    it('opens a sentence with the talks', () => {
      expect(TALKS_DURING_VISIT.opening.test('During the official talks at the Palace, the two presidents …')).toBe(
        true,
      );
      expect(TALKS_DURING_VISIT.opening.test('In the course of their bilateral meeting, they …')).toBe(true);
      expect(TALKS_DURING_VISIT.opening.test('During the visit, the President laid a wreath.')).toBe(false);
    });

    it('hangs the agreement discussed on the talks, which are PART_OF the visit', () => {
      const f = facts(
        'President Lena Ortiz of Chile paid a state visit to Peru from 2 to 4 May 2024. During the official talks at the Government Palace, President Ortiz and President Tomas Reyes discussed the Pacific Alliance Framework Agreement.',
      );
      const dis = f.of('DISCUSSED').filter((r) => r.to.includes('Framework Agreement'));
      expect(dis.length).toBeGreaterThan(0);
      expect(dis.every((r) => /talks/i.test(r.from))).toBe(true);
      expect(f.of('PART_OF').some((r) => /talks/i.test(r.from) && /visit/i.test(r.to))).toBe(true);
      expect(f.of('DISCUSSED').some((r) => /visit/i.test(r.to))).toBe(false);
    });
  },
);

describe('discussed.demonym-file: a state told by its adjective and "file"', { timeout: 60_000 }, () => {
  it('discusses the state of "the Syrian file" and not of an adjective elsewhere', () => {
    const f = facts(`${opening}Turning to the Syrian file, the ministers called for a political solution.`);
    expect(f.of('DISCUSSED').map((r) => r.to)).toContain('Syria');
    const g = facts(`${opening}The ministers praised the Syrian diaspora's role in trade.`);
    expect(g.of('DISCUSSED').map((r) => r.to)).not.toContain('Syria');
  });
});

describe('involves.capital-pair-name and involves.not-chair-holder', { timeout: 60_000 }, () => {
  it('reads two capitals joined by a dash before a dialogue word', () => {
    const m = CAPITAL_PAIR_NAME.name.exec('the Baku–Yerevan talks on the border');
    expect(m?.slice(1, 3)).toEqual(['Baku', 'Yerevan']);
    expect(CAPITAL_PAIR_NAME.name.exec('the Paris–Berlin train')).toBeNull();
  });

  it('involves the two states of a capital-pair process told as a topic', () => {
    const f = facts(`${opening}They discussed the Kinshasa-Kigali Dialogue.`);
    const dialogue = f.names('Event').find((n) => n.includes('Kinshasa-Kigali'));
    expect(dialogue).toBeDefined();
    expect(
      f
        .of('INVOLVES')
        .filter((r) => r.from === dialogue)
        .map((r) => r.to)
        .sort(),
    ).toEqual(['DR Congo', 'Rwanda']);
  });

  it('takes a chairmanship holder for no party of an incident', () => {
    const t = 'the crisis in Haiti ahead of Guyana’s CARICOM Chairmanship';
    expect(chairHolder(t, at(t, 'Guyana'))).toBe(true);
    expect(chairHolder(t, at(t, 'CARICOM'))).toBe(true);
    expect(chairHolder(t, at(t, 'Haiti'))).toBe(false);
  });
});

describe('event.incident: modifiers and "violence" (top19)', { timeout: 60_000 }, () => {
  it('keeps violence only with adjectives or names before it', () => {
    expect(bareViolence('violence')).toBe(true);
    expect(bareViolence('Hindu-Muslim communal violence')).toBe(false);
    expect(bareViolence('Kurdish violence')).toBe(false);
  });

  it('names a civil war and a post-election crisis with their modifiers and involves the state', () => {
    const f = facts(`${opening}They discussed the Yemeni civil war and the post-election crisis in Bolivia.`);
    expect(f.names('Event')).toContain('Yemeni civil war');
    expect(f.names('Event')).toContain('post-election crisis in Bolivia');
    expect(f.of('INVOLVES').some((r) => r.from === 'Yemeni civil war' && r.to === 'Yemen')).toBe(true);
  });

  it('gives "the violence in X" no incident', () => {
    const f = facts(`${opening}They condemned the violence in Ecuador.`);
    expect(f.names('Event').some((n) => /violence/.test(n))).toBe(false);
  });
});
