// Rules of the ev18 round (issue 6), from the tenth, blind events bank (importer/extract/bank-events-10.ts;
// docs/first-look.md "events-10 (ev18)"). Each is a general construction of readouts, never one passage's wording:
// who took part told apart from the event's sentence ("Also attending were", "Sitting in on the talks were", "was
// flanked by"), who did not ("did not attend", "stayed away from", a person quoted from an interview), and agreements
// listed after "including" once a sentence has said they were concluded during the visit.
import { EVENT_PAIR_NOT_COMPANION_CLOSING } from './rules-fl30b-words.ts';
import type { Ctx } from './context.ts';
import { PINYIN_FAMILY_NAMES } from './lexicons.ts';
import type { Found, PersonCluster } from './types.ts';
import { literalGate } from './literal-need.ts';

const SP = '[^\\S\\n]+';
/** The kinds of gathering an attendance cue may name ("Participating in the talks were"). */
const GATHERING = '(?:talks|meeting|session|summit|consultations|conference|ceremony|discussions|dinner|lunch)';

/** Patterns of the ev18 rules, as named data. */
export const EV18_PATTERNS = {
  /**
   * participated.attending-cue: a sentence after the gathering's own that lists who else was there: "Also attending were
   * A and B", "Participating in the talks were A and B", "Sitting in on the talks were A and B", "A was flanked by B
   * and C", "The X delegation at the talks comprised: A; B", "Its co-chairs, A and B, …", "A addressed the summit as
   * an invited guest". Joins the "Also present were" cue of
   * rules-participation.ts.
   */
  attendingCue: new RegExp(
    [
      `\\b(?:also${SP})?attending(?:${SP}(?:the|this)${SP}${GATHERING})?${SP}(?:were|was)\\b`,
      `\\b(?:also${SP})?participating(?:${SP}in${SP}(?:the|this)${SP}${GATHERING})?${SP}(?:were|was)\\b`,
      `\\b(?:also${SP})?sitting${SP}in(?:${SP}on${SP}(?:the|this)${SP}${GATHERING})?${SP}(?:were|was)\\b`,
      `\\b(?:was|were)${SP}flanked${SP}by\\b`,
      // "Its co-chairs, A and B, appealed …"; "A addressed the summit as an invited guest".
      `\\b(?:its|their)${SP}co-?chairs\\b`,
      `\\baddressed${SP}the${SP}(?:summit|meeting|conference|session|plenary|forum|gathering)\\b`,
      `\\b(?:delegation|team|side)${SP}(?:at|to|in)${SP}the${SP}${GATHERING}${SP}(?:comprised|consisted${SP}of|included)\\b`,
    ].join('|'),
    'iu',
  ),
  /**
   * participated.not-absent: what follows a person who did not take part: "did not attend", "could not travel to",
   * "stayed away from", "was absent", "skipped", "boycotted". Tested on the text right after the person's name, past
   * an optional "of X" or an apposition between commas.
   */
  notAttending: new RegExp(
    `^(?:${SP}of${SP}(?:the${SP})?\\p{Lu}[\\p{L}-]*(?:${SP}\\p{Lu}[\\p{L}-]*)*)?(?:(?:${SP})?,[^,;.]{1,80},)?${SP}(?:(?:did${SP}not|didn['’]t|could${SP}not|couldn['’]t|was${SP}unable${SP}to|were${SP}unable${SP}to|declined${SP}to)${SP}(?:attend|travel|take${SP}part|participate|join)\\b|(?:stayed|kept)${SP}away\\b|(?:was|were)${SP}absent\\b|(?:skipped|boycotted)\\b)`,
    'iu',
  ),
  /**
   * participated.quoted-elsewhere: a person whose words come from an interview or a broadcast ("X, speaking in an
   * interview with …, had welcomed the visit", "X told a newspaper") is quoted, not present. Tested right after the
   * person's name.
   */
  quotedElsewhere: new RegExp(
    `^(?:(?:${SP})?,${SP}(?:speaking|writing)${SP}(?:in|to|on)${SP}(?:an?${SP}|the${SP})?|${SP}(?:said|told|wrote)${SP}(?:in${SP})?(?:an?${SP}|the${SP})?)(?:\\p{L}+${SP}){0,2}(?:interview|broadcaster|newspaper|television|podcast|op-ed|radio)\\b`,
    'iu',
  ),
  /**
   * event.session-more: sessions of a meeting or summit the SESSION pattern of events.ts does not name: "a joint media
   * availability", "the outreach session" (invited leaders at a summit), "the second working session", "the leaders'
   * retreat", "the plenary session that followed".
   */
  session: new RegExp(
    `\\b(?:(?:joint${SP})?media${SP}availability|outreach${SP}session|(?:(?:first|second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))${SP})working${SP}session|leaders['’]${SP}retreat|plenary${SP}session(?=${SP}(?:that|which)${SP}followed))\\b`,
    'giu',
  ),
  /**
   * part-of.session-of-named: what joins a session to the gathering it is part of: "the second working session of the
   * G20 Summit", "The leaders' retreat, held on the last day of the Commonwealth Heads of Government Meeting". Tested
   * right after the session's name.
   */
  sessionOf: new RegExp(
    `^(?:,?${SP}held${SP}(?:on|during)${SP}the${SP}(?:first|second|third|last|final|opening|closing)${SP}day)?${SP}of${SP}(?:the${SP})?$`,
    'iu',
  ),
  /**
   * reached-at.fronted-passive: "Upon the conclusion of the talks, a Joint Statement was issued", "At the end of the
   * visit, the X and the Y were signed": a fronted phrase naming the event by a definite noun, then a passive verb of
   * reaching after the agreements. Groups the event noun; `passiveVerb` is tested on the rest of the sentence.
   */
  frontedEnd: new RegExp(
    `^(?:Upon|On|At|After|Following)${SP}(?:the${SP})?(?:conclusion|end|close|completion)${SP}of${SP}(?:the|their|this)${SP}(?:[\\p{Ll}-]+${SP}){0,2}?(visit|meeting|talks|summit|consultations|conference)(?:${SP})?,`,
    'u',
  ),
  passiveVerb: new RegExp(
    `\\b(?:was|were)${SP}(?:also${SP})?(?:issued|signed|adopted|concluded|initialled|initialed|exchanged)\\b`,
    'u',
  ),
  /**
   * event.pair-not-companion: "A, accompanied by Foreign Minister C, met B": the apposition that names a companion of
   * the subject, tested on the text before the companion's name (its end) and after it (a closing comma).
   */
  companionBefore: new RegExp(
    `,${SP}(?:(?:also|again)${SP})?(?:accompanied|joined|assisted|flanked)${SP}by${SP}(?:[\\p{L}.'’-]+${SP}){0,6}$`,
    'u',
  ),
  companionAfter: /^[^.;:,]{0,60}?,/,
  /**
   * event.pair-pinyin-family-name: a given name of one or two pinyin syllables ("Jinping", "Qiang", "Yi"), lowercased.
   */
  pinyinGiven:
    /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u)){1,2}$/,
  /**
   * reached-at.including-after: "Four agreements were concluded during the visit, including X and Y", "Several
   * documents were signed at the talks, among them X": what a count was reached at, then the agreements it includes.
   * Groups the event noun.
   */
  includingAfter: new RegExp(
    `\\b(?:agreements|documents|memoranda|accords|instruments|MoUs|texts)${SP}(?:were|have${SP}been|had${SP}been)${SP}(?:signed|concluded|adopted|exchanged|initialled|initialed)${SP}(?:during|at|in${SP}the${SP}course${SP}of)${SP}(?:the|this)${SP}(visit|meeting|talks|summit|ceremony|conference|consultations)\\b[^.;:]{0,20}?,?${SP}(?:including|among${SP}them|notably|such${SP}as)\\b`,
    'iu',
  ),
};

/**
 * Rules participated.not-absent and participated.quoted-elsewhere: whether the person `c` is told in sentence `si` as
 * not taking part ("President X did not attend; China was represented by Premier Y", "stayed away from the summit") or
 * as quoted from an interview ("X, speaking in an interview the day before, had welcomed the visit").
 */
export function toldNotTakingPart(ctx: Ctx, c: PersonCluster, si: number): boolean {
  return c.mentions.some((m) => {
    if (ctx.sentenceAt(m.start) !== si) return false;
    const after = ctx.text.slice(m.end, m.end + 160);
    return EV18_PATTERNS.notAttending.test(after) || EV18_PATTERNS.quotedElsewhere.test(after);
  });
}

/**
 * Rule event.pair-not-companion: a person named in an apposition that accompanies the subject ("A, accompanied by
 * Foreign Minister C, met B") takes part but is none of the pair the meeting is named after.
 */
export function companionInApposition(
  text: string,
  m: { start: number; end: number; from?: number; to?: number },
): boolean {
  const from = m.from ?? m.start;
  return (
    EV18_PATTERNS.companionBefore.test(text.slice(Math.max(0, from - 90), from)) &&
    (EV18_PATTERNS.companionAfter.test(text.slice(m.end, Math.max(m.end, m.to ?? m.end) + 3)) ||
      // (fl30b) event.pair-not-companion-closing: "…, accompanied by C." closes the sentence.
      EVENT_PAIR_NOT_COMPANION_CLOSING.closing.test(text.slice(Math.max(m.end, m.to ?? m.end)).slice(0, 3)))
  );
}

/**
 * Rule event.pair-pinyin-family-name: "Xi Jinping", "Li Qiang": a two-word name whose first word is a Chinese family
 * name (PINYIN_FAMILY_NAMES) and whose second is a pinyin given name is called by its first word in a pair's event
 * ("Albanese-Xi meeting"), where no state of the person's title tells the order.
 */
export function pinyinFamilyFirst(toks: readonly string[]): string | undefined {
  const [family, given] = toks;
  if (toks.length !== 2 || !family || !given || !PINYIN_FAMILY_NAMES.has(family)) return undefined;
  return /^\p{Lu}\p{Ll}+$/u.test(given) && EV18_PATTERNS.pinyinGiven.test(given.toLowerCase()) ? family : undefined;
}

type PartOf = (child: Found, parent: Found, si: number, rule: string) => void;

/**
 * Rule part-of.session-of-named: "At the second working session of the G20 Summit", "The leaders' retreat, held on the
 * last day of the Commonwealth Heads of Government Meeting": a session (rule event.session…) joined by "of" to the
 * event named right after it is part of that event.
 */
export function partOfSessionOfNamed(
  ctx: Ctx,
  si: number,
  inS: readonly Found[],
  isSession: (e: Found) => boolean,
  partOf: PartOf,
): void {
  for (const e of inS) {
    if (!isSession(e)) continue;
    const parent = inS.find(
      (x) => x.start > e.end && x.start - e.end < 60 && EV18_PATTERNS.sessionOf.test(ctx.text.slice(e.end, x.start)),
    );
    if (parent && !parent.planned) partOf(e, parent, si, 'part-of.session-of-named');
  }
}

/**
 * Rule participated.own-clause: "The tête-à-tête was attended only by the two presidents; Foreign Ministers A and B
 * joined the plenary session that followed": a person named in a clause (between semicolons) that names another event
 * of the sentence, and not `e`, took part in that one.
 */
export function inOtherClause(ctx: Ctx, events: readonly Found[], e: Found, c: PersonCluster, si: number): boolean {
  const s = ctx.sentences[si];
  if (!s || !s.text.includes(';') || e.sentence !== si) return false;
  const clauseOf = (at: number) => s.text.slice(0, at - s.start).split(';').length;
  const own = c.mentions.filter((m) => ctx.sentenceAt(m.start) === si);
  return (
    own.length > 0 &&
    own.every(
      (m) =>
        clauseOf(m.start) !== clauseOf(e.start) &&
        events.some((x) => x.sentence === si && x.key !== e.key && clauseOf(x.start) === clauseOf(m.start)),
    )
  );
}

type EventOfNoun = (noun: string, before: number) => Found | undefined;
type Relate = (agreement: Found, event: Found, sentence: number) => void;

/** EV18_PATTERNS.includingAfter's literals (perf25a): a readout without them has no sentence to read. */
const INCLUDING_AFTER_GATE = literalGate(EV18_PATTERNS.includingAfter);

/**
 * Rule reached-at.including-after: "Four agreements were concluded during the visit, including an Agreement on X and
 * a Memorandum on Y": the agreements named after "including" were reached at the visit (or meeting, talks, summit)
 * the sentence names by its noun.
 */
export function reachedAtIncludingAfter(ctx: Ctx, agreements: readonly Found[], eventOf: EventOfNoun, relate: Relate) {
  reachedAtFrontedPassive(ctx, agreements, eventOf, relate);
  if (!INCLUDING_AFTER_GATE(ctx.text)) return;
  for (const s of ctx.sentences) {
    const m = EV18_PATTERNS.includingAfter.exec(s.text);
    if (!m) continue;
    const from = s.start + m.index + m[0].length;
    const e = eventOf(m[1]!.toLowerCase(), from);
    if (!e) continue;
    for (const a of agreements) if (a.sentence === s.index && a.start >= from) relate(a, e, s.index);
  }
}

/**
 * Rule reached-at.fronted-passive: "Upon the conclusion of the talks, a UAE-Russia Joint Statement was issued": the
 * agreements between the fronted phrase and the passive verb were reached at the event its noun names.
 */
function reachedAtFrontedPassive(ctx: Ctx, agreements: readonly Found[], eventOf: EventOfNoun, relate: Relate) {
  for (const s of ctx.sentences) {
    const m = EV18_PATTERNS.frontedEnd.exec(s.text);
    if (!m) continue;
    const verb = EV18_PATTERNS.passiveVerb.exec(s.text.slice(m[0].length));
    if (!verb) continue;
    const [from, to] = [s.start + m[0].length, s.start + m[0].length + verb.index];
    const e = eventOf(m[1]!.toLowerCase(), from);
    if (!e) continue;
    for (const a of agreements) if (a.sentence === s.index && a.start >= from && a.end <= to) relate(a, e, s.index);
  }
}
