// Rules of round fl27c (issue 6), written after the first look at three new samples (a Pacific presidency's
// plain-text release on the signing of agreements amending a compact, a Central African press office's web page on a
// special agreement signed under a UN mediation, a European microstate's Markdown release on association talks
// concluded with the EU). Each rule is a general construction; tests on made-up sentences, negative ones included, in
// rules-fl27c.test.ts. Rule data (patterns) are named next to the rules.
import type { RelKit } from './rel-kit.ts';

/**
 * Rule event.between-plural-state-forms: "the negotiations between the European Union and the Republics of San Marino
 * and Andorra", "talks between the Governments of A and B", "consultations between the Kingdoms of A and B": a plural
 * formal name of states ("Republics", "Kingdoms", "Principalities", "Governments", "Grand Duchies" of) stands before the
 * parties it covers; the parties follow it as if it were "the". Read at each party's position by talksBetween
 * (event-between.ts); only the capitalised plural, so "the governments' positions" is untouched.
 */
export const EVENT_BETWEEN_PLURAL_STATE_FORMS = {
  id: 'event.between-plural-state-forms',
  pattern:
    /^(?:the[^\S\n]+)?(?:Republics|Kingdoms|Principalities|Governments|Grand[^\S\n]+Duchies)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?/,
};

/** The length of "the " or of a plural formal name of states ("the Republics of ") at the start of `rest`, else 0. */
export function partyLeadLength(rest: string): number {
  if (rest.startsWith('the ') || /^[A-Z]/.test(rest)) {
    const plural = EVENT_BETWEEN_PLURAL_STATE_FORMS.pattern.exec(rest);
    if (plural) return plural[0].length;
  }
  return /^the[^\S\n]+/.exec(rest)?.[0].length ?? 0;
}

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}'’-]*";
/** The agreement amended: capitalised title words, a head, and capitalised complements after of / on / for / between. */
const AMENDED_BASE = `(?:(?:19|20)\\d\\d${SP})?(?:${CAP}${SP}){0,4}?(?:Compact|Pact|Agreement|Treaty|Convention|Charter|Accord)(?:${SP}(?:of|on|for|between)${SP}(?:the${SP})?${CAP}(?:${SP}(?:(?:and|of|the|on|for)${SP}(?:the${SP})?)?${CAP})*)?(?![\\p{L}])`;

/**
 * Rule agreement.amending-described: "signed the agreements amending the Compact of Free Association", "an agreement
 * amending the Treaty of Friendship", "the amendments to the Charter of the Forum": lowercase agreements or amendments
 * named by the agreement they amend are an agreement of their own (BASED_ON the amended one, by
 * based-on.built-on-in-name of agr20); the amended one is read inside the name, also when its head is a compact or
 * pact, which alone counts only when the text says it was signed or adopted. Not "the parties amending their laws",
 * nor a capitalised "Protocol amending …" (agreement.amending-protocol of fl13b).
 */
export const AGREEMENT_AMENDING_DESCRIBED = {
  id: 'agreement.amending-described',
  pattern: new RegExp(
    `(?<=\\b(?:the|an?|two|three|four|several)${SP})(?:agreements?${SP}amending|amendments?${SP}to)${SP}the${SP}(${AMENDED_BASE})`,
    'gu',
  ),
  /** What every match holds. */
  needs: /amending|amendments? to/,
  /** A base that no other rule reads alone (a compact or pact is an agreement only when signed or adopted). */
  softBase: /(?:Compact|Pact)(?:\s|$)/,
};

/** Rule agreement.amending-described: the spans of the amending agreements and of their soft-headed bases. */
export function amendingDescribedSpans(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  if (!AGREEMENT_AMENDING_DESCRIBED.needs.test(text)) return out;
  for (const m of text.matchAll(AGREEMENT_AMENDING_DESCRIBED.pattern)) {
    const base = m[1]!;
    // The base first: a later span inside a taken one would be dropped.
    if (AGREEMENT_AMENDING_DESCRIBED.softBase.test(base))
      out.push({ surface: base, start: m.index + m[0].length - base.length, rule: AGREEMENT_AMENDING_DESCRIBED.id });
    out.push({ surface: m[0], start: m.index, rule: AGREEMENT_AMENDING_DESCRIBED.id });
  }
  return out;
}

/**
 * Rule event.main-signing-ends-process: "A and B today signed the agreements amending the Compact, concluding almost
 * three years of negotiations on …": a process the opening's signing is said to conclude, end or crown (a participle
 * right before the process's name) is what the signing closes, not a rival meeting the signing belongs to; the
 * opening's signing is still the readout's own event (event.main-signing-opening of fl23b). Only a participle of ending
 * in the same sentence, right before the process: "at the talks in Geneva" stays a rival.
 */
export const EVENT_MAIN_SIGNING_ENDS_PROCESS = {
  id: 'event.main-signing-ends-process',
  before:
    /\b(?:concluding|ending|closing|completing|crowning|capping|culminating|bringing[^\S\n]+to[^\S\n]+(?:a[^\S\n]+)?(?:close|an[^\S\n]+end)|the[^\S\n]+(?:outcome|culmination|conclusion)[^\S\n]+of)[^\S\n]+(?:(?:almost|nearly|more[^\S\n]+than|over|some|the|their|its)[^\S\n]+)*$/i,
};

/** Rule event.main-signing-ends-process: is the event mentioned at `start` told as what the signing ends? */
export function endedBySigning(text: string, start: number): boolean {
  return EVENT_MAIN_SIGNING_ENDS_PROCESS.before.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Rule negotiates-for.counterpart-gapped: "President X signed on behalf of Ghana, and his counterpart on behalf of
 * Togo", "…, and her counterpart for Peru": the counterpart of a gapped second clause is the one person of the text who
 * holds an office of the state named after "on behalf of" or "for"; he or she negotiates for it (GUIDE: signing on
 * behalf of). Only when exactly one person holds an office of that state, only after a signing or "on behalf of" earlier
 * in the sentence; not "his counterpart from Togo" (a visitor) nor "thanked his counterpart for".
 */
export const NEGOTIATES_FOR_COUNTERPART_GAPPED = {
  id: 'negotiates-for.counterpart-gapped',
  needs: 'counterpart',
  clause:
    /\b(?:and|while|with)[^\S\n]+(?:his|her|their)[^\S\n]+(?:\p{Ll}+[^\S\n]+)?counterpart[^\S\n]+(?:(?:did[^\S\n]+so|signed|signing)[^\S\n]+)?(?:on[^\S\n]+behalf[^\S\n]+of|for)[^\S\n]+(?:the[^\S\n]+)?/gu,
  before: /\b(?:signed|signing|on behalf of|initialled)\b/,
};

/** Rule negotiates-for.counterpart-gapped: NEGOTIATES_FOR of the counterpart a gapped clause names by his state. */
export function negotiatesForCounterpartGapped(k: RelKit): void {
  const { ctx } = k;
  const r = NEGOTIATES_FOR_COUNTERPART_GAPPED;
  for (const s of ctx.sentences) {
    if (!s.text.includes(r.needs)) continue;
    for (const m of s.text.matchAll(r.clause)) {
      if (!r.before.test(s.text.slice(0, m.index))) continue;
      const at = s.start + m.index + m[0].length;
      const hit = k.hitsIn(at, at + 60).find((h) => h.start === at && h.type === 'State' && !h.demonym);
      const key = hit && k.hitKeys.get(hit);
      // "and his counterpart for Togo's support": a possessive names no side.
      if (!hit || !key || /^['’]s\b/.test(ctx.text.slice(hit.end, hit.end + 3))) continue;
      const holders = k.people.clusters.filter((c) => titlesOf(k, c, hit.name).length);
      // Several: the one whose title the sentence's first signer holds too ("President", "Minister of Foreign Affairs").
      const own = new Set(
        k
          .personsIn(s.index)
          .filter(([p]) => p.start < at)
          .flatMap(([p]) => (k.clusterOf.get(p) ? titlesOf(k, k.clusterOf.get(p)!) : [])),
      );
      const peers =
        holders.length > 1 ? holders.filter((c) => titlesOf(k, c, hit.name).some((x) => own.has(x))) : holders;
      if (peers.length === 1) ctx.relate('NEGOTIATES_FOR', k.key(peers[0]!), key, s.index, r.id);
    }
  }
}

/** The titles of a person's offices (of one state when `owner` is given), without a bare "of the Republic". */
function titlesOf(k: RelKit, c: Parameters<RelKit['key']>[0], owner?: string): string[] {
  // "President of the Republic" (the issuer's own form) is "President".
  return (k.people.offices.get(c) ?? [])
    .filter((o) => !owner || o.owner === owner)
    .map((o) => o.title.replace(/\s+of\s+the\s+(?:Republic|Union|Federation|Kingdom|Confederation)$/, ''));
}
