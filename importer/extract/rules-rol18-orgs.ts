// rol18: a name pattern the organisation rule must not read as an organisation. Kept apart from rules-rol18.ts so that
// the gazetteer can use it without importing the relation rules.

/** "Helena König for the European Union": two to four capitalised words (no head word) and "for" before a known body. */
export const PERSON_FOR_BODY = /^((?:\p{Lu}[\p{L}'’.-]*\s+){2,4})for\s+(?:the\s+)?$/u;

/**
 * Rule org.not-person-for-body: "The chief negotiators, Helena König for the European Union and Y for Indonesia": a
 * chain that is a person's name, "for" and an organisation the gazetteer knows (ending where the chain ends) is a
 * person acting for that body, not an organisation named "… for the European Union".
 */
export function personForBody(
  text: string,
  start: number,
  end: number,
  known: readonly { type: string; start: number; end: number }[],
  heads: ReadonlySet<string>,
): boolean {
  const body = known.find((h) => h.type === 'Organization' && h.start > start && h.end === end);
  if (!body) return false;
  const m = PERSON_FOR_BODY.exec(text.slice(start, body.start));
  return !!m && !m[1]!.trim().split(/\s+/).some((w) => heads.has(w));
}
