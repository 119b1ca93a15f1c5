// Rules of round fl18b (issue 6), written after the first look at three new samples (a Levantine presidency's
// plain-text release, a Southeast Asian news agency's Markdown story, a Caribbean foreign ministry's web page). Each
// rule is a general construction; tests on made-up sentences in rules-fl18b.test.ts. This file imports nothing from
// the stages that call it, so that no import cycle forms.
import { pronounClauses } from './rules-fl17a.ts';
import { lastOfText } from './text-memo.ts';

const SP = String.raw`[^\S\n]+`;
/** A short time phrase between a verb and its object ("this Friday", "on Monday", "today", "last week"). */
const TIME_ADVERB = String.raw`(?:(?:this|last|on)${SP}\p{L}+|today|yesterday|in${SP}the${SP}(?:morning|afternoon|evening))`;

/**
 * Rule event.held-by-past-verb: an event that is the object of a past verb of holding ("X chaired this Friday the
 * Meeting of …", "co-chaired the 46th meeting", "presided over the session") was held, whatever a later clause of the
 * sentence says is still to come ("…, on the eve of the Summit, which the President will open on Saturday"). A verb
 * after "will", "to", "would", "be" or "not" ("will chair the meeting", "to be held the next day") is not read.
 */
export const EVENT_HELD_BY_PAST_VERB = {
  id: 'event.held-by-past-verb',
  pattern: new RegExp(
    String.raw`(?<!\b(?:will|would|shall|to|be|not|never)${SP})\b(?:co-?chaired|chaired|presided${SP}over|opened|hosted|attended)${SP}(?:${TIME_ADVERB},?${SP})?(?:the${SP})?$`,
    'iu',
  ),
};

/** Rule event.held-by-past-verb: whether the text right before an event's name (same sentence) holds it as held. */
export function heldByPastVerb(before: string): boolean {
  return EVENT_HELD_BY_PAST_VERB.pattern.test(before.slice(-80));
}

/**
 * Rule office.as-title-of-other: "affirmed Vietnam's support for Laos as Chair of ASEAN", "congratulated Kenya on its
 * election as …": an "as" title after a state or body named behind a preposition or a verb of support belongs to that
 * name, not to the person named earlier in the sentence; office.as-title gives the person nothing. `between` is the text
 * from the end of the person's mention to the title. "welcomed President X as the new Chair" (the person right before
 * "as") is read as before, and so is a place after a verb of travel ("travelled to Yangon as Special Envoy of the
 * Chair": the traveller's title).
 */
export const OFFICE_AS_TITLE_OF_OTHER = {
  id: 'office.as-title-of-other',
  pattern: new RegExp(
    String.raw`(?<!\b(?:travell?ed|went|came|flew|returned|headed|sent|dispatched|despatched)${SP})\b(?:for|to|of|on|with|supports?|supported|backed|congratulated|welcomed)${SP}(?:the${SP})?\p{Lu}[\p{L}'’-]*(?:${SP}\p{Lu}[\p{L}'’-]*){0,2}${SP}as${SP}(?:the${SP})?(?:\p{Ll}+${SP})?$`,
    'u',
  ),
};

/** Rule office.as-title-of-other: the "as" title names someone else than the person before it. */
export function asTitleOfOther(between: string): boolean {
  return OFFICE_AS_TITLE_OF_OTHER.pattern.test(between);
}

/** A call's noun: "telephone call", "phone conversation", "video call". */
const CALL_NOUN = String.raw`(?:(?:tele)?phone|video)${SP}(?:call|conversation|talks|conference)`;

/**
 * Rule event.call-frame-named-pair: "In a telephone call this afternoon, President A and the President of the French
 * Republic, Mr. B, discussed …", "During a video call on Monday, A and B agreed …": a call framing a sentence whose
 * subject is two named people is their call (event.call-frame reads only "the two leaders" as subject, and only "on"
 * a date). Group 1: the call's noun. A call still to come ("In a telephone call next week, …") is not read.
 */
export const EVENT_CALL_FRAME_NAMED_PAIR = {
  id: 'event.call-frame-named-pair',
  pattern: new RegExp(
    String.raw`^(?:In|During|Over)${SP}(?:a|an|their|one)${SP}(?:(?:brief|short|lengthy|long)${SP})?(${CALL_NOUN})(?:${SP}(?:${TIME_ADVERB}|earlier${SP}today|on${SP}\d{1,2}${SP}\p{Lu}\p{L}+(?:${SP}\d{4})?|on${SP}\p{Lu}\p{L}+${SP}\d{1,2}(?:,?${SP}\d{4})?))?[^\S\n]*,${SP}`,
    'u',
  ),
  /** What stands between the two people: "and", an article, titles with their commas. */
  glue: /^[^\S\n]+and[^\S\n]+/u,
};

/**
 * Rule event.pair-title-held-later: after the opening, "Before the meeting, the two Prime Ministers held talks at the
 * Office of the Government", "Afterwards, the two Foreign Ministers had a meeting": the two holders of that title
 * (exactly two people of the readout hold it) held a meeting of their own, named after them ("A-B talks"). "the two
 * leaders" (no title) and a pair told in the opening are other rules'. Group 1: the plural title; group 2: the noun.
 */
export const EVENT_PAIR_TITLE_HELD_LATER = {
  id: 'event.pair-title-held-later',
  pattern: new RegExp(
    String.raw`^(?:(?:Before|After|Prior${SP}to|Following|Ahead${SP}of)${SP}[^,]{1,60},${SP}|(?:Earlier|Later|Afterwards|Then|Subsequently)(?:${SP}(?:in${SP}the${SP})?(?:day|morning|afternoon|evening))?,?${SP})?(?:the|The)${SP}two${SP}((?:Prime|Foreign|Deputy${SP}Prime|Vice|Defen[cs]e)?${SP}?(?:Ministers|Presidents|Chancellors|Secretaries${SP}of${SP}State|Vice-Presidents))${SP}(?:also${SP}|then${SP}|first${SP})?(?:held|had)${SP}(?:an?${SP})?((?:(?:bilateral|private|separate|restricted|brief)${SP})?(?:talks|meeting|tête-à-tête|conversation))\b`,
    'u',
  ),
};

/** Rule event.pair-title-held-later: the singular title, the noun and where the noun starts, or undefined. */
export function pairTitleHeldLater(sentence: string): { title: string; noun: string; nounAt: number } | undefined {
  const m = EVENT_PAIR_TITLE_HELD_LATER.pattern.exec(sentence);
  if (!m) return undefined;
  const plural = m[1]!.trim();
  const title = plural.replace(/Secretaries(?= of State)/, 'Secretary').replace(/(?<=\S)s$/, '');
  return { title, noun: m[2]!.replace(/\s+/g, ' '), nounAt: m.index + m[0].lastIndexOf(m[2]!) };
}

/**
 * Rule event.pronoun-met: "He also met the Minister of Foreign Affairs of Ecuador, X, whose country …", "She then met
 * with President Y": a meeting told with a pronoun subject and the verb "met", of the person the pronoun stands for
 * with the person named after it (event.pronoun-held-with reads "he held talks with"). The guest's mention may start
 * with its titles (a mention's `from`); "he met the press", "she met with business leaders" name nobody and give
 * nothing.
 */
export const EVENT_PRONOUN_MET = {
  id: 'event.pronoun-met',
  pattern: new RegExp(
    String.raw`\b(?:he|she|He|She)${SP}(?:also${SP}|then${SP}|later${SP}|subsequently${SP}|separately${SP})?(met)(?:${SP}with)?${SP}`,
    'g',
  ),
  /** What may stand between the verb and the guest's mention (its titles excluded): an article. */
  guestLead: /^(?:the[^\S\n]+)?$/u,
  /** A second guest right after the first: "and National Assembly Chairman Y". */
  moreGuests: /^,?[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u,
};

interface Span {
  start: number;
  end: number;
  from?: number;
}

/** Rule event.pronoun-met: in one sentence, each "he met X": the verb's place, the pronoun's, and the guest's mention. */
export function pronounMet<M extends Span>(
  text: string,
  sentStart: number,
  sentEnd: number,
  ms: M[],
): { noun: string; from: number; to: number; pronounAt: number; guest: M }[] {
  const out: { noun: string; from: number; to: number; pronounAt: number; guest: M }[] = [];
  for (const { m, at, end } of pronounClauses(text, sentStart, sentEnd, EVENT_PRONOUN_MET.pattern)) {
    const guest = ms.find(
      (x) => (x.from ?? x.start) >= end && EVENT_PRONOUN_MET.guestLead.test(text.slice(end, x.from ?? x.start)),
    );
    // "he also met A and B": several guests, left to the rules of meetings with each (event.in-visit-meeting …).
    if (guest && !EVENT_PRONOUN_MET.moreGuests.test(text.slice(guest.end, guest.end + 40)))
      out.push({ noun: 'meeting', from: at + m[0].indexOf(m[1]!), to: guest.end, pronounAt: at, guest });
  }
  return out;
}

/**
 * Rule event.session-devoted: "The second working session, held behind closed doors, was devoted to the crisis in X",
 * "The opening plenary session focused on …": an ordinal or opening / closing session that is a sentence's subject and
 * was given to a subject is a session of the readout's meeting (its rule starts with "event.session", so it is PART_OF
 * the meeting); discussed.session-devoted gives it what follows the cue. Group 1: the session's name; group 2: the cue.
 * A session of something else ("The second session of the Joint Commission will be devoted to …") is not read. What
 * stands before "The" is looked behind from after it: a lookbehind first would be tried at every position of the text.
 */
export const EVENT_SESSION_DEVOTED = {
  id: 'event.session-devoted',
  pattern: new RegExp(
    String.raw`The(?<=(?:^|[.!?]\s+)The)${SP}((?:first|second|third|fourth|final|last|opening|closing)${SP}(?:(?:working|plenary|closed|restricted|expanded|thematic)${SP})?session)(?:,[^,.;]{1,60},)?${SP}(?:(?:was|were)${SP})?(devoted${SP}to|dedicated${SP}to|focused${SP}on|centred${SP}on|centered${SP}on|given${SP}over${SP}to)${SP}`,
    'gmu',
  ),
};

/**
 * Rule event.session-devoted: each such session's name, where it starts and where the cue's object starts; read once
 * per text (the event stage and discussed.session-devoted ask for the same text's; perf23a). The caller must not
 * change it.
 */
export function sessionsDevoted(text: string): readonly SessionDevoted[] {
  return sessionsDevotedOf(text);
}

type SessionDevoted = { surface: string; start: number; rule: string; topicAt: number };

const sessionsDevotedOf = lastOfText((text: string): SessionDevoted[] =>
  [...text.matchAll(EVENT_SESSION_DEVOTED.pattern)].map((m) => ({
    surface: m[1]!,
    start: m.index + m[0].indexOf(m[1]!),
    rule: EVENT_SESSION_DEVOTED.id,
    topicAt: m.index + m[0].length,
  })),
);

/**
 * Rule person.with-not-counterpart: "in agreement with the Speaker of the Parliament, X", "in coordination with the
 * Minister Y", "in consultation with …": a "with" that joins the person to the subject's own decision is no meeting
 * "with" a counterpart, so it does not make the person the counterpart state's (person.counterpart-with). Matched
 * on the text before the person's mention.
 */
export const PERSON_WITH_NOT_COUNTERPART = {
  id: 'person.with-not-counterpart',
  pattern: new RegExp(
    String.raw`\b(?:in${SP}(?:agreement|coordination|consultation|concert|cooperation|accordance)|together|along|jointly|alongside)${SP}with${SP}(?:\S+${SP}){0,3}$`,
    'iu',
  ),
};

/**
 * Rule participated.not-in-future-clause: "…, held on the eve of the Summit, which the President of the Republic, X,
 * will open on Saturday": a person named inside a relative clause that tells what is still to come takes no part, by
 * that sentence, in the meeting it tells (participated.main-sentence gives every person of the opening). Each match
 * spans the clause from its relative word to its modal.
 */
export const PARTICIPATED_NOT_IN_FUTURE_CLAUSE = {
  id: 'participated.not-in-future-clause',
  pattern: new RegExp(
    String.raw`,${SP}(?:which|where|when|at${SP}which)\b[^.;]*?\b(?:will|would|is${SP}to|are${SP}to|shall)\b`,
    'gu',
  ),
};

/** Rule participated.not-in-future-clause: the spans of a sentence's future relative clauses. */
export function futureClauses(sentence: string): { from: number; to: number }[] {
  return [...sentence.matchAll(PARTICIPATED_NOT_IN_FUTURE_CLAUSE.pattern)].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
  }));
}

/**
 * Rule participated.chair-of-held: "The Minister of Foreign Affairs, X, chaired this Friday the Meeting of …": the
 * sentence's subject, named right before a past verb of chairing or presiding (event.held-by-past-verb), takes part in
 * the event that verb governs. Matched on the text from the subject's mention to the event's name.
 */
export const PARTICIPATED_CHAIR_OF_HELD = {
  id: 'participated.chair-of-held',
  pattern: new RegExp(
    String.raw`^,?${SP}(?:(?:also|then|today|yesterday)${SP})?(?:co-?chaired|chaired|presided${SP}over)${SP}(?:${TIME_ADVERB},?${SP})?(?:the${SP})?$`,
    'iu',
  ),
};

/**
 * Rule agreement.counted-memoranda: "the signing of … and of seven memorandums of understanding on education, energy,
 * transport and the digital economy", "two memoranda of understanding on health and tourism": a counted plural of
 * memoranda (or agreements) with its lowercase fields is one Agreement named by its head and fields. Not read: no
 * count ("memoranda were signed"), no fields, or a field list that starts with a capital (a title).
 */
export const AGREEMENT_COUNTED_MEMORANDA = {
  id: 'agreement.counted-memoranda',
  pattern: new RegExp(
    String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})${SP}((?:memorand(?:um|a)s${SP}of${SP}understanding|memoranda|cooperation${SP}agreements|agreements)${SP}(?:on|in${SP}the${SP}fields${SP}of)${SP}(?:the${SP})?\p{Ll}[\p{Ll}-]*(?:(?:,${SP}|${SP}and${SP}|${SP})(?:the${SP})?\p{Ll}[\p{Ll}-]*){0,9})`,
    'gu',
  ),
};

/** Rule agreement.counted-memoranda: each such span ("memorandums of understanding on …"). */
export function countedMemorandaSpans(text: string): { surface: string; start: number; rule: string }[] {
  return [...text.matchAll(AGREEMENT_COUNTED_MEMORANDA.pattern)].map((m) => ({
    surface: m[1]!.replace(/(?:,|\s+and|\s+the)+$/, ''),
    start: m.index + m[0].indexOf(m[1]!),
    rule: AGREEMENT_COUNTED_MEMORANDA.id,
  }));
}

/**
 * Rule sides.joint-body: "the 46th meeting of the Laos-Vietnam Intergovernmental Committee", "the A-B Joint
 * Commission": a body whose name opens with two of the readout's state sides joined by a hyphen is their joint body,
 * a forum of the two, not a third side of what they sign. `sides` holds the sides' names; returns the bodies to drop.
 */
export const SIDES_JOINT_BODY = { id: 'sides.joint-body' };

export function jointBodies(sides: ReadonlySet<string>, isState: (name: string) => boolean): string[] {
  const states = [...sides].filter(isState);
  return [...sides].filter((x) => {
    if (isState(x)) return false;
    const lead = /^(\S+)-(\S+)\s/.exec(x);
    return !!lead && [lead[1]!, lead[2]!].every((p) => states.includes(p));
  });
}

/**
 * Rule event.told-by-past-verb: a meeting told by its own past verb ("the President received Prime Minister X and
 * reviewed with him the preparations for the visit, which will be in Beirut on Friday", "He also met X, whose country
 * will host …") was held, whatever a later relative clause says is still to come. The rules whose surface holds the
 * verb (event.pronoun-met, event.told-met, event.told-met-title) are read; a modal in the surface keeps it planned.
 */
export const EVENT_TOLD_BY_PAST_VERB = {
  id: 'event.told-by-past-verb',
  // fl20a: event.told-met-title-subject ("The Minister also met X") too.
  rules: new Set(['event.pronoun-met', 'event.told-met', 'event.told-met-title', 'event.told-met-title-subject']),
  verb: /\b(?:met|received|hosted|called[^\S\n]+on)\b/,
  modal: /\b(?:will|would|shall|to|plans?|expects?)\b/,
};

/** Rule event.told-by-past-verb: whether an event of `rule` with this surface is told by a past verb of meeting. */
export function toldByPastVerb(rule: string, surface: string): boolean {
  const v = EVENT_TOLD_BY_PAST_VERB;
  if (!v.rules.has(rule)) return false;
  const verb = v.verb.exec(surface);
  return rule === 'event.pronoun-met' || (!!verb && !v.modal.test(surface.slice(0, verb.index)));
}

/**
 * Rule office.met-on-visit: "Prime Minister X paid a courtesy call on General Secretary Y and met President Z and
 * Chairman of the National Assembly W" in a readout of the issuer's leader's "official visit … to Vietnam": a bare title
 * of someone the visitor met is the visited state's, not the issuer's. `before` is the sentence's text up to the
 * title: it must end with a verb of meeting and only names, titles, "and" and commas after it.
 */
export const OFFICE_MET_ON_VISIT = {
  id: 'office.met-on-visit',
  verb: /\b(?:met(?:[^\S\n]+with)?|paid[^\S\n]+(?:a[^\S\n]+)?courtesy[^\S\n]+calls?[^\S\n]+on|called[^\S\n]+on|was[^\S\n]+received[^\S\n]+by|held[^\S\n]+talks[^\S\n]+with)[^\S\n]+/gu,
  objects: /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for)[^\S\n]*,?[^\S\n]*)*$/u,
  /** A state right after "visit to" or "visit of … to". */
  visitTo: /\bvisit(?:[^\S\n]+of[^\S\n]+[^.;,]{1,60}?)?[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?$/u,
};

/** Rule office.met-on-visit: whether the text before a title tells it as one the sentence's subject met. */
export function metObjectBefore(before: string): boolean {
  const verbs = [...before.matchAll(OFFICE_MET_ON_VISIT.verb)];
  const last = verbs[verbs.length - 1];
  return !!last && OFFICE_MET_ON_VISIT.objects.test(before.slice(last.index + last[0].length));
}

/**
 * Rule event.told-met-coordinated-subject: "Prime Minister X paid a courtesy call on General Secretary Y and met
 * President Z": a "met" in a second verb phrase joined by "and" has the sentence's subject for host, not the object of
 * the first verb named right before it (event.told-met took Y). `ms` are the sentence's mentions in order, `host` the
 * one right before the verb; returns the subject when the text between it and `host` holds a verb (a lowercase word
 * other than a particle), else `host`. "A and B met C" (a plural subject) is left as it was.
 */
export const EVENT_TOLD_MET_COORDINATED_SUBJECT = {
  id: 'event.told-met-coordinated-subject',
  gap: /^,?[^\S\n]+and[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?$/u,
  particle: /^(?:and|of|the|for|de|van|von|al|bin)$/,
};

export function coordinatedSubjectHost<M extends Span & { to?: number }>(
  text: string,
  ms: readonly M[],
  host: M,
  verbAt: number,
): M {
  const r = EVENT_TOLD_MET_COORDINATED_SUBJECT;
  if (!r.gap.test(text.slice(host.to ?? host.end, verbAt))) return host;
  const subject = ms[0];
  if (!subject || subject === host) return host;
  const between = text.slice(subject.to ?? subject.end, host.from ?? host.start);
  const verb = (between.match(/\b\p{Ll}[\p{Ll}-]*\b/gu) ?? []).some((w) => !r.particle.test(w));
  return verb ? subject : host;
}

/**
 * Rule participated.accompanied-visitor: "Prime Minister X was accompanied by Deputy Prime Minister Y, Minister Z and
 * senior officials", "He was accompanied by the Minister …": the people who accompanied a visitor took part in the
 * visit the visitor made (as the dev gold has it). Group 1: the subject ("He", "She" or empty when a name stands
 * right before). The people are those named after the cue in the sentence.
 */
export const PARTICIPATED_ACCOMPANIED_VISITOR = {
  id: 'participated.accompanied-visitor',
  pattern: new RegExp(String.raw`(?:^|\b(He|She)${SP})?(?:was|were)${SP}(?:also${SP})?accompanied${SP}by${SP}`, 'u'),
};
