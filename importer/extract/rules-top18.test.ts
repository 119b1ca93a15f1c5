// Unit tests of the top18 DISCUSSED, INVOLVES and PARTY_TO rules on made-up sentences about invented people and real
// states and bodies (none of them a passage of bank-topics-5).
import { describe, expect, it } from 'vitest';

import { backgroundRelations, headsOfLead, notTopicAt, top18AgreementSpans } from './rules-top18.ts';
import { ministersMeetings, pairBodySittings } from './rules-top18-events.ts';
import { madeUpRelations } from './test-facts.ts';

/** Entities and relations (with the rule that made each) of made-up readout text. */
function facts(text: string) {
  const { out, rels, of } = madeUpRelations(text);
  return {
    entities: out.entities,
    rels,
    of,
    names: (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name),
  };
}

const opening =
  'Foreign Minister Lena Ortiz of Chile met Foreign Minister Tomas Reyes of Argentina in Santiago on 3 May 2024. ';

describe(
  'event.pair-body-sitting and involves.pair-body: a sitting of a body named by two sides',
  { timeout: 60_000 },
  () => {
    it('reads a planned session of a council named by two states joined by an en dash, and involves both', () => {
      const f = facts(
        `${opening}They agreed to convene the next session of the Chile–Argentina Strategic Partnership Council in Mendoza.`,
      );
      const sitting = f.names('Event').find((n) => n.includes('Chile–Argentina Strategic Partnership Council'));
      expect(sitting).toBeDefined();
      expect(f.names('Organization')).not.toContain('Argentina Strategic Partnership Council');
      const inv = f.of('INVOLVES').filter((r) => r.from === sitting);
      expect(inv.map((r) => r.to).sort()).toEqual(['Argentina', 'Chile']);
    });

    it('reads a body and a state as sides, and a body told as the subject of "took place"', () => {
      const f = facts('The 7th EU–Armenia Partnership Council took place in Brussels on 3 May 2024.');
      const sitting = f.names('Event').find((n) => n.includes('EU–Armenia Partnership Council'));
      expect(sitting).toBeDefined();
      expect(
        f
          .of('INVOLVES')
          .filter((r) => r.from === sitting)
          .map((r) => r.to)
          .sort(),
      ).toEqual(['Armenia', 'European Union']);
    });

    it('names a meeting told by "held its" with the whole pair', () => {
      const f = facts('The Chile–Peru Binational Commission held its third meeting in Lima on 3 May 2024.');
      expect(f.names('Event')).toContain('third meeting of the Chile–Peru Binational Commission');
      expect(f.names('Organization')).not.toContain('Peru Binational Commission');
    });

    it('reads no sitting when a side is no state or body, or the body is named by no pair', () => {
      expect(pairBodySittings('The next session of the Smith–Jones Commission will meet in May.')).toEqual([]);
      expect(pairBodySittings('The next meeting of the Council of the European Union is in June.')).toEqual([]);
    });
  },
);

describe('event.meeting-of-ministers-of: a meeting named by whose ministers meet', { timeout: 60_000 }, () => {
  it('names the meeting with its list of states and involves them', () => {
    const f = facts(
      `${opening}They prepared the upcoming meeting of the defence ministers of Chile, Peru and Ecuador.`,
    );
    const m = 'upcoming meeting of the defence ministers of Chile, Peru and Ecuador';
    expect(f.names('Event')).toContain(m);
    expect(
      f
        .of('INVOLVES')
        .filter((r) => r.from === m)
        .map((r) => r.to)
        .sort(),
    ).toEqual(['Chile', 'Ecuador', 'Peru']);
    expect(f.of('DISCUSSED').map((r) => r.to)).not.toContain('Peru');
  });

  it('needs every item of the list to be a state or body', () => {
    expect(ministersMeetings('the meeting of the foreign ministers of the three countries')).toEqual([]);
    expect(ministersMeetings('the next meeting of the leaders of Chile and Atlantis')).toEqual([]);
  });

  it("reads only a meeting still to come, not the readout's own meeting in a headline", () => {
    expect(ministersMeetings('Lima hosts meeting of the foreign ministers of Chile, Peru and Ecuador')).toEqual([]);
    expect(ministersMeetings('the next meeting of the foreign ministers of Chile, Peru and Ecuador').length).toBe(1);
  });
});

describe('incident modifier cross-border', { timeout: 60_000 }, () => {
  it('keeps "cross-border" in the incident name', () => {
    const f = facts(`${opening}They condemned the cross-border shelling by Venezuelan forces.`);
    expect(f.names('Event').some((n) => n.startsWith('cross-border shelling'))).toBe(true);
  });
});

describe('event.round with a subject, and the Alliance of Sahel States', { timeout: 60_000 }, () => {
  it('keeps "on consular issues" in the name of a numbered round of consultations', () => {
    const f = facts('Chile and Peru held the 5th round of consultations on migration issues in Lima on 3 May 2024.');
    expect(f.names('Event')).toContain('5th round of consultations on migration issues in Lima');
  });

  it('reads the Alliance of Sahel States as a body', () => {
    const f = facts(`${opening}They discussed the talks between ECOWAS and the Alliance of Sahel States.`);
    expect(f.names('Organization')).toContain('Alliance of Sahel States');
  });
});

describe('involves.under-auspices and involves.officials-of-sides: state-only gatherings', { timeout: 60_000 }, () => {
  it('gives the body a gathering nobody is named at is held under', () => {
    const f = facts(
      'Talks between Guyana and Suriname on the river boundary resumed in Bridgetown on 3 May 2024 under the auspices of CARICOM.',
    );
    expect(f.of('INVOLVES').some((r) => r.to === 'Caribbean Community' && r.rule === 'involves.under-auspices')).toBe(
      true,
    );
  });

  it('gives no such party to a meeting with named participants', () => {
    const f = facts(
      'President Ana Mora of Chile met President Luis Vega of Peru in Geneva on 3 May 2024 under the auspices of the United Nations.',
    );
    expect(f.rels.some((r) => r.rule === 'involves.under-auspices')).toBe(false);
  });

  it('gives the two sides whose officials met for a round of talks', () => {
    const f = facts(
      'Officials of Fiji and Tonga met in Suva on 3 May 2024 for the second round of fisheries negotiations.',
    );
    const inv = f.of('INVOLVES').filter((r) => r.rule === 'involves.officials-of-sides');
    expect(inv.map((r) => r.to).sort()).toEqual(['Fiji', 'Tonga']);
  });

  it('needs two sides', () => {
    const f = facts('Officials of Fiji met in Suva on 3 May 2024 for the second round of fisheries negotiations.');
    expect(f.rels.some((r) => r.rule === 'involves.officials-of-sides')).toBe(false);
  });
});

describe(
  'agreement.year-between-on and agreement.on-signed: agreements recalled in lowercase',
  { timeout: 60_000 },
  () => {
    it('names a recalled treaty by its head, parties and subject, without the year', () => {
      const f = facts(
        `${opening}The ministers recalled the 2019 agreement between Chile and Bolivia on the integration of border crossings.`,
      );
      const a = 'agreement between Chile and Bolivia on the integration of border crossings';
      expect(f.names('Agreement')).toContain(a);
      expect(
        f
          .of('PARTY_TO')
          .filter((r) => r.to === a)
          .map((r) => r.from)
          .sort(),
      ).toEqual(['Bolivia', 'Chile']);
      expect(f.names('Agreement')).not.toContain('2019 agreement');
    });

    it('reads a lowercase head with its subject when a clause tells its signing', () => {
      const spans = top18AgreementSpans(
        'They praised the treaty on the delimitation of the maritime boundary, which the two countries signed in 2021.',
      );
      expect(spans.map((s) => s.surface)).toEqual(['treaty on the delimitation of the maritime boundary']);
      expect(
        top18AgreementSpans('They noted the accord on water allocation signed by the two governments.').length,
      ).toBe(1);
    });

    it('reads no agreement from a lowercase head with no signing after it', () => {
      expect(top18AgreementSpans('They reached agreement on the need to expand trade.')).toEqual([]);
      expect(top18AgreementSpans('They discussed an agreement on fisheries that could be ready next year.')).toEqual(
        [],
      );
      expect(top18AgreementSpans('The 2019 agreement between Chile and Bolivia was recalled.')).toEqual([]);
    });
  },
);

describe('party-to.signed-by-heads-of and party-to.contact-clause', { timeout: 60_000 }, () => {
  it('gives the states whose presidents signed', () => {
    const f = facts(
      'Foreign Minister Omar Diallo of Mauritania met Foreign Minister Awa Njie of Gambia in Nouakchott on 3 May 2024. ' +
        'They welcomed the memorandum on water allocation signed by the presidents of Senegal, Mali and Guinea in Dakar.',
    );
    const a = f.names('Agreement').find((n) => n.startsWith('memorandum on water allocation'));
    expect(a).toBeDefined();
    expect(
      f
        .of('PARTY_TO')
        .filter((r) => r.to === a)
        .map((r) => r.from)
        .sort(),
    ).toEqual(['Guinea', 'Mali', 'Senegal']);
  });

  it('skips only a lead of leaders or governments before the list', () => {
    expect(headsOfLead('the prime ministers of Fiji and Samoa', 0)).toBe('the prime ministers of '.length);
    expect(headsOfLead('Fiji and Samoa', 0)).toBe(0);
    expect(headsOfLead('the end of the year', 0)).toBe(0);
  });

  it('gives both sides of "the X agreement A concluded with B"', () => {
    const f = facts(
      'Minister Rosa Paz of Ecuador met Vice-President Hugo Lind of the Inter-American Development Bank in Quito on 3 May 2024. ' +
        'They reviewed the credit agreement Ecuador concluded with the Inter-American Development Bank in 2023.',
    );
    const parties = f.of('PARTY_TO').filter((r) => r.rule === 'party-to.contact-clause');
    expect(parties.map((r) => r.from).sort()).toEqual(['Ecuador', 'Inter-American Development Bank']);
  });

  it('needs "with" and a partner', () => {
    const f = facts(`${opening}They reviewed the credit agreement Chile concluded last year.`);
    expect(f.rels.some((r) => r.rule === 'party-to.contact-clause')).toBe(false);
  });
});

describe(
  'discussed.not-venue-at, -not-guarantor, -not-mediator, -not-background-relations',
  { timeout: 60_000 },
  () => {
    it('gives no topic for the body the meeting was held at', () => {
      const f = facts(
        'President Ana Mora of Chile received Minister Luis Vega of Peru at the CARICOM Secretariat in Georgetown on 3 May 2024. ' +
          'They discussed fisheries.',
      );
      expect(f.of('DISCUSSED').map((r) => r.to)).not.toContain('CARICOM');
    });

    it('reads a venue only in the sentence that tells the meeting, after a verb of meeting', () => {
      const text = 'They agreed to coordinate their positions at the United Nations.';
      const at = text.indexOf('United Nations');
      expect(notTopicAt(text, { start: at, end: at + 14 }, { start: 0 }, false)).toBe(false);
      expect(notTopicAt(text, { start: at, end: at + 14 }, { start: 0 }, true)).toBe(false);
      const met = 'Minister Ruiz met Minister Berg at the OSCE in Vienna.';
      const o = met.indexOf('OSCE');
      expect(notTopicAt(met, { start: o, end: o + 4 }, { start: 0 }, true)).toBe(true);
    });

    it('gives no topic for the guarantors or mediators of a recalled agreement', () => {
      const f = facts(
        `${opening}They reviewed the peace accord between Ethiopia and Eritrea, signed in 2000 with the mediation of Algeria.`,
      );
      expect(f.of('DISCUSSED').map((r) => r.to)).not.toContain('Algeria');
      const g = 'the accord, of which Norway and Cuba are guarantors, was reviewed';
      const cuba = g.indexOf('Cuba');
      expect(notTopicAt(g, { start: cuba, end: cuba + 4 }, { start: 0 }, false)).toBe(true);
      const t = 'They discussed Cuba and Norway.';
      const c2 = t.indexOf('Cuba');
      expect(notTopicAt(t, { start: c2, end: c2 + 4 }, { start: 0 }, false)).toBe(false);
    });

    it('gives no topic for an agreement told as what relations rest on', () => {
      const f = facts(
        `${opening}Relations between Chile and Argentina rest on the 1984 Treaty of Peace and Friendship. They discussed lithium.`,
      );
      expect(f.names('Agreement').some((n) => n.includes('Treaty of Peace and Friendship'))).toBe(true);
      expect(f.of('DISCUSSED').some((r) => r.to.includes('Treaty of Peace and Friendship'))).toBe(false);
    });

    it('reads the background of relations, not what the ministers said relations should rest on', () => {
      expect(backgroundRelations('Ties between the two countries date back to the 1950s.')).toBe(true);
      expect(backgroundRelations('Relations between Chile and Peru should rest on dialogue.')).toBe(false);
      expect(backgroundRelations('The ministers said relations between Chile and Peru rest on trust.')).toBe(false);
    });
  },
);
