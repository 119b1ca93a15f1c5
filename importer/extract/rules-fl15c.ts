// Rules of round fl15c (issue 6), written after the first look at three new samples (the Presidency of Angola, the
// Government of Timor-Leste, the OAS General Secretariat). Each rule is a general construction; tests on made-up
// sentences in rules-fl15c.test.ts.

/**
 * Rule person.inside-particle-name: "at the Palácio da Cidade Alta", "the Quinta da Boa Vista", "on the Plaza de Mayo":
 * capitalised words after a capitalised word and a lowercase name particle continue a larger proper name (a palace, a
 * square), no person's name of their own. The pattern reads the text right before the candidate name.
 */
export const PERSON_INSIDE_PARTICLE_NAME = {
  id: 'person.inside-particle-name',
  before: /\p{Lu}[\p{L}'’-]*[^\S\n]+(?:da|do|das|dos|de|del|della|di|du|des)[^\S\n]+$/u,
};

/**
 * Rule office.apposition-after-post-nominals: "the Hon. Julie Smith MP, Minister for Trade", "Sir John Brown KCMG, High
 * Commissioner": post-nominal letters between a name and its apposition are skipped, so the title after the comma is
 * still the person's. Returns how many characters of post-nominals start `after` (0 when none).
 */
export const OFFICE_APPOSITION_POST_NOMINALS = {
  id: 'office.apposition-after-post-nominals',
  // ent21: and a member of the Dáil's "TD" / "T.D." (person.dail-post-nominal).
  letters: /^(?:[^\S\n]+(?:MP|MLA|MEP|QC|KC|OBE|CBE|KBE|CMG|KCMG|GCMG|AO|AC|MBE|TD|T\.D\.))+(?=[^\S\n]*,)/,
};

export function postNominalsLength(after: string): number {
  return OFFICE_APPOSITION_POST_NOMINALS.letters.exec(after)?.[0].length ?? 0;
}

/**
 * Rule org.leading-subordinator: "Until the Court rules, …", "Upon the Council's request, …", "Despite the Union's
 * efforts, …": a conjunction or preposition opening a sentence is no part of the organisation name that follows it.
 * Spread into the leading words the organisation pattern drops (`LEADING`, gazetteer.ts).
 */
export const ORG_LEADING_SUBORDINATOR = {
  id: 'org.leading-subordinator',
  words: ['Until', 'Unless', 'Because', 'Upon', 'Despite', 'Through', 'Within', 'Amid', 'Throughout'] as const,
};

/**
 * Rule event.proceedings-between: "the conciliation proceedings between Timor-Leste and Australia", "arbitration
 * proceedings between A and B": legal proceedings between named parties are an event, as talks between them are
 * (event.between, event-between.ts, which spreads these words into its pattern); the parties are INVOLVED in it.
 * "proceedings" alone needs one of the kinds ("the proceedings between the two sessions" names no parties anyway).
 */
const PROCEEDINGS_KINDS = ['conciliation', 'arbitration', 'mediation', 'arbitral', 'legal'] as const;
export const EVENT_PROCEEDINGS_BETWEEN = {
  id: 'event.proceedings-between',
  kinds: PROCEEDINGS_KINDS,
  head: String.raw`(?:(?:${PROCEEDINGS_KINDS.join('|')})[^\S\n]+proceedings)`,
};
