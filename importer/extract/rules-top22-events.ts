// The top22 filter of incident events (issue 6, bank topics-7), apart from rules-top22.ts so that incidents.ts can
// use it without the relation kit.

/**
 * event.incident.not-situation-of-people: "the situation of Uzbek students in Hungary", "the situation of the
 * Kazakh community in Russia": how a group of nationals fares is an ordinary subject, no incident. (Not "the situation
 * of Uyghurs in Xinjiang", "of refugees", "of civilians": groups in distress stay incidents.)
 */
export const NOT_SITUATION_OF_PEOPLE = {
  id: 'event.incident.not-situation-of-people',
  after:
    /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:students|investors|workers|businesses|companies|entrepreneurs|diaspora|community|communities|nationals|citizens|residents|pensioners|tourists|expatriates|traders|exporters|farmers|scholars)\b/u,
};

/** event.incident.not-situation-of-people: whether a match of "situation" is how a group of nationals fares. */
export function situationOfPeople(head: string, after: string): boolean {
  return /situation$/i.test(head) && NOT_SITUATION_OF_PEOPLE.after.test(after);
}
