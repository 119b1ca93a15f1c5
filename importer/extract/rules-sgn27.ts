// Rules of round sgn27 (issue 6, bank agreements-6): signings that carry many facts at once. Lowercase instruments
// listed after a cue of inclusion or signing ("Among them are a memorandum of understanding on A, a memorandum of
// understanding on B and …", "witnessed the exchange of the agreement on …"), each an Agreement of its own; and
// signatories who act for their own states, told by "each for his country" or by "The signatories were X for A and Y
// for B". Each rule is a general construction; tests on made-up sentences, negatives included, in rules-sgn27.test.ts.
import { subjectEnd } from './agreement-described.ts';
import type { RelKit } from './rel-kit.ts';
import { negotiatesForSignedByFor } from './rules-fl19b-rel.ts';
import { withoutPlaceDate } from './rules-new6.ts';

/** A name span (the shape agreements.ts returns). */
interface Span {
  surface: string;
  start: number;
  rule: string;
}

/**
 * Rule agreement.listed-instruments: "a | an | the <memorandum of understanding | memorandum | agreement | protocol |
 * programme | arrangement | accord | treaty> on <subject>" (lowercase head) told after a cue of inclusion ("including",
 * "They included", "Among them are", "such as", "namely") or of signing or exchange ("signed", "the signing of",
 * "exchanged", "the exchange of", "initialled") earlier in its sentence: each item of such a list is an agreement named
 * by its head and subject ("Among them are a memorandum of understanding on maritime cooperation, a memorandum of
 * understanding on cooperation in the digital domain and …"). Not without a cue ("discussed an agreement on …" is left
 * to the older rules), not a subject opening with a clause word ("an agreement on how to proceed"), not "signed the
 * agreement on behalf of X", not an item after a preposition ("signed X under the memorandum of understanding on …").
 */
export const AGREEMENT_LISTED_INSTRUMENTS = {
  id: 'agreement.listed-instruments',
  /** An item: article, lowercase head, "on" (group 1: the head and "on "). */
  item: /\b(?:a|an|the)[^\S\n]+((?:new[^\S\n]+)?(?:memorandum[^\S\n]+of[^\S\n]+understanding|memorandum|agreement|protocol|programme|program|arrangement|accord|treaty)[^\S\n]+on[^\S\n]+)(?!behalf\b|how\b|what\b|whether\b|when\b)/gu,
  /** A cue of inclusion, signing or exchange earlier in the sentence (nothing stops it in between). */
  cue: /\b(?:includ(?:e|es|ed|ing)|among[^\S\n]+(?:them|these|those|which|others)|such[^\S\n]+as|namely|signed|signing[^\S\n]+of|exchanged|exchange[^\S\n]+of|initial(?:l)?ed|inked)\b[^.;!?]*$/iu,
  /** Where the sentence before an item starts: after a sentence stop or a line break. */
  sentenceStop: /(?:[.!?][^\S\n]+(?=\p{Lu})|\n)(?![^]*(?:[.!?][^\S\n]+\p{Lu}|\n))/u,
  /** A subject may open with "a" or "an": "a memorandum of understanding on a green partnership". */
  article: /^(?:a|an)[^\S\n]+/u,
  /** A preposition right before the item: "under the memorandum of understanding on …" names a frame, no list item;
   * "the exchange of", "the signing of" are cues. */
  prepositionBefore:
    /(?<!\b(?:exchange|signing|initialling|conclusion)[^\S\n]+)\b(?:under|within|of|in|to|with|from|by|through|per|on|at|for|into|towards?|pursuant)[^\S\n]+$/iu,
  /** A relative clause without "that" ends the subject: "on defence cooperation the two countries signed" (not after a link: "between the two governments"). */
  relativeTail: /(?<!\b(?:between|among|of|for|and|with|by|to))[^\S\n]+the[^\S\n]+(?:two|three|four|both)[^\S\n][^]*$/u,
};

/** Rule agreement.listed-instruments: the spans of the lowercase instruments listed after a cue. */
export function listedInstrumentSpans(text: string): Span[] {
  const R = AGREEMENT_LISTED_INSTRUMENTS;
  const out: Span[] = [];
  if (!/ on /.test(text)) return out;
  for (const m of text.matchAll(R.item)) {
    const before = text.slice(Math.max(0, m.index - 400), m.index);
    const stop = R.sentenceStop.exec(before);
    if (!R.cue.test(stop ? before.slice(stop.index + stop[0].length) : before) || R.prepositionBefore.test(before))
      continue;
    const start = m.index + m[0].length - m[1]!.length;
    const headEnd = m.index + m[0].length;
    const lead = R.article.exec(text.slice(headEnd, headEnd + 4))?.[0].length ?? 0;
    const end = subjectEnd(text, headEnd + lead, 14, 'the');
    const surface = text.slice(start, end).replace(R.relativeTail, '');
    // agreement.not-place-date: "an agreement on fisheries cooperation in Oslo on 3 May" ends before its place and day.
    const span = withoutPlaceDate({ surface, start, rule: R.id });
    if (end > headEnd + lead && span.surface.length > m[1]!.length + lead) out.push(span);
  }
  return out;
}

/**
 * Rule negotiates-for.signatories-were: "The signatories were the Minister of Trade, A, for X and the Business
 * Secretary, B, for Y" ("The signatories are …", "Signatories were …"): the person named last before each "for <side>"
 * acts for that side (GUIDE: "signs … for X"). Only after the cue, one person per side; "for the first time" names no
 * side.
 */
export const NEGOTIATES_FOR_SIGNATORIES_WERE = {
  id: 'negotiates-for.signatories-were',
  cue: /\b[Ss]ignator(?:ies|y)[^\S\n]+(?:were|was|are|is)[^\S\n]+/u,
  /** "for (the) (Government of (the))" before a capitalised side. */
  forSide: /[^\S\n]for[^\S\n]+(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?(?=\p{Lu})/gu,
};

/** Rule negotiates-for.signatories-were (see NEGOTIATES_FOR_SIGNATORIES_WERE). */
export function negotiatesForSignatoriesWere(k: RelKit): void {
  const R = NEGOTIATES_FOR_SIGNATORIES_WERE;
  const { ctx, hits, hitKeys, clusterOf } = k;
  if (!/ignator/.test(ctx.text)) return;
  for (const s of ctx.sentences) {
    const cue = R.cue.exec(s.text);
    if (!cue) continue;
    const people = k.personsIn(s.index).map(([m]) => m);
    let from = s.start + cue.index + cue[0].length;
    for (const f of s.text.slice(cue.index + cue[0].length).matchAll(R.forSide)) {
      const at = s.start + cue.index + cue[0].length + f.index + f[0].length;
      const side = hits.find((h) => h.start === at && !h.demonym);
      const inSpan = people.filter((m) => m.start >= from && (m.to ?? m.end) <= at - f[0].length);
      const c = inSpan.length ? clusterOf.get(inSpan[inSpan.length - 1]!) : undefined;
      const sk = side && hitKeys.get(side);
      if (c && sk) ctx.relate('NEGOTIATES_FOR', k.key(c), sk, s.index, R.id);
      from = side ? side.end : at;
    }
  }
}

/**
 * Rules party-to.listed-signing and reached-at.listed-signing: an agreement listed after a cue of inclusion ("They
 * included …", "Among them are …", "…, including an agreement on …") that no other rule gave a party: the sentence that
 * tells the signing or exchange the list belongs to (the same sentence, or the one before when the list opens its own:
 * "… witnessed the exchange of several agreements at a ceremony in Thimphu. They included …") gives its parties — the
 * states and organisations named before the verb, else the states of the offices of the two or more persons named
 * before it ("Prime Minister A and Prime Minister B witnessed the exchange") — and the held events it names are where
 * the agreement was reached ("at a ceremony …, during the state visit", "after the official talks"). Not a sentence
 * telling a signing to come.
 */
export const LISTED_SIGNING = {
  partyId: 'party-to.listed-signing',
  reachedId: 'reached-at.listed-signing',
  /** A sentence that opens a list of what was signed: "They included", "Among them were", "These include". */
  opens:
    /^(?:They|These|Those|The[^\S\n]+(?:documents|agreements|instruments|memoranda))[^\S\n]+(?:includ(?:e|es|ed)|comprised?|were)\b|^Among[^\S\n]+(?:them|these|those|the[^\S\n]+(?:documents|agreements|instruments))\b/u,
  /** A cue of inclusion inside the sentence, before the agreement. */
  within: /\b(?:including|among[^\S\n]+them|among[^\S\n]+which|such[^\S\n]+as|namely)\b[^.;]*$/iu,
  /** The verb of the signing or exchange (group 0 ends before the object). */
  verb: /\b(?:signed|exchanged|initial(?:l)?ed|inked|witnessed|oversaw|(?:the[^\S\n]+)?(?:signing|exchange)[^\S\n]+of)\b/u,
  /** A signing still to come. */
  planned:
    /\b(?:will|would|shall|to[^\S\n]+be|are[^\S\n]+to|is[^\S\n]+to|expected[^\S\n]+to)[^\S\n]+(?:sign|be[^\S\n]+signed|exchange)/u,
};

/** The sentence telling the signing a listed agreement of sentence `si` belongs to, if the list is cued. */
function signingSentenceOf(k: RelKit, si: number, at: number) {
  const R = LISTED_SIGNING;
  const s = k.ctx.sentences[si]!;
  if (R.opens.test(s.text.trimStart())) return si > 0 ? k.ctx.sentences[si - 1] : undefined;
  return R.within.test(k.ctx.text.slice(s.start, at)) ? s : undefined;
}

/** Rules party-to.listed-signing and reached-at.listed-signing (see LISTED_SIGNING). */
export function listedSigningRelations(k: RelKit): void {
  const R = LISTED_SIGNING;
  const { ctx, ev, hitsIn, hitKeys, clusterOf, people, stateKey } = k;
  if (!/\b(?:includ|[Aa]mong|such as|namely)/.test(ctx.text)) return;
  for (const a of ev.agreementMentions) {
    const s = signingSentenceOf(k, a.sentence, a.start);
    const verb = s && R.verb.exec(s.text);
    if (!s || !verb || R.planned.test(s.text)) continue;
    const verbAt = s.start + verb.index;
    const hasParty = ctx.relations.some((r) => r.type === 'PARTY_TO' && r.to === a.key);
    if (!hasParty) {
      const sides = hitsIn(s.start, verbAt).filter(
        (h) => !h.demonym && (h.type === 'State' || h.type === 'Organization'),
      );
      let parties = [...new Set(sides.map((h) => hitKeys.get(h)!).filter(Boolean))];
      if (parties.length < 2) {
        const owners = new Set<string>();
        const persons = k.personsIn(s.index).filter(([m]) => m.start < verbAt);
        for (const [m] of persons) {
          const c = clusterOf.get(m);
          for (const o of c ? (people.offices.get(c) ?? []) : []) owners.add(o.owner);
        }
        const keys = [...owners].map((o) => stateKey(o)).filter((x): x is string => !!x);
        parties = persons.length >= 2 && keys.length >= 2 ? keys : parties.length >= 2 ? parties : [];
      }
      for (const p of parties) ctx.relate('PARTY_TO', p, a.key, a.sentence, R.partyId);
    }
    for (const e of ev.eventMentions.filter((x) => x.sentence === s.index && !x.planned && x.start > verbAt))
      ctx.relate('REACHED_AT', a.key, e.key, a.sentence, R.reachedId);
  }
}

/**
 * Rule participated.ceremony-subjects: "Prime Minister A and Prime Minister B witnessed the exchange of several
 * agreements at a ceremony in Thimphu", "… oversaw the signing of … at a signing ceremony": the persons named before
 * the verb of signing, exchanging or witnessing take part in the held ceremony the same sentence names after it (GUIDE:
 * signatories and witnesses of a signing take part). Not a ceremony still to come, not persons after the verb.
 */
export const PARTICIPATED_CEREMONY_SUBJECTS = {
  id: 'participated.ceremony-subjects',
  verb: /\b(?:signed|exchanged|initial(?:l)?ed|witnessed|oversaw|looked[^\S\n]+on)\b/u,
  ceremony: /\bceremon(?:y|ies)\b/iu,
};

/** Rule participated.ceremony-subjects (see PARTICIPATED_CEREMONY_SUBJECTS). */
export function participateCeremonySubjects(k: RelKit): void {
  const R = PARTICIPATED_CEREMONY_SUBJECTS;
  const { ctx, ev, clusterOf } = k;
  if (!/ceremon/i.test(ctx.text)) return;
  for (const s of ctx.sentences) {
    const verb = R.verb.exec(s.text);
    if (!verb) continue;
    const verbAt = s.start + verb.index;
    const ceremony = ev.eventMentions.find(
      (e) => e.sentence === s.index && !e.planned && e.start > verbAt && R.ceremony.test(k.nameOf(e)),
    );
    if (!ceremony) continue;
    for (const [m] of k.personsIn(s.index)) {
      const c = clusterOf.get(m);
      if (c && (m.to ?? m.end) <= verbAt) k.participate(ceremony, c, s.index, R.id);
    }
  }
}

/**
 * The signing relations, in order: fl19b's negotiates-for.signed-by-for, then the sgn27 rules
 * (negotiates-for.signatories-were, party-to.listed-signing and reached-at.listed-signing,
 * participated.ceremony-subjects). sgn27's "each for his country" was one with rol27's negotiates-for.each-for-own and
 * lives there (rules-rol27.ts), with sgn27's signing-verb condition.
 */
export function addSigningRelations(k: RelKit): void {
  negotiatesForSignedByFor(k); // fl19b
  negotiatesForSignatoriesWere(k);
  listedSigningRelations(k);
  participateCeremonySubjects(k);
}
