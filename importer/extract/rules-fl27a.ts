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

/**
 * Rule negotiates-for.on-behalf-by-title (widens and narrows negotiates-for.on-behalf-by, rules-rol.ts): "The treaty
 * was signed on behalf of the Republic of Nauru by the President and on behalf of Australia by the Prime Minister, in
 * the presence of the Minister …, X": the agent after "by" may be told by a bare title, which names the holder of that
 * title of the side's state ("the Prime Minister" of Australia); and a person named only after a later clause (another
 * "on behalf of", "in the presence of", "witnessed by") is not the agent.
 */
export const NEGOTIATES_FOR_ON_BEHALF_BY_TITLE = {
  id: 'negotiates-for.on-behalf-by-title',
  /** A bare title right after "by": "the Prime Minister", "its Minister of Foreign Affairs", "the Foreign Minister". */
  title:
    /^(?:the|its|their)\s+((?:(?:Vice|Deputy|First)[\s-]+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}-]*))*)/u,
  /** Connectors a title cannot end on ("the President and on behalf of …"). */
  tail: /(?:\s+(?:of|for|and|the))+$/,
  /** A later clause between "by" and a person, who then is not the agent. */
  beyond: /\bon\s+behalf\s+of\b|\bin\s+the\s+presence\s+of\b|\bwitnessed\b|;/i,
};

/** Rule negotiates-for.on-behalf-by-title: the bare title told right after "by" (`after` starts after "by "), if any. */
export function titleAfterBy(after: string): string | undefined {
  const m = NEGOTIATES_FOR_ON_BEHALF_BY_TITLE.title.exec(after);
  const title = m?.[1]!.replace(NEGOTIATES_FOR_ON_BEHALF_BY_TITLE.tail, '');
  return title && title.split(/\s+/).length <= 8 ? title : undefined;
}

/** Rule negotiates-for.on-behalf-by-title: whether the text between "by" and a person crosses a later clause. */
export const crossesClause = (between: string): boolean => NEGOTIATES_FOR_ON_BEHALF_BY_TITLE.beyond.test(between);

/**
 * Rule office.org-principal-owner (widens office.secretary-general-owner, titles.ts): "the Special Representative of the
 * Chairperson-in-Office", "the Personal Representative of the OSCE Chairperson-in-Office": an office held "of" a title
 * that only one organisation has belongs to that organisation, not to the issuer whose minister chairs it; the envoy's
 * principal is that title's holder. Only titles no state and no other body bears.
 */
export const OFFICE_ORG_PRINCIPAL_OWNER = {
  id: 'office.org-principal-owner',
  /** A principal's title and the one organisation (its gazetteer name) that has it. */
  principals: [{ title: /^Chairperson-in-Office\b/, org: 'OSCE' }] as const,
};

/** Rule office.org-principal-owner: the organisation whose own title `bare` begins with, if any. */
export const orgOfPrincipal = (bare: string): string | undefined =>
  OFFICE_ORG_PRINCIPAL_OWNER.principals.find((p) => p.title.test(bare))?.org;

/**
 * Rule office.co-chairs-of-body (widens office.rank-after-title, rules-fl19a.ts): "the Co-Chairs of the OSCE Minsk
 * Group, Ambassadors A of X, B of Y and C of Z": the rank "Ambassadors" gives no office, but the plural title before it
 * does: each named one is a Co-Chair of that organisation. Only a capitalised plural of a chair's title and an
 * organisation the gazetteer knows, right before the comma ("the co-chairs of the negotiating committee, Ambassador A
 * of X …" stay as they were).
 */
export const OFFICE_CO_CHAIRS_OF_BODY = {
  id: 'office.co-chairs-of-body',
  /** The plural title right before the organisation: "the Co-Chairs of (the) ". */
  before: /\b[Tt]he\s+(Co-Chair(?:person)?s|Co-Chairmen|Co-Facilitators|Co-Mediators)\s+of\s+(?:the\s+)?$/,
  /** The comma after the organisation, right before the rank. */
  after: /^,\s+$/,
};

/** Rule office.co-chairs-of-body: the singular title and the organisation told before the rank at `rankAt`, if any. */
export function coChairsBefore(
  text: string,
  rankAt: number,
  orgs: readonly { name: string; start: number; end: number; type: string }[],
): { title: string; org: string; start: number } | undefined {
  const org = orgs.find(
    (h) =>
      h.type === 'Organization' && h.end < rankAt && OFFICE_CO_CHAIRS_OF_BODY.after.test(text.slice(h.end, rankAt)),
  );
  if (!org) return undefined;
  const m = OFFICE_CO_CHAIRS_OF_BODY.before.exec(text.slice(Math.max(0, org.start - 40), org.start));
  if (!m) return undefined;
  const title = m[1]!.replace(/men$/, 'man').replace(/s$/, '');
  return { title, org: org.name, start: org.start - m[0].length + m[0].indexOf(m[1]!) };
}

/**
 * Rule party-to.two-states-between (widens party-to.their-countries, rules-agr20.ts): "the Special Agreement which the
 * two States signed", when the readout has no two sides and lists no ministers: the two states the text first names
 * as "between A and B" ("the case … between the Gabonese Republic and the Republic of Equatorial Guinea"). Only "the
 * two" (a number that a pair can fill), only two states with nothing but "and" (and an article) between them.
 */
export const PARTY_TO_TWO_STATES_BETWEEN = {
  id: 'party-to.two-states-between',
  /** The count the pair must fill: "the two States", "both countries". */
  two: /^,?\s*(?:(?:which|that)\s+)?(?:the\s+two|both)\s/,
  /** The words between "between" and the first state, and between the two states. */
  between: /\bbetween\s+(?:the\s+)?$/,
  and: /^\s+and\s+(?:the\s+)?$/,
};

/** Rule party-to.two-states-between: the first "between A and B" pair of states in `text`, as their hits. */
export function firstStatePair<H extends { type: string; start: number; end: number; demonym?: boolean }>(
  text: string,
  hits: readonly H[],
): [H, H] | undefined {
  const states = hits.filter((h) => h.type === 'State' && !h.demonym).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < states.length; i++) {
    const [a, b] = [states[i]!, states[i + 1]!];
    if (
      PARTY_TO_TWO_STATES_BETWEEN.between.test(text.slice(Math.max(0, a.start - 14), a.start)) &&
      PARTY_TO_TWO_STATES_BETWEEN.and.test(text.slice(a.end, b.start))
    )
      return [a, b];
  }
  return undefined;
}
