// Round prc29b (issue 6): precision of PARTICIPATED_IN, PARTY_TO and OFFICE_OF on the annotated samples
// (docs/first-look.md, "Precision of PARTICIPATED_IN, PARTY_TO and OFFICE_OF"). Tested in rules-prc29b.test.ts.
import type { Ctx } from './context.ts';
import { LEADER_TITLES } from './lexicons.ts';
import type { PersonCluster } from './persons-resolve.ts';
import type { EventFacts, Found } from './types.ts';

/** Patterns of the prc29b rules, as named data. */
export const PRC29B_PATTERNS = {
  /**
   * Rule participated.session-group: the group a session is given to, named in the session's own words or the clause
   * after them (before the sentence's next event): leaders ("In a closed-door session …, the Heads of State received
   * the report", "a joint session with the Heads of State", "In the working session the leaders reviewed") or
   * ministers ("In the closed session, Ministers reviewed"). Not a possessive ("the leaders' declaration").
   */
  sessionGroup:
    /\b(?:(Heads[^\S\n]+of[^\S\n]+(?:State|Government)|[Ll]eaders|Presidents|Prime[^\S\n]+Ministers)|((?:[Ff]oreign[^\S\n]+)?[Mm]inisters))\b(?!['’])/,
  /** Titles of the ministers' group: a minister or a secretary of state. */
  ministerTitle: /\bMinister\b|\bSecretary[^\S\n]+of[^\S\n]+State\b|\bForeign[^\S\n]+Secretary\b/,
  /** Titles of the leaders' group besides LEADER_TITLES: "Head of State", "Head of Government". */
  headTitle: /\bHead[^\S\n]+of[^\S\n]+(?:State|Government)\b/,
} as const;

/** The group (leaders, ministers) a session's words give it to, or undefined. */
function sessionGroup(ctx: Ctx, ev: EventFacts, session: string): 'leaders' | 'ministers' | undefined {
  for (const m of ev.eventMentions.filter((e) => e.key === session)) {
    const s = ctx.sentences[m.sentence];
    if (!s) continue;
    const next = ev.eventMentions.find((e) => e.sentence === m.sentence && e.start > m.end && e.key !== session);
    const g = PRC29B_PATTERNS.sessionGroup.exec(ctx.text.slice(m.start, next?.start ?? s.end));
    if (g) return g[1] ? 'leaders' : 'ministers';
  }
  return undefined;
}

/** The bare titles of the offices a person holds. */
function titlesOf(ctx: Ctx, person: string): string[] {
  return ctx
    .relationsOf('HOLDS_OFFICE')
    .filter((r) => r.from === person)
    .map((r) => ctx.entity(r.to))
    .flatMap((o) => (o ? [o.props.title ?? o.name] : []));
}

/**
 * Rule participated.session-group: a session the text gives to a group ("In a closed-door session, the Heads of
 * State received …", "In the closed session, Ministers reviewed …") takes, of its meeting's participants, the group's
 * (by their titles), not the ministers, envoys and officials who attended the meeting with them. A participant
 * without a title is kept; when no participant's title fits the group, all are kept. The filter for
 * participated.session-of-whole.
 */
export function sessionGroupFilter(
  ctx: Ctx,
  ev: EventFacts,
  session: string,
  whole: readonly string[],
): (person: string) => boolean {
  const group = sessionGroup(ctx, ev, session);
  if (!group) return () => true;
  const P = PRC29B_PATTERNS;
  const fits = (t: string) =>
    group === 'leaders' ? LEADER_TITLES.test(t) || P.headTitle.test(t) : P.ministerTitle.test(t);
  if (!whole.some((p) => titlesOf(ctx, p).some(fits))) return () => true;
  return (person) => {
    const titles = titlesOf(ctx, person);
    return !titles.length || titles.some(fits);
  };
}

/**
 * Rule participated.other-verb-clause: the meeting verb of a later coordinated clause ("…, and Minister A met
 * separately with B", "… paid a courtesy call on A and met President B") and the clause breaks before it.
 */
export const OTHER_VERB_CLAUSE = {
  /** The event is the object of its clause's own meeting verb ("President A held a working session with …"). */
  verbBefore: /\b(?:held|holds|paid|pays|had|chaired|chairs|hosted|hosts)\b[^,;]*$/,
  /** A clause break: ", and", ", while", ";" or " and" right before a meeting verb. */
  clauseBreak:
    /,[^\S\n]+(?:and|while|whereas)[^\S\n]+|;[^\S\n]*|[^\S\n]+and[^\S\n]+(?=(?:then[^\S\n]+|also[^\S\n]+|later[^\S\n]+)?(?:met|received|called[^\S\n]+on|paid|spoke|conferred|chaired|held)\b)/g,
  /** A later clause that opens with its own subject (a capitalised word after at most four lowercase ones). */
  newSubject: /^[^\S\n]*(?:[a-z]+[^\S\n]+){0,4}[A-Z]/,
  /** A later clause that opens with its verb, sharing the earlier clause's subject. */
  verbFirst:
    /^[^\S\n]*(?:then[^\S\n]+|also[^\S\n]+|later[^\S\n]+)?(?:met|received|called|paid|spoke|conferred|chaired|held)\b/,
  /** A meeting verb of the later clause. */
  meetingVerb:
    /\b(?:met|meets|received|receives|called[^\S\n]+on|paid|pays|spoke|speaks|conferred|chaired|chairs|held|holds)\b/,
} as const;

/**
 * Rule participated.other-verb-clause: a person named in a later coordinated clause that has its own meeting verb did
 * not take part in the meeting the earlier clause's verb held: "On Saturday, President A held a working session with
 * the leaders of the South, and on Sunday Prime Minister B chaired a meeting between …" (B is not at A's session);
 * "Prime Minister A paid a courtesy call on B and met President C" (C is not at the courtesy call). `at` and `end`:
 * the person's mention; `e`: the event's mention in the same sentence.
 */
export function inOtherVerbClause(
  text: string,
  s: { start: number; end: number },
  e: { start: number; end: number },
  at: number,
  end: number,
): boolean {
  const V = OTHER_VERB_CLAUSE;
  if (at >= e.end) {
    // The event is the object of its clause's verb (the verb may open the event's own words: "held a meeting with").
    if (!V.verbBefore.test(text.slice(s.start, e.end))) return false;
    const breaks = [...text.slice(e.end, at).matchAll(V.clauseBreak)];
    const last = breaks[breaks.length - 1];
    if (!last) return false;
    const after = text.slice(end, s.end);
    const next = [...after.matchAll(V.clauseBreak)][0];
    return V.meetingVerb.test(text.slice(e.end + last.index! + last[0].length, end + (next?.index ?? after.length)));
  }
  if (end > e.start) return false;
  // The event stands in a later clause with its own meeting verb; the person is the earlier clause's object, or that
  // clause has its own subject (", and Minister A met separately with B": neither of the earlier pair is there).
  // The break may stand right before the event's own verb (" and met Prime Minister B"): look into the event's words.
  const gapLength = e.start - end;
  const br = [...text.slice(end, e.end).matchAll(V.clauseBreak)].find((b) => b.index! < gapLength);
  if (!br) return false;
  const later = text.slice(end + br.index! + br[0].length, e.end);
  if (!V.meetingVerb.test(later)) return false;
  const ownSubject = V.newSubject.test(later) && !V.verbFirst.test(later);
  const before = text.slice(s.start, at);
  const own = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  // The earlier words must be a clause of their own, with a verb: "A, Minister of X, and B co-chaired …" joins two
  // subjects; "A held a meeting with B, and C met D" (A, B) and "A paid a call on B and met C" (B) join two clauses.
  const isObject = V.meetingVerb.test(own) || V.verbBefore.test(own);
  return isObject || (ownSubject && V.meetingVerb.test(text.slice(end, end + br.index!)));
}

/** participated.other-verb-clause for a person cluster: every mention of it in sentence `si` stands in such a clause. */
export function otherVerbClause(ctx: Ctx, e: Found, c: PersonCluster, si: number): boolean {
  const s = ctx.sentences[si];
  if (!s || e.sentence !== si || !(s.text.includes(' and ') || s.text.includes(';'))) return false;
  const own = c.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  return own.length > 0 && own.every((m) => inOtherVerbClause(ctx.text, s, e, m.from ?? m.start, m.to ?? m.end));
}

/**
 * Rule party-to.named-with: the partner named right after an agreement ("the Prespa Agreement with Greece", "the
 * Agreement on Cooperation and Customs Union of 1991 with the European Economic Community", "the Monetary Agreement
 * concluded with the European Union"), a state or an organisation.
 */
export const PARTNER_AFTER_NAME =
  /^(?:[^\S\n]+of[^\S\n]+(?:\d{1,2}[^\S\n]+[A-Z][a-z]+[^\S\n]+)?\d{4})?,?[^\S\n]+(?:(?:signed|concluded|agreed|reached)\b[^.;:,]{0,40}?[^\S\n]+)?with[^\S\n]+(?:the[^\S\n]+)?$/;

/** party-to.named-with: what follows "with" is no partner. */
export const PARTNER_NOT = {
  /** The hit names an office's owner: "with the United Nations Secretary-General", "with the EU High Representative". */
  holderAfter:
    /^[^\S\n]*(?:Secretary|President|Prime|Minister|Chair|Director|Commissioner|High[^\S\n]+Representative|Special|Envoy|Ambassador|Representative)/,
  /** An instrument deposited "with" its depositary. */
  deposit: /\b(?:deposit(?:ed|s|ing)?|instruments?[^\S\n]+of[^\S\n]+(?:ratification|accession|acceptance|approval))\b/i,
} as const;

/**
 * Rule party-to.named-with: the partner named right after agreement `a` and the states named before it in its
 * sentence. The caller makes them the parties when exactly one state stands before ("North Macedonia had shown with
 * the Prespa Agreement with Greece"), instead of the readout's sides (Bulgaria, in a North Macedonia-Bulgaria readout).
 */
export function partnerAfterName<H extends { type: string; start: number; end: number }>(
  text: string,
  sentStart: number,
  a: { start: number; end: number },
  hits: H[],
): { partner?: H; before: H[] } {
  const partner = hits.find(
    (h) =>
      (h.type === 'State' || h.type === 'Organization') &&
      h.start >= a.end &&
      h.start - a.end < 120 &&
      PARTNER_AFTER_NAME.test(text.slice(a.end, h.start)) &&
      // "… with the United Nations Secretary-General, the depositary": an office holder, not a partner.
      !PARTNER_NOT.holderAfter.test(text.slice(h.end, h.end + 40)),
  );
  // "deposited the instrument of ratification of the X Treaty with …": a deposit, not a partner.
  if (PARTNER_NOT.deposit.test(text.slice(Math.max(sentStart, a.start - 80), a.start))) return { before: [] };
  if (!partner) return { before: [] };
  return { partner, before: hits.filter((h) => h.type === 'State' && h.start >= sentStart && h.end <= a.start) };
}

/** A minister's title, not a head of government's ("Prime Minister"): "Minister of Foreign Affairs", "Secretary of State". */
const MINISTER_NOT_HEAD = /\bMinister\b|\bSecretary[^\S\n]+of[^\S\n]+State\b|\bForeign[^\S\n]+Secretary\b/;

/**
 * Rule participated.two-ministers-not-leaders: "the two ministers" / "the two Foreign Ministers" are the main event's
 * pair only when that pair are ministers; in a readout of two Prime Ministers' signing, "The negotiations were led by
 * the two Foreign Ministers, who met in Vienna" names other people (nobody here), whether the pair is the main
 * event's or the readout's two leaders. "the two sides" stay the pair.
 * Returns the pair the noun names.
 */
export function pairOfNoun<C>(
  noun: string,
  mainPair: C[],
  leadersPair: C[],
  offices: ReadonlyMap<C, readonly { title: string }[]>,
): C[] {
  const minister = (c: C) => {
    const titles = (offices.get(c) ?? []).map((o) => o.title);
    return !titles.length || titles.some((t) => MINISTER_NOT_HEAD.test(t) && !/^(?:Prime|First)\s+Minister$/.test(t));
  };
  const byMain = /ministers|sides/.test(noun) && !/prime/.test(noun) && mainPair.length === 2;
  const pair = byMain ? mainPair : leadersPair;
  return /ministers/.test(noun) && !/prime/.test(noun) && !pair.every(minister) ? [] : pair;
}
