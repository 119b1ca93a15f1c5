// The rol15 round's tests (issue 6, construction 8): the rules written on the seventh, blind roles bank
// (bank-roles-7.ts), each on made-up sentences other than the bank's, with negatives.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';
import { atGathering, negatedAfter } from './rules-rol15.ts';

const facts = (text: string, source?: string) =>
  extractFacts(text, { file: 't.txt', date: '2025-06-01', ...(source ? { source } : {}) }).rels;
const roleOf = (r: Set<string>, who: string) =>
  [...r].filter((f) => f.startsWith(`NEGOTIATES_FOR|${who}|`) || f.startsWith(`REPORTS_TO|${who}|`));

describe('negotiates-for.team-members', () => {
  it('gives the side to each member a negotiating team "comprised"', () => {
    const r = facts(
      "Ghana's negotiating team with the creditors comprised Deputy Finance Minister Abena Osei-Asare and Ambassador Kofi Mensah.",
    );
    expect(r.has('NEGOTIATES_FOR|Abena Osei-Asare|Ghana')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Kofi Mensah|Ghana')).toBe(true);
  });
  it('gives the side to the person "at its head"', () => {
    const r = facts(
      'The Kyrgyz delegation, with Deputy Foreign Minister Almaz Imangaziev at its head, opened the consultations on visas in Baku.',
    );
    expect(r.has('NEGOTIATES_FOR|Almaz Imangaziev|Kyrgyzstan')).toBe(true);
  });
  it('gives nothing for a delegation at a summit', () => {
    const r = facts(
      'The Peruvian delegation to the summit included Foreign Minister Elmer Schialer and Trade Minister Úrsula Desilú León.',
    );
    expect(roleOf(r, 'Elmer Schialer')).toEqual([]);
  });
  it('gives nothing to a person "with" the team who does not head it', () => {
    const r = facts('The Kyrgyz delegation, with Ambassador Almaz Imangaziev beside it, watched the talks in Baku.');
    expect(roleOf(r, 'Almaz Imangaziev')).toEqual([]);
  });
});

describe('negotiates-for.for-side-list and negotiates-for.from-side-led-by', () => {
  it('reads "For the Mexican side, X" at the opening of a sentence', () => {
    const r = facts(
      'For the Mexican side, Deputy Foreign Minister Luis Rosendo Gutiérrez took part in the second round.',
    );
    expect(r.has('NEGOTIATES_FOR|Luis Rosendo Gutiérrez|Mexico')).toBe(true);
  });
  it('reads a list of sides after a colon in a sentence of talks', () => {
    const r = facts(
      'Heads of the teams at the talks on the fisheries accord: for Fiji, Permanent Secretary Sandeep Singh; for Samoa, Ambassador Peseta Noumea Simi.',
    );
    expect(r.has('NEGOTIATES_FOR|Sandeep Singh|Fiji')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Peseta Noumea Simi|Samoa')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Sandeep Singh|Samoa')).toBe(false);
  });
  it('reads "negotiators from A, led by X, and from B, led by Y"', () => {
    const r = facts(
      'Negotiators from Nepal, led by Foreign Secretary Amrit Bahadur Rai, and from India, led by Foreign Secretary Vikram Misri, met in Kathmandu.',
    );
    expect(r.has('NEGOTIATES_FOR|Amrit Bahadur Rai|Nepal')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Vikram Misri|India')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Vikram Misri|Nepal')).toBe(false);
  });
  it('gives nothing for "For Australia, X said" with no side and no list', () => {
    const r = facts('For Australia, Prime Minister Anthony Albanese said the talks had been useful.');
    expect(roleOf(r, 'Anthony Albanese').filter((f) => f.startsWith('NEGOTIATES_FOR'))).toEqual([]);
  });
});

describe('negotiates-for.led-the-countrys-negotiations', () => {
  it('gives the state named before "the country\'s … negotiations"', () => {
    const r = facts(
      "Ecuador's Economy Minister, Juan Carlos Vega, who steered the country's negotiations with the bondholders, resigned on Friday.",
    );
    expect(r.has('NEGOTIATES_FOR|Juan Carlos Vega|Ecuador')).toBe(true);
  });
  it("gives nothing for the country's budget", () => {
    const r = facts(
      "Ecuador's Economy Minister, Juan Carlos Vega, who steered the country's budget, resigned on Friday.",
    );
    expect(roleOf(r, 'Juan Carlos Vega')).toEqual([]);
  });
});

describe('negotiates-for.leader-assigned and negotiates-for.appointed-by-reduced', () => {
  it('reads "President Y has assigned X to head the negotiations"', () => {
    const r = facts(
      'President Peter Mutharika has assigned Finance Minister Joseph Mwanamvekha to lead the negotiations with the lenders.',
    );
    expect(r.has('NEGOTIATES_FOR|Joseph Mwanamvekha|Peter Mutharika')).toBe(true);
  });
  it('gives nothing for an assignment that is no negotiation', () => {
    const r = facts(
      'President Peter Mutharika has assigned Finance Minister Joseph Mwanamvekha to lead the budget review.',
    );
    expect(r.has('NEGOTIATES_FOR|Joseph Mwanamvekha|Peter Mutharika')).toBe(false);
  });
  it('reads "X, the envoy appointed by President Y"', () => {
    const r = facts(
      'Olusegun Adeyemi, the envoy appointed by President Julius Maada Bio, met both camps in Freetown on Monday.',
    );
    expect(r.has('NEGOTIATES_FOR|Olusegun Adeyemi|Julius Maada Bio')).toBe(true);
  });
  it('gives nothing for a judge appointed by the President', () => {
    const r = facts('Olusegun Adeyemi, the judge appointed by President Julius Maada Bio, opened the session.');
    expect(roleOf(r, 'Olusegun Adeyemi')).toEqual([]);
  });
});

describe('negotiates-for.org-designated, negotiates-for.org-led-mediation, negotiates-for.mediation-of', () => {
  it('reads "whom the organisation designated as mediator"', () => {
    const r = facts(
      'Former President Mahamadou Issoufou, whom ECOWAS designated as mediator for Burkina Faso, arrived in Ouagadougou.',
    );
    expect(r.has('NEGOTIATES_FOR|Mahamadou Issoufou|Economic Community of West African States')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Mahamadou Issoufou|Burkina Faso')).toBe(false);
  });
  it('reads "the organisation-led mediation, headed by X"', () => {
    const r = facts(
      'The IGAD-led mediation, headed by former Kenyan Vice-President Stephen Kalonzo Musyoka, resumed in Addis Ababa.',
    );
    expect(r.has('NEGOTIATES_FOR|Stephen Kalonzo Musyoka|Intergovernmental Authority on Development')).toBe(true);
  });
  it('reads "under the mediation of" a head of state', () => {
    const r = facts(
      'Under the mediation of Togolese President Faure Gnassingbé, the two governments agreed to release the detained soldiers.',
    );
    expect(r.has('NEGOTIATES_FOR|Faure Gnassingbé|Togo')).toBe(true);
  });
  it('gives nothing for "under the chairmanship of"', () => {
    const r = facts(
      'Under the chairmanship of Togolese President Faure Gnassingbé, the two governments agreed to release the soldiers.',
    );
    expect(roleOf(r, 'Faure Gnassingbé').filter((f) => f.startsWith('NEGOTIATES_FOR'))).toEqual([]);
  });
});

describe('reports-to.fronted-orders and reports-to.team-answers-to', () => {
  it('reads "Under the stewardship of President Y, X led"', () => {
    const r = facts(
      'Under the stewardship of President Surangel Whipps Jr., Foreign Minister Gustav Aitaro led the negotiations with Washington.',
    );
    expect(r.has('REPORTS_TO|Gustav Aitaro|Surangel Whipps Jr.')).toBe(true);
  });
  it('reads "Acting on instructions from President Y, X"', () => {
    const r = facts(
      'Acting on instructions from President Félix Tshisekedi, Foreign Minister Thérèse Kayikwamba Wagner travelled to Doha for the talks.',
    );
    expect(r.has('REPORTS_TO|Thérèse Kayikwamba Wagner|Félix Tshisekedi')).toBe(true);
  });
  it('reads a team that answers to a leader and is led by X', () => {
    const r = facts(
      'The negotiating team, which reports directly to President Nana Akufo-Addo, is led by Deputy Minister John Kumah.',
    );
    expect(r.has('REPORTS_TO|John Kumah|Nana Akufo-Addo')).toBe(true);
  });
  it('gives nothing when the fronted phrase is no order', () => {
    const r = facts(
      'On the invitation of King Hamad bin Isa Al Khalifa, Foreign Minister Abdullatif Al Zayani hosted the talks in Manama.',
    );
    expect(r.has('REPORTS_TO|Abdullatif Al Zayani|Hamad bin Isa Al Khalifa')).toBe(false);
  });
  it('reads a state counsellor "to" the President', () => {
    const r = facts('Erlan Idrissov, State Counsellor to President Kassym-Jomart Tokayev, received the delegation.');
    expect(r.has('REPORTS_TO|Erlan Idrissov|Kassym-Jomart Tokayev')).toBe(true);
  });
});

describe('negatives of rol15', () => {
  it('negotiates-for.not-represented-at-gathering: a stand-in at a ceremony', () => {
    const r = facts(
      'Vice President Paul Mashatile represented President Cyril Ramaphosa at the funeral of the late king.',
    );
    expect(r.has('NEGOTIATES_FOR|Paul Mashatile|Cyril Ramaphosa')).toBe(false);
    expect(atGathering(' at the inauguration of the new president')).toBe(true);
    expect(atGathering(' at the talks in Geneva')).toBe(false);
  });
  it('negotiates-for.represents still reads a stand-in at talks', () => {
    const r = facts(
      'Vice President Paul Mashatile represented President Cyril Ramaphosa at the talks on the electricity agreement in Harare.',
    );
    expect(r.has('NEGOTIATES_FOR|Paul Mashatile|Cyril Ramaphosa')).toBe(true);
  });
  it('negotiates.not-negated: someone who did not take part', () => {
    const r = facts(
      'Trade Minister Simon Birmingham did not take part in the negotiations on the Australia-EU Free Trade Agreement, which were conducted by officials.',
    );
    expect(r.has('NEGOTIATES|Simon Birmingham|Australia-EU Free Trade Agreement')).toBe(false);
    expect(negatedAfter(' did not take part in the negotiations')).toBe(true);
    expect(negatedAfter(', who had never negotiated')).toBe(false);
    expect(negatedAfter(' led the negotiations')).toBe(false);
  });
  it('negotiates-for.not-passive-sender: "designated by President Y as his representative"', () => {
    const r = facts(
      'Former President Ernest Bai Koroma, designated by President Bola Tinubu as his representative in the talks with the junta, arrived in Niamey.',
    );
    expect(r.has('NEGOTIATES_FOR|Bola Tinubu|Ernest Bai Koroma')).toBe(false);
    expect(r.has('NEGOTIATES_FOR|Ernest Bai Koroma|Bola Tinubu')).toBe(true);
  });
});

describe('rol15 changes to older rules', () => {
  it('negotiates.responsible: "who chairs the negotiations on" an agreement', () => {
    const r = facts(
      'Ambassador Marianne Berg of Norway, who chairs the negotiations on the Global Tax Convention, opened the session in Nairobi.',
    );
    expect(r.has('NEGOTIATES|Marianne Berg|Global Tax Convention')).toBe(true);
  });
  it('negotiates-for.negotiator-noun: a side\'s "team leader" and a title the mention left out', () => {
    const r = facts(
      "Vanuatu's team leader at the fisheries talks, Fisheries Director General Tony Taleo, said the new terms were fair.",
    );
    expect(r.has('NEGOTIATES_FOR|Tony Taleo|Vanuatu')).toBe(true);
    const q = facts(
      "Japan's chief negotiator at the tariff talks, Economic Security Minister Minoru Kiuchi, left for Washington.",
    );
    expect(q.has('NEGOTIATES_FOR|Minoru Kiuchi|Japan')).toBe(true);
  });
  it("negotiates-for.leading-team: a plural possessive and a side's mediation", () => {
    const r = facts("President Hilda Heine led the Marshall Islands' negotiations on the compact with Washington.");
    expect(r.has('NEGOTIATES_FOR|Hilda Heine|Marshall Islands')).toBe(true);
    const q = facts('State Minister Abdullah Al-Sayegh led the Emirati mediation between the two sides in Abu Dhabi.');
    expect(q.has('NEGOTIATES_FOR|Abdullah Al-Sayegh|United Arab Emirates')).toBe(true);
  });
});

describe('rol15: people in lists and new title heads', () => {
  it('person.list-parenthesised-side: "the lead negotiators, A (X) and B (Y)"', () => {
    const r = facts(
      'The lead negotiators, Petros Sourmelis (European Union) and Vangelis Vitalis (New Zealand), initialled the text in Brussels.',
    );
    expect(r.has('NEGOTIATES_FOR|Petros Sourmelis|European Union')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Vangelis Vitalis|New Zealand')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Vangelis Vitalis|European Union')).toBe(false);
  });
  it('negotiates-for.heads-of-delegation-list: a "Heads of delegation:" heading after a round of talks', () => {
    const r = facts(
      'The third round of the Canada-Ecuador trade talks ended in Quito. Heads of delegation: Doug Forsyth (Canada), Daniel Legarda (Ecuador).',
    );
    expect(r.has('NEGOTIATES_FOR|Doug Forsyth|Canada')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Daniel Legarda|Ecuador')).toBe(true);
  });
  it('gives nothing for heads of delegation at a ceremony with no talks', () => {
    const r = facts(
      'The memorial service was held in Quito. Heads of delegation: Doug Forsyth (Canada), Daniel Legarda (Ecuador).',
    );
    expect([...r].filter((f) => f.startsWith('NEGOTIATES_FOR|'))).toEqual([]);
  });
  it('reads "Ambassador-at-Large" as a title', () => {
    const r = facts("The Minister received Malaysia's Ambassador-at-Large Ilango Karuppannan in Singapore.");
    expect(r.has('HOLDS_OFFICE|Ilango Karuppannan|Ambassador-at-Large of Malaysia')).toBe(true);
  });
  it('reads a name with a particle written joined to it ("DiCarlo", "DeSantis") whole', () => {
    const { out } = extractFacts('Ambassador Anne-Marie DiCarlo chaired the talks on the new protocol.');
    expect(out.entities.some((e) => e.type === 'Person' && e.name === 'Anne-Marie DiCarlo')).toBe(true);
  });
});
