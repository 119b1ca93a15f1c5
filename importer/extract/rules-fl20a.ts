// Rules of round fl20a (issue 6), written after the first look at three new samples (a Himalayan foreign ministry's
// plain-text release on a state visit, a Balkan government's web page on an accession conference, a Caribbean foreign
// ministry's Markdown release on a regional ministerial council). Each rule is a general construction; tests on
// made-up sentences, negative ones included, in rules-fl20a.test.ts. This file imports nothing from the stages that
// call it, so that no import cycle forms.

import { SPELLED_ORDINALS } from './lexicons.ts';
import { demonymTitleSubject } from './rules-fl28c.ts';

const SP = String.raw`[^\S\n]+`;

/**
 * Rule event.session-of-body-for: a numbered session or meeting of a body the gazetteer does not know, whose name
 * puts its remit after the body noun ("the Twenty-Second Meeting of the Council for Foreign and Community Relations",
 * "the 5th Session of the Joint Committee on Trade and Investment", "the third meeting of the Commission for Border
 * Affairs"): the body is named by its capitalised words, so the session is one event named whole, as "the 5th
 * meeting of the Joint Council" already is. Not a remit in lowercase ("the Council for two days"), nor a body noun
 * that is not the head of the capitalised run before the preposition ("the Council Working Party on Trade" ends in
 * "Party").
 */
export const EVENT_SESSION_OF_BODY_FOR = {
  id: 'event.session-of-body-for',
  body: new RegExp(
    String.raw`^(?:\p{Lu}[\p{L}'’-]*${SP})*?(?:Commission|Council|Committee|Board|Forum)${SP}(?:for|on)${SP}(?:the${SP})?\p{Lu}`,
    'u',
  ),
};

/** True when a capitalised run read after "… session of the" is a body with its remit (event.session-of-body-for). */
export function isBodyWithRemit(run: string): boolean {
  return EVENT_SESSION_OF_BODY_FOR.body.test(run);
}

/** A hit of the gazetteer, as the merge of two forms of one name reads it. */
interface NamedHit {
  type: 'State' | 'Organization';
  name: string;
  start: number;
  end: number;
  demonym: boolean;
  pattern?: boolean;
}

/**
 * Rule event.merge-org-acronym: two forms of one meeting's name that write the organisation in it two ways ("the 22nd
 * Meeting of the CARICOM Council for …" in a headline, "the Twenty-Second Meeting of the Council for … of the
 * Caribbean Community" in the text) read the same once every organisation the gazetteer knows by name is written by
 * its canonical name, as states already are ("Japan-ROK" and "Japan-Republic of Korea"). Not an organisation found
 * by its form only (`pattern`), nor a demonym.
 */
export const EVENT_MERGE_ORG_ACRONYM = { id: 'event.merge-org-acronym' };

/** `t` with each state and organisation named by the gazetteer written as one token of its canonical name. */
export function namesOneWay(t: string, hits: readonly NamedHit[]): string {
  const kept = hits
    .filter((h) => !h.demonym && !h.pattern && (h.type === 'State' || h.type === 'Organization'))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((h, i, all) => !all.slice(0, i).some((o) => o.end > h.start));
  let out = t;
  for (const h of [...kept].reverse()) out = out.slice(0, h.start) + h.name.replace(/\s+/g, '_') + out.slice(h.end);
  return out;
}

/**
 * Rule event.session-of-body-for, second part: a body with its remit, then its acronym in brackets, then the
 * organisation it belongs to ("the Twenty-Second Meeting of the Council for Foreign and Community Relations (COFCOR)
 * of the Caribbean Community (CARICOM)"): the session's name runs on to the organisation, which the headline's form
 * ("the 22nd Meeting of the CARICOM Council for …") names too. Only an organisation the gazetteer knows, starting right
 * after "of the"; the organisation's own bracketed acronym stays out.
 */
export const SESSION_BODY_ACRONYM_OF = new RegExp(String.raw`^${SP}\([A-Z]{2,}\)${SP}of${SP}(?:the${SP})?`, 'u');

/** Where a session's name ends that `bodyEnd` would end, run on to the organisation the body belongs to. */
export function bodyRunOnToOrg(text: string, bodyEnd: number, orgStarts: (at: number) => number | undefined): number {
  const m = SESSION_BODY_ACRONYM_OF.exec(text.slice(bodyEnd, bodyEnd + 40));
  return (m && orgStarts(bodyEnd + m[0].length)) ?? bodyEnd;
}

const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/**
 * Rule event.date-day-range: a gathering told as held over two or more days of one month right after its mention
 * ("held in Grand Anse on 13 and 14 May 2019", "from 22 to 23 March", "on 10-11 December") takes the first day, as
 * "on 13 May 2019" gives the day (the window reader found no date in such a range: the range's first number stands
 * before "and" or a dash, not before the month). Only a range whose second day follows the first in the same month;
 * not days of two months ("on 30 May and 2 June"), nor a range behind a semicolon or colon.
 */
export const EVENT_DATE_DAY_RANGE = {
  id: 'event.date-day-range',
  pattern: new RegExp(
    String.raw`\b(?:on|from)${SP}(\d{1,2})(?:st|nd|rd|th)?[^\S\n]*(?:and|to|-|–)[^\S\n]*(\d{1,2})(?:st|nd|rd|th)?${SP}(${MONTH_NAME})\b(?:,?${SP}(\d{4}))?`,
    'u',
  ),
};

/** The first day of a day range told right after an event's mention, as "D Month [Year]" for the date reader. */
export function dayRangeStart(window: string): string | undefined {
  const m = EVENT_DATE_DAY_RANGE.pattern.exec(window);
  if (!m || /[;:]/.test(window.slice(0, m.index)) || +m[2]! <= +m[1]!) return undefined;
  return `${m[1]!} ${m[3]!}${m[4] ? ` ${m[4]}` : ''}`;
}

/**
 * Rule alias.session-without-org: a session named with its body's bracketed acronym and the organisation the body
 * belongs to ("Twenty-Second Meeting of the Council for Foreign and Community Relations (COFCOR) of the Caribbean
 * Community") is also called by the part before the brackets, as readers write it. Only a name with a bracketed
 * acronym of two or more capitals followed by "of".
 */
export const ALIAS_SESSION_WITHOUT_ORG = {
  id: 'alias.session-without-org',
  tail: new RegExp(String.raw`${SP}\([A-Z]{2,}\)${SP}of${SP}\S.*$`, 'u'),
};

/** The form of a session's name without its bracketed acronym and organisation, if it has them. */
export function sessionFormWithoutOrg(name: string): string | undefined {
  const m = ALIAS_SESSION_WITHOUT_ORG.tail.exec(name);
  return m && m.index > 0 ? name.slice(0, m.index) : undefined;
}

/**
 * Rule event.merge-spelled-ordinal: "4th" and "fourth", "22nd" and "Twenty-Second" are one ordinal when two forms of a
 * meeting's name are compared (the merge keeps "first round" and "second round" apart by their ordinals; written once
 * in figures and once in words they read as two). Returns the ordinal as a number in figures, else the word itself.
 */
export const EVENT_MERGE_SPELLED_ORDINAL = { id: 'event.merge-spelled-ordinal' };

const UNITS: readonly string[] = SPELLED_ORDINALS.units;
const TEENS: readonly string[] = ['tenth', ...SPELLED_ORDINALS.teens];

/** An ordinal word as its number ("fourth" → "4", "twenty-second" → "22", "22nd" → "22"); other words unchanged. */
export function ordinalFigure(word: string): string {
  const w = word.toLowerCase();
  const fig = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (fig) return fig[1]!;
  if (UNITS.includes(w)) return String(UNITS.indexOf(w) + 1);
  if (TEENS.includes(w)) return String(TEENS.indexOf(w) + 10);
  const tens = (SPELLED_ORDINALS.tens as readonly string[]).indexOf(w);
  if (tens >= 0) return String((tens + 2) * 10);
  const [t, u] = w.split('-');
  const ti = (SPELLED_ORDINALS.tensBefore as readonly string[]).indexOf(t ?? '');
  if (ti >= 0 && u && UNITS.includes(u)) return String((ti + 2) * 10 + UNITS.indexOf(u) + 1);
  return w;
}

/**
 * Rule event.met-titled-guest: a meeting told with its guest's title in apposition before the name, "X held a
 * bilateral meeting with the Minister of Foreign Affairs of Bexia, the Hon. Y", "X met the Minister of Trade of
 * Cordia, Mr Z", "X met her Cordish counterpart, Minister W": the person after the comma is the guest, as "X met Y"
 * already gives. The title is capitalised words with "of", "for", "and", "the" between them, or a counterpart; it ends
 * with the comma right before the name (any "the" and honorific after the comma belong to the name). Not a lowercase
 * phrase ("with the delegation, and later Minister Y"), nor a title followed by more than its name's "the".
 */
export const EVENT_MET_TITLED_GUEST = {
  id: 'event.met-titled-guest',
  gap: new RegExp(
    String.raw`^(?:(?:the${SP})?\p{Lu}[\p{L}'’-]*(?:${SP}(?:(?:of|for|and|the)${SP})*\p{Lu}[\p{L}'’-]*){0,8}|(?:(?:his|her|their)${SP})?(?:\p{Lu}[\p{L}-]*${SP})?counterpart),${SP}(?:the${SP})?$`,
    'u',
  ),
};

/** True when `gap`, between a meeting verb (or "with") and the guest's name, is the guest's title in apposition. */
export function titledGuestGap(gap: string): boolean {
  return EVENT_MET_TITLED_GUEST.gap.test(gap);
}

/**
 * Rule part-of.frame-capitalised-main: "On the margins of the Meeting, X held a bilateral meeting with Y": a frame
 * written with the capitalised head of the readout's own gathering ("the Meeting" of "the Twenty-Second Meeting of the
 * Council …", "the Conference", "the Summit") is that gathering, unnamed there, as "on the margins of the meeting" is
 * (part-of.frame-unnamed): the event after the comma is the part, not the whole. Only a head that the main event's
 * name holds as a capitalised word, right before the comma.
 */
export const PART_OF_FRAME_CAPITALISED_MAIN = {
  id: 'part-of.frame-capitalised-main',
  frame: new RegExp(
    String.raw`^[^,;]*\b(?:the|this|that)${SP}(Meeting|Summit|Conference|Forum|Session|Talks|Council|Assembly|Dialogue)[^\S\n]*,`,
    'u',
  ),
};

/** True when the text between an occasion phrase and the next event names the main event by its capitalised head. */
export function frameIsMainByHead(between: string, mainName: string): boolean {
  const m = PART_OF_FRAME_CAPITALISED_MAIN.frame.exec(between);
  return !!m && new RegExp(String.raw`\b${m[1]!}\b`, 'u').test(mainName);
}

/**
 * Rule person.not-agreement-subject: "an Agreement on General Supply of Petroleum", "the Memorandum of Understanding
 * on General Cooperation": a rank or style read before a capitalised word right after an agreement's head and "on" is
 * the first word of the agreement's subject, no person ("General Supply"). Only after an agreement head; "talks on
 * General X's proposal" and "called on General X" keep their person.
 */
export const PERSON_NOT_AGREEMENT_SUBJECT = {
  id: 'person.not-agreement-subject',
  before: new RegExp(
    String.raw`\b(?:Agreement|Agreements|Memorandum${SP}of${SP}Understanding|Memoranda${SP}of${SP}Understanding|MoU|MOU|Protocol|Convention|Treaty|Arrangement|Accord)${SP}on${SP}$`,
    'u',
  ),
};

/** True when the text right before `at` ends with an agreement's head and "on" (person.not-agreement-subject). */
export function agreementSubjectAt(text: string, at: number): boolean {
  return PERSON_NOT_AGREEMENT_SUBJECT.before.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * Rule agreement.plural-list-titled: the plural list of agreement.plural-list written in title case, "Memoranda of
 * Understanding on Energy Efficiency and Energy Conservation, on Cooperation in the Field of Sports and Youth, and on
 * Cooperation in Pharmacopoeia": each capitalised subject after a capitalised plural head names one memorandum, as
 * lowercase subjects do. Only after "Memoranda of Understanding" or "MoUs" (rules-fl13c.test.ts keeps "the Agreements
 * on Trade, on Transit and on Customs" for the rule of named agreements); "memoranda on Trade" stays one phrase.
 */
export const AGREEMENT_PLURAL_LIST_TITLED = {
  id: 'agreement.plural-list-titled',
  head: /^(?:Memoranda[^\S\n]+of[^\S\n]+Understanding|MoUs|MOUs)$/u,
  item: new RegExp(String.raw`^on${SP}\p{Lu}`, 'u'),
};

/** True when a list item after a plural head is a titled subject of its own (agreement.plural-list-titled). */
export function titledPluralItem(head: string, item: string): boolean {
  return AGREEMENT_PLURAL_LIST_TITLED.head.test(head) && AGREEMENT_PLURAL_LIST_TITLED.item.test(item);
}

/**
 * Rule event.audience-granted: "His Majesty granted an Audience to Prime Minister X at the Palace", "the King gave
 * an audience to the Minister": an audience is a meeting of its own within a visit, named by the noun, its guest and
 * the place that follows ("Audience to Prime Minister X at the Palace"). Only after a verb of granting; "sought an
 * audience" or "an audience of thousands" make none, nor an audience with no visit told before it (the readout's own
 * meeting: "The Chairperson, A, granted an audience to B" is the main event's "A-B audience"). Group 1 is the noun.
 */
export const EVENT_AUDIENCE_GRANTED = {
  id: 'event.audience-granted',
  pattern: new RegExp(
    String.raw`\b(?:granted|grants|gave|gives|accorded)${SP}(?:an?${SP})?(?:(?:private|royal|special)${SP})?([Aa]udience)${SP}to${SP}`,
    'gu',
  ),
  place: new RegExp(String.raw`^${SP}at${SP}(?:the${SP})?\p{Lu}[\p{L}'’-]*(?:${SP}\p{Lu}[\p{L}'’-]*){0,3}`, 'u'),
  /** Only an audience inside a visit told before it; an audience that is the readout's own meeting is the main event's. */
  visitBefore: /\bvisit/i,
};

/**
 * Rule event.inauguration: "X and Y jointly inaugurated the Mother and Child Hospital in Z", "the President
 * inaugurated the New Parliament Building": the inauguration of a named work is an event (a ceremony) named
 * "inauguration of the …" after the work. Only a capitalised name of two or more words right after the verb; "inaugurated
 * a new era" or "inaugurated the talks" make none (a lowercase object, or a single word). Group 1 is the work's name.
 */
export const EVENT_INAUGURATION = {
  id: 'event.inauguration',
  pattern: new RegExp(
    String.raw`\b(?:jointly${SP})?inaugurated${SP}the${SP}(\p{Lu}[\p{L}'’-]*(?:${SP}(?:(?:and|of|for|the)${SP})*\p{Lu}[\p{L}'’-]*)+)`,
    'gu',
  ),
};

/** A span an fl20a event rule reads: the surface, where it starts, the name to give it and the rule. */
export interface Fl20aEventSpan {
  surface: string;
  start: number;
  name: string;
  rule: string;
}

/**
 * The audiences and inaugurations of `text` (event.audience-granted, event.inauguration); `guestEnd` gives where the
 * person's mention starting at an offset ends, if one does.
 */
export function fl20aEventSpans(text: string, guestEnd: (at: number) => number | undefined): Fl20aEventSpan[] {
  const out: Fl20aEventSpan[] = [];
  for (const m of text.includes('udience') ? text.matchAll(EVENT_AUDIENCE_GRANTED.pattern) : []) {
    if (!EVENT_AUDIENCE_GRANTED.visitBefore.test(text.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const end = guestEnd(at) ?? guestEnd(at + (/^the[^\S\n]+/.exec(text.slice(at))?.[0].length ?? 0));
    if (end === undefined) continue;
    const place = EVENT_AUDIENCE_GRANTED.place.exec(text.slice(end, end + 60))?.[0] ?? '';
    const from = m.index + m[0].indexOf(m[1]!);
    const surface = text.slice(from, end + place.length);
    out.push({ surface, start: from, name: surface.replace(/\s+/g, ' '), rule: EVENT_AUDIENCE_GRANTED.id });
  }
  for (const m of text.includes('inaugurated') ? text.matchAll(EVENT_INAUGURATION.pattern) : []) {
    const work = m[1]!;
    const at = m.index + m[0].length - work.length;
    out.push({
      surface: work,
      start: at,
      name: `inauguration of the ${work.replace(/\s+/g, ' ')}`,
      rule: EVENT_INAUGURATION.id,
    });
  }
  return out;
}

/**
 * Rule event.told-met-title-subject: "The Minister also met her Grenadian counterpart, Minister X", "The President
 * then received the Ambassador of Y, Mr Z": a meeting told with the readout's principal as subject by a bare title
 * alone is that person's meeting, the principal being the first person named in the readout's opening whose title
 * holds that word. Only "The <title>" opening the sentence, right before the verb (with "also", "then", "later"); "The
 * Minister of Trade met …" (a title with its complement) names someone else.
 */
export const EVENT_TOLD_MET_TITLE_SUBJECT = {
  id: 'event.told-met-title-subject',
  subject: new RegExp(
    String.raw`^\s*The${SP}(Prime${SP}Minister|Foreign${SP}Minister|Minister|President|Secretary-General|Secretary${SP}General|Secretary)${SP}(?:(?:also|then|later|subsequently|separately)${SP})?$`,
    'u',
  ),
};

/** The bare title that opens a sentence as the subject right before a meeting verb, if one does. */
export function titleSubject(beforeVerb: string): string | undefined {
  // event.told-met-demonym-title-subject (fl28c): "The Turkish President later met …".
  return (
    EVENT_TOLD_MET_TITLE_SUBJECT.subject.exec(beforeVerb)?.[1]?.replace(/\s+/g, ' ') ?? demonymTitleSubject(beforeVerb)
  );
}

/**
 * Rule discussed.told-event-nearest: in a paragraph that tells several meetings beside the readout's own ("X held a
 * bilateral meeting with Y … The Minister also met Z to discuss the convening of the Joint Commission"), an event named
 * in the sentence of a told meeting, after it, is that meeting's subject, not the paragraph's first meeting's; and a
 * told meeting is never the subject of another told meeting of the same paragraph (both are the readout's happenings).
 */
export const DISCUSSED_TOLD_EVENT_NEAREST = {
  id: 'discussed.told-event-nearest',
  toldRules: new Set([
    'event.told',
    'event.told-met',
    'event.told-met-title',
    'event.told-met-title-subject',
    'event.pronoun-met',
    'event.pronoun-held-with',
  ]),
};

/** True when an event of `rule` is a meeting told in passing (discussed.told-event-nearest). */
export function isToldMeetingRule(rule: string | undefined): boolean {
  return !!rule && DISCUSSED_TOLD_EVENT_NEAREST.toldRules.has(rule);
}

/**
 * Rule event.session-subject: a session of the readout's gathering told as a sentence's subject, "The opening
 * ceremony was addressed by the Prime Minister of X, Y", "The closing session was chaired by Z", or held with a guest,
 * "Ministers held a dialogue session with the Assistant Secretary General of W, Ambassador V": the session is an event
 * (its rule starts with "event.session", so the session steps make it part of the gathering and give it its people).
 * Only an opening, closing, inaugural, plenary, closed or dialogue session, ceremony or segment; "The session on
 * trade" and "The ceremony will be held" are not read, nor a session held "Before the ceremony" (a meeting of its own). Group 1 (or 2) is the session's name.
 */
export const EVENT_SESSION_SUBJECT = {
  id: 'event.session-subject',
  pattern: new RegExp(
    String.raw`(?:^|[.!?]${SP}|\n)The${SP}((?:opening|closing|inaugural|plenary|closed|concluding)${SP}(?:ceremony|session|segment))${SP}(?:was|were)${SP}(?:(?:also|formally|officially)${SP})?(?:addressed|opened|chaired|attended|closed)${SP}by\b|\bheld${SP}an?${SP}((?:dialogue|working|closed|joint)${SP}session)${SP}with${SP}`,
    'gu',
  ),
  /** A sentence that tells the session as held before or after the gathering ("Before the ceremony, …"). */
  before: /\b(?:Before|Prior to|Ahead of|After|Following)\b/,
};

/** Rule event.session-subject: the sessions told as a sentence's subject or held with a guest, with where they start. */
export function sessionSubjects(text: string): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  for (const m of text.includes('ession') || text.includes('eremony') || text.includes('egment')
    ? text.matchAll(EVENT_SESSION_SUBJECT.pattern)
    : []) {
    const name = m[1] ?? m[2]!;
    // "Before the ceremony, … the delegations held a working session with X": a meeting before the gathering, not a
    // session of it.
    const sentenceStart = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n', m.index));
    if (m[2] && EVENT_SESSION_SUBJECT.before.test(text.slice(sentenceStart + 1, m.index))) continue;
    out.push({ surface: name, start: m.index + m[0].indexOf(name) });
  }
  return out;
}
