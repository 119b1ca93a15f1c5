// Rules of round fl15a (issue 6), written after the first look at three new samples (an Austrian federal ministry's
// press release, a West African presidency's release, a South American foreign ministry's page).
import { toldDayBefore } from './rules-fl33b.ts';
import type { Ctx } from './context.ts';
import type { EntityCandidate } from '../types.ts';
import type { Found } from './types.ts';
import { literalGate } from './literal-need.ts';

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}'’.-]*";

/**
 * Rule event.meeting-on-topic: patterns. A meeting phrase with no place or date right after its head but a topic
 * complement ("a consultative meeting on the security situation in the Sahel at the State Lodge", "hosted an emergency
 * meeting on the floods") is pinned by the topic when a place or date follows it, or when a verb of holding precedes it.
 */
export const MEETING_ON_TOPIC = {
  id: 'event.meeting-on-topic',
  /** The complement: "on" and two to eight words, none a verb of the clause; group 1 the topic. */
  topic: new RegExp(
    `^${SP}on${SP}((?:the${SP})?(?:(?!(?:at|on)${SP})(?:${CAP}|[\\p{Ll}][\\p{Ll}-]*)${SP}){0,7}(?:${CAP}|[\\p{Ll}][\\p{Ll}-]*))(?=${SP}(?:at|in)${SP}(?:the${SP})?\\p{Lu}|${SP}on${SP}\\d|[,.;]|$)`,
    'u',
  ),
  /** Words that end a topic: a verb or a relative of the clause, a date. */
  stop: /\b(?:was|were|is|are|be|been|which|who|that|held|hosted|attended|chaired|took|and|or|with|by|to|during|after|before|since|today|yesterday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u,
  /** What "on" opens that is no topic: a frame, a principal, a day ("on the sidelines of", "on behalf of", "on Monday"). */
  notTopic:
    /^(?:the[^\S\n]+)?(?:sidelines|margins?|fringes?|occasion|eve|basis|invitation|initiative|behalf|instructions?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b/iu,
  /** A place or date after the topic pins the meeting. */
  pin: new RegExp(`^${SP}(?:(?:at|in)${SP}(?:the${SP})?\\p{Lu}|on${SP}\\d)`, 'u'),
  /** A verb of holding right before the phrase's article pins it too. */
  held: /\b(?:hosted|convened|chaired|co-chaired|held|organised|organized)[^\S\n]+$/u,
};

/**
 * Rule event.meeting-on-topic: a meeting on a crisis is a meeting, not the crisis ("a consultative meeting on the
 * situation in the Sahel", "talks on the war in X"): an incident noun inside the topic of a meeting noun does not make
 * the event an incident (a lookbehind for `INCIDENT_NAME`, rel-kit.ts).
 */
export const MEETING_TOPIC_LEAD = String.raw`(?<!\b(?:meeting|meetings|talks|consultations|conference|summit|session|dialogue)\s+on\s+(?:[A-Za-z\u00C0-\u024F'’-]+\s+){0,6})`;

/**
 * Rule event.meeting-on-topic: the topic that pins a meeting phrase and names it ("consultative meeting on the security
 * situation in the Sahel"), or undefined. `after` is the text right after the head, `before` the text before the article.
 * The topic never crosses a comma or a verb, and a place inside it ("in the Sahel") stays part of it; only a place or
 * date after it, or a verb of holding before the phrase, pins it.
 */
export function meetingTopic(after: string, before: string): string | undefined {
  const m = MEETING_ON_TOPIC.topic.exec(after);
  if (!m) return undefined;
  let topic = m[1]!;
  if (MEETING_ON_TOPIC.notTopic.test(topic)) return undefined;
  // The last " in <Place>" / " at <Place>" before the pin belongs to the topic only when another pin follows.
  const rest = after.slice(m[0].length);
  if (MEETING_ON_TOPIC.stop.test(topic)) return undefined;
  const pinned = MEETING_ON_TOPIC.pin.test(rest) || MEETING_ON_TOPIC.held.test(before);
  if (!pinned) return undefined;
  topic = topic.trim();
  return topic.split(/\s+/).length >= 2 ? topic : undefined;
}

/**
 * Rule event.main-held-phrase: when no rule found the readout's own event, a meeting the fallback named in the opening
 * sentence as held there ("President X on Tuesday hosted a consultative meeting on the situation in Y at the Lodge") is
 * the readout's own, so the sentences after it ("The meeting was attended by …") tell its people. Not a planned meeting,
 * not one of a later sentence, and never when another rule found the main event.
 */
export const MAIN_HELD_PHRASE = { id: 'event.main-held-phrase', fallbackRule: 'event.meeting-phrase' };

export function heldPhraseMain(
  ctx: Ctx,
  mentions: readonly Found[],
  heldBefore: (sentenceStart: number, start: number) => boolean,
): Found | undefined {
  const opening = ctx.sentences.find((s) => !s.heading && /\p{Ll}/u.test(s.text) && s.text.length > 60);
  if (!opening) return undefined;
  return mentions.find(
    (f) =>
      f.type === 'Event' &&
      f.sentence === opening.index &&
      !f.planned &&
      ctx.entity(f.key)?.rule === MAIN_HELD_PHRASE.fallbackRule &&
      heldBefore(opening.start, f.start),
  );
}

/**
 * Rule negotiates-for.long-title-principal: "on behalf of the High Representative of the Union for Foreign Affairs and
 * Security Policy, Josep Borrell": the principal's title before the comma may be long (rule negotiates-for.on-behalf,
 * rules-roles.ts, read titles of up to sixty characters); letters and spaces only, so no list or clause is crossed.
 */
export const LONG_TITLE_PRINCIPAL = {
  id: 'negotiates-for.long-title-principal',
  titleThenName: /^(?:the\s+)?\p{Lu}[\p{L}\s'’-]{0,110},\s+$/u,
};

/**
 * Rule negotiates-for.negotiator-of: "X also acts as chief negotiator of the Republic of Y", "X, who serves as lead
 * negotiator for the Union": the subject acts for the state or organisation named right after. Not "met the chief
 * negotiator of Y" (no role of the subject), not "negotiator of the trade agreement" (no side named there).
 */
export const NEGOTIATOR_OF = {
  id: 'negotiates-for.negotiator-of',
  told: /\b(?:acts|acted|serves|served|acting|serving|is|was|appointed|named)[^\S\n]+as[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+)?(?:(?:chief|lead|principal|main|head)[^\S\n]+)?negotiator[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?/giu,
  /** What may stand between the subject and the verb: "also", ", who", a title. */
  gap: /^(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3})?(?:,?[^\S\n]+who)?[^\S\n]+(?:also[^\S\n]+|now[^\S\n]+)?$/u,
};

/** NEGOTIATOR_OF.told's literals: a readout without them has no sentence to read (perf25a). */
const NEGOTIATOR_TOLD_GATE = literalGate(NEGOTIATOR_OF.told);

export function negotiatorOf(ctx: Ctx): void {
  if (!NEGOTIATOR_TOLD_GATE(ctx.text)) return;
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    const cands = ctx.inSentence(s.index) as EntityCandidate[];
    for (const m of s.text.matchAll(NEGOTIATOR_OF.told)) {
      const at = s.start + m.index;
      const after = at + m[0].length;
      const side = cands.find(
        (c) => (c.type === 'State' || c.type === 'Organization') && c.start >= after && c.start <= after + 1,
      );
      const agent = cands
        .filter((c) => c.type === 'Person' && c.end <= at && c.end > c.start)
        .filter((c) => NEGOTIATOR_OF.gap.test(ctx.text.slice(c.end, at)))
        .pop();
      if (side && agent) ctx.relate('NEGOTIATES_FOR', agent.key, side.key, s.index, NEGOTIATOR_OF.id);
    }
  }
}

/**
 * Rule event.main-held-phrase: the people named before the held meeting in its sentence ("President X on Tuesday hosted
 * a consultative meeting …") hold it. Runs after the relation rules, only for a main event the fallback found.
 */
export function heldPhraseHosts(ctx: Ctx, main: Found | undefined): void {
  const c = main && ctx.entity(main.key);
  if (!main || !c || c.rule !== MAIN_HELD_PHRASE.fallbackRule) return;
  const s = ctx.sentences[main.sentence]!;
  const has = new Set(
    ctx.relations
      .filter((r) => r.type === 'PARTICIPATED_IN' && ctx.entity(r.to)?.name === main.name)
      .map((r) => ctx.entity(r.from)?.name),
  );
  for (const p of ctx.inSentence(s.index) as EntityCandidate[]) {
    if (p.type !== 'Person' || p.end > main.start || p.end <= p.start || has.has(p.name)) continue;
    if (/\bon\s+behalf\s+of\b/i.test(ctx.text.slice(s.start, p.start))) continue;
    has.add(p.name);
    ctx.relate('PARTICIPATED_IN', p.key, main.key, s.index, MAIN_HELD_PHRASE.id);
  }
}

/**
 * Rule event.summit-of-heads: "the LXV Summit of Heads of State of the States Parties of MERCOSUR and Associated States",
 * "the 12th Summit of the Heads of State and Government of the Andean Community": a named gathering's complement "of
 * (the) Heads of State (and Government)" and the body or states after it belong to its name, so that a shorter form
 * ("the MERCOSUR Summit") is read as the same gathering. Not a complement of another kind ("Summit of the Americas").
 */
export const SUMMIT_OF_HEADS = {
  id: 'event.summit-of-heads',
  /**
   * A name that is only an ordinal and a head ("LXV Summit", "12th Summit", "Second Extraordinary Summit"): it needs its
   * complement; a name with words of its own ("Joint EAC-SADC Summit", "Consultative Meeting") is left as found.
   */
  bare: /^(?:[IVXLCDM]+|\d+(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[^\S\n]+(?:(?:Ordinary|Extraordinary|Special)[^\S\n]+)?(?:Summit|Meeting|Session|Conference)$/u,
  tail: /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?Heads[^\S\n]+of[^\S\n]+(?:State|Government)(?:[^\S\n]+and[^\S\n]+(?:of[^\S\n]+)?(?:State|Government))?(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:(?:[^\S\n]+(?:and|of)[^\S\n]+(?:the[^\S\n]+)?|[^\S\n]+)\p{Lu}[\p{L}'’-]*|[^\S\n]+\(\p{Lu}{2,}\))*)?/u,
};

/** event.summit-of-heads: the complement after a named gathering that belongs to its name, or ''. */
export function headsOfStateTail(text: string, name: string, end: number): string {
  if (!SUMMIT_OF_HEADS.bare.test(name)) return '';
  return SUMMIT_OF_HEADS.tail.exec(text.slice(end, end + 160))?.[0] ?? '';
}

/** event.summit-of-heads: a named gathering's match with its complement ("LXV Summit" + " of Heads of State of …"). */
export function withHeadsOfState(text: string, m: RegExpMatchArray): string {
  return m[0] + headsOfStateTail(text, m[0], m.index! + m[0].length);
}

/**
 * Rule event.session-of-main: a session of the readout's own meeting told by its kind, with no "format" ("the Heads of
 * State held a closed-door session with X", "In a joint session with the Heads of State, X announced …", "a plenary
 * session"): an Event PART_OF the main event; the people named in its sentence take part in it, and so in the whole.
 * Lowercase only (a capitalised "Plenary Session of the Assembly" is a named event of its own); not a planned session
 * ("will hold a joint session"), and only when the readout has a held main event. Not "plenary", "opening" or "working"
 * sessions: the dev gold leaves a negotiating round's plenary session unannotated (a first version read it: dev Event,
 * PART_OF fp +1, PARTICIPATED_IN fp +2).
 */
export const SESSION_OF_MAIN = {
  id: 'event.session-of-main',
  phrase:
    /\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts)[^\S\n]+((?:closed-door|joint|restricted|private|expanded|extended|tête-à-tête)[^\S\n]+session)\b/gu,
  planned: /\b(?:will|would|shall|to|plan(?:s|ned)?\s+to|agreed\s+to)[^\S\n]+(?:\p{Ll}+[^\S\n]+){0,2}$/u,
};

export function sessionsOfMain(ctx: Ctx, main: Found | undefined): void {
  const mc = main && ctx.entity(main.key);
  if (!main || !mc || main.planned || mc.props.status === 'planned') return;
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    for (const m of s.text.matchAll(SESSION_OF_MAIN.phrase)) {
      const at = s.start + m.index + m[0].length - m[1]!.length;
      if (SESSION_OF_MAIN.planned.test(s.text.slice(0, m.index))) continue;
      // event.session-not-day-before (fl33b): "The day before, … held a joint session": a meeting of its own, not
      // PART_OF the readout's meeting, and its people take part in it alone.
      const own = toldDayBefore(s.text.slice(0, m.index));
      const name = m[1]!;
      // The same session read by another session rule (event.session-between-delegations) is this one.
      const covering = ctx.covering('Event', at, at + name.length);
      const same = covering.find((c) => c.name === name);
      if ((covering.length && !same) || (!same && ctx.named('Event', name).length)) continue;
      const key =
        same?.key ??
        ctx.add('Event', name, { surface: name, start: at, end: at + name.length }, SESSION_OF_MAIN.id, {
          kind: 'meeting',
          status: 'held',
        });
      if (!own) ctx.relate('PART_OF', key, main.key, s.index, SESSION_OF_MAIN.id);
      const inMain = new Set(
        ctx.relations
          .filter((r) => r.type === 'PARTICIPATED_IN' && ctx.entity(r.to)?.name === main.name)
          .map((r) => ctx.entity(r.from)?.name),
      );
      for (const p of ctx.inSentence(s.index) as EntityCandidate[]) {
        if (p.type !== 'Person' || p.end <= p.start) continue;
        ctx.relate('PARTICIPATED_IN', p.key, key, s.index, SESSION_OF_MAIN.id);
        if (!own && !inMain.has(p.name)) ctx.relate('PARTICIPATED_IN', p.key, main.key, s.index, SESSION_OF_MAIN.id);
        inMain.add(p.name);
      }
    }
  }
}
