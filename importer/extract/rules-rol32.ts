// The rol32 round's role rules (issue 6), written after sorting the annotated samples' missed and false
// NEGOTIATES_FOR and NEGOTIATES by cause (docs/first-look.md, rol32). Rule ids are what --explain prints.

/** Patterns of the rol32 rules, as named data. */
export const ROL32_PATTERNS = {
  /**
   * An active negotiator told with the side they act for: "who negotiated on behalf of the Government", "who negotiated
   * for the Government throughout the talks", "who conducted the negotiations on behalf of the President", "led the
   * talks on behalf of the United Nations", "conducted these negotiations for Burkina Faso", "which Dr X will lead on
   * behalf of the Government of Tanzania" (the talks named before). Not "negotiations were held on behalf of".
   */
  negotiatedFor:
    /\b(?:negotiat(?:ed|es?|ing)|(?:conduct(?:ed|s|ing)?|led|leads?|leading|will\s+lead|steered|steers)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:negotiations|talks)|will\s+lead\s+them)\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[A-Z]/,
};

/** Literals every `negotiatedFor` match holds (one of them), asked before the regex. */
const NEGOTIATED_FOR_NEEDS = [' on behalf of ', ' for '];

/**
 * Rule negotiates.negotiated-for (NEGOTIATES): a sentence that says a person negotiated, or conducted or led the
 * negotiations or talks, on behalf of or for a side names a negotiator; the agreement is chosen as for
 * `negotiates.responsible` (rules-agreements.ts addNegotiators). Returns the rule id when the sentence is such a cue.
 */
export function negotiatedForCue(text: string): 'negotiates.negotiated-for' | undefined {
  if (!NEGOTIATED_FOR_NEEDS.some((w) => text.includes(w))) return undefined;
  return ROL32_PATTERNS.negotiatedFor.test(text) ? 'negotiates.negotiated-for' : undefined;
}
