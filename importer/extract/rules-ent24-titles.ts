// ent24's title patterns that titles.ts and rules-ent23.ts read: kept apart from rules-ent24.ts, which reads the
// person mentions (types.ts), so that the title parser does not import back through the types (no-cycles.test.ts).

/**
 * Rule office.plural-possessive-state: "Barbados' Minister of Foreign Affairs and Foreign Trade, X", "the Bahamas'
 * Foreign Minister", "the Philippines' Secretary of Foreign Affairs": a state whose name ends in "s" takes the
 * possessive as a bare apostrophe, and owns the title after it as "Egypt's" does. Only after a final "s".
 */
export const PLURAL_POSSESSIVE = {
  id: 'office.plural-possessive-state',
  /** The possessive ending after a prefix word, as a regex source: "'s", or a bare apostrophe after "s". */
  ending: `(?:['’]s|(?<=s)['’])`,
};

/**
 * Rule office.citizens-abroad-same-plural: "Minister of Foreign Affairs, African Integration and Togolese Abroad",
 * "… and Swiss Abroad": a demonym in "-ese" or "-ss" is its own plural, so it names a foreign ministry's portfolio
 * before "Abroad" as "Tunisians" does (office.citizens-abroad-remit, rules-ent23.ts), not the state inside the title.
 */
export const SAME_PLURAL_DEMONYM = /(?:ese|ss)$/;
