// Rules of the ev17 round (issue 6), from the ninth, blind events bank (importer/extract/bank-events-9.ts;
// docs/first-look.md "events-9 (ev17)"). Each is a general construction of readouts, never one passage's wording:
// an event the opening names only as a reference or a subject ("their first meeting since the Vilnius Summit", "As
// agreed during the President's state visit …", "reaffirmed their support for the X Dialogue", "briefed Y on the talks
// between A and B") is not the meeting the opening tells by its verb.
import type { Ctx } from './context.ts';
import { findGazetteerHits } from './gazetteer.ts';
import type { Found } from './types.ts';
import type { Sentence } from '../types.ts';
import { whenWord, wordGate } from './gates.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = '[^\\S\\n]+';

/** Patterns of the ev17 rules, as named data. */
export const EV17_PATTERNS = {
  /**
   * event.main-not-reference: what stands right before an event the sentence names only as a point of reference or a
   * subject: "since the Vilnius Summit", "As agreed during President X's state visit to Y", "(their) support for the
   * X Dialogue", "briefed Y on the indirect talks …", "spoke about the BRICS summit". Tested on the sentence's text
   * before the event's name.
   */
  referenceBefore: new RegExp(
    [
      // "since the Vilnius Summit", "since their meeting in Lima"
      `\\bsince${SP}(?:the${SP}|their${SP}|his${SP}|her${SP}|its${SP})?$`,
      // "As agreed during President Xi Jinping's state visit", "as decided at the last summit"
      `\\bas${SP}(?:agreed|decided|announced|envisaged|foreseen|planned)${SP}(?:during|at|in|on)${SP}(?:the${SP})?(?:[\\p{L}.'’-]+${SP}){0,5}$`,
      // "support for the X Dialogue", "commitment to the peace process"
      `\\b(?:support|backing|commitment)${SP}(?:for|to)${SP}(?:the${SP})?(?:[\\p{L}'’-]+${SP}){0,2}$`,
      // "briefed … on the indirect talks", "spoke about the BRICS summit", "informed … regarding the consultations"
      `\\b(?:briefed|briefs|informed|informs|updated|updates|spoke|speaks|talked|consulted)\\b[^.;:]{0,120}?\\b(?:on|about|regarding|concerning)${SP}(?:the${SP})?(?:\\p{Ll}[\\p{L}-]*${SP}){0,2}$`,
    ].join('|'),
    'iu',
  ),
  /**
   * participated.not-in-reference: "As agreed during President X's state visit to Y, A and B met": the clause that
   * recalls an earlier event, from its cue to the event's name; the people named inside it are that event's only.
   */
  recallCue: new RegExp(
    `\\bas${SP}(?:agreed|decided|announced|envisaged|foreseen|planned)${SP}(?:during|at|in|on)\\b`,
    'giu',
  ),
  /** participated.not-in-reference: the cues after which the event named is a subject, not one its sentence's people attended. */
  subjectCue: new RegExp(
    `(?:\\b(?:support|backing|commitment)${SP}(?:for|to)|\\b(?:briefed|briefs|informed|informs|updated|updates|spoke|speaks|talked|consulted)\\b[^.;:]{0,120}?\\b(?:on|about|regarding|concerning)|\\bas${SP}(?:agreed|decided|announced|envisaged|foreseen|planned)${SP}(?:during|at|in|on))${SP}(?:the${SP})?(?:[\\p{L}.'’-]+${SP}){0,5}$`,
    'iu',
  ),
  /**
   * event.main-briefed-by-phone: "A briefed B by phone on Monday on …", "A updated B over the telephone": a call told
   * by a verb of briefing and its medium.
   */
  briefedByPhone: new RegExp(
    `\\b(?:briefed|briefs|updated|updates)${SP}(?:[^.;:]{0,80}?${SP})?(?:by|over${SP}the|on${SP}the)${SP}(?:tele)?phone\\b`,
    'iu',
  ),
  /** participated.possessive-visitor: "President X's state visit to Y": the possessor, right before the visit's name. */
  possessiveBefore: /^['’]s[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}$/u,
  /**
   * event.headline-to-attend: a headline that tells what its subject is to do ("Foreign Minister to attend the World
   * Economic Forum", "President to address the General Assembly") names a gathering still to come. Tested on the
   * headline's text before the event's name.
   */
  headlineInfinitiveBefore: new RegExp(
    `\\bto${SP}(?:attend|join|address|host|chair|co-chair|open|participate${SP}in|take${SP}part${SP}in|speak${SP}at)${SP}(?:the${SP}|a${SP})?$`,
    'iu',
  ),
  /**
   * event.members-met: "Leaders of the Pacific Islands Forum met in Rarotonga", "The Heads of State and Government of
   * SADC gathered in Luanda": an organisation's gathering told by its members' plural title and a verb. Groups the
   * members' title, the organisation's name (checked against the gazetteer), the place.
   */
  membersMet: new RegExp(
    `^(?:The${SP})?(Leaders|Heads${SP}of${SP}[Ss]tate(?:${SP}and${SP}[Gg]overnment)?|(?:Foreign|Defen[cs]e|Finance|Trade)${SP}Ministers|Ministers${SP}of${SP}Foreign${SP}Affairs)${SP}of${SP}(?:the${SP})?((?:[\\p{Lu}][\\p{L}-]*|of|the|and)(?:${SP}(?:[\\p{Lu}][\\p{L}-]*|of|the|and))*?)${SP}(?:met|gathered|convened)\\b(?:[^.;]{0,40}?\\bin${SP}(\\p{Lu}[\\p{L}-]+))?`,
    'u',
  ),
  /**
   * event.numbered-ministerial-council: "the 30th OSCE Ministerial Council took place in Skopje": a body's yearly sitting
   * told by its number (the body alone, "adopted by the OSCE Ministerial Council", is no event).
   */
  numberedCouncil: /\b\d+(?:st|nd|rd|th)[^\S\n]+(?:\p{Lu}[\p{L}-]*[^\S\n]+){0,3}Ministerial[^\S\n]+Council\b/gu,
  /** event.members-met: the gathering named after the verb ("… met today at Nadi for a Special Leaders Retreat"). */
  membersMetFor:
    /\b(?:for|in|at)[^\S\n]+(?:a|an|the|their)[^\S\n]+(?:[\p{L}\d'’-]+[^\S\n]+){0,4}?(?:\p{Lu}[\p{L}'’-]*[^\S\n]+)*(?:Retreat|Summit|Meeting|Conference|Forum|Session|Dialogue|summit|meeting|retreat|conference|session)\b/u,
  /**
   * event.ceremony-attended-by: "X was signed in Istanbul at a ceremony attended by A and B", "adopted at a ceremony
   * presided over by": the ceremony, told in lowercase with those present. Groups the words naming it. Not "hosted by" or "witnessed by":
   * the signing rules already name those (event.signing-at-ceremony, fl15c; the events-4 bank).
   */
  ceremonyAttended: new RegExp(
    `\\b(?:signed|adopted|initialled|initialed|exchanged)\\b[^.;]{0,160}?\\bat${SP}an?${SP}((?:signing${SP}|official${SP})?ceremony${SP}(?:attended|presided${SP}over)${SP}by)\\b`,
    'iu',
  ),
  /**
   * event.talks-between-opening: "Talks between the delegations of X and Y, hosted by Z, ended in Beijing on …": talks
   * opening their sentence, told by their two sides and a verb of holding. Groups the talks' words, the place.
   */
  talksBetweenOpening: new RegExp(
    `^((?:Talks|Negotiations|Consultations)${SP}between${SP}[^,.;]{3,80}?)(?:,${SP}[^,.;]{3,60},)?${SP}(?:ended|concluded|began|opened|were${SP}held|took${SP}place|resumed)\\b(?:${SP}in${SP}(\\p{Lu}[\\p{L}-]+))?`,
    'u',
  ),
  /**
   * participated.welcomed-passive: "President A was welcomed to Tallinn on 21 May by President B": a meeting told by
   * the guest's passive welcome, its agent the host; both take part.
   */
  welcomedPassive: new RegExp(
    `\\b(?:was|were)${SP}(?:warmly${SP})?welcomed${SP}(?:to|in|at|on)\\b[^.;]{0,80}?\\bby\\b`,
    'iu',
  ),
  /**
   * event.round-ended: "the two delegations ended a round of talks in Riga", "began a new round of negotiations": a
   * round told by a verb of its start or end. Groups the round's words.
   */
  roundEnded: new RegExp(
    `\\b(?:ended|concluded|began|opened|completed|started|wrapped${SP}up)${SP}(?:a|an|the|their)${SP}((?:(?:new|fresh|further|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))${SP})?round${SP}of${SP}(?:[\\p{Ll}-]+${SP})?(?:talks|negotiations|consultations))\\b(?:${SP}((?:in|at)${SP}(?:the${SP})?\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+)*))?`,
    'u',
  ),
  /**
   * participated.among-attending: "Among those attending were A and B", "Those present included A": an attendance
   * list after the gathering's own sentence (joins the "Also present were" cue of rules-participation.ts).
   */
  amongAttending:
    /\b(?:among[^\S\n]+(?:those|the[^\S\n]+participants)[^\S\n]+(?:attending|present|taking[^\S\n]+part)[^\S\n]+(?:were|was)|those[^\S\n]+(?:attending|present)[^\S\n]+(?:included|were))\b/iu,
};

/**
 * Rule event.main-not-reference: an event the sentence names only as a point of reference or a subject ("their first
 * meeting since the Vilnius Summit", "As agreed during President X's state visit to Y, A and B met in Astana",
 * "reaffirmed their support for the Belgrade-Pristina Dialogue", "briefed Y by phone on the indirect talks between A
 * and B") is not the readout's own meeting, which the sentence tells by its verb.
 */
export function referenceNotMain(ctx: Ctx, e: Found): boolean {
  const s = ctx.sentences[e.sentence];
  if (!s) return false;
  return EV17_PATTERNS.referenceBefore.test(ctx.text.slice(s.start, e.start));
}

/**
 * Rule participated.not-in-reference: an event named only as a subject or a recalled occasion ("reaffirmed their support
 * for the X Dialogue", "briefed Y on the talks between A and B", "As agreed during President X's state visit to Y")
 * takes none of its sentence's people by their being there.
 */
export function subjectNotAttended(ctx: Ctx, e: Found): boolean {
  const s = ctx.sentences[e.sentence];
  return Boolean(s && EV17_PATTERNS.subjectCue.test(ctx.text.slice(s.start, e.start)));
}

/**
 * Rule participated.not-in-reference: a person named inside a clause that recalls an earlier event ("As agreed during
 * President X's state visit to Y in March, A and B met in Astana") is that event's, not one of the sentence's meeting.
 */
export function inRecalledClause(ctx: Ctx, events: readonly Found[], m: { start: number; end: number }): boolean {
  const si = ctx.sentenceAt(m.start);
  const s = ctx.sentences[si];
  if (!s) return false;
  for (const cue of s.text.matchAll(EV17_PATTERNS.recallCue)) {
    const from = s.start + cue.index;
    const e = events.find((x) => x.sentence === si && x.start > from && x.start - from < 80);
    if (e && m.start >= from && m.end <= e.end) return true;
  }
  return false;
}

/**
 * Rule participated.possessive-visitor: the person whose visit it is ("As agreed during President X's state visit to
 * Y") took part in it, even where the visit is named only as a recalled occasion.
 */
export function possessiveVisitor(ctx: Ctx, e: Found, m: { end: number; to?: number }): boolean {
  return (
    /\bvisit\b/i.test(ctx.text.slice(e.start, e.end)) &&
    EV17_PATTERNS.possessiveBefore.test(ctx.text.slice(m.to ?? m.end, e.start))
  );
}

/** Rule event.headline-to-attend: an event a headline tells its subject is "to attend" (see EV17_PATTERNS). */
export function headlineToAttend(ctx: Ctx, sentence: number, start: number): boolean {
  const s = ctx.sentences[sentence];
  return Boolean(s?.heading && EV17_PATTERNS.headlineInfinitiveBefore.test(ctx.text.slice(s.start, start)));
}

/** Adds an event told at `at` by `surface`, then named `name`, unless another rule named it first (then false). */
function addNamed(ctx: Ctx, add: AddEvent, surface: string, at: number, name: string, rule: string): boolean {
  const f = add('Event', surface, at, rule);
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== rule) return false;
  if (name !== f.name) {
    f.name = name;
    ctx.rename(c.key, name);
  }
  return true;
}

/**
 * The ev17 round's events: an organisation's gathering told by its members' title and a verb (event.members-met), a
 * signing's ceremony told in lowercase with those present (event.ceremony-attended-by), talks opening their sentence
 * with their two sides (event.talks-between-opening), a round told by a verb of its start or end (event.round-ended).
 */
function ev17Events(ctx: Ctx, s: Sentence, add: AddEvent): void {
  if (s.heading) return;
  const m = EV17_PATTERNS.membersMet.exec(s.text);
  const org =
    m && findGazetteerHits(m[2]!).find((h) => h.type === 'Organization' && h.start === 0 && h.end === m[2]!.length);
  // Not when the sentence goes on to name the gathering ("met today at Nadi for a Special Leaders Retreat").
  if (m && org && !EV17_PATTERNS.membersMetFor.test(s.text.slice(m[0].length))) {
    const name = `${org.name} ${m[1]!.toLowerCase()} meeting${m[3] ? ` in ${m[3]}` : ''}`;
    addNamed(
      ctx,
      add,
      m[0].replace(/^The\s+/, ''),
      s.start + m[0].search(/\S/) + (/^The\s+/.exec(m[0])?.[0].length ?? 0),
      name,
      'event.members-met',
    );
  }
  const c = EV17_PATTERNS.ceremonyAttended.exec(s.text);
  if (c) {
    const at = s.start + c.index + c[0].length - c[1]!.length;
    const before = s.text.slice(0, c.index + c[0].length);
    // The venue ("at the Dolmabahçe Palace"), else the city ("in Istanbul").
    const venue = /\bat\s+(the\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/u.exec(before)?.[1];
    const city = /\bin\s+(\p{Lu}[\p{L}-]+)/u.exec(before)?.[1];
    const word = /^signed\b/i.test(c[0]) || /signing/i.test(c[1]!) ? 'signing ceremony' : 'ceremony';
    const name = `${word}${venue ? ` at ${venue}` : city ? ` in ${city}` : ''}`;
    if (addNamed(ctx, add, c[1]!, at, name, 'event.ceremony-attended-by'))
      ctx.add('Event', name, { surface: word, start: at, end: at + c[1]!.length }, 'event.ceremony-attended-by');
  }
  const r = EV17_PATTERNS.roundEnded.exec(s.text);
  if (r) {
    const at = s.start + r.index + r[0].indexOf(r[1]!);
    addNamed(ctx, add, r[1]!, at, `${r[1]!}${r[2] ? ` ${r[2]}` : ''}`, 'event.round-ended');
  }
  const t = EV17_PATTERNS.talksBetweenOpening.exec(s.text);
  // Only talks between two states or bodies: talks between two named leaders are the readout's own, named already.
  const sides = t ? findGazetteerHits(t[1]!).filter((h) => h.type === 'State' || h.type === 'Organization') : [];
  if (t && sides.length >= 2)
    addNamed(
      ctx,
      add,
      t[1]!,
      s.start,
      `${t[1]![0]!.toLowerCase()}${t[1]!.slice(1)}${t[2] ? ` in ${t[2]}` : ''}`,
      'event.talks-between-opening',
    );
}

/**
 * The words without which a sentence holds none of the ev17 events (gates.ts, `wordGate`: whole words, lower case):
 * membersMet's verbs, ceremonyAttended's "ceremony", roundEnded's "round", talksBetweenOpening's "between".
 */
export const EV17_GATE = wordGate('met', 'gathered', 'convened', 'ceremony', 'round', 'between');

const gatedEv17Events = whenWord(EV17_GATE, ev17Events);

/** The ev17 events of every sentence (above). */
export function findEv17Events(ctx: Ctx, add: AddEvent): void {
  for (const s of ctx.sentences) gatedEv17Events(ctx, s, add);
}

/**
 * Rule event.main-not-reference, for the nouns the opening's meeting may be named by: a noun told as a subject ("briefed
 * B by phone on the border talks") or inside an event named as a reference is not the meeting's own noun.
 */
export function referenceNoun(
  ctx: Ctx,
  events: readonly Found[],
  s: { index: number; start: number; text: string },
  index: number,
): boolean {
  const at = s.start + index;
  return (
    EV17_PATTERNS.subjectCue.test(s.text.slice(0, index)) ||
    events.some((e) => e.sentence === s.index && at >= e.start && at < e.end && referenceNotMain(ctx, e))
  );
}

/** Rule event.numbered-ministerial-council (see EV17_PATTERNS), before the readout's own event is chosen. */
export function findNumberedCouncils(ctx: Ctx, add: AddEvent): void {
  for (const n of ctx.text.matchAll(EV17_PATTERNS.numberedCouncil))
    add('Event', n[0], n.index, 'event.numbered-ministerial-council');
}
