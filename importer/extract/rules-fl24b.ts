// Rules of round fl24b (issue 6), written after the first look at three new samples (a West African state house's
// plain-text release on a peace agreement signed with a rebel movement, a southern African kingdom's web page on a
// regional body's special envoy, a South American foreign ministry's Markdown note on an agreement between the
// government and provincial prefects). Each rule is a general construction; tests on made-up sentences, negative ones
// included, in rules-fl24b.test.ts. Rule data (patterns) are named next to the rules; the gazetteer rows of this round
// are in gazetteer-orgs.ts (UNASUR, the OAU, ECOMOG) and the lexicon rows in lexicons.ts (the styles "the Reverend",
// "Corporal", "Captain"; the title "Prefect").

/**
 * Rule org.leading-indefinite-article: "A Joint Implementation Committee, chaired by …, will meet …", "An Oversight
 * Board will be set up": the indefinite article opening a sentence is no part of the organisation name after it.
 * Spread into the leading words the organisation pattern drops (`LEADING`, gazetteer.ts), as "The" is.
 */
export const ORG_LEADING_INDEFINITE_ARTICLE = {
  id: 'org.leading-indefinite-article',
  words: ['A', 'An'] as const,
};

/**
 * Rule office.second-title-modifier: "the President of the Togolese Republic and current Chairman of ECOWAS, General
 * X", "the President of Chile and pro tempore President of UNASUR, Y": a second title joined by "and" may carry a
 * lowercase word of tenure ("current", "incumbent", "outgoing", "rotating", "pro tempore") before it; both titles are
 * the name's (person.title-comma-name read "and" straight before the second title only, so the first title was left
 * to a title reference and given to another person).
 */
export const OFFICE_SECOND_TITLE_MODIFIER = {
  id: 'office.second-title-modifier',
  /** After the first title: "and", then "the" or a word of tenure (not both: "and the current Chairman, A and B" may
   *  open a second person's title). */
  andThen: /^\s+and\s+(?:the\s+|(?:current|incumbent|outgoing|rotating|pro[\s-]tempore)\s+)?/,
};

/**
 * Rule person.plural-of-states-interleaved: "The Presidents of Burkina Faso, A, and of Liberia, B, also attended", "the
 * Foreign Ministers of Chile, A, of Peru, B, and of Bolivia, C": a plural title "of" a state, each state followed by
 * its holder's name after a comma, the next pair opened by "of"; each name holds the singular title of its state (as
 * person.plural-of-states does for "of X and Y, A and B"). The list must close with "and of".
 */
export const PERSON_PLURAL_OF_STATES_INTERLEAVED = {
  id: 'person.plural-of-states-interleaved',
  /** Between a state and its holder's name. */
  stateToName: /^,\s+/,
  /** Between a name and the next state: ", of", ", and of", " and of" (an optional "the"). */
  nameToState: /^(,\s+and\s+|\s+and\s+|,\s+)of\s+(?:the\s+)?/,
};
