// The fl20b round's tests (issue 6): constructions shown by three first-look samples in new styles (a mediation
// round, a telephone conversation, an organisation's release on its envoy), each rule on made-up sentences with
// negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  INVOLVES_SESSION_OF_ISSUER_BODY,
  sessionOfUnnamedBody,
  EVENT_INCIDENT_COLLISION,
  figurativeCollision,
  PART_OF_NOT_REPORTED_VISIT,
  PARTICIPATED_REPORTED_VISIT,
  reportedVisit,
  reportedVisitVerbAt,
  AGREEMENT_BARE_JOINT_DOCUMENT,
  bareJointDocumentSpans,
  EVENT_NAMED_ON_STATE,
  OFFICE_DEPUTY_PRINCIPAL,
  PARTICIPATED_NOT_BEHALF_PRINCIPAL,
  behalfPrincipalAt,
  namedOnStateTail,
} from './rules-fl20b.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** The tail namedOnStateTail gives a named gathering `name` that starts `text`. */
function tail(text: string, name: string): string {
  return namedOnStateTail(text, findGazetteerHits(text), name, name.length);
}

describe(EVENT_NAMED_ON_STATE.id, () => {
  it('continues a named gathering with the state it is about and its format', () => {
    expect(
      tail('Third International Conference on Libya in the Berlin format was held', 'Third International Conference'),
    ).toBe(' on Libya in the Berlin format');
    expect(tail('Ministerial Meeting on Yemen opened today', 'Ministerial Meeting')).toBe(' on Yemen');
  });

  it('leaves a weekday, a topic that is no state, a longer name and a demonym alone', () => {
    expect(tail('Security Conference on Saturday, the minister', 'Security Conference')).toBe('');
    expect(tail('Ulaanbaatar Dialogue on Northeast Asian Security', 'Ulaanbaatar Dialogue')).toBe('');
    expect(tail('Donors Conference on Sudan Reconstruction Fund', 'Donors Conference')).toBe('');
    expect(tail('Ministerial Meeting on Syrian refugees', 'Ministerial Meeting')).toBe('');
    expect(tail('Regional Forum on Libya', 'Regional Forum')).toBe('');
  });

  it('names the whole gathering in a readout, not its head alone', () => {
    const f = eventFacts(
      'The 5th International Meeting on Yemen in the Muscat format was held on 3 May. The Saudi delegation was headed by Deputy Minister of Foreign Affairs Waleed Al-Khuraiji.',
    );
    expect(f.names).toContain('5th International Meeting on Yemen in the Muscat format');
    expect(f.names).not.toContain('5th International Meeting');
  });
});

describe(OFFICE_DEPUTY_PRINCIPAL.id, () => {
  const issuer = {
    file: 'made-up.txt',
    date: '2024-05-03',
    source: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
  };

  it('gives a principal\'s bare title after "on behalf of" the deputy\'s full title and owner', () => {
    const { rels } = extractFacts(
      'Deputy Special Envoy of the UN Secretary-General for Yemen Anna Berg represented the United Nations on behalf of Special Envoy Karl Lund.',
      issuer,
    );
    expect(rels.has('HOLDS_OFFICE|Karl Lund|Special Envoy of the UN Secretary-General for Yemen')).toBe(true);
    expect(rels.has('OFFICE_OF|Special Envoy of the UN Secretary-General for Yemen|United Nations')).toBe(true);
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Karl Lund|') && r.includes('Kazakhstan'))).toBe(false);
  });

  it('leaves a title no deputy of the sentence shares', () => {
    const { rels } = extractFacts(
      'Deputy Minister of Foreign Affairs of Norway Anna Berg spoke on behalf of Special Envoy Karl Lund.',
      issuer,
    );
    expect(
      [...rels].some((r) => r.startsWith('HOLDS_OFFICE|Karl Lund|Special Envoy of the') && r.includes('Norway')),
    ).toBe(false);
  });
});

describe(PARTICIPATED_NOT_BEHALF_PRINCIPAL.id, () => {
  it('tells a principal after "on behalf of" from the agent before it', () => {
    const t = 'Ms Berg attended the meeting on behalf of Special Envoy Karl Lund.';
    expect(behalfPrincipalAt(t, 0, t.indexOf('Special Envoy'))).toBe(true);
    expect(behalfPrincipalAt(t, 0, 0)).toBe(false);
    const u = 'Karl Lund, on behalf of the Government, attended the meeting.';
    expect(behalfPrincipalAt(u, 0, 0)).toBe(false);
  });

  it('gives the agent, not the principal, a part in the meeting', () => {
    const f = eventFacts(
      'The 5th International Meeting on Yemen in the Muscat format was held on 3 May. Deputy Special Envoy of the UN Secretary-General for Yemen Anna Berg represented the United Nations on behalf of Special Envoy Karl Lund.',
    );
    const name = '5th International Meeting on Yemen in the Muscat format';
    expect(f.has('PARTICIPATED_IN', 'Karl Lund', name)).toBe(false);
  });
});

describe(AGREEMENT_BARE_JOINT_DOCUMENT.id, () => {
  const kinds = (t: string) => bareJointDocumentSpans(t).map((x) => t.slice(x.start, x.start + x.surface.length));

  it('reads a joint document told by its kind as adopted, signed or issued', () => {
    expect(kinds('After the talks, the guarantors adopted a Joint Statement, in which they welcomed it.')).toEqual([
      'Joint Statement',
    ]);
    expect(kinds('They recalled the Joint Declaration, signed by the two Presidents in 2019.')).toEqual([
      'Joint Declaration',
    ]);
    expect(kinds('the Joint Communiqué issued following the summit')).toEqual(['Joint Communiqué']);
  });

  it('leaves a document with a name of its own, one merely mentioned, and a lowercase kind', () => {
    expect(kinds('They adopted a Joint Statement on the Elevation of Relations.')).toEqual([]);
    expect(kinds('The ministers noted that the Joint Statement says little on trade.')).toEqual([]);
    expect(kinds('In a Joint Statement, the ministers welcomed the talks.')).toEqual([]);
    expect(kinds('They adopted a joint statement.')).toEqual([]);
  });

  it('gives the document its parties and the meeting it was reached at', () => {
    const { rels } = extractFacts(
      'On 5 May, Foreign Minister Anna Berg of Norway held talks with Foreign Minister Karl Lund of Sweden in Oslo. Following the talks, the two ministers adopted a Joint Statement, in which they reaffirmed their commitment to open trade.',
      { file: 'made-up.txt', date: '2024-05-05' },
    );
    expect(rels.has('PARTY_TO|Norway|Joint Statement')).toBe(true);
    expect(rels.has('PARTY_TO|Sweden|Joint Statement')).toBe(true);
  });
});

/** An organisation's release on an envoy reporting to its head (made-up names). */
const REPORT =
  'The Secretary-General of the Organisation of Islamic Cooperation (OIC), H.E. Mr. Ahmed Diallo, received today in Jeddah his Special Envoy for Sudan, Ambassador Marie Kone, who briefed him on her visit to Port Sudan.';
const REPORT_META = {
  file: 'made-up.md',
  date: '2024-05-03',
  source: 'Organisation of Islamic Cooperation, General Secretariat',
};

describe(PART_OF_NOT_REPORTED_VISIT.id, () => {
  it('tells a visit reported on from one a meeting is held during', () => {
    expect(reportedVisit('The Minister received the Envoy, who briefed him on the outcome of his ')).toBe(true);
    expect(reportedVisit('She informed her counterpart about her recent ')).toBe(true);
    expect(reportedVisit('The two ministers held talks on his ')).toBe(false);
    expect(reportedVisit('The President, during his ')).toBe(false);
  });

  it('makes the meeting no part of the reported visit, and its host no visitor', () => {
    const { rels } = extractFacts(REPORT, REPORT_META);
    expect(rels.has('PART_OF|Diallo-Kone meeting in Jeddah|visit to Port Sudan')).toBe(false);
    expect(rels.has('PARTICIPATED_IN|Ahmed Diallo|visit to Port Sudan')).toBe(false);
  });
});

describe(PARTICIPATED_REPORTED_VISIT.id, () => {
  it('finds the reporting verb of a possessive visit only', () => {
    expect(reportedVisitVerbAt('Ambassador Y, who briefed him on the outcome of his ')).toBeGreaterThan(0);
    expect(reportedVisitVerbAt('Ambassador Y briefed him on the President’s ')).toBe(-1);
    expect(reportedVisitVerbAt('The ministers met during his ')).toBe(-1);
  });

  it('gives the reporter a part in the visit and the meeting the visit as a subject', () => {
    const { rels } = extractFacts(REPORT, REPORT_META);
    expect(rels.has('PARTICIPATED_IN|Marie Kone|visit to Port Sudan')).toBe(true);
    expect(rels.has('DISCUSSED|Diallo-Kone meeting in Jeddah|visit to Port Sudan')).toBe(true);
  });
});

describe(EVENT_INCIDENT_COLLISION.id, () => {
  it('reads a collision as an incident involving the state it happened in, and the call that raised it discussed it', () => {
    const { rels } = extractFacts(
      'On 4 May, Foreign Minister Anna Berg of Norway held a telephone conversation with Foreign Minister Karl Lund of Sweden. Minister Berg expressed condolences over the collision of two ferries off the coast of Sweden on 2 May.',
      { file: 'made-up.txt', date: '2024-05-04' },
    );
    const incident = [...rels].find((r) => r.startsWith('INVOLVES|collision of two ferries'));
    expect(incident?.endsWith('|Sweden')).toBe(true);
    expect([...rels].some((r) => r.startsWith('DISCUSSED|') && r.includes('|collision of two ferries'))).toBe(true);
  });

  it('leaves a collision of interests, which has no actor or place', () => {
    expect(figurativeCollision(' of interests in the Arctic')).toBe(true);
    expect(figurativeCollision(' of two ferries')).toBe(false);
    const { rels } = extractFacts(
      'On 4 May, Foreign Minister Anna Berg of Norway held talks with Foreign Minister Karl Lund of Sweden, who warned against a collision of interests in the Arctic.',
      { file: 'made-up.txt', date: '2024-05-04' },
    );
    expect([...rels].some((r) => r.startsWith('INVOLVES|collision'))).toBe(false);
  });
});

describe(INVOLVES_SESSION_OF_ISSUER_BODY.id, () => {
  it('tells a numbered session of a body named without its organisation', () => {
    expect(sessionOfUnnamedBody('17th Extraordinary Session of the Council of Foreign Ministers')).toBe(true);
    expect(sessionOfUnnamedBody('42nd Session of the Assembly of Heads of State and Government')).toBe(true);
    expect(sessionOfUnnamedBody('36th Ordinary Session of the Assembly of the African Union')).toBe(false);
    expect(sessionOfUnnamedBody('Session of the Council of Foreign Ministers')).toBe(false);
  });

  it("gives the session INVOLVES of the issuing organisation, not in a state's readout", () => {
    const text =
      'The Secretary-General of the Organisation of Islamic Cooperation, Mr. Ahmed Diallo, received today in Jeddah the Ambassador of Chad, Mr. Idriss Moussa. They discussed the preparations for the 51st Session of the Council of Foreign Ministers.';
    const ofOrg = extractFacts(text, {
      file: 'made-up.md',
      date: '2024-05-03',
      source: 'Organisation of Islamic Cooperation, General Secretariat',
    });
    expect(
      ofOrg.rels.has('INVOLVES|51st Session of the Council of Foreign Ministers|Organisation of Islamic Cooperation'),
    ).toBe(true);
    const ofState = extractFacts(text, {
      file: 'made-up.md',
      date: '2024-05-03',
      source: 'Ministry of Foreign Affairs of Chad',
    });
    expect(
      ofState.rels.has('INVOLVES|51st Session of the Council of Foreign Ministers|Organisation of Islamic Cooperation'),
    ).toBe(false);
  });
});
