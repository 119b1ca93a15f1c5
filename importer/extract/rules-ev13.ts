// Rules of the ev13 round (issue 6): a recall-oriented fallback for meetings, from the sixth, blind events bank
// (importer/extract/bank-events-6.ts; docs/first-look.md "events-6 (ev13)"). Where no earlier rule claimed it, a noun
// phrase headed by a meeting noun ("their meeting in Warsaw in December", "the virtual meeting of 12 December 2023",
// "an audience at Bayan Palace", "a quadrilateral meeting in Moscow", "the EU-Western Balkans summit") is an Event named
// by its modifiers, place, date or a capitalised modifier, as the gold names such meetings. A bare noun ("the meeting")
// is left to the rules of the readout's own meeting; generic, negated and hypothetical mentions make no event. A phrase
// pinned only by a partner ("his meeting with X", "between A and B") or a kind word ("the ninth trilateral summit",
// "a virtual meeting") is not read: on the dev readouts these added more false participants than events (aggregate
// dev figures, ev13).
import { frameIsMainByHead } from './rules-fl20a.ts';
import type { Ctx } from './context.ts';
import { MONTHS } from './lexicons.ts';
import { invitedBefore } from './rules-ev11.ts';
import { meetingTopic } from './rules-fl15a.ts';
import { MEETING_DURATION } from './rules-fl23a.ts';
import { familyName, namedHere } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonCluster, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = '[^\\S\\n]+';
const MONTH = `(?:${MONTHS.join('|')})`;
const CAP = "\\p{Lu}(?:[\\p{L}'’-]|\\.(?=\\p{L}))*(?:(?<=\\p{Lu}\\.\\p{Lu})\\.)?(?![\\p{L}'’-])";
/** Words that never modify a meeting noun: the phrase starts after them ("the President on the talks"). */
const FUNCTION_WORDS =
  'on|of|in|at|the|a|an|to|for|with|by|from|and|or|as|than|that|which|who|whom|his|her|their|its|this|these|those|our|your|my|is|was|were|be|been|after|before|during|since|into|about|over|under|' +
  // Verbs that end a subject before its object ("the United States held talks with"): never a modifier.
  'held|hold|holds|had|has|have|met|meets|hosted|hosts|attended|attends|chaired|chairs|joined|joins|began|begins|opened|opens|concluded|concludes';

/** Patterns of the ev13 rules, as named data. */
export const MEETING_PHRASE = {
  /** The head nouns of a gathering of people, singular (and the plural-only "talks", "consultations"). */
  head: '(?:summit|meeting|talks|consultations|telephone conversation|phone conversation|conversation|telephone call|phone call|video call|video conference|videoconference|audience|retreat|conference|ceremony|dinner|banquet|luncheon|lunch|open debate)',
  /** What may open the phrase: an article or possessive. */
  // (fl23a) event.meeting-phrase-duration: "at the end of two days of talks at the State House in Maseru".
  det: `(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|this|that|${MEETING_DURATION.det})`,
  /** A modifier before the head: a lowercase word, a capitalised or hyphenated name, a plural possessive. */
  modifier: `(?:${CAP}|(?!(?:${FUNCTION_WORDS})[^\\p{L}-])[\\p{Ll}][\\p{Ll}-]*['’]?)`,
  /**
   * What may follow the head and pins the meeting: a date ("of 12 December 2023", "of March 4"), a place ("in Warsaw",
   * "in Santiago in December", "at Bayan Palace", "at the Seoul National Cemetery"). A partner ("with Prime Minister X")
   * pins none, but tells the meeting already found with that person (toldAlready).
   */
  dateOf: new RegExp(
    `^${SP}of${SP}(?:\\d{1,2}${SP}${MONTH}(?:${SP}\\d{4})?|${MONTH}${SP}\\d{1,2}(?:,?${SP}\\d{4})?)\\b`,
    'u',
  ),
  placeIn: new RegExp(
    `^${SP}in${SP}(?!${MONTH}\\b|the\\b)${CAP}(?:${SP}${CAP}){0,2}(?:${SP}in${SP}(?:${MONTH}(?:${SP}\\d{4})?|\\d{4})\\b)?`,
    'u',
  ),
  placeAt: new RegExp(`^${SP}at${SP}(?:the${SP})?${CAP}(?:${SP}${CAP}){0,3}`, 'u'),
  /**
   * "their meeting on the sidelines of the World Economic Forum in Davos": the meeting is known by the frame's place
   * ("meeting in Davos"); the frame is an event of its own. Group 1: the place.
   */
  frameIn: new RegExp(
    `^${SP}(?:on|at|in)${SP}the${SP}(?:sidelines|margins|fringes?|occasion)${SP}of${SP}(?:the${SP})?(?:[\\p{Lu}\\d][\\p{L}\\d'’-]*${SP}){1,6}?in${SP}(?!${MONTH}\\b)(${CAP}(?:${SP}${CAP})?)`,
    'u',
  ),
  partner: new RegExp(
    `^${SP}with${SP}(?:${CAP}${SP}){1,4}${CAP}(?!${SP}\\p{Lu})(?:${SP}of${SP}(?:the${SP})?${CAP}(?:${SP}${CAP}){0,2})?(?!${SP}(?:of\\b|\\p{Lu}))`,
    'u',
  ),
  /** event.meeting-phrase.not-generic: a determiner or modifier that tells no one meeting ("no summit", "any talks"). */
  generic:
    /\b(?:no|any|such|every|each|other|regular|frequent|periodic|possible|potential|further|future|annual|more|many|several|some)$/iu,
  /** "meetings of this kind", "a meeting of that sort": a kind of meeting, not one. */
  kindAfter: /^[^\S\n]+of[^\S\n]+(?:this|that|such)[^\S\n]+(?:kind|sort|type|format)\b/iu,
  /** event.meeting-phrase.not-hypothetical: "any talks would be possible", "a meeting could take place". */
  hypothetical:
    /^[^.;]{0,40}?\b(?:would|could|might|should)[^\S\n]+(?:be|take|happen)\b|^[^\S\n]+(?:is|was)[^\S\n]+(?:not|never)\b/iu,
  /**
   * event.meeting-phrase.told-object: "held a bilateral meeting with X", "had their first talks": the object of a verb of
   * holding, which the rules of told meetings have already named when the sentence has an event.
   */
  heldObject:
    /\b(?:held|had|hold|holds|has|have|having|hosted|hosts|host|conducted|conducts|chaired|co-chaired|chairs)[^\S\n]+$/iu,
  /**
   * event.meeting-phrase.not-predicate: "This was the first summit meeting between the two leaders", "It was also their
   * tenth meeting", ", their first face-to-face meeting since …": a phrase that describes a meeting already told.
   */
  predicate: /\b(?:is|was|were|be|been|being|marks?|marked|marking)[^\S\n]+(?:also[^\S\n]+)?$|,[^\S\n]*$/iu,
  sinceAfter: /^[^\S\n]+(?:since|between[^\S\n]+the[^\S\n]+two)\b/iu,
  /** (fl29b) event.meeting-phrase-upcoming: a word before the modifiers that tells a meeting to come. */
  upcoming: '(?:forthcoming|upcoming)',
  /** Opinion words dropped from the front of the name ("the fruitful bilateral summit" → "bilateral summit"). */
  evaluative:
    /^(?:fruitful|productive|successful|constructive|cordial|warm|friendly|historic|important|recent|useful|substantive|frank|good|very|last|earlier|previous|latest)$/iu,
};

// (fl29b) "the forthcoming European Political Community summit": a word that tells the meeting to come stands before
// up to three modifiers of the body's name, as event.meeting-phrase-upcoming.
const PHRASE = new RegExp(
  `\\b(${MEETING_PHRASE.det})${SP}((?:${MEETING_PHRASE.upcoming}${SP})?(?:${MEETING_PHRASE.modifier}${SP}){0,3}?)(${MEETING_PHRASE.head})(?![\\p{L}-])`,
  'gu',
);

/** The tails that pin a meeting phrase, longest first, chained at most twice ("in Santiago at the Palace"). */
function tailOf(after: string): string {
  let tail = '';
  for (let i = 0; i < 2; i++) {
    const rest = after.slice(tail.length);
    const m = [MEETING_PHRASE.dateOf, MEETING_PHRASE.placeIn, MEETING_PHRASE.placeAt]
      .map((re) => re.exec(rest)?.[0])
      .find(Boolean);
    if (!m) break;
    tail += m;
  }
  return tail;
}

/** One meeting phrase of the text: its name's start and surface, or undefined when it is no one meeting. */
export function meetingPhrase(
  text: string,
  m: RegExpMatchArray,
  sentenceEnd: number,
): { start: number; surface: string; name: string } | undefined {
  const det = m[1]!;
  const mods = m[2]!.trim() ? m[2]!.trim().split(/\s+/) : [];
  const head = m[3]!;
  const headAt = m.index! + m[0].length - head.length;
  const after = text.slice(headAt + head.length, sentenceEnd);
  if (MEETING_PHRASE.kindAfter.test(after) || MEETING_PHRASE.hypothetical.test(after)) return undefined;
  const before = text.slice(Math.max(0, m.index! - 12), m.index!);
  if (mods.some((w) => MEETING_PHRASE.generic.test(w)) || MEETING_PHRASE.generic.test(before.trimEnd()))
    return undefined;
  if (/^(?:this|that)$/i.test(det) && !mods.length) return undefined;
  let keep = mods;
  while (keep.length && MEETING_PHRASE.evaluative.test(keep[0]!)) keep = keep.slice(1);
  const tail = tailOf(after);
  // event.meeting-on-topic (fl15a): "a consultative meeting on the situation in X at the Lodge".
  const topic = tail === '' ? meetingTopic(after, text.slice(Math.max(0, m.index! - 40), m.index!)) : undefined;
  const pinned =
    tail !== '' ||
    topic !== undefined ||
    MEETING_PHRASE.frameIn.test(after) ||
    keep.some((w) => /^\p{Lu}/u.test(w) && !/^(?:The|This|That)$/.test(w));
  if (!pinned) return undefined;
  const name = [...keep, head].join(' ');
  const start = headAt - (name.length - head.length);
  if (text.slice(start, headAt + head.length) !== name) return undefined;
  if (tail) return { start, surface: name + tail, name: name + tail };
  if (topic) return { start, surface: name, name: `${name} on ${topic}` };
  const frame = MEETING_PHRASE.frameIn.exec(after);
  return { start, surface: name, name: frame ? `${name} in ${frame[1]!}` : name };
}

/**
 * Whether a meeting phrase only describes a meeting already told: a predicate or apposition (MEETING_PHRASE.predicate,
 * sinceAfter), the object of a verb of holding when an event of its head is found (heldObject), or a phrase of the same
 * head as an event already found in its sentence.
 */
function toldAlready(
  text: string,
  m: RegExpMatchArray,
  before: string,
  mentions: readonly Found[],
  si: number,
  name: string,
): boolean {
  const head = m[3]!.split(' ').pop()!;
  // A place of its own ("their meeting … in Davos") tells another meeting than one named without that place.
  const place = / in (\p{Lu}[\p{L}-]+)/u.exec(name)?.[1];
  const end = m.index! + m[0].length;
  if (MEETING_PHRASE.predicate.test(before) || MEETING_PHRASE.sinceAfter.test(text.slice(end, end + 30))) return true;
  const sameHead = (x: Found) => x.name.toLowerCase().includes(head);
  if (MEETING_PHRASE.heldObject.test(before) && mentions.some((x) => x.sentence === si && sameHead(x))) return true;
  if (mentions.some((x) => x.sentence === si && sameHead(x) && (!place || x.name.includes(place)))) return true;
  // "the meeting in Davos" after the "Macri-Cameron meeting in Davos": that one.
  if (place && mentions.some((x) => sameHead(x) && x.name.endsWith(` in ${place}`))) return true;
  // "his meeting with President Zelenskyy" after the "Jokowi-Zelenskyy meeting in Kyiv": that one, named again.
  const partner = MEETING_PHRASE.partner.exec(text.slice(end))?.[0].trim().split(/\s+/).pop();
  return !!partner && mentions.some((x) => x.name.includes(partner));
}

/**
 * event.meeting-phrase (ev13): the fallback for meetings no earlier rule named: a noun phrase headed by a meeting noun
 * and pinned by a place, date, partner, ordinal or a kind word, named without its article and opinion words. Runs last,
 * so a span already named is left to its rule.
 */
export function findMeetingPhrases(ctx: Ctx, mentions: readonly Found[], add: AddEvent): void {
  for (const m of ctx.text.matchAll(PHRASE)) {
    const si = ctx.sentenceAt(m.index);
    const sent = ctx.sentences[si]!;
    const p = meetingPhrase(ctx.text, m, sent.end);
    if (!p) continue;
    const before = ctx.text.slice(sent.start, m.index);
    if (toldAlready(ctx.text, m, before, mentions, si, p.name)) continue;
    // One word is no name to `add`: the phrase is read with its article and renamed.
    const [surface, at] = /\s/.test(p.surface)
      ? [p.surface, p.start]
      : [ctx.text.slice(m.index, p.start) + p.surface, m.index];
    const f = add('Event', surface, at, 'event.meeting-phrase');
    const c = f && ctx.entity(f.key);
    if (f && c && c.rule === 'event.meeting-phrase' && p.name !== f.name) {
      f.name = p.name;
      ctx.rename(c.key, p.name);
    }
    // event.meeting-phrase.invited: "invited President X to attend the … meeting in Accra": still to come.
    if (f && c && c.rule === 'event.meeting-phrase' && !f.planned && invitedBefore(before)) {
      f.planned = true;
      c.props.status = 'planned';
      delete c.props.date;
    }
  }
}

/**
 * event.told-any-clause (ev13): what may stand between two named people for a meeting told by its verb alone in any
 * clause of the readout (not its opening, which the rules of the main meeting read): "A also met with B", "A was also
 * received by B", "A had spoken by phone with B", "A talked with B", "A and B (last) met
 * in City". `hostFirst`: the first named person is the host; `call`: a telephone call; `after`: what must follow the
 * second person.
 */
export const TOLD_ANY_CLAUSE: { id: string; between: RegExp; after?: RegExp; hostFirst: boolean; call?: boolean }[] = [
  {
    id: 'met',
    between:
      /^,?[^\S\n]+(?:(?:also|then|later|separately|subsequently|further|had|has|have|briefly)[^\S\n]+)*(?:met|meets)(?:[^\S\n]+(?:with|separately[^\S\n]+with))?[^\S\n]+(?:(?:his|her|their)[^\S\n]+(?:[\p{L}-]+[^\S\n]+)?counterpart,?[^\S\n]+|the[^\S\n]+)?$/u,
    hostFirst: true,
  },
  {
    id: 'spoke-with',
    between:
      /^,?[^\S\n]+(?:(?:also|then|later|had|has|have)[^\S\n]+)*(?:spoke|spoken|speaks|talked|talks)[^\S\n]+(?:(?:by|on[^\S\n]+the)[^\S\n]+(?:tele)?phone[^\S\n]+)?with[^\S\n]+(?:the[^\S\n]+)?$/u,
    hostFirst: true,
  },
  {
    // ev14: "A also called on President B", "he paid a courtesy call on B": a meeting, named after the caller first.
    id: 'called-on',
    between:
      /^,?[^\S\n]+(?:(?:also|then|later|separately|subsequently)[^\S\n]+)*(?:called|calls|paid[^\S\n]+a[^\S\n]+(?:courtesy[^\S\n]+)?call)[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?$/u,
    hostFirst: true,
  },
  {
    // ev14: "A had a phone call with B", "she held a video conversation with B", "A had telephone talks with B".
    id: 'had-call-with',
    between:
      /^,?[^\S\n]+(?:(?:also|then|later|earlier|briefly)[^\S\n]+)*(?:had|held|has|have)[^\S\n]+(?:(?:a|an)[^\S\n]+)?(?:(?:brief|short|lengthy|long)[^\S\n]+)?(?:(?:tele)?phone|video)[^\S\n]+(?:call|conversation|talks)[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?$/u,
    hostFirst: true,
    call: true,
  },
  {
    id: 'received-by',
    between:
      /^,?[^\S\n]+(?:was|were)[^\S\n]+(?:also[^\S\n]+|later[^\S\n]+|then[^\S\n]+)?received[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?$/u,
    hostFirst: false,
  },
  {
    id: 'pair-met',
    between: /^[^\S\n]+and[^\S\n]+$/u,
    after: /^[^\S\n]+(?:(?:had|have|last|first|previously|also|then|later)[^\S\n]+)*met\b(?![^\S\n]+(?:with|\p{Lu}))/u,
    hostFirst: true,
  },
];

/** A place right after the verb or the second person: "in Davos", not "in January". */
const PLACE_AFTER = new RegExp(
  `^[^.;]{0,30}?\\bin${SP}(?!${MONTH}\\b)(\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+)?)`,
  'u',
);

/** "led by", "headed by", "accompanied by" right before the first person: no subject of its own. */
const LED_BEFORE = /\b(?:led|headed|chaired|accompanied|represented)[^\S\n]+by[^\S\n]+$/u;
const endOf = (p: PersonMention) => p.to ?? p.end;
const startOf = (p: PersonMention) => p.from ?? p.start;

/** "He also met …", "On Saturday she was received by …": a sentence led by a pronoun for the readout's subject. */
const PRONOUN_LEAD =
  /^(?:(?:On|In|During|Later|Earlier|Afterwards|Subsequently|Then|Also|Separately|Before|After)\b[^,.;]{0,30}?,?[^\S\n]+)?(?:[Hh]e|[Ss]he)\b/u;

interface Told {
  host: PersonMention;
  guest: PersonMention;
  call: boolean;
  /** The span read: the verb and the second person, or the pair when the verb follows them. */
  from: number;
  to: number;
  place?: string;
}

/** The told pair between two neighbouring mentions of a sentence, if a TOLD_ANY_CLAUSE connector joins them. */
function toldPair(text: string, a: PersonMention, b: PersonMention, sentenceEnd: number): Told | undefined {
  // "the two teams, led by A and B, met": the people lead who met, the meeting is their teams'.
  if (LED_BEFORE.test(text.slice(Math.max(0, startOf(a) - 30), startOf(a)))) return undefined;
  const gap = text.slice(endOf(a), startOf(b));
  const rest = text.slice(endOf(b), sentenceEnd);
  const t = TOLD_ANY_CLAUSE.find((x) => x.between.test(gap) && (!x.after || x.after.test(rest)));
  if (!t) return undefined;
  const place = PLACE_AFTER.exec(rest)?.[1];
  // "The Prime Minister later spoke with President X": with no place of its own, a telephone call.
  const call = !!t.call || /phone/.test(gap) || (/\bspok/.test(gap) && !place);
  const [host, guest] = t.hostFirst ? [a, b] : [b, a];
  const [from, to] = t.after ? [startOf(a), endOf(b)] : [endOf(a) + gap.search(/\S/), endOf(b)];
  return { host, guest, call, from, to, ...(place && !call ? { place } : {}) };
}

/**
 * event.told-any-clause (ev13): a meeting told by its verb between two named people in any clause after the opening
 * (TOLD_ANY_CLAUSE), or between the readout's subject, written "He" / "She", and a named person; named "A-B meeting (in
 * City)" or "A-B telephone conversation", unless an event of the two (at that place) is already found.
 */
export function findToldAnyClause(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  events: readonly Found[],
  add: AddEvent,
): void {
  const firstProse = ctx.sentences.find((x) => !x.heading)?.index;
  const bySentence = new Map<number, PersonMention[]>();
  for (const m of people.personKey.keys()) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const subject = [...(bySentence.get(firstProse ?? -1) ?? [])].sort((x, y) => x.start - y.start)[0];
  const clusterOf = (p: PersonMention) => people.clusters.find((c) => c.mentions.includes(p));
  for (const [si, ms] of bySentence) {
    const sent = ctx.sentences[si]!;
    if (sent.heading || si === firstProse || si === main?.sentence) continue;
    ms.sort((x, y) => x.start - y.start);
    const told: Told[] = [];
    for (let i = 0; i + 1 < ms.length; i++)
      told.push(...[toldPair(ctx.text, ms[i]!, ms[i + 1]!, sent.end)].filter((x) => !!x));
    const lead = PRONOUN_LEAD.exec(sent.text);
    if (lead && subject) {
      const at = sent.start + lead[0].length;
      const he = { ...subject, start: at - 2, end: at, from: at - 2, to: at };
      const t = toldPair(ctx.text, he, ms[0]!, sent.end);
      // Only as host: "he was received by X" during the subject's own stay is told as part of it (dev: the envoy's
      // mission), not as a meeting of its own.
      if (t && t.host === he) told.push({ ...t, host: subject });
    }
    for (const t of told) addTold(ctx, { clusterOf, events, add, si }, t);
  }
}

/** Adds one told meeting, named after its two people, unless they are one or an event of the two is known. */
function addTold(
  ctx: Ctx,
  k: {
    clusterOf: (p: PersonMention) => PersonCluster | undefined;
    events: readonly Found[];
    add: AddEvent;
    si: number;
  },
  t: Told,
): void {
  const [a, b] = [k.clusterOf(t.host), k.clusterOf(t.guest)];
  if (!a || !b || a === b || familyName(a) === familyName(b)) return;
  const names = [familyName(a), familyName(b)];
  const known = k.events.some((e) => names.every((n) => e.name.includes(n)) && (!t.place || e.name.includes(t.place)));
  if (known || namedHere(ctx, k.si, t.from, t.to)) return;
  const noun = t.call ? 'telephone conversation' : 'meeting';
  const f = k.add('Event', ctx.text.slice(t.from, t.to), t.from, 'event.told-any-clause');
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== 'event.told-any-clause') return;
  f.name = `${names[0]}-${names[1]} ${noun}${t.place ? ` in ${t.place}` : ''}`;
  ctx.rename(c.key, f.name);
  c.alias = false;
  ctx.respan(c.key, c.name, startOf(t.guest));
  c.props.kind = t.call ? 'call' : 'meeting';
  // A call the text tells by its verb alone is as well named a telephone call.
  if (t.call)
    ctx.add(
      'Event',
      f.name,
      { surface: `${names[0]}-${names[1]} call`, start: f.start, end: f.end },
      'event.told-any-clause',
    );
}

/**
 * part-of.frame-unnamed (ev13): "On the margins of the meeting, Vieira talked with Lavrov": when a clause break stands
 * between the frame cue at `at` and the first event after it, the frame is the readout's own meeting named by a bare
 * noun, and that event is its part.
 */
export function frameUnnamed(text: string, at: number, after: Found | undefined, main: Found | undefined): boolean {
  if (!after || !main || main.name === after.name || main.sentence === after.sentence) return false;
  // part-of.frame-capitalised-main (fl20a): "On the margins of the Meeting, …" of "the Twenty-Second Meeting of …".
  if (frameIsMainByHead(text.slice(at, after.start), main.name)) return true;
  return /^[^,;]*\b(?:the|this|that)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+)?(?:meeting|summit|conference|forum|session|talks)[^\S\n]*,/u.test(
    text.slice(at, after.start),
  );
}

/**
 * participated.phrase-held (ev13): the people of a sentence take part in a meeting the fallback named there only when
 * a verb of holding or attending has it for object ("held a video call with X", "attended the opening ceremony"); a
 * meeting recalled, prepared or referred to ("since their meeting in Warsaw") is not the sentence's people's.
 */
export const PHRASE_HELD =
  /\b(?:held|had|holds|has|hosted|hosts|attended|attends|chaired|co-chaired|chairs|joined|joins|took[^\S\n]+part[^\S\n]+in|participated[^\S\n]+in|addressed|opened)[^\S\n]+(?:(?:a|an|the|their|his|her|its)[^\S\n]+)?$/iu;

/** Whether the sentence's people take part in an event of `rule` starting at `start` (PHRASE_HELD). */
export function sentencePeopleTakePart(rule: string, text: string, sentenceStart: number, start: number): boolean {
  return rule !== 'event.meeting-phrase' || PHRASE_HELD.test(text.slice(sentenceStart, start));
}

/**
 * The event rules whose meetings take people as the fallback's do (participated.phrase-own): the fallback's own, and
 * (evk31a, participated.sitting-own) a body's sitting told in passing ("which met in Accra", "at its next session"),
 * whose people are never "the two sides" of the readout's meeting.
 */
const PHRASE_LIKE_RULES = new Set([
  'event.meeting-phrase',
  'event.body-met-in',
  'event.its-sitting',
  'event.its-sitting-held',
]);

/**
 * participated.phrase-own (ev13): the participation rules a meeting the fallback named takes people from: its sentence's
 * (held there, PHRASE_HELD), those named in it and those it "was attended by"; not "the two leaders" of the readout or a gathering's people, which on
 * the dev readouts gave more false participants than true ones (aggregate dev figures).
 */
export function phraseParticipation(eventRule: string, participationRule: string): boolean {
  return (
    !PHRASE_LIKE_RULES.has(eventRule) ||
    /^participated\.(?:same-sentence|title-ref|named-in-event|attended|attendance-list|opened-by|among-present)$/.test(
      participationRule,
    )
  );
}

/** (fl23a, event.main-opening-phrase) The first meeting phrase of `text[start, end)` that a place or date pins. */
export function pinnedPhraseIn(
  text: string,
  start: number,
  end: number,
): { start: number; surface: string; name: string } | undefined {
  for (const m of text.slice(0, end).matchAll(PHRASE)) {
    if (m.index < start) continue;
    const p = meetingPhrase(text, m, end);
    if (p && /\s/.test(p.surface) && / (?:in|at|of) /.test(p.name)) return p;
  }
  return undefined;
}
