// Rules of the par29 round (issue 6, bank participants-2): who took part in talks, a summit or a session the
// extractor already finds, told in constructions the annotated samples and the bank show it misses: the heads and
// representatives of delegations and sides told anywhere in the text, openers, and "participants included" lists.
// Each rule is a general construction; its patterns are named data here, its hook in rules-participation.ts.
import type { Found } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { INCIDENT_NAME, plannedBeforeSpeech, type RelKit } from './rel-kit.ts';
import { behalfPrincipalAt } from './rules-fl20b.ts';
import { PARTICIPATED_NOT_BEHALF_LIST } from './rules-fl21a.ts';
import { sentenceCued, wordGate, type CueGate } from './gates.ts';

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

/** Patterns of the par29 rules, as named data. */
export const PAR29_PATTERNS = {
  /**
   * participated.side-led-by: a side, team or delegation told as led, headed or represented by people ("The Ivorian
   * delegation was led by Mr A", "The German delegation to the talks was led by B", "Germany was represented by
   * Federal Foreign Minister C"); not a delegation inside a noun phrase ("between a delegation headed by D"), which
   * tells the event it belongs to.
   */
  ledBy:
    /\b(?:(?:delegations?|side|sides|team|teams)\b[^;.]{0,60}?\b(?:was|were|is|are)\s+(?:also\s+)?(?:led|headed|represented|chaired)\s+(?:(?:throughout|jointly|respectively)\s+)?by|(?:was|were)\s+(?:also\s+)?represented\s+(?:(?:there|at\s+the\s+[^,;.]{1,40}?)\s+)?by)\s+/giu,
  /**
   * … a gapped second side after the first ("…, and the Iranian team by F", "…, Switzerland by Federal Councillor G",
   * "… and on the Tajik side by H"), or the members the first delegation also included ("…, and included I and J").
   */
  gapped:
    /(?:,|;|\band\b|\bwhile\b|\bwhereas\b)\s+(?:and\s+|while\s+|whereas\s+)?(?:on\s+)?(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’().-]+\s+){0,6}?(?:(?:was|were)\s+(?:also\s+)?(?:led|headed|represented)\s+)?by\s+|,?\s+and\s+(?:also\s+)?included\s+/gu,
  /** A gapped part holds no verb of its own but the side's ("and the treaty was signed by" is no gapped side). */
  gappedVerb:
    /\b(?:signed|initialled|adopted|approved|welcomed|received|hosted|opened|chaired|followed|accompanied|attended|facilitated|mediated|negotiated|concluded|agreed|appointed|elected|replaced|(?:has|have|had|is|are)\s+been)\b/i,
  /** "A led the Bangladesh delegation at the negotiations", "B headed the delegation of his movement". */
  ledThe:
    /\b(?:led|headed)\s+(?:the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:delegation|team|side|negotiating\s+team)\b/iu,
  /** A relative clause after a head ("…, who negotiated on behalf of the President"): its people are not read. */
  relativeClause: /,\s+(?:who|whose|which|whom)\b/g,
  /** A clause boundary before a head that "led the delegation": the subject is after it. */
  clauseBoundary: /(?:;|\bwhile\b|\bwhereas\b|,\s+and\b|\bbut\b)\s*/g,
  /** A head still to be named or to lead ("will be led by", "is to head"). */
  future:
    /\b(?:will|would|shall|is\s+to|are\s+to|to\s+be)\s+(?:also\s+)?(?:be\s+)?(?:led|headed|represented|lead|head)\b/i,
  /**
   * Events a delegation takes part in: talks, negotiations, rounds, meetings and gatherings, not visits or signings, nor
   * a process or format ("the Astana process"), which is no one sitting.
   */
  talkKind:
    /\b(?:talks|negotiations?|round|rounds|dialogue|consultations?|conference|meeting|summit|session|forum|council|retreat)\b/i,
  notTalk: /\b(?:visit|trip|tour|signing|ceremony|call|conversation|funeral|inauguration)\b/i,
  /** A negotiating team or delegation ("New Zealand's negotiating team was led by"): its head negotiated. */
  negotiating: /\bnegotiat/i,
  negotiationKind: /\b(?:negotiations?|rounds?|talks)\b/i,
  /** Sessions and press conferences of talks: not what a delegation sentence refers back to. */
  sessionPart: /\b(?:(?:opening|closing|plenary|working)\s+session|press\s+conference|(?:lunch|dinner)(?:eon)?)\b/i,
  /** A sentence that frames other talks than the readout's: "in those talks", "in which", "at the previous round". */
  recalledFrame:
    /\b(?:in|at|during|for)\s+(?:those|these|that|which|the\s+(?:earlier|previous|past|last|first|second|third)\b)/i,
  /** The principal inside an aide's or envoy's title: "National Security Advisor to the Prime Minister, A". */
  principalTitle:
    /\b(?:Envoy|Representative|Advis[eo]r|Emissary|Aide|Assistant|Chief\s+of\s+Staff)\s+(?:of|to|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*[\s,]+){0,3}$/u,
  /** A gap between the cue and a person that makes the person no member: "on behalf of", "two observers". */
  notMember: /\bon\s+behalf\s+of\b|\bobservers?\b/i,
};

/**
 * perf32: participated.side-led-by runs only on a sentence holding "led", "headed", "represented" or "chaired" as a
 * word (its sentence bits): every match of `ledBy` holds one of them between spaces, every match of `ledThe` "led" or
 * "headed" after a word boundary. Asked before the rule's own older checks, which stay ("side" is a part of
 * "President"). Under the tests a sentence kept out is checked against both patterns (`sentenceCued`).
 */
const SIDE_LED_BY_GATE: CueGate = {
  ...wordGate('led', 'headed', 'represented', 'chaired'),
  patterns: [PAR29_PATTERNS.ledBy, PAR29_PATTERNS.ledThe],
};

/** How many sentences back the delegation's sentence may refer to the talks. */
const REFER_BACK = 4;

/** Is `e` a held event of talks, not an incident, not one named with another year than the readout's? */
function heldTalk(k: RelKit, e: Found): boolean {
  const name = k.nameOf(e);
  if (e.planned || INCIDENT_NAME.test(name) || PAR29_PATTERNS.notTalk.test(name)) return false;
  if (!PAR29_PATTERNS.talkKind.test(name)) return false;
  return !k.docYear || ![...name.matchAll(/\b(?:19|20)\d\d\b/g)].some((y) => +y[0] !== k.docYear);
}

/**
 * The talks a delegation sentence `si` speaks of: the held talks it names, else (unless the sentence frames other talks,
 * `recalled`: "in those talks", "in which") the last held talks named in the REFER_BACK sentences before (not one of
 * their sessions or press conferences), else the readout's own meeting when it is talks. A negotiating team's head
 * (`negotiating`) takes part in negotiations, rounds and talks only, not in a signing meeting.
 */
function talksOf(k: RelKit, si: number, negotiating: boolean, recalled: boolean): Found[] {
  const { ev, main } = k;
  const fits = (e: Found) => heldTalk(k, e) && (!negotiating || PAR29_PATTERNS.negotiationKind.test(k.nameOf(e)));
  const inS = ev.eventMentions.filter((e) => e.sentence === si && fits(e));
  if (inS.length) return inS.filter((e, i) => inS.findIndex((x) => x.key === e.key) === i);
  if (recalled) return [];
  const back = ev.eventMentions
    .filter((e) => e.sentence < si && e.sentence >= si - REFER_BACK && fits(e))
    .filter((e) => !PAR29_PATTERNS.sessionPart.test(k.nameOf(e)))
    .pop();
  if (back) return [back];
  return main && fits(main) ? [main] : [];
}

/** The offsets (in the sentence) where the people of a "led by" cue and its gapped continuations begin. */
function ledByOpens(text: string): number[] {
  const first = [...text.matchAll(PAR29_PATTERNS.ledBy)];
  if (!first.length) return [];
  const opens = first.map((m) => m.index + m[0].length);
  for (const g of text.matchAll(PAR29_PATTERNS.gapped)) {
    if (g.index < opens[0]! || PAR29_PATTERNS.gappedVerb.test(g[0])) continue;
    opens.push(g.index + g[0].length);
  }
  return opens.sort((a, b) => a - b);
}

/**
 * participated.side-led-by: the people a sentence tells as the heads, members or representatives of a side, team or
 * delegation ("The Ivorian delegation was led by A, and the Malian delegation by B"; "Germany was represented by
 * Minister C"; "D led the Bangladesh delegation at the negotiations") take part in the talks the sentence names, else
 * in the readout's own meeting when it is talks, else in the last talks named in the sentences before. Not the people of
 * a relative clause on a head, a principal after "on behalf of", a head still to come, nor a visit or signing.
 */
export function participateSideLedBy(k: RelKit, participate: Participate): void {
  const { ctx, personsIn, clusterOf } = k;
  for (const s of ctx.sentences) {
    if (!sentenceCued(k, s, SIDE_LED_BY_GATE)) continue;
    if (!/\b(?:by|led|headed)\b/.test(s.text) || !/delegation|side|team|represented/.test(s.text)) continue;
    if (plannedBeforeSpeech(s.text) || PAR29_PATTERNS.future.test(s.text)) continue;
    const opens = ledByOpens(s.text);
    const ledThe = PAR29_PATTERNS.ledThe.exec(s.text);
    if (!opens.length && !ledThe) continue;
    const subjectEnd = Math.min(opens[0] ?? s.text.length, ledThe?.index ?? s.text.length);
    const recalled = PAR29_PATTERNS.recalledFrame.test(s.text.slice(0, subjectEnd));
    const targets = talksOf(k, s.index, PAR29_PATTERNS.negotiating.test(s.text.slice(0, subjectEnd)), recalled);
    if (!targets.length) continue;
    const relatives = [...s.text.matchAll(PAR29_PATTERNS.relativeClause)].map((r) => r.index);
    const boundaries = ledThe
      ? [...s.text.slice(0, ledThe.index).matchAll(PAR29_PATTERNS.clauseBoundary)].map((b) => b.index + b[0].length)
      : [];
    const subjectFrom = boundaries.length ? boundaries[boundaries.length - 1]! : 0;
    for (const [m] of personsIn(s.index)) {
      const at = (m.from ?? m.start) - s.start;
      const open = opens.filter((o) => o <= at).pop();
      const byCue = open !== undefined && !relatives.some((r) => r > open && r < at);
      // "Dr A, who has led the Namibian negotiating team since 2015": the person's own relative clause is the subject's.
      const end = (m.to ?? m.end) - s.start;
      const between = ledThe ? relatives.filter((r) => r > at && r < ledThe.index) : [];
      const subject =
        ledThe !== null &&
        at >= subjectFrom &&
        at < ledThe.index &&
        (!between.length || (between.length === 1 && between[0]! - end <= 1));
      if (!byCue && !subject) continue;
      if (behalfPrincipalAt(ctx.text, s.start, s.start + at)) continue;
      if (byCue && PAR29_PATTERNS.notMember.test(s.text.slice(open, at))) continue;
      if (PAR29_PATTERNS.principalTitle.test(s.text.slice(Math.max(0, at - 80), at))) continue;
      for (const e of targets) participate(e, clusterOf.get(m)!, s.index, 'participated.side-led-by');
    }
  }
}

/** participated.opened-by and participated.among-present: their cues, as named data. */
export const PAR29_GATHERING = {
  /** The kinds of gathering one opens, closes or convenes, and "the proceedings" of the readout's own. */
  kind: "summit|conference|meeting|session|forum|talks|dialogue|proceedings|congress|assembly|council|retreat|consultations|round|debate|gathering|ceremony|summit's\\s+work",
  /** "A opened the summit", "B, who had opened the Forum", "C formally closed the session". */
  openedObject:
    /\b(?:officially\s+|formally\s+)?(?:opened|closed|convened|inaugurated)\s+(?:the|this|that|its|their)\s+(?:[\p{L}'’-]+\s+){0,6}?(KIND)\b/iu,
  /** "The meeting was opened by President A", "The session was formally closed by B". */
  openedBy: /\b(?:was|were)\s+(?:officially\s+|formally\s+)?(?:opened|closed|inaugurated)\s+by\s+/i,
  /** "Opening the meeting, President A recalled …", "In closing the session, B …". */
  openingParticiple: /^(?:In\s+)?(?:Opening|Closing)\s+the\s+(?:[\p{L}'’-]+\s+){0,6}?(KIND)\b[^,;.]{0,60},\s+/iu,
  /** The subject of a sentence that tells its gathering by kind: "The meeting", "This session". */
  subjectKind: /^(?:The|This|That)\s+(?:[\p{L}'’-]+\s+){0,5}?(KIND)\b/iu,
  /**
   * participated.among-present: "Participants included A, B and C", "Among the participants were A and B", "the leaders,
   * among them A and B, …": the people after the cue; "A and B were among the leaders present": those before it.
   */
  listAfter:
    /\b(?:participants\s+(?:included|were)|(?:Among|Also\s+among)\s+(?:the\s+)?(?:participants|attendees|guests|dignitaries|leaders|those\s+(?:present|attending|taking\s+part))\s+(?:were|was)|(?:leaders|participants|heads\s+of\s+(?:state|government|delegation)|ministers|delegates),\s+among\s+them)\s+/giu,
  listBefore:
    /\b(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:leaders|participants|attendees|guests|dignitaries|heads\s+of\s+(?:state|government)|those)\s+(?:present|attending|who\s+(?:attended|took\s+part)|taking\s+part|in\s+attendance)\b/iu,
  /** A list item that stands for someone else: "A, who represented President B", "C, sent by D". */
  standsFor:
    /\b(?:represent(?:ed|ing)|on\s+behalf\s+of|in\s+place\s+of|sent\s+by|envoy\s+of|message\s+(?:of|from))\b[^,;]*$/i,
};

const withKind = (re: RegExp) => new RegExp(re.source.replace('KIND', PAR29_GATHERING.kind), re.flags);
const OPENED_OBJECT = withKind(PAR29_GATHERING.openedObject);
const OPENING_PARTICIPLE = withKind(PAR29_GATHERING.openingParticiple);
const SUBJECT_KIND = withKind(PAR29_GATHERING.subjectKind);

/**
 * perf32: participated.opened-by runs only on a sentence holding "opened", "closed", "convened", "inaugurated",
 * "opening" or "closing" as a word: every match of its three patterns holds one between a word boundary or a space and
 * a space (the older substring check, "pened" of "happened" too, stays after it; checked under the tests).
 */
const OPENED_BY_GATE: CueGate = {
  ...wordGate('opened', 'closed', 'convened', 'inaugurated', 'opening', 'closing'),
  patterns: [OPENED_OBJECT, PAR29_GATHERING.openedBy, OPENING_PARTICIPLE],
};

/** Is `e` a held gathering (not an incident, not planned)? */
const heldGathering = (k: RelKit, e: Found) => !e.planned && !INCIDENT_NAME.test(k.nameOf(e));

/**
 * The gathering a sentence tells by its kind word at sentence offset `at` (`kind`, e.g. "summit"): an event mention
 * there, else the readout's own meeting when it is of that kind (or any gathering for "proceedings", "session" aside),
 * else the last held one of that kind in the REFER_BACK sentences before.
 */
function gatheringAt(k: RelKit, si: number, at: number, kind: string): Found | undefined {
  const { ev, main } = k;
  const s = k.ctx.sentences[si]!;
  const there = ev.eventMentions.find((e) => e.sentence === si && e.start <= s.start + at && e.end > s.start + at);
  if (there) return heldGathering(k, there) ? there : undefined;
  // "…, where they were welcomed by A, who opened the proceedings": the proceedings of the gathering the sentence names.
  const earlier = ev.eventMentions.filter((e) => e.sentence === si && e.start < s.start + at && heldGathering(k, e));
  if (/^proceedings/i.test(kind) && earlier.length) return earlier[earlier.length - 1];
  const word = kind.toLowerCase().split(/\s+/)[0]!.replace(/'s$/, '');
  const ofKind = (e: Found) =>
    heldGathering(k, e) && (word === 'proceedings' || new RegExp(`\\b${word}`, 'i').test(k.nameOf(e)));
  if (main && ofKind(main) && !PAR29_PATTERNS.notTalk.test(k.nameOf(main))) return main;
  return ev.eventMentions.filter((e) => e.sentence < si && e.sentence >= si - REFER_BACK && ofKind(e)).pop();
}

/**
 * participated.opened-by: the person who opened, closed, convened or inaugurated a gathering ("AU Commission
 * Chairperson A opened the summit", "B, who had opened the Forum on 9 November", "The meeting was opened by the
 * President of Lithuania, C", "Opening the meeting, President D recalled") took part in it: the gathering named at the
 * kind word, else the readout's own meeting of that kind, else the last one of that kind told before. Not a gathering
 * still to come ("will open the summit"), nor one that is no gathering ("opened the way", "opened fire").
 */
export function participateOpenedBy(k: RelKit, participate: Participate): void {
  const { ctx, personsIn, clusterOf } = k;
  for (const s of ctx.sentences) {
    if (!sentenceCued(k, s, OPENED_BY_GATE)) continue;
    if (!/pened|losed|onvened|naugurated|pening|losing/.test(s.text) || plannedBeforeSpeech(s.text)) continue;
    if (/\b(?:will|would|shall|to)\s+(?:formally\s+|officially\s+)?(?:open|close|convene|inaugurate)\b/i.test(s.text))
      continue;
    const ps = personsIn(s.index);
    const give = (e: Found | undefined, pick: (at: number, end: number) => boolean) => {
      if (!e) return;
      for (const [m] of ps) {
        const at = (m.from ?? m.start) - s.start;
        if (pick(at, (m.to ?? m.end) - s.start) && !behalfPrincipalAt(ctx.text, s.start, s.start + at))
          participate(e, clusterOf.get(m)!, s.index, 'participated.opened-by');
      }
    };
    const obj = OPENED_OBJECT.exec(s.text);
    if (obj) {
      const kindAt = obj.index + obj[0].length - obj[1]!.length;
      const bounds = [...s.text.slice(0, obj.index).matchAll(PAR29_PATTERNS.clauseBoundary)];
      const from = bounds.length ? bounds[bounds.length - 1]!.index + bounds[bounds.length - 1]![0].length : 0;
      // The subject: the last person before the verb in its clause ("A, who had opened"; "B formally closed").
      const subject = ps
        .map(([m]) => m)
        .filter((m) => (m.to ?? m.end) - s.start <= obj.index && (m.from ?? m.start) - s.start >= from)
        .pop();
      if (subject)
        give(gatheringAt(k, s.index, kindAt, obj[1]!), (at) => at === (subject.from ?? subject.start) - s.start);
    }
    const by = PAR29_GATHERING.openedBy.exec(s.text);
    const subj = by ? SUBJECT_KIND.exec(s.text) : null;
    if (by && subj && subj[0].length <= by.index) {
      const open = by.index + by[0].length;
      const rel = s.text.slice(open).search(PAR29_PATTERNS.relativeClause);
      const end = rel < 0 ? s.text.length : open + rel;
      give(gatheringAt(k, s.index, subj[0].length - subj[1]!.length, subj[1]!), (at) => at >= open && at < end);
    }
    const part = OPENING_PARTICIPLE.exec(s.text);
    if (part) {
      const after = part[0].length;
      const first = ps
        .map(([m]) => (m.from ?? m.start) - s.start)
        .filter((at) => at >= after)
        .sort((a, b) => a - b)[0];
      const kindAt = part.index + part[0].indexOf(part[1]!);
      if (first !== undefined && first - after < 60)
        give(gatheringAt(k, s.index, kindAt, part[1]!), (at) => at === first);
    }
  }
}

/**
 * participated.among-present: the people a sentence lists as participants ("Participants included A, B, who gave the
 * keynote address, and C"; "Among the participants were A and B"; "the leaders, among them A and B, deliberated") or
 * tells "were among the leaders present" took part in the gathering the sentence names, else in the readout's own
 * meeting, else in the last gathering told in the REFER_BACK sentences before. Not a list item that stands for someone else ("A, who represented
 * President B"), nor a gathering still to come.
 */
export function participateAmongPresent(k: RelKit, participate: Participate): void {
  const { ctx, ev, main, personsIn, clusterOf } = k;
  for (const s of ctx.sentences) {
    if (!/mong|articipants/.test(s.text) || plannedBeforeSpeech(s.text)) continue;
    const after = [...s.text.matchAll(PAR29_GATHERING.listAfter)].map((m) => m.index + m[0].length);
    const before = PAR29_GATHERING.listBefore.exec(s.text);
    if (!after.length && !before) continue;
    const inS = ev.eventMentions.filter((e) => e.sentence === s.index && heldGathering(k, e));
    const back = ev.eventMentions.filter(
      (e) => e.sentence < s.index && e.sentence >= s.index - REFER_BACK && heldGathering(k, e),
    );
    const e = inS[0] ?? (main && heldGathering(k, main) ? main : back.pop());
    if (!e) continue;
    const bounds = before ? [...s.text.slice(0, before.index).matchAll(PAR29_PATTERNS.clauseBoundary)] : [];
    const from = bounds.length ? bounds[bounds.length - 1]!.index + bounds[bounds.length - 1]![0].length : 0;
    for (const [m] of personsIn(s.index)) {
      const at = (m.from ?? m.start) - s.start;
      const listed = after.some((o) => o <= at) || (before !== null && at >= from && at < before.index);
      if (!listed || behalfPrincipalAt(ctx.text, s.start, s.start + at)) continue;
      const item =
        s.text
          .slice(0, at)
          .split(/,|;|\band\b/)
          .pop() ?? '';
      if (PAR29_GATHERING.standsFor.test(item)) continue;
      participate(e, clusterOf.get(m)!, s.index, 'participated.among-present');
    }
  }
}

/**
 * participated.speaking-elsewhere: a person who speaks in a sentence opened by another place ("In Moscow, Kremlin
 * spokesman A said Russia had received no details of the talks") is quoted from there, not present at talks held
 * elsewhere: the sentence gives that person no participation in an event whose name holds another place or none of it.
 */
export const PARTICIPATED_SPEAKING_ELSEWHERE = {
  id: 'participated.speaking-elsewhere',
  opener: /^(?:Meanwhile,\s+|Back\s+)?(?:In|From)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+/u,
  speech: /\b(?:said|says|told|stated|declared|insisted|warned|added|commented|remarked)\b/,
};

/** Rule participated.speaking-elsewhere: is `c` named in sentence `si` only as a speaker in another place than `e`'s? */
export function speakingElsewhere(k: RelKit, e: Found, c: PersonCluster, si: number): boolean {
  const s = k.ctx.sentences[si];
  if (!s || !/^(?:Meanwhile|Back|In|From)\b/.test(s.text)) return false;
  const open = PARTICIPATED_SPEAKING_ELSEWHERE.opener.exec(s.text);
  if (!open || !PARTICIPATED_SPEAKING_ELSEWHERE.speech.test(s.text)) return false;
  const place = open[1]!;
  if (new RegExp(`\\b${place}\\b`).test(k.nameOf(e))) return false;
  if (k.ev.eventMentions.some((x) => x.sentence === si && x.key === e.key && /\b(?:in|at)\s+\p{Lu}/u.test(k.nameOf(x))))
    return false;
  return c.mentions.some((m) => k.ctx.sentenceAt(m.start) === si);
}

/**
 * participated.part-of-late: a meeting held on the margins of a gathering gives the gathering its people (GUIDE: "On
 * the margins / sidelines / occasion of"); the participation rules do so when they make the PART_OF, but people the
 * later rules add to the meeting ("On Thursday, he met Vice Premier A on the sidelines of the Boao Forum": the one
 * told by "he") came after. Run last, this gives each gathering the people its parts have by then. Not a visit, tour
 * or trip (the host of a session did not make the visit), nor a gathering still to come.
 */
export function participatePartOfLate(k: RelKit): void {
  const { ctx, ev, participants, nameOf } = k;
  const parts = ctx.relationsOf('PART_OF');
  if (!parts.length) return;
  for (const r of parts) {
    const parent = ev.eventMentions.find((e) => e.key === r.to);
    const child = ev.eventMentions.find((e) => e.key === r.from);
    if (!parent || !child || parent.planned || /\b(?:visit|tour|trip|mission|stay|journey)\b/i.test(nameOf(parent)))
      continue;
    const keys = new Set(ev.eventMentions.filter((e) => nameOf(e) === nameOf(child)).map((e) => e.key));
    const have = participants.get(parent.key) ?? new Set<PersonCluster>();
    for (const key of keys)
      for (const c of participants.get(key) ?? [])
        if (!have.has(c) && !onlyPrincipal(k, c)) k.participate(parent, c, r.sentence, 'participated.part-of-late');
  }
}

/** A person told only as a principal "on behalf of" (fl20b, fl21a's list form) took part in nothing by that. */
function onlyPrincipal(k: RelKit, c: PersonCluster): boolean {
  const { ctx } = k;
  return c.mentions.every((m) => {
    const s = ctx.sentences[ctx.sentenceAt(m.start)]!;
    const from = m.from ?? m.start;
    return (
      behalfPrincipalAt(ctx.text, s.start, from) ||
      PARTICIPATED_NOT_BEHALF_LIST.before.test(ctx.text.slice(Math.max(s.start, from - 120), from))
    );
  });
}
