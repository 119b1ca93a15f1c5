// Tests of the rol24 rules on made-up sentences (not the roles-15 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { findGazetteerHits } from './gazetteer.ts';
import { ISSUER_CUES } from './lexicons.ts';
import { sideCueState } from './rules-rol24-office.ts';
import { parseTitleAt } from './titles.ts';
import { roleFacts as facts } from './test-facts.ts';

describe('agents and principals paired in order (rol24)', () => {
  it('negotiates-for.their-principals-in-order: "A and B … on behalf of their leaders, P and Q"', () => {
    const f = facts(
      'The envoys of Chile and Peru, Ambassador Rosa Ibáñez and Ambassador Tomás Quispe, met in Arica on behalf of their leaders, President Gabriel Boric and President Dina Boluarte.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Rosa Ibáñez|Gabriel Boric');
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Tomás Quispe|Dina Boluarte');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Tomás Quispe|Gabriel Boric');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Rosa Ibáñez|Dina Boluarte');
  });
  it('not with one principal for two agents ("on behalf of their leader, P"): no pairing', () => {
    const f = facts(
      'Ambassador Rosa Ibáñez and Ambassador Tomás Quispe met in Arica on behalf of their leaders, President Gabriel Boric.',
    );
    expect(f.by('negotiates-for.their-principals-in-order')).toEqual([]);
  });
  it('negotiates-for.respectively-on-behalf: "A, B and C signed on behalf of the governments of X, Y and Z respectively"', () => {
    const f = facts(
      'Minister Aino Lehto, Minister Jonas Berg and Minister Ilze Kalnina signed the protocol on behalf of the governments of Finland, Sweden and Latvia respectively.',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining([
        'NEGOTIATES_FOR|Aino Lehto|Finland',
        'NEGOTIATES_FOR|Jonas Berg|Sweden',
        'NEGOTIATES_FOR|Ilze Kalnina|Latvia',
      ]),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Aino Lehto|Sweden');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Ilze Kalnina|Finland');
  });
  it('not without "respectively"', () => {
    const f = facts(
      'Minister Aino Lehto and Minister Jonas Berg signed the protocol on behalf of the governments of Finland and Sweden.',
    );
    expect(f.by('negotiates-for.respectively-on-behalf')).toEqual([]);
  });
});

describe('sides told after the people (rol24)', () => {
  it('negotiates-for.former-latter: "A and B met. The former negotiates for X, the latter for Y."', () => {
    const f = facts(
      'Marta Kovač and Ilir Hoxha met in Vienna on 2 June. The former negotiates for Croatia, the latter for Albania.',
    );
    expect(f.by('negotiates-for.former-latter')).toEqual([
      'NEGOTIATES_FOR|Marta Kovač|Croatia',
      'NEGOTIATES_FOR|Ilir Hoxha|Albania',
    ]);
  });
  it('not when the sentence before names three people', () => {
    const f = facts(
      'Marta Kovač, Ilir Hoxha and Pia Lund met in Vienna. The former negotiates for Croatia, the latter for Albania.',
    );
    expect(f.by('negotiates-for.former-latter')).toEqual([]);
  });
  it('negotiates-for.gapped-represented-by: "X was represented by A, Y by B"', () => {
    const f = facts(
      'The talks on the river basin resumed in Lusaka. Zambia was represented by Minister Mike Mposha, Zimbabwe by Minister Anxious Masuka.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Anxious Masuka|Zimbabwe');
  });
  it('negotiates-for.heads-colon-list: "Heads of delegation: X — A; Y — B"', () => {
    const f = facts(
      'Fisheries consultations, Tórshavn, 4 May. Heads of delegation: Denmark — Director Anne Holm; Canada — Ambassador Paul Rioux.',
    );
    expect(f.by('negotiates-for.heads-colon-list')).toEqual([
      'NEGOTIATES_FOR|Anne Holm|Denmark',
      'NEGOTIATES_FOR|Paul Rioux|Canada',
    ]);
  });
  it('negotiates-for.at-its-head: "X\'s delegation … arrived. At its head is the Minister …, A."', () => {
    const f = facts(
      'Fiji’s delegation to the fisheries talks arrived in Apia on Monday. At its head is the Minister of Fisheries, Alitia Bainivalu.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Alitia Bainivalu|Fiji');
  });
  it('negotiates-for.negotiates-for-clause: "A leads the X team; B negotiates for Y" gives A no Y', () => {
    const f = facts(
      'Lotte Brandt and Samuel Otieno met in Geneva on Monday to prepare the trade talks. Brandt leads the Danish team; Otieno negotiates for Kenya.',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Lotte Brandt|Kenya');
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Samuel Otieno|Kenya');
  });
});

describe('fronted sides, bodies that designate, chairs represented, superiors (rol24)', () => {
  it('negotiates-for.speaking-for-fronted and negotiates-for.state-head-of-delegation in negotiations', () => {
    const f = facts(
      'The negotiations on the high seas treaty resumed in New York. Speaking for the African Group, Senegal’s head of delegation, Ambassador Cheikh Niang, asked for a fund.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Cheikh Niang|African Group');
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Cheikh Niang|Senegal');
  });
  it('not "Speaking for the African Group" outside negotiations (a statement at a ceremony)', () => {
    const f = facts('Speaking for the African Group, Ambassador Cheikh Niang laid a wreath at the memorial.');
    expect(f.by('negotiates-for.speaking-for-fronted')).toEqual([]);
  });
  it('negotiates-for.role-designated-by: "X, the mediator of … appointed by IGAD,"', () => {
    const f = facts(
      'Seyoum Mesfin, the mediator of the South Sudan talks appointed by IGAD, opened the session in Addis Ababa.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Seyoum Mesfin|Intergovernmental Authority on Development');
  });
  it('not a facilitator "hosted by" a state (no designating body)', () => {
    const f = facts('Ana Ruiz, the facilitator of the dialogue hosted by Norway, opened the session in Oslo.');
    expect(f.by('negotiates-for.role-designated-by')).toEqual([]);
  });
  it('negotiates-for.represents-org-chair: "X, who represents the OSCE Chairpersonship in …"', () => {
    const f = facts('Ambassador Tarja Leino, who represents the OSCE Chairpersonship in the talks, visited Baku.');
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Tarja Leino|OSCE');
  });
  it('reports-to.reports-to-named: "X reports to the Minister of Trade, Y" and a sentence-initial surname', () => {
    const f = facts(
      'Chile’s chief negotiator for the talks, Felipe Araya, closed the round. Araya reports to the Minister of Finance, Mario Marcel.',
    );
    expect(f.rels.has('REPORTS_TO|Felipe Araya|Mario Marcel')).toBe(true);
    const g = facts('Felipe Araya said the minister, Mario Marcel, would report to Parliament.');
    expect(g.rels.has('REPORTS_TO|Felipe Araya|Mario Marcel')).toBe(false);
  });
  it("negotiates-for.deputy-of-negotiator: a deputy negotiator under the side's chief negotiator", () => {
    const f = facts(
      'Deputy chief negotiator Hanna Roos, who works under the authority of the EU chief negotiator Sabine Weyand, led the session.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Hanna Roos|European Union');
    const g = facts(
      'Hanna Roos, who works under the authority of the EU chief negotiator Sabine Weyand, led the session.',
    );
    expect(g.by('negotiates-for.deputy-of-negotiator')).toEqual([]);
  });
});

describe('titles and offices (rol24)', () => {
  it('office.envoy-and-tail: an envoy title runs on with "and …" to the comma before the name', () => {
    const text = 'the Personal Envoy of the Secretary-General on Haiti and Regional Issues, Ana Ferrer, met';
    const pos = text.indexOf('Personal');
    const t = parseTitleAt(text, pos, findGazetteerHits(text));
    expect(t?.surface).toBe('Personal Envoy of the Secretary-General on Haiti and Regional Issues');
  });
  it('not a second title in the tail ("… and Head of Mission, X")', () => {
    const text = 'the Special Representative for Haiti and Head of Mission, Ana Ferrer, met';
    const pos = text.indexOf('Special');
    const t = parseTitleAt(text, pos, findGazetteerHits(text));
    expect(t?.surface).not.toContain('Head of Mission');
  });
  it('office.side-cue-owner: the state of the side a bare title is introduced with', () => {
    const text = 'Speaking for the group, Ghana’s head of delegation, Ambassador Kofi Asare, said';
    const at = text.indexOf('Ambassador');
    expect(sideCueState(text, 0, at, findGazetteerHits(text))).toBe('Ghana');
    const other = 'Ghana welcomed the proposal, and Ambassador Kofi Asare said';
    expect(sideCueState(other, 0, other.indexOf('Ambassador'), findGazetteerHits(other))).toBeUndefined();
  });
  it('issuer.federal-government-own: "Ethiopia\'s federal government" is no German issuer', () => {
    const german = ISSUER_CUES.find(([, st]) => st === 'Germany')![0];
    expect(german.test('Press release of the Federal Government, Berlin')).toBe(true);
    expect(german.test('Ethiopia’s federal government and the TPLF resumed talks')).toBe(false);
    expect(german.test('the Federal Government of Somalia and Jubaland')).toBe(false);
  });
});
