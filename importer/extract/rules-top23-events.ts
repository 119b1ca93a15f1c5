// The top23 filters of incident events (issue 6, bank topics-8), apart from rules-top23.ts so that incidents.ts can use
// them without the relation kit.

/**
 * event.incident.mediation-between: a mediation is an event of its own only when told with its sides ("Türkiye's
 * mediation between Somalia and Ethiopia"); "talks held under the mediation of Qatar", "under Egyptian and Qatari
 * mediation" and "thanked Norway for its mediation" tell how other talks went (involves.under-mediation, rules-top23.ts).
 */
export const MEDIATION_BETWEEN = {
  id: 'event.incident.mediation-between',
  sides: /\bmediation\s+between\s+/i,
};

/** event.incident.mediation-between: whether an incident match of "mediation" lacks its sides (then no event). */
export function mediationWithoutSides(head: string, phrase: string): boolean {
  return /\bmediation$/i.test(head) && !MEDIATION_BETWEEN.sides.test(phrase);
}

/**
 * event.incident.kind-of-violence: "the gang violence in Haiti", "the jihadist violence in the Sahel": violence told by
 * its kind is a crisis, like violence told by its sides (top19's event.incident.violence-by-adjective); a bare "the
 * violence in X" stays none.
 */
export const KIND_OF_VIOLENCE = {
  id: 'event.incident.kind-of-violence',
  head: /\b(?:gang|jihadist|militia|post-election|post-electoral|separatist|extremist)\s+violence$/i,
};

/** event.incident.kind-of-violence: whether a match of "violence" names its kind. */
export function kindOfViolence(head: string): boolean {
  return KIND_OF_VIOLENCE.head.test(head);
}

/**
 * event.incident.led-peace-process: a peace process is an event of its own when told with who leads it or where or
 * between whom it runs ("the IGAD-led peace process in South Sudan", "the peace process between A and B"); "Special
 * Envoy to the Philippine peace process" and "Adviser on the Peace Process" name an office's field.
 */
export const LED_PEACE_PROCESS = {
  id: 'event.incident.led-peace-process',
  told: /-led\s+peace\s+process\b|\bpeace\s+process\s+(?:in|between)\s/i,
};

/** event.incident.led-peace-process: whether an incident match of "peace process" lacks its leader, place or sides. */
export function bareProcess(head: string, phrase: string): boolean {
  return /\bpeace\s+process$/i.test(head) && !LED_PEACE_PROCESS.told.test(head + ' ' + phrase);
}
