// The fl16a round's rules on text alone (issue 6): the session rule, which the events stage calls, and a negative of the
// roles stage; here so that neither stage forms an import cycle. Tested in rules-fl16a.test.ts.
import { literalGate } from './literal-need.ts';

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
/** FL16A_SESSION_PATTERNS.metRestricted's literals (perf25a): a text without them is not scanned. */
const MET_RESTRICTED_GATE = literalGate(FL16A_SESSION_PATTERNS.metRestricted);

export function metRestrictedSessions(text: string): { surface: string; start: number; rule: string }[] {
  if (!/\bmet\s/i.test(text) || !MET_RESTRICTED_GATE(text)) return [];
  return [...text.matchAll(FL16A_SESSION_PATTERNS.metRestricted)].map((m) => ({
    surface: m[1]!,
    start: m.index,
    rule: 'event.session-met-restricted',
  }));
}

/**
 * Rule negotiates-for.not-reporter: "The Spokesperson, X, stated that the Envoy briefed him on the talks he is
 * conducting on behalf of Y": the one who reports ("stated / said / noted / announced / added that") is not the agent
 * of an "on behalf of" inside what is reported.
 */
export const NOT_REPORTER = {
  id: 'negotiates-for.not-reporter',
  reportingThat: /\b(?:stated|said|noted|announced|added|reported|informed\s+\S+|told\s+\S+)\s+that\b/giu,
} as const;

/** Whether a person mention ending at `end` reports the clause in which `at` ("on behalf of") stands. */
export function reportsBehalf(text: string, end: number, at: number): boolean {
  if (at <= end) return false;
  return [...text.slice(end, at).matchAll(NOT_REPORTER.reportingThat)].length > 0;
}
