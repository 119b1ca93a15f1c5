// Rules of the top19 round (issue 6, bank topics-6): DISCUSSED and INVOLVES between nodes the extractor already finds.
// Which meeting a topic belongs to (the talks told within a visit), topics a state is told by ("the Libyan file"), who
// is no topic (a state only thanked, the body of a participant's title, the gathering a recalled meeting was held at),
// who is no party to an incident (the holder of a chairmanship named beside it), and the two states of a process
// named by their capitals ("the Belgrade–Pristina Dialogue").
import type { Ctx } from './context.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { kindOf } from './main-event.ts';
import { isoOf } from './people-stage.ts';
import type { RelKit } from './rel-kit.ts';
import { notTopicTop18 } from './rules-top18.ts';
import { CAPITAL_STATE } from './states.ts';
import { alt } from './text.ts';
import type { Found } from './types.ts';

type Span = { start: number; end: number };

/**
 * discussed.not-thanked: a state or body that is only thanked ("thanked Norway and Sweden for their long-standing
 * development assistance", "expressed gratitude to the Government of Japan for …") is no subject of the meeting. Thanks
 * "for hosting" stay with the earlier rules (a host is involved in the meeting).
 */
export const NOT_THANKED = {
  id: 'discussed.not-thanked',
  /** The verb of thanks and, for a list, the items before the hit; no "for" in between. */
  before:
    /\b(?:thank(?:ed|s|ing)?|expressed\s+(?:(?:his|her|their|its|deep|sincere)\s+)*(?:gratitude|appreciation|thanks)\s+to|paid\s+tribute\s+to)\s+(?:the\s+)?(?:(?:Governments?|people|peoples|authorities)\s+(?:and\s+(?:the\s+)?people\s+)?of\s+(?:the\s+)?)?(?:(?:(?!\bfor\b)[^.;:]){0,60}?(?:,|\band)\s+(?:the\s+)?)?$/i,
  /** What it is thanked for, hosting aside. */
  after: /^[^.;]{0,60}?\bfor\s+(?!(?:its\s+|their\s+|the\s+)?(?:hospitality|hosting)\b)/i,
};

/** discussed.not-thanked: whether the hit is only thanked. */
export function onlyThanked(text: string, h: Span): boolean {
  return (
    NOT_THANKED.before.test(text.slice(Math.max(0, h.start - 120), h.start)) &&
    NOT_THANKED.after.test(text.slice(h.end, h.end + 80))
  );
}

/**
 * discussed.not-person-body: the body a participant is named with ("Prime Minister X of the Palestinian Authority",
 * "WHO Regional Director for Africa Dr X") identifies the person; it is no subject of the meeting.
 */
export const NOT_PERSON_BODY = {
  id: 'discussed.not-person-body',
  /** Between a person's name and the body after it. */
  ofAfterName: /^,?\s+of\s+(?:the\s+)?$/,
  /** Between the body and the person's name after it: a title of capitalised words, a remit, an honorific. */
  titleBeforeName:
    /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:(?:for|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?,?\s*(?:(?:Dr|Mr|Ms|Mrs|Prof|Professor|H\.E\.)\.?\s+)?$/u,
};

/** discussed.not-person-body: whether the body is told with a person of its sentence. */
export function bodyOfPerson(k: RelKit, h: GazetteerHit): boolean {
  if (h.type !== 'Organization') return false;
  const { text } = k.ctx;
  for (const [m] of k.personsIn(k.ctx.sentenceAt(h.start))) {
    const nameAt = m.raw ? text.indexOf(m.raw, m.start) : -1;
    if (nameAt < 0) continue;
    const nameEnd = nameAt + m.raw.length;
    if (nameEnd <= h.start && NOT_PERSON_BODY.ofAfterName.test(text.slice(nameEnd, h.start))) return true;
    if (nameAt >= h.end && nameAt - h.end < 90 && NOT_PERSON_BODY.titleBeforeName.test(text.slice(h.end, nameAt)))
      return true;
  }
  return false;
}

/** The top19 reasons a state or body is no topic of the readout's meeting. */
export function notTopicTop19(k: RelKit, h: GazetteerHit): boolean {
  return onlyThanked(k.ctx.text, h) || bodyOfPerson(k, h);
}

/**
 * The top18 reasons (discussed.not-venue-at, -not-guarantor, -not-mediator, -not-background-relations) and the top19
 * ones, as rules-topics' notATopic asks them.
 */
export function notTopicSince18(k: RelKit, h: GazetteerHit): boolean {
  return notTopicTop18(k, h) || notTopicTop19(k, h);
}

/**
 * discussed.not-recalled-frame: the gathering an earlier meeting of the participants was held at, told only in a
 * recollection ("Recalling their meeting at the SADC Summit in Harare, …", "since their last talks on the margins of
 * …"), is background, not a subject.
 */
export const NOT_RECALLED_FRAME = {
  id: 'discussed.not-recalled-frame',
  before:
    /\b(?:recall(?:ing|ed|s)?|since|recollect(?:ing|ed)?|remember(?:ing|ed)?)\s+(?:their|his|her|our|the)\s+(?:last\s+|previous\s+|earlier\s+|recent\s+|first\s+|fruitful\s+|productive\s+)?(?:meeting|talks|conversation|encounter|exchange|discussions?)\s+(?:at|in|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+)?$/i,
};

/** discussed.not-recalled-frame: whether every mention of the event is a recalled meeting's frame. */
export function recalledFrame(text: string, mentions: readonly Found[]): boolean {
  return (
    mentions.length > 0 &&
    mentions.every((x) => !x.planned && NOT_RECALLED_FRAME.before.test(text.slice(Math.max(0, x.start - 90), x.start)))
  );
}

/**
 * discussed.talks-during-visit: when the readout's event is a visit and a later sentence opens with the talks held in
 * it ("During the official talks at Hyderabad House, …", "In the course of the bilateral meeting, …"), the talks are
 * what dealt with the subjects (GUIDE: the meeting's topics; the dev gold gives DISCUSSED from the talks, not the visit).
 */
export const TALKS_DURING_VISIT = {
  id: 'discussed.talks-during-visit',
  partOf: 'part-of.talks-during-visit',
  opening:
    /^\s*(?:During|In\s+the\s+course\s+of|At)\s+(?:the|their)\s+(?:(?:official|bilateral|formal|restricted|expanded|delegation-level|one-on-one|tête-à-tête|substantive)\s+)*(?:talks|meeting|discussions|consultations)\b/i,
};

/** discussed.talks-during-visit: the held talks that open a sentence after the visit's, if any. */
export function talksDuringVisit(k: RelKit): Found | undefined {
  const { ctx, ev, main, mainName, nameOf } = k;
  if (!main || !mainName || kindOf(mainName) !== 'visit') return undefined;
  const talks = ev.eventMentions.find((e) => {
    if (e.planned || e.sentence <= main.sentence || nameOf(e) === mainName || kindOf(nameOf(e)) === 'visit')
      return false;
    const s = ctx.sentences[e.sentence]!;
    const opening = TALKS_DURING_VISIT.opening.exec(ctx.text.slice(s.start, s.end));
    return Boolean(opening) && e.start - s.start <= opening![0].length + 4 && e.end - s.start >= opening![0].length - 1;
  });
  // GUIDE: "A meeting held during a visit is PART_OF the visit": so the visit stays the readout's own, no subject.
  if (talks) ctx.relate('PART_OF', talks.key, main.key, talks.sentence, TALKS_DURING_VISIT.partOf);
  return talks;
}

/**
 * discussed.demonym-file: "the Libyan file", "the Syrian dossier", "the Sudanese question": a state told by its
 * adjective and a word for a matter of diplomacy is the subject of the meeting.
 */
export const DEMONYM_FILE = {
  id: 'discussed.demonym-file',
  before: /\bthe\s+$/i,
  after: /^\s+(?:file|dossier|question|issue|portfolio)\b/,
};

/** discussed.demonym-file: relates the meeting `main` to each state told as a file. */
export function discussedDemonymFile(k: RelKit, main: Found): void {
  const { ctx } = k;
  for (const h of k.hits) {
    if (h.type !== 'State' || !h.demonym) continue;
    if (!DEMONYM_FILE.before.test(ctx.text.slice(Math.max(0, h.start - 5), h.start))) continue;
    if (!DEMONYM_FILE.after.test(ctx.text.slice(h.end, h.end + 12))) continue;
    const key = k.stateKey(h.name) ?? ctx.add('State', h.name, undefined, 'state.demonym-file', isoOf(h.name), false);
    ctx.relate('DISCUSSED', main.key, key, ctx.sentenceAt(h.start), DEMONYM_FILE.id);
  }
}

/** Capitals of states, longest first (states.ts). */
const CAPITAL_NAMES = alt(CAPITAL_STATE.keys());

/**
 * involves.capital-pair-name: a process or dialogue named by two capitals joined by a hyphen or en dash ("the
 * Belgrade–Pristina Dialogue", "the Baku-Yerevan talks") involves the two states the capitals stand for.
 */
export const CAPITAL_PAIR_NAME = {
  id: 'involves.capital-pair-name',
  name: new RegExp(
    `^(?:the\\s+)?(${CAPITAL_NAMES})\\s?[-–]\\s?(${CAPITAL_NAMES})\\s+(?:Dialogue|dialogue|talks|Talks|Process|process|format|Format|negotiations|Negotiations)\\b`,
    'u',
  ),
};

/** involves.capital-pair-name: relates each such event to the two states. */
export function involvesCapitalPairName(k: RelKit): void {
  const { ctx } = k;
  for (const e of k.ev.eventMentions) {
    if (e === k.main || k.nameOf(e) === k.mainName) continue;
    const m = CAPITAL_PAIR_NAME.name.exec(ctx.text.slice(e.start, e.end));
    if (!m) continue;
    for (const st of [CAPITAL_STATE.get(m[1]!)!, CAPITAL_STATE.get(m[2]!)!]) {
      const key = k.stateKey(st) ?? ctx.add('State', st, undefined, 'state.capital-inferred', isoOf(st), false);
      ctx.relate('INVOLVES', e.key, key, e.sentence, CAPITAL_PAIR_NAME.id);
    }
  }
}

/**
 * involves.not-chair-holder: a state or body named as holding a chairmanship or presidency ("ahead of Malaysia's ASEAN
 * Chairmanship") is told for the office it holds, not as a party to an incident of the same sentence.
 */
export const NOT_CHAIR_HOLDER = {
  id: 'involves.not-chair-holder',
  after:
    /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:Chairmanship|chairmanship|Chairship|chairship|Presidency|presidency|Chairpersonship|chairpersonship)\b/u,
};

/** involves.not-chair-holder: whether the hit names a chairmanship's holder. */
export function chairHolder(text: string, h: Span): boolean {
  return NOT_CHAIR_HOLDER.after.test(text.slice(h.end, h.end + 40));
}

/** The top19 relations added after the topic rules (hooked at the end of rules-topics' addTopicRelations). */
export function addTop19Relations(k: RelKit, main: Found | undefined): void {
  if (main) discussedDemonymFile(k, main);
  involvesCapitalPairName(k);
}

/**
 * discussed.outcome-of-meeting: a held meeting told only by a phrase ("the OIC extraordinary summit held in Riyadh")
 * is a subject when the readout's meeting went over what came of it ("reviewed the outcomes of …", "the follow-up
 * to …", "briefed on the results of …"), not only recalled.
 */
export const OUTCOME_OF_MEETING = {
  id: 'discussed.outcome-of-meeting',
  before: /\b(?:outcomes?|results?|conclusions|follow-up|decisions|deliberations)\s+(?:of|to|from)\s+(?:the\s+)?$/i,
};

/** discussed.outcome-of-meeting: whether some mention of the event is told as what came of it. */
export function outcomeOfMeeting(text: string, mentions: readonly Found[]): boolean {
  return mentions.some((x) => OUTCOME_OF_MEETING.before.test(text.slice(Math.max(0, x.start - 40), x.start)));
}

/**
 * discussed.not-recalled-phrase (ev13) with discussed.outcome-of-meeting: a held meeting only a phrase names is recalled,
 * not a subject, unless the readout's meeting went over what came of it.
 */
export function recalledPhrase(ctx: Ctx, e: Found, mentions: readonly Found[]): boolean {
  return ctx.entity(e.key)!.rule === 'event.meeting-phrase' && !e.planned && !outcomeOfMeeting(ctx.text, mentions);
}
