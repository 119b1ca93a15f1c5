// INVOLVES rule of the prc29a round (issue 6): who helped through an incident is no party of it. No imports, so that
// the incident rules (rules-parties.ts) can use it without a cycle.

type Span = { start: number; end: number };

/** A kind of help or stance one side gives another. */
const HELP = String.raw`(?:assistance|support|aid|help|relief|solidarity|supplies|donations?|rejection|condemnation)`;
/** What ties the help to the incident: "during the crisis", "after the earthquake", "since the attacks", "of the blockade". */
const THROUGH = String.raw`(?:during|after|since|following|in\s+the\s+wake\s+of|in\s+the\s+face\s+of|of)\s+(?:the\s+|this\s+|that\s+)?`;

/**
 * involves.not-helped-through: a state or body named as giving help through an incident ("the assistance India has
 * extended to Seychelles since the pirate attacks", "the assistance … extended by India during the economic crisis",
 * "thanked the Government of India for the relief materials extended after the earthquake", "thanked the European Union
 * for its rejection of the blockade") is a helper, no party of the incident (as involves.not-helper, inc13, for "the
 * support of the UAE"). Three forms, the helper before the incident in one clause.
 */
export const HELPED_THROUGH = {
  id: 'involves.not-helped-through',
  /** "the assistance India has extended … since the": the help noun right before the helper. */
  nounBefore: new RegExp(String.raw`\b${HELP}\s+(?:that\s+|which\s+)?$`, 'i'),
  verbThen: new RegExp(
    String.raw`^\s+(?:has\s+|had\s+|have\s+)?(?:extended|provided|given|offered|sent|delivered)\b[^.;]{0,60}?\b${THROUGH}$`,
    'i',
  ),
  /** "the assistance … extended by India during the": the help and its verb before the helper. */
  byBefore: new RegExp(
    String.raw`\b${HELP}\b[^.;]{0,60}?\b(?:extended|provided|given|offered|sent|delivered)\s+by\s+(?:the\s+)?$`,
    'i',
  ),
  byThen: new RegExp(String.raw`^[^.;,]{0,20}?\b${THROUGH}$`, 'i'),
  /** "thanked the Government of India for the relief materials extended after the": thanks right before the helper. */
  thanks:
    /\b(?:thank(?:s|ed|ing)?|gratitude\s+to|grateful\s+to)\s+(?:the\s+)?(?:(?:Government|Governments|people)\s+(?:and\s+(?:the\s+)?people\s+)?of\s+(?:the\s+)?)?$/i,
  forHelp: new RegExp(
    String.raw`^[^.;]{0,40}?\bfor\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?${HELP}\b[^.;]{0,100}?\b${THROUGH}(?:[\p{L}-]+\s+){0,6}$`,
    'iu',
  ),
};

/** Whether hit `h`, named before incident `e` in sentence `s`, only helped through it. */
export function helpedThrough(text: string, s: Span, h: Span, e: Span): boolean {
  if (h.end > e.start) return false;
  const between = text.slice(h.end, e.start);
  const before = text.slice(Math.max(s.start, h.start - 120), h.start);
  const H = HELPED_THROUGH;
  return (
    (H.nounBefore.test(before) && H.verbThen.test(between)) ||
    (H.byBefore.test(before) && H.byThen.test(between)) ||
    (H.thanks.test(before) && H.forHelp.test(between))
  );
}
