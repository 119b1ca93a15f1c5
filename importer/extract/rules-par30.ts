// Rules of the par30 round (issue 6): PARTICIPATED_IN the annotated samples miss although both ends are found (the
// study in docs/first-look.md, "PARTICIPATED_IN missed on the annotated samples, by cause"). Each rule is a general
// construction; its patterns are named data here, its hook in rules-participation.ts.
import type { Found } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { plannedBeforeSpeech, type RelKit } from './rel-kit.ts';
import { behalfPrincipalAt } from './rules-fl20b.ts';
import { pastSignatoryAt } from './rules-fl22b.ts';
import { sentenceCued, wordGate, type CueGate } from './gates.ts';
import { SIGNER_AND_SIGNED, SIGNER_INVERTED } from './rules-fl32a.ts';

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

/**
 * participated.signer-ceremony: the signatories a sentence tells without naming any event ("A and B signed the
 * Protocol …"; "The Agreement was signed on behalf of X by A, and on behalf of Y by B"; "C signed for the Government";
 * "D witnessed the signing") took part in the readout's signing, when the text tells one held signing or ceremony
 * only ("The signing ceremony was hosted by …", "in a virtual ceremony presided over by …"). Not a signing told with
 * another year, a principal "on behalf of" a person, a text with two signings or ceremonies, nor one still to come.
 */
export const PARTICIPATED_SIGNER_CEREMONY = {
  id: 'participated.signer-ceremony',
  /** The readout's signing told by its kind: "signing ceremony", "signing of the Treaty", "virtual ceremony". */
  signingName:
    /^(?:the\s+)?(?:(?:official|formal|virtual|joint|solemn)\s+)?(?:signing(?:\s+ceremony)?|ceremony|ceremony\s+of\s+(?:the\s+)?signing)\b/i,
  /** A ceremony of another kind than a signing. */
  otherCeremony: /\b(?:welcome|welcoming|opening|closing|award|wreath|inauguration|swearing|funeral|handover)\b/i,
  /** The active signing verb, not a passive one ("A and B signed the Protocol"; "C signed for the Government"). */
  active: /\b(?:signed|initial(?:l)?ed|inked)\b(?!\s+(?:by|in\s+\d|on\s+\d))/g,
  /** A passive signing whose signatories follow "by" ("was signed on behalf of X by A, and on behalf of Y by B"). */
  passive: /\b(?:was|were|been)\s+(?:(?:duly|formally|also)\s+)?signed\b/,
  by: /\bby\s+/g,
  /**
   * participated.signer-inverted (fl32a): "Signing alongside Prime Minister A were the Prime Ministers of X and Y, B and
   * C", "Also signing were D and E", "Signing for the EU was Commissioner F": the signatories follow the verb of being.
   */
  inverted: SIGNER_INVERTED,
  /** "D witnessed the signing", "E was present at the signing". */
  witnessed: /\b(?:witnessed|attended|(?:was|were)\s+present\s+at)\s+the\s+(?:signing|ceremony)\b/g,
  /** What ends a clause: the subject of a signing verb stands after the last of these before it. */
  clauseEnd: /;|:|\bwhile\b|\bwhereas\b|,\s+(?:who|which|when|after|before)\b/g,
  /** What a passive clause's signatories stop at. */
  passiveEnd: /[;:]|\bwhile\b|,\s+(?:who|which|when|after)\b/,
  /** An appositive or sentence of another time: "had signed", "will sign", "has yet to sign". */
  /** A year in the sentence: one before the readout's tells an earlier signing. */
  year: /\b(?:19|20)\d\d\b/g,
  today: /\b(?:today|this\s+(?:morning|afternoon|evening))\b/i,
  notNow: /\b(?:had|will|would|shall|to)\s+(?:also\s+)?sign(?:ed)?\b|\byet\s+to\s+sign/i,
};

/** The one held signing or ceremony the text tells, or none. */
function oneSigningOf(k: RelKit): Found | undefined {
  const P = PARTICIPATED_SIGNER_CEREMONY;
  const signings = k.ev.eventMentions.filter((e) => {
    const name = k.nameOf(e);
    return !e.planned && P.signingName.test(name) && !P.otherCeremony.test(name);
  });
  const names = new Set(signings.map((e) => k.nameOf(e)));
  if (names.size !== 1) return undefined;
  const year = /\b(?:19|20)\d\d\b/.exec([...names][0]!)?.[0];
  if (year && k.docYear && +year !== k.docYear) return undefined;
  return signings[0];
}

/** Character ranges of sentence `s` (relative to it) whose people signed or witnessed the signing. */
function signatorySpans(text: string): [number, number][] {
  const P = PARTICIPATED_SIGNER_CEREMONY;
  const spans: [number, number][] = [];
  const clauseStart = (at: number) =>
    [...text.slice(0, at).matchAll(P.clauseEnd)].reduce((a, m) => Math.max(a, m.index + m[0].length), 0);
  for (const m of text.matchAll(P.active)) spans.push([clauseStart(m.index), m.index]);
  for (const m of text.matchAll(P.witnessed)) spans.push([clauseStart(m.index), m.index]);
  const inv = P.inverted.exec(text);
  if (inv) spans.push([inv.index, text.length]);
  const pass = P.passive.exec(text);
  if (pass) {
    const from = pass.index + pass[0].length;
    const stop = text.slice(from).search(P.passiveEnd);
    const end = stop < 0 ? text.length : from + stop;
    const firstBy = [...text.slice(from, end).matchAll(P.by)][0];
    if (firstBy) spans.push([from + firstBy.index, end]);
  }
  return spans;
}

/** Rule participated.signer-ceremony (see PARTICIPATED_SIGNER_CEREMONY). */
export function participateSignerCeremony(k: RelKit, participate: Participate): void {
  const { ctx, personsIn, clusterOf } = k;
  if (!ctx.text.includes('sign')) return;
  const signing = oneSigningOf(k);
  if (!signing) return;
  const P = PARTICIPATED_SIGNER_CEREMONY;
  for (const s of ctx.sentences) {
    // participated.signer-inverted (fl32a): "Signing alongside …" opens its sentence with a capital.
    if (s.heading || !/[Ss]ign/.test(s.text) || plannedBeforeSpeech(s.text) || P.notNow.test(s.text)) continue;
    // A year in brackets names a resolution or an instrument ("Resolutions 817 (1993) and 845 (1993)"), not the signing.
    const told = s.text.replace(/\(\s*(?:19|20)\d\d\s*\)/g, '');
    // "signed today … the Interim Accord of 1995": a signing told as today's is the readout's, whatever years it names.
    const earlier = !P.today.test(told) && [...told.matchAll(P.year)].some((y) => +y[0] < k.docYear!);
    if (k.docYear && earlier) continue;
    // participated.signer-and-signed (fl32a): "X welcomed his colleagues … for the Fifty-First Meeting of Y and signed
    // the treaty on behalf of Z": another event told before a joined "and signed" leaves the signing clause to X.
    const andSigned = SIGNER_AND_SIGNED.exec(s.text);
    const others = k.ev.eventMentions.filter((e) => e.sentence === s.index && e.key !== signing.key);
    if (others.some((e) => !andSigned || e.end - s.start > andSigned.index)) continue;
    const spans = signatorySpans(s.text);
    if (!spans.length) continue;
    for (const [m] of personsIn(s.index)) {
      const at = (m.from ?? m.start) - s.start;
      if (!spans.some(([a, b]) => at >= a && at < b)) continue;
      if (behalfPrincipalAt(ctx.text, s.start, s.start + at) || pastSignatoryAt(s.text, at, k.docYear)) continue;
      participate(signing, clusterOf.get(m)!, s.index, P.id);
    }
  }
}

/**
 * participated.bare-attendance: a sentence with no event of its own that tells people attended, with nothing after
 * the verb ("Colombia's Minister of Foreign Affairs, A, also attended."; "The Personal Envoy …, B, who has conducted
 * contacts with both sides, also took part."; "C was also present."), or lists those "present at Argyle were E, F":
 * they took part in the readout's own meeting, told before. Not a principal "on behalf of", a person in a relative
 * clause on the subject, a meeting still to come, a visit or a call. Not one who "addressed the leaders by video link"
 * (tried: the gold counts that one in, but the speaker's state then became a side of the summit's texts through
 * party-to.sides, nine false PARTY_TO for two true facts).
 */
export const PARTICIPATED_BARE_ATTENDANCE = {
  id: 'participated.bare-attendance',
  /** The attendance verb that ends its sentence. */
  bare: /\b(?:also\s+)?(?:attended|took\s+part|participated|(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance))(?:\s+as\s+(?:an?\s+)?observers?)?\s*[.!]?\s*$/i,
  /** "Heads of Government of the Community present at Argyle were A, B and C". */
  presentAt: /\bpresent\s+at\s+(?:the\s+)?\p{Lu}[^,.;]{0,40}?\s+(?:were|was)\s+/u,
  /** A relative clause on the subject: its people did not attend by this sentence. */
  relative: /,\s+(?:who|whose|which|whom)\b/,
  /** A readout's meeting that is no gathering one attends. */
  notGathering: /\b(?:visit|trip|tour|call|telephone|phone|conversation)\b/i,
};

/**
 * perf32: a sentence participated.bare-attendance reads holds "attended", "part", "participated", "present" or
 * "attendance" as a word (every match of `bare` and `presentAt` has one between a word boundary and a space, a stop or
 * the end), asked of its bits before the older look-up ("part" of "party", "present" of "represented" let through).
 */
const BARE_ATTENDANCE_GATE: CueGate = {
  ...wordGate('attended', 'part', 'participated', 'present', 'attendance'),
  patterns: [PARTICIPATED_BARE_ATTENDANCE.bare, PARTICIPATED_BARE_ATTENDANCE.presentAt],
};

/** The sentence-relative spans of `text` whose people attended, by the forms of PARTICIPATED_BARE_ATTENDANCE. */
function attendanceSpans(text: string): [number, number][] {
  const P = PARTICIPATED_BARE_ATTENDANCE;
  const verb = P.bare.exec(text);
  if (verb) {
    const clause = Math.max(text.lastIndexOf(';', verb.index), text.lastIndexOf(':', verb.index)) + 1;
    const rel = text.slice(clause, verb.index).search(P.relative);
    return [[clause, rel < 0 ? verb.index : clause + rel]];
  }
  const at = P.presentAt.exec(text);
  return at ? [[at.index + at[0].length, text.length]] : [];
}

/** Rule participated.bare-attendance (see PARTICIPATED_BARE_ATTENDANCE). */
export function participateBareAttendance(k: RelKit, participate: Participate): void {
  const { ctx, main, mainName, personsIn, clusterOf } = k;
  const P = PARTICIPATED_BARE_ATTENDANCE;
  if (!main || main.planned || P.notGathering.test(mainName ?? '')) return;
  for (const s of ctx.sentences) {
    if (s.heading || s.index <= main.sentence || !sentenceCued(k, s, BARE_ATTENDANCE_GATE)) continue;
    if (!/present|attend|part/.test(s.text)) continue;
    if (plannedBeforeSpeech(s.text) || k.ev.eventMentions.some((e) => e.sentence === s.index)) continue;
    const spans = attendanceSpans(s.text);
    if (!spans.length) continue;
    for (const [m] of personsIn(s.index)) {
      const at = (m.from ?? m.start) - s.start;
      if (!spans.some(([a, b]) => at >= a && at < b) || behalfPrincipalAt(ctx.text, s.start, s.start + at)) continue;
      participate(main, clusterOf.get(m)!, s.index, P.id);
    }
  }
}

/**
 * participated.chair-handover: the outgoing chair who hands the chairmanship, the gavel or the presidency over to the
 * incoming one at the gathering ("Closing the meeting, A handed over the chairmanship for 2012 to B"; "In his closing
 * remarks, C handed the symbolic gavel to D"; "the outgoing Chairman, E, handed over to F"; "G took over the chair from
 * H") took part in it with the incoming one: the readout's own gathering (not a visit or call). Not a state that hands
 * over ("Uruguay handed over the Pro Tempore Presidency"), people in a relative clause after the receiver ("…, who will
 * host the next meeting"), a predecessor told as "took over as Chair from" (a chair of an earlier year, perhaps absent),
 * nor an envoy or official who hands over an office that is no chair ("The outgoing Special Envoy, A, handed over to B").
 */
export const PARTICIPATED_CHAIR_HANDOVER = {
  id: 'participated.chair-handover',
  /** "handed (over) the chairmanship / Forum Chair / gavel / Presidency … to", "handed over to" after an outgoing chair. */
  handed:
    /\b(?:handed|hands|passed)\s+(?:over\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:chair(?:manship|personship)?|gavel|presidency)\b[^.;]{0,60}?\bto\s+/iu,
  outgoingHanded: /\boutgoing\s+Chair(?:man|person|woman)?\b[^.;]{0,160}?\bhanded\s+over\s+to\s+/i,
  tookOver: /\btook\s+over\s+the\s+(?:[\p{L}-]+\s+)?chair(?:manship|personship)?\s+from\s+/iu,
  /** The receiver's relative clause, or the next clause: its people are not the receiver. */
  receiverEnd: /,\s+(?:who|whose|which|where)\b|;|\band\s+(?:then\s+)?(?:the|a|was|were|is|has)\b/,
  notGathering: /\b(?:visit|trip|tour|call|telephone|phone|conversation)\b/i,
  /** A gathering by its name, when the readout has no main event: "the Special Leaders Retreat", "26th OSCE Ministerial Council". */
  gathering: /\b(?:Council|Summit|Conference|Meeting|Retreat|Forum|Assembly)\b/,
};

/** The gathering a hand-over took place at: the readout's own, else the one the sentence names, else the text's first. */
function handoverGathering(k: RelKit, si: number): Found | undefined {
  const P = PARTICIPATED_CHAIR_HANDOVER;
  if (k.main) return k.main.planned || P.notGathering.test(k.mainName ?? '') ? undefined : k.main;
  const held = k.ev.eventMentions.filter(
    (e) => !e.planned && P.gathering.test(k.nameOf(e)) && !/\b(?:19|20)\d\d\b/.test(k.nameOf(e)),
  );
  return held.find((e) => e.sentence === si) ?? held.sort((a, b) => a.start - b.start)[0];
}

/** Sentence-relative spans whose people are the giver and the receiver of a chair, by PARTICIPATED_CHAIR_HANDOVER. */
function handoverSpans(text: string): [number, number][] {
  const P = PARTICIPATED_CHAIR_HANDOVER;
  const m = P.handed.exec(text) ?? P.outgoingHanded.exec(text) ?? P.tookOver.exec(text);
  if (!m) return [];
  const after = m.index + m[0].length;
  const stop = text.slice(after).search(P.receiverEnd);
  const clause = Math.max(text.lastIndexOf(';', m.index), 0);
  // The giver: the subject before the verb, after an opening participle or frame ("Closing the meeting, A …").
  const verbAt = m.index + m[0].search(/\b(?:handed|hands|passed|took)\b/i);
  return [
    [clause, verbAt],
    [after, stop < 0 ? text.length : after + stop],
  ];
}

/** Rule participated.chair-handover (see PARTICIPATED_CHAIR_HANDOVER). */
export function participateChairHandover(k: RelKit, participate: Participate): void {
  const { ctx, personsIn, clusterOf } = k;
  const P = PARTICIPATED_CHAIR_HANDOVER;
  for (const s of ctx.sentences) {
    if (s.heading || !/handed|hands|passed|took over/.test(s.text)) continue;
    const spans = handoverSpans(s.text);
    // "…, who announced that the next meeting will be held in Dublin": only the hand-over's own words say what is to come.
    if (spans.length && plannedBeforeSpeech(s.text.slice(0, spans[spans.length - 1]![1]))) continue;
    const gathering = spans.length ? handoverGathering(k, s.index) : undefined;
    if (!gathering) continue;
    for (const [m] of personsIn(s.index)) {
      // A title read across the cue ("the Forum Chair to Prime Minister A") starts before it: the name counts too.
      const ats = [(m.from ?? m.start) - s.start, m.start - s.start];
      const inSpan = ats.some((at) => spans.some(([a, b]) => at >= a && at < b));
      if (!inSpan || behalfPrincipalAt(ctx.text, s.start, m.from ?? m.start)) continue;
      participate(gathering, clusterOf.get(m)!, s.index, P.id);
    }
  }
}

/**
 * participated.joined-by: a sentence with no event of its own that tells its subject "was joined by" or "was assisted
 * at the meeting by" people ("The ministers and heads of delegation … were joined by the Secretary General, A, and by
 * the Minister of Foreign Affairs of Spain, B"; "President C was assisted at the meeting by the Minister for Foreign
 * Affairs, D, and the Minister for National Security, E"): those people took part in the readout's own meeting, told
 * before. Not one joined "by video link" (a remote speaker; see participated.bare-attendance), a person in a relative
 * clause after them, a visit or a call (the accompanying rules read those), nor a meeting still to come.
 */
export const PARTICIPATED_JOINED_BY = {
  id: 'participated.joined-by',
  cue: /\b(?:was|were)\s+(?:also\s+)?(?:joined|assisted|flanked)\s+(?:(?:at|in|during|for)\s+the\s+(?:meeting|talks|session|summit|discussions?)\s+)?by\s+(?!video|videolink|telephone|phone)/i,
  /** The people after the cue stop at a relative clause or a new clause. */
  end: /,\s+(?:who|whose|which|where)\b|;|,\s+(?:while|whereas)\b/,
};

/** Rule participated.joined-by (see PARTICIPATED_JOINED_BY). */
export function participateJoinedBy(k: RelKit, participate: Participate): void {
  const { ctx, main, mainName, personsIn, clusterOf } = k;
  const P = PARTICIPATED_JOINED_BY;
  if (!main || main.planned || PARTICIPATED_BARE_ATTENDANCE.notGathering.test(mainName ?? '')) return;
  for (const s of ctx.sentences) {
    if (s.heading || s.index <= main.sentence || !/joined|assisted|flanked/.test(s.text)) continue;
    if (plannedBeforeSpeech(s.text) || k.ev.eventMentions.some((e) => e.sentence === s.index)) continue;
    const cue = P.cue.exec(s.text);
    if (!cue) continue;
    const from = cue.index + cue[0].length;
    const stop = s.text.slice(from).search(P.end);
    const end = stop < 0 ? s.text.length : from + stop;
    for (const [m] of personsIn(s.index)) {
      const at = (m.from ?? m.start) - s.start;
      if (at < from || at >= end || behalfPrincipalAt(ctx.text, s.start, s.start + at)) continue;
      participate(main, clusterOf.get(m)!, s.index, P.id);
    }
  }
}
