// The fl16a round's session rule (issue 6), on text alone so that the events stage may call it without an import
// cycle; tested in rules-fl16a.test.ts.

/** Patterns of the fl16a session rule, as named data. */
export const FL16A_SESSION_PATTERNS = {
  /**
   * Rule event.session-met-restricted: a restricted session told with a verb, "met one-on-one", "met tête-à-tête",
   * when the same clause goes on to a further session ("The leaders first met one-on-one and then held
   * delegation-level talks"). Group 1 is the surface. One such meeting alone is the meeting itself, not a session.
   */
  metRestricted:
    /\b(met[^\S\n]+(?:one-on-one|one-to-one|tête-à-tête|tete-a-tete))\b(?=[^.;\n]*\b(?:then|followed[^\S\n]+by|before|after[^\S\n]+which)\b[^.;\n]*\b(?:talks|meeting|session|format)\b)/giu,
} as const;

/** Rule event.session-met-restricted: the restricted sessions told with "met", with where their surface starts. */
export function metRestrictedSessions(text: string): { surface: string; start: number; rule: string }[] {
  if (!/\bmet\s/i.test(text)) return [];
  return [...text.matchAll(FL16A_SESSION_PATTERNS.metRestricted)].map((m) => ({
    surface: m[1]!,
    start: m.index,
    rule: 'event.session-met-restricted',
  }));
}
