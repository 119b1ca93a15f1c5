// Rules of the top19 round (issue 6, bank topics-6) on incidents' names; no imports, so incidents.ts may use them.

/**
 * event.incident.violence-by-adjective: "violence" is an incident only with its sides told by adjectives or names
 * right before it ("the Israeli-Palestinian violence in the West Bank", "Hutu-Tutsi violence"); "the violence in
 * Syria" is a state of affairs (the dev gold gives it no event).
 */
export const VIOLENCE_BY_ADJECTIVE = {
  id: 'event.incident.violence-by-adjective',
  needs:
    /\p{Lu}[\p{L}]*(?:[-–]\p{Lu}[\p{L}]*)*\s+(?:(?:sectarian|communal|ethnic|inter-communal|intercommunal|settler|political)\s+)?violence$/u,
};

/** event.incident.violence-by-adjective: whether a match of the incident pattern is a bare "violence". */
export function bareViolence(match: string): boolean {
  return /\bviolence$/i.test(match) && !VIOLENCE_BY_ADJECTIVE.needs.test(match);
}
