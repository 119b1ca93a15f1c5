// Negotiators of an agreement told in general constructions (helper neg12); rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { AGREEMENT_HEADS } from './lexicons.ts';
import { mayMatch } from './text.ts';

/** Patterns of the rules in this file, as named data. */
export const NEG12_PATTERNS = {
  /** "the Boundary Treaty negotiations", "the peace treaty talks": an agreement named right before the talks' noun. */
  beforeTalks: /^\s+(?:negotiations|talks)\b/i,
  /** "negotiations on the Annex": the sentence names what was negotiated, so the readout's agreement is not meant. */
  negotiationsOn: /\bnegotiat\w*\s+(?:on|of|for)\s+(?:the\s+|an?\s+)?[A-Za-z]/i,
  /** A resolution or a law is no negotiated agreement of the readout's parties. */
  notNegotiated: /\b(?:UNSCR|resolution|law|act|charter)\b/i,
  /** "who took part in the final round of talks": a participant of a negotiating round is a negotiator. */
  roundTakenPart:
    /\b(?:took\s+part|takes\s+part|participated|participates|was\s+involved|were\s+involved)\s+in\s+(?:the\s+|each\s+|every\s+|all\s+)?(?:[\w-]+\s+){0,2}rounds?\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations)\b/i,
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

/**
 * "The negotiations were led by the two Foreign Ministers", "The two Presidents negotiated the text": the title
 * plural (with an optional capitalised modifier) after "by the two" or before "negotiated".
 */
const TWO_TITLED = [
  /\b(?:negotiations|talks)\s+(?:were|had\s+been|have\s+been)\s+(?:personally\s+)?(?:led|conducted|headed|handled|steered)\s+by\s+the\s+two\s+((?:[A-Z][\w-]*\s+)?[A-Za-z-]+s)\b/,
  /\b[Tt]he\s+two\s+((?:[A-Z][\w-]*\s+)?[A-Za-z-]+s)\s+(?:(?:had|have|personally|themselves)\s+)?(?:negotiated|(?:led|conducted|steered)\s+the\s+negotiations)\b/,
];

/** Whether the sentence has a "the two X negotiated" / "negotiations were led by the two X" phrase. */
export const hasTwoTitled = (sentence: string): boolean => TWO_TITLED.some((re) => re.test(sentence));

/** Title words of "the two X" that name no office ("the two sides", "the two countries"). */
const NOT_TITLES = /^(?:sides|countries|parties|delegations|teams|governments|states|nations|leaders)$/i;

/**
 * Rule negotiates.the-two-titled (neg12): the two people the text gives the title "the two X" stands for, when exactly
 * two people hold an office whose title has that word (and the modifier, if any: "Foreign" in "Minister of Foreign
 * Affairs"), else the two of them whose office is of a party to the agreement. Empty when the sentence has no such phrase or the title does not single out two people.
 */
export function twoTitledNegotiators(k: RelKit, sentence: string, target: Found | undefined): string[] {
  const m = TWO_TITLED.map((re) => re.exec(sentence)).find(Boolean);
  if (!m) return [];
  const words = m[1]!.toLowerCase().split(/\s+/);
  const head = words.pop()!;
  if (NOT_TITLES.test(head)) return [];
  const word = head.replace(/s$/, '');
  const holders = [...k.people.offices].filter(([, offices]) =>
    offices.some((o) => {
      const t = o.title.toLowerCase();
      return t.includes(word) && words.every((w) => t.includes(w));
    }),
  );
  if (holders.length === 2) return holders.map(([c]) => k.key(c));
  // "the two Presidents" among more presidents: those of the agreement's two parties.
  const parties = new Set(
    k.ctx
      .relationsOf('PARTY_TO')
      .flatMap((r) => (target && r.to === target.key ? [r.from, k.ctx.entity(r.from)?.name ?? r.from] : [])),
  );
  const ofParties = holders.filter(([, offices]) => offices.some((o) => parties.has(o.owner)));
  return ofParties.length === 2 ? ofParties.map(([c]) => k.key(c)) : [];
}

/** "The memorandum concludes / is the outcome of / crowns weeks of talks": the agreement before the verb. */
const CONCLUDES_TALKS =
  /\b(?:concludes|concluded|crowns|crowned|caps|capped|(?:is|was)\s+the\s+(?:result|outcome|fruit|culmination)\s+of|results\s+from|resulted\s+from)\b[^.]*?\b(?:talks|negotiations)\b/i;

/** "The Turkish delegation was led by A", "A headed the Finnish team": a head of delegation or team. */
const DELEGATION_LED =
  /\b(?:delegations?|teams?|side)\b[^.]*\b(?:led|headed)\s+by\b|\b(?:led|headed)\s+the\s+(?:[\w-]+\s+){0,2}(?:delegation|team|side)\b/i;
/** What every match of DELEGATION_LED holds, under its case flag (`mayMatch`). */
const DELEGATION_LED_NEEDS = /led\s|headed\s/i;

/**
 * Rule negotiates.talks-delegation-head (neg12): "The memorandum concludes several weeks of talks. … The Turkish
 * delegation was led by A": the agreement a sentence says concluded talks, for the heads of delegation told in the
 * next two sentences. Returns the agreement, or undefined when the construction is absent.
 */
export function talksAgreementFor(
  k: RelKit,
  sentence: number,
  agreementsIn: (s: number) => Found[],
): Found | undefined {
  const s = k.ctx.sentences[sentence];
  if (!s || !mayMatch(s.text, DELEGATION_LED_NEEDS, DELEGATION_LED) || !DELEGATION_LED.test(s.text)) return undefined;
  for (let back = 0; back <= 2 && sentence - back >= 0; back++) {
    const t = k.ctx.sentences[sentence - back]!;
    const m = CONCLUDES_TALKS.exec(t.text);
    const a = m && (agreementsIn(t.index).find((x) => !x.planned && x.end <= t.start + m.index) ?? headBefore(k, t));
    if (a) return a;
  }
  return undefined;
}

/** "The memorandum concludes …": the last agreement named before whose name has the head noun the sentence opens with. */
function headBefore(k: RelKit, t: { start: number; text: string }): Found | undefined {
  const m = /^The\s+([a-z]+)\b/.exec(t.text);
  if (!m || !AGREEMENT_HEADS.some((h) => h.toLowerCase() === m[1])) return undefined;
  const head = new RegExp(`\\b${m[1]}\\b`, 'i');
  return k.ev.agreementMentions.filter((a) => a.end <= t.start && !a.planned && head.test(a.name)).pop();
}
