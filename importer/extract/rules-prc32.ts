// Round prc32 (issue 6): precision of PARTICIPATED_IN on the annotated samples (docs/first-look.md, "Precision of
// PARTICIPATED_IN, PARTY_TO and INVOLVES on the annotated samples, by cause"). Tested in rules-prc32.test.ts.

/** Patterns of the prc32 rules, as named data. */
export const PRC32_PATTERNS = {
  /**
   * Rule participated.negotiator-not-main: a sentence that tells who negotiated ("X, who negotiated for the
   * Government throughout the talks", "who conducted the negotiations on behalf of the host Government", "The
   * understanding was negotiated over several weeks by technical teams …", "the negotiations were led by", "chief
   * negotiator", "the negotiating team", "his Special Envoy for the negotiations", "the delegation to the talks").
   */
  negotiator:
    /\bwho\s+(?:has\s+|had\s+)?negotiated\b|\bnegotiated\s+(?:[\w-]+\s+){0,4}?by\b|\b(?:conducted|conducts|conducting|led|leads|steered|steers)\s+the\s+negotiations\b|\bnegotiations\s+(?:were|was|have\s+been|had\s+been)\s+(?:led|conducted|headed|steered)\b|\b(?:chief|lead)\s+negotiators?\b|\bnegotiating\s+(?:team|delegation)s?\b|\b[Ee]nvoy\s+for\s+the\s+negotiations\b|\bdelegation\s+to\s+the\s+(?:talks|negotiations)\b/,
  /**
   * The same told of talks or a mediation ("who steered the talks on the five tracks", "conducted the talks on behalf
   * of the EU", "The Qatari mediation was conducted by"): read only against a main event that is no meeting.
   */
  talksConductor:
    /\b(?:conducted|conducts|conducting|steered|steers)\s+the\s+talks\b|\b(?:talks|mediation)\s+(?:were|was|have\s+been|had\s+been)\s+(?:led|conducted|headed|steered)\s+by\b/,
  /** A main event that is itself the negotiation: its people are the negotiators. */
  mainNegotiation: /\b(?:negotiations?|talks|round|consultations|dialogue|process|mediation)\b/i,
  /** A main event that is a meeting: "the talks" may be its own. */
  mainMeeting: /\b(?:meeting|summit|conference|session|visit|audience)\b/i,
  /** A sentence that also tells the signing: its signers sign at the main event. */
  signed: /\b(?:signed|initial(?:l)?ed|signatures?)\b/i,
  /** What every negotiator sentence holds (a cheap gate before the patterns). */
  gate: /negotiat|conduct|steer|mediation/i,
  /**
   * Rule participated.not-recalled-product: the words right before an event that name what it produced or did, not
   * who attended it: "in execution of the decisions of the summit held in Dakar on 4 June", "as expressed in the
   * resolutions of the 17th Extraordinary Session", "reviewed the follow-up to the EU-CELAC Summit held in Brussels",
   * "was appointed SADC Facilitator … by the Extraordinary Summit", "adopted by the Heads of State and Government at
   * the II CELAC Summit".
   */
  productLead:
    /\b(?:(?:decisions?|resolutions?|conclusions|recommendations|mandate)\s+(?:adopted\s+)?(?:of|by|at)|follow-up\s+to|commitments\s+made\s+at|appointed\s+[^.;]{0,80}?\s+by|adopted\s+by\s+[^.;,]{0,60}?\s+at)\s+(?:the|its)\s+$/i,
  /** A second event after the first's product words: "… of the 17th Session, held in Islamabad, and of the 49th Session". */
  productAnd: /,?\s+and\s+(?:of|at|by)\s+(?:the|its)\s+$/,
  /** The sentence tells who attended it after all ("…, which was attended by", "where the Prime Minister represented"). */
  attendanceAfter:
    /\b(?:attended|represented|took\s+part|participated|chaired|co-chaired|hosted|addressed|where|at\s+which|in\s+which)\b/i,
  /**
   * Rule participated.follows-other-meeting: "The visit follows the mission to Addis Ababa on 26 June of an Eritrean
   * delegation composed of A and B", "The Jeddah meeting follows the visit to Djibouti on 6 September of the Ministers
   * …, A, B and C": the people named after it took part in that earlier meeting, not in the readout's own.
   */
  followsMeeting:
    /\b(?:follows|followed|comes[^\S\n]+after|came[^\S\n]+after)[^\S\n]+(?:the|a|an|their|his|her)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}(?:meetings?|talks|summits?|negotiations|calls?|conversations?|visits?|missions?|consultations|trips?|rounds?)\b/i,
  /** What every product lead holds (a cheap gate). */
  productGate: /decision|resolution|conclusions|recommendations|mandate|follow-up|commitments|appointed|adopted/i,
} as const;

/**
 * Rule participated.negotiator-not-main: the people of a sentence that tells who negotiated or conducted the talks
 * took part in the negotiations, not in the readout's main event when that is a signing, a ceremony, a call or a
 * meeting ("The Government delegation was led by the Attorney General, X, who negotiated for the Government throughout
 * the talks" in the readout of a signing). A main event that is itself the negotiations, talks or a round keeps them;
 * "conducted the talks" is read against a signing, a ceremony or a call only (a meeting's talks may be its own). A
 * sentence that also tells a signing ("negotiated by A and signed by B") is left to the signing rules. Read by
 * participated.main-sentence (the delegation rules keep their leaders: the readout's sides are read from them).
 */
export function negotiatorNotMain(sentence: string, mainName: string | undefined): boolean {
  const P = PRC32_PATTERNS;
  if (!mainName || !P.gate.test(sentence) || P.mainNegotiation.test(mainName) || P.signed.test(sentence)) return false;
  return P.negotiator.test(sentence) || (!P.mainMeeting.test(mainName) && P.talksConductor.test(sentence));
}

/**
 * Rule participated.not-recalled-product: the people of a sentence take no part, through participated.same-sentence,
 * in an event named only as the source of decisions, resolutions, a mandate or a follow-up ("the Chairperson of the
 * Authority, X, in execution of the decisions of the summit held in Dakar on 4 June"), unless the sentence tells its
 * attendance after it ("the outcomes of the Leaders Meeting held in Suva, which was attended by …"). `prev` is the end
 * of the sentence's last event so read, for a coordinated second one ("… of the 17th Session, and of the 49th Session").
 */
export function recalledProduct(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  e: { start: number; end: number },
  prev?: number,
): boolean {
  const P = PRC32_PATTERNS;
  const lead = text.slice(Math.max(sentenceStart, e.start - 100), e.start);
  const coordinated =
    prev !== undefined && prev <= e.start && e.start - prev < 80 && P.productAnd.test(text.slice(prev, e.start));
  if (!coordinated && !(P.productGate.test(lead) && P.productLead.test(lead))) return false;
  return !P.attendanceAfter.test(text.slice(e.end, sentenceEnd));
}

/**
 * The event mentions of one sentence (in text order) that participated.not-recalled-product reads as a product's
 * source, the coordinated second one included. Also read by discussed.event: an event so named, which now has no
 * participants, is background, no subject (as it was while it had them).
 */
export function recalledProductMentions<T extends { start: number; end: number }>(
  text: string,
  sentence: { start: number; end: number },
  mentions: readonly T[],
): Set<T> {
  const out = new Set<T>();
  let prev: number | undefined;
  for (const e of [...mentions].sort((a, b) => a.start - b.start))
    if (recalledProduct(text, sentence.start, sentence.end, e, prev)) {
      out.add(e);
      prev = e.end;
    }
  return out;
}
