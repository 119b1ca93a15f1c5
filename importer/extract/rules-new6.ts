// Agreement constructions shown by the three new6 samples (issue 6, construction 7), each a named rule: an
// agreement named by a capitalised place or name before a lowercase head ("the Pyongyang declaration", "sign Minsk
// agreement") and its shortened mentions. Rule ids are what --explain prints.
import { SIGNED_IN_CITY_STATE } from './rules-fl25b.ts';
import { hitsOverlapping } from './hit-index.ts';
import { MONTHS, WEEKDAYS } from './lexicons.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { STATE_NAMES, type RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { alt, matchAllInLines } from './text.ts';
import { collectiveTitle } from './rules-fl17a.ts';

/** A name span (the shape agreements.ts returns). */
export interface NameSpan {
  surface: string;
  start: number;
  rule: string;
}

const SP = '[^\\S\\n]+';

/** Patterns of the rules in this file, as named data. */
export const NEW6_PATTERNS = {
  /**
   * agreement.place-lowercase: "the Pyongyang declaration", "signed the Minsk agreements", "Leaders sign Kuala Lumpur
   * accord": one or two capitalised words, then a lowercase agreement head, after "the" or a verb of signing.
   */
  placeLowercase: new RegExp(
    `(?<=\\b(?:the|The|sign|signs|signed|signing|ink|inks|inked|seal|seals|sealed|adopt|adopts|adopted)${SP})` +
      `(\\p{Lu}[\\p{Ll}'’-]+(?:${SP}\\p{Lu}[\\p{Ll}'’-]+)?)${SP}` +
      `(?:declaration|agreements?|accords?|treaty|memorandum|communiqu[eé]|consensus)(?![\\p{L}-])`,
    'gu',
  ),
};

/** First words that make no name of an agreement: sentence openers, months, pronoun-like and title words. */
const NOT_A_NAME = new RegExp(
  `^(?:${alt(MONTHS)}|The|This|That|These|Those|Such|Its|Their|Our|Any|Every|Each|New|Final|Joint|Framework|Interim|Bilateral|Trilateral|President|Minister|Prime|Foreign|Secretary|Chairman|Leader|Both)$`,
  'u',
);

/** NEW6_PATTERNS.placeLowercase never crosses a line and holds one of its heads (matchAllInLines). */
const PLACE_LOWERCASE_HEAD = /declaration|agreement|accord|treaty|memorandum|communiqu|consensus/;

/** agreement.place-lowercase spans in `text`. */
export function placeLowercaseSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of matchAllInLines(text, NEW6_PATTERNS.placeLowercase, PLACE_LOWERCASE_HEAD)) {
    if (m[1]!.split(/\s+/).some((w) => NOT_A_NAME.test(w))) continue;
    out.push({ surface: m[0], start: m.index, rule: 'agreement.place-lowercase' });
  }
  return out;
}

/**
 * agreement.*.shortened (subsequence): "the Pyongyang declaration" after the "September Pyongyang Joint Declaration"
 * is that one: every word of the short form, the head last, occurs in order in the full name.
 */
export function shortenedOf<T extends { name: string }>(found: readonly T[], name: string): T | undefined {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return undefined;
  return found.find((x) => {
    const full = x.name.toLowerCase().split(/\s+/);
    if (full.length <= words.length || full.at(-1) !== words.at(-1)) return false;
    let i = 0;
    for (const w of full) if (w === words[i]) i++;
    return i === words.length;
  });
}

/**
 * reached-at.not-basis: "an agreement on implementing the Panmunjom Declaration", "which modernise the Association
 * Agreement", "in line with the Framework": an agreement named as the basis of what was signed was not reached then.
 */
export const BASIS_BEFORE =
  /\b(?:in\s+line\s+with|in\s+accordance\s+with|on\s+the\s+basis\s+of|based\s+on|pursuant\s+to|consistent\s+with|builds?\s+on|building\s+on|implement(?:s|ing)?|implementation\s+of|moderni[sz](?:e|es|ed|ing)|amend(?:s|ing)?|amendments?\s+to|replac(?:e|es|ing)|updat(?:e|es|ing)|supersed(?:e|es|ing)|succeed(?:s|ing)?)\s+(?:the\s+)?$/i;

/** reached-at.not-sequence: "signed … after a second round of talks": an event told as before or after, not the venue. */
export const SEQUENCE_BEFORE =
  /\b(?:after|before|ahead\s+of|following|prior\s+to|since)\s+(?:the\s+|a\s+|an\s+|their\s+)?$/i;

/** Verbs of concluding an agreement, told by its signatories. */
const SIGN_VERB = '(?:signed|sign|adopted|concluded|initialled|initialed|inked|issued)';
/**
 * party-to.signers-active: "South Korean President A and North Korean leader B signed a joint declaration", "X, which
 * A and B adopted at their first summit": the signatories are the subject of the active verb, before the agreement
 * (an aside such as ", on behalf of their respective governments," may stand between) or in a relative clause after it.
 */
export const SIGNERS_PATTERNS = {
  verbBefore: new RegExp(
    `\\b${SIGN_VERB}(?:\\s*,[^,.;]{1,80},|${SIGNED_IN_CITY_STATE.between})?\\s+(?:the\\s+|a\\s+|an\\s+|their\\s+)?[^.;,]{0,40}$`,
    'iu',
  ),
  relativeAfter: new RegExp(`^\\s*,?\\s*(?:that|which)\\s+([^.;]{1,80}?)\\s+${SIGN_VERB}\\b`, 'i'),
  /**
   * party-to.signers-collective: "The leaders signed the X", "the two heads of state adopted a joint declaration": the
   * signatories are the people who took part in the readout's event.
   */
  collective: new RegExp(
    `\\b(?:the|The)\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+)?(?:leaders|heads\\s+of\\s+(?:state|government|delegation)s?|presidents|prime\\s+ministers|(?:foreign\\s+)?ministers)\\s+(?:also\\s+|jointly\\s+|then\\s+)?${SIGN_VERB}\\s+(?:the\\s+|a\\s+|an\\s+|their\\s+)?[^.;,]{0,40}$`,
    'u',
  ),
  /** Between a demonym and the name it qualifies: "North Korean leader", "Syldavian Foreign Minister". */
  demonymGap: /^\s+(?:[\p{L}'’-]+\s+){0,4}$/u,
  /**
   * party-to.signers-delegations (agr24): words a signing subject may hold besides its states and organisations: "The
   * delegations of the Government of A and the B (ELN) signed …", "the negotiators of A and B concluded …". An agency's
   * dateline too (agr26): "Doha, July 19 (QNA) - A and B signed …".
   */
  subjectFiller:
    /\b(?:and|the|The|Government|Governments|of|both|delegations?|Delegations?|representatives|Representatives|negotiators|Negotiators|negotiating\s+teams?|teams?|Teams?|today|yesterday|jointly|formally)\b|^[^:–—\n]{0,60}\b(?:19|20)\d\d\s*[:–—]|^[A-Z][^.:–—()\n]{0,40}\([A-Z][A-Za-z]{1,10}\)\s*(?:--|[-–—])|\([A-Z][A-Za-z0-9/-]{1,11}\)|[,\s]/g,
};

/** A person's state: the owner of an office the person holds, else a demonym right before one of the mentions. */
function personState(k: RelKit, c: PersonCluster): string | undefined {
  const owned = (k.people.offices.get(c) ?? []).map((o) => o.owner).find((o) => STATE_NAMES.has(o));
  if (owned) return owned;
  for (const m of c.mentions) {
    const from = m.from ?? m.start;
    const h = hitsOverlapping(k.hits, from - 40, from + 1).findLast(
      (x) => x.end <= from && x.end > from - 40 && x.type === 'State',
    );
    if (h && SIGNERS_PATTERNS.demonymGap.test(k.ctx.text.slice(h.end, from)) && h.demonym) return h.name;
  }
  return undefined;
}

/** A state or organisation named as a coordinated subject: only names, "and", "the", "Government of" around it. */
function inSubject(k: RelKit, h: { start: number; end: number }, lo: number, hi: number): boolean {
  const rest = k.ctx.text.slice(lo, hi).replace(SIGNERS_PATTERNS.subjectFiller, '');
  const names = k
    .hitsIn(lo, hi)
    .map((x) => k.ctx.text.slice(x.start, x.end).replace(/[,\s]|\b(?:the|of|and)\b/g, ''))
    .join('');
  return h.start >= lo && rest.length <= names.length + 2;
}

/** The states of the people who took part in the readout's event, when they are two or more. */
function collectiveSignerStates(k: RelKit, before = ''): string[] {
  const everyone = [...(k.participants.get(k.main?.key ?? '') ?? [])];
  // party-to.collective-same-title (fl17a): "The prime ministers adopted …": those of the participants who hold the title.
  const title = collectiveTitle(SIGNERS_PATTERNS.collective.exec(before)?.[0] ?? '');
  const titled = title
    ? everyone.filter((c) => (k.people.offices.get(c) ?? []).some((o) => title.test(o.title)))
    : everyone;
  const people = titled.length >= 2 ? titled : everyone;
  const states = new Set(people.map((c) => personState(k, c)).filter((x): x is string => x !== undefined));
  return states.size >= 2 ? [...states] : [];
}

/** The states of the signatories of an agreement, told in the active voice (party-to.signers-active). */
export function activeSignerStates(k: RelKit, a0: Found): { states: string[]; collective: boolean } {
  const states = new Set<string>();
  let collective = false;
  const name = k.nameOf(a0);
  for (const a of k.ev.agreementMentions.filter((x) => k.nameOf(x) === name)) {
    const s = k.ctx.sentences[a.sentence]!;
    const before = k.ctx.text.slice(s.start, a.start);
    const verb = SIGNERS_PATTERNS.verbBefore.exec(before);
    const rel = verb ? undefined : SIGNERS_PATTERNS.relativeAfter.exec(k.ctx.text.slice(a.end, s.end));
    const [lo, hi] = verb ? [s.start, s.start + verb.index] : rel ? [a.end, a.end + rel[0].length] : [0, -1];
    const signers = k
      .personsIn(a.sentence)
      .map(([m]) => m)
      .filter((m) => m.start >= lo && m.end <= hi);
    // "Norway and Denmark signed X", "The Government of Norway and the Sami Council concluded X": the subject's states.
    const subjects = k.hitsIn(lo, hi).filter((h) => !h.demonym && inSubject(k, h, lo, hi));
    if (signers.length < 2 && new Set(subjects.map((h) => h.name)).size >= 2) {
      for (const h of subjects) states.add(h.name);
      continue;
    }
    if (signers.length < 2) {
      if (!SIGNERS_PATTERNS.collective.test(before)) continue;
      for (const x of collectiveSignerStates(k, before)) states.add(x);
      collective = states.size > 0;
      continue;
    }
    const found = signers.map((m) => personState(k, k.clusterOf.get(m)!));
    if (found.every(Boolean) && new Set(found).size >= 2) for (const x of found) states.add(x!);
  }
  return { states: [...states], collective };
}

/** Patterns of negotiates-for.fronted-for, as named data. */
export const FRONTED_FOR_PATTERNS = {
  /** A segment (after a dateline "CITY, date (AGENCY) --") that opens with "For (the) ". */
  open: /^(?:[^.]{0,80}?(?:--|—|–)\s*)?(?:and\s+)?for\s+(?:the\s+)?/i,
  /** Where one side's segment ends and another's begins: "; for the EU, …", ", and for the EU, …", ", while …". */
  split: /;|,?\s+(?=and\s+for\s+(?:the\s+)?\p{Lu})|,?\s+while\s+/u,
  /** A verb of signing, active or passive. */
  signed: /\b(?:signed|initialled|initialed|inked|put\s+(?:their|his|her)\s+signatures?)\b/i,
  /** Bystanders: "in the presence of", "witnessed by". */
  presence: /\b(?:in\s+the\s+presence\s+of|witnessed\s+by|before)\b/i,
};

/**
 * Rule negotiates-for.fronted-for: "For the European Union, the agreements were signed by A and by B"; "For Chile, X
 * signed; for the EU, Y": each person of a segment opened by "For <side>," signs for that side. Needs a verb of signing
 * in the segment, and the side right after "For" followed by a comma; people named after "in the presence of" do not
 * sign.
 */
export function frontedForSide(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    if (!FRONTED_FOR_PATTERNS.signed.test(s.text)) continue;
    let from = s.start;
    for (const seg of s.text.split(FRONTED_FOR_PATTERNS.split)) {
      const at = k.ctx.text.indexOf(seg, from);
      from = at + seg.length;
      const open = FRONTED_FOR_PATTERNS.open.exec(seg.trimStart());
      if (!open) continue;
      const lead = at + seg.length - seg.trimStart().length + open[0].length;
      const side = k.hits.find((h) => h.start === lead && !h.demonym);
      if (!side || !/^\s*,/.test(k.ctx.text.slice(side.end, side.end + 3))) continue;
      const presence = FRONTED_FOR_PATTERNS.presence.exec(k.ctx.text.slice(side.end, at + seg.length));
      const end = presence ? side.end + presence.index : at + seg.length;
      for (const [p, key] of k.personsIn(s.index))
        if (p.start > side.end && p.end <= end)
          k.ctx.relate('NEGOTIATES_FOR', key, k.hitKeys.get(side)!, s.index, 'negotiates-for.fronted-for');
    }
  }
}

/** The role and party rules of this file, in order. */
export function addNew6Roles(k: RelKit): void {
  frontedForSide(k);
  stateSigned(k);
  partiesOfTheTwoSides(k);
  partiesSignedFor(k);
}

/** Patterns of party-to.state-signed, as named data. */
export const STATE_SIGNED_PATTERNS = {
  /** "Egypt also signed the declaration", "Norway has ratified the treaty": a state or body as the subject. */
  subject:
    /^\s+(?:(?:also|has|have|had|formally|today|later|then|subsequently)\s+)*(?:signed|ratified|acceded\s+to|adhered\s+to|initialled|initialed|deposited\s+its\s+instruments?\s+of\s+(?:ratification|accession|acceptance|approval)\s+(?:to|of))\s+(?:the\s+|this\s+|that\s+)?(?:([a-z]+)\b)?/,
  /** "signed it for Egypt", "signed the declaration on behalf of Egypt": the side after the object. */
  forSide:
    /\b(?:signed|ratified|initialled|initialed)\s+(?:it|the\s+([a-z]+))\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/,
};
/** The bare heads that refer back to an agreement named before ("the declaration", "it"). */
const BACK_HEADS = new Set([
  'declaration',
  'agreement',
  'treaty',
  'memorandum',
  'accord',
  'protocol',
  'statement',
  'communiqué',
  'it',
]);

/** The agreement a bare head ("the declaration", "it") at `at` refers back to: the last one named before, of that head. */
function referredAgreement(k: RelKit, at: number, head: string): Found | undefined {
  return k.ev.agreementMentions.findLast(
    (a) => a.end <= at && (head === 'it' || k.nameOf(a).toLowerCase().split(/\s+/).at(-1) === head),
  );
}

/**
 * Rule party-to.state-signed: "The Arab Republic of Egypt also signed the declaration", "Norway has ratified the
 * Oslo Treaty", "Foreign Minister X signed it for Egypt": the state or organisation that signs is a party. The
 * agreement is the one named right after the verb, or the one a bare head ("the declaration", "it") refers back to.
 */
export function stateSigned(k: RelKit): void {
  for (const h of k.hits) {
    if (h.demonym) continue;
    const si = k.ctx.sentenceAt(h.start);
    const after = STATE_SIGNED_PATTERNS.subject.exec(k.ctx.text.slice(h.end, h.end + 80));
    const before = STATE_SIGNED_PATTERNS.forSide.exec(k.ctx.text.slice(Math.max(0, h.start - 60), h.start));
    let ag: Found | undefined;
    if (after) {
      const at = h.end + after[0].length - (after[1]?.length ?? 0);
      ag = k.ev.agreementMentions.find((a) => a.start === at || a.start === at - 4);
      if (!ag && after[1] && BACK_HEADS.has(after[1])) ag = referredAgreement(k, h.start, after[1]);
    } else if (before) ag = referredAgreement(k, h.start, before[1] ?? 'it');
    if (ag) k.ctx.relate('PARTY_TO', k.hitKeys.get(h)!, ag.key, si, 'party-to.state-signed');
  }
}

/**
 * agreement.not-place-date: "the Treaty on Maritime Delimitation in Oslo on 3 May": a head-first title's capitalised
 * tail stops before the place and day of its signing ("in Oslo on 3"), which a title never ends with; likewise "on Friday".
 */
export const PLACE_DATE_TAIL = new RegExp(
  // (new9) also the year of signing: "the Treaty of Friendship in 2001".
  `(?:[^\\S\\n]+in[^\\S\\n]+\\p{Lu}[\\p{L}'’-]+)?[^\\S\\n]+on[^\\S\\n]+(?:\\d{1,2}|${alt(WEEKDAYS)})$|[^\\S\\n]+in[^\\S\\n]+(?:19|20)\\d\\d$`,
  'u',
);

/** A title span without a trailing place and day of signing (agreement.not-place-date). */
export function withoutPlaceDate<T extends { surface: string; start: number }>(span: T): T {
  const m = PLACE_DATE_TAIL.exec(span.surface);
  return m ? { ...span, surface: span.surface.slice(0, m.index) } : span;
}

/** "the Political Declaration agreed by the two sides", "which was signed by both parties". */
export const TWO_SIDES_BY =
  /^\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:signed|concluded|agreed|adopted|reached|negotiated)\s+(?:upon\s+)?by\s+(?:the\s+)?(?:two|both)\s+(?:sides|parties|governments|countries)\b/i;

/**
 * Rule party-to.two-sides: "the Political Declaration agreed by the two sides" in a readout whose pair is known only
 * from an agreement named with its two parties ("UK-EU Trade and Cooperation Agreement"): the same two are its parties.
 */
export function partiesOfTheTwoSides(k: RelKit): void {
  const rels = k.ctx.relationsOf('PARTY_TO');
  const hasParties = (name: string) => rels.some((r) => k.ctx.entity(r.to)?.name === name);
  const pair = k.ev.agreements
    .map((a) => [...new Set(rels.filter((r) => r.to === a.key && r.rule === 'party-to.named').map((r) => r.from))])
    .find((ps) => ps.length === 2);
  if (!pair) return;
  for (const a of k.ev.agreementMentions) {
    if (hasParties(k.nameOf(a)) || !TWO_SIDES_BY.test(k.ctx.text.slice(a.end, a.end + 80))) continue;
    for (const p of pair) k.ctx.relate('PARTY_TO', p, a.key, a.sentence, 'party-to.two-sides');
  }
}

/** The NEGOTIATES_FOR rules that read a signature made for a side. */
const SIGNING_RULES = new Set([
  'negotiates-for.signed-for',
  'negotiates-for.signed-for-side',
  'negotiates-for.signed-by-list',
  'negotiates-for.fronted-for',
  'negotiates-for.on-behalf-respective',
  // fl28a: "A and B signed it on behalf of X and of Y respectively" names both parties too.
  'negotiates-for.on-behalf-respectively',
  'negotiates-for.on-behalf',
  'negotiates-for.on-behalf-by',
]);

/**
 * Rule party-to.signed-for: "The first was signed by X for the Russian Federation, by Y for Türkiye, and by the
 * Secretary-General for the United Nations": a state or organisation a signature is made for is a party of what was
 * signed, the agreement named in that sentence or, when it names none, the first one named in the last sentence
 * before (of the two) that names one; an agreement whose title names its parties ("between A and B") keeps those.
 */
export function partiesSignedFor(k: RelKit): void {
  const sides = new Set(['State', 'Organization']);
  // An agreement whose title names its parties ("… Agreement between the Reserve Bank of India and …") keeps them.
  const between = (a: Found) => / between /.test(k.ctx.text.slice(a.start, a.end)) || / between /.test(k.nameOf(a));
  for (const r of k.ctx.relationsOf('NEGOTIATES_FOR')) {
    if (!SIGNING_RULES.has(r.rule) || !sides.has(k.ctx.entity(r.to)?.type ?? '')) continue;
    const s = k.ctx.sentences[r.sentence]!;
    if (!/\bsign(?:ed|s|ing)?\b|\bsignatures?\b/i.test(s.text)) continue;
    const inSentence = k.ev.agreementMentions.filter((a) => a.sentence === r.sentence);
    // "It was signed for …": the subject of the sentence before, the first agreement it names.
    const last = k.ev.agreementMentions.findLast((a) => a.sentence < r.sentence && a.sentence >= r.sentence - 2);
    const before = last && k.ev.agreementMentions.find((a) => a.sentence === last.sentence);
    for (const a of inSentence.length ? inSentence : before ? [before] : [])
      if (!between(a)) k.ctx.relate('PARTY_TO', r.to, a.key, r.sentence, 'party-to.signed-for');
  }
}
