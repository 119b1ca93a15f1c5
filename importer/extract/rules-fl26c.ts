// Rules of round fl26c (issue 6), written after the first look at three new samples (a Sahelian presidency's
// plain-text release on a peace agreement signed under a Gulf mediation, an Alpine government's web page on a trade
// agreement signed at a ministerial meeting, a Sahelian presidency's Markdown release on a summit that signed a
// treaty). Each rule is a general construction; tests on made-up sentences, negative ones included, in
// rules-fl26c.test.ts. Rule data (patterns) are named next to the rules.

/**
 * Rule agreement.title-participle: "the Treaty establishing the Confederation of …", "the Agreement amending the
 * Convention on …", "the Protocol relating to the Status of …", "the Agreement governing the Activities of …": a formal
 * title that opens with its head goes on over a lowercase participle of establishing, amending, creating, governing or
 * relating, as it does over "on", "of" or "concerning". Not "following", "signed" or "reached" ("the Agreement
 * following the talks" is prose), and only before a capitalised complement (agreements.ts, TITLE_TAIL).
 */
export const AGREEMENT_TITLE_PARTICIPLE = {
  id: 'agreement.title-participle',
  words: [
    'establishing',
    'amending',
    'creating',
    'instituting',
    'governing',
    'relating to',
    'Relating to',
    'Creating',
    'Instituting',
    'Governing',
  ],
};

/** Rule agreement.title-participle: the participles as one regex alternation, spaces as `sp`. */
export function titleParticiples(sp: string): string {
  return AGREEMENT_TITLE_PARTICIPLE.words.map((w) => w.replace(/ /g, sp)).join('|');
}
