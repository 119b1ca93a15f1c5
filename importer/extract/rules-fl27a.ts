// Rules of round fl27a (issue 6), written after the first look at three new samples (a Central African presidency's
// plain-text communiqué on a court's judgment and the mediation before it, a Central European foreign ministry's web
// page on an organisation's ministerial council, a Pacific government's Markdown release on a treaty signing). Each
// rule is a general construction; tests on made-up sentences, negative ones included, in rules-fl27a.test.ts. Rule data
// (patterns) are named next to the rules.

/**
 * Rule office.head-of-state-president: "The President of the Republic, Head of State, His Excellency X", "the Gabonese
 * Head of State, X", "the President of the Transition, Head of State, Colonel X": a republic's "Head of State" is its
 * President (the GUIDE's gold keeps "Head of State" as an alias of the presidency). A person who bears a President's
 * title of the same state holds that office under both names; one who bears only "Head of State" of a state whose
 * official name is a Republic holds that state's presidency. Not a former title ("former Head of State, General X":
 * a military ruler of the past), not a monarchy's head of state, not "Head of State and Government".
 */
export const OFFICE_HEAD_OF_STATE_PRESIDENT = {
  id: 'office.head-of-state-president',
  /** The title told: "Head of State" alone. */
  headOfState: /^Head of State$/,
  /** A presidency's title that "Head of State" stands for: "President", "President of the Transition", … */
  president: /^President\b/,
  /** An official state name that makes its head of state a President. */
  republic: /\bRepublic\b/,
  /**
   * A presidency of a body stacked right before ("the President of the Transitional Military Council, Head of State,
   * General X"): the office is that presidency, which "Head of State" then names; not renamed to the state's President.
   */
  otherPresidencyBefore: /\bPresident of (?!the Republic\b)[^,;.]{3,90},\s*$/,
};

/**
 * Rule office.head-of-state-president: whether a current title at `start` of `text` is a bare "Head of State" that
 * stands for a presidency (no other presidency stacked right before it).
 */
export const isHeadOfState = (title: string, former: boolean | undefined, text: string, start: number): boolean =>
  !former &&
  OFFICE_HEAD_OF_STATE_PRESIDENT.headOfState.test(title) &&
  !OFFICE_HEAD_OF_STATE_PRESIDENT.otherPresidencyBefore.test(text.slice(Math.max(0, start - 100), start));

/** Rule office.head-of-state-president: whether "Head of State" is told for the presidency title `title`. */
export const headOfStateOf = (title: string): boolean => OFFICE_HEAD_OF_STATE_PRESIDENT.president.test(title);

/** Rule office.head-of-state-president: whether a state's official name makes its head of state a President. */
export const presidentialState = (official: string | undefined): boolean =>
  !!official && OFFICE_HEAD_OF_STATE_PRESIDENT.republic.test(official) && !/\bKingdom\b/.test(official);
