// Unit tests of the top15 DISCUSSED and INVOLVES rules on made-up sentences about invented people and real states and
// bodies (none of them a passage of bank-topics-4).
import { describe, expect, it } from 'vitest';

import {
  COORDINATED_PLACE_BEFORE,
  ELECTION_PLACE_BEFORE,
  THANKED_FOR_WELCOME,
  builtOnOrEarlierFrame,
  toldAsHistory,
} from './rules-top15.ts';
import { consultationsWith, jointBodyMeetings, possessiveWith, toldAsSubject } from './rules-top15-events.ts';
import { eventFacts, madeUpRelations } from './test-facts.ts';

function topics(text: string): string[] {
  return madeUpRelations(text)
    .of('DISCUSSED')
    .map((r) => r.to);
}
const opening = 'President Luis Mora of Chile met President Carla Vega of Peru in Lima on 3 May 2024. ';

describe('discussed.not-thanked-host: a host thanked for its welcome', () => {
  it('gives no topic for the Government thanked for its warm hospitality', () => {
    const t = topics(
      'Minister Ana Ruiz of Chile met Minister Tomas Berg of Sweden in Kigali on 3 May 2024. ' +
        'Both ministers thanked the Government and people of Rwanda for their generous and warm welcome, and discussed trade.',
    );
    expect(t).not.toContain('Rwanda');
  });

  it('keeps a state the ministers discussed', () => {
    const t = topics(
      'Minister Ana Ruiz of Chile met Minister Tomas Berg of Sweden in Stockholm on 3 May 2024. ' +
        "They discussed Rwanda's candidacy for the Security Council.",
    );
    expect(t).toContain('Rwanda');
  });

  it('reads only thanks for a welcome, not for support', () => {
    expect(THANKED_FOR_WELCOME.test(' for its kind hospitality')).toBe(true);
    expect(THANKED_FOR_WELCOME.test(' for the cordial reception')).toBe(true);
    expect(THANKED_FOR_WELCOME.test(' for its support in the negotiations')).toBe(false);
  });
});

describe('discussed.not-history: when relations began', () => {
  it('gives no topic for a state in a sentence on the history of relations', () => {
    const t = topics(`${opening}Chile and Norway established diplomatic relations in 1905. They discussed mining.`);
    expect(t).not.toContain('Norway');
  });

  it('reads a dated beginning, not an agreement to establish relations', () => {
    expect(toldAsHistory('The two countries have maintained diplomatic relations since 1965.')).toBe(true);
    expect(toldAsHistory('They agreed to establish diplomatic relations with Bhutan in 2025.')).toBe(false);
    expect(toldAsHistory('Relations with Norway are excellent.')).toBe(false);
  });
});

describe('discussed.coordinated-place: "the situation in A and in B"', () => {
  it('gives both states of the list', () => {
    const t = topics(`${opening}The two presidents reviewed the situation in Syria and in Yemen.`);
    expect(t).toContain('Syria');
    expect(t).toContain('Yemen');
  });

  it('needs a topical first item', () => {
    expect(COORDINATED_PLACE_BEFORE.test('the conflicts in Syria, ')).toBe(true);
    expect(COORDINATED_PLACE_BEFORE.test('She has lived in Jordan and ')).toBe(false);
  });
});

describe('discussed.situation-in: a state whose situation the meeting reviewed beside an incident', () => {
  it('keeps the state a topic when the sentence also tells an incident', () => {
    const t = topics(`${opening}They discussed the situation in Bolivia after the attempted coup of 26 June.`);
    expect(t).toContain('Bolivia');
  });

  it('leaves a state told only as the place of an incident to the incident', () => {
    const t = topics(`${opening}They condemned the bombing in Bolivia on 26 June.`);
    expect(t).not.toContain('Bolivia');
  });
});

describe('discussed.not-built-on and the previous-meeting frame', () => {
  it('gives no topic for the earlier talks a sentence builds on', () => {
    const t = topics(
      `${opening}Building on their talks in Quito last year, the presidents discussed the Pacific Alliance.`,
    );
    expect(t).toContain('Pacific Alliance');
    expect(t.some((n) => /Quito/.test(n))).toBe(false);
  });

  it("gives the earlier meeting's topics to that meeting, not to the readout's own", () => {
    const { has, names } = eventFacts(
      `${opening}At their last meeting, in Santiago in March, the two presidents had discussed the situation in Venezuela. ` +
        'This time they focused on lithium.',
    );
    const earlier = names.find((n) => /Santiago/.test(n));
    const main = names.find((n) => /Lima/.test(n))!;
    expect(earlier).toBeDefined();
    expect(has('DISCUSSED', earlier!, 'Venezuela')).toBe(true);
    expect(has('DISCUSSED', main, 'Venezuela')).toBe(false);
  });

  it('reads the frame only as a mention that starts it', () => {
    const t = 'Building on their meeting in Quito';
    expect(builtOnOrEarlierFrame(t, { start: t.indexOf('meeting'), end: t.length })).toBe(true);
    const u = 'They discussed the meeting in Quito';
    expect(builtOnOrEarlierFrame(u, { start: u.indexOf('meeting'), end: u.length })).toBe(false);
  });
});

describe('involves.agreed-by-sides: states that agree to hold a gathering of theirs', () => {
  it('gives every state of the subject', () => {
    const { has, names } = eventFacts(
      'Chile, Peru and Colombia agreed to hold their trilateral summit in Bogotá next year.',
    );
    const summit = names.find((n) => /summit/i.test(n))!;
    expect(has('INVOLVES', summit, 'Chile')).toBe(true);
    expect(has('INVOLVES', summit, 'Peru')).toBe(true);
    expect(has('INVOLVES', summit, 'Colombia')).toBe(true);
  });

  it('gives no state when people are the subject', () => {
    const { of } = eventFacts(
      `${opening}President Mora and President Vega agreed to hold their next meeting in Santiago.`,
    );
    expect(of('INVOLVES')).toEqual([]);
  });
});

describe('involves.election-place: an election told after "in A following"', () => {
  it('gives the state before the time word', () => {
    const { has, names } = eventFacts(
      `${opening}They discussed the situation in Bolivia following the general election of 17 August.`,
    );
    const vote = names.find((n) => /election/.test(n))!;
    expect(has('INVOLVES', vote, 'Bolivia')).toBe(true);
  });

  it('needs the state right before the time word', () => {
    expect(ELECTION_PLACE_BEFORE.test('in Bolivia following the ')).toBe(true);
    expect(ELECTION_PLACE_BEFORE.test('talked about Bolivia, and then the ')).toBe(false);
  });
});

describe('involves.participle-clause and the new incident heads', () => {
  it('gives the victims, the mission they served with and the state they were in', () => {
    const { has, names } = eventFacts(
      'The Secretary-General condemned the killing of three Senegalese peacekeepers serving with MONUSCO in the Democratic Republic of the Congo.',
    );
    const killing = names.find((n) => /killing/.test(n))!;
    expect(killing).not.toMatch(/serving/);
    expect(has('INVOLVES', killing, 'Senegal')).toBe(true);
    expect(has('INVOLVES', killing, 'MONUSCO')).toBe(true);
  });

  it('reads airstrikes as an incident with its actor and place', () => {
    const { has, names } = eventFacts(`${opening}They discussed the Turkish airstrikes in northern Iraq.`);
    const strikes = names.find((n) => /airstrikes/.test(n))!;
    expect(strikes).toBeDefined();
    expect(has('INVOLVES', strikes, 'Turkey')).toBe(true);
  });

  it('gives no party told in a relative clause after the incident', () => {
    const { has, names } = eventFacts(
      `${opening}They discussed the killing of two journalists in Mexico, which UNESCO condemned.`,
    );
    const killing = names.find((n) => /killing/.test(n))!;
    expect(has('INVOLVES', killing, 'UNESCO')).toBe(false);
  });
});

describe('event.joint-body-session and event.joint-body-of-sides: sittings of joint bodies', () => {
  it('reads a sitting named by its kind, en dash included', () => {
    expect(
      jointBodyMeetings('The plenary session of the Chile–Argentina Joint Commission on Mining ended in Santiago.').map(
        (m) => m.surface,
      ),
    ).toEqual(['plenary session of the Chile–Argentina Joint Commission on Mining']);
  });

  it('reads a joint body named by its two sides as the subject of a verb of meeting', () => {
    expect(
      jointBodyMeetings('The Joint Commission of Uganda and Tanzania met in Arusha.').map((m) => m.surface),
    ).toEqual(['Joint Commission of Uganda and Tanzania']);
  });

  it('reads no body alone, no organ and no body that does not meet', () => {
    expect(jointBodyMeetings('The Joint Commission will meet next year.')).toEqual([]);
    expect(jointBodyMeetings('The ministerial session of the Security Council ended.')).toEqual([]);
    expect(jointBodyMeetings('The Joint Commission of Uganda and Tanzania has a secretariat.')).toEqual([]);
  });

  it('gives the sitting its two states', () => {
    const { has, names } = eventFacts('The Binational Cabinet of Colombia and Ecuador met in Ipiales on 3 May 2024.');
    const sitting = names.find((n) => /Binational Cabinet/.test(n))!;
    expect(has('INVOLVES', sitting, 'Colombia')).toBe(true);
    expect(has('INVOLVES', sitting, 'Ecuador')).toBe(true);
  });
});

describe('event.consultations-with and event.possessive-with: talks of two sides with nobody named', () => {
  it("reads the issuer's consultations with another state, and involves both when the readout names its own", () => {
    const { has, names } = eventFacts(
      'Political consultations with Ghana were held in Lisbon on 3 May 2024. Portugal and Ghana reviewed trade.',
    );
    const c = names.find((n) => /consultations with Ghana/.test(n))!;
    expect(c).toBeDefined();
    expect(has('INVOLVES', c, 'Ghana')).toBe(true);
  });

  it('needs "were held" or "took place" after the partner', () => {
    expect(consultationsWith('Political consultations with Ghana were held in Lisbon.').map((m) => m.surface)).toEqual([
      'Political consultations with Ghana',
    ]);
    expect(consultationsWith('He looked forward to political consultations with Ghana next year.')).toEqual([]);
  });

  it("reads a state's negotiations with a body and involves both", () => {
    const { has, names } = eventFacts(
      `${opening}President Vega briefed President Mora on Peru's negotiations with the World Bank.`,
    );
    const n = names.find((x) => /negotiations with the World Bank/.test(x))!;
    expect(n).toBeDefined();
    expect(has('INVOLVES', n, 'World Bank')).toBe(true);
  });

  it('reads no talks whose owner is a person', () => {
    const { names } = eventFacts(`${opening}They discussed Mora's talks with the World Bank.`);
    expect(names.some((x) => /Mora's talks/.test(x))).toBe(false);
    expect(possessiveWith("Vega's talks with Mora").length).toBe(1);
  });
});

describe('event.main-not-discussed-gathering: a summit discussed after the opening is no meeting of the readout', () => {
  const open2 = 'Minister Ana Ruiz of Chile met Minister Tomas Berg of Sweden in Santiago on 3 May 2024.\n\n';

  it("keeps the pair's meeting and makes the summit its subject", () => {
    const { has, names } = eventFacts(`${open2}They also exchanged views on the NATO Summit in Washington.`);
    const main = names.find((n) => /Ruiz-Berg/.test(n))!;
    expect(main).toBeDefined();
    expect(names.some((n) => /NATO Summit/.test(n) && has('DISCUSSED', main, n))).toBe(true);
  });

  it('leaves a summit the pair met at to the rules that read it', () => {
    expect(toldAsSubject('They met again at the ')).toBe(false);
    expect(toldAsSubject('The ministers briefed each other on the outcome of the ')).toBe(true);
  });
});

describe('discussed.not-in-which-listed: the guarantors of a process are its parties, not topics', () => {
  it('gives no topic for the states listed after ", in which … act as guarantors"', () => {
    const t = topics(
      'Minister Ana Ruiz of Chile met Minister Tomas Berg of Sweden in Santiago on 3 May 2024.\n\n' +
        'They discussed the next round of the Geneva talks, in which Norway and Cuba act as guarantors, and trade with Egypt.',
    );
    expect(t).not.toContain('Norway');
    expect(t).not.toContain('Cuba');
    expect(t).toContain('Egypt');
  });
});
