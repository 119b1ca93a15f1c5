// Rules of the evk31a round (issue 6): encounters between sides the extractor never made, told as the sittings of a
// standing or joint body (study in docs/first-look.md, "Events the extractor never makes, part 1"). Each rule is a
// general construction with its patterns named next to it; tests on made-up sentences, negatives included, in
// rules-evk31a.test.ts. This file imports only types from the stages that call it, so that no import cycle forms.
import type { Ctx } from './context.ts';
import { soleHolder } from './rules-fl11a.ts';
import { matchAllInLines } from './text.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = String.raw`[^\S\n]+`;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A place after "in": one to three capitalised words, never a month nor a weekday ("in Accra", "in Port Vila"). */
const PLACE = String.raw`(?!${MONTH}\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’-]+(?:${SP}\p{Lu}[\p{L}'’-]+){0,2}`;
/** Head words of a standing or joint body that sits: "the Mixed Commission", "the Council of Ministers of the AES". */
const BODY_HEAD = String.raw`(?:Commission|Committee|Council|Group|Board|Mechanism|Panel|Task${SP}Force|Cabinet|Troika|Authority|Table|Working${SP}Party)`;
/** A capitalised word of a body's name. */
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
/**
 * A body named with "the" or "a": up to five capitalised words before its head, and complements "of / for / on [the] …" in
 * capitalised and linking words ("the Committee of Chiefs of Defence Staff of ECOWAS", "the Council for Foreign and
 * Community Relations of CARICOM"). Group 1 the name without "the".
 */
const BODY = String.raw`\b(?:[Tt]he|an?|An?)${SP}((?:${CAP}${SP}){0,5}${BODY_HEAD}(?:${SP}(?:of|for|on)${SP}(?:the${SP})?${CAP}(?:${SP}(?:and${SP})?(?:${CAP}|of|the|for|on))*)*)`;
/** The words that place a sitting in its series. */
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';
const SERIES_WORD = `(?:next|further|following|last|previous|${ORDINAL})`;

/**
 * Rule event.its-sitting: a sitting of a standing or joint body told by "its" or "whose" after the body, in passing:
 * "the Mixed Commission will continue its work, and its next session will be held in Bergen in July", "the Table will
 * continue its work at its next session on 28 March", "the Council for Foreign and Community Relations of CARICOM …
 * at its next meeting", "a Supreme Interstate Council …; its first meeting is to be held in Kazakhstan", "the Joint
 * Council, whose last meeting took place in Tromsø", "The Federal Council took note at its meeting on the same day" →
 * "next session of the Mixed Commission in Bergen", "meeting of the Federal Council" (the samples' gold names). Planned
 * when the series word is next / further / following or the verb after it is still to come (GUIDE, "Planned events"),
 * else held. A bare "its meeting" needs "at / during its meeting on / in / of". The body is the last one named with
 * "the" before it in the sentence, with no other clause subject between ("Uruguay … its next meeting" is not read);
 * none named, nothing is read. An event already known over the words is left as it is.
 */
export const EVENT_ITS_SITTING = {
  id: 'event.its-sitting',
  /** The id of a sitting told as held: a narrated happening, not a subject the readout's meeting discussed. */
  heldId: 'event.its-sitting-held',
  /** Group 1 the series word (may be absent), group 2 the noun. */
  sitting: new RegExp(
    String.raw`\b(?:its|whose)${SP}(?:(${SERIES_WORD}(?:${SP}and${SP}(?:last|final))?)${SP})?(?:(?:regular|ordinary|extraordinary|plenary|annual|formal|high-level)${SP})?(meeting|session|sitting|round)\b`,
    'gu',
  ),
  body: new RegExp(BODY, 'gu'),
  /** Before a bare "its meeting": a preposition of the sitting. */
  bareLead: /\b(?:at|during|in)[^\S\n]+$/,
  /** After a bare "its meeting": a day, a place or a date. */
  bareTail: /^[^\S\n]+(?:on|in|of)\b/,
  /** A verb still to come after the noun: "will be held", "is to be held", "is expected to take place". */
  future: new RegExp(
    String.raw`^[^.;\n]{0,40}?\b(?:will|would|shall|is${SP}to|are${SP}to|(?:is|are)${SP}(?:expected|due|scheduled|set|planned)${SP}to)\b`,
    'u',
  ),
  /** A place after the noun, through its verb: "will be held in Yaoundé", "took place in Cholpon-Ata", ", in Geneva". */
  place: new RegExp(
    String.raw`^(?:[^\S\n]*,)?(?:${SP}(?:will|would|shall|is|are|was|were|has|had|been|be|to|expected|due|scheduled|set|planned|held|convened|took|take|place|provisionally)\b)*${SP}in${SP}(${PLACE})`,
    'u',
  ),
  /** A clause subject between the body and "its": a state's or person's sentence ("Uruguay said its next …"). */
  clauseBetween: /:|\b(?:said|says|stated|announced|noted|which|who)\b/,
  /** A series word of a sitting still to come. */
  future2: /^(?:next|further|following)\b/,
};

/** The body a sitting at `at` belongs to: the last "the <Body>" of the sentence before it, none if a clause intervenes. */
function bodyBefore(ctx: Ctx, at: number): string | undefined {
  const rule = EVENT_ITS_SITTING;
  const s = ctx.sentences[ctx.sentenceAt(at)]!;
  const before = ctx.text.slice(s.start, at);
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(rule.body)) last = m as RegExpExecArray;
  if (!last) return undefined;
  const body = trimBody(last[1]!);
  const bodyEnd = last.index + last[0].indexOf(last[1]!) + body.length;
  const between = before.slice(bodyEnd);
  if (rule.clauseBetween.test(between)) return undefined;
  // A state or person named between the body and "its" owns the "its" as well as the body could: not read.
  const from = s.start + bodyEnd;
  if (ctx.within('State', from, at).length || ctx.within('Person', from, at).length) return undefined;
  return body;
}

/** A body's name without the linking words its complement may end on ("the Council of Ministers of the" → …). */
function trimBody(name: string): string {
  return name.replace(/(?:[^\S\n]+(?:and|of|the|for|on))+$/, '');
}

/** Rule event.its-sitting over the text, gated on "its " and "whose ". */
export function findItsSittings(ctx: Ctx, add: AddEvent): void {
  const text = ctx.text;
  if (!text.includes('its ') && !text.includes('whose ')) return;
  const rule = EVENT_ITS_SITTING;
  for (const m of text.matchAll(rule.sitting)) {
    const end = m.index + m[0].length;
    const series = m[1];
    if (
      !series &&
      (!rule.bareLead.test(text.slice(Math.max(0, m.index - 10), m.index)) ||
        !rule.bareTail.test(text.slice(end, end + 5)))
    )
      continue;
    const body = bodyBefore(ctx, m.index);
    if (!body) continue;
    // The surface keeps "its": a bare "meeting" is no name, and "next session" alone would be a later mention of
    // another event's name ending so.
    const start = m.index;
    if (ctx.ofType('Event').some((c) => c.start < end && c.end > start)) continue;
    const tail = text.slice(end, end + 90);
    const planned = (series !== undefined && rule.future2.test(series)) || rule.future.test(tail);
    const place = rule.place.exec(tail)?.[1];
    const word = series ? `${series.replace(/\s+and\s+(?:last|final)$/, '')} ` : '';
    const name = `${word}${m[2]!} of the ${body}${place ? ` in ${place}` : ''}`;
    const id = planned ? rule.id : rule.heldId;
    addSitting(ctx, add, { surface: text.slice(start, end), start, name, planned, id });
  }
}

/** Adds one sitting under its name, planned or held; a held one keeps the date the finder read at its span. */
function addSitting(
  ctx: Ctx,
  add: AddEvent,
  x: { surface: string; start: number; name: string; planned: boolean; id: string },
): void {
  const f = add('Event', x.surface, x.start, x.id);
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== x.id) return;
  f.name = x.name;
  ctx.rename(c.key, x.name);
  c.props.kind = 'meeting';
  if (x.planned) {
    f.planned = true;
    c.props.status = 'planned';
    delete c.props.date;
  } else c.props.status = 'held';
}

/**
 * Rule event.body-met-in: a standing or joint body told to have met in a place: "The Committee of Chiefs of Defence
 * Staff of ECOWAS, which met in Accra on 17 and 18 August, agreed …", "the Council of Ministers of the AES, which met in
 * Niamey on 5 July", "The Boundary Commission met in Tromsø on 2 March", "Ministers of the four countries met in the Ad
 * Hoc Commission in Kigali" → "meeting of the Committee of Chiefs of Defence Staff of ECOWAS in Accra", "meeting of the
 * Ad Hoc Commission in Kigali", held. Only "met in <Place>" (a transitive "met the Prime Minister" is another meeting,
 * the pair rules'); an event already known over the body or the verb (a named council: event.named) is left as it is.
 */
export const EVENT_BODY_MET_IN = {
  id: 'event.body-met-in',
  /** Group 1 the body, group 2 the place. */
  bodyMet: new RegExp(
    String.raw`${BODY}(?:${SP}\([\p{Lu}\d]{2,10}\))?(?:,${SP}which(?:${SP}had)?|(?:${SP}had)?)${SP}met${SP}in${SP}(${PLACE})`,
    'gu',
  ),
  /** After the first place: "and again in Kampala", a second sitting of the same body. */
  again: new RegExp(String.raw`^[^.;:\n]{0,40}?${SP}and${SP}again${SP}in${SP}(${PLACE})`, 'u'),
  /** Group 1 the body, group 2 the place: "met in the Ad Hoc Commission in Kigali". */
  metInBody: new RegExp(String.raw`\bmet${SP}in${SP}${BODY.slice(2)}${SP}in${SP}(${PLACE})`, 'gu'),
};

/** The lines event.body-met-in reads: those holding "met in" (perf32). */
const MET_IN_LINE = /met[^\S\n]+in[^\S\n]/;

/** Rule event.body-met-in over the text, gated on " met in ". */
export function findBodiesMetIn(ctx: Ctx, add: AddEvent): void {
  const text = ctx.text;
  if (!text.includes(' met in ')) return;
  const rule = EVENT_BODY_MET_IN;
  for (const re of [rule.bodyMet, rule.metInBody]) {
    // perf32: only the lines holding "met in" (no match takes a newline; every match holds "met", spaces, "in", a space).
    for (const m of matchAllInLines(text, re, MET_IN_LINE)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = m.index + m[0].length;
      if (ctx.ofType('Event').some((c) => c.start < end && c.end > start)) continue;
      const body = trimBody(m[1]!);
      addSitting(ctx, add, {
        surface: text.slice(start, end),
        start,
        name: `meeting of the ${body} in ${m[2]!}`,
        planned: false,
        id: rule.id,
      });
      const again = rule.again.exec(text.slice(end, end + 80));
      if (!again) continue;
      const at = end + again[0].length - again[1]!.length;
      const name = `meeting of the ${body} in ${again[1]!}`;
      addSitting(ctx, add, {
        surface: text.slice(at - 6, at + again[1]!.length),
        start: at - 6,
        name,
        planned: false,
        id: rule.id,
      });
    }
  }
}

/**
 * Rule discussed.not-held-sitting: a body's sitting these rules read as held in passing ("the Committee …, which met in
 * Accra on 17 and 18 August, agreed …", "took note at its meeting on the same day") is background the readout tells,
 * neither a subject of the readout's own meeting nor a meeting whose paragraph is its own (rules-topics.ts's
 * discussed.event reads this set). A sitting still to come stays a subject (GUIDE, "Planned events").
 */
export const DISCUSSED_NOT_HELD_SITTING = {
  id: 'discussed.not-held-sitting',
  rules: new Set([EVENT_BODY_MET_IN.id, EVENT_ITS_SITTING.heldId]),
};

/**
 * Rule event.received-title-subject: a guest told by a title used alone as the subject of "was (also) received by": "The
 * Secretary of State was also received by Prime Minister X", "During his visit, the High Representative was received
 * by the President of the Republic, Y", "Before the ceremony, the Head of State was received by His Majesty King Z" →
 * the meeting of the title's one holder in the readout with the host (rules-ev19.ts's event.received-by, which reads
 * this guest and the guest told by "he" after a fronted time phrase, "On Saturday he was received by"). A title that
 * two people of the readout hold, or none, gives no guest; nor a title with a person named before the verb, nor a
 * guest welcomed on arrival (a welcome, no meeting).
 */
export const EVENT_RECEIVED_TITLE_SUBJECT = {
  id: 'event.received-title-subject',
  /** What may open the clause before the title: a fronted phrase up to its comma, then "the". */
  lead: /^(?:[^,;:]{1,80},[^\S\n]*)?(?:[Tt]he[^\S\n]+)?$/u,
  /** A fronted arrival ("On arrival at Paro International Airport, the Prime Minister was received by"): a welcome. */
  arrival: /\b(?:arrival|arriving|airport|Airport)\b/,
  /** Between the title and the verb: blanks only ("The Secretary was also received": the verb group begins at "was"). */
  gap: /^[^\S\n]*$/,
  /** A time phrase fronted without a comma before a pronoun subject: "On Saturday he", "Later she". */
  frontedPronoun:
    /^(?:On[^\S\n]+\p{Lu}\p{Ll}+day|Later|Earlier|Then|Afterwards|Subsequently|The[^\S\n]+same[^\S\n]+day|The[^\S\n]+next[^\S\n]+day)[^\S\n]+(?=(?:he|she)[^\S\n]+$)/u,
};

/** The guest a title subject of "was received by" at `at` stands for: the one holder of the title, else none. */
export function receivedTitleGuest(
  ctx: Ctx,
  people: PeopleFacts,
): (at: number, si: number) => PersonMention | undefined {
  const rule = EVENT_RECEIVED_TITLE_SUBJECT;
  return (at, si) => {
    const s = ctx.sentences[si]!;
    const ref = people.refs.find(
      (r) =>
        r.sentence === si &&
        r.start >= s.start &&
        r.end <= at &&
        rule.gap.test(ctx.text.slice(r.end, at)) &&
        rule.lead.test(ctx.text.slice(s.start, r.start)) &&
        !rule.arrival.test(ctx.text.slice(s.start, r.start)),
    );
    const holder = ref && soleHolder(ref, people.offices);
    return holder?.mentions[0];
  };
}

/**
 * Rule event.sitting-set-for: a further sitting told with the day it is set for: "with a further high-level meeting
 * provisionally set for 3 May", "the next round is scheduled for 12 June", "a new session planned for next week" →
 * "further high-level meeting", "next round", planned (GUIDE, "Planned events"). Only after "next / further / new /
 * second …", only before "(provisionally / tentatively) set / scheduled / planned / fixed for"; an event already known
 * over the noun phrase is left as it is.
 */
export const EVENT_SITTING_SET_FOR = {
  id: 'event.sitting-set-for',
  /** Group 1 the noun phrase. */
  setFor: new RegExp(
    String.raw`\b(?:a|the|an)${SP}((?:next|further|new|${ORDINAL})${SP}(?:[\p{Ll}-]+${SP}){0,2}?(?:meeting|session|round|sitting))(?:${SP}(?:is|was|has${SP}been|had${SP}been))?(?:${SP}(?:provisionally|tentatively|now|already))?${SP}(?:set|scheduled|planned|fixed|slated)${SP}for\b`,
    'gu',
  ),
};

/** Rule event.sitting-set-for over the text, gated on " for ". */
export function findSittingsSetFor(ctx: Ctx, add: AddEvent): void {
  const text = ctx.text;
  if (!/\b(?:set|scheduled|planned|fixed|slated) for\b/.test(text)) return;
  for (const m of text.matchAll(EVENT_SITTING_SET_FOR.setFor)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (ctx.ofType('Event').some((c) => c.start < end && c.end > start)) continue;
    addSitting(ctx, add, { surface: m[1]!, start, name: m[1]!, planned: true, id: EVENT_SITTING_SET_FOR.id });
  }
}

/** The evk31a event rules, after the evs28 ones: each leaves what an older rule already read. */
export function findEvk31aEvents(ctx: Ctx, add: AddEvent): void {
  findItsSittings(ctx, add);
  findBodiesMetIn(ctx, add);
  findSittingsSetFor(ctx, add);
}
