// Rules of round fl18a (issue 6), written after the first look at three new samples (a Mediterranean foreign
// ministry's plain-text release, a Baltic foreign ministry's web page, a Southern African State House's Markdown
// statement). Each rule is a general construction; tests on made-up sentences in rules-fl18a.test.ts. This file
// imports nothing from the stages that call it, so that no import cycle forms.

import type { Ctx } from './context.ts';
import { SUMMIT_OF_BODY_MORE_HEADS } from './rules-evk32b-summits.ts';

const SP = String.raw`[^\S\n]+`;
/** Lowercase words that qualify a gathering's head noun ("informal", "ministerial", "high-level", "extraordinary"). */
const GATHERING_MODIFIER = String.raw`(?:informal|formal|ministerial|annual|regular|extraordinary|special|high-level|plenary|joint|trilateral|quadrilateral|consultative|preparatory|inaugural|virtual|emergency|(?:first|second|third|fourth|fifth)(?:-ever)?)`;
/** The head nouns of a gathering told in lowercase. */
const GATHERING_HEAD = String.raw`(?:meeting|summit|conference|session|retreat|dialogue|forum|consultations)`;
/**
 * A word of a gathering's complement: not a preposition or word that ends the phrase and opens what follows ("in
 * Riga", "on 17 March", "at the Palais", "convened by", "where he met").
 */
const TAIL_WORD = String.raw`(?!(?:in|on|at|and|or|which|where|who|whom|to|with|held|convened|chaired|hosted|organi[sz]ed|that|from|during|after|before|by|when|while|was|were|is|are|has|had|this|last|next)\b)[\p{L}\d'’-]+`;
/** Words of a date that end the phrase after "on" ("on Monday", "on 17 March"). */
const DATE_WORD = String.raw`(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)`;
/**
 * The complement of a gathering: "of NATO Ministers of Foreign Affairs", "in a broader format", "on the X problem", "on
 * the security situation in the Sahel" (a topic's region with its article stays in; "in Riga" ends the phrase).
 */
const GATHERING_TAIL = String.raw`(?:${SP}of${SP}${TAIL_WORD}(?:${SP}${TAIL_WORD}){0,7}|${SP}in${SP}an?${SP}[\p{Ll}-]+${SP}format|${SP}on${SP}(?!${DATE_WORD})(?:the${SP})?${TAIL_WORD}(?:${SP}(?:in${SP}the${SP})?${TAIL_WORD}){0,4})`;
/** The verbs whose object is a gathering someone went to, held or led. */
const GATHERING_VERB = String.raw`(?:hosted|attended|chaired|co-chaired|convened|took${SP}part${SP}in|participated${SP}in|accompanied${SP}[^.;\n]{1,140}?${SP}to)`;

/**
 * Rule event.gathering-object: in the opening sentence, a gathering told in lowercase as the object of a verb of
 * hosting, attending or going ("hosted the meeting of NATO Ministers of Foreign Affairs in Riga", "accompanied the
 * President, Mr X, to the informal meeting in a broader format on the Y problem", "attended the extraordinary session of
 * the Council") is an event named by that phrase, and so the readout's own gathering (the main-event step reads the
 * opening's first event). A bare noun ("attended the meeting", "accompanied the President to the talks with Y") names
 * nothing and is left to the rules of meetings between people; so is a phrase that holds an event named already ("the
 * opening session of the 79th UN General Assembly"). Group 1 is the phrase.
 */
export const EVENT_GATHERING_OBJECT = {
  id: 'event.gathering-object',
  pattern: new RegExp(
    String.raw`\b${GATHERING_VERB}${SP}(?:the|an?)${SP}((?:${GATHERING_MODIFIER}${SP}){0,2}${GATHERING_HEAD}(?:${GATHERING_TAIL}){0,3})`,
    'gu',
  ),
  /** A phrase with neither modifier nor complement: a bare head noun. */
  bare: new RegExp(String.raw`^${GATHERING_HEAD}$`),
  /** A numbered gathering of a body ("of the 79th UN General Assembly"): the rules of named sessions read it. */
  numbered: /\b\d+(?:st|nd|rd|th)\b/,
};

/** Rule event.gathering-object: the gatherings an opening sentence tells as a verb's object, with where each starts. */
export function gatheringObjects(sentence: string): { surface: string; at: number }[] {
  const out: { surface: string; at: number }[] = [];
  for (const m of sentence.matchAll(EVENT_GATHERING_OBJECT.pattern)) {
    const surface = m[1]!.replace(/(?:[^\S\n]+(?:the|of|a|an))+$/u, '');
    if (EVENT_GATHERING_OBJECT.bare.test(surface) || EVENT_GATHERING_OBJECT.numbered.test(surface)) continue;
    out.push({ surface, at: m.index + m[0].length - m[1]!.length });
  }
  return out;
}

/** Rule event.gathering-object: adds the gatherings of the opening sentence that no event found so far overlaps. */
export function findGatheringObjects(ctx: Ctx, add: (t: 'Event', s: string, st: number, r: string) => unknown): void {
  const first = openingSentence(ctx.sentences);
  if (!first) return;
  for (const g of gatheringObjects(first.text)) {
    const start = first.start + g.at;
    if (ctx.within('Event', start, start + g.surface.length).length) continue;
    add('Event', g.surface, start, EVENT_GATHERING_OBJECT.id);
  }
}

/**
 * Rule event.opening-skips-dateline: the opening sentence is the first prose sentence that holds a word, not a date set
 * as a paragraph of its own with no word at all ("01.12.2021.", "06/12/2024"), as web pages print them. A dateline
 * with a place ("Budapest, 3 May 2024.") stays the opening, as before: the main-event steps read it so.
 */
export const EVENT_OPENING_SKIPS_DATELINE = {
  id: 'event.opening-skips-dateline',
  /** A word of letters: a sentence that is more than a date in figures. */
  words: /\p{L}{2,}/u,
};

/** Rule event.opening-skips-dateline: the opening sentence of a readout's sentences. */
export function openingSentence<S extends { text: string; heading: boolean }>(sentences: readonly S[]): S | undefined {
  return (
    sentences.find((s) => !s.heading && EVENT_OPENING_SKIPS_DATELINE.words.test(s.text)) ??
    sentences.find((s) => !s.heading)
  );
}

/**
 * Rule event.summit-of-body: a gathering named by its capitalised head and the body that holds it ("on the sidelines
 * of the Summit of the Forum on China-Africa Cooperation (FOCAC)", "at the Ministerial Conference of the World Trade
 * Organization") is an event named so; a later "FOCAC Summit" (the body's acronym or short form before the same head)
 * is the same event told again. A lowercase head ("a summit of the African Union") or a body the gazetteer does not
 * know is not read here. Group 1 is the head.
 */
export const EVENT_SUMMIT_OF_BODY = {
  id: 'event.summit-of-body',
  head: new RegExp(
    String.raw`\b((?:Extraordinary${SP}|Special${SP}|Ministerial${SP}|Annual${SP})?(?:Summit|Conference|Ministerial${SP}Meeting|Leaders'?${SP}Meeting|Annual${SP}Meetings|Spring${SP}Meetings))${SP}of${SP}(?:the${SP})?$`,
    'u',
  ),
};

/** A body named in the text: its canonical name, its surface and where it is. */
interface BodyHit {
  type: string;
  name: string;
  surface: string;
  start: number;
  end: number;
}

/** Rule event.summit-of-body: the gatherings "Head of the Body" a text names, with the forms "Alias Head" of each. */
export function summitsOfBodies(
  text: string,
  hits: readonly BodyHit[],
): { surface: string; start: number; shortForms: string[]; rule: string; sameForms: string[] }[] {
  const out: { surface: string; start: number; shortForms: string[]; rule: string; sameForms: string[] }[] = [];
  for (const h of hits) {
    if (h.type !== 'Organization') continue;
    const head = summitHeadBefore(text, h.start);
    if (!head) continue;
    const { m, rule } = head;
    const start = h.start - m[0].length + m[0].indexOf(m[1]!);
    const forms = new Set(hits.filter((x) => x.name === h.name).map((x) => x.surface));
    // "the Annual Meetings of the International Monetary Fund and the World Bank": two bodies hold it.
    const second = hits.find(
      (x) =>
        x.type === 'Organization' &&
        x.start > h.end &&
        /^[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?$/.test(text.slice(h.end, x.start)),
    );
    out.push({
      surface: text.slice(start, second?.end ?? h.end),
      start,
      shortForms: [...forms].filter((f) => f !== h.surface).map((f) => `${f} ${m[1]!}`),
      rule,
      // evk32b: "Summit of Heads of State of the AES" and "… of the Alliance of Sahel States" are one gathering.
      sameForms: [...forms].map((f) => text.slice(start, h.start) + f),
    });
  }
  return out;
}

/**
 * The head of a gathering that ends right before an organisation's name at `at`: event.summit-of-body's ("Summit of
 * the"), or evk32b's (event.summit-of-heads-of-body: "Summit of Heads of State and Government of the";
 * event.next-summit-of-body: "the coming summit of the").
 */
function summitHeadBefore(text: string, at: number): { m: RegExpExecArray; rule: string } | undefined {
  const m = EVENT_SUMMIT_OF_BODY.head.exec(text.slice(Math.max(0, at - 60), at));
  if (m) return { m, rule: EVENT_SUMMIT_OF_BODY.id };
  if (!text.slice(Math.max(0, at - 12), at).includes('of')) return undefined;
  for (const r of SUMMIT_OF_BODY_MORE_HEADS) {
    const x = r.head.exec(text.slice(Math.max(0, at - r.reach), at));
    if (x) return { m: x, rule: r.id };
  }
  return undefined;
}

/** evk32b: whether an event's name ends with one of a gathering's forms ("First Summit of Heads of State of the AES"). */
function sameGathering(name: string, forms: readonly string[]): boolean {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/\bthe\s+/g, '')
      .replace(/\s+/g, ' ');
  const low = norm(name);
  return forms.some((f) => low.endsWith(norm(f)));
}

/** Rule event.summit-of-body: adds those gatherings and names their short forms after them. */
export function findSummitsOfBodies(
  ctx: Ctx,
  hits: readonly BodyHit[],
  events: { name: string }[],
  add: (t: 'Event', s: string, st: number, r: string) => { name: string } | undefined,
): void {
  if (!/\bof\b/.test(ctx.text)) return;
  for (const g of summitsOfBodies(ctx.text, hits)) {
    if (ctx.within('Event', g.start, g.start + g.surface.length).length) continue;
    if (g.rule !== EVENT_SUMMIT_OF_BODY.id && events.some((e) => sameGathering(e.name, g.sameForms))) continue;
    const f = add('Event', g.surface, g.start, g.rule);
    if (!f) continue;
    for (const old of g.shortForms) {
      if (!events.some((e) => e.name === old)) continue;
      ctx.renameAll('Event', old, f.name);
      for (const e of events) if (e.name === old) e.name = f.name;
    }
  }
}

/** The plural subjects that stand for the members of a gathering ("The ministers", "the Allies", "The leaders"). */
const GATHERING_GROUP = String.raw`(?:[Tt]he${SP}(?:(?:\p{Lu}[\p{L}-]*|foreign|defen[cs]e|finance)${SP})?(?:ministers|Ministers|leaders|Leaders|Allies|allies|participants|members|delegations|heads${SP}of${SP}(?:state|government|delegation)(?:${SP}and${SP}government)?))`;

/**
 * Rule event.session-held-with: "The ministers then held a session with the Minister for Foreign Affairs of X, Y, and
 * …": a session the members of the readout's gathering held with guests is an event named from the text ("session
 * with the Minister for Foreign Affairs of X"), a session (its rule starts with "event.session"), so it is PART_OF the
 * gathering; the guests named in the sentence take part in it (participated.same-sentence). A single person's "session with" ("He held a session
 * with students") and a session of a body ("the Council held its session with …") are not read. Group 1 is the
 * session's phrase.
 */
export const EVENT_SESSION_HELD_WITH = {
  id: 'event.session-held-with',
  pattern: new RegExp(
    String.raw`\b${GATHERING_GROUP}${SP}(?:(?:then|also|later|subsequently|afterwards)${SP})?held${SP}(?:an?${SP})?((?:(?:joint|separate|special|working|closed|dedicated|plenary)${SP})?session${SP}with${SP}(?:the${SP})?[^,;.\n]{3,90}?)(?=,|;|\.|${SP}(?:on|devoted|dedicated|to|which|where)\b)`,
    'gu',
  ),
};

/** Rule event.session-held-with: the sessions a text tells a gathering's members held with guests. */
export function sessionsHeldWith(text: string): { surface: string; start: number }[] {
  if (!text.includes('session with')) return [];
  return [...text.matchAll(EVENT_SESSION_HELD_WITH.pattern)].map((m) => ({
    surface: m[1]!,
    start: m.index + m[0].length - m[1]!.length,
  }));
}

/**
 * Rule participated.group-joined-by: "On the second day the Allies were joined by the Minister for Foreign Affairs of
 * X, Y, and …": the people named after "joined by" took part in the readout's gathering. A single person joined by
 * someone ("The President was joined by his wife") and a gathering still to come are not read.
 */
export const PARTICIPATED_GROUP_JOINED_BY = {
  id: 'participated.group-joined-by',
  pattern: new RegExp(
    String.raw`\b${GATHERING_GROUP}${SP}(?:were|was|had${SP}been)${SP}(?:also${SP})?joined${SP}by${SP}`,
    'u',
  ),
};

/** Rule participated.group-joined-by: where the people who joined the group are named in `sentence`, if it tells so. */
export function joinedByFrom(sentence: string): number | undefined {
  if (!sentence.includes('joined by')) return undefined;
  const m = PARTICIPATED_GROUP_JOINED_BY.pattern.exec(sentence);
  return m ? m.index + m[0].length : undefined;
}

/**
 * Rule event.planned-same-format: "a new meeting in the same format will be held in July", "another round at the same
 * level will take place": a gathering announced as the next of a series, told with its format between the noun and a
 * future verb, is a (planned) event named by the noun and its format. A noun with neither a word of succession nor a
 * format ("a meeting will be held") is not read here. Group 1 is the phrase.
 */
export const EVENT_PLANNED_SAME_FORMAT = {
  id: 'event.planned-same-format',
  pattern: new RegExp(
    String.raw`\b(?:[Aa]n?|[Aa]nother|[Tt]he)${SP}((?:(?:new|further|next|follow-up|second|third)${SP})?(?:meeting|summit|session|round|conference)${SP}(?:in${SP}(?:the${SP}same|this|a${SP}similar)${SP}format|at${SP}the${SP}same${SP}level))${SP}(?:will|would|shall|is${SP}to|was${SP}to)${SP}(?:be${SP}(?:held|convened)|take${SP}place)\b`,
    'gu',
  ),
};

/** Rule event.planned-same-format: the next gatherings of a series a text announces, with where each starts. */
export function plannedSameFormat(text: string): { surface: string; start: number }[] {
  if (!/\b(?:format|level)\b/.test(text)) return [];
  return [...text.matchAll(EVENT_PLANNED_SAME_FORMAT.pattern)].map((m) => ({
    surface: m[1]!,
    start: m.index + m[0].indexOf(m[1]!),
  }));
}

/**
 * Rule org.not-meetings-of: "the Annual Meetings of the International Monetary Fund and the World Bank": a gathering's
 * plural head before a body is no organisation of its own; the name read starts after "Meetings of the" (the
 * gathering itself is event.summit-of-body's). Group 0 is what to drop from the front of a capitalised chain.
 */
export const ORG_NOT_MEETINGS_OF = {
  id: 'org.not-meetings-of',
  pattern: new RegExp(
    String.raw`^(?:(?:Annual|Spring|Autumn|Fall)${SP})?Meetings${SP}of${SP}(?:the${SP})?(?=\p{Lu})`,
    'u',
  ),
};

/** Rule org.not-meetings-of: a capitalised chain starting at `s` without its leading "Annual Meetings of the". */
export function withoutMeetingsOf(s: number, name: string): { s: number; name: string } {
  const m = ORG_NOT_MEETINGS_OF.pattern.exec(name);
  return m ? { s: s + m[0].length, name: name.slice(m[0].length) } : { s, name };
}

/** A stage of a gathering after "by": "a plenary session", "separate meetings of X with each of the two leaders". */
const STAGE = String.raw`(?:an?${SP}|the${SP})?((?:(?:plenary|closing|opening|working|separate|bilateral|restricted|expanded|enlarged|private)${SP}){1,2}(?:session|sessions|meeting|meetings|talks|lunch|dinner)(?:${SP}of${SP}[^,;.\n]{2,60}?${SP}with${SP}[^,;.\n]{2,60}?)?)(?=,|;|\.|${SP}and${SP}|${SP}at${SP}|${SP}in${SP}|$)`;

/**
 * Rule event.session-followed-list: "The proceedings opened with a working dinner, followed on Tuesday morning by a
 * plenary session and by separate meetings of Mr X with each of the two leaders": each stage told after "followed
 * (time) by", and after "and by", is a session of the gathering (its rule starts with "event.session", so it is PART_OF
 * the gathering and its people take part in the whole). A stage with no qualifier ("followed by a meeting") or of
 * another body ("followed by a session of the working group") is not read; event.session-followed-by (fl17a) reads
 * enlarged and expanded talks right after "followed by".
 */
export const EVENT_SESSION_FOLLOWED_LIST = {
  id: 'event.session-followed-list',
  lead: new RegExp(
    String.raw`\bfollowed${SP}(?:(?:on${SP}\p{Lu}\p{Ll}+(?:${SP}(?:morning|afternoon|evening))?|the${SP}(?:next|following)${SP}(?:day|morning)|later)${SP})?by${SP}`,
    'gu',
  ),
  stage: new RegExp(`^${STAGE}`, 'u'),
  andBy: new RegExp(String.raw`^${SP}and${SP}(?:also${SP})?by${SP}`, 'u'),
};

/** Rule event.session-followed-list: the stages a text tells after "followed … by", with where each starts. */
export function sessionsFollowedList(text: string): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  if (!text.includes('followed')) return out;
  for (const m of text.matchAll(EVENT_SESSION_FOLLOWED_LIST.lead)) {
    let at = m.index + m[0].length;
    for (;;) {
      const s = EVENT_SESSION_FOLLOWED_LIST.stage.exec(text.slice(at));
      if (!s) break;
      out.push({ surface: s[1]!, start: at + s[0].indexOf(s[1]!) });
      at += s[0].length;
      const and = EVENT_SESSION_FOLLOWED_LIST.andBy.exec(text.slice(at));
      if (!and) break;
      at += and[0].length;
    }
  }
  return out;
}

/**
 * Rule participated.delegation-member: "Ambassador X, …, was a member of the delegation of the Republic": a person told
 * to be a member of a delegation took part in the readout's gathering. A planned gathering, an incident, and a member
 * of a delegation "to" something else ("a member of the delegation to the talks in 2019") are not read.
 */
export const PARTICIPATED_DELEGATION_MEMBER = {
  id: 'participated.delegation-member',
  pattern: new RegExp(
    String.raw`\b(?:was|were|is|are)${SP}(?:also${SP})?(?:an?${SP})?members?${SP}of${SP}(?:the|his|her|its|their)${SP}(?:[\p{L}-]+${SP}){0,2}delegation(?!${SP}to\b)`,
    'u',
  ),
};

/** Rule participated.delegation-member: where the cue starts in `sentence`, if it tells a delegation's member. */
export function delegationMemberAt(sentence: string): number | undefined {
  if (!sentence.includes('delegation')) return undefined;
  return PARTICIPATED_DELEGATION_MEMBER.pattern.exec(sentence)?.index;
}

/**
 * Rule negotiates.those-talks: "The X team in those talks was led by Y": a sentence that points back to the talks of
 * the sentence before ("those talks", "these negotiations", "the same talks") and names no agreement negotiated the
 * agreement the sentence before names last, not the readout's headline agreement.
 */
export const NEGOTIATES_THOSE_TALKS = {
  id: 'negotiates.those-talks',
  pattern: new RegExp(
    String.raw`\b(?:in|during|at|for|of)${SP}(?:those|these|the${SP}same)${SP}(?:talks|negotiations|consultations)\b`,
    'i',
  ),
};

/** Rule negotiates.those-talks: whether `sentence` points back to the talks told before. */
export const pointsBackToTalks = (sentence: string): boolean => NEGOTIATES_THOSE_TALKS.pattern.test(sentence);

/**
 * Rule negotiates-for.behalf-of-title: "The team was led by the Minister of Finance, Dr. X, on behalf of the
 * President": a principal told by a leader's title alone is the person the readout names with that title, of the
 * agent's own state when several hold it ("the President" of a Zambian minister is Zambia's President). No holder, or
 * several of the agent's state, gives nothing. rol31: "on behalf of the High Representative" too (an EU Special
 * Representative's principal). Group 1 is the title.
 */
export const NEGOTIATES_FOR_BEHALF_OF_TITLE = {
  id: 'negotiates-for.behalf-of-title',
  pattern: new RegExp(
    String.raw`\bon${SP}behalf${SP}of${SP}the${SP}(President|Prime${SP}Minister|Chancellor|King|Queen|Emir|Amir|Sultan|Crown${SP}Prince|Secretary-General|Secretary${SP}General|Premier|High${SP}Representative)\b(?!${SP}of\b|['’]s)`,
    'u',
  ),
};

/** Rule negotiates-for.behalf-of-title: the title after "on behalf of the" and where the cue starts, if any. */
export function behalfOfTitle(sentence: string): { title: string; at: number } | undefined {
  if (!sentence.includes('behalf')) return undefined;
  const m = NEGOTIATES_FOR_BEHALF_OF_TITLE.pattern.exec(sentence);
  return m ? { title: m[1]!.replace(/\s+/g, ' '), at: m.index } : undefined;
}

/** Rule negotiates-for.behalf-of-title: the one holder of `title` among `holders`, preferring the agent's owners. */
export function titleHolderFor<T>(
  title: string,
  agentOwners: readonly string[],
  holders: readonly { who: T; title: string; owner: string }[],
): T | undefined {
  const all = holders.filter((h) => h.title === title || h.title.startsWith(`${title} of `));
  const own = all.filter((h) => agentOwners.includes(h.owner));
  const pick = own.length ? own : all;
  const distinct = [...new Set(pick.map((h) => h.who))];
  return distinct.length === 1 ? distinct[0] : undefined;
}

const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/**
 * Rule event.body-of-dates: "ahead of the European Council of 20 and 21 March", "at the Council of 14 May": a body named
 * with the days it sits is its meeting on those days, an event named so ("European Council of 20 and 21 March"), not
 * the body (which stays an organisation where the text names it alone). A body followed by a year alone ("the Council
 * of 2024") or by a place is not read. Group 0 from the body's start; the caller gives the body's hit.
 */
export const EVENT_BODY_OF_DATES = {
  id: 'event.body-of-dates',
  after: new RegExp(
    String.raw`^${SP}of${SP}\d{1,2}(?:(?:${SP}and|,|${SP}-|–)(?:${SP})?\d{1,2})?${SP}${MONTHS}(?:${SP}\d{4})?`,
    'u',
  ),
};

/** Rule event.body-of-dates: the meetings of bodies a text names by their days, with where each starts. */
export function bodiesOfDates(
  text: string,
  hits: readonly { type: string; start: number; end: number }[],
): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  for (const h of hits) {
    if (h.type !== 'Organization') continue;
    const m = EVENT_BODY_OF_DATES.after.exec(text.slice(h.end, h.end + 40));
    if (m) out.push({ surface: text.slice(h.start, h.end + m[0].length), start: h.start });
  }
  return out;
}
