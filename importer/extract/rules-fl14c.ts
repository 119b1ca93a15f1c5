// Rules of round fl14c (issue 6), written after the first look at three new samples (Eritrea's Ministry of
// Information, the Office of the President of Mongolia, the Government of Moldova).

/**
 * Rule office.minister-delegate: "Minister Delegate for Foreign Trade X", "the Minister-Delegate for European Affairs",
 * the French-style junior minister, is one title head; without it "Delegate" was read as a person's name. Spread into
 * `TITLE_HEADS` (lexicons.ts).
 */
export const OFFICE_MINISTER_DELEGATE = {
  id: 'office.minister-delegate',
  heads: ['Minister Delegate', 'Minister-Delegate', 'Deputy Minister Delegate'] as const,
};

/**
 * Rule office.delegation-joined: "the French delegation was joined by Minister Delegate for Foreign Trade X": a
 * delegation "joined by" or "also joined by" a bare title lists it as a member, as "included" does (rule
 * office.delegation-list, rules-fl13b.ts, whose gap pattern takes these verbs too). Not "joined the delegation".
 */
export const OFFICE_DELEGATION_JOINED = {
  id: 'office.delegation-joined',
  verbs: String.raw`(?:was|were|is|are)\s+(?:also\s+)?joined\s+by`,
};
