// Rules of round fl27c (issue 6), written after the first look at three new samples (a Pacific presidency's
// plain-text release on the signing of agreements amending a compact, a Central African press office's web page on a
// special agreement signed under a UN mediation, a European microstate's Markdown release on association talks
// concluded with the EU). Each rule is a general construction; tests on made-up sentences, negative ones included, in
// rules-fl27c.test.ts. Rule data (patterns) are named next to the rules.

/**
 * Rule event.between-plural-state-forms: "the negotiations between the European Union and the Republics of San Marino
 * and Andorra", "talks between the Governments of A and B", "consultations between the Kingdoms of A and B": a plural
 * formal name of states ("Republics", "Kingdoms", "Principalities", "Governments", "Grand Duchies" of) stands before the
 * parties it covers; the parties follow it as if it were "the". Read at each party's position by talksBetween
 * (event-between.ts); only the capitalised plural, so "the governments' positions" is untouched.
 */
export const EVENT_BETWEEN_PLURAL_STATE_FORMS = {
  id: 'event.between-plural-state-forms',
  pattern:
    /^(?:the[^\S\n]+)?(?:Republics|Kingdoms|Principalities|Governments|Grand[^\S\n]+Duchies)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?/,
};

/** The length of "the " or of a plural formal name of states ("the Republics of ") at the start of `rest`, else 0. */
export function partyLeadLength(rest: string): number {
  if (rest.startsWith('the ') || /^[A-Z]/.test(rest)) {
    const plural = EVENT_BETWEEN_PLURAL_STATE_FORMS.pattern.exec(rest);
    if (plural) return plural[0].length;
  }
  return /^the[^\S\n]+/.exec(rest)?.[0].length ?? 0;
}
