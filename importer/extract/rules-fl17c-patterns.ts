// Pattern data of round fl17c (issue 6), kept in a file that imports nothing, so that the gazetteer, the titles and the
// role rules can use it with no import cycle (the rules that need the extraction context are in rules-fl17c.ts).

/** A capitalised word of a name ("Unification", "Co-operation", "Post-War"). */
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
/** What links two capitalised words inside a name: a space, or "of / and / for / in (the)". */
const NAME_LINK = String.raw`(?:[^\S\n]+(?:(?:of|and|for|in|on)[^\S\n]+(?:the[^\S\n]+)?)?)`;

export const FL17C_PATTERNS = {
  /**
   * Rule negotiates-for.delegation-of-side: "The delegation of the Palestinian National Liberation Movement (Fatah) was
   * headed by X": a state or organisation named after "delegation of" is the side its head acts for, as "the Fatah
   * delegation" is. Tested on the text before the name (or before its parenthesised short form).
   */
  delegationOfBefore:
    /\b(?:delegation|negotiating[^\S\n]+team)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[^()\n]{1,80}\()?$/iu,
  /**
   * Rule state.government-prefix: "the Royal Government of Cambodia", "the Federal Government of Somalia", "the
   * Government of the Kingdom of Thailand": a government's styled name still names the state (the gazetteer's prefix:
   * governmentOf before an official form, or styledGovernment before the short name).
   */
  governmentOf: String.raw`(?:the\s+)?(?:(?:Royal|Federal|Transitional|Interim|Imperial)\s+)?Government\s+of\s+(?:the\s+)?`,
  /** The styled government alone before the state's name: "the Royal Government of Cambodia". */
  styledGovernment: String.raw`(?:the\s+)?(?:Royal|Federal|Transitional|Interim|Imperial)\s+Government\s+of\s+(?:the\s+)?`,
  /**
   * Rule office.in-charge-of: "Senior Minister in Charge of State Border Affairs", "Deputy Prime Minister in charge of
   * the Economy": "in charge of" joins a title to its remit as "for" does.
   */
  inChargeOf: String.raw`in\s+[Cc]harge\s+of`,
  /**
   * Rule event.conference-named-for: a gathering whose capitalised name puts its head first, "the Conference for the
   * Unification of the Palestinian Ranks", "the International Conference on the Reconstruction of Ukraine", "the Summit
   * on Financing for Development". Group 1 is the name. A body the gazetteer knows ("Conference on Disarmament" as an
   * organisation) is left to it.
   */
  conferenceFor: new RegExp(
    String.raw`\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir)[^\S\n]+((?:(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[^\S\n]+)?(?:(?:International|Regional|Ministerial|Extraordinary|Special|High-Level|Global|World)[^\S\n]+)?(?:Conference|Summit|Symposium)[^\S\n]+(?:for|on)[^\S\n]+(?:the[^\S\n]+)?${CAP}(?:${NAME_LINK}${CAP}){0,8})`,
    'gu',
  ),
  /**
   * Rule event.visit-in-place: "President X is in the country for a two-day state visit", "who is in Hanoi on a state
   * visit", "is in the country on an official visit": a visit told by its visitor's presence. Group 1 is the place
   * ("the country" or a capitalised name), group 2 the visit.
   */
  visitInPlace:
    /\b(?:is|was|are|were)[^\S\n]+(?:currently[^\S\n]+|also[^\S\n]+)?in[^\S\n]+(the[^\S\n]+country|\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)[^\S\n]+(?:for|on)[^\S\n]+an?[^\S\n]+((?:(?:two|three|four|five)-day[^\S\n]+)?(?:official|working|state|private)[^\S\n]+visit)\b/gu,
};

/**
 * Rule negotiates-for.title-who-clause: "…, the Prime Minister, A, and the Minister of Foreign Affairs, B, who conducted
 * the mediation on behalf of the President of the Republic": inside a relative clause only its antecedent (the person
 * named last before "who") acts for the title's holder, not everyone listed before it.
 */
export function whoClauseAgents<T extends [{ start: number; end: number; to?: number }, string]>(
  text: string,
  from: number,
  cueAt: number,
  agents: T[],
): T[] {
  const who = [...text.slice(from, cueAt).matchAll(/,[^\S\n]+who\b/g)].pop();
  if (!who) return agents;
  const at = from + who.index;
  const before = agents.filter(([p]) => (p.to ?? p.end) <= at);
  const last = before[before.length - 1];
  return last ? [last] : agents;
}
