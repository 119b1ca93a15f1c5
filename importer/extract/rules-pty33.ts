// Rules of the pty33 round (issue 6): PARTY_TO precision and recall on the annotated samples, stated as general
// constructions of diplomatic prose; each is tested on made-up sentences in rules-pty33.test.ts.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/**
 * Rule sides.org-meeting-members: when the readout's main event gives one organisation as its only side (the
 * Commonwealth's summit, an OSCE council, an AU session, an ECOWAS mission), the states of the people who took part
 * are that organisation's host, chair, members or mediators, not sides of every text the readout names. They stay
 * sides of the readout (other rules read them), but party-to.sides gives them an agreement only when the sentence
 * naming the agreement names them too ("the Liptako-Gourma Charter that Mali and Niger signed").
 */
export const SIDES_ORG_MEETING_MEMBERS = {
  id: 'sides.org-meeting-members',
  /** A sentence that counts the member states as a group ("the police services of the three countries"). */
  counted:
    /\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:countries|states|governments|member\s+states|signatories)\b/i,
};

/** The readouts' member sides (above), by the sides set they were added to. */
const memberSides = new WeakMap<Set<string>, Set<string>>();

/**
 * Called where the participants' states are about to become sides: when the sides so far are one organisation,
 * records the states as member sides (and returns them, for tests).
 */
export function noteOrgMeetingMembers(
  sides: Set<string>,
  states: Iterable<string>,
  isState: (name: string) => boolean,
): Set<string> {
  const before = [...sides];
  const members = new Set<string>();
  if (before.length === 1 && !isState(before[0]!)) for (const st of states) if (!sides.has(st)) members.add(st);
  if (members.size) memberSides.set(sides, members);
  return members;
}

/**
 * Whether party-to.sides may give side `st` an agreement told in a sentence whose gazetteer hits are `hits`: not when
 * `st` is a member side of an organisation's meeting that the sentence does not name.
 */
export function sideMayBeParty(
  sides: Set<string>,
  st: string,
  sentence: string,
  hits: readonly GazetteerHit[],
): boolean {
  const members = memberSides.get(sides);
  if (!members?.has(st)) return true;
  return SIDES_ORG_MEETING_MEMBERS.counted.test(sentence) || hits.some((h) => h.name === st);
}

/**
 * Rule party-to.issued-by: a text named with its issuers, "the Joint Declaration by ECOWAS, the African Union and the
 * United Nations", "the joint statement issued on 13 August by the United States, the UAE and Israel": the two or more
 * states and organisations listed after "by" are its parties (read as party-to.named's "signed by" list), not the
 * readout's sides. A bare "by" must follow the name at once; "issued", "released" or "published" may stand first.
 */
export const PARTY_TO_ISSUED_BY = {
  id: 'party-to.issued-by',
  after: /^(?:\s+by|[^.;]{0,80}?\b(?:issued|released|published)\b[^.;]{0,60}?\bby)\s+(?=\S)/,
};

/** party-to.named's older "signed by" list: "the Memorandum of Principles signed in Amman in 2017 by A, B and C". */
const SIGNED_BY = /^[^.;]{0,80}?\b(?:signed|concluded|agreed|adopted|initialled)\b[^.;]{0,60}?\bby\s+/;

/** The "signed by" match after an agreement's name, else party-to.issued-by's (also given as `issuedBy`). */
export function signedOrIssuedBy(after: string): {
  signedBy: RegExpExecArray | null;
  issuedBy: RegExpExecArray | null;
} {
  const signed = SIGNED_BY.exec(after);
  const issuedBy = signed ? null : PARTY_TO_ISSUED_BY.after.exec(after);
  return { signedBy: signed ?? issuedBy, issuedBy };
}

/**
 * Rule party-to.clause-between: "the Special Convention on the delimitation of the possessions in West Africa, signed in
 * Paris on 27 June 1900 between France and Spain": a participle clause after the rest of a long name (no comma in it)
 * that tells between whom it was signed, concluded, reached or agreed. The pair after "between" are its parties, as
 * when "between" follows the name at once. Also the rest of the name with "between" in it ("the framework agreement on
 * security cooperation between A and B", `tail`).
 */
export const PARTY_TO_CLAUSE_BETWEEN = {
  id: 'party-to.clause-between',
  after: /^[^.;,]{1,120}?,\s+(?:signed|concluded|reached|agreed)\b[^.;,]{0,50}?\s+between\s+(?:the\s+)?/,
  /** The rest of a name read short, then "between" at once: "the framework agreement on security cooperation between". */
  tail: /^\s+(?:on|of|for|concerning)\s+[^.;,()]{1,80}?\s+between\s+(?:the\s+)?/,
};

/** Rule party-to.clause-between on the text after an agreement's name: the match up to the first party, if any. */
export function clauseBetween(after: string): RegExpExecArray | null {
  return PARTY_TO_CLAUSE_BETWEEN.after.exec(after) ?? PARTY_TO_CLAUSE_BETWEEN.tail.exec(after);
}

/**
 * The pty33 rule that alone gave an agreement's parties in party-to.named's reading: none when the name or a list
 * named them; party-to.clause-between when its "between" pair did; party-to.issued-by when its "by" list of two or more
 * did and no "between" pair was read.
 */
export function pty33Via(namedCount: number, lateBetween: boolean, issuedList: number): string | undefined {
  if (namedCount) return undefined;
  if (lateBetween) return PARTY_TO_CLAUSE_BETWEEN.id;
  return issuedList >= 2 ? PARTY_TO_ISSUED_BY.id : undefined;
}

/**
 * Rule party-to.later-mention: the parties an agreement's name, "between" or "by" list gives at a later mention
 * ("…; at the end of the meeting the parties agreed on a ceasefire between A and B") when its first mention gave none.
 * The first later mention with two parties or more is read; the facts keep the reading's own rule.
 */
export function laterMentionParties<T extends { parties: string[] }>(
  k: RelKit,
  a: Found,
  read: (m: Found) => T,
): T | undefined {
  const name = k.nameOf(a);
  for (const m of k.ev.agreementMentions) {
    if (m === a || m.start <= a.start || k.nameOf(m) !== name) continue;
    const got = read(m);
    if (new Set(got.parties).size >= 2) return got;
  }
  return undefined;
}

/**
 * Rule party-to.signs-with-head: "The Head of State signs the Greentree Agreement with the President of Nigeria",
 * "President X also signed a similar agreement with the President of Lithuania": the state whose leader the signer
 * signs with, and the signer's own state (the state of the office the subject holds; a bare "The Head of State" or "The
 * President" is the issuer's), are the agreement's parties, before the readout's sides.
 */
export const PARTY_TO_SIGNS_WITH_HEAD = {
  id: 'party-to.signs-with-head',
  /** Between the agreement's name and the partner state. */
  withHead:
    /^[^.;:]{0,60}?\s+with\s+(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|King|Emir|Head\s+of\s+State|Head\s+of\s+Government|Premier)\s+of\s+(?:the\s+)?$/,
  /** Before the agreement: a verb of signing in the present or past, "also" allowed, and an article. */
  verbBefore: /\b(?:signs|signed|has\s+signed)\s+(?:also\s+)?(?:the|a|an)\s+[^.;,]{0,40}$/,
  /** A subject that is the issuer's own leader by bare title, at the sentence's start. */
  bareLeader:
    /^\s*(?:The\s+)?(?:Head\s+of\s+State|President\s+of\s+the\s+Republic|President|Prime\s+Minister)\s+(?:also\s+)?(?:signs|signed|has\s+signed)\b/,
};

/**
 * Rule party-to.signs-with-head over one agreement: the subject's state and the partner (names), or undefined.
 * `subjectState` gives the state of the person who opens the sentence before the agreement, if any.
 */
export function signsWithHead(
  text: string,
  sentStart: number,
  a: { start: number; end: number },
  hits: readonly GazetteerHit[],
  subjectState: string | undefined,
  home: string | undefined,
): [string, string] | undefined {
  const p = PARTY_TO_SIGNS_WITH_HEAD;
  if (!p.verbBefore.test(text.slice(sentStart, a.start))) return undefined;
  const partner = hits.find(
    (h) => h.type === 'State' && !h.demonym && h.start > a.end && p.withHead.test(text.slice(a.end, h.start)),
  );
  if (!partner) return undefined;
  const own = subjectState ?? (p.bareLeader.test(text.slice(sentStart, a.start)) ? home : undefined);
  return own && own !== partner.name ? [own, partner.name] : undefined;
}
