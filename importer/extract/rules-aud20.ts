// Round aud20 (issue 6): events told in passing, second round: meetings told by a verb and the sessions a gathering is
// told to have gone through, the largest open sub-causes of the first-look audit's class A besides negotiations
// (docs/first-look.md, "Events told in passing, second round"). Tested in rules-aud20.test.ts. This file imports only
// types from the stages that call it, so that no import cycle forms.
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import { addPairMeeting } from './told-meetings.ts';
import type { EventFacts, Found, PeopleFacts, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
/** A session noun in lowercase: what a gathering is told to begin, continue or end with. */
const SESSION_HEAD = '(?:sessions?|plenary|meetings?|segment|lunch|dinner|breakfast|retreat|debate)';
/** A session told by its noun: up to two lowercase modifiers, the noun, and an "of" complement in lowercase. */
const SESSION_NP =
  `(?:[\\p{Ll}-]+${SP}){0,2}${SESSION_HEAD}` +
  `(?:${SP}of${SP}(?:the${SP}|a${SP}|an${SP})?[\\p{Ll}-]+(?:${SP}(?:of|the|[\\p{Ll}-]+)){0,4}?)?`;
/** Where a session's noun phrase ends: a clause boundary, a participle, "and", a time word. */
const NP_END = `(?=[^\\S\\n]*[,.;:)]|${SP}(?:and|chaired|led|held|in|at|on|with|which|where|followed|before|after|that|to|for|until|late|early)\\b|$)`;
/** Who took part, told after "continued": the delegations of both sides. */
const DELEGATIONS = `(?:the|both|all|their|the${SP}two)${SP}(?:[\\p{Ll}-]+${SP}){0,2}delegations`;

/** Patterns of the aud20 rules, as named data. */
export const AUD20_PATTERNS = {
  /**
   * Rule event.received-by-titled-host: what may stand between "was received by" and the host's name when the host is
   * told by a title and then named in apposition: "was received by the President of Arland, Olaf Rane, at the Palace",
   * "was also received by the First Secretary of the Party and President of the Republic, X". The title is capitalised
   * words joined by "of", "the", "for", "and", ended by a comma.
   */
  titledHostGap: new RegExp(`^(?:the${SP})?${CAP}(?:${SP}(?:${CAP}|of|the|for|and)){0,20}[^\\S\\n]*,[^\\S\\n]*$`, 'u'),
  /**
   * Rule event.qualified-meeting-with: "X also had a short meeting with Y", "The minister held a brief conversation with
   * the Minister of Foreign Affairs of Z, Y": a meeting told by a qualified noun (the adjectives event.told and
   * event.told-met do not take) with its guest after "with". Group 1: the noun.
   */
  qualifiedMeetingWith: new RegExp(
    `\\b(?:had|held|has${SP}had)${SP}(?:a|an)${SP}(?:(?:short|brief|private|informal|cordial|friendly|productive|substantive|lengthy|long|first|tête-à-tête|one-on-one)${SP})+(meeting|conversation|exchange|talks)${SP}with${SP}`,
    'gu',
  ),
  /** A subject told by pronoun or title, opening its clause: "He", "The minister", "The Foreign Minister". */
  subjectRef: new RegExp(
    `^(?:He|She|The${SP}(?:[\\p{Ll}]+${SP})?(?:minister|secretary|president|${CAP})(?:${SP}${CAP}){0,3})(?:${SP}also)?${SP}$`,
    'u',
  ),
  /** Rule event.received-by-fronted-subject: a time or occasion phrase fronted before the subject, up to its comma. */
  frontedPhrase:
    /^(?:During|In\s+the\s+course\s+of|On\s+the\s+(?:same\s+day|sidelines|margins|occasion)|Later|Earlier|Afterwards|Subsequently|On\s+\p{Lu}\p{Ll}+day|The\s+same\s+day)\b[^,.;]{0,80},\s*/u,
  /**
   * Rule event.session-sequence: a sentence whose subject is a gathering ("The meeting", "The work", "a bilateral
   * meeting, which") told to begin, continue or end in a given format. Each alternative is a session of it (GUIDE:
   * "Sessions of a meeting (small-group meeting, expanded meeting, …) are PART_OF it"):
   *  1 "began privately / in private / behind closed doors / tête-à-tête" (a private session of the head noun),
   *  2 "began (Tuesday) with a closed session of the heads of delegations" (that session),
   *  3 "continued with the participation of both delegations" (the head noun with them),
   *  4 "continued in an expanded format" (the head noun in that format),
   *  5 "continued in plenary (with the participation of the delegations)",
   *  6 "continued / concluded / ended with a plenary", "followed (Wednesday) by the meetings of a drafting committee".
   */
  sequence: new RegExp(
    `\\b(?:began|started|opened)${SP}(privately|in${SP}private|behind${SP}closed${SP}doors|t[êe]te-[àa]-t[êe]te|one-on-one)\\b` +
      `|\\b(?:began|started|opened)(?:${SP}(?:on${SP})?\\p{Lu}\\p{Ll}+day)?${SP}with${SP}(?:a|an|the)${SP}(${SESSION_NP})${NP_END}` +
      `|\\bcontinued${SP}with${SP}the${SP}participation${SP}of${SP}(${DELEGATIONS})` +
      `|\\bcontinued${SP}in${SP}((?:an?${SP}|the${SP})?(?:expanded|extended|enlarged|broader|wider|plenary)(?:-|${SP})format)` +
      `|\\bcontinued${SP}in${SP}(plenary(?:${SP}with${SP}the${SP}participation${SP}of${SP}${DELEGATIONS})?)` +
      `|\\b(?:continued|concluded|ended|closed)(?:${SP}(?:on${SP})?\\p{Lu}\\p{Ll}+day)?${SP}with${SP}(?:a|an|the)${SP}(${SESSION_NP})${NP_END}`,
    'gu',
  ),
  /**
   * What every match of `sequence` holds (perf20c): a sequence verb and the word after it ("privately", "in", "behind",
   * "tête", "one", "with", "on", a weekday), looked for once in the text before `sequence` is run over it.
   */
  sequenceCue: new RegExp(
    `\\b(?:began|started|opened|continued|concluded|ended|closed)${SP}(?:privately|in|behind|t[êe]te|one|with|on|\\p{Lu}\\p{Ll}+day)\\b`,
    'u',
  ),
  /** A further session after a sequence verb: "followed Wednesday by the meetings of a drafting committee". */
  followedBy: new RegExp(
    `\\bfollowed(?:${SP}(?:on${SP})?\\p{Lu}\\p{Ll}+day)?${SP}by${SP}(?:a|an|the)${SP}(${SESSION_NP})${NP_END}`,
    'gu',
  ),
  /**
   * The gathering that is the subject, before the sequence verb in its sentence: its head noun (group 1) or a relative
   * pronoun after a comma that refers back to one (", which continued …").
   */
  subject:
    /\b(meeting|talks|summit|conference|consultations|discussions|work|proceedings|session|dialogue|negotiations|round)\b[^.;]*$|,\s*which\s+(?:then\s+)?$/iu,
  /** A session's own clause, naming who took part: "a plenary session at which Minister A reported", "in which". */
  ownClause: /^\s*,?\s*(?:at|in|during)\s+which\b|^\s*,?\s*where\b/u,
} as const;

/**
 * Rule event.received-by-fronted-subject: a phrase fronted before the subject told by title ("During his visit, the
 * High Representative was received by …", "On the same day, the Minister was also received by …") is left out when
 * the subject is looked for.
 */
export function withoutFrontedPhrase(before: string): string {
  return before.replace(AUD20_PATTERNS.frontedPhrase, '');
}

/** Rule event.received-by-titled-host: whether the gap before a host's name is a title in apposition. */
export function receivedByTitledGap(gap: string): boolean {
  return gap.length < 200 && AUD20_PATTERNS.titledHostGap.test(gap);
}

/** The session name of a sequence match: the head noun of the subject in the told format. */
function sequenceName(m: RegExpMatchArray, head: string): string {
  if (m[1]) return /^(?:privately|in|behind)/.test(m[1]) ? `private ${head}` : `${m[1]} ${head}`;
  if (m[3]) return `${head} with the participation of ${m[3]}`;
  if (m[4]) return `${head} in ${m[4]}`; // the article as written: "in extended format", "in an expanded format"
  return (m[2] ?? m[5] ?? m[6])!;
}

/** The head noun of the gathering the sentence's sequence verb has as subject, or undefined (no gathering). */
function sequenceSubject(before: string): string | undefined {
  const s = AUD20_PATTERNS.subject.exec(before);
  if (!s) return undefined;
  const head = (s[1] ?? 'meeting').toLowerCase();
  return /^(?:talks|discussions|consultations|negotiations)$/.test(head) ? 'talks' : 'meeting';
}

/**
 * A negotiating round's plenary ("The round opened with a plenary session") is no session of its own: the dev gold
 * leaves it unannotated (as fl15a's event.session-of-main does).
 */
function roundsPlenary(before: string, group: string): boolean {
  const head = AUD20_PATTERNS.subject.exec(before)?.[1]?.toLowerCase();
  return (head === 'round' || head === 'negotiations') && /\bplenary\b/i.test(group);
}

/** Who a sequence session's people are: a private pair, the whole's people, or its own (left to other rules). */
type SessionKind = 'private' | 'whole' | 'own';
const sessionKinds = new WeakMap<Ctx, Map<string, SessionKind>>();

/**
 * Rule event.sequence-session: the sessions a gathering is told to begin, continue or end with ("The meeting began
 * privately between the President and the Secretary and continued with the participation of both delegations"; "The
 * work began Tuesday with a closed session of the heads of delegations, followed Wednesday by the meetings of a
 * drafting committee"). Each is a held event, PART_OF the gathering its sentence has as subject (part-of.sequence-session).
 * Only where the verb's subject is a gathering ("He continued with …" is none).
 */
export function findSessionSequence(ctx: Ctx, add: AddEvent): void {
  const text = ctx.text;
  if (!AUD20_PATTERNS.sequenceCue.test(text)) return;
  const found = new Set<number>();
  const opened = new Set<number>();
  const kinds = sessionKinds.get(ctx) ?? new Map<string, SessionKind>();
  sessionKinds.set(ctx, kinds);
  for (const m of text.matchAll(AUD20_PATTERNS.sequence)) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    if (s.heading) continue;
    const head = sequenceSubject(text.slice(s.start, m.index));
    if (!head) continue;
    // "The talks began with a tête-à-tête meeting and continued with the participation of the delegations": after a
    // session told by its noun, the rest is the gathering itself, no session of its own.
    if ((m[3] || m[4] || m[5]) && opened.has(si)) continue;
    if (m[2] && /^\s*(?:began|started|opened)\b/.test(m[0])) opened.add(si);
    const group = m.slice(1).find(Boolean)!;
    if (roundsPlenary(text.slice(s.start, m.index), group)) continue;
    const name = sequenceName(m, head);
    const end = m.index + m[0].lastIndexOf(group) + group.length;
    // One word is no name to the events stage: the verb before it is kept in the surface ("began privately").
    const at = m[3] ? m.index + m[0].indexOf('participation') : /\s/.test(group.trim()) ? end - group.length : m.index;
    const f = add('Event', text.slice(at, end), at, 'event.sequence-session');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.sequence-session') continue;
    ctx.rename(c.key, name);
    kinds.set(c.key, m[1] ? 'private' : m[3] || m[4] || m[5] ? 'whole' : 'own');
    found.add(si);
  }
  for (const m of found.size ? text.matchAll(AUD20_PATTERNS.followedBy) : []) {
    if (!found.has(ctx.sentenceAt(m.index))) continue;
    const at = /\s/.test(m[1]!) ? m.index + m[0].lastIndexOf(m[1]!) : m.index;
    add('Event', text.slice(at, m.index + m[0].length), at, 'event.sequence-session');
  }
}

/**
 * Rule participated.session-sequence: a private session takes the people the sentence names after "between" (else
 * the whole's two participants, when it has two); a session with the delegations, in an expanded format or in plenary
 * takes every participant of the whole (GUIDE: the sessions' participants take part in the whole, and the dev gold
 * gives an expanded meeting the whole's people). Other sessions are left to participated.session-of-whole.
 */
export function participateSessionSequence(k: RelKit, ev: EventFacts): void {
  const { ctx } = k;
  const mine = ev.eventMentions.filter((e) => ctx.entity(e.key)?.rule === 'event.sequence-session');
  const mineKeys = new Set(mine.map((e) => e.key));
  // discussed.not-sequence-session: a held session is where subjects were dealt with, not one of them (as
  // discussed.not-session for the other sessions).
  if (mine.length) ctx.replaceRelations(ctx.relations.filter((r) => !(r.type === 'DISCUSSED' && mineKeys.has(r.to))));
  for (const e of mine) {
    const whole = sequenceWhole(k, ev, e, mineKeys);
    if (!whole) continue;
    ctx.relate('PART_OF', e.key, whole, e.sentence, 'part-of.sequence-session');
    // "opened with a plenary session at which Minister A and Minister B reported": the people of its own clause.
    const own = ctx.text.slice(e.end, ctx.sentences[e.sentence]!.end);
    const at = AUD20_PATTERNS.ownClause.exec(own);
    if (at) {
      const people = k.personsIn(e.sentence).filter(([m]) => m.start >= e.end + at.index);
      for (const [, key] of people)
        ctx.relate('PARTICIPATED_IN', key, e.key, e.sentence, 'participated.sequence-session');
      if (people.length) continue;
    }
    const wholeParts = whole ? ctx.relationsOf('PARTICIPATED_IN').filter((r) => r.to === whole) : [];
    const give = (from: string) =>
      ctx.relate('PARTICIPATED_IN', from, e.key, e.sentence, 'participated.sequence-session');
    const kind = sessionKinds.get(ctx)?.get(e.key) ?? 'own';
    if (kind === 'private') {
      const s = ctx.sentences[e.sentence]!;
      const between = ctx.text.slice(e.end, s.end).search(/\bbetween\b/);
      const named = between < 0 ? [] : k.personsIn(e.sentence).filter(([m]) => m.start > e.end + between);
      const until = ctx.text.slice(e.end, s.end).search(/\b(?:and\s+)?(?:continued|then|followed)\b/);
      const keys = [...new Set(named.filter(([m]) => until < 0 || m.start < e.end + until).map(([, key]) => key))];
      if (keys.length === 2) keys.forEach(give);
      else if (wholeParts.length === 2) wholeParts.forEach((r) => give(r.from));
      continue;
    }
    if (kind === 'whole') for (const r of wholeParts) give(r.from);
  }
  // participated.sequence-session-whole: a session's people take part in the whole (GUIDE, "Sessions of a meeting").
  for (const e of mine) {
    const whole = ctx.relationsOf('PART_OF').find((r) => r.from === e.key && r.rule === 'part-of.sequence-session')?.to;
    if (!whole) continue;
    for (const r of ctx.relationsOf('PARTICIPATED_IN').filter((x) => x.to === e.key))
      ctx.relate('PARTICIPATED_IN', r.from, whole, e.sentence, 'participated.sequence-session-whole');
  }
}

/**
 * part-of.sequence-session: the gathering a session belongs to is the subject of its sentence: the event named right
 * before ", which continued …" or before the verb in that sentence, else the readout's own meeting ("The meeting began
 * …"). A visit or a gathering still to come is no such whole.
 */
function sequenceWhole(k: RelKit, ev: EventFacts, e: Found, mine: Set<string>): string | undefined {
  const { ctx } = k;
  const relative = ctx.text.slice(ctx.sentences[e.sentence]!.start, e.start).search(/,\s*which\b/);
  const at = ctx.sentences[e.sentence]!.start + relative;
  const before =
    relative < 0
      ? undefined
      : ev.eventMentions
          .filter((x) => x.sentence === e.sentence && x.end <= at && !mine.has(x.key) && !x.planned)
          .filter((x) => !ctx.entity(x.key)!.rule.startsWith('event.session'))
          .sort((a, b) => a.end - b.end)
          .pop();
  const whole = before ?? k.main;
  if (!whole || whole.planned || whole.key === e.key) return undefined;
  return /\bvisit\b/i.test(k.ctx.entity(whole.key)?.name ?? '') ? undefined : whole.key;
}

/** The pairs each document's event.qualified-meeting-with read, by event key: host and guest mentions. */
const qualifiedPairs = new WeakMap<Ctx, Map<string, [PersonMention, PersonMention]>>();

/**
 * Rule event.qualified-meeting-with: "Minister X also had a short meeting with the Minister of Foreign Affairs of Y, Z,
 * on …": a meeting of the two, named after them. The host is the person right before the verb, else (a subject told
 * by pronoun or title, "The minister also had …") the readout's lead, the first person of its opening. The guest may be
 * told by a title in apposition before the name.
 */
export function findQualifiedMeetingWith(ctx: Ctx, people: PeopleFacts, main: Found | undefined, add: AddEvent): void {
  const text = ctx.text;
  if (!/\b(?:had|held)\b/.test(text)) return;
  const pairs = qualifiedPairs.get(ctx) ?? new Map<string, [PersonMention, PersonMention]>();
  qualifiedPairs.set(ctx, pairs);
  const matches = [...text.matchAll(AUD20_PATTERNS.qualifiedMeetingWith)];
  if (!matches.length) return;
  const mentions = [...people.personKey.keys()];
  // The lead: the first person named in prose (a dateline may stand alone as the first sentence).
  const lead = mentions.filter((p) => !ctx.sentences[p.sentence]!.heading).sort((a, b) => a.start - b.start)[0];
  for (const m of matches) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    if (s.heading) continue;
    const end = m.index + m[0].length;
    const inS = mentions.filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
    const gapOk = (g: string) =>
      /^(?:the[^\S\n]+)?(?:[\p{Lu}][\p{L}.-]*[^\S\n]+){0,3}$/u.test(g) || receivedByTitledGap(g);
    const guest = inS.find((p) => (p.from ?? p.start) >= end && gapOk(text.slice(end, p.from ?? p.start)));
    const before = inS.filter((p) => (p.to ?? p.end) <= m.index).pop();
    const clause = withoutFrontedPhrase(text.slice(s.start, m.index));
    const host =
      before && /^[^\S\n]*(?:also[^\S\n]+)?$/.test(text.slice(before.to ?? before.end, m.index))
        ? before
        : !before && lead && lead.sentence < si && AUD20_PATTERNS.subjectRef.test(clause)
          ? lead
          : undefined;
    if (!guest || !host) continue;
    const f = addPairMeeting(ctx, people, main, add, {
      host,
      guest,
      place: undefined,
      from: m.index,
      to: guest.end,
      rule: 'event.qualified-meeting-with',
      noun: m[1] === 'talks' ? 'talks' : m[1] === 'conversation' ? 'conversation' : 'meeting',
    });
    if (f) pairs.set(f.key, [host, guest]);
  }
}

/** Rule participated.qualified-meeting-with: the host and the guest of each such meeting take part in it. */
export function participateQualifiedMeetingWith(k: RelKit): void {
  const pairs = qualifiedPairs.get(k.ctx);
  if (!pairs?.size) return;
  for (const e of k.ev.eventMentions) {
    const pair = pairs.get(e.key);
    if (!pair) continue;
    for (const m of pair) {
      const c = k.clusterOf.get(m);
      if (c) k.participate(e, c, e.sentence, 'participated.qualified-meeting-with');
    }
  }
}
