// Agreements told in constructions the fifth agreements bank (bank-agreements-5.ts, helper agr26) found missed or read
// wrongly: a short or other-language name in brackets after a title ("the Convention on … (Ottawa Convention)", "…,
// known in Macedonian as X (the Prespa Agreement)") is that title again; agreements named by a definite description
// ("the arrangement on the release of detainees", "the understanding on the exchange of captives") or by what they do
// ("a deal to extend the grain corridor", "the agreement to extend the Treaty"); and a state that ratified, accepted,
// acceded to, is a party to or withdrew from an agreement, told by a possessive ("Lithuania's withdrawal from X") or
// by an instrument deposited ("deposited … its instrument of ratification of X"), is its party.
import { subjectEnd } from './agreement-described.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/** The patterns of the agr26 rules, as named data. */
export const AGR26_PATTERNS = {
  /**
   * agreement.bracketed-short-name: what lies between a title and a second name that is the same agreement: an open
   * bracket ("… Destruction (Ottawa Convention)"), or "known (in Macedonian) as X (the …".
   */
  bracketGap:
    /^(?![^(]*\b(?:and|or)[^\S\n]+(?:the|an?)[^\S\n]+\p{Lu})[^().;\n]{0,50}\((?:the[^\S\n]+)?$|^,?[^\S\n]+(?:also[^\S\n]+)?(?:known|referred[^\S\n]+to|called)[^\S\n]+(?:in[^\S\n]+\p{Lu}\p{L}+[^\S\n]+)?as[^\S\n]+[^(),.;\n]{1,60}\((?:the[^\S\n]+)?$/u,
  /** … and the bracket closing right after the second name. */
  bracketClose: /^[^\S\n]*\)/,
  /**
   * agreement.definite-description: "the arrangement on the release of …", "an understanding on the exchange of …":
   * a head, "on the", then a noun of what is settled and "of" (group 1: from the head to the subject's start).
   */
  definiteOn:
    /\b(?:the|an?)[^\S\n]+((?:arrangement|understanding|agreement|deal|accord|memorandum[^\S\n]+of[^\S\n]+understanding)[^\S\n]+on[^\S\n]+the[^\S\n]+(?=(?:release|exchange|return|status|transfer|repatriation|transit|delimitation|demarcation|extension|resumption|reopening|establishment|export|import|supply|use|protection|sharing|handover|withdrawal|swap)[^\S\n]+of[^\S\n]))/gu,
  /** agreement.to-extend: "a deal to extend the grain corridor", "the agreement to extend the Treaty on …". */
  toDo: /\b(?:the|an?)[^\S\n]+((?:deal|agreement|arrangement|understanding|accord)[^\S\n]+to[^\S\n]+(?:extend|renew|prolong|resume|reopen|restore|release|exchange|swap)[^\S\n]+)(?=the[^\S\n]|\p{Ll})/gu,
  /**
   * party-to.standing: a state's standing towards an agreement told right before it: "X has been a party to", "X
   * deposited … its instrument of ratification of", "X's withdrawal from", "X's ratification of" (group 1: the
   * possessor's "'s", when told by a possessive).
   */
  standingBefore:
    /(?:\b(?:has|have|had)[^\S\n]+(?:been|become)[^\S\n]+(?:a[^\S\n]+)?(?:state[^\S\n]+)?part(?:y|ies)[^\S\n]+to|\b(?:is|are|was|were|became)[^\S\n]+(?:a[^\S\n]+)?(?:state[^\S\n]+)?part(?:y|ies)[^\S\n]+to|\bdeposited\b[^.;\n]{0,80}?\b(?:its|their)[^\S\n]+instruments?[^\S\n]+of[^\S\n]+(?:ratification|acceptance|accession|approval)[^\S\n]+(?:of|to)|(['’]s)[^\S\n]+(?:withdrawal|exit|ratification|accession|suspension)[^\S\n]+(?:from|of|to))[^\S\n]+(?:the[^\S\n]+)?$/u,
};

/** A name span (the shape agreements.ts returns). */
interface Span {
  surface: string;
  start: number;
  rule: string;
}

/**
 * Rule agreement.bracketed-short-name: the agreement already found whose title ends right before `[s, e)` with an
 * open bracket or a "known as … (" between them, the bracket closing after it: the name in brackets is that one's.
 */
export function bracketedNameOf(text: string, agreements: Found[], s: number, e: number): Found | undefined {
  if (!AGR26_PATTERNS.bracketClose.test(text.slice(e, e + 3))) return undefined;
  return agreements.find((x) => x.end <= s && x.end >= s - 120 && AGR26_PATTERNS.bracketGap.test(text.slice(x.end, s)));
}

/** Rules agreement.definite-description and agreement.to-extend: agreements named by what they settle or do. */
export function agr26AgreementSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/\b(?:on the|to)\s/.test(text)) return out;
  for (const m of text.matchAll(AGR26_PATTERNS.definiteOn)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = subjectEnd(text, m.index + m[0].length, 14, 'the');
    // "… detainees between A and B": the parties after "between" are no part of the name.
    const surface = text.slice(start, end).replace(/[^\S\n]+between[^\S\n].*$/su, '');
    if (end > m.index + m[0].length) out.push({ surface, start, rule: 'agreement.definite-description' });
  }
  for (const m of text.matchAll(AGR26_PATTERNS.toDo)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = subjectEnd(text, m.index + m[0].length, 10, 'of');
    if (end > m.index + m[0].length) out.push({ surface: text.slice(start, end), start, rule: 'agreement.to-extend' });
  }
  return out;
}

/**
 * Rule party-to.standing: "Ghana has been a party to the Montreal Protocol", "Colombia deposited … its instrument of
 * ratification of the Escazú Agreement", "Lithuania's withdrawal from the Convention …": the state (the clause's
 * subject, or the possessor) is a party; a withdrawal or suspension leaves it one (GUIDE: every state on a side).
 */
export function addStandingParties(k: RelKit): void {
  const { ctx } = k;
  if (!/part(?:y|ies) to|instrument|['’]s (?:withdrawal|exit|ratification|accession|suspension)/.test(ctx.text)) return;
  for (const a of k.ev.agreementMentions) {
    const s = ctx.sentences[a.sentence]!;
    const before = ctx.text.slice(s.start, a.start);
    const m = AGR26_PATTERNS.standingBefore.exec(before);
    if (!m) continue;
    const at = s.start + m.index;
    // The possessor right before "'s"; else the subject: the one state or organisation opening the clause (after a
    // dateline), right before the verb.
    const lo = s.start + (DATELINE.exec(before)?.[0].length ?? 0);
    const hits = k.hitsIn(lo, at).filter((h) => !h.demonym);
    const h = m[1] ? hits.find((x) => x.end === at) : subjectHit(ctx.text, hits, lo, at);
    const key = h && k.hitKeys.get(h);
    if (key) ctx.relate('PARTY_TO', key, a.key, a.sentence, 'party-to.standing');
  }
}

/** A dateline before a dash: "Bogotá – ", "ACCRA (GNA) – ". */
const DATELINE = /^[^–—\n]{0,60}(?:--|[–—]|\s-\s)\s*/;

/** The clause's subject: the one state or organisation before the verb, with nothing but "the" before it. */
function subjectHit<T extends { start: number; end: number }>(text: string, hits: T[], lo: number, hi: number) {
  if (hits.length !== 1) return undefined;
  const h = hits[0]!;
  return /^\s*(?:the\s+|The\s+)?$/.test(text.slice(lo, h.start)) && /^\s*$/.test(text.slice(h.end, hi)) ? h : undefined;
}

/** agreement.not-without: "closed without agreement on the text", "there was no agreement": no instrument. */
const WITHOUT_AGREEMENT = /\b(?:without|no)[^\S\n]+(?:an?[^\S\n]+)?agreement$/;
/** agreement.no-dateline-lead: "Apia – The Samoa Agreement": a dateline's place and dash before a title. */
const DATELINE_LEAD =
  /^\p{Lu}[\p{L}.'’]*(?:[^\S\n]+\p{Lu}[\p{L}.'’]*){0,2}[^\S\n]+(?:--|[–—])[^\S\n]+(?:The[^\S\n]+)?(?=\p{Lu})/u;

/** Rule agreement.not-without (agr26): a lowercase span that ends in "without agreement" or "no agreement". */
export function withoutAgreement(x: Span): boolean {
  return WITHOUT_AGREEMENT.test(x.surface);
}

/** Rule agreement.no-dateline-lead (agr26): a title span that opens with a dateline keeps only the title. */
export function withoutDatelineLead<T extends Span>(x: T): T {
  const m = DATELINE_LEAD.exec(x.surface);
  return m ? { ...x, surface: x.surface.slice(m[0].length), start: x.start + m[0].length } : x;
}

/**
 * Rule agreement.description-of-title (agr26): "the agreement on the release of persons …" after the "Agreement to
 * Release the Persons …" is that title again: an earlier capitalised title holding the description's first noun.
 */
export function titleOfDescription(agreements: Found[], name: string): Found | undefined {
  const noun = /\b(?:on[^\S\n]+the|to)[^\S\n]+(\p{L}{4,})/u.exec(name)?.[1]?.toLowerCase();
  if (!noun) return undefined;
  const stem = noun.slice(0, 5);
  return agreements.find(
    (x) =>
      /^\p{Lu}/u.test(x.name) &&
      x.name
        .toLowerCase()
        .split(/[\s-]+/)
        .some((w) => w.startsWith(stem)),
  );
}
