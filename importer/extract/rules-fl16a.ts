// The fl16a round's rules (issue 6): constructions shown by three first-look samples in new styles (a regional
// organisation's secretariat release, a Caucasian foreign ministry's press release, a Pacific prime minister's office
// page). Each rule is a small unit with an id; its patterns are the named data below.
import type { PersonCluster } from './persons-resolve.ts';
import type { Found } from './types.ts';
import { INCIDENT_NAME, plannedBeforeSpeech, STATE_NAMES, type RelKit } from './rel-kit.ts';
import { readoutPair } from './rules-parties.ts';
import { allMatches } from './text.ts';

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

export const FL16A_PATTERNS = {
  /**
   * Rule participated.took-part-in-own: "X also took part in the videoconference", "Y attended the talks": a verb of
   * taking part followed by "the" and a meeting noun (group 1). The noun must name the readout's own meeting.
   */
  tookPartInThe:
    /\b(?:(?:also|too)\s+)?(?:took\s+part|participated|was\s+present|were\s+present|attended|joined)\s+(?:also\s+)?(?:in\s+|at\s+)?the\s+((?:video|tele(?:phone)?|phone)?[^\S\n]?conference|videoconference|talks|meeting|call|conversation|consultations|negotiations|summit|visit|ceremony|session)\b/giu,
  /** Before the verb, inside its clause: a negation, a modal or a future ("did not", "will", "is to") reads no fact. */
  notHeld: /\b(?:not|never|neither|nor|will|would|shall|is\s+to|are\s+to|to\s+be|expected|invited|scheduled|plans?)\b/i,
  /** The clause the taker-part stands in starts after the last of these before the verb. */
  clauseBreak: /[;:]|\b(?:while|whereas|but|which|who|when)\b/giu,
  /**
   * Rule involves.joint-body-meeting: a meeting of a joint body of two sides told without naming them ("the next
   * meeting of the Intergovernmental Commission on economic cooperation", "the fifth session of the Joint Committee").
   */
  jointBodyMeeting:
    /\b(?:[Mm]eeting|[Ss]ession|[Ss]itting)\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:Joint|Intergovernmental|Inter-Governmental|Mixed|Bilateral)\s+(?:[\p{L}-]+\s+){0,2}?(?:Commission|Committee|Council|Working\s+Group)\b/u,
  /**
   * inv30: the same body told as the subject of a meeting verb ("a Joint Committee of senior officials will meet in
   * Port Vila", "the Joint Commission would convene in May").
   */
  jointBodyWillMeet:
    /\b(?:[Tt]he|[Aa])\s+(?:[\p{L}-]+\s+){0,3}?(?:Joint|Intergovernmental|Inter-Governmental|Mixed|Bilateral)\s+(?:[\p{L}-]+\s+){0,2}?(?:Commission|Committee|Council|Working\s+Group)\b(?=(?:\s+of\s+(?:\p{Ll}+\s+){1,3}?|\s+)(?:will|would|should|shall|is\s+to|are\s+to)\s+(?:\p{Ll}+\s+)?(?:meet|convene)\b)/u,
  /** inv30: a meeting of a joint body told by its acronym ("the next meeting of the JBC"); group 1, the acronym. */
  jointBodyAcronym: /\b(?:[Mm]eeting|[Ss]ession|[Ss]itting)\s+of\s+the\s+(\p{Lu}{2,6})\b/u,
} as const;

/**
 * inv30: whether `acronym` was introduced after a joint body's name ("the Cambodia-Thailand Joint Boundary Commission
 * (JBC)"): the body the acronym stands for is a joint one.
 */
function jointAcronym(text: string, acronym: string): boolean {
  if (!text.includes(`(${acronym})`)) return false;
  return new RegExp(
    `\\b(?:Joint|Intergovernmental|Inter-Governmental|Mixed|Bilateral)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:Commission|Committee|Council|Working\\s+Group)\\s*\\(${acronym}\\)`,
    'u',
  ).test(text);
}

/**
 * inv30: the readout's two states, or, when its main meeting's participants give none, the states of everyone who took
 * part in any of its meetings when they are exactly two (a state visit whose leaders are placed at its tête-à-tête).
 */
export function jointPair(k: RelKit): Set<string> | undefined {
  const pair = readoutPair(k);
  if (pair) return pair;
  const states = new Set<string>();
  for (const cs of k.participants.values())
    for (const c of cs) {
      const owner = (k.people.offices.get(c) ?? []).map((o) => o.owner).find((o) => STATE_NAMES.has(o)) ?? c.state;
      if (owner && STATE_NAMES.has(owner)) states.add(owner);
    }
  return states.size === 2 ? states : undefined;
}

/** The meeting nouns of a name: "Aliyev-Berdimuhamedov videoconference of 21 January 2021" gives "videoconference". */
function nounsOf(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names)
    for (const m of n
      .toLowerCase()
      .matchAll(
        /\b(video ?conference|conference|talks|meeting|call|conversation|consultations|negotiations|summit|visit|ceremony|session)\b/g,
      ))
      out.add(m[1]!.replace(/^video /, 'video'));
  return out;
}

/**
 * Rule participated.took-part-in-own: a person named before "(also) took part in the <meeting noun>" in the same
 * clause took part in the readout's own held meeting when that noun is one of the meeting's own ("Minister X also
 * took part in the videoconference." after a videoconference between two Presidents), however far from the
 * meeting's sentence. Not a negated or future taking part, not a noun the meeting does not bear ("the summit"
 * beside a meeting), not a sentence with an earlier year.
 */
export function participateTookPartInOwn(k: RelKit, participate: Participate): void {
  const { ctx, ev, main, mainName, nameOf, personsIn, clusterOf, docYear } = k;
  if (!main || main.planned || !mainName || INCIDENT_NAME.test(mainName)) return;
  const surfaces = ev.eventMentions.filter((e) => nameOf(e) === mainName).map((e) => ctx.text.slice(e.start, e.end));
  const own = nounsOf([mainName, ...surfaces]);
  for (const s of ctx.sentences) {
    if (s.heading || plannedBeforeSpeech(s.text)) continue;
    const years = [...s.text.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => +y[0]);
    if (docYear && years.some((y) => y < docYear)) continue;
    for (const m of allMatches(s.text, FL16A_PATTERNS.tookPartInThe)) {
      const noun = m[1]!
        .toLowerCase()
        .replace(/\s+/g, '')
        .replace(/^(?:tele|telephone|phone)conference$/, 'conference');
      if (!own.has(noun)) continue;
      const breaks = [...allMatches(s.text.slice(0, m.index), FL16A_PATTERNS.clauseBreak)];
      const from = breaks.length ? breaks.at(-1)!.index + breaks.at(-1)![0].length : 0;
      if (FL16A_PATTERNS.notHeld.test(s.text.slice(from, m.index))) continue;
      for (const [p] of personsIn(s.index)) {
        const at = (p.from ?? p.start) - s.start;
        if (at < from || at >= m.index) continue;
        participate(main, clusterOf.get(p)!, s.index, 'participated.took-part-in-own');
      }
    }
  }
}

/**
 * Rule involves.joint-body-meeting: a meeting of a joint body that names no side ("the sides agreed to hold the next
 * meeting of the Intergovernmental Commission") involves the readout's two states; a body named with its sides
 * ("the India-Oman Joint Commission") is left to the rules that read those names.
 */
export function involvesJointBodyMeeting(k: RelKit): void {
  const { ctx, ev, nameOf, hitsIn } = k;
  const pair = jointPair(k);
  if (!pair) return;
  for (const e of ev.eventMentions) {
    if (e === k.main || nameOf(e) === k.mainName) continue;
    const s = ctx.sentences[e.sentence]!;
    const span = ctx.text.slice(e.start, Math.min(s.end, e.end + 80));
    const acr = FL16A_PATTERNS.jointBodyAcronym.exec(span);
    const m =
      FL16A_PATTERNS.jointBodyMeeting.exec(span) ??
      (acr && jointAcronym(ctx.text, acr[1]!) ? acr : null) ??
      FL16A_PATTERNS.jointBodyWillMeet.exec(span);
    if (!m || m.index > e.end - e.start) continue;
    const bodyEnd = e.start + m.index + m[0].length;
    // The body itself may be read as an organisation; a state or another body inside names the sides.
    const named = hitsIn(e.start, bodyEnd).filter((h) => h.type === 'State' || h.type === 'Organization');
    if (named.some((h) => h.type === 'State' || h.demonym || h.end !== bodyEnd)) continue;
    for (const st of pair) {
      const key = k.stateKey(st);
      if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.joint-body-meeting');
    }
  }
}
