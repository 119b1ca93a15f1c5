// Round prc30 (issue 6): false and missed PARTY_TO, OFFICE_OF and HOLDS_OFFICE on the annotated samples
// (docs/first-look.md, "PARTY_TO, OFFICE_OF and HOLDS_OFFICE on the annotated samples"). Tested in rules-prc30.test.ts.
/** Patterns of the prc30 rules, as named data. */
export const PRC30_PATTERNS = {
  /**
   * Rule office.behalf-after-title: right after a bare title, before the state, the holder's name if the title comes
   * first ("the Minister of Transport, Prof. X, for the …"), then "on behalf of" or "for", then "the Government of".
   * "Mr. X, Secretary at the Ministry of Power, on behalf of the Government of India": no name between.
   */
  behalfAfterTitle:
    /^,?[^\S\n]+(?:(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,4}\p{Lu}[\p{L}.'’-]*,[^\S\n]+)?(on[^\S\n]+behalf[^\S\n]+of|for)[^\S\n]+(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?$/u,
  /** A signing told in the sentence before the title: "for" names a side only there ("signed by …, for Tanzania"). */
  signedBefore: /\b(?:signed|initialled|countersigned)\b/,
  /** What may follow the state for it to be the side the title acted for: an end of clause, not "'s support". */
  stateEnd: /^(?:\s*[,.;:)]|\s+and\b|\s*$)/,
  /**
   * Rule person.not-word-after-the: a title that ends "of / for / with the <Word>" ("the Chairman of the National",
   * "the Administrator of the Panama", "Relations with the State") and a one-word "name" right after it ("Transitional
   * Government", "Canal", "Philatelic and Numismatic Company"): the word continues the body the title names, it is no
   * person. A state's own form ("the President of the Republic Lula") keeps its one-word name.
   */
  titleEndsWithTheWord: /\b(?:of|for|with)[^\S\n]+the[^\S\n]+\p{Lu}[\p{L}-]*$/u,
  stateFormWord: /\b(?:Republic|Kingdom|Federation|Confederation|Union|Principality|Commonwealth|Sultanate|Emirates)$/,
  /**
   * Rule office.its-title-organisation: "by / and / with its" right before a title ("The MDC formation … was
   * represented by its Secretary-General, X", "… led by its President, Colonel Y, … and its spokesperson, Z").
   */
  itsBefore: /\b(?:by|and|with|through)[^\S\n]+its[^\S\n]+$/,
  /**
   * Rule office.behalf-who-agent: from the agent's state to the principal's title: the rest of the agent's apposition
   * (up to two commas), a relative clause "who …", then "on behalf of" / "representing" / "acting for" right before
   * the title: "the United States Secretary of State, Antony Blinken, who is visiting Port Moresby on behalf of
   * President Y", "Special Envoy of the Republic of the Marshall Islands, who attended on behalf of President Z".
   */
  agentWhoBehalf:
    /^(?:[^.;,\n]*,){0,2}[^\S\n]+who[^\S\n]+[^.;,\n]{0,60}?\b(?:on[^\S\n]+behalf[^\S\n]+of|representing|acting[^\S\n]+for|acts[^\S\n]+for)[^\S\n]+$/,
  /**
   * Rule sides.mediation-noun: after a state's adjective, its mediation or facilitation ("the Qatari mediation", "the
   * Angolan facilitation"); before a state, talks it hosted ("negotiations hosted by the State of Qatar").
   */
  mediationAfterDemonym: /^[^\S\n]+(?:mediation|facilitation|mediators?|facilitators?)\b/,
  hostedTalksBefore:
    /\b(?:negotiations|talks|dialogue|consultations)[^\S\n]+(?:were[^\S\n]+)?hosted[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?(?:(?:State|Government|Kingdom|Republic)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?$/,
} as const;

/** A gazetteer hit as the owner rules read it. */
type Hit = { type: 'State' | 'Organization'; name: string; start: number; end: number; demonym: boolean };

/**
 * Rule office.its-title-organisation: a bare title after "by / and / with its" whose sentence names an organisation
 * last before it (no state named between) is that organisation's office: "The delegation of the National Committee
 * (CNSP) was led by its President, Colonel X", "The MDC … was represented by its Secretary-General, Y". The state
 * form ("the Italian Republic and its Minister") is office.its-title-state's (fl27c); a state named nearer than the
 * organisation leaves the title to the other rules.
 */
export function itsTitleOrganisation(
  text: string,
  sentenceStart: number,
  titleStart: number,
  hits: readonly Hit[],
): string | undefined {
  const m = PRC30_PATTERNS.itsBefore.exec(text.slice(Math.max(sentenceStart, titleStart - 16), titleStart));
  if (!m) return undefined;
  const at = titleStart - m[0].length;
  const last = hits
    .filter((h) => h.start >= sentenceStart && h.end <= at && !h.demonym)
    .reduce<Hit | undefined>((a, h) => (!a || h.end > a.end ? h : a), undefined);
  return last?.type === 'Organization' ? last.name : undefined;
}

/** Rule person.not-word-after-the: whether a one-word name `raw` after the title `titleSurface` is no person. */
export function wordAfterTheTitle(titleSurface: string, raw: string): boolean {
  const P = PRC30_PATTERNS;
  return !/\s/.test(raw) && P.titleEndsWithTheWord.test(titleSurface) && !P.stateFormWord.test(titleSurface);
}

/**
 * Rule office.behalf-after-title: a bare title followed by the state its holder acted for: "…, and by Mr. X, Secretary
 * at the Ministry of Power, on behalf of the Government of India" (that state's Secretary), "signed by …, and by the
 * Minister of Transport, Prof. Y, for the United Republic of Tanzania". "for" only in a sentence that tells a signing
 * before the title, and only when the state ends the clause ("thanked the Minister, Z, for Japan's support" is not).
 * Returns whether the text between the title's end and the state, and the state's tail, read so.
 */
export function behalfAfterTitle(before: string, between: string, after: string): boolean {
  const P = PRC30_PATTERNS;
  const m = P.behalfAfterTitle.exec(between);
  if (!m || !P.stateEnd.test(after)) return false;
  return m[1] !== 'for' || P.signedBefore.test(before);
}

/**
 * Rule office.behalf-who-agent: a leader's bare title after "who … on behalf of" is the office of the state named last
 * before the relative clause, in the agent's own words: "the United States Secretary of State, Antony Blinken, who is
 * visiting Port Moresby on behalf of President Joseph R. Biden" (the United States' President, not the host's), "John
 * Silk, Special Envoy of the Republic of the Marshall Islands, who attended on behalf of President David Kabua". `states`
 * are the sentence's state hits before the title, capitals left out.
 */
export function behalfWhoAgentState(
  text: string,
  titleStart: number,
  states: readonly { name: string; end: number }[],
): string | undefined {
  const last = states.reduce<{ name: string; end: number } | undefined>(
    (a, h) => (h.end <= titleStart && (!a || h.end > a.end) ? h : a),
    undefined,
  );
  return last && PRC30_PATTERNS.agentWhoBehalf.test(text.slice(last.end, titleStart)) ? last.name : undefined;
}

/**
 * Rule sides.mediation-noun (extends sides.facilitator): a state the text gives a mediation ("the Qatari mediation was
 * conducted by …", "the patience of the Angolan facilitation") or whose hosting of the talks it tells ("a year of
 * negotiations hosted by the State of Qatar") mediates; it is no side of the readout's agreements.
 */
export function mediatorByNoun(text: string, h: { start: number; end: number; demonym: boolean }): boolean {
  const P = PRC30_PATTERNS;
  if (h.demonym) return P.mediationAfterDemonym.test(text.slice(h.end, h.end + 20));
  return P.hostedTalksBefore.test(text.slice(Math.max(0, h.start - 70), h.start));
}
