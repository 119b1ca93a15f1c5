// Rules of the par28 round (issue 6, bank participants-1): who took part in a meeting, signing or ceremony the
// extractor already finds, told in constructions the annotated samples and the bank show it misses. Each rule is a
// general construction; its patterns are named data here, its hook in rules-participation.ts.
import type { Found } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { INCIDENT_NAME, plannedBeforeSpeech, type RelKit } from './rel-kit.ts';
import { behalfPrincipalAt } from './rules-fl20b.ts';

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

/** Patterns of the par28 rules, as named data. */
export const PAR28_PATTERNS = {
  /**
   * participated.referent-attended-by: a sentence whose subject is an event told by its kind alone ("The ceremony",
   * "The signing ceremony", "The meeting", "This session") …
   */
  referentSubject:
    /^(?:The|This|That)\s+(?:[\p{L}'’-]+\s+){0,4}?(ceremony|signing|meeting|talks|summit|session|conference|dinner|banquet|luncheon|lunch|reception|consultations|round|forum|mass|dialogue)\b/iu,
  /**
   * … then told as witnessed, attended, chaired or hosted by people, or held in their presence ("was witnessed by",
   * "was also attended by", "took place in the presence of", "was chaired by X, and attended by Y", "brought together").
   * fl29a: a mediation's or facilitation's verbs too ("The talks were conducted / facilitated / mediated by …").
   */
  attendedCue:
    /\b(?:(?:was|were)\s+(?:also\s+)?(?:witnessed|attended|chaired|co-chaired|hosted|presided\s+over|conducted|facilitated|mediated|moderated)\s+by|brought\s+together(?:\s+around\s+[^,;.]{1,60},)?|(?:took\s+place|was\s+held|were\s+held)\s+(?:[^,;.]{0,40}?\s)?in\s+the\s+presence\s+of|,?\s+and\s+(?:was\s+)?(?:also\s+)?(?:attended|witnessed)\s+by|(?:was|were)\s+(?:also\s+)?attended,\s+on\s+the\s+[^,;.]{1,40}?\s+side,\s+by|,?\s+and\s+on\s+the\s+[^,;.]{1,40}?\s+side\s+by)\s+/gi,
  /** A relative clause on an attendee ("…, who came in place of Minister X"): the people in it are not read. */
  relativeClause: /,\s+(?:who|whose|which|whom)\b/g,
  /** A speaker, not an attendee: "…, President X said", "…, said Minister Y". */
  speakerAfter: /^,?\s+(?:said|says|told|stated|added|noted|recalled)\b/,
};

/** Kind words of an earlier event the subject may refer back to; a ceremony is the signing's. */
const KIND_OF: Record<string, RegExp> = {
  ceremony: /\b(?:ceremony|signing)\b/i,
  signing: /\b(?:ceremony|signing)\b/i,
  lunch: /\b(?:lunch|luncheon)\b/i,
  luncheon: /\b(?:lunch|luncheon)\b/i,
  // fl29a (participated.talks-referent-kinds): "The talks were conducted by …" after "the dialogue among … concluded".
  talks: /\b(?:talks|dialogue|negotiations|consultations)\b/i,
  dialogue: /\b(?:talks|dialogue|negotiations|consultations)\b/i,
  consultations: /\b(?:talks|dialogue|negotiations|consultations)\b/i,
};

/** How many sentences back the subject may refer to an event told before. */
const REFER_BACK = 4;

/**
 * The event the subject of sentence `si` (ending at `subjectEnd`) names: an event mention inside the subject, else the
 * main event when it is of that kind, else the latest earlier one of that kind within REFER_BACK sentences not named
 * with another year.
 */
function referentOf(k: RelKit, si: number, start: number, subjectEnd: number, head: string): Found | undefined {
  const { ev, main, nameOf } = k;
  const held = (e: Found) => !e.planned && !INCIDENT_NAME.test(nameOf(e));
  // An event named with another year ("the meeting in Singapore in August 2018") is one recalled, not this one.
  const otherYear = (e: Found) =>
    Boolean(k.docYear) && [...nameOf(e).matchAll(/\b(?:19|20)\d\d\b/g)].some((y) => +y[0] !== k.docYear);
  const inside = ev.eventMentions.find((e) => e.start >= start && e.start < subjectEnd && held(e));
  if (inside && !otherYear(inside)) return inside;
  const kind = KIND_OF[head.toLowerCase()] ?? new RegExp(`\\b${head}\\b`, 'i');
  if (main && held(main) && (kind.test(nameOf(main)) || (inside && /^meeting$/i.test(head)))) return main;
  if (inside) return undefined;
  return ev.eventMentions
    .filter((e) => e.sentence < si && e.sentence >= si - REFER_BACK && held(e) && kind.test(nameOf(e)))
    .filter((e) => !otherYear(e))
    .pop();
}

/**
 * participated.referent-attended-by: "The ceremony was witnessed by the SADC Facilitator, President A, the Chairperson
 * of the African Union, President B, and King C"; "The signing ceremony was chaired by X, and attended by Y"; "The
 * meeting took place in the presence of Z": the people named after the cue took part in the event the subject names
 * (a mention inside the subject, or the last event of that kind told in the sentences before). Not a planned event,
 * nor a person after "on behalf of".
 */
export function participateReferentAttended(k: RelKit, participate: Participate): void {
  const { ctx, personsIn, clusterOf } = k;
  for (const s of ctx.sentences) {
    // perf32: the subject first (anchored at the sentence's start, one try), then the look-up of the cues' words.
    const subj = PAR28_PATTERNS.referentSubject.exec(s.text);
    if (!subj || !/\bby\b|presence|together/.test(s.text) || plannedBeforeSpeech(s.text)) continue;
    const cues = [...s.text.matchAll(PAR28_PATTERNS.attendedCue)].filter((c) => c.index >= subj[0].length);
    if (!cues.length) continue;
    const e = referentOf(k, s.index, s.start, s.start + cues[0]!.index, subj[1]!);
    if (!e) continue;
    const opens = cues.map((c) => s.start + c.index + c[0].length);
    const relatives = [...s.text.matchAll(PAR28_PATTERNS.relativeClause)].map((r) => s.start + r.index);
    for (const [m] of personsIn(s.index)) {
      const at = m.from ?? m.start;
      const open = opens.filter((o) => o <= at).pop();
      if (open === undefined || relatives.some((r) => r > open && r < at)) continue;
      if (behalfPrincipalAt(ctx.text, s.start, at)) continue;
      if (PAR28_PATTERNS.speakerAfter.test(ctx.text.slice(m.to ?? m.end, s.end))) continue;
      participate(e, clusterOf.get(m)!, s.index, 'participated.referent-attended-by');
    }
  }
}

/**
 * participated.stood-in-for: a person named right after "in place of", "instead of", "standing in for", "replacing" or
 * "deputising for" ("Wang Yi, who came in place of Foreign Minister Qin Gang") is the one absent; the titles between
 * the cue and the name are allowed.
 */
export const PARTICIPATED_STOOD_IN_FOR = {
  id: 'participated.stood-in-for',
  before:
    /\b(?:in\s+place\s+of|instead\s+of|stand(?:ing|s)?\s+in\s+for|stood\s+in\s+for|replacing|deputi[sz]ing\s+for|substituting\s+for)\s+(?:(?:the|his|her|their)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u,
};

/** Rule participated.stood-in-for: is every mention of `c` in sentence `si` the one someone stood in for? */
export function stoodInFor(ctx: RelKit['ctx'], c: PersonCluster, si: number): boolean {
  const inS = c.mentions.filter((m) => ctx.sentenceAt(m.start) === si);
  return (
    inS.length > 0 &&
    inS.every((m) => {
      const from = m.from ?? m.start;
      return (
        /\b(?:place|instead|for|replacing)\b/.test(ctx.text.slice(Math.max(0, from - 80), from)) &&
        PARTICIPATED_STOOD_IN_FOR.before.test(ctx.text.slice(Math.max(0, from - 80), from))
      );
    })
  );
}

/** participated.accompanying-delegation: the cue of a visitor's company and the sessions of delegations. */
export const PARTICIPATED_ACCOMPANYING = {
  id: 'participated.accompanying-delegation',
  /** "The President was accompanied by A, B and C"; "Te Beretitenti is accompanied by". */
  cue: /\b(?:was|is|were|are)\s+(?:also\s+)?accompanied\s+by\s+/,
  /** A session held with the delegations: "delegation-level talks", "enlarged talks", "talks between the two delegations". */
  session: /\b(?:delegation-level|delegations?|enlarged|expanded|extended|plenary)\b/i,
  visit: /\bvisit\b/i,
  /** The principal inside an attendee's title ("the Special Envoy of President X for Latin America, Y"): X is absent. */
  principalBefore:
    /\b(?:Envoy|Representative|Adviser|Advisor|Emissary|Aide)\s+(?:of|to|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,2}$/u,
};

/**
 * participated.accompanying-delegation: the people a sentence tells "accompanied" someone ("The President was
 * accompanied by the Minister of Foreign Affairs, A, and the Minister of Energy, B") are of the visiting delegation:
 * they take part in the one held visit the text tells (when it tells one with a participant), and in its sessions
 * held with the delegations ("enlarged talks", "delegation-level talks", "official talks between the two
 * delegations"). Not the people of a relative clause, nor a principal after "on behalf of".
 */
export function participateAccompanying(k: RelKit, participate: Participate): void {
  const { ctx, ev, personsIn, clusterOf, nameOf, participants } = k;
  const held = ev.events.filter((e) => !e.planned && !INCIDENT_NAME.test(nameOf(e)));
  const visits = held.filter((e) => PARTICIPATED_ACCOMPANYING.visit.test(nameOf(e)) && participants.get(e.key)?.size);
  const sessions = held.filter(
    (e) => PARTICIPATED_ACCOMPANYING.session.test(nameOf(e)) && !PARTICIPATED_ACCOMPANYING.visit.test(nameOf(e)),
  );
  const targets = [...(visits.length === 1 ? visits : []), ...sessions];
  if (!targets.length) return;
  for (const s of ctx.sentences) {
    if (!s.text.includes('accompanied')) continue;
    const cue = PARTICIPATED_ACCOMPANYING.cue.exec(s.text);
    if (!cue || plannedBeforeSpeech(s.text)) continue;
    const from = s.start + cue.index + cue[0].length;
    const relative = s.text.slice(cue.index).search(PAR28_PATTERNS.relativeClause);
    const to = relative < 0 ? s.end : s.start + cue.index + relative;
    for (const [m] of personsIn(s.index)) {
      const at = m.from ?? m.start;
      if (at < from || at >= to || behalfPrincipalAt(ctx.text, s.start, at)) continue;
      if (PARTICIPATED_ACCOMPANYING.principalBefore.test(ctx.text.slice(Math.max(0, m.start - 60), m.start))) continue;
      for (const e of targets) participate(e, clusterOf.get(m)!, s.index, PARTICIPATED_ACCOMPANYING.id);
    }
  }
}
