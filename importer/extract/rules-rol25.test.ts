// Tests of the rol25 rules on made-up sentences (not the roles-16 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { findGazetteerHits } from './gazetteer.ts';
import { roleFacts as facts } from './test-facts.ts';

describe('gapped sides after a passive "headed by" (rol25)', () => {
  it('negotiates-for.gapped-side-by: "The X side was headed by A, the Y side by B" in a "1+1 format" meeting', () => {
    const f = facts(
      'Representatives of Chișinău and Tiraspol met in the 1+1 format on 3 June. The Transnistrian side was headed by Ivan Popescu, the Moldovan side by Deputy Minister Ana Rusu.',
    );
    expect(f.by('negotiates-for.gapped-side-by')).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Ivan Popescu|Transnistria', 'NEGOTIATES_FOR|Ana Rusu|Moldova']),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Ivan Popescu|Moldova');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Ana Rusu|Transnistria');
  });
  it('a first side the gazetteer does not know: "The Republic\'s team is led by A and the Front\'s by B"', () => {
    const f = facts(
      'Negotiating teams of the Republic and the Polisario Front opened talks in Geneva. The Republic’s team is led by Omar Idrissi and the Polisario Front’s by Brahim Salek.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Brahim Salek|Polisario Front');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Omar Idrissi|Polisario Front');
  });
  it('"the Y one by B" after a demonym delegation, in boundary negotiations', () => {
    const g = facts(
      'Peru and Bolivia resumed their boundary negotiations in La Paz. The Peruvian delegation was led by Vice Minister Ana Salas, the Bolivian one by Vice Minister Luis Quispe.',
    );
    expect(g.negotiates).toContain('NEGOTIATES_FOR|Luis Quispe|Bolivia');
    expect(g.negotiates).not.toContain('NEGOTIATES_FOR|Luis Quispe|Peru');
  });
  it('"the government\'s by B": the state told with its government', () => {
    const f = facts(
      'Talks between the Malian transitional government and the armed movements resumed in Algiers. The movements’ delegation is headed by Alghabass Ag Intalla, the government’s by Minister Ismaël Wagué.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Ismaël Wagué|Mali');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Alghabass Ag Intalla|Mali');
  });
  it('not outside talks: ministers who head their side at a dialogue or summit', () => {
    const f = facts(
      'The Strategic Dialogue was held in Canberra. The Australian side was headed by Minister Penny Wong, the Indonesian side by Minister Sugiono.',
    );
    expect(f.by('negotiates-for.gapped-side-by')).toEqual([]);
  });
  it('not a body inside the tail ("The X delegation to the Mixed Commission is led by A"): A is not the body\'s', () => {
    const f = facts(
      'The Cameroonian delegation to the Mixed Commission is led by the Vice Prime Minister, Minister of Justice, Mr Paul Eyenga, who conducted the negotiations on behalf of Cameroon.',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Paul Eyenga|Mixed Commission');
  });
  it('not a side told inside the tail ("The X delegation to the talks with Y was led by A"): A is not Y\'s', () => {
    const f = facts(
      'The Zambian delegation to the border talks with Angola was led by Foreign Minister Mulambo Haimbe and included the Surveyor General.',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Mulambo Haimbe|Angola');
  });
  it('not a chair: "The talks were chaired by A, the working group by B"', () => {
    const f = facts(
      'The talks between Serbia and Kosovo were chaired by Miroslav Lajčák, the working group by Ambassador Hana Novak.',
    );
    expect(f.by('negotiates-for.gapped-side-by')).toEqual([]);
  });
});

describe('the issuer\'s own delegation told as "our" (rol25)', () => {
  it('negotiates-for.our-delegation: "Our delegation was headed by the Minister …, A" in a readout of a known issuer', () => {
    const f = facts(
      'Negotiations with Fiji on the maritime boundary opened in Port Vila on Monday. Our delegation was headed by the Minister of Foreign Affairs, Marc Ati.',
      'Government of Vanuatu',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Marc Ati|Vanuatu');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Marc Ati|Fiji');
  });
  it('"A led our delegation" and "Our chief negotiator, Ambassador A,"', () => {
    const f = facts(
      'The fisheries talks resumed in Geneva. Ambassador Tevita Fifita led our delegation.',
      'Government of Tonga',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Tevita Fifita|Tonga');
    const g = facts(
      'The trade negotiations with the European Union continued in Brussels. Our chief negotiator, Ambassador Sione Tui, presented the offer.',
      'Government of Samoa',
    );
    expect(g.negotiates).toContain('NEGOTIATES_FOR|Sione Tui|Samoa');
  });
  it('not with no issuer, and not outside talks', () => {
    const f = facts('The fisheries talks resumed in Geneva. Ambassador Tevita Fifita led our delegation.');
    expect(f.by('negotiates-for.our-delegation')).toEqual([]);
    const g = facts(
      'The Independence Day reception was held in Apia. Our delegation was headed by the Minister of Health, Valasi Tafito.',
      'Government of Samoa',
    );
    expect(g.by('negotiates-for.our-delegation')).toEqual([]);
  });
});

describe('signers "for X by A" (rol25)', () => {
  it('negotiates-for.for-side-not-by: "for X by A, for Y by B": A is not for Y', () => {
    const f = facts(
      'The treaty was signed in Accra for Ghana by Minister Kwame Asante, for Togo by Minister Robert Dussey and for Benin by Minister Olushegun Bakari.',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining([
        'NEGOTIATES_FOR|Kwame Asante|Ghana',
        'NEGOTIATES_FOR|Robert Dussey|Togo',
        'NEGOTIATES_FOR|Olushegun Bakari|Benin',
      ]),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Kwame Asante|Togo');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Robert Dussey|Benin');
  });
  it('"for the Government by A": the state told with its government', () => {
    const f = facts(
      'The Government of Mozambique and RENAMO signed the ceasefire in Maputo. It was signed for the Government by Minister Ana Comoana and for RENAMO by Ossufo Momade.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Ossufo Momade|RENAMO');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Ossufo Momade|Mozambique');
  });
});

describe('de facto states, and a state after "the Government of" (rol25)', () => {
  const states = (t: string) =>
    findGazetteerHits(t)
      .filter((h) => h.type === 'State')
      .map((h) => h.name);
  it('state.de-facto-sides: Transnistria, Abkhazia, South Ossetia, Somaliland by name and demonym', () => {
    expect(states('the Transnistrian negotiator met the Abkhaz representative')).toEqual(['Transnistria', 'Abkhazia']);
    expect(states('the South Ossetian side and Somaliland')).toEqual(['South Ossetia', 'Somaliland']);
  });
  it('"the Government of the Democratic Republic of the Congo" is not the Republic of the Congo', () => {
    expect(states('the Government of the Democratic Republic of the Congo')).toEqual(['DR Congo']);
    expect(states('the Government of the Republic of the Congo')).toEqual(['Republic of the Congo']);
  });
});
