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
