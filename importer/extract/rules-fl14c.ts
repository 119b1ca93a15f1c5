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

/** Rule event.visit-destination: the destination a visit's name gives ("visit to Mongolia" → "mongolia"). */
// A state's formal name reads as its short one: "to the Kingdom of Morocco" → "morocco"; acronyms say nothing ("US").
const VISIT_DESTINATION =
  /\b[Vv]isit\b[^,;]*?\bto\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}of\s+(?:the\s+)?)?(\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

/**
 * Rule event.visit-destination: two visit names that give different destinations are two visits, never one name's
 * shorter form ("a visit to Mongolia" told held, "the State Visit of the President of Mongolia to France" planned).
 * Used by `mergeLongerForms` (event-merge.ts). Names with no destination, or one destination only, say nothing.
 */
export function otherDestination(a: string, b: string): boolean {
  const da = VISIT_DESTINATION.exec(a)?.[1]?.toLowerCase();
  const db = VISIT_DESTINATION.exec(b)?.[1]?.toLowerCase();
  return da !== undefined && db !== undefined && da !== db;
}

/** Rule negotiates-for.presidency-of-body: what follows a demonym that names a rotating presidency. */
const PRESIDENCY_AFTER_DEMONYM = /^[^\S\n]+(?:rotating[^\S\n]+)?Presidency[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?/;

/**
 * Rule negotiates-for.presidency-of-body: "on behalf of the Belgian Presidency of the Council of the EU": the principal
 * is the body presided over, not the presiding state. Given the hits of the sentence and the demonym hit right after "on
 * behalf of", returns the organisation hit the presidency is of, or undefined when the demonym names no presidency
 * ("on behalf of the Belgian Government") or no organisation follows.
 */
export function presidencyBody<H extends { start: number; end: number; type: string; demonym?: boolean }>(
  text: string,
  hit: H,
  hits: readonly H[],
): H | undefined {
  if (hit.type !== 'State' || !hit.demonym) return undefined;
  const m = PRESIDENCY_AFTER_DEMONYM.exec(text.slice(hit.end, hit.end + 40));
  if (!m) return undefined;
  const at = hit.end + m[0].length;
  return hits.find((h) => h.type === 'Organization' && h.start === at);
}
