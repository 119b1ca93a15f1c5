// The ev21 filters (issue 6, bank events-13): which matches of an incident's words name no incident of the readout
// (an escalation told only as a risk, a bare "coup" with nothing to pin it, an attack prevented, prepared, planned or
// told of "one Ally"), and who is no party of an incident told in its sentence (a body or state that opens the sentence
// with a verb of condemning or sympathising, a body named in a title). Kept apart from rules-ev21.ts so that
// incidents.ts, events.ts and rules-parties.ts can use them without an import cycle.
import { capitalState } from './capital-metonyms.ts';
import { MAJOR_CITIES } from './cities.ts';
import { INCIDENT_NOUNS, PARTICIPLE_INCIDENT_HEADS } from './lexicons.ts';
import { alt } from './text.ts';

type Span = { start: number; end: number };

export const EV21_FILTERS = {
  /**
   * event.incident-told-definitely: "the escalation in the Red Sea", "the recent escalation of violence in X" is an
   * incident; "the risk of further escalation in the region", "to avoid any escalation in X", "de-escalation" is not.
   * Tested on the text right before "escalation".
   */
  definiteLead:
    /\b(?:the|this|that|recent|latest|current|ongoing|continuing|continued|dangerous|sharp|military|violent)[^\S\n]+$/i,
  /** The head of an escalation. */
  escalation: /^escalation$/i,
  /** event.incident-bare-coup: a bare "coup" is an incident only with a complement ("in Niamey", "of 26 July"). */
  bareCoup: /^coup$/i,
  coupComplement: /^coup[^\S\n]+(?:in|of|against)[^\S\n]/i,
  /**
   * event.incident-unheld: "helped to prevent a terrorist attack in Spain", "was preparing a military offensive against
   * X", "the planned attack on …", "the risk of famine in …", "in the event of an attack on …": an incident averted,
   * prepared, planned or only feared did not happen. Tested on the text right before the incident's name.
   */
  unheldBefore:
    /\b(?:prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|foil(?:s|ed|ing)?|thwart(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|plan(?:s|ned|ning)?|plott(?:ed|ing)|(?:risk|danger|brink|spectre|specter)[^\S\n]+of|in[^\S\n]+the[^\S\n]+event[^\S\n]+of)[^\S\n]+(?:(?:a|an|any|another|further|new|possible|renewed|potential)[^\S\n]+)?$/i,
  /**
   * event.incident-unheld: "an armed attack against one Ally shall be considered …": an indefinite incident against
   * "one", "any" or "another" of a class is a commitment, no incident. Tested on the name, with an indefinite article
   * right before it.
   */
  indefiniteBefore: /\b(?:an?|any)[^\S\n]+$/i,
  againstAnyOne: /\b(?:against|on|upon)[^\S\n]+(?:one|any|another|either)\b/i,
  /**
   * involves.not-stance-subject-past: a body or state that opens a clause with a verb of condemning or sympathising
   * ("The members of the Security Council condemned …", "The Caribbean Community expresses its solidarity with …") speaks
   * about the incident; the present "condemns" is rules-parties' STANCE_SUBJECT. Tested on the text right after it.
   */
  stanceAfter:
    /^(?:['’]s)?[^\S\n]+(?:(?:also|firmly|strongly|fully|again|deeply|once[^\S\n]+again)[^\S\n]+)?(?:condemned|deplored|denounced|expresses|expressed|extends|extended|conveys|conveyed|offers|offered)\b/,
  /**
   * involves.not-title-body: a body named only inside a person's title ("Chairman in office of the Economic Community of
   * Central African States", "UN Under-Secretary-General for Peace Operations", "The Pacific Islands Forum Secretary
   * General") is told for the office, not as a party. Tested before and after the body's name.
   */
  titleBefore:
    /\b(?:Chair(?:man|woman|person)?|Secretary[- ]General|Commissioner|Spokes(?:person|man|woman)|Envoy|Representative)(?:[^\S\n]+in[- ]office)?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/,
  /**
   * involves.not-person-state: "received President Patrice Talon of Benin … to discuss the coup in Niamey": the state
   * after a titled person's name is the person's, not a party. Tested on the text right before the state's name.
   */
  personOfBefore:
    /\b(?:President|Prime[^\S\n]+Minister|Minister|King|Emir|Chancellor|Premier|Secretary|Crown[^\S\n]+Prince|Sultan|Vice-President)(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,4}[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/u,
  /** event.incident-capital-actor: a capital's possessive opening an incident's name ("Pyongyang's launch of …"). */
  capitalPossessive: /^(\p{Lu}[\p{L}-]+)['’]s[^\S\n]/u,
  /**
   * Not for a war told by its capital ("Moscow's aggression", "Moscow's war"): another name of the war the readout
   * names by its states, which the scorer would count twice (a first look's gold has it as an alias).
   */
  warHead: /\b(?:war|aggression|invasion|occupation|conflict|crisis|hostilities)\b/i,
  titleAfter:
    /^[^\S\n]+(?:Under-Secretary-General|Secretary[- ]General|Special[^\S\n]+Envoy|Special[^\S\n]+Representative|High[^\S\n]+Representative|Chair(?:man|woman|person)?|Commissioner|Spokes(?:person|man|woman))\b/,
};

/** An incident's word in a name (the lexicon's incident nouns and the participle heads). */
export const INCIDENT_WORD = new RegExp(`\\b${alt([...INCIDENT_NOUNS, ...PARTICIPLE_INCIDENT_HEADS])}\\b`, 'i');

/**
 * event.incident-told-definitely and event.incident-bare-coup (incidents.ts' notAnIncident): a match of an incident's
 * head at `at` (`head` its words, `phrase` its whole name) that names no incident.
 */
export function ev21NotIncident(text: string, at: number, head: string, phrase: string): boolean {
  const last = /[\p{L}-]+$/u.exec(head)?.[0] ?? head;
  if (EV21_FILTERS.escalation.test(last)) {
    const headAt = at + head.length - last.length;
    if (headAt === at && text[at - 1] === '-') return true; // "de-escalation"
    return !EV21_FILTERS.definiteLead.test(text.slice(Math.max(0, headAt - 30), headAt));
  }
  return EV21_FILTERS.bareCoup.test(head) && !EV21_FILTERS.coupComplement.test(phrase);
}

/**
 * event.incident-unheld (events.ts' addFound): an incident named at `start`–`end` that was prevented, prepared, planned
 * or only feared, or told of "one" or "any" of a class.
 */
export function unheldIncidentAt(text: string, start: number, end: number, sentStart: number): boolean {
  const name = text.slice(start, end);
  if (!INCIDENT_WORD.test(name)) return false;
  const before = text.slice(Math.max(sentStart, start - 60), start);
  return (
    EV21_FILTERS.unheldBefore.test(before) ||
    (EV21_FILTERS.indefiniteBefore.test(before) && EV21_FILTERS.againstAnyOne.test(name))
  );
}

/**
 * involves.not-stance-subject-past and involves.not-title-body (rules-parties' addIncidentParties): whether the state or
 * body `h`, named before incident `e` in its sentence, only speaks about it or is named in a person's title.
 */
export function ev21NotParty(text: string, h: Span & { name: string }, e: Span): boolean {
  if (h.start >= e.start && h.end <= e.end) return false;
  if (EV21_FILTERS.titleBefore.test(text.slice(Math.max(0, h.start - 50), h.start))) return true;
  if (EV21_FILTERS.titleAfter.test(text.slice(h.end, h.end + 40))) return true;
  if (
    h.end <= e.start &&
    EV21_FILTERS.personOfBefore.test(text.slice(Math.max(0, h.start - 80), h.start)) &&
    placedElsewhere(text.slice(e.start, e.end), h.name)
  )
    return true;
  return h.end <= e.start && EV21_FILTERS.stanceAfter.test(text.slice(h.end, h.end + 40));
}

/**
 * Whether an incident's name places it in a city of another state than `state` ("the coup in Niamey" for Benin; not
 * "the failed coup attempt of July 15", whose state is told only by the titled person's).
 */
function placedElsewhere(name: string, state: string): boolean {
  for (const m of name.matchAll(/\b(?:in|at|near)[^\S\n]+(\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)?)/gu)) {
    const where = MAJOR_CITIES[m[1]!] ?? capitalState(m[1]!);
    if (where && where !== state) return true;
  }
  return false;
}

/** event.incident-capital-actor (incidents.ts): whether an incident's name opens with a capital's possessive. */
export function capitalPossessive(phrase: string): boolean {
  const m = EV21_FILTERS.capitalPossessive.exec(phrase);
  return !!m && capitalState(m[1]!) !== undefined && !EV21_FILTERS.warHead.test(phrase);
}
