// Negotiators of an agreement told in general constructions (helper neg12); rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/** Patterns of the rules in this file, as named data. */
export const NEG12_PATTERNS = {
  /** "the Boundary Treaty negotiations", "the peace treaty talks": an agreement named right before the talks' noun. */
  beforeTalks: /^\s+(?:negotiations|talks)\b/i,
  /** "negotiations on the Annex": the sentence names what was negotiated, so the readout's agreement is not meant. */
  negotiationsOn: /\bnegotiat\w*\s+(?:on|of|for)\s+(?:the\s+|an?\s+)?[A-Za-z]/i,
  /** A resolution or a law is no negotiated agreement of the readout's parties. */
  notNegotiated: /\b(?:UNSCR|resolution|law|act|charter)\b/i,
  /** "X said that …": the reporter of the negotiations, before a reporting verb with "that". */
  reporter: /\b(?:said|stated|noted|added|stressed|recalled|underlined|emphasi[sz]ed)\s+that\b/i,
};

/** "the third round of the peace treaty negotiations": the agreement named right before "negotiations" / "talks". */
export function agreementBeforeTalks(k: RelKit, ags: Found[]): Found | undefined {
  return ags.find((a) => NEG12_PATTERNS.beforeTalks.test(k.ctx.text.slice(a.end, a.end + 16)));
}

/**
 * "Chile and Peru today signed the "Arrangement on …". … A led the Chilean delegation at the negotiations": with no
 * other agreement to hand, the negotiations are those of the readout's own agreement, the first one named in the text
 * as concluded (not planned, not older than the readout).
 */
export function readoutAgreement(k: RelKit, sentence: string): Found | undefined {
  if (NEG12_PATTERNS.negotiationsOn.test(sentence)) return undefined;
  return k.ev.agreementMentions.find(
    (a) =>
      !a.planned && k.ctx.entity(a.key)?.props.status === 'concluded' && !NEG12_PATTERNS.notNegotiated.test(a.name),
  );
}

/** "HE the Minister said that the agreement crowns negotiations … led by A and B": the speaker (before "said that"). */
export function reporterBefore(sentence: string, sentenceStart: number, at: number): boolean {
  const m = NEG12_PATTERNS.reporter.exec(sentence);
  return !!m && at < sentenceStart + m.index;
}
