// Rules of round fl21b (issue 6): the readout's meeting, and meetings told in passing, whose guests are named by what
// they represent rather than by name ("X received the Chargé d'Affaires a.i. of Iran", "X met the ambassadors of the
// member states of NATO", "X met with Chiefs and traditional leaders of the … communities to brief them on …").
import type { Ctx } from './context.ts';
import { sentenceHas, textHas, wordGate } from './gates.ts';
import { UNNAMED_GUEST_HEADS } from './lexicons.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';
import type { Sentence } from '../types.ts';

/**
 * Rules event.main-unnamed-guests (the opening) and event.met-unnamed-guests (a later sentence): a named person who
 * met, received, welcomed or hosted a guest phrase headed by UNNAMED_GUEST_HEADS with an "of" complement, and no person
 * named after the verb in the sentence, held a meeting named "meeting of <person> with <guest phrase>". In the opening
 * it is the readout's own meeting, ahead of the events the sentence tells as its subject ("to brief them on the
 * conclusion of the negotiations between …"). Not "was received by", not a guest named after the verb ("met the
 * Ambassador of X, Y"), not a guest phrase without "of" ("met the delegations"), not a gathering the sentence names as
 * the frame ("welcomed the delegations to the Summit").
 */
/** One of these words stands in every guest phrase of UNNAMED_GUEST_HEADS ("affaires" for "Chargé d'Affaires"). */
export const UNNAMED_GUEST_WORDS = [
  'affaires',
  'ambassadors',
  'heads',
  'corps',
  'representatives',
  'delegation',
  'delegations',
  'chiefs',
  'leaders',
  'elders',
  'envoys',
] as const;

export const EVENT_UNNAMED_GUESTS = {
  mainId: 'event.main-unnamed-guests',
  id: 'event.met-unnamed-guests',
  participatedId: 'participated.unnamed-guests-host',
  involvesId: 'involves.unnamed-guests-of',
  // The words every guest phrase holds (one of the heads' words); a stem for "chargé" (ASCII only).
  gate: wordGate(UNNAMED_GUEST_WORDS),
};

const WS = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/** A head in either case of each word's first letter ("Chargé d'Affaires", "chargé d'affaires"). */
const either = (h: string) =>
  h
    .replace(/(?<![\p{L}])(\p{L})/gu, (c) => `[${c}${c.toUpperCase()}]`)
    .replace(/ /g, WS)
    .replace(/'/g, "['’]");
const HEADS = UNNAMED_GUEST_HEADS.map(either).join('|');
/** The verb, not in the passive ("was received by"). */
const VERB = new RegExp(
  `(?<!\\b(?:was|were|been|be|being)${WS})\\b(?:met|meets|received|receives|welcomed|welcomes|hosted|hosts)\\b`,
  'gu',
);
/** What may stand between the verb and the guest: "today", "at State House", "in Tirana", "with". */
const GAP = `(?:${WS}(?:today|also|later|then|separately|this${WS}(?:morning|afternoon|evening)|(?:at|in)${WS}(?:the${WS})?${CAP}(?:${WS}${CAP}){0,3}),?){0,3}(?:${WS}with)?${WS}`;
/** Where a guest phrase ends: a mark, a clause ("to brief", "who", "whom"), a place ("in Tirana"), a second verb. */
const STOP = `(?=[^\\S\\n]*(?:[,;:(]|\\.(?=\\s+\\p{Lu}|\\s*$)|$)|${WS}(?:to|who|whom|which|for|on|at|accredited|led|headed|during|and${WS}\\p{Ll}+ed)\\b|${WS}in${WS}\\p{Lu})`;
const GUEST = new RegExp(
  `^${GAP}((?:(?:the|a|an)${WS})?(?:[\\p{Ll}-]+${WS}){0,2}?(?:${HEADS})\\b[^,;\\n]*?)${STOP}`,
  'u',
);
/** A gathering the guests came to or met at: the sentence's frame, not a subject. */
const FRAME_BEFORE = /\b(?:to|at|for|during|in|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
const SUBJECT_BEFORE = /\b(?:on|about|of)\s+the\s+(?:[\p{L}-]+\s+){0,3}of\s+the\s+$|\b(?:on|about)\s+(?:the\s+)?$/u;

export interface UnnamedGuests {
  /** Offsets within the sentence. */
  verbAt: number;
  verbEnd: number;
  guestAt: number;
  guestEnd: number;
  guest: string;
}

/** The first verb of meeting in a sentence whose guest phrase names its guests by what they represent. */
export function unnamedGuestsIn(sentence: string): UnnamedGuests | undefined {
  VERB.lastIndex = 0;
  for (let m = VERB.exec(sentence); m; m = VERB.exec(sentence)) {
    const verbEnd = m.index + m[0].length;
    const g = GUEST.exec(sentence.slice(verbEnd));
    if (!g || !/\bof\b/.test(g[1]!)) continue;
    const guestAt = verbEnd + g[0].length - g[1]!.length;
    return { verbAt: m.index, verbEnd, guestAt, guestEnd: guestAt + g[1]!.length, guest: g[1]! };
  }
  return undefined;
}

/** The person who met the guests: the last one named before the verb, in the same clause; none named after it. */
function hostOf(ctx: Ctx, s: Sentence, mentions: PersonMention[], g: UnnamedGuests): PersonMention | undefined {
  const inS = mentions.filter((p) => p.sentence === s.index).sort((a, b) => a.start - b.start);
  if (inS.some((p) => (p.from ?? p.start) >= s.start + g.verbAt)) return undefined;
  const host = inS.filter((p) => (p.to ?? p.end) <= s.start + g.verbAt).pop();
  if (!host || /[.;:]|\bthat\b/.test(ctx.text.slice(host.to ?? host.end, s.start + g.verbAt))) return undefined;
  return host;
}

/** Whether an event of the sentence is the frame the guests met at ("welcomed the delegations to the Summit"). */
function framedByEvent(ctx: Ctx, s: Sentence, g: UnnamedGuests, events: Found[]): boolean {
  return events.some((e) => {
    if (e.sentence !== s.index || e.planned) return false;
    if (e.start < s.start + g.verbAt) return true;
    const before = ctx.text.slice(s.start, e.start);
    return FRAME_BEFORE.test(before) && !SUBJECT_BEFORE.test(before);
  });
}

export interface UnnamedGuestsMeeting {
  name: string;
  host: PersonMention;
  g: UnnamedGuests;
  s: Sentence;
}

/** The meeting a sentence tells with unnamed guests, with its name, or none (`events`: to look for a frame). */
export function unnamedGuestsMeeting(
  ctx: Ctx,
  people: PeopleFacts,
  s: Sentence,
  events: Found[] | undefined,
): UnnamedGuestsMeeting | undefined {
  if (s.heading || !sentenceHas(ctx, s, EVENT_UNNAMED_GUESTS.gate)) return undefined;
  const g = unnamedGuestsIn(s.text);
  if (!g) return undefined;
  const host = hostOf(ctx, s, [...people.personKey.keys()], g);
  if (!host || (events && framedByEvent(ctx, s, g, events))) return undefined;
  const c = people.clusters.find((x) => x.mentions.includes(host));
  if (!c) return undefined;
  return { name: `meeting of ${c.name} with ${g.guest.replace(/\s+/g, ' ')}`, host, g, s };
}

/** Rule event.main-unnamed-guests: the opening's meeting with unnamed guests, made by `addMain` at its verb. */
export function mainOfUnnamedGuests(
  ctx: Ctx,
  people: PeopleFacts,
  events: Found[],
  first: Sentence | undefined,
  addMain: (name: string, at: number, rule: string, surface: string) => Found | undefined,
): Found | undefined {
  if (!first || !textHas(ctx, EVENT_UNNAMED_GUESTS.gate)) return undefined;
  const t = unnamedGuestsMeeting(ctx, people, first, events);
  if (!t) return undefined;
  return addMain(
    t.name,
    first.start + t.g.verbAt,
    EVENT_UNNAMED_GUESTS.mainId,
    first.text.slice(t.g.verbAt, t.g.verbEnd),
  );
}

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** Rule event.met-unnamed-guests: such meetings told after the opening, named after the host and the guests. */
export function findUnnamedGuestMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  events: Found[],
  add: AddEvent,
): void {
  if (!textHas(ctx, EVENT_UNNAMED_GUESTS.gate)) return;
  const first = ctx.sentences.find((x) => !x.heading)?.index;
  for (const s of ctx.sentences) {
    if (s.index === first || s.index === main?.sentence) continue;
    const t = unnamedGuestsMeeting(ctx, people, s, events);
    if (!t) continue;
    const from = s.start + t.g.verbAt;
    // The span is the verb and the guests' head ("met the ambassadors"): the names after it are others' spans.
    const headEnd = s.start + t.g.guestAt + t.g.guest.search(/\s+of\b/);
    const f = add('Event', ctx.text.slice(from, headEnd), from, EVENT_UNNAMED_GUESTS.id);
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== EVENT_UNNAMED_GUESTS.id) continue;
    f.name = t.name;
    ctx.rename(c.key, t.name);
    c.alias = false;
    c.props.kind = 'meeting';
  }
}

/**
 * Rule negotiates-for.behalf-of-head (fl21b): "X, who has led the negotiating team on behalf of the Head of State",
 * "… on behalf of the Head of Government": the agent acts for the one person the readout names holding the leader's
 * office of the agent's own state (a President, King, Emir … for the head of state; a Prime Minister, Chancellor,
 * Premier for the head of government). Not a vice or deputy leader, not a head of state of another state, and none
 * when the agent's state has no such holder named, or more than one.
 */
export const NEGOTIATES_FOR_BEHALF_OF_HEAD = {
  id: 'negotiates-for.behalf-of-head',
  gate: wordGate('behalf'),
  cue: /\bon\s+behalf\s+of\s+(?:the\s+|their\s+|its\s+)?(Head\s+of\s+State|Head\s+of\s+(?:the\s+)?Government)\b(?!\s+of\b)/u,
  heads: {
    state: /^(?:President|King|Queen|Emir|Amir|Sultan|Head of State)(?: of\b|$)/u,
    government:
      /^(?:Prime Minister|Chancellor|Federal Chancellor|Premier|Head of Government|Head of the Government)(?: of\b|$)/u,
  },
};

/** Rule negotiates-for.behalf-of-head: which head the sentence's cue names, and where the cue starts. */
export function behalfOfHead(sentence: string): { head: 'state' | 'government'; at: number } | undefined {
  const m = NEGOTIATES_FOR_BEHALF_OF_HEAD.cue.exec(sentence);
  if (!m) return undefined;
  return { head: /State$/u.test(m[1]!) ? 'state' : 'government', at: m.index };
}

/** Rule negotiates-for.behalf-of-head: the one holder of such a title among `holders` owned by one of `owners`. */
export function headHolderFor<T>(
  head: 'state' | 'government',
  owners: readonly string[],
  holders: readonly { who: T; title: string; owner: string }[],
): T | undefined {
  const re = NEGOTIATES_FOR_BEHALF_OF_HEAD.heads[head];
  const distinct = [...new Set(holders.filter((h) => owners.includes(h.owner) && re.test(h.title)).map((h) => h.who))];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/**
 * Rule event.meeting-of-ministers-of-body (fl21b): "the Meeting of Ministers of Foreign Affairs of CELAC", "the
 * Extraordinary Meeting of Foreign Ministers of the Arab League", "the Meeting of Heads of State and Government of
 * SICA": a capitalised meeting of a body's ministers or heads is a gathering, named with the body. Not a lowercase
 * meeting ("a meeting of ministers of X"), not one of a body the gazetteer does not know, not officials other than
 * ministers and heads ("Meeting of Senior Officials" is read elsewhere).
 */
export const EVENT_MEETING_OF_MINISTERS_OF_BODY = {
  id: 'event.meeting-of-ministers-of-body',
  gate: wordGate('meeting'),
  head: new RegExp(
    [
      String.raw`\b(?:(?:[IVXLCDM]+|\d+(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Extraordinary|Ordinary|Informal|Special)\s+)*`,
      String.raw`Meeting\s+of\s+(?:the\s+)?`,
      String.raw`(?:(?:Foreign|Defen[cs]e|Finance|Trade|Economy)\s+Ministers|Ministers(?:\s+(?:of|for)\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?`,
      String.raw`|Heads\s+of\s+(?:State|Government)(?:\s+and\s+(?:of\s+)?Government)?)`,
      String.raw`\s+of\s+(?:the\s+)?$`,
    ].join(''),
    'u',
  ),
};

/** Rule event.meeting-of-ministers-of-body: the gatherings the text names so, as surface and start. */
export function meetingsOfMinistersOfBodies(
  text: string,
  hits: readonly { type: string; start: number; end: number }[],
): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  for (const h of hits) {
    if (h.type !== 'Organization') continue;
    const m = EVENT_MEETING_OF_MINISTERS_OF_BODY.head.exec(text.slice(Math.max(0, h.start - 120), h.start));
    if (!m) continue;
    const start = h.start - m[0].length;
    out.push({ surface: text.slice(start, h.end), start });
  }
  return out;
}

/**
 * Rule event.meeting-of-ministers-of-body: adds those gatherings; a bare head another rule read at its start
 * ("Extraordinary Meeting") takes the whole name.
 */
export function findMeetingsOfMinistersOfBodies(
  ctx: Ctx,
  hits: readonly { type: string; start: number; end: number }[],
  events: { name: string }[],
  add: AddEvent,
): void {
  if (!textHas(ctx, EVENT_MEETING_OF_MINISTERS_OF_BODY.gate)) return;
  for (const g of meetingsOfMinistersOfBodies(ctx.text, hits)) {
    const inside = ctx.within('Event', g.start, g.start + g.surface.length);
    if (!inside.length) {
      add('Event', g.surface, g.start, EVENT_MEETING_OF_MINISTERS_OF_BODY.id);
      continue;
    }
    const head =
      inside.length === 1 && inside[0]!.start === g.start && /\bMeeting$/.test(inside[0]!.name) ? inside[0] : undefined;
    if (!head) continue;
    const old = head.name;
    const name = g.surface.replace(/\s+/g, ' ');
    ctx.renameAll('Event', old, name);
    for (const e of events) if (e.name === old) e.name = name;
  }
}

/**
 * Rule event.next-meeting-of-body (fl21b): "at the next meeting of the Foreign Affairs Council of the European Union",
 * "the next session of the Human Rights Council": a meeting still to come whose "of" complement was cut inside a body's
 * name (two capitalised words) takes the body's whole name. Not a complement that ends where no body does.
 */
export const EVENT_NEXT_MEETING_OF_BODY = { id: 'event.next-meeting-of-body' };

/** Rule event.next-meeting-of-body: the name `surface` (at `start`) carried to the end of a body cut inside it. */
export function nextMeetingThroughBody(
  text: string,
  hits: readonly { type: string; start: number; end: number }[],
  surface: string,
  start: number,
): string {
  const end = start + surface.length;
  const body = hits.find((h) => h.type === 'Organization' && h.start > start && h.start < end && h.end > end);
  return body ? text.slice(start, body.end) : surface;
}

/** Rule event.next-meeting-of-body: the surface and start of a NEXT_MEETING match (group 1), through a body cut in it. */
export function nextMeetingSpan(
  text: string,
  hits: readonly { type: string; start: number; end: number }[],
  m: RegExpMatchArray,
): [string, number] {
  const at = m.index! + m[0].indexOf(m[1]!);
  return [nextMeetingThroughBody(text, hits, m[1]!, at), at];
}
