// Relation rules of the prc29a round (issue 6, precision of DISCUSSED and INVOLVES on the annotated samples).
import type { Found } from './types.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import { allElsewhere } from './rules-oth13.ts';

/**
 * discussed.held-at-which: a meeting told beside the readout's own, with its people, place or time between it and a
 * relative clause ("held a separate meeting with Foreign Minister Siala, in which the two Ministers discussed …", "an
 * informal dinner of the members of the European Council at Brdo Castle, where the leaders discussed …", "had a
 * bilateral meeting with the Prime Minister after the ceremony, at which they discussed …"): what the clause names is
 * that meeting's subject, not the readout's own event's. The gap holds no clause break (comma, colon, semicolon).
 */
export const HELD_AT_WHICH = {
  id: 'discussed.held-at-which',
  gap: /^[^.;:,]{1,90},\s*(?:(?:at|in|during)\s+which|where|with\s+whom)\b([^;]*)$/,
  /** The clause tells what was dealt with, not another meeting held ("during which she met President B"). */
  verb: /\b(?:discuss|review|exchang|focus|address|talk|spoke|touch|agree|welcom|consider|examin|assess|brief|coordinat|endors|adopt|condemn|express|stress|underlin|reaffirm|not(?:ed|ing)|took\s+stock)/i,
};

/** The other meeting whose relative clause (after its people, place or time) a position of the text is in. */
export function heldAtWhich(k: RelKit, at: number): Found | undefined {
  const { ctx, ev, nameOf } = k;
  const si = ctx.sentenceAt(at);
  const s = ctx.sentences[si]!;
  if (!/,\s*(?:at|in|during|with)\s+wh|,\s*where\b/.test(ctx.text.slice(s.start, at))) return undefined;
  return ev.eventMentions
    .filter(
      (e) =>
        e.sentence === si &&
        e.end < at &&
        nameOf(e) !== k.mainName &&
        !INCIDENT_NAME.test(nameOf(e)) &&
        HELD_AT_WHICH.verb.test(HELD_AT_WHICH.gap.exec(ctx.text.slice(e.end, at))?.[1] ?? ''),
    )
    .pop();
}

interface Span {
  start: number;
  end: number;
}

/**
 * discussed.not-thanked-supporter: a state or body thanked for its support, solidarity or part in a process ("thanked
 * the African Union, the United Nations and the Francophonie for their support", "thanked … SADC, the European Union
 * and Switzerland for supporting the peace process", "thanked the member States of the Non-Aligned Movement for their
 * consistent solidarity") is a helper the speaker thanks, not a subject of the meeting (the thanked host of
 * discussed.not-thanked-host, top15, for help rather than welcome). A thanks verb before it in its sentence, and after
 * it, before any clause break, "for" and the kind of help or a verb in -ing.
 */
export const THANKED_SUPPORTER = {
  id: 'discussed.not-thanked-supporter',
  before: /\b(?:thank(?:s|ed|ing)?|gratitude\s+to|grateful\s+to|paid\s+tribute\s+to)\b[^.;:]*$/i,
  after:
    /^[^.;:]{0,70}?\bfor\s+(?:(?:its|their|his|her|the)\s+)?(?:(?:continued|consistent|constant|unwavering|steadfast|valuable|generous|strong|firm|active|constructive|tireless|kind)\s+(?:and\s+)?){0,2}(?:support|solidarity|assistance|contributions?|help|efforts|backing|facilitation|accompaniment|role|commitment|engagement)\b|^[^.;:]{0,70}?\bfor\s+(?:supporting|accompanying|facilitating|helping|financing|funding)\b/i,
};

export function thankedSupporter(text: string, s: Span, h: Span): boolean {
  const before = text.slice(Math.max(s.start, h.start - 240), h.start);
  if (!/thank|gratitude|grateful|tribute/i.test(before) || !THANKED_SUPPORTER.before.test(before)) return false;
  return THANKED_SUPPORTER.after.test(text.slice(h.end, h.end + 120));
}

/**
 * discussed.not-chair: a state or body told as holding or taking over a chair ("with Namibia as incoming Chair",
 * "Liechtenstein holds the chairmanship of the EFTA Council", "handed over the chairmanship of the Organ to …") is who
 * or what is chaired, not a subject of the meeting.
 */
export const TOLD_AS_CHAIR = {
  id: 'discussed.not-chair',
  after: /^\s+as\s+(?:the\s+)?(?:(?:incoming|outgoing|new|next|current|vice|deputy)[\s-]+)+Chair(?:man|person)?\b/i,
  before:
    /\b(?:holds?|held|holding|assumes?|assumed|assuming|takes?\s+over|took\s+over|hand(?:s|ed)?\s+over|pass(?:es|ed)?)\s+the\s+(?:rotating\s+)?(?:chairmanship|chairship|chair|presidency)\s+of\s+(?:the\s+)?$/i,
};

export function toldAsChair(text: string, h: Span): boolean {
  return (
    TOLD_AS_CHAIR.after.test(text.slice(h.end, h.end + 40)) ||
    TOLD_AS_CHAIR.before.test(text.slice(Math.max(0, h.start - 60), h.start))
  );
}

/**
 * discussed.not-offered-host: a state that offered to host a later gathering ("the Government of Colombia had offered
 * to host the Sixth Summit", "accepted the offer of Antigua and Barbuda to host the next CHOGM") is that gathering's
 * host (INVOLVES of the planned event where a rule gives it), not a subject of the meeting. Only the verb "offered"
 * and "the offer of X to host": "They discussed Qatar's offer to host the next round" keeps Qatar (discussed.not-host).
 */
export const OFFERED_HOST = {
  id: 'discussed.not-offered-host',
  after: /^(?:\s*\([^)]{1,20}\))?\s+(?:has\s+|had\s+|have\s+)?(?:kindly\s+)?offered\s+to\s+(?:co-)?host\b/i,
  before: /\boffer\s+(?:made\s+)?(?:of|by)\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/i,
  afterOffer: /^(?:\s*\([^)]{1,20}\))?\s+to\s+(?:co-)?host\b/i,
};

export function offeredHost(text: string, h: Span): boolean {
  const after = text.slice(h.end, h.end + 40);
  if (!after.includes('host')) return false;
  return (
    OFFERED_HOST.after.test(after) ||
    (OFFERED_HOST.before.test(text.slice(Math.max(0, h.start - 40), h.start)) && OFFERED_HOST.afterOffer.test(after))
  );
}

/**
 * discussed.not-told-onward: a body the outcome is to be reported or carried to ("will brief the Council for Foreign
 * and Community Relations of CARICOM on the talks", "the East African Community (EAC) would be informed of the
 * outcome", "would carry the outcomes to the United Nations General Assembly", "will report on the signing to the
 * Permanent Council") is an addressee of the meeting's result, not a subject of it (as discussed.not-addressee, top9,
 * for a text submitted to a body). Future or modal only: "briefed the Council on …" tells a meeting held.
 */
export const TOLD_ONWARD = {
  id: 'discussed.not-told-onward',
  before:
    /\b(?:will|would|shall|is\s+to|are\s+to|to)\s+(?:(?:also|then|personally)\s+)?(?:brief|inform|report\s+(?:on\s+[^.;:,]{1,50}?\s+)?to|carry\s+[^.;:,]{1,40}?\s+to|convey\s+[^.;:,]{1,40}?\s+to|present\s+[^.;:,]{1,40}?\s+to)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,8}?$/iu,
  after:
    /^(?:\s*\([^)]{1,20}\))?\s+(?:will|would|shall|is\s+to|was\s+to)\s+(?:also\s+)?be\s+(?:informed|briefed|notified)\s+(?:of|on|about)\b/i,
  result: /\b(?:outcomes?|results?|talks|meeting|signing|agreement|negotiations|discussions|progress|conclusions?)\b/i,
};

export function toldOnward(text: string, s: Span, h: Span): boolean {
  const after = text.slice(h.end, h.end + 60);
  if (TOLD_ONWARD.after.test(after)) return true;
  const before = text.slice(Math.max(s.start, h.start - 120), h.start);
  if (!TOLD_ONWARD.before.test(before)) return false;
  return TOLD_ONWARD.result.test(text.slice(Math.max(s.start, h.start - 120), Math.min(s.end, h.end + 80)));
}

/**
 * discussed.not-contact-line: a press release's contact line ("For more information, please contact: Corporate
 * Communications and Public Affairs Department, EAC Secretariat, Arusha") names who answers questions, not a subject.
 */
export const CONTACT_LINE = {
  id: 'discussed.not-contact-line',
  sentence:
    /^\W*(?:For\s+(?:more|further)\s+(?:information|details)|(?:Media|Press)\s+(?:contacts?|enquiries|inquiries)|Contacts?\s*:|Issued\s+by\s*:)/i,
};

/**
 * discussed.not-person-of: a state or body naming a person's affiliation ("Ambassador Luis Enrique Chávez Basagoitia of
 * Peru", "the Under-Secretary-General for Economic and Social Affairs of the United Nations …, Li Junhua") identifies
 * that person, a participant or an actor; it is not a subject. Right after a person's name and "of", or after "of"
 * and right before the person's name.
 */
export const PERSON_OF = {
  id: 'discussed.not-person-of',
  between: /^,?\s+of\s+(?:the\s+)?$/,
  ofBefore: /\bof\s+(?:the\s+)?$/,
  toName: /^(?:\s*\([^)]{1,20}\))?,\s+(?:H\.\s?E\.\s+)?$/,
};

export function personOf(text: string, persons: readonly Span[], h: Span): boolean {
  for (const m of persons) {
    if (m.end <= h.start && h.start - m.end <= 12 && PERSON_OF.between.test(text.slice(m.end, h.start))) return true;
    if (
      m.start >= h.end &&
      m.start - h.end <= 30 &&
      PERSON_OF.toName.test(text.slice(h.end, m.start)) &&
      PERSON_OF.ofBefore.test(text.slice(Math.max(0, h.start - 8), h.start))
    )
      return true;
  }
  return false;
}

/** The prc29 topic vetoes: whether the state or body hit `h` is named as something other than a subject. */
export function notTopicPrc29(k: RelKit, h: Span): boolean {
  const { ctx } = k;
  const si = ctx.sentenceAt(h.start);
  const s = ctx.sentences[si]!;
  const text = ctx.text;
  if (CONTACT_LINE.sentence.test(s.text)) return true;
  if (thankedSupporter(text, s, h) || toldAsChair(text, h) || offeredHost(text, h) || toldOnward(text, s, h))
    return true;
  return personOf(
    text,
    k.personsIn(si).map(([m]) => m),
    h,
  );
}

/**
 * discussed.not-duration: "concluding almost three years of negotiations", "after seven years of talks", a heading "Nine
 * months of negotiations": a span of talks counted in days, weeks, months or years measures how long a process took; it
 * is no subject of the meeting.
 */
export const DURATION_EVENT = {
  id: 'discussed.not-duration',
  name: /^(?:(?:almost|nearly|over|some|more\s+than|about|the|several|many|long)\s+)*(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|few)\s+(?:days?|weeks?|months?|years?|decades?)\s+of\b/i,
};

/**
 * discussed.not-onward-attendance: a gathering someone will go on to attend or travel to ("Prime Minister Spajić will
 * attend the EU-Western Balkans Summit", "continues to Uganda and then to South Africa for the 10th BRICS Summit",
 * "Moon will fly to New York next week for the U.N. General Assembly", "is expected to meet Prime Minister May on the
 * margins of the United Nations General Assembly") is where that person goes next, not a subject of the meeting (as
 * discussed.not-onward-leg, "travels next to …"). The verb of going before the event in its clause.
 */
export const ONWARD_ATTENDANCE = {
  id: 'discussed.not-onward-attendance',
  before:
    /\b(?:will|to|is\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?:(?:also|then|later|personally)\s+)?(?:attend|fly|travel|go|head|proceed|leave)\b[^.;:]{0,80}$|\b(?:continues|continued|proceeds|leaves|departs)\s+(?:(?:tomorrow|today|later|then)\s+)?(?:to|for)\b[^.;:]{0,80}$|\bis\s+expected\s+to\s+meet\b[^.;:]{0,80}$/i,
};

/** Whether an event is a duration, or every mention of it an onward attendance. */
export function eventNotSubjectPrc29(k: RelKit, e: Found, mentions: readonly Found[]): boolean {
  const { ctx, nameOf } = k;
  if (DURATION_EVENT.name.test(nameOf(e))) return true;
  return mentions.every((x) => {
    const s = ctx.sentences[x.sentence]!;
    return ONWARD_ATTENDANCE.before.test(ctx.text.slice(Math.max(s.start, x.start - 120), x.start));
  });
}

/** Whether every mention of an event is told of another meeting (oth13) or is no subject by the prc29 rules. */
export function elsewhereOrNotSubject(k: RelKit, e: Found, mentions: readonly Found[]): boolean {
  return allElsewhere(k, mentions) || eventNotSubjectPrc29(k, e, mentions);
}

/**
 * discussed.not-precedent: an agreement named as what the new text succeeds, replaces, supersedes or incorporates, or
 * what the talks followed ("The Samoa Agreement succeeds the Cotonou Partnership Agreement", "It replaces the Treaty …
 * of 2006", "It incorporates the Khartoum Declaration …, and the Agreement on …", "The talks followed the ceasefire
 * agreement") is background to the agreement concluded, not a subject of the meeting (as discussed.agreement-basis,
 * top10, for "Based on …"); the next items of its list too. Not "builds on" nor "rests on": the golds give a text built
 * on ("It builds on the Boe Declaration") and a principle peace must rest on ("the UN Charter") to the meeting.
 */
export const PRECEDENT = {
  id: 'discussed.not-precedent',
  before:
    /\b(?:succeed(?:s|ed)|replac(?:es|ed)|supersed(?:es|ed)|incorporat(?:es|ed)|followed)\s+(?:the\s+|that\s+|its\s+)?(?:[^.;]{0,80}?(?:,\s+|\s+)and\s+(?:on\s+)?(?:the\s+|that\s+)?)?$/i,
};

export function toldAsPrecedent(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 140), at);
  return /succeed|replac|supersed|incorporat|followed/i.test(before) && PRECEDENT.before.test(before);
}
