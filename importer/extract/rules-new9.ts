// Rules of the new9 round (issue 6, construction 7 and the relations that hang on agreements), found on the first
// look of three samples in new issuers' styles (Bangladesh MOFA, Nigeria's State House, the Swiss FDFA) and stated
// as general constructions of diplomatic prose; each is tested on made-up sentences in rules-new9.test.ts.
import { AGREEMENT_HEADS, MONTHS, WEEKDAYS } from './lexicons.ts';
import { alt, matchAllInLines } from './text.ts';
import { toldUnreached } from './agreement-status.ts';
import { subjectEnd } from './agreement-described.ts';
import { olderThanDoc, type RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { cueGate, sentencesFor } from './gates.ts';

/** A name span (the shape agreements.ts returns). */
export interface NameSpan {
  surface: string;
  start: number;
  rule: string;
}

const SP = '[^\\S\\n]+';
/** A capitalised word of a formal title (a year too), never a month or a weekday. */
const TITLE_WORD = `(?!(?:${alt([...MONTHS, ...WEEKDAYS])})\\b)[\\p{Lu}\\d][\\p{L}\\d'’+-]*`;
/** The lowercase words a formal title keeps between its capitalised words. */
const TITLE_LINK = `(?:${SP}(?:of|on|for|from|to|the|and|in|between|with|concerning|regarding|an?)${SP})+|${SP}`;
const HEADS = alt(AGREEMENT_HEADS);

/** What names a package after its head: "to stabilise and develop the bilateral path", "of agreements". */
const PACKAGE_TAIL = `(?:${SP}to${SP}[a-z]+(?:${SP}(?:[a-z]+|EU|UK)){0,7}(?=[.,;:]|\\n|$)|${SP}of${SP}(?:[\\p{L}\\d-]+${SP}){0,2}(?:agreements|accords|treaties)\\b)`;

/** Patterns of the rules in this file, as named data. */
export const NEW9_PATTERNS = {
  /**
   * agreement.quoted-title: `signed the "Arrangement on Return of Displaced Persons from Rakhine State"`, `the
   * “Agreement on Cooperation in Fisheries”`: a quoted formal title after an article or a verb of signing.
   */
  quotedTitle: new RegExp(
    `(?<=\\b(?:the|a|an|The|A|An|signed|sign|signs|signing|adopted|concluded|initialled|initialed)${SP})["“]` +
      `(${TITLE_WORD}(?:(?:${TITLE_LINK})${TITLE_WORD}){0,20})[,.]?["”]`,
    'gu',
  ),
  /** The quoted title opens or closes with an agreement head. */
  headAtEdge: new RegExp(`^(?:${HEADS})(?![\\p{L}])|(?<![\\p{L}])(?:${HEADS})$`, 'u'),
  /**
   * agreement.package: "negotiations on the package", "the package of agreements", "a package of five agreements": a
   * package is an agreement when it is negotiated or made of agreements ("a support package worth …" is not).
   */
  package: new RegExp(
    `(?<=\\b(?:negotiations|talks|negotiating|negotiated|agreement|agreed)${SP}(?:on|of)${SP}(?:the|a|an)${SP}(?:new${SP}|overall${SP}|broad${SP}|whole${SP})?)package${PACKAGE_TAIL}|(?<=\\b(?:the|a|an|The|A|An)${SP})package${SP}of${SP}(?:[\\p{L}\\d-]+${SP}){0,2}(?:agreements|accords|treaties)\\b`,
    'gu',
  ),
  /**
   * agreement.on-between: "the agreement on police deployment between Kenya and Haiti", "a memorandum on fisheries
   * between Norway and the European Union": a lowercase head, its subject and the two parties it is between.
   */
  onBetween: new RegExp(
    `(?<=\\b(?:the|an?|The|An?)${SP}(?:(?:new|bilateral|reciprocal|formal|first)${SP})?)(?:agreement|memorandum${SP}of${SP}understanding|memorandum|treaty|accord|arrangement|protocol|declaration)${SP}on${SP}(?:the${SP})?(?:[a-z][a-z-]*${SP}){0,4}[a-z][a-z-]*${SP}between${SP}(?:the${SP})?\\p{Lu}[\\p{L}'’-]*(?:${SP}\\p{Lu}[\\p{L}'’-]*){0,3}${SP}and${SP}(?:the${SP})?\\p{Lu}[\\p{L}'’-]*(?:${SP}\\p{Lu}[\\p{L}'’-]*){0,3}`,
    'gu',
  ),
  /**
   * agreement.agreed-on: "the two sides agreed on a provisional arrangement for the resupply of personnel", "talks on a
   * mechanism for …": an arrangement, agreement or mechanism named by what it is for, once agreed or negotiated.
   */
  agreedOn:
    /\b(?:agreed(?:[^\S\n]+(?:on|upon))?|negotiations[^\S\n]+on|talks[^\S\n]+on|discussions[^\S\n]+on|work[^\S\n]+on|establish(?:ed)?|set[^\S\n]+up)[^\S\n]+(?:an?|the)[^\S\n]+((?:(?:provisional|interim|new|joint|bilateral|trilateral|temporary|practical|special|permanent)[^\S\n]+)?(?:arrangement|agreement|mechanism|memorandum[^\S\n]+of[^\S\n]+understanding|framework|protocol)[^\S\n]+(?:for|on)[^\S\n]+)(?!behalf\b|how\b|what\b|whether\b)/gu,
  /**
   * agreement.provisional-understanding: "the provisional understanding reached at the 8th meeting", "an interim
   * understanding on …": an understanding qualified as provisional or interim is an agreement (a bare "common
   * understanding of the situation" is not).
   */
  provisionalUnderstanding:
    /\b(?:provisional|interim|tentative|preliminary)[^\S\n]+understanding(?:[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?[a-z][a-z-]*(?:[^\S\n]+[a-z][a-z-]*){0,3})?(?=[^\S\n]+(?:reached|agreed|concluded)\b|[.,;])/gu,
  /**
   * agreement.joint-statement-of: "the Joint Statement of the Foreign Ministers of Bangladesh and Myanmar of 1992",
   * "the Joint Declaration of the Heads of State of A and B": a joint text named by who issued it.
   */
  jointOf: new RegExp(
    `(?<=\\b(?:the|a|The|A)${SP})Joint${SP}(?:Statement|Declaration|Communiqu[eé])${SP}of${SP}the${SP}` +
      `${TITLE_WORD}(?:(?:${SP}(?:of|and|of${SP}the)${SP}|${SP})${TITLE_WORD})*(?:${SP}of${SP}(?:19|20)\\d\\d)?`,
    'gu',
  ),
};

/** agreement.quoted-title spans: quoted formal titles that open or close with an agreement head. */
export function quotedTitleSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of matchAllInLines(text, NEW9_PATTERNS.quotedTitle, /["“]/)) {
    const title = m[1]!;
    if (title.split(/\s+/).length < 2 || !NEW9_PATTERNS.headAtEdge.test(title)) continue;
    out.push({ surface: title, start: m.index + m[0].indexOf(title), rule: 'agreement.quoted-title' });
  }
  return out;
}

/** Spans of agreement.package, .on-between, .agreed-on, .provisional-understanding and .joint-statement-of. */
export function describedNew9Spans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of matchAllInLines(text, NEW9_PATTERNS.package, /package/))
    out.push({ surface: m[0], start: m.index, rule: 'agreement.package' });
  for (const m of matchAllInLines(text, NEW9_PATTERNS.onBetween, /between/))
    out.push({ surface: m[0], start: m.index, rule: 'agreement.on-between' });
  for (const m of text.matchAll(NEW9_PATTERNS.agreedOn)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = subjectEnd(text, m.index + m[0].length);
    if (end > m.index + m[0].length) out.push({ surface: text.slice(start, end), start, rule: 'agreement.agreed-on' });
  }
  for (const m of matchAllInLines(text, NEW9_PATTERNS.provisionalUnderstanding, /understanding/))
    out.push({ surface: m[0], start: m.index, rule: 'agreement.provisional-understanding' });
  for (const m of matchAllInLines(text, NEW9_PATTERNS.jointOf, /Joint/))
    out.push({ surface: m[0], start: m.index, rule: 'agreement.joint-statement-of' });
  return out;
}

/** Patterns of the relation rules in this file, as named data. */
export const NEW9_REL_PATTERNS = {
  /**
   * reached-at.adopting-event: what stands between a gathering, the subject, and the agreement it adopted: "The
   * Extraordinary Summit of the ECOWAS Authority, held in Abuja on 10 August, adopted a Final Communiqué".
   */
  eventAdopted:
    /^(?:\s+of\s+(?:the\s+)?[^,.;]{1,60}?)?(?:,[^.;]{1,80}?,)?\s+(?:has\s+|had\s+|also\s+|then\s+)?(?:adopted|issued|approved|endorsed|agreed\s+(?:on|upon)|concluded|produced)\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}$/u,
  /** The gathering opens its sentence: "The Extraordinary Summit …", "The 10th Ministerial Meeting …". */
  subjectLead: /^\s*(?:The\s+)?$/u,
  /** party-to.signatory: ", to which Niger is a signatory", "to which Kenya and Uganda are parties". */
  signatory:
    /^(?:\s+(?:of|dated|signed\s+(?:in|on))\s+[^,;:]{1,40})?,?\s*to\s+which\s+(?:the\s+)?([^,;:.]{2,60}?)\s+(?:is|are|was|were|has\s+become|have\s+become|became)\s+(?:both\s+|all\s+)?(?:a\s+|an\s+)?(?:part(?:y|ies)|signator(?:y|ies)|States?\s+Part(?:y|ies)|contracting\s+part(?:y|ies))\b/u,
  /**
   * based-on.negotiations-subject: "The negotiations were based on the X", "They were conducted on the basis of the X"
   * (after a sentence on the negotiations): the agreement negotiated rests on X.
   */
  negotiationsBasis:
    /^(?:(?:The|These|Those|Both)\s+(?:negotiations|talks)|(They))\s+(?:were|are|have\s+been|had\s+been)\s+(?:(?:largely|closely|firmly)\s+)?(?:based\s+on|built\s+on|conducted\s+on\s+the\s+basis\s+of|held\s+on\s+the\s+basis\s+of|grounded\s+in)\s+/u,
  /** The sentence before "They …" is about the negotiations. */
  negotiationsLead: /^(?:The\s+|These\s+)?(?:negotiations|talks)\b/iu,
  /**
   * reached-at.fronted-at: "At the meeting, the two sides agreed on a provisional arrangement", "During their talks
   * in Athens on 7 December, the leaders signed the X": a fronted gathering is where what the clause reaches is reached.
   * (agr13) Also "On the margins of the X Summit," and a named gathering whose head is capitalised ("At the Mercosur
   * Summit in Montevideo,").
   */
  frontedAt:
    /^(?:At|During|In\s+the\s+course\s+of|On\s+the\s+(?:margins|sidelines|occasion)\s+of)\s+(?:the|their|this|today['’]s|that|its)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:meeting|talks|summit|session|round|consultations|call|conversation|dialogue|retreat|conference|(?<=\p{Lu}[\p{L}\d'’-]*\s+)(?:Meeting|Talks|Summit|Session|Round|Consultations|Dialogue|Retreat|Conference|Forum|Council|Assembly))\b[^,.;]{0,80},\s/u,
  /** What the fronted clause tells of the agreement: it was agreed on, signed, adopted or concluded. */
  frontedVerb:
    /\b(?:agreed\s+(?:on|upon)|agreed\s+(?=(?:a|an|the)\s)|signed|adopted|concluded|reached|endorsed|approved|initial(?:l)?ed|finali[sz]ed|issued)\s/u,
  /**
   * reached-at.after-generic: "A joint statement … was issued following the meeting", "signed the X at the end of the
   * audience": a reach verb, then a generic gathering after "following / after / at the end of / at" (the readout's
   * own event when no event is named there).
   */
  afterGeneric:
    /\b(?:issued|signed|adopted|concluded|initial(?:l)?ed|released|agreed\s+(?:on|upon))\s+(?:[^.;]{0,60}?\s)?(?:following|after|at\s+the\s+(?:end|conclusion|close)\s+of|at|during)\s+(?:the|their|this|today['’]s)\s+((?:[\p{L}\d'’-]+\s+){0,3}?(?:meeting|talks|audience|summit|session|consultations|call|conversation|visit|round|dialogue|retreat))\b/u,
  /** "negotiations on the package", "talks on a new treaty": the agreement the negotiations are on. */
  negotiationsOn: /\b(?:negotiations|talks)\s+on\s+(?:the\s+|a\s+|an\s+)?$/u,
};

/** The gathering that is the subject of a sentence adopting or issuing agreement mention `a`. */
function adoptingEvent(k: RelKit, a: Found): Found | undefined {
  const { ctx, ev } = k;
  const s = ctx.sentences[a.sentence]!;
  return ev.eventMentions.find(
    (e) =>
      e.sentence === a.sentence &&
      e.end <= a.start &&
      !e.planned &&
      NEW9_REL_PATTERNS.subjectLead.test(ctx.text.slice(s.start, e.start)) &&
      NEW9_REL_PATTERNS.eventAdopted.test(ctx.text.slice(e.end, a.start)),
  );
}

/**
 * Rule party-to.adopting-body: the organisations named in or right after the gathering that adopted an agreement ("The
 * Extraordinary Summit of the ECOWAS Authority … adopted a Final Communiqué") are its parties, not the readout's sides.
 */
export function adoptingBodies(k: RelKit, a0: Found): string[] {
  const name = k.nameOf(a0);
  for (const a of k.ev.agreementMentions.filter((x) => k.nameOf(x) === name)) {
    const e = adoptingEvent(k, a);
    if (!e) continue;
    const orgs = k.hitsIn(e.start, a.start).filter((h) => h.type === 'Organization' && !h.demonym);
    if (orgs.length) return [...new Set(orgs.flatMap((h) => k.hitKeys.get(h) ?? []))];
  }
  return [];
}

/** Rule reached-at.adopting-event: an agreement adopted or issued by the gathering its sentence opens with. */
export function reachedAtAdoptingEvent(k: RelKit): void {
  for (const a of k.ev.agreementMentions) {
    const e = adoptingEvent(k, a);
    if (e) k.ctx.relate('REACHED_AT', a.key, e.key, a.sentence, 'reached-at.adopting-event');
  }
}

/** Rule party-to.signatory: "the X, to which Niger is a signatory": the states named there are parties of X. */
export function addSignatoryParties(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    const s = ctx.sentences[a.sentence]!;
    const m = NEW9_REL_PATTERNS.signatory.exec(ctx.text.slice(a.end, Math.min(s.end, a.end + 140)));
    if (!m || /\b(?:both|two|all)\b/.test(m[1]!)) continue;
    const at = a.end + m[0].lastIndexOf(m[1]!, m[0].search(/\s+(?:is|are|was|were|has|have|became)\s/u));
    for (const h of k.hitsIn(at, at + m[1]!.length).filter((x) => !x.demonym || x.type === 'Organization'))
      for (const key of [k.hitKeys.get(h)].flatMap((x) => x ?? []))
        ctx.relate('PARTY_TO', key, a.key, a.sentence, 'party-to.signatory');
  }
}

/** Rule based-on.negotiations-subject: "The negotiations were based on the X": the negotiated agreement rests on X. */
export function basedOnNegotiationsSubject(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const m = NEW9_REL_PATTERNS.negotiationsBasis.exec(s.text);
    if (!m) continue;
    if (m[1] && !NEW9_REL_PATTERNS.negotiationsLead.test(ctx.sentences[s.index - 1]?.text ?? '')) continue;
    const at = s.start + m[0].length;
    const base = ev.agreementMentions.find((a) => a.sentence === s.index && a.start >= at && a.start <= at + 4);
    const built = [...ev.agreementMentions]
      .reverse()
      .find(
        (a) =>
          a.start < s.start &&
          NEW9_REL_PATTERNS.negotiationsOn.test(ctx.text.slice(Math.max(0, a.start - 30), a.start)),
      );
    if (base && built && k.nameOf(base) !== k.nameOf(built))
      ctx.relate('BASED_ON', built.key, base.key, s.index, 'based-on.negotiations-subject');
  }
}

/** The held event a fronted "At the meeting," stands for: one named in the phrase, else the main event, else the last. */
function frontedEvent(k: RelKit, si: number, start: number, end: number): Found | undefined {
  const { ev } = k;
  const inPhrase = ev.eventMentions.find((e) => e.sentence === si && e.start >= start && e.end <= end);
  if (inPhrase) return inPhrase.planned ? undefined : inPhrase;
  if (k.main && !k.main.planned && k.main.start < start) return k.main;
  return [...ev.eventMentions].reverse().find((e) => e.end <= start && !e.planned);
}

/** Rule reached-at.fronted-at: "At their meeting, the two sides agreed on X": X is reached at that meeting. */
export function reachedAtFronted(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const m = NEW9_REL_PATTERNS.frontedAt.exec(s.text);
    if (!m) continue;
    const clause = s.text.slice(m[0].length);
    const verb = NEW9_REL_PATTERNS.frontedVerb.exec(clause);
    if (!verb || /\b(?:will|would|to|shall|may|could|should)\s+$/.test(clause.slice(0, verb.index))) continue;
    const from = s.start + m[0].length + verb.index;
    const target = frontedEvent(k, s.index, s.start, s.start + m[0].length);
    if (!target) continue;
    for (const a of ev.agreementMentions.filter((x) => x.sentence === s.index && x.start > from))
      // (agr17) "…, which replaces the 1999 Agreement": a dated earlier agreement was not reached there.
      if (!toldUnreached(ctx.text, a.start, a.end) && k.nameOf(a) !== k.nameOf(target) && !olderThanDoc(k, a))
        ctx.relate('REACHED_AT', a.key, target.key, s.index, 'reached-at.fronted-at');
  }
}

/** "… was signed in July", "signed on 12 March 2023": the month (and year) a sentence says an agreement was reached. */
const REACHED_IN_MONTH = new RegExp(
  `^[^.;]{0,60}?\\b(?:signed|concluded|adopted|reached|agreed|initial(?:l)?ed)\\s+(?:[^.;]{0,30}?\\s)?(?:in|on)\\s+(?:\\d{1,2}\\s+)?(${alt(MONTHS)})(?:\\s+\\d{1,2})?(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  'u',
);

/**
 * Rule reached-at.other-month: "The Agreement … was signed in July by the two sides" in a readout of January: an
 * agreement told as reached in another month than the readout's was not reached at the readout's own event.
 */
export function reachedInOtherMonth(k: RelKit, a: Found): boolean {
  const date = /^(\d{4})-(\d{2})/.exec(k.ctx.doc.date ?? '');
  const s = k.ctx.sentences[a.sentence]!;
  const m = REACHED_IN_MONTH.exec(k.ctx.text.slice(a.end, s.end));
  if (!date || !m) return false;
  const month = MONTHS.indexOf(m[1]! as (typeof MONTHS)[number]) + 1;
  return month !== +date[2]! || (m[2] !== undefined && +m[2] !== +date[1]!);
}

/**
 * Rule sides.titled-subject: "The foreign ministers of China, Pakistan and Afghanistan met in Beijing", "The leaders of
 * Kenya and Haiti held talks": the states a plural title of the opening sentence lists are the readout's sides.
 */
export const TITLED_SUBJECT =
  /^(?:The|the)\s+(?:[a-z]+\s+){0,2}(?:ministers|leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|envoys|delegations|representatives|secretaries)\s+of\s+(?:the\s+)?([^.;:]{3,120}?)\s+(?:met|held|convened|gathered|opened|began|concluded)\b/u;

/** The two or three sides sides.titled-subject reads from one of the first body sentences. */
export function titledSubjectSides(k: RelKit): string[] {
  for (const s of k.ctx.sentences.filter((x) => !x.heading).slice(0, 4)) {
    const m = TITLED_SUBJECT.exec(s.text);
    if (!m) continue;
    const at = s.start + m[0].indexOf(m[1]!);
    const names = [
      ...new Set(
        k
          .hitsIn(at, at + m[1]!.length)
          .filter((h) => (h.type === 'State' || h.type === 'Organization') && !h.demonym)
          .map((h) => h.name),
      ),
    ];
    if (names.length >= 2 && names.length <= 3) return names;
  }
  return [];
}

/** "signing ceremony of the X", "signing of the X": a signing event followed by what was signed. */
const SIGNING_OF = /^(?:[^\S\n]+ceremony)?[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?$/u;

/**
 * Rule reached-at.signing-of: "The signing ceremony of the reciprocal agreement took place after the talks": an
 * agreement named right after a held signing event was reached at that signing.
 */
export function reachedAtSigningOf(k: RelKit): void {
  const { ctx, ev } = k;
  for (const e of ev.eventMentions) {
    if (e.planned || !/^(?:the\s+)?signing(?:\s+ceremony)?$/i.test(k.nameOf(e))) continue;
    const a = ev.agreementMentions.find(
      (x) => x.sentence === e.sentence && x.start > e.end && SIGNING_OF.test(ctx.text.slice(e.end, x.start)),
    );
    if (a) ctx.relate('REACHED_AT', a.key, e.key, e.sentence, 'reached-at.signing-of');
  }
}

/** "… on the China-": the text before a hyphenated pair's first member ("… on the "). */
export function withoutCombinedLead(before: string): string {
  return before.replace(/(?:\p{Lu}[\p{L}.]*[-–])+$/u, '');
}

/** Patterns of based-on.fronted, as named data. */
export const FRONTED_BASIS = {
  /** A sentence opening with a basis cue: "Pursuant to the X,", "Building on the X,", "Under the X,". */
  cue: /^(?:Pursuant\s+to|Building\s+(?:up)?on|Under|On\s+the\s+basis\s+of|In\s+implementation\s+of|Within\s+the\s+framework\s+of|Based\s+on)\s+(?:the\s+|its\s+|their\s+)?/u,
  /** The main clause reaches an agreement: "the two ministers signed the", "the sides agreed on a". */
  reach:
    /,\s+[^.;]*?\b(?:signed|concluded|adopted|initial(?:l)?ed|agreed\s+(?:on|upon)|reached|established|set\s+up)\s+(?:an?\s+|the\s+|their\s+)?(?:[a-z]+\s+){0,2}$/u,
};

/**
 * Rule based-on.fronted: "Pursuant to the Treaty of Friendship, the two ministers signed the Border Protocol",
 * "Building on the X, the sides agreed on a Y": what the main clause reaches rests on the agreement the fronted cue
 * names (a fronted cue before an action that reaches no agreement gives nothing).
 */
export function basedOnFronted(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const cue = FRONTED_BASIS.cue.exec(s.text);
    if (!cue) continue;
    const ags = ev.agreementMentions.filter((a) => a.sentence === s.index);
    const base = ags.find((a) => a.start === s.start + cue[0].length);
    if (!base) continue;
    const built = ags.find((a) => a.start > base.end && FRONTED_BASIS.reach.test(ctx.text.slice(base.end, a.start)));
    if (built && k.nameOf(built) !== k.nameOf(base))
      ctx.relate('BASED_ON', built.key, base.key, s.index, 'based-on.fronted');
  }
}

/** The sentences reached-at.after-generic reads: those holding a word cue of its pattern (perf29). */
const AFTER_GENERIC_GATE = cueGate(NEW9_REL_PATTERNS.afterGeneric);

/** Rule reached-at.after-generic (see NEW9_REL_PATTERNS.afterGeneric). */
export function reachedAtAfterGeneric(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of sentencesFor(ctx, AFTER_GENERIC_GATE)) {
    const m = NEW9_REL_PATTERNS.afterGeneric.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index;
    const phrase = s.start + m.index + m[0].length - m[1]!.length;
    const named = ev.eventMentions.find(
      (e) => e.sentence === s.index && e.start >= phrase - 1 && e.start <= phrase + 4,
    );
    // "adopted at their first summit in …": a qualified gathering is another one; only a bare noun is the readout's own.
    const bare = !/\s/.test(m[1]!.trim());
    const target = named ?? (bare && k.main && !k.main.planned && k.main.sentence < s.index ? k.main : undefined);
    if (!target || target.planned) continue;
    const ag = [...ev.agreementMentions].reverse().find((a) => a.sentence === s.index && a.end <= at + 1);
    const later = ev.agreementMentions.find((a) => a.sentence === s.index && a.start > at && a.end <= phrase);
    for (const a of [ag, later])
      if (a && !toldUnreached(ctx.text, a.start, a.end) && !reachedInOtherMonth(k, a))
        ctx.relate('REACHED_AT', a.key, target.key, s.index, 'reached-at.after-generic');
  }
}
