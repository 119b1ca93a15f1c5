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
