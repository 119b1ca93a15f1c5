// Patterns of the fl29c round (issue 6), kept free of imports so the agreement and title readers can use them
// without import cycles; tested in rules-fl29c.test.ts.

/**
 * Rule agreement.elided-particle: "the Agreement between the Republic of Côte d'Ivoire and the Republic of Ghana",
 * "… between Côte d’Ivoire and Guinea": an elided French particle ("d'", "l'") before a capitalised word belongs to the
 * title's word, so the title does not stop at "Côte". Prefix of a capitalised title word (regex source).
 */
export const ELIDED_PARTICLE = "(?:[dl]['’](?=\\p{Lu}))?";

/**
 * Rule office.plural-title-pair-tail: "the Ministers of Foreign Affairs of the two countries, A and B": a title's own
 * complement followed by "of the two countries" (or "of both sides") is the title "Minister of Foreign Affairs", held
 * by each name for a state of the pair; the pair is the last one told before, anywhere before the sentence when none
 * is near. `tail` is the trailing pair complement of a plural title's complement.
 */
export const OFFICE_PLURAL_TITLE_PAIR_TAIL = {
  id: 'office.plural-title-pair-tail',
  // office.plural-title-recent-states (fl32a): "of the four (five) countries" too.
  tail: /[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:two|three|four|five|both)[^\S\n]+(?:countries|states|nations|sides|governments)$/,
};

/**
 * Rule participated.signing-subject-honorifics: "The Head of State, H.E. Mr. A, and his counterpart, H.E. B,
 * attended the signing of X" (event.signing-attended): the dots of honorifics ("H.E.", "Mr.", "Dr.") between a
 * subject's name and the verb end no clause, so every person of the subject takes part in the signing.
 */
export const PARTICIPATED_SIGNING_SUBJECT_HONORIFICS = {
  id: 'participated.signing-subject-honorifics',
  dots: /\b(?:H\.[^\S\n]?E|Mr|Mrs|Ms|Dr|Hon|Prof|Amb|Gen|Jr|Sr)\./g,
};
