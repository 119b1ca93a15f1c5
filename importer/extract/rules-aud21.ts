// Round aud21 (issue 6): events told in passing, third round: earlier gatherings recalled by where they were held, and
// meetings told by a noun with their two people, the two largest open sub-causes of the first-look audit's class A
// besides negotiations and incidents (docs/first-look.md, "Events told in passing, third round"). Tested in
// rules-aud21.test.ts. This file imports only types (and the pair-meeting helper) from the stages that call it, so
// that no import cycle forms.
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import { whenTextWords } from './gates.ts';
import { matchAllInLines } from './text.ts';
import { addPairMeeting, familyName } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A gathering's head noun, singular or plural. */
const GATHERING =
  '(?:[Mm]eeting|[Ss]ummit|[Cc]onference|[Ss]ession|[Tt]alks|[Cc]onsultations|[Rr]ound|[Dd]ialogue|[Ff]orum|[Rr]etreat)s?';
/** Up to four modifiers before the head noun, none a function word ("the consultative", "Intergovernmental"). */
const MODIFIERS = `(?:(?!(?:of|and|the|to|with|for|on|in|at|by|a|an|two|three|several)\\b)[\\p{L}\\p{M}'’-]+${SP}){0,4}?`;
/** A gathering's complement: no verb or relative pronoun in it ("of Heads of State of X will be held" is no recall). */
const COMPLEMENT =
  '(?:(?!\\b(?:will|would|shall|to|be|is|are|was|were|been|has|have|had|which|that|who|whose)\\b)[^.;:()\\n]){1,120}?';
/** A date told after "held": "on 14 April", "on 1-2 May 2023", "in June", "in March 2022", "last year". */
const DATE =
  `(?:(?:on${SP})?\\d{1,2}(?:[–-]\\d{1,2})?${SP}${MONTH}(?:${SP}\\d{4})?|(?:on${SP})?${MONTH}${SP}\\d{1,2}(?:,?${SP}\\d{4})?` +
  `|in${SP}${MONTH}(?:${SP}\\d{4})?|in${SP}(?:19|20)\\d\\d|last${SP}(?:year|month|week))`;

/** Trigger words of the aud21 rules, as named data (gates.ts): a text without any of them is not read. */
export const AUD21_TRIGGERS = {
  /** event.held-in-recalled: the participle that tells where an earlier gathering was held. */
  heldIn: ['held', 'convened'],
  /** event.noun-of-pair: the nouns a meeting of two people is told by. */
  nounOfPair: ['meeting', 'meetings', 'talks', 'conversation'],
  /** event.meetings-with-each: the plural noun of meetings held with several guests one by one. */
  meetingsWithEach: ['meetings'],
  /** event.received-group-named: the verb a group of guests is received by. */
  receivedGroup: ['received'],
} as const;

/**
 * The lines each whole-text pattern is asked in (perf21c, `matchAllInLines`): a match never crosses a line and holds
 * its rule's trigger word, so a line without one is skipped unread.
 */
const AUD21_LINES = {
  heldIn: new RegExp(AUD21_TRIGGERS.heldIn.join('|')),
  nounOfPair: new RegExp(AUD21_TRIGGERS.nounOfPair.join('|')),
  meetingsWithEach: new RegExp(AUD21_TRIGGERS.meetingsWithEach.join('|')),
  receivedGroup: new RegExp(AUD21_TRIGGERS.receivedGroup.join('|')),
};

/**
 * The matches of `pattern` in the text's lines that `line` admits, outside headings, each with its sentence and that
 * sentence's person mentions in order (the document's mentions are listed once a match is found: most texts have none).
 */
function* matchesWithPeople(
  ctx: Ctx,
  people: PeopleFacts,
  pattern: RegExp,
  line: RegExp,
): Generator<{ m: RegExpExecArray; si: number; inS: PersonMention[] }> {
  let all: PersonMention[] | undefined;
  for (const m of matchAllInLines(ctx.text, pattern, line)) {
    const si = ctx.sentenceAt(m.index);
    if (ctx.sentences[si]!.heading) continue;
    all ??= [...people.personKey.keys()];
    const inS = all.filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
    yield { m, si, inS };
  }
}

/** Patterns of the aud21 rules, as named data. */
export const AUD21_PATTERNS = {
  /**
   * Rule event.held-in-recalled: an earlier gathering told by a determiner, its noun phrase and where it was held: "the
   * consultative meeting of the foreign ministers of A, B and C held in Sorno on 14 January", "a meeting with the
   * Commission held in Copenhagen", "the Intergovernmental Conference held in June in Brussels", "the meeting of
   * special envoys convened by the United Nations in Doha on 1-2 May". Groups: 1 the noun phrase (modifiers, head noun,
   * an "of"/"with"/"on"/"between" complement), 2 the place.
   */
  heldIn: new RegExp(
    `\\b(?:the|a|an|its|their|his|her)${SP}(${MODIFIERS}${GATHERING}(?:${SP}(?:of|with|on|between)${SP}${COMPLEMENT})?)` +
      `${SP}(?:that${SP}(?:was|were)${SP})?(?:held|convened(?:${SP}by${SP}(?:the${SP})?${CAP}(?:${SP}(?:${CAP}|of|the)){0,5})?)` +
      `(?:${SP}by${SP}videoconference)?(?:${SP}${DATE})?${SP}in${SP}((?:The${SP})?${CAP}(?:${SP}${CAP}){0,2})`,
    'gu',
  ),
  /** A gathering still to come, told after the match: "held in Sorno next month", "… in Sorno in 2030". */
  laterAfter: /^[^.;]{0,40}?\b(?:next|coming|upcoming|later\s+this|tomorrow)\b/u,
  /** A gathering still to come or a wish, told before the match in its clause: "ahead of", "will attend". */
  laterBefore:
    /\b(?:ahead\s+of|prior\s+to|in\s+preparation\s+for|preparations?\s+for|to\s+prepare|will|shall|would|to\s+attend|to\s+hold|plans?\s+to|looks?\s+forward)\b[^.;]{0,80}$/u,
  /** A pair told after the place: "… held in Sorno (on 2 February) between A and B". */
  betweenAfter: new RegExp(`^(?:${SP}${DATE})?${SP}between\\b`, 'u'),
  /** What stands before a topic in a gathering's noun phrase: "on", "on the" (involves.held-in-not-topic). */
  topicBefore: /\bon[^\S\n]+(?:the[^\S\n]+)?$/u,
  /** A span of days in a date: "26–27 January", "1-2 May" (group 1: the first day). */
  dayRange: /\b(\d{1,2})[–-]\d{1,2}[^\S\n]+\p{Lu}/u,
  /** A meeting's own clause telling it still to come: "… will take place next week", "is to be held". */
  laterVerb: /\b(?:will|would|shall|is\s+to|are\s+to)\b/u,
  /** The own clause of a recalled gathering, naming who took part: ", at which the Envoy represented …", "in which". */
  ownClause: /^[^.;]{0,80}?,\s*(?:at|in|during)\s+which\b/u,
  /**
   * Rule event.noun-of-pair: a meeting told by its noun with its two people: "a meeting of Prime Minister A with
   * Commissioner B", "the meeting between A and B", "the talks of A and B", "the meeting held in Sorno on 2 February
   * between A and the Minister of Calda, B". Group 1: the noun.
   */
  nounOfPair: new RegExp(
    `\\b(?:a|an|the|their)${SP}(?:(?:first|brief|short|bilateral|private|separate|informal|recent|earlier|last)${SP}){0,2}` +
      `(meeting|talks|conversation)(?:${SP}held${SP}in${SP}${CAP}(?:${SP}${CAP})?(?:${SP}${DATE})?)?${SP}(?:of|between)${SP}`,
    'gu',
  ),
  /**
   * Rule event.meetings-with-each: "A also held bilateral meetings with B, who …, and with C": one meeting with each
   * guest told after its own "with" (the second and later after ", and with", "and with", ", with"). Group 1: the noun.
   */
  meetingsWithEach: new RegExp(
    `\\b(?:held|had)${SP}(?:(?:separate|bilateral|individual)${SP}){0,2}(meetings)${SP}with${SP}`,
    'gu',
  ),
  /** A further guest of meetings-with-each: ", and with", " and with", ", with" (up to the next person). */
  withEachMore: /^[^.;]{0,120}?(?:,[^\S\n]*and|[^\S\n]and|,)[^\S\n]+with[^\S\n]+/u,
  /**
   * Rule event.received-group-named: "A received the heads of the delegations of the guarantor states, B, C and D": a
   * group told by a lowercase plural noun phrase, then named in apposition. Group 1: the group's noun phrase.
   */
  receivedGroup: new RegExp(
    `\\breceived${SP}the${SP}((?:heads|members|ministers|ambassadors|envoys|representatives|leaders|chiefs)` +
      `(?:${SP}(?:of|the|[\\p{Ll}-]+)){1,8}?),${SP}`,
    'gu',
  ),
  /** What may stand between the first person and "with"/"and": nothing but the whole mention's end. */
  pairJoin: /^[^\S\n]*,?[^\S\n]*(?:with|and)[^\S\n]+$/u,
  /** A title or honorific before a person's name in the pair ("Prime Minister", "the Minister of Foreign Affairs of X,"). */
  titleGap:
    /^(?:the[^\S\n]+)?(?:(?:[\p{Lu}][\p{L}.’'-]*|of|for|the|and)[^\S\n]+){0,12}(?:[\p{Lu}][\p{L}.’'-]*[^\S\n]*,[^\S\n]*)?$/u,
} as const;

/** Which events each document's event.held-in-recalled made, with the span its own clause may name people in. */
const recalled = new WeakMap<Ctx, Map<string, Recalled>>();

/** An earlier gathering event.held-in-recalled read: where its own clause may lie (after the match, in its sentence). */
interface Recalled {
  from: number;
  to: number;
  /** The noun phrase's span, where a topic ("on NATO enlargement") may name a state or organisation. */
  np: [number, number];
}

/**
 * Rule event.held-in-recalled: an earlier gathering recalled by where it was held ("The meeting follows up on the
 * consultative meeting of the foreign ministers of A, B and C held in Sorno on 14 January"; "reached agreement at a
 * meeting with the Commission held in Copenhagen"), named as the text tells it ("consultative meeting of the foreign
 * ministers of A, B and C held in Sorno", "Intergovernmental Conference held in June in Brussels"). Not the sentence's subject (the readout's own meeting is told so: "The
 * meeting held in Vetra on Monday …"), not a gathering still to come ("ahead of the summit held in …", "… next
 * month"), not where another event was read over the same words. Held, with no date of its own from this rule.
 */
export function findHeldInRecalled(ctx: Ctx, main: Found | undefined, add: AddEvent): void {
  const text = ctx.text;
  const mine = recalled.get(ctx) ?? new Map<string, Recalled>();
  recalled.set(ctx, mine);
  for (const m of matchAllInLines(text, AUD21_PATTERNS.heldIn, AUD21_LINES.heldIn)) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    if (s.heading || (main && main.sentence === si && main.start >= m.index)) continue;
    const before = text.slice(s.start, m.index);
    // The sentence's subject is the readout's own gathering or one still told as news: not recalled.
    if (!/\p{L}/u.test(before) || AUD21_PATTERNS.laterBefore.test(before)) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, s.end);
    // "the meeting held in Sorno on 2 February between A and B" is the two's meeting (event.noun-of-pair).
    if (AUD21_PATTERNS.laterAfter.test(after) || AUD21_PATTERNS.betweenAfter.test(after)) continue;
    const np = m[1]!;
    const from = m.index + m[0].indexOf(np);
    if (ctx.within('Event', from, end).length || ctx.covering('Event', from, from + 1).length) continue;
    if (/\bvisit\b/i.test(np)) continue;
    const f = add('Event', text.slice(from, end), from, 'event.held-in-recalled');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.held-in-recalled') continue;
    // Told by its past participle: held, whatever a later clause of the sentence plans ("and the preparations for …").
    f.planned = false;
    c.props.status = 'held';
    mine.set(c.key, { from: end, to: s.end, np: [from, from + np.length] });
  }
}

/**
 * Rule participated.held-in-recalled: the people an earlier gathering's own clause names ("…, at which the Special
 * Envoy represented the Organisation", "in which the delegation of A was led by X") took part in it.
 */
export function participateHeldInRecalled(k: RelKit): void {
  const mine = recalled.get(k.ctx);
  if (!mine?.size) return;
  for (const e of k.ev.eventMentions) {
    const span = mine.get(e.key);
    if (!span) continue;
    const own = AUD21_PATTERNS.ownClause.exec(k.ctx.text.slice(span.from, span.to));
    if (!own) continue;
    const at = span.from + own[0].length;
    for (const [m, key] of k.personsIn(e.sentence))
      if (m.start >= at) k.ctx.relate('PARTICIPATED_IN', key, e.key, e.sentence, 'participated.held-in-recalled');
  }
}

/**
 * Rule involves.held-in-not-topic: a state or organisation an earlier gathering's noun phrase names as its topic ("the
 * meeting on NATO enlargement held in Oslo", "the meeting of Special Envoys on Afghanistan convened …") is no party to
 * it: the INVOLVES the name gave it is taken back. Run after the INVOLVES rules.
 */
export function involvesHeldInNotTopic(k: RelKit): void {
  const mine = recalled.get(k.ctx);
  if (!mine?.size) return;
  const drop = new Set<string>();
  for (const [key, span] of mine)
    for (const type of ['State', 'Organization'] as const)
      for (const c of k.ctx.within(type, span.np[0], span.np[1]))
        if (AUD21_PATTERNS.topicBefore.test(k.ctx.text.slice(span.np[0], c.start))) drop.add(`${key}|${c.name}`);
  const topic = (r: { type: string; from: string; to: string }) =>
    r.type === 'INVOLVES' && drop.has(`${r.from}|${k.ctx.entity(r.to)?.name}`);
  if (drop.size && k.ctx.relations.some(topic)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !topic(r)));
}

/** The pairs each document's event.noun-of-pair read, by event key. */
const nounPairs = new WeakMap<Ctx, Map<string, [PersonMention, PersonMention]>>();

/** The person of `inS` whose whole mention starts after `at` with only a title (or nothing) between. */
function personAfter(ctx: Ctx, inS: PersonMention[], at: number): PersonMention | undefined {
  return inS.find(
    (p) =>
      (p.from ?? p.start) >= at &&
      (p.from ?? p.start) - at < 160 &&
      AUD21_PATTERNS.titleGap.test(ctx.text.slice(at, p.from ?? p.start)),
  );
}

/**
 * Rule event.noun-of-pair: a meeting told by its noun with its two people ("The Conference was preceded by a meeting
 * of Prime Minister A with Commissioner B, at which …"; "welcomed the meeting held in Sorno on 2 February between A
 * and B"): the two's meeting, named after them (and its place), as event.qualified-meeting-with names its own.
 */
export function findNounOfPair(ctx: Ctx, people: PeopleFacts, main: Found | undefined, add: AddEvent): void {
  const text = ctx.text;
  const pairs = nounPairs.get(ctx) ?? new Map<string, [PersonMention, PersonMention]>();
  nounPairs.set(ctx, pairs);
  for (const { m, si, inS } of matchesWithPeople(ctx, people, AUD21_PATTERNS.nounOfPair, AUD21_LINES.nounOfPair)) {
    const host = personAfter(ctx, inS, m.index + m[0].length);
    if (!host) continue;
    const join = /^[^\S\n]*,?[^\S\n]*(?:with|and)[^\S\n]+/u.exec(text.slice(host.to ?? host.end));
    if (!join) continue;
    const guest = personAfter(ctx, inS, (host.to ?? host.end) + join[0].length);
    if (!guest || guest === host) continue;
    const place = /\bheld\s+in\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)/u.exec(m[0])?.[1];
    const f = addPairMeeting(ctx, people, main, add, {
      host,
      guest,
      place,
      from: m.index,
      to: guest.end,
      rule: 'event.noun-of-pair',
      noun: m[1] === 'talks' ? 'talks' : m[1] === 'conversation' ? 'conversation' : 'meeting',
    });
    if (!f) continue;
    pairs.set(f.key, [host, guest]);
    // Held unless its clause tells it still to come ("A and B will hold a meeting …", "… next week"): a later clause
    // of the sentence ("which will start in July") does not make it planned.
    const clause = text.slice(guest.to ?? guest.end, ctx.sentences[si]!.end).split(/[,;]/)[0]!;
    const later =
      AUD21_PATTERNS.laterBefore.test(text.slice(ctx.sentences[si]!.start, m.index)) ||
      AUD21_PATTERNS.laterAfter.test(clause) ||
      AUD21_PATTERNS.laterVerb.test(clause);
    f.planned = later;
    const c = ctx.entity(f.key);
    if (!c) continue;
    c.props.status = later ? 'planned' : 'held';
    // "held in Sorno on 26–27 January 2024": a meeting over several days is dated by its first.
    const range = AUD21_PATTERNS.dayRange.exec(m[0]);
    if (range && typeof c.props.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.props.date))
      c.props.date = `${c.props.date.slice(0, 8)}${range[1]!.padStart(2, '0')}`;
  }
}

/**
 * Rule participated.noun-of-pair: the two people of each such meeting take part in it, and nobody else (a meeting
 * told by its two people is theirs: "The two ministers welcomed the meeting between A and B" gives the ministers none).
 * Run after every participation rule.
 */
export function participateNounOfPair(k: RelKit): void {
  const pairs = nounPairs.get(k.ctx);
  if (!pairs?.size) return;
  const names = new Map<string, Set<string>>();
  for (const e of k.ev.eventMentions) {
    const pair = pairs.get(e.key);
    if (!pair) continue;
    const mine = names.get(e.key) ?? new Set<string>();
    names.set(e.key, mine);
    for (const m of pair) {
      const c = k.clusterOf.get(m);
      if (!c) continue;
      k.participate(e, c, e.sentence, 'participated.noun-of-pair');
      mine.add(k.ctx.entity(k.key(c))!.name);
    }
  }
  const other = (r: { type: string; from: string; to: string }) =>
    r.type === 'PARTICIPATED_IN' && names.has(r.to) && !names.get(r.to)!.has(k.ctx.entity(r.from)?.name ?? '');
  if (k.ctx.relations.some(other)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !other(r)));
}

/** event.held-in-recalled behind its gate: a text without "held" or "convened" is not read. */
export const heldInRecalledGated = whenTextWords(AUD21_TRIGGERS.heldIn, findHeldInRecalled);

/** event.noun-of-pair behind its gate: a text without a meeting noun is not read. */
export const nounOfPairGated = whenTextWords(AUD21_TRIGGERS.nounOfPair, findNounOfPair);

/** The person right before `at` in its clause (only "also" between), the subject of a verb. */
function subjectBefore(ctx: Ctx, inS: PersonMention[], at: number): PersonMention | undefined {
  const before = inS.filter((p) => (p.to ?? p.end) <= at).pop();
  return before && /^[^\S\n]*(?:also[^\S\n]+)?$/u.test(ctx.text.slice(before.to ?? before.end, at))
    ? before
    : undefined;
}

/**
 * Rule event.meetings-with-each: "Minister A also held bilateral meetings with Secretary B, who later met …, and with
 * Minister C, with whom he discussed …": one meeting of the subject with each guest (named after the two, as
 * event.qualified-meeting-with names its own); participated.noun-of-pair gives each its two people.
 */
export function findMeetingsWithEach(ctx: Ctx, people: PeopleFacts, main: Found | undefined, add: AddEvent): void {
  const text = ctx.text;
  const pairs = nounPairs.get(ctx) ?? new Map<string, [PersonMention, PersonMention]>();
  nounPairs.set(ctx, pairs);
  for (const { m, si, inS } of matchesWithPeople(
    ctx,
    people,
    AUD21_PATTERNS.meetingsWithEach,
    AUD21_LINES.meetingsWithEach,
  )) {
    const host = subjectBefore(ctx, inS, m.index);
    const guests: PersonMention[] = [];
    let at = m.index + m[0].length;
    for (let g = personAfter(ctx, inS, at); g && g !== host;) {
      guests.push(g);
      at = g.to ?? g.end;
      const more = AUD21_PATTERNS.withEachMore.exec(text.slice(at, ctx.sentences[si]!.end));
      g = more ? personAfter(ctx, inS, at + more[0].length) : undefined;
    }
    if (!host || guests.length < 2) continue;
    for (const [i, guest] of guests.entries()) {
      // Each meeting is told from its own "with" on: the first from the verb, a later one after the guest before it.
      const from = i === 0 ? m.index : (guests[i - 1]!.to ?? guests[i - 1]!.end);
      const f = addPairMeeting(ctx, people, main, add, {
        host,
        guest,
        place: undefined,
        from,
        to: guest.end,
        rule: 'event.meetings-with-each',
        several: true,
        inOpening: true,
      });
      if (!f) continue;
      pairs.set(f.key, [host, guest]);
      if (!withEach.has(ctx)) withEach.set(ctx, new Set());
      withEach.get(ctx)!.add(f.key);
    }
  }
}

/** The meetings each document's event.meetings-with-each made. */
const withEach = new WeakMap<Ctx, Set<string>>();

/**
 * Rule part-of.meetings-with-each: meetings held one by one with several guests are held within the readout's own
 * gathering or visit (GUIDE: a meeting on the margins of a gathering, or during a visit, is PART_OF it), not subjects
 * it discussed: PART_OF the held main event, and its DISCUSSED of them taken back.
 */
export function partOfMeetingsWithEach(k: RelKit): void {
  const mine = withEach.get(k.ctx);
  if (!mine?.size) return;
  // The readout's own event, else the first held event told before them ("also held bilateral meetings" refers back).
  const first = Math.min(...k.ev.eventMentions.filter((e) => mine.has(e.key)).map((e) => e.start));
  const main = k.main ?? k.ev.eventMentions.find((e) => e.start < first && !e.planned && !mine.has(e.key));
  if (!main || main.planned || mine.has(main.key)) return;
  for (const e of k.ev.eventMentions)
    if (mine.has(e.key)) k.ctx.relate('PART_OF', e.key, main.key, e.sentence, 'part-of.meetings-with-each');
  const discussed = (r: { type: string; from: string; to: string }) =>
    r.type === 'DISCUSSED' && mine.has(r.to) && k.ctx.entity(r.from)?.name === k.ctx.entity(main.key)?.name;
  if (k.ctx.relations.some(discussed)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !discussed(r)));
}

/** The people each document's event.received-group-named read, by event key: the host first. */
const groups = new WeakMap<Ctx, Map<string, PersonMention[]>>();

/**
 * Rule event.received-group-named: "On the sidelines, Minister A received the heads of the delegations of the guarantor
 * states, B, C and D": one meeting of the host with the group, named "A's meeting with the heads of the delegations of
 * the guarantor states"; participated.received-group-named gives it the host and every person named in apposition.
 */
export function findReceivedGroupNamed(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
  const text = ctx.text;
  const mine = groups.get(ctx) ?? new Map<string, PersonMention[]>();
  groups.set(ctx, mine);
  for (const { m, inS } of matchesWithPeople(ctx, people, AUD21_PATTERNS.receivedGroup, AUD21_LINES.receivedGroup)) {
    const host = subjectBefore(ctx, inS, m.index);
    const end = m.index + m[0].length;
    // The people named in apposition: a list of names only ("B, C and D"), up to the end of the list.
    const listed: PersonMention[] = [];
    let at = end;
    for (;;) {
      const p = inS.find(
        (x) => x.start >= at && /^(?:,?[^\S\n]*(?:and[^\S\n]+)?)$/u.test(text.slice(at, x.from ?? x.start)),
      );
      if (!p) break;
      listed.push(p);
      at = p.to ?? p.end;
    }
    if (!host || listed.length < 2) continue;
    const cluster = people.clusters.find((c) => c.mentions.includes(host));
    if (!cluster) continue;
    const f = add(
      'Event',
      text.slice(m.index + m[0].indexOf(m[1]!), end - 2),
      m.index + m[0].indexOf(m[1]!),
      'event.received-group-named',
    );
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.received-group-named') continue;
    const name = `${familyName(cluster)}'s meeting with the ${m[1]!.replace(/\s+/g, ' ')}`;
    ctx.rename(c.key, name);
    f.name = name;
    f.planned = false;
    c.props.status = 'held';
    c.props.kind = 'meeting';
    mine.set(c.key, [host, ...listed]);
  }
}

/** Rule participated.received-group-named: the host and every guest named in apposition take part. */
export function participateReceivedGroupNamed(k: RelKit): void {
  const mine = groups.get(k.ctx);
  if (!mine?.size) return;
  for (const e of k.ev.eventMentions)
    for (const m of mine.get(e.key) ?? []) {
      const c = k.clusterOf.get(m);
      if (c) k.participate(e, c, e.sentence, 'participated.received-group-named');
    }
}

/** event.meetings-with-each behind its gate: a text without "meetings" is not read. */
export const meetingsWithEachGated = whenTextWords(AUD21_TRIGGERS.meetingsWithEach, findMeetingsWithEach);

/** event.received-group-named behind its gate: a text without "received" is not read. */
export const receivedGroupNamedGated = whenTextWords(AUD21_TRIGGERS.receivedGroup, findReceivedGroupNamed);
