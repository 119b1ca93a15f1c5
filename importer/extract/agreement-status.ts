// An agreement a sentence tells as not reached (yet): called for, urged, worked towards, still being negotiated, to be
// signed. Such a mention is reached at no event, whatever signing the sentence tells of another agreement.

/**
 * The words right before the agreement: "called for an effective Code of Conduct", "towards a peace treaty"; (agr13)
 * not "concluded the negotiations for the X", which tells it reached.
 */
const UNREACHED_BEFORE =
  /\b(?:(?:to|will|would|shall)\s+(?:sign|initial)|call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|appeal(?:ed|s)?\s+for|push(?:ed)?\s+for|work(?:ed|ing)?\s+(?:on|towards?)|towards?|(?<!\b(?:concluded|completed|finali[sz]ed)\s+(?:the\s+)?)negotiations?\s+(?:on|for|of)|negotiat(?:e|ed|ing)|conclud(?:e|ing)|conclusion\s+of|draft(?:ing)?|prepar(?:e|ing|ation\s+of)|hop(?:e|ed)\s+for|look(?:ed|s)?\s+forward\s+to)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:early|future|new|possible|effective|substantive|and|[a-z]+-[a-z]+)\s+){0,4}$/i;
/** The words right after it: "…, which ASEAN and China are negotiating", "… to be signed in May". */
const UNREACHED_AFTER =
  /^\)?\s*(?:\([A-Z][A-Za-z]{1,8}\))?,?\s+(?:(?:which|that)\s+[^.;]{0,60}?\b(?:are|is|were|was)\s+(?:still\s+)?(?:negotiating|being\s+negotiated|drafting)|(?:is|are|was|were)\s+(?:still\s+)?(?:under\s+negotiation|being\s+negotiated|to\s+be\s+(?:signed|concluded|negotiated))|(?:will|would)\s+be\s+signed)\b/;

/** reached-at.not-unreached: whether the text tells the agreement at [start, end) as not reached yet. */
export function toldUnreached(text: string, start: number, end: number): boolean {
  return (
    UNREACHED_BEFORE.test(text.slice(Math.max(0, start - 70), start)) || UNREACHED_AFTER.test(text.slice(end, end + 90))
  );
}
