// Rules of the ev14 round (issue 6): calls and conversations told in passing, from the seventh, blind events bank
// (importer/extract/bank-events-7.ts; docs/first-look.md "events-7 (ev14)"). A readout of a meeting often mentions an
// earlier or later call between the same or other leaders only by a noun phrase with its two parties ("a telephone
// call between President A and President B on 2 April", "the video call between A and B in November"), by a frame
// with the pair as subject ("In a telephone conversation on 6 February, the two leaders had agreed …"); "The two had
// spoken by telephone on 14 November" is read by event.pair-again (told-meetings.ts, widened here). Each is an Event of its own named after its two
// people ("A-B telephone conversation"), so that the participation rule of people named in an event's name gives its
// participants, and the readout's own meeting keeps its facts.
import type { Ctx } from './context.ts';
import { matchesIf, standsBetweenSpaces } from './text.ts';
import { whenTextWords, whenWord, wordGate } from './gates.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { MONTHS } from './lexicons.ts';
import { familyName } from './told-meetings.ts';
import type { RelKit } from './rel-kit.ts';
import type { Sentence } from '../types.ts';
import type { Found, PeopleFacts, PersonCluster, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;
type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

const SP = '[^\\S\\n]+';
const MONTH = `(?:${MONTHS.join('|')})`;
const DATE_ON = `(?:${SP}on${SP}(?:\\d{1,2}${SP}${MONTH}(?:${SP}\\d{4})?|${MONTH}${SP}\\d{1,2}(?:,?${SP}\\d{4})?))`;
/** A call's noun: "telephone call", "phone conversation", "video call", "telephone talks". */
const CALL_NOUN = `(?:(?:tele)?phone|video)${SP}(?:call|conversation|talks|conference)`;

/** Patterns of the ev14 rules, as named data. */
export const CALL_TOLD = {
  /**
   * event.call-between: "a telephone call between President A and President B", "the video call between A and B in
   * November". Group 1: the call's noun; the two people follow (their mentions are looked up).
   */
  between: new RegExp(
    `\\b(?:a|an|the|their|his|her)${SP}(?:(?:brief|short|lengthy|long|recent|first|last|previous)${SP})?(${CALL_NOUN})${DATE_ON}?${SP}between${SP}(?=(?:the${SP})?\\p{Lu})`,
    'gu',
  ),
  /**
   * event.call-frame: "In a telephone conversation on 6 February, the two leaders had agreed …", "During a phone call,
   * President A and Prime Minister B discussed …": a call opening a sentence as its frame, the pair its subject.
   * Group 1: the call's noun.
   */
  frame: new RegExp(
    `^(?:In|During|Over)${SP}(?:a|an|their|one)${SP}(?:(?:brief|short|lengthy|long|recent|earlier|previous)${SP})?(${CALL_NOUN})${DATE_ON}?[^\\S\\n]*,${SP}`,
    'u',
  ),
  /** "the two leaders", "the two Presidents", "the two": the pair of the readout's own meeting. */
  theTwo:
    /^the[^\S\n]+two(?:[^\S\n]+(?:leaders|presidents|ministers|prime[^\S\n]+ministers|foreign[^\S\n]+ministers|heads[^\S\n]+of[^\S\n]+state|counterparts|men|women))?\b/iu,
  /** A call still to come: "will hold a telephone call", "a video call is planned". */
  future:
    /\b(?:will|would|shall|to[^\S\n]+hold|plan(?:s|ned)?[^\S\n]+to|expected[^\S\n]+to|agreed[^\S\n]+to)\b[^.;]{0,40}$/iu,
};

/** What every match of CALL_TOLD.between holds (`mayMatch`). */
const CALL_BETWEEN_NEEDS = ['between'];

/** The mention that starts at `i`, a title and capitalised words or particles before its name allowed. */
export function mentionAt(ctx: Ctx, mentions: PersonMention[], i: number): PersonMention | undefined {
  return mentions.find(
    (m) =>
      (m.from ?? m.start) >= i &&
      /^(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}.-]*[^\S\n]+|(?:of|the|von|van|der|de|da)[^\S\n]+){0,6}$/u.test(
        ctx.text.slice(i, m.from ?? m.start),
      ),
  );
}

/** The two people the readout's own meeting is named after ("Mitsotakis-Erdoğan meeting"), when it names two. */
export function mainPair(people: PeopleFacts, main: Found | undefined): [PersonCluster, PersonCluster] | undefined {
  if (!main) return undefined;
  const named = people.clusters.filter((c) => standsBetweenSpaces(main.name, familyName(c)));
  return named.length === 2 ? [named[0]!, named[1]!] : undefined;
}

export interface CallKit {
  ctx: Ctx;
  events: readonly Found[];
  add: AddEvent;
}

/** Adds the call of `a` and `b` read at [from, to), named "A-B telephone conversation", unless a call of the two is known. */
export function addCall(k: CallKit, a: PersonCluster, b: PersonCluster, from: number, to: number, rule: string): void {
  if (a === b || familyName(a) === familyName(b)) return;
  const names = [familyName(a), familyName(b)];
  const isCall = (e: Found) => /\b(?:call|conversation|phone|telephone)\b/i.test(e.name);
  if (k.events.some((e) => isCall(e) && names.every((n) => e.name.includes(n)))) return;
  const f = k.add('Event', k.ctx.text.slice(from, to), from, rule);
  const c = f && k.ctx.entity(f.key);
  if (!f || !c || c.rule !== rule) return;
  f.name = `${names[0]}-${names[1]} telephone conversation`;
  k.ctx.rename(c.key, f.name);
  c.alias = false;
  c.props.kind = 'call';
  k.ctx.add('Event', f.name, { surface: `${names[0]}-${names[1]} call`, start: f.start, end: f.end }, rule);
}

/**
 * event.call-between, event.call-frame (ev14): calls told in passing, each named after its two people. Not in the
 * readout's opening (the main-event rules read it), not a call still to come, and the frame only when the readout's
 * own meeting is not itself a call.
 */
/**
 * The words without which no call pattern of ev14 and ev15 can match in a text (gates.ts): CALL_NOUN's "phone" and
 * "video" (ev15's pairWhoSpoke, theirCall and byPhoneAfter hold them too).
 */
export const CALL_WORDS = ['phone', 'video'];

/** findCallsInPassing, run only on a text that tells of a call (CALL_WORDS). */
export const findCallsInPassing = whenTextWords(CALL_WORDS, callsInPassing);

function callsInPassing(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  events: readonly Found[],
  add: AddEvent,
): void {
  const k: CallKit = { ctx, events, add };
  const mentions = [...people.personKey.keys()].sort((x, y) => x.start - y.start);
  const clusterOf = (m: PersonMention) => people.clusters.find((c) => c.mentions.includes(m));
  const firstProse = ctx.sentences.find((x) => !x.heading)?.index;
  const mainIsCall = !!main && ctx.entity(main.key)?.props.kind === 'call';
  const pair = mainIsCall ? undefined : mainPair(people, main);
  for (const s of ctx.sentences) {
    if (s.heading || s.index === firstProse) continue;
    for (const m of matchesIf(s.text, CALL_TOLD.between, CALL_BETWEEN_NEEDS)) {
      const at = s.start + m.index;
      if (CALL_TOLD.future.test(s.text.slice(0, m.index))) continue;
      const first = mentionAt(ctx, mentions, at + m[0].length);
      const gap = first ? ctx.text.slice(first.to ?? first.end, (first.to ?? first.end) + 6) : '';
      const second =
        first && /^[^\S\n]+and[^\S\n]+/u.test(gap) ? mentionAt(ctx, mentions, (first.to ?? first.end) + 5) : undefined;
      const [a, b] = [first && clusterOf(first), second && clusterOf(second)];
      if (a && b && second!.sentence === s.index)
        addCall(k, a, b, at + m[0].indexOf(m[1]!), second!.to ?? second!.end, 'event.call-between');
    }
    if (!pair) continue;
    const frame = CALL_TOLD.frame.exec(s.text);
    if (frame && CALL_TOLD.theTwo.test(s.text.slice(frame[0].length)))
      addCall(
        k,
        pair[0],
        pair[1],
        s.start + frame[0].indexOf(frame[1]!),
        s.start + frame[0].length - 1,
        'event.call-frame',
      );
  }
}

/** The rules whose events are named after the two people who held them, one of whom may be told by a pronoun. */
export const PAIR_NAMED_RULES = new Set(['event.call-frame', 'event.told-any-clause']);

/**
 * participated.call-pair (ev14): a call told by its frame (event.call-frame), or a meeting told by its verb with the readout's subject as a pronoun ("Before travelling, she had a phone call with
 * President B", event.told-any-clause), was held by the people of the readout's own meeting it is named after.
 */
export function participateCallPair(k: RelKit, participate: Participate): void {
  const { ctx, ev, main, participants, nameOf } = k;
  if (!main) return;
  const own = [...(participants.get(main.key) ?? [])];
  for (const e of ev.events) {
    const rule = ctx.entity(e.key)?.rule;
    if (e.planned || !rule || !PAIR_NAMED_RULES.has(rule)) continue;
    const pair = /^(\S+)-(\S+)\s/.exec(nameOf(e));
    if (!pair) continue;
    for (const c of own)
      if (familyName(c) === pair[1] || familyName(c) === pair[2])
        participate(e, c, e.sentence, 'participated.call-pair');
  }
}

/** Patterns of event.sides-held (ev14), as named data. */
export const SIDES_HELD = {
  /**
   * "Canada and the Republic of Korea held a strategic dialogue on economic security in Ottawa": a subject, a verb of
   * holding and the gathering it held, told in lowercase. Groups: the subject, the gathering (its kind words, head and
   * "on" topic), its place.
   */
  clause:
    /^(.+?)[^\S\n]+(?:held|have[^\S\n]+held|hold|convened|launched|conducted|resumed|opened)[^\S\n]+(?:a|an|their|its|the)[^\S\n]+((?:(?!(?:on|in|at|of|with|for|and)\b)[\p{Ll}-]+[^\S\n]+){0,3}?(?:dialogue|consultations|talks|meeting|summit|negotiations|conference)(?:[^\S\n]+on[^\S\n]+(?!(?:\d|the\b))(?:(?!(?:in|on|at|with|and|to|for|of)\b)[\p{Ll}-]+[^\S\n]*){1,4})?)(?:[^\S\n]*in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?))?/u,
  /** What may stand between the sides of the subject besides their names: articles, "and", commas. */
  glue: /^(?:[\s,]|and\b|the\b|both\b)*$/iu,
  /** Determiners and kind words that make no one gathering ("regular consultations", "any talks"). */
  generic: /^(?:regular|periodic|frequent|further|more|such|any|annual|future|possible)\b/iu,
};

/**
 * event.sides-held (ev14): a gathering held by states or organisations and told in lowercase, "Canada and the
 * Republic of Korea held a strategic dialogue on economic security in Ottawa": an Event named by the phrase (and its
 * place); its parties are then read by involves.held-by-sides. Only when the subject is nothing but two or more states
 * or organisations, so that people's meetings stay with the rules that name them after their people.
 */
function sidesHeld(ctx: Ctx, s: Sentence, add: AddEvent): void {
  if (s.heading) return;
  const m = SIDES_HELD.clause.exec(s.text);
  if (!m || SIDES_HELD.generic.test(m[2]!)) return;
  const hits = findGazetteerHits(m[1]!).filter((h) => !h.demonym);
  let rest = m[1]!;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + ' ' + rest.slice(h.end);
  if (hits.length < 2 || !SIDES_HELD.glue.test(rest)) return;
  const phrase = m[2]!.trim();
  const at = s.start + m[0].indexOf(m[2]!, m[1]!.length);
  const f = add('Event', phrase, at, 'event.sides-held');
  const c = f && ctx.entity(f.key);
  if (f && c && c.rule === 'event.sides-held' && m[3]) {
    f.name = `${phrase} in ${m[3]}`;
    ctx.rename(c.key, f.name);
  }
}

/** The verbs of SIDES_HELD.clause, whole words (gates.ts): a sentence without one holds no such clause. */
export const SIDES_HELD_GATE = wordGate('held', 'hold', 'convened', 'launched', 'conducted', 'resumed', 'opened');

const gatedSidesHeld = whenWord(SIDES_HELD_GATE, sidesHeld);

/** Rule event.sides-held in every sentence (above). */
export function findSidesHeld(ctx: Ctx, add: AddEvent): void {
  for (const s of ctx.sentences) gatedSidesHeld(ctx, s, add);
}
