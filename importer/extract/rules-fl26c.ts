// Rules of round fl26c (issue 6), written after the first look at three new samples (a Sahelian presidency's
// plain-text release on a peace agreement signed under a Gulf mediation, an Alpine government's web page on a trade
// agreement signed at a ministerial meeting, a Sahelian presidency's Markdown release on a summit that signed a
// treaty). Each rule is a general construction; tests on made-up sentences, negative ones included, in
// rules-fl26c.test.ts. Rule data (patterns) are named next to the rules.

/**
 * Rule agreement.title-participle: "the Treaty establishing the Confederation of …", "the Protocol relating to the
 * Status of …", "the Agreement governing the Activities of …": a formal title that opens with its head goes on over a
 * lowercase participle of establishing, creating, governing or relating, as it does over "on", "of" or "concerning". Not "amending" (a "Protocol amending the X Agreement" is two instruments,
 * rule agreement.amending-protocol of fl13b), not "following", "signed" or "reached" ("the Agreement following the
 * talks" is prose), and only before a capitalised complement (agreements.ts, TITLE_TAIL).
 */
export const AGREEMENT_TITLE_PARTICIPLE = {
  id: 'agreement.title-participle',
  words: [
    'establishing',
    'creating',
    'instituting',
    'governing',
    'relating to',
    'Relating to',
    'Creating',
    'Instituting',
    'Governing',
  ],
};

/** Rule agreement.title-participle: the participles as one regex alternation, spaces as `sp`. */
export function titleParticiples(sp: string): string {
  return AGREEMENT_TITLE_PARTICIPLE.words.map((w) => w.replace(/ /g, sp)).join('|');
}

const S = '[^\\S\\n]+';
const SIGNING_NOUN_PHRASE = `(ceremony${S}(?:of|for)${S}(?:the${S})?(?:signature|signing)|signing(?:${S}ceremony)?|signature)${S}(?:of|for)${S}(?:(?:the|an?)${S})?$`;

/**
 * Rule event.signing-attended: "The President … attended this Monday in Doha the ceremony of signature of the X",
 * "the ministers took part in the signing of the X", "The highlight of the meeting was the signature of a free trade
 * agreement between …": a signing named by its noun before what was signed, as the object of a verb of attending or the
 * complement of "was", is an event (the signing of X), held when the verb is in the past ("attended", "was"), else
 * held unless the text tells it to come. Who attends it (the
 * subject before the verb) takes part in it; so do those the next sentences tell as signing ("The agreement was signed
 * for A by X", "Minister Y signed on behalf of B") or as present ("in the presence of Z").
 */
export const EVENT_SIGNING_ATTENDED = {
  id: 'event.signing-attended',
  /** A verb of attending, up to 60 characters of the clause, then the signing noun and "of": group 1 the noun. */
  attended: new RegExp(
    `\\b(?:attended|attends|attending|took${S}part${S}in|takes${S}part${S}in|participated${S}in|(?:was|were)${S}present${S}at)\\b[^.;:]{0,60}?${S}the${S}${SIGNING_NOUN_PHRASE}`,
    'u',
  ),
  /** "was the signature of", "were the signing of": the noun as the complement of "was". */
  copula: new RegExp(`\\b(?:was|were)${S}the${S}${SIGNING_NOUN_PHRASE}`, 'u'),
  /** How far before the agreement the noun is looked for. */
  window: 200,
  /** How many sentences after the signing's sentence may tell its signers. */
  followSentences: 8,
  /** A clause that tells a signing: "signed", not "to be signed" or "will sign". */
  signedVerb: /\bsigned\b/,
  /** The agent of a passive signing: "signed for A by", "signed on behalf of A by": up to the clause's end. */
  passiveBy: /\bsigned\b[^.;]{0,80}?\bby[^\S\n]+([^.;]*)/,
  /** "in the presence of A and B": up to the clause's end. */
  presence: /\bin[^\S\n]+the[^\S\n]+presence[^\S\n]+of[^\S\n]+([^.;]*)/,
};

/** Rule event.signing-attended: a signing noun before an agreement that starts at `agStart`, or undefined. */
export function signingAttendedBefore(
  text: string,
  sentenceStart: number,
  agStart: number,
): { noun: string; at: number; verbAt?: number; past: boolean } | undefined {
  const from = Math.max(sentenceStart, agStart - EVENT_SIGNING_ATTENDED.window);
  const before = text.slice(from, agStart);
  if (!/sign/.test(before)) return undefined;
  const m = EVENT_SIGNING_ATTENDED.attended.exec(before);
  const c = m ? undefined : EVENT_SIGNING_ATTENDED.copula.exec(before);
  const hit = m ?? c;
  if (!hit) return undefined;
  const at = from + hit.index + hit[0].lastIndexOf(hit[1]!);
  // Told in the past ("attended", "took part in", "was the signature of"), the signing was held.
  const past = !m || /^(?:attended|took|participated|was|were)\b/.test(hit[0]);
  return m ? { noun: hit[1]!, at, verbAt: from + hit.index, past } : { noun: hit[1]!, at, past };
}

/**
 * Rule event.signing-attended: whether a person at `at` of sentence text `s` (offsets within `s`) is told as signing or
 * present: before "signed" in its clause, the agent after "signed … by", or inside "in the presence of".
 */
export function toldAsSigner(s: string, at: number): boolean {
  const { signedVerb, passiveBy, presence } = EVENT_SIGNING_ATTENDED;
  const p = presence.exec(s);
  if (p && at >= p.index + p[0].indexOf(p[1]!) && at < p.index + p[0].length) return true;
  const v = signedVerb.exec(s);
  if (!v) return false;
  const by = passiveBy.exec(s);
  if (by) return at >= by.index + by[0].length - by[1]!.length && at < by.index + by[0].length;
  return at < v.index && !/[.;]|,[^\S\n]+(?:and|but|while)\b/.test(s.slice(at, v.index));
}

/**
 * Rule participated.gathering-brought-together: "The Summit brought together, around the host, A, B and C", "The
 * meeting brought together the ministers of …, X and Y": the people a gathering is told to have brought together took
 * part in it (a cue of the attendance lists of rules-participation.ts, ALSO_PRESENT; ev23 reads only "brought together
 * six heads of state:" before a colon). ASCII classes only: read without the u flag.
 */
export const PARTICIPATED_GATHERING_BROUGHT_TOGETHER = {
  id: 'participated.gathering-brought-together',
  cue: /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|session|conference|dialogue|forum|round|consultations|ceremony)\s+(?:also\s+)?brought\s+together\b/,
};
