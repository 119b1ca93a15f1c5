// Rules of round fl23a (issue 6), written after the first look at three new samples (a Pacific prime minister's
// office's Markdown release on a security agreement signed during a visit, a southern African government's plain-text
// press statement on a facilitation, an East African foreign ministry's web page on a meeting of two heads of state at
// a king's invitation). Each rule is a general construction; tests on made-up sentences, negative ones included, in
// rules-fl23a.test.ts. Rule data (patterns) are named next to the rules; the gazetteer change of this round is in
// states.ts (the English adjective "Djiboutian", which world-countries lacks).
import { MONTHS } from './lexicons.ts';
import type { PeopleFacts, PersonMention } from './types.ts';

const SP = String.raw`[^\S\n]+`;
const MONTH = `(${MONTHS.join('|')})`;

/**
 * Rule event.main-not-dated-earlier-day: "The Jeddah meeting follows the visit to Djibouti on 6 September of the
 * Ministers …", "after the talks in Rome on 3 March": a later sentence's meeting or visit whose day, told right after
 * it, comes before the readout's date is an earlier one, and no bar to the opening's meeting told by its verb (ev11's
 * event.main-not-dated-earlier reads a month alone: "in March"; a day of the readout's own month escaped it). Not a day
 * on or after the readout's ("the visit on 17 September" in a readout of that day), not a day told further on.
 */
export const EVENT_MAIN_NOT_DATED_EARLIER_DAY = {
  id: 'event.main-not-dated-earlier-day',
  /** Right after the event: "(, held) (in Rome) on 6 September (2018)" or "on September 6(, 2018)". */
  dayAfter: new RegExp(
    String.raw`^,?${SP}(?:held${SP})?(?:in${SP}\p{Lu}[\p{L}-]+${SP})?on${SP}(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${SP})?` +
      String.raw`(?:(\d{1,2})${SP}${MONTH}|${MONTH}${SP}(\d{1,2})(?!\d))(?:,?${SP}((?:19|20)\d\d))?\b`,
    'u',
  ),
};

/** Rule event.main-not-dated-earlier-day: does `after` (the text right after an event) tell a day before `docDate`? */
export function toldDayEarlier(after: string, docDate: string | undefined): boolean {
  if (!docDate || !/^\d{4}-\d\d-\d\d$/.test(docDate) || !/\bon\b/.test(after.slice(0, 40))) return false;
  const m = EVENT_MAIN_NOT_DATED_EARLIER_DAY.dayAfter.exec(after);
  if (!m) return false;
  const day = Number(m[1] ?? m[4]);
  const month = MONTHS.indexOf((m[2] ?? m[3])!) + 1;
  const year = m[5] ? Number(m[5]) : Number(docDate.slice(0, 4));
  const told = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return day >= 1 && day <= 31 && told < docDate;
}

/**
 * Rule event.pair-not-inviter: "At the invitation of the Custodian of the Two Holy Mosques, King X, the President of
 * the Republic, Y, met in Jeddah the President of Z, W": the host named in a sentence's opening "At (upon) the
 * invitation of …" phrase invited the meeting and is none of its pair (the meeting was "X-Y meeting in Jeddah"); he
 * still takes part (participated.main-sentence). Only when two other people are named in the sentence after the phrase:
 * "At the invitation of President X, Prime Minister Y paid a visit to Z" keeps X as the other side of the visit; not an
 * invitation told after the meeting verb ("A met B at the invitation of C": the pair is the first two anyway).
 */
export const EVENT_PAIR_NOT_INVITER = {
  id: 'event.pair-not-inviter',
  /** From the sentence's start to the person: the opening phrase, with at most one apposition comma before the name. */
  leadIn: new RegExp(
    String.raw`^[^\p{L}]*(?:At|Upon|On)${SP}the${SP}(?:kind${SP})?invitation${SP}of${SP}(?:[^.;:,\n]{0,90},${SP})?[^.;:,\n]{0,60}$`,
    'u',
  ),
};

/** Rule event.pair-not-inviter: is `p` the inviter of its sentence's opening phrase, with two others named after it? */
export function inviterLeadIn(text: string, people: PeopleFacts, sentenceStart: number, p: PersonMention): boolean {
  const from = p.from ?? p.start;
  const before = text.slice(sentenceStart, from);
  if (!/invitation/i.test(before) || !EVENT_PAIR_NOT_INVITER.leadIn.test(before)) return false;
  // The phrase closes with a comma right after the inviter's name (and title): "…, King X, the President …".
  if (!/^[^\S\n]*,/.test(text.slice(p.to ?? p.end))) return false;
  const cluster = people.clusters.find((c) => c.mentions.includes(p));
  const others = new Set(
    [...people.personKey.keys()]
      .filter((q) => q.sentence === p.sentence && q.start > p.end)
      .map((q) => people.clusters.find((c) => c.mentions.includes(q)))
      .filter((c) => c && c !== cluster),
  );
  return others.size >= 2;
}

/**
 * Rule event.meeting-phrase-duration: "signed the Declaration at the end of two days of talks at the State House in
 * Maseru", "after three rounds of consultations in Geneva": a meeting phrase may open with a count of days, hours,
 * weeks or rounds instead of an article (ev13's event.meeting-phrase, whose place or date tail must still pin it: "after
 * two days of talks" alone names no meeting). The count is no part of the name ("talks at the State House in Maseru").
 */
export const MEETING_DURATION = {
  id: 'event.meeting-phrase-duration',
  det: String.raw`(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ss]everal|\d{1,2})[^\S\n]+(?:days|hours|weeks|rounds)[^\S\n]+of`,
};

/**
 * Rule event.main-opening-phrase: "The leaders of the three parties today signed the Declaration at the end of two days
 * of talks at the State House in Maseru, facilitated by X": when no step before it finds the readout's own event, the
 * opening sentence's meeting phrase pinned by a place or date (ev13's event.meeting-phrase, which runs after the main
 * event is chosen) is that event, and the opening's people take part in it. The last step: a readout whose opening
 * names a pair, a title's event or a verb-told meeting keeps it. Not a phrase framed as a gathering the meeting was held
 * at ("on the sidelines of the summit in X"), nor one told as planned or earlier (the opening must tell it held: a
 * past-tense verb of the sentence before it, no "will", "next", "last year").
 */
export const EVENT_MAIN_OPENING_PHRASE = {
  id: 'event.main-opening-phrase',
  frame:
    /\b(?:sidelines|margins|fringes?|occasion|eve|ahead|invitation)\s+of\s+(?:the\s+|a\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu,
  notHeld: /\b(?:will|would|shall|to\s+be\s+held|next|planned|proposed|upcoming|last\s+year|previous)\b/i,
  heldVerb: /\b(?:signed|held|concluded|adopted|agreed|met|ended|closed|opened)\b/i,
  /** A ceremony or a meal is left to the rules of signings and sessions (ev11's signing ceremony named by its place). */
  notMeeting: /^(?:[\p{L}-]+\s+)*?(?:ceremony|dinner|lunch|luncheon|banquet)\b/iu,
};

/**
 * Rule event.main-opening-phrase: is `p`, the pinned meeting phrase of the opening sentence `s` (ev13's pinnedPhraseIn),
 * told as held there?
 */
export function openingPhraseHeld(
  text: string,
  s: { start: number; text: string },
  p: { start: number; name?: string } | undefined,
): boolean {
  if (!p || EVENT_MAIN_OPENING_PHRASE.notMeeting.test(p.name?.split(/ (?:in|at|of) /)[0] ?? '')) return false;
  const before = text.slice(s.start, p.start);
  const { frame, notHeld, heldVerb } = EVENT_MAIN_OPENING_PHRASE;
  return !frame.test(before) && !notHeld.test(s.text) && heldVerb.test(before);
}

/**
 * Rule person.as-role-no-state: "the Deputy President of South Africa, Mr Cyril Ramaphosa … Mr Ramaphosa was appointed
 * SADC Facilitator by the Summit", "X, in his capacity as Chair of ASEAN": a title of an organisation a person takes on
 * "as", or is "appointed", "named" or "became", is a role (office.as-title), not the organisation's own staff: it gives
 * him no state of his own, so his surname joins his full name (it had made a second person "Ramaphosa", with the
 * Facilitator's office, NEGOTIATES_FOR and REPORTS_TO). A title in apposition ("X, Secretary-General of the UN") still
 * places its holder in the organisation.
 */
export const PERSON_AS_ROLE_NO_STATE = { id: 'person.as-role-no-state', asRule: 'office.as-title' };

/** Rule person.as-role-no-state: is `t` an organisation's title taken on as a role? */
export const asRoleOfOrganization = (t: { rule: string; owner?: { type: string } }): boolean =>
  t.rule === PERSON_AS_ROLE_NO_STATE.asRule && t.owner?.type === 'Organization';
