// Relation rules of round fl19b (issue 6); the rule data and pure helpers are in rules-fl19b.ts.
import type { RelKit } from './rel-kit.ts';
import { sideThenBy } from './kit-people.ts';
import { inOtherMeeting } from './rules-participation.ts';
import { hostDelegationOfVisit } from './rules-fl19a-rel.ts';
import type { Found } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import {
  DISCUSSED_FRONTED_SESSION,
  INVOLVES_ADMISSION_PARTIES,
  NEGOTIATES_FOR_SIGNED_BY_FOR,
  PARTICIPATED_DELEGATION_INCLUDED,
  PARTICIPATED_SESSION_VERB,
  admissionCueEnd,
  delegationIncluded,
  openedByAt,
  signedByForCues,
  signerIn,
  toldFronted,
  toldOpeningAfter,
} from './rules-fl19b.ts';

/**
 * The held event a session is PART_OF, when its name tells a session ("opening session", "session on trade"; with
 * `talks`, also "plenary talks", "one-to-one meeting" and the like: a stage of the talks).
 */
function wholeOfSession(k: RelKit, e: Found, talks = false): Found | undefined {
  const stage = talks
    ? /\b(?:sessions?|plenary|one-to-one|one-on-one|tête-à-tête|restricted|expanded|delegations)\b/i
    : /\bsessions?\b/i;
  if (!stage.test(k.nameOf(e))) return undefined;
  const part = k.ctx.relations.find((r) => r.type === 'PART_OF' && r.from === e.key);
  return part ? k.ev.events.find((x) => x.key === part.to && !x.planned) : undefined;
}

/** Rule participated.session-verb (rules-fl19b.ts): who opened, addressed or closed a held gathering takes part in it. */
export function participateSessionVerb(k: RelKit): void {
  const { ctx, ev, clusterOf } = k;
  const rule = PARTICIPATED_SESSION_VERB.id;
  const take = (e: Found, c: PersonCluster | undefined, si: number) => {
    if (!c) return;
    k.participate(e, c, si, rule);
    const whole = wholeOfSession(k, e);
    if (whole) k.participate(whole, c, si, rule);
  };
  const told = [...ev.eventMentions];
  // "The negotiations were officially opened on 3 May by …": the main event told by its head noun.
  const main = k.main && !k.main.planned ? k.main : undefined;
  for (const s of main ? ctx.sentences : []) {
    const m = PARTICIPATED_SESSION_VERB.subject.exec(s.text);
    if (m && !told.some((e) => e.sentence === s.index && e.start < s.start + m[0].length))
      told.push({ ...main!, sentence: s.index, start: s.start, end: s.start + m[0].length });
  }
  for (const e of told) {
    if (e.planned) continue;
    const s = ctx.sentences[e.sentence]!;
    const people = k.personsIn(e.sentence);
    // "The Secretary General, Dr X, also addressed the opening session".
    for (const [m] of people) {
      const end = m.to ?? m.end;
      if (end <= e.start && toldOpeningAfter(ctx.text.slice(end, e.start))) take(e, clusterOf.get(m), e.sentence);
    }
    const after = people.filter(([m]) => (m.from ?? m.start) >= e.end);
    const first = after[0]?.[0];
    if (!first) continue;
    // "The negotiations were officially opened on 3 May by the Minister of Trade, Ms Y".
    const by = openedByAt(ctx.text.slice(e.end, s.end));
    const from = first.from ?? first.start;
    if (by !== undefined && from >= e.end + by && from - (e.end + by) <= PARTICIPATED_SESSION_VERB.byReach) {
      if (!ctx.text.slice(e.end + by, from).includes(';')) take(e, clusterOf.get(first), e.sentence);
      continue;
    }
    // "Speaking at the closing session, Dr X said …", "In the session on trade, Minister Z briefed …".
    const session = /\bsessions?\b/i.test(k.nameOf(e));
    if (toldFronted(ctx.text.slice(s.start, e.start), ctx.text.slice(e.end, from), session))
      take(e, clusterOf.get(first), e.sentence);
  }
}

/**
 * Rule negotiates-for.signed-by-for (rules-fl19b.ts): who signs "by X for the Government of Y" acts for Y. The signer may
 * be told by a title and a surname the people stage does not mark in that sentence ("by Prime Minister al-X"): the
 * person is the one whose name's last word the phrase after "by" holds.
 */
export function negotiatesForSignedByFor(k: RelKit): void {
  const { ctx, hits, hitKeys, key, ev, people } = k;
  for (const s of ctx.sentences) {
    if (!NEGOTIATES_FOR_SIGNED_BY_FOR.signing.test(s.text)) continue;
    const agreement = ev.agreementMentions.find((a) => a.sentence === s.index);
    for (const cue of signedByForCues(s.text)) {
      const at = s.start + cue.sideAt;
      // The side starts where the cue ends, or at its "Government of" (a state named by its government).
      const side = hits.find((h) => h.start <= at && h.start >= at - 20 && h.end > at && !h.demonym);
      const sk = side && hitKeys.get(side);
      const signer = people.clusters.filter((c) => signerIn(cue.signer, c.name));
      // negotiates-for.for-side-not-by (rol25): "by A, for Togo by B": Togo is B's.
      if (!sk || signer.length !== 1 || sideThenBy(ctx.text, side, s.end)) continue;
      ctx.relate('NEGOTIATES_FOR', key(signer[0]!), sk, s.index, NEGOTIATES_FOR_SIGNED_BY_FOR.id);
      if (agreement) ctx.relate('PARTY_TO', sk, agreement.key, s.index, NEGOTIATES_FOR_SIGNED_BY_FOR.id);
    }
  }
}

/**
 * A gathering told again by a shorter phrase ("the plenary talks" for the session "talks between the two
 * delegations"): the one held stage of the main event whose name holds the phrase's head noun, else the main event
 * when its own name does.
 */
function toldAgain(k: RelKit, phrase: string): Found | undefined {
  const head = phrase.trim().split(/\s+/).pop()!.toLowerCase();
  const has = (e: Found) => k.nameOf(e).toLowerCase().split(/\s+/).includes(head);
  const stages = k.ev.events.filter((e) => !e.planned && has(e) && wholeOfSession(k, e, true) === k.main);
  if (stages.length === 1) return stages[0];
  return k.main && !stages.length && has(k.main) ? k.main : undefined;
}

/** Rule participated.delegation-included (rules-fl19b.ts): a delegation's listed people take part in its gathering. */
export function participateDelegationIncluded(k: RelKit): void {
  const { ctx, ev, personsIn, clusterOf } = k;
  for (const s of ctx.sentences) {
    if (!/\bdelegation\b/.test(s.text) || k.main === undefined) continue;
    const cue = delegationIncluded(s.text);
    if (!cue) continue;
    const named =
      cue.at === undefined
        ? undefined
        : ev.eventMentions.find(
            (e) => e.sentence === s.index && e.start >= s.start + cue.at! && e.start < s.start + cue.from,
          );
    const gathering = named ?? (cue.gathering === undefined ? k.main : toldAgain(k, cue.gathering));
    if (!gathering || gathering.planned) continue;
    // participated.earlier-rounds: "builds on the rounds held in Oslo, in which the delegation was led by X": not ours.
    if (gathering === k.main && inOtherMeeting(s, { start: s.start + cue.from })) continue;
    // participated.host-delegation-not-visit (fl19a): the host's delegation takes part in the talks, not in the visit.
    if (gathering === k.main && hostDelegationOfVisit(k, s.index)) continue;
    const listed = personsIn(s.index).filter(([p]) => (p.from ?? p.start) >= s.start + cue.from);
    for (const [m] of cue.head ? listed.slice(0, 1) : listed) {
      const c = clusterOf.get(m);
      if (!c) continue;
      k.participate(gathering, c, s.index, PARTICIPATED_DELEGATION_INCLUDED.id);
      const whole = wholeOfSession(k, gathering, true);
      if (whole) k.participate(whole, c, s.index, PARTICIPATED_DELEGATION_INCLUDED.id);
    }
  }
}

/** Rule involves.admission-parties (rules-fl19b.ts): negotiations on A's admission into B involve A and B. */
export function involvesAdmissionParties(k: RelKit): void {
  const { ctx, ev, hits, hitKeys } = k;
  for (const e of ev.eventMentions) {
    const at = admissionCueEnd(ctx.text.slice(e.end, e.end + 60));
    if (at === undefined) continue;
    const start = e.end + at;
    // The applicant starts where the cue ends (its article or formal name part of the hit), the body right after it.
    const applicant = hits.find((h) => h.start >= start && h.start <= start + 30 && !h.demonym);
    const body =
      applicant &&
      hits.find(
        (h) =>
          h.start > applicant.end &&
          h.start <= applicant.end + 12 &&
          !h.demonym &&
          INVOLVES_ADMISSION_PARTIES.link.test(ctx.text.slice(applicant.end, h.start)),
      );
    if (!applicant || !body) continue;
    for (const h of [applicant, body]) {
      const hk = hitKeys.get(h);
      if (hk) ctx.relate('INVOLVES', e.key, hk, e.sentence, INVOLVES_ADMISSION_PARTIES.id);
    }
  }
}

/** Rule discussed.fronted-session (rules-fl19b.ts): a fronted session shares its sentence's topics with the gathering. */
export function discussedFrontedSession(k: RelKit): void {
  const { ctx, ev, main } = k;
  if (!main) return;
  for (const e of ev.eventMentions) {
    const s = ctx.sentences[e.sentence]!;
    if (e.planned || !DISCUSSED_FRONTED_SESSION.fronted.test(ctx.text.slice(s.start, e.start))) continue;
    if (wholeOfSession(k, e) !== main) continue;
    for (const r of ctx.relationsOf('DISCUSSED').filter((x) => x.from === main.key && x.sentence === s.index))
      if (r.to !== e.key) ctx.relate('DISCUSSED', e.key, r.to, s.index, DISCUSSED_FRONTED_SESSION.id);
  }
}
