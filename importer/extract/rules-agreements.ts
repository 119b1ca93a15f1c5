// Agreement relations: the readout's sides, PARTY_TO, REACHED_AT (at an event, at the main event, lists of
// signed documents), BASED_ON and NEGOTIATES.
import { REACHED_AT_NOT_LAUNCHED } from './rules-fl24a.ts';
import { passiveSignedParticiple } from './rules-fl23b.ts';
import { addAgr20Parties, addPartiesFromBase, basedOnBuiltOnInName, dropBaseReachedAt } from './rules-agr20.ts';
import { endOfTalksEvent } from './rules-fl19a-rel.ts';
import { pointsBackToTalks } from './rules-fl18a.ts';
import { jointBodies } from './rules-fl18b.ts';
import { reachedAtAfterProcess } from './rules-fl17b-rel.ts';
import { signedWithParties, twoSidesSigned } from './rules-fl14a.ts';
import { partnerAfterName } from './rules-prc29b.ts';
import { mediatorByNoun } from './rules-prc30.ts';
import { FL14B_PATTERNS } from './rules-fl14b.ts';
import {
  AGR13_PATTERNS,
  addBaseParties,
  addBetweenListParties,
  addNegotiationsBetweenParties,
  addPronounBasis,
  addRelativeSubjectParties,
  actedUnderOnly,
  addSubjectOfVerbParties,
  venueOnlyName,
} from './rules-agr13.ts';
import { FLA10_PATTERNS } from './rules-fla10.ts';
import {
  addSignatoryParties,
  adoptingBodies,
  basedOnNegotiationsSubject,
  reachedAtAdoptingEvent,
  reachedAtFronted,
  reachedAtSigningOf,
  reachedAtAfterGeneric,
  basedOnFronted,
  reachedInOtherMonth,
  titledSubjectSides,
  withoutCombinedLead,
} from './rules-new9.ts';
import { countedAgreements, textOfAgreement, titledFor } from './rules-neg9.ts';
import {
  agreementBeforeTalks,
  hasTwoTitled,
  NEG12_PATTERNS,
  readoutAgreement,
  reporterBefore,
  talksAgreementFor,
  twoTitledNegotiators,
} from './rules-neg12.ts';
import {
  listIntroParties,
  listIntroRelations,
  placeOnlyAt,
  reachedAtFinalText,
  reachedAtNextCeremony,
  toNegotiateParties,
} from './rules-flb10.ts';
import { FL13A_PATTERNS, signedInOtherMonth } from './rules-fl13a.ts';
import type { Found } from './types.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { hitsOverlapping } from './hit-index.ts';
import { allMatches, execIf, groupBy, mayMatch } from './text.ts';
import { signedAtOwnSigning } from './rules-ev10.ts';
import { AGREEMENT_HEADS, FRAME_NOUN, LEADER_TITLES } from './lexicons.ts';
import { combiningFormParties, listedParties, partyListAt } from './agreement-parties.ts';
import {
  addBoundParties,
  countedParties,
  expandGroups,
  groupMembers,
  reachedByHeadReference,
} from './agreement-groups.ts';
import { subjectPairSides } from './sides-subject.ts';
import { delegationsOfList } from './rules-fl26a.ts';
import { isLegislatureName } from './rules-ent26.ts';
import { basedOnPluralSubject, LIST_ITEM } from './agreement-basis.ts';
import { toldUnreached } from './agreement-status.ts';
import { referredToOnly } from './rules-agr31.ts';
import { AGR17_PATTERNS, instituted, reachedAtInlineList } from './rules-agr17.ts';
import { olderThanDoc, PLANNED, STATE_NAMES, type RelKit } from './rel-kit.ts';
import { activeSignerStates, BASIS_BEFORE, SEQUENCE_BEFORE } from './rules-new6.ts';
import { FL11A_PATTERNS } from './rules-fl11a.ts';
import { negatedAfter } from './rules-rol15.ts';
import { orgMembersSide } from './rules-fl13b-rel.ts';
import {
  addPartnerSubjects,
  basedOnRelative,
  cueAfterWhose,
  cueOpensRelative,
  statedParties,
  toldLastPeriod,
} from './rules-new7.ts';
import { headsOfLead } from './rules-top18.ts';
import { NOT_EXCHANGED_VIEWS } from './rules-top22.ts';
import { namedAsFoundingFrame } from './rules-fl22b.ts';
import {
  addClosedByConcluding,
  addOneOfSignatories,
  AGR24_PATTERNS,
  dropPlannedReachedAt,
  reachedAtBuiltNotBase,
} from './rules-agr24.ts';
import { literalGate } from './literal-need.ts';
import { lastOfText } from './text-memo.ts';
import { implementationTopic, signedLongAgo } from './rules-top25.ts';
import { addStandingParties } from './rules-agr26.ts';
import { AGREEMENT_SIGNED_WITH_PARTY } from './rules-fl29b.ts';
import { apposedToChiefNoun, negotiatedForCue, toldOnlyByNoun } from './rules-rol32.ts';
import {
  laterMentionParties,
  noteOrgMeetingMembers,
  clauseBetween,
  pty33Via,
  PARTY_TO_SIGNS_WITH_HEAD,
  sideMayBeParty,
  signedOrIssuedBy,
  signsWithHead,
} from './rules-pty33.ts';

const REACH_VERB = new RegExp(
  `\\b(signed|sign|reached|concluded|adopted|endorsed?|put their signatures|exchanged(?!${NOT_EXCHANGED_VIEWS.after.source})|issued|(?:witnessed|oversaw|attended|presided\\s+over|took\\s+part\\s+in)\\s+(?:the\\s+)?(?:signing|exchange|adoption)\\s+of)\\b|${AGR13_PATTERNS.reachVerb.source}|${AGR17_PATTERNS.reachVerb.source}|${AGR24_PATTERNS.agreedObject.source}`,
  'i',
);
/** Where a reaching verb stands in a sentence (-1: none); rule reached-at.agreed-on (rules-fl13a.ts) adds "agreed on X". */
function reachVerbAt(text: string): number {
  const m = REACH_VERB.exec(text) ?? FL13A_PATTERNS.agreedOnNamed.exec(text);
  return m ? m.index : -1;
}
const NEGOTIATION_ON = /\bnegotiat\w*\s+(?:on|for|of|towards?)\s+/i;
/** "the Joint Statement …, whose terms A, B and C settled" (addNegotiators). */
const WHOSE_TERMS = /,\s+whose\s+(?:terms|text|wording)\b/;
/** NEGOTIATION_ON's literals, asked once of a text (perf25a): a readout without them does not run it on its sentences. */
const negotiationOnIn = lastOfText(literalGate(NEGOTIATION_ON));
const NEGOTIATOR_RE =
  /\b(?:talks|negotiations|consultations)\b[^.]*\b(?:led|headed|steered|conducted)\s+by\b|\bsteered\b[^.]*negotiat|\boverseeing\s+the\s+negotiat|\b(responsible for|handled by|handle|handles|lead|leads|led by|in charge of|conducting|conducts|headed by)\b[^.]*negotiat|negotiat[^.]*\b(handled|led|conducted|headed|chaired|co-chaired|steered) by\b|\b(?:was|were|been|being|are|is)\s+(?:jointly\s+)?negotiated(?:\s+(?!on\b|under\b|with\b|between\b|the\b)[\w-]+){0,4}\s+by\b|\b(?:led|headed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:side|delegation|team)\s+(?:in|at|to|during|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:negotiations|talks)\b|\bchief negotiators?\b|\bnegotiates for\b|\b(?:chair(?:ed|s|ing)|co-chair(?:ed|s|ing)|presid(?:ed|es|ing) over)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}negotiations\s+(?:on|of|for)\b|\b(?:wording|text|terms)\b(?:\s+of\b[^.]{0,120}?)?\s+(?:was|were|had been|has been|have been)\s+(?:agreed|finali[sz]ed|settled|worked out|drafted|hammered out)\s+by\b|\b(?:hammered\s+out|drafted|finali[sz]ed|worked\s+out|settled)\s+(?:the\s+)?(?:final\s+|draft\s+)?(?:text|wording|terms)\s+of\b|\bheads?\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?delegations?\b[^.]*\bnegotiations\s+(?:on|of|for)\b|\brepresented\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}negotiations\s+(?:on|of|for)\b|\bteams?\b(?:[^.]|\b[A-Z]\.)*\b(?:led|headed) by\b(?:[^.]|\b[A-Z]\.)*\b(?:talks|negotiations|consultations)\b|\bheld\b[^.]*\bround of negotiations\b|\bnarrowed down\b[^.]*\bby\b|\bfor (?:their|his|her) (?:work|role|efforts?) (?:in|on|towards?)\b[^.]*\bnegotiations\b|\bwhose (?:terms|text|wording)\b[^.]*\b(?:settled|negotiated|agreed|worked out|hammered out)\b/i;
/**
 * A word every NEGOTIATOR_RE match holds (each branch names the talks, their text or "narrowed"): a sentence without
 * one is not tried.
 */
const NEGOTIATOR_WORDS = /negotiat|talks|consultations|wording|text|terms|narrowed/i;
// (agr17) based-on.not-replaces: an agreement that replaces or supersedes another does not rest on it (GUIDE: "on the
// basis of", "building on", "implementing"); "replaces", "succeeds", "supersedes" are no cues.
const BASIS_RE =
  /\b(on the basis of|based on|builds? (?:up)?on|building (?:up)?on|updates|updating|moderni[sz]es?|moderni[sz]ing|amends?|amending|implements?|implementing|(?:in\s+)?implementation\s+of|putting into effect|gives? effect to|giving effect to|operationali[sz]es|operationali[sz]ing|to operationali[sz]e|in application of|under the umbrella of|supplements|supplementing|follows up on|following up on|pursuant to|in line with|in accordance with|in furtherance of|within the framework (?:set out )?(?:in|of)|(?:concluded|signed|adopted|agreed) under|as\s+(?:foreseen|provided\s+for|envisaged|set\s+out|stipulated|laid\s+down)\s+(?:in|by)|as(?=\s+(?:the\s+)?[A-Z][^.;]{0,120}?\s+(?:foresees|provides\s+for|envisages|stipulates)\b))\b/gi;

/** Adds PARTY_TO, REACHED_AT, BASED_ON and NEGOTIATES relations. */
export function addAgreementRelations(k: RelKit): void {
  findSides(k);
  // PARTY_TO: states in the agreement's name ("Japan-Soviet Joint Declaration"), else the sides of the meeting.
  const groups = groupMembers(k);
  for (const a of k.ev.agreements) addParties(k, a, groups);
  addBoundParties(k);
  addPartnerSubjects(k);
  addSubjectOfVerbParties(k);
  addRelativeSubjectParties(k);
  addStandingParties(k); // party-to.standing (agr26)
  addNegotiationsBetweenParties(k);
  addBetweenListParties(k);
  addAgr20Parties(k); // party-to.owner-with, party-to.its-signatories, party-to.appositive-between (agr20)
  addOneOfSignatories(k); // party-to.one-of-its-signatories (agr24)
  const underNegotiation = draftAgreement(k);
  // REACHED_AT and BASED_ON within a sentence.
  for (const s of k.ctx.sentences) {
    const ags = k.ev.agreementMentions.filter((a) => a.sentence === s.index);
    if (!ags.length && NEGOTIATIONS_SUBJECT.test(s.text)) reachedAtInSentence(k, s, ags);
    if (!ags.length) continue;
    reachedAtInSentence(k, s, ags);
    basedOnInSentence(k, s, ags, underNegotiation);
    basedOnAttached(k, ags);
  }
  basedOnPluralSubject(k);
  basedOnBuiltOnInName(k); // based-on.built-on-in-name (agr20)
  basedOnRelative(k);
  reachedAtSignedList(k);
  reachedAtInlineList(k, (a) => olderThanDoc(k, a));
  reachedByHeadReference(k);
  reachedAtNamedEvent(k);
  reachedAtAdoptingEvent(k);
  reachedAtFronted(k);
  reachedAtSigningOf(k);
  reachedAtAfterGeneric(k);
  // reached-at.after-process (fl17b): "The agreement was reached after thirteen rounds of negotiations".
  reachedAtAfterProcess(k);
  basedOnFronted(k);
  addPronounBasis(k);
  listIntroRelations(k);
  reachedAtNextCeremony(k);
  reachedAtFinalText(k);
  addSignatoryParties(k);
  basedOnNegotiationsSubject(k);
  addNegotiators(k, underNegotiation);
  addBaseParties(k);
  addPartiesFromBase(k); // party-to.from-base (agr20)
  dropBaseReachedAt(k); // reached-at.not-base (agr20)
  addClosedByConcluding(k); // reached-at.closed-by-concluding (agr24)
  reachedAtBuiltNotBase(k); // reached-at.built-on-not-base (agr24)
  dropPlannedReachedAt(k); // reached-at.not-planned-signing (agr24)
}

type Sentence = RelKit['ctx']['sentences'][number];

/**
 * Sides of the readout: the states and organisations its title or main event pairs ("EU-Canada summit", "UK and EU
 * conclude …"), the delegations it brought together, else the states of the main event's participants.
 */
function findSides(k: RelKit): void {
  const { ctx, people, hitsIn, main, mainName, participants, sides } = k;
  // Sides of the readout: the states and organisations its title or main event pairs ("EU-Canada summit",
  // "UK and EU conclude …"), else the states of the main event's participants.

  const titleS = ctx.sentences.find((x) => x.text === ctx.doc.title) ?? ctx.sentences.find((x) => x.heading);
  const mainSpans = ctx.named('Event', mainName).filter((c) => c.end > c.start);
  // sides.not-in-event-name (new9): a state inside another gathering's name in the main event's headline is no side.
  const inOther = (h: GazetteerHit) =>
    k.ev.eventMentions.some(
      (e) =>
        e.start <= h.start &&
        e.end >= h.end &&
        k.nameOf(e) !== mainName &&
        !mainSpans.some((sp) => sp.start === e.start),
    );
  for (const sp of mainSpans) for (const h of hitsIn(sp.start, sp.end)) if (!inOther(h)) sides.add(h.name);
  // sides.org-members (fl13b): "WTO members concluded the Conference by adopting …": the organisation is the side,
  // unless the main event's own name pairs two sides.
  const members = sides.size < 2 ? orgMembersSide(k) : undefined;
  if (members) {
    sides.clear();
    sides.add(members);
    return;
  }
  if (sides.size < 2 && titleS) {
    // "Joint statement by the presidents of Russia and the US on Syria": a state after "on" is the topic.
    const th = hitsIn(titleS.start, titleS.end).filter(
      (h) =>
        (h.type === 'State' || h.type === 'Organization') &&
        // sides.not-in-event-name (new9): "… on the Sidelines of the Sudan Neighbouring Countries Summit".
        !inOther(h) &&
        !/\b(?:on|about|regarding|concerning|in)\s+(?:the\s+)?$/.test(
          ctx.text.slice(Math.max(0, h.start - 15), h.start),
        ),
    );
    if (new Set(th.map((h) => h.name)).size >= 2) for (const h of th) sides.add(h.name);
  }
  // "brought together a delegation of the Government of Yemen … and a delegation of Ansar Allah".
  if (sides.size < 2) {
    const dels = new Set(
      k.hits
        .filter(
          (h) =>
            !h.demonym &&
            /\bdelegations?\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/.test(
              ctx.text.slice(Math.max(0, h.start - 40), h.start),
            ),
        )
        .map((h) => h.name),
    );
    for (const x of delegationsOfList(ctx.text, k.hits)) dels.add(x); // sides.delegations-of-list (fl26a)
    if (dels.size >= 2) for (const x of dels) sides.add(x);
  }
  if (sides.size < 2) for (const x of subjectPairSides(k)) sides.add(x);
  if (sides.size < 2) for (const x of titledSubjectSides(k)) sides.add(x);
  // sides.demonym-side: "led by X on the Cambodian side and by Y on the Thai side".
  if (sides.size < 2) {
    const named = new Set(k.hits.filter((h) => h.type === 'State' && /\bsides?$/i.test(h.surface)).map((h) => h.name));
    if (named.size === 2) for (const x of named) sides.add(x);
  }
  if (sides.size < 2) {
    const ps = new Set<string>();
    for (const c of participants.get(main?.key ?? '') ?? [])
      for (const o of people.offices.get(c) ?? []) if (o.owner && STATE_NAMES.has(o.owner)) ps.add(o.owner);
    // Three states at the meeting, one of them the issuer: the issuer hosts the other two ("Swiss delegation
    // holds talks with Presidents Biden and Putin").
    if (ps.size === 3 && people.home && ps.has(people.home)) ps.delete(people.home);
    if (ps.size >= 2 && ps.size <= 3) {
      noteOrgMeetingMembers(sides, ps, (n) => STATE_NAMES.has(n)); // sides.org-meeting-members (pty33)
      for (const x of ps) sides.add(x);
    }
  }
  for (const x of facilitators(k)) sides.delete(x);
  // sides.joint-body (fl18b): "the Laos-Vietnam Intergovernmental Committee" is a forum of two sides, not a third.
  for (const x of jointBodies(sides, (n) => STATE_NAMES.has(n))) sides.delete(x);
}

/** "with Norway as third-party facilitator", "Norway has facilitated the process", "talks mediated by Qatar". */
const FACILITATOR_AFTER =
  /^\s+(?:(?:as|acting\s+as|in\s+its\s+role\s+as)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:facilitator|mediator|host)|(?:has\s+|had\s+)?(?:facilitated|mediated))\b/i;
const FACILITATOR_BEFORE = /\b(?:facilitated|mediated|brokered)\s+by\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/i;

/** sides.facilitator: states and organisations the text names as facilitator or mediator are no side of the talks. */
function facilitators(k: RelKit): Set<string> {
  const { ctx, hits } = k;
  return new Set(
    hits
      .filter(
        (h) =>
          FACILITATOR_AFTER.test(ctx.text.slice(h.end, h.end + 50)) ||
          FACILITATOR_BEFORE.test(ctx.text.slice(Math.max(0, h.start - 45), h.start)) ||
          // sides.mediation-noun (prc30): "the Qatari mediation", "talks hosted by the State of Qatar".
          mediatorByNoun(ctx.text, h),
      )
      .map((h) => h.name),
  );
}

type NamedParties = { named: GazetteerHit[]; between: GazetteerHit[]; parties: string[]; via?: string };

/** The states and organisations an agreement's text names as its parties: in its name, "between", "signed by". */
function namedParties(k: RelKit, a: Found): NamedParties {
  const { ctx, hitKeys, people, clusterOf, personsIn, hitsIn, stateKey } = k;
  // States named inside the agreement's name, except as its topic or place ("joint statement on Syria") or as
  // an institution's seat ("Rashtriya Raksha University, India").
  const named = hitsIn(a.start, a.end).filter(
    (h) =>
      // "Action Plan on the China-Pakistan Economic Corridor": both states of a hyphenated pair after "on" (new9).
      !/\b(on|in|for|concerning|regarding)\s+(?:the\s+)?(?:[a-z]+\s+)?$/.test(
        withoutCombinedLead(ctx.text.slice(Math.max(a.start, h.start - 40), h.start)),
      ) &&
      !(h.type === 'State' && /,\s*$/.test(ctx.text.slice(h.start - 2, h.start))) &&
      // party-to.not-instituted-body (agr17): "Agreement on the Establishment of a Bi-National Commission", "terms of
      // reference of the Joint Commission": a body found by its form that the agreement sets up or governs.
      !instituted(h, ctx.text.slice(Math.max(a.start, h.start - 12), h.start)) &&
      // "Reserve Bank of India": the bank is the party, not the state inside its name.
      !(
        h.type === 'State' &&
        hitsOverlapping(k.hits, h.start, h.end).some(
          (o) => o !== h && o.type === 'Organization' && o.start <= h.start && o.end >= h.end,
        )
      ) &&
      // "United Nations Convention on the Law of the Sea": the organisation that adopted it, not a party.
      // "the 1982 United Nations Convention …", "the Charter of the United Nations": likewise, wherever it stands.
      !(h.type === 'Organization' && /\b(Convention|Charter)\b/.test(a.name)) &&
      // party-to.not-venue-name (agr13): "the Mexico Agreement" was made in Mexico.
      !venueOnlyName(a.name, ctx.text.slice(h.start, h.end)),
  );
  const s = ctx.sentences[a.sentence]!;
  // "between Japan and China" (not "between the two countries, and that … Japan"): names right after "between".
  // "… signed in Pretoria on 2 November 2022 between the Government of Ethiopia and the TPLF": after a signing too.
  const btwNear =
    /^\s*between\s+(?:the\s+)?/.exec(ctx.text.slice(a.end, a.end + 40)) ??
    /^,?\s+(?:signed|concluded|reached|agreed)\b[^.;,]{0,50}?\s+between\s+(?:the\s+)?/.exec(
      ctx.text.slice(a.end, a.end + 100),
    );
  // party-to.clause-between (pty33): "…, signed in Paris in 1900 between A and B" after the rest of a long name.
  const btwLate = btwNear ? null : clauseBetween(ctx.text.slice(a.end, s.end));
  const btw = btwNear ?? btwLate;
  const btwAt = a.end + (btw?.[0].length ?? 0);
  const betweenHits = btw ? hitsIn(btwAt - 1, Math.min(s.end, btwAt + 80)).slice(0, 2) : [];
  const between = betweenHits[0] && betweenHits[0].start <= btwAt + 1 ? betweenHits : [];
  // "the Memorandum of Principles signed in Amman on November 8, 2017, by Jordan, Russia and the United States";
  // party-to.issued-by (pty33): "the Joint Declaration by A, B and C", "the statement issued on 2 May by A and B".
  const { signedBy, issuedBy } = signedOrIssuedBy(ctx.text.slice(a.end, s.end));
  // party-to.signed-by-heads-of (top18): "signed by the presidents of A, B and C".
  const byAt = signedBy ? a.end + signedBy[0].length : 0;
  const byList = signedBy ? partyListAt(k, byAt + headsOfLead(ctx.text, byAt)) : [];
  const counted = byList.length ? [] : countedParties(k, a);
  const listed = listedParties(k, a);
  const combined = combiningFormParties(k, a);
  const parties = [
    ...[...named, ...between, ...(byList.length >= 2 ? byList : []), ...listed].map((h) => hitKeys.get(h)!),
    ...combined,
    ...counted,
  ];
  // "the declaration signed by Prime Ministers Howard and Abe in 2007", "New START, extended by Presidents Biden
  // and Putin": the states whose offices the signatories hold are the parties.
  const by = /^[^.;]{0,40}?\b(?:signed|concluded|agreed|adopted|extended|renewed)\s+by\s+/.exec(
    ctx.text.slice(a.end, s.end),
  );
  const inName = /\b(?:signed|concluded|agreed|adopted|extended|renewed|reached)\s+by\s/.test(a.name);
  const [lo, hi] = by ? [a.end + by[0].length, a.end + by[0].length + 60] : inName ? [a.start, a.end] : [0, -1];
  const signers = personsIn(a.sentence)
    .map(([m]) => m)
    .filter((m) => m.start >= lo && m.start <= hi);
  const signerStates = new Set(
    signers.flatMap((m) => (people.offices.get(clusterOf.get(m)!) ?? []).map((o) => o.owner)),
  );
  if (signers.length >= 2 && !named.length && !between.length && !listed.length && !combined.length)
    for (const st of signerStates) {
      const sk = STATE_NAMES.has(st) ? stateKey(st) : undefined;
      if (sk) parties.push(sk);
    }
  const late = !!btwLate && !!between.length;
  const via = pty33Via(named.length + listed.length, late, issuedBy && !between.length ? byList.length : 0);
  return { named: [...named, ...listed], between, parties, via };
}

/** Rule party-to.signed-with (fl14a): "the memorandum signed with China", told of one other state: both are parties. */
function signedWith(k: RelKit, a: Found): boolean {
  const s = k.ctx.sentences[a.sentence]!;
  const hits = k.hitsIn(s.start, s.end);
  const told = signedWithParties(k.ctx.text, s.start, a, hits);
  // party-to.named-with (prc29b): "the Prespa Agreement with Greece", a partner state or organisation.
  const { partner, before } = told.partner ? told : partnerAfterName(k.ctx.text, s.start, a, hits);
  const own = new Set(before.map((h) => k.hitKeys.get(h)!));
  if (!partner || own.size !== 1) return false;
  const keys = [...own, k.hitKeys.get(partner)!];
  if (keys[0] === keys[1]) return false;
  const rule = told.partner ? 'party-to.signed-with' : 'party-to.named-with';
  for (const p of keys) k.ctx.relate('PARTY_TO', p, a.key, a.sentence, rule);
  return true;
}

/** Rule party-to.signs-with-head (rules-pty33.ts) on one agreement; whether it gave its parties. */
function signsWithHeadParties(k: RelKit, a: Found): boolean {
  const s = k.ctx.sentences[a.sentence]!;
  const first = k
    .personsIn(a.sentence)
    .map(([m]) => m)
    .find((m) => m.start < a.start);
  const owned = first
    ? (k.people.offices.get(k.clusterOf.get(first)!) ?? []).map((o) => o.owner).find((o) => STATE_NAMES.has(o))
    : undefined;
  const pair = signsWithHead(k.ctx.text, s.start, a, k.hitsIn(s.start, s.end), owned, k.people.home);
  const keys = pair?.map((n) => k.stateKey(n));
  if (!keys || keys.some((x) => !x)) return false;
  for (const p of keys) k.ctx.relate('PARTY_TO', p!, a.key, a.sentence, PARTY_TO_SIGNS_WITH_HEAD.id);
  return true;
}

/** party-to.named / party-to.sides: the parties of one agreement, else the readout's sides. */
function addParties(k: RelKit, a: Found, groups: Map<string, string[]>): void {
  const { ctx, sides, stateKey } = k;
  // party-to.list-intro (flb10): an item of a list whose introducing sentence names the parties "between A and B".
  const introduced = listIntroParties(k, a);
  for (const p of introduced) ctx.relate('PARTY_TO', p, a.key, a.sentence, 'party-to.list-intro');
  if (introduced.length) return;
  // party-to.to-negotiate (flb10): "A and B agreed to negotiate further agreements on …".
  const negotiating = toNegotiateParties(k, a);
  for (const p of negotiating) ctx.relate('PARTY_TO', p, a.key, a.sentence, 'party-to.to-negotiate');
  if (negotiating.length) return;
  const first = namedParties(k, a);
  // party-to.later-mention (pty33): "between A and B", "by A, B and C" told at a later mention of the agreement.
  const later = first.parties.length ? undefined : laterMentionParties(k, a, (m) => namedParties(k, m));
  const { named, parties, via } = later ?? first;
  if (!parties.length && signedWith(k, a)) return;
  // party-to.signs-with-head (pty33): "The Head of State signs the X with the President of Nigeria".
  if (!parties.length && signsWithHeadParties(k, a)) return;
  // party-to.adopting-body (new9): "The Summit of the X Authority … adopted a Final Communiqué".
  const bodies = parties.length ? [] : adoptingBodies(k, a);
  for (const p of bodies) ctx.relate('PARTY_TO', p, a.key, a.sentence, 'party-to.adopting-body');
  if (bodies.length) return;
  const stated = parties.length ? [] : statedParties(k, a);
  if (stated.length) {
    for (const p of new Set(expandGroups(k, stated, groups)))
      ctx.relate('PARTY_TO', p, a.key, a.sentence, 'party-to.stated');
    return;
  }
  // An initiative or corridor is the readout's sides' only when it is theirs by name or signature.
  const soft = ctx.entity(a.key)?.rule === 'agreement.adopted-initiative';
  // party-to.signers-active: "A and B signed the X", "the X that A and B adopted".
  // (fl29b) agreement.signed-with-party: "A and B signed an agreement with Canada": the party named is the other side.
  const withParty = ctx.entity(a.key)?.rule === AGREEMENT_SIGNED_WITH_PARTY.id;
  const bySigners = parties.length && !withParty ? { states: [], collective: false } : activeSignerStates(k, a);
  const signed = bySigners.states.flatMap((st) => stateKey(st) ?? []);
  parties.push(...signed);
  if (
    !parties.length &&
    !soft &&
    !/\b(UN|United Nations|Resolution|Security Council)\b/.test(a.name) &&
    (!actedUnderOnly(k, a) || twoSidesSigned(ctx.text, a, ctx.sentences[a.sentence]!.end))
  )
    for (const st of sides) {
      const key = stateKey(st);
      // sides.org-meeting-members (pty33): an organisation meeting's host, chair or members only when named.
      const sa = ctx.sentences[a.sentence]!;
      if (key && !isLegislatureName(st) && sideMayBeParty(sides, st, sa.text, k.hitsIn(sa.start, sa.end)))
        parties.push(key);
    }
  // "New START Treaty between the United States and Russia" is also just "New START Treaty".
  const short = / between /.exec(a.name);
  if (short && !AGREEMENT_HEADS.includes(a.name.slice(0, short.index)) && a.name.slice(0, short.index).includes(' '))
    ctx.add(
      'Agreement',
      a.name,
      { surface: a.name.slice(0, short.index), start: a.start, end: a.end },
      'agreement.named',
    );
  const signers = bySigners.collective ? 'party-to.signers-collective' : 'party-to.signers-active';
  const rule = named.length ? 'party-to.named' : (via ?? (signed.length ? signers : 'party-to.sides'));
  const own = new Set(parties);
  for (const p of new Set(expandGroups(k, parties, groups)))
    ctx.relate('PARTY_TO', p, a.key, a.sentence, own.has(p) ? rule : 'party-to.group-members');
}

/** An agreement some mention calls "draft", "future" or "proposed" (lowercase: "New START" is concluded). */
function draftAgreement(k: RelKit): Found | undefined {
  const { ctx, ev } = k;
  const entityOf = (f: Found) => ctx.entity(f.key)!;
  return ev.agreementMentions.find((a) => /\b(future|draft|next|new|proposed)\b/.test(entityOf(a).surface));
}

/** "Negotiations began in 2018 and were concluded … at a meeting in Brussels": the talks on the readout's agreement. */
const NEGOTIATIONS_SUBJECT =
  /^(?:The\s+)?(?:negotiations|talks)\b(?:\s+on\s+(?:it|the\s+(?:agreement|deal|treaty)))?\s/i;

/**
 * reached-at.negotiations-concluded: the agreement the readout is about (the one named most often before `at`), whose
 * negotiations a sentence tells as concluded at a meeting.
 */
function mostNamedBefore(k: RelKit, at: number): Found | undefined {
  const before = k.ev.agreementMentions.filter((a) => a.start < at);
  const count = (n: string) => before.filter((a) => k.nameOf(a) === n).length;
  return before.reduce<Found | undefined>(
    (best, a) => (!best || count(k.nameOf(a)) > count(k.nameOf(best)) ? a : best),
    undefined,
  );
}

/** A verb of reaching, then "at", "during" or a frame ("on the occasion of", "in the margins of"). */
const REACHED_AT_CUE = new RegExp(
  `\\b(reached|signed|adopted|agreed|concluded|endorsed|finali[sz]ed|struck|announced|launched|unveiled|${AGR13_PATTERNS.reachCue.source}|${AGR24_PATTERNS.reachCue.source})\\b[^.]*?\\b(at|during|(?:on|in|at) the ${FRAME_NOUN} of)\\b`,
  'i',
);

/** reached-at.verb-at-event / reached-at.main-event: "signed … at the summit", "… signed the X today". */
function reachedAtInSentence(k: RelKit, s: Sentence, ags: Found[]): void {
  const { ctx, ev, main, mainName, nameOf } = k;
  const evs = ev.eventMentions.filter((e) => e.sentence === s.index);
  const reached = REACHED_AT_CUE.exec(s.text);
  const reachedAt = reached ? s.start + reached.index : -1;
  // "endorsed at their Leaders' Retreat in Singapore in October 2019": an earlier meeting, not the readout's own.
  const target = evs.find(
    (e) =>
      e.start > reachedAt &&
      !(nameOf(e) === mainName && datedEarlier(k, e.end)) &&
      !SEQUENCE_BEFORE.test(ctx.text.slice(Math.max(0, e.start - 20), e.start)),
  );
  // reached-at.place-not-event (flb10): "signed today at Psarades, … the Final Agreement": "at" a place names no
  // event, so the sentence is read as a signing at the readout's own event.
  if (reached && (target || !placeOnlyAt(k, s, reached))) {
    const ag = ags.filter((a) => a.start < (target?.start ?? 0)).pop();
    if (target && ag) ctx.relate('REACHED_AT', ag.key, target.key, s.index, 'reached-at.verb-at-event');
    // reached-at.negotiations-not-launched (fl24a): "Negotiations were launched … on the margins of …".
    const launched = REACHED_AT_NOT_LAUNCHED.verb.test(reached[1]!);
    const talked =
      !ag && target && !launched && NEGOTIATIONS_SUBJECT.test(s.text) ? mostNamedBefore(k, s.start) : undefined;
    if (target && talked)
      ctx.relate('REACHED_AT', talked.key, target.key, s.index, 'reached-at.negotiations-concluded');
  } else if (
    main &&
    reachVerbAt(s.text) >= 0 &&
    !evs.some((e) => nameOf(e) !== mainName) &&
    !PLANNED.test(s.text) &&
    !endOfTalksEvent(k, s.index) // reached-at.end-of-talks (fl19a)
  ) {
    // "… signed the X today", "the parties reached agreement on …": concluded at the readout's own event.
    const at = s.start + reachVerbAt(s.text);
    for (const a of ags)
      if (
        (s.heading || a.start > at || FL14B_PATTERNS.passiveReached.test(s.text)) &&
        // reached-at.not-after-passive-signed (fl23b): "the Agreement on X, signed by A on 1 August, and the Y".
        !(a.start > at && passiveSignedParticiple(s.text, at - s.start)) &&
        !olderThanDoc(k, a) &&
        !toldAsEarlier(k, s, a) &&
        !toldUnreached(ctx.text, a.start, a.end) &&
        // reached-at.not-years-after (top25): "…, twenty-five years after it was signed".
        !signedLongAgo(s.text) &&
        !reachedInOtherMonth(k, a) &&
        // reached-at.signed-in-other-month (rules-fl13a.ts): "after X signed a memorandum … in January 2024".
        !signedInOtherMonth(
          ctx.text.slice(Math.max(0, a.start - 30), a.start),
          ctx.text.slice(a.end, a.end + 80),
          ctx.doc.date,
        ) &&
        // (ev10) "The signing of X took place …": X is reached at its own signing.
        !signedAtOwnSigning(ctx, a.key) &&
        // "reached agreement … in line with the TCG Framework Decision": the basis of what was reached, not it.
        !BASIS_BEFORE.test(ctx.text.slice(Math.max(0, a.start - 30), a.start)) &&
        // reached-at.not-founding-treaty (rules-fl22b.ts): "the Commission established under the Treaty".
        !namedAsFoundingFrame(ctx.text, a.start) &&
        // reached-at.not-referred-to (rules-agr31.ts): "reaffirmed their commitment to the Convention".
        !referredToOnly(k, a.start, a.end) &&
        // "Erdoğan signed his decision to submit the Accession Protocol": what was signed is something else.
        !/\b(?:decision|letter|instructions?|order|decree|law|bill)\s+to\b/i.test(ctx.text.slice(at, a.start)) &&
        // "… which builds on that free trade agreement": an earlier agreement referred back to.
        !/\b(?:that|this|those|these|the said)\s+$/i.test(ctx.text.slice(Math.max(0, a.start - 12), a.start))
      )
        ctx.relate('REACHED_AT', a.key, main.key, s.index, 'reached-at.main-event');
  }
}

/** reached-at.not-earlier: a mention followed by "in (Month) YYYY" of a year before the readout's. */
function datedEarlier(k: RelKit, end: number): boolean {
  const y =
    /^\s+(?:in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?(?:in|of)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b/u.exec(
      k.ctx.text.slice(end, end + 60),
    )?.[1];
  return Boolean(y && k.docYear && +y < k.docYear);
}

/** "the agreements they have signed earlier", "signed in 1995": a signing before the readout's day. */
const SIGNED_EARLIER =
  /\b(?:signed|concluded|adopted|reached)\s+(?:earlier|previously|before|in\s+the\s+past|over\s+the\s+years|long\s+ago)\b/i;

/**
 * An agreement the sentence tells as reached before the readout's day: "reaffirmed the agreements they have signed
 * earlier, among them The Hague Joint Declaration of 1992".
 */
function toldAsEarlier(k: RelKit, s: Sentence, a: Found): boolean {
  if (SIGNED_EARLIER.test(s.text) || toldLastPeriod(k.ctx.text, a.end)) return true;
  const y = /^\s*(?:\([A-Z]{2,}\)\s*)?(?:of|in|\(|,)\s*((?:19|20)\d\d)\b/.exec(
    k.ctx.text.slice(a.end, a.end + 20),
  )?.[1];
  return Boolean(y && k.docYear && +y < k.docYear);
}

/** based-on.phrase: "on the basis of", "builds on", "implements" between two agreements of a sentence. */
function basedOnInSentence(k: RelKit, s: Sentence, ags: Found[], underNegotiation: Found | undefined): void {
  const { ctx, ev } = k;
  for (const basis of allMatches(s.text, BASIS_RE)) {
    const at = s.start + basis.index;
    const rest = ctx.text.slice(at + basis[0].length, s.end);
    const before = [...ags].reverse().filter((a) => a.start < at);
    // "… which builds on that ceasefire": the agreement the demonstrative names, mentioned before; "the 2009
    // Action Plan that implements it": the agreement before the one that implements.
    const anaphor = /^\s+(?:that|this|the said)\s+([\p{L}-]+)/u.exec(rest);
    const pronoun = /^\s+(?:it|them)\b/.test(rest);
    const base = pronoun
      ? before[1]
      : anaphor
        ? [...ev.agreementMentions]
            .reverse()
            .find((a) => a.start < at && a.name.toLowerCase().includes(anaphor[1]!.toLowerCase()))
        : ags.find((a) => a.start > at);
    // A fronted "Based on …," modifies the sentence's action, not an agreement.
    const fronted = /^\W*$/.test(ctx.text.slice(s.start, at));
    const named = before.find((a) => a !== base && a.name !== base?.name);
    // "…, pursuant to which the Code is being negotiated" (based-on.relative); "…, whose negotiations build on the X":
    // only an agreement named before "whose" rests on it.
    if (cueOpensRelative(rest) || (cueAfterWhose(ctx.text.slice(s.start, at)) && !named)) continue;
    // based-on.not-implementation-topic (top25): "exchanged views on … the implementation of the X".
    if (implementationTopic(ctx.text, at, basis[0], Boolean(named))) continue;
    // "work … as provided for in the Terms of Reference": only an agreement named before rests on what "as" cites.
    // "… in line with the TCG Framework Decision": likewise only for an agreement reached or named before the cue.
    if (/^(?:as|in\s+line|in\s+accordance)\b/i.test(basis[0]) && !named) continue;
    const built =
      named ??
      subjectAgreement(k, s, at) ??
      (/negotiat/i.test(s.text) && !fronted
        ? (underNegotiation ??
          ev.agreementMentions.find(
            (a) => a.start > at && a.sentence === s.index && a.name !== base?.name && /treaty|agreement/i.test(a.name),
          ) ??
          ev.agreements.find(
            (a) => a.start < at && a.name !== base?.name && /negotiat/i.test(ctx.sentences[a.sentence]!.text),
          ))
        : undefined);
    // "in line with the Charter of the United Nations": compliance with law, not a basis.
    const inLine = /^in\s/i.test(basis[0]);
    if (inLine && base && /\b(?:Charter|Convention|Covenant)\b/.test(base.name)) continue;
    if (base && built && base.name !== built.name) {
      ctx.relate('BASED_ON', built.key, base.key, s.index, inLine ? 'based-on.in-line' : 'based-on.phrase');
      // "builds on the Treaty of Friendship … and on the protocol against terrorism": each basis of the list.
      for (const more of ags.filter(
        (a) =>
          a.start > base.end &&
          a.name !== built.name &&
          /^[^.;]*?(?:,\s*|\s+)(?:and|as well as)\s+(?:on\s+)?(?:the\s+|its\s+)?$/.test(
            ctx.text.slice(base.end, a.start),
          ) &&
          !BASIS_RE.test(ctx.text.slice(base.end, a.start)),
      ))
        ctx.relate('BASED_ON', built.key, more.key, s.index, 'based-on.phrase');
      // "a new Joint Declaration …, which builds on the declaration signed by … in 2007": the older one is
      // known as the "2007 Joint Declaration …" too.
      const head = /^(.+?)\s+(?:signed|concluded|adopted|agreed|issued|reached)\b.*\b((?:19|20)\d\d)$/.exec(base.name);
      const b = ctx.entity(base.key);
      if (head && b?.rule === 'agreement.described' && built.name.toLowerCase().includes(head[1]!.toLowerCase()))
        ctx.add('Agreement', base.name, { surface: `${head[2]} ${built.name}`, start: b.start, end: b.end }, b.rule);
    }
  }
}

/**
 * "The Protocol builds on …": a sentence opening with a definite agreement head refers to the last agreement named
 * with that head before it.
 */
function subjectAgreement(k: RelKit, s: Sentence, at: number): Found | undefined {
  const m =
    /^(?:The|This)\s+(\p{Lu}[\p{L}-]+|agreement|accord|treaty|protocol|declaration|memorandum)\s+(?:also\s+)?(?:(?:has|have|had)\s+been\s+|(?:is|was|were|are)\s+)?(?:(?:negotiated|concluded|drawn\s+up|prepared|developed)\s+)?$/u.exec(
      k.ctx.text.slice(s.start, at),
    );
  if (!m || !AGREEMENT_HEADS.some((h) => h.toLowerCase() === m[1]!.toLowerCase())) return undefined;
  const head = m[1]!.toLowerCase();
  // The most often named of them, else the first named (a headline's short form).
  const before = k.ev.agreementMentions.filter((a) => a.start < s.start && a.name.toLowerCase().includes(head));
  const count = (n: string) => k.ev.agreementMentions.filter((a) => a.name === n).length;
  return before.reduce<Found | undefined>(
    (best, a) => (!best || count(a.name) > count(best.name) ? a : best),
    undefined,
  );
}

/** Instruments that serve another agreement: "Accession Protocol to the X Treaty", "Implementation Plan of the X". */
const ATTACHED_HEAD = /\b(?:Protocol|Plan|Programme|Program|Arrangement|Roadmap|Road Map|Annex|Mechanism)$/i;
/** "… to", "… implementing", "… for the implementation, verification and reporting of", "… to implement". */
const ATTACHED_LINK =
  /^\s+(?:to|of|under|implementing|to\s+implement|(?:for|on)\s+(?:the\s+)?implementation(?:\s*,\s*[a-z]+)*(?:,?\s+and\s+[a-z]+)?\s+of)\s+(?:the\s+)?$/i;
/** "the Defence Cooperation Agreement (DCA) and its Implementing Arrangement". */
const ITS_LINK = /^\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:and|as well as)\s+its\s+$/i;

/**
 * based-on.attached: an instrument attached to another agreement by its wording ("Finland's Accession Protocol to
 * the North Atlantic Treaty", "the Treaty and its Implementing Protocol") is based on it.
 */
function basedOnAttached(k: RelKit, ags: Found[]): void {
  const { ctx } = k;
  for (const a of ags)
    for (const b of ags) {
      if (a.name === b.name) continue;
      const to = b.start > a.end && ATTACHED_HEAD.test(a.name) && ATTACHED_LINK.test(ctx.text.slice(a.end, b.start));
      const its = a.start > b.end && ITS_LINK.test(ctx.text.slice(b.end, a.start));
      if (to || its) ctx.relate('BASED_ON', a.key, b.key, a.sentence, 'based-on.attached');
    }
  for (const a of ags) basedOnInName(k, a);
}

/** "Implementation Plan of the Sample Recovery Framework": the named base inside the instrument's own name. */
const IN_NAME_BASE =
  /^(?:.*\s)?(?:Protocol|Plan|Programme|Program|Arrangement|Roadmap)\s+(?:to|of|for the implementation of)\s+(?:the\s+)?(\p{Lu}.*)$/u;

/** based-on.in-name: the instrument is based on the agreement its name is "of" or "to"; that one is added too. */
function basedOnInName(k: RelKit, a: Found): void {
  const { ctx } = k;
  const surface = ctx.text.slice(a.start, a.end);
  const m = IN_NAME_BASE.exec(surface);
  const base = m?.[1];
  if (!base || !AGREEMENT_HEADS.some((h) => base.endsWith(` ${h}`))) return;
  const start = a.start + surface.length - base.length;
  const key = ctx.add('Agreement', base, { surface: base, start, end: a.end }, 'agreement.in-name-base');
  ctx.relate('BASED_ON', a.key, key, a.sentence, 'based-on.in-name');
}

/** reached-at.named-event: "the Joint Statement on the Sample Meeting" was issued at that meeting, if it was held. */
function reachedAtNamedEvent(k: RelKit): void {
  const { ctx, ev } = k;
  for (const a of ev.agreementMentions) {
    if (ctx.entity(a.key)?.rule !== 'agreement.on-event') continue;
    const e = ev.eventMentions.find((x) => x.start > a.start && x.start < a.end && !x.planned);
    if (e) ctx.relate('REACHED_AT', a.key, e.key, a.sentence, 'reached-at.named-event');
  }
}

/**
 * What opens a list of agreements reached at the meeting: "The following agreements were signed or exchanged during
 * the visit:", "The Leaders witnessed the signing and exchange of a set of agreements:".
 */
const SIGNED_LIST_OPENERS = [
  // "both sides reached a common understanding as follows:", "The two sides agreed on the following:".
  /\b(?:reached|agreed)\b[^.]*\b(?:as\s+follows|the\s+following)\s*:\s*$/i,
  /\bfollowing\b[^.]*\b(agreements?|MoUs?|documents|memoranda)\b[^.]*\b(signed|exchanged|concluded|adopted)\b/i,
  /\b(?:signing|signature|exchange|adoption)\s+(?:and\s+(?:exchange|signing)\s+)?of\s+(?:a\s+(?:set|number|series)\s+of\s+|several\s+|\w+\s+)?(?:agreements|MoUs|documents|memoranda|instruments)\s*:\s*$/i,
];

/** reached-at.signed-list: "The following agreements were signed or exchanged during the visit:" then a list. */
function reachedAtSignedList(k: RelKit): void {
  const { ctx, ev, main } = k;
  // "The following agreements were signed or exchanged during the visit:" then a list: each item was reached there.
  if (main) {
    let listOpen = false;
    for (const s of ctx.sentences) {
      if (SIGNED_LIST_OPENERS.some((re) => re.test(s.text))) {
        listOpen = true;
        continue;
      }
      if (!listOpen) continue;
      const lineStart = ctx.text.lastIndexOf('\n', s.start - 1) + 1;
      const item = LIST_ITEM.test(ctx.text.slice(lineStart, lineStart + 8));
      if (s.heading && !item) break;
      if (!item && s.start === lineStart) {
        listOpen = false;
        continue;
      }
      for (const a of ev.agreementMentions
        .filter((x) => x.sentence === s.index && x.start - lineStart < 30)
        .slice(0, 1))
        if (!olderThanDoc(k, a)) ctx.relate('REACHED_AT', a.key, main.key, s.index, 'reached-at.signed-list');
    }
  }
}

/**
 * The rule id a sentence's negotiator cue gives: `negotiates.responsible` (NEGOTIATOR_RE), else rol32's
 * `negotiates.negotiated-for` ("who negotiated on behalf of", "conducted the negotiations for"), else none.
 */
function negotiatorCue(text: string): 'negotiates.responsible' | 'negotiates.negotiated-for' | undefined {
  if (NEGOTIATOR_WORDS.test(text) && NEGOTIATOR_RE.test(text)) return 'negotiates.responsible';
  return negotiatedForCue(text);
}

/**
 * NEGOTIATES: people said to be responsible for, handle, conduct or lead negotiations on an agreement; the agreement
 * is the one "negotiations on" names, else the last one negotiated in the text.
 */
function addNegotiators(k: RelKit, underNegotiation: Found | undefined): void {
  const { ctx, ev, personsIn } = k;
  const entityOf = (f: Found) => ctx.entity(f.key)!;
  let lastNegotiated: Found | undefined;
  let lastCounted: Found[] = [];
  const statusNegotiated = ev.agreements.find((a) => entityOf(a).props.status === 'under negotiation');
  const titleS0 = ctx.sentences.find((x) => x.text === ctx.doc.title) ?? ctx.sentences[0];
  const titleAgreement = ev.agreementMentions.find((a) => titleS0 && a.sentence === titleS0.index);
  const agreementsIn = groupBy(ev.agreementMentions, (a) => String(a.sentence));
  for (const s of ctx.sentences) {
    const ags = agreementsIn.get(String(s.index)) ?? [];
    const on = negotiationOnIn(ctx.text) ? NEGOTIATION_ON.exec(s.text) : null;
    let named = on
      ? ags.find((a) => a.start >= s.start + on.index && a.start <= s.start + on.index + on[0].length + 30)
      : undefined;
    // "the Joint Statement …, whose terms A, B and C settled": the agreement right before "whose".
    const whose = WHOSE_TERMS.exec(s.text);
    const whoseOf = whose && ags.find((a) => a.end <= s.start + whose.index && a.end >= s.start + whose.index - 20);
    if (whoseOf) named = whoseOf;
    named ??= textOfAgreement(k, s.index) ?? agreementBeforeTalks(k, ags);
    if (named) lastNegotiated = named;
    else if (/negotiat/i.test(s.text) && ags.length && !lastNegotiated)
      lastNegotiated =
        ags.find((a) => /treaty|agreement/i.test(a.name) && !/\breached\b/.test(a.name)) ?? lastNegotiated;
    addTheTwo(k, s.index, named, ags);
    const here = countedAgreements(k, s.index);
    if (here.length && /negotiat/i.test(s.text)) lastCounted = here;
    const afterTalks = talksAgreementFor(k, s.index, (i) => agreementsIn.get(String(i)) ?? []);
    const roundPart = NEG12_PATTERNS.roundTakenPart.test(s.text);
    const cue = negotiatorCue(s.text);
    if (!cue && !hasTwoTitled(s.text) && !afterTalks && !roundPart) continue;
    // The agreement negotiated: named here, else the last one negotiated, else the last one mentioned so far.
    const before = pointsBackToTalks(s.text) ? agreementsIn.get(String(s.index - 1))?.at(-1) : undefined; // fl18a
    const told = named ?? afterTalks ?? before ?? underNegotiation ?? titleAgreement;
    // rol32: "who negotiated on behalf of X" only with an agreement told as negotiated, not the last one mentioned.
    if (cue === 'negotiates.negotiated-for' && !told) continue;
    const target = titledFor(told ?? statusNegotiated ?? lastNegotiated ?? readoutAgreement(k, s.text), [
      lastNegotiated,
      statusNegotiated,
    ]);
    // "the protocols" negotiated before: all of them, unless the target is another agreement.
    const plural = !target || lastCounted.some((a) => a.key === target.key) ? lastCounted : [];
    const counted = named ? [] : here.length ? here : plural;
    if (!target && !counted.length) continue;
    const thanked = /\b(?:thanked|praised|commended|congratulated)\b/.exec(s.text);
    // Rule negotiates.leader-passive (fla10): "The Agreement was negotiated … by Prime Minister A, …".
    const passive = FLA10_PATTERNS.negotiatedBy.exec(s.text);
    if (target && !counted.length)
      for (const who of twoTitledNegotiators(k, s.text, target))
        ctx.relate('NEGOTIATES', who, target.key, s.index, 'negotiates.the-two-titled');
    const nounOnly = cue === 'negotiates.responsible' && toldOnlyByNoun(s.text, (t) => NEGOTIATOR_RE.test(t));
    for (const [m, key] of personsIn(s.index)) {
      if (notNegotiatorAt(k, s, m, thanked, passive)) continue;
      // negotiates.chief-noun-apposed (rol32): a sentence told only by "chief negotiator": the people it is said of.
      if (nounOnly && !apposedToChiefNoun(s.text, m.start - s.start, m.end - s.start)) continue;
      const rule = counted.length ? 'negotiates.counted' : (cue ?? 'negotiates.responsible');
      for (const t of counted.length ? counted : [target!]) ctx.relate('NEGOTIATES', key, t.key, s.index, rule);
    }
  }
}

type Mention = ReturnType<RelKit['personsIn']>[number][0];

/**
 * A person of a negotiator sentence who is not its negotiator (addNegotiators): the thanker, a reporter, the principal
 * of "on behalf of", one said not to have taken part, or a leader who is not the agent of a passive "negotiated by".
 */
function notNegotiatorAt(
  k: RelKit,
  s: Sentence,
  m: Mention,
  thanked: RegExpExecArray | null,
  passive: RegExpExecArray | null,
): boolean {
  const { ctx, people, clusterOf } = k;
  // "A thanked B and C for their work in bringing the negotiations to a close": the thanked, not the thanker.
  if (thanked && m.start < s.start + thanked.index) return true;
  // negotiates.not-reporter (neg12): "X said that … negotiations led by A": the speaker is no negotiator.
  if (reporterBefore(s.text, s.start, m.start)) return true;
  // negotiates.not-principal: "who led the talks on behalf of the Secretary-General": the principal is no negotiator.
  if (FL11A_PATTERNS.principalBefore.test(ctx.text.slice(Math.max(0, m.start - 30), m.start))) return true;
  // negotiates.not-negated (rol15): "X did not take part in the negotiations".
  if (negatedAfter(ctx.text.slice(m.to ?? m.end, s.end))) return true;
  // Rule negotiates.leader-passive (fla10): leaders are left out unless the agents of a passive "negotiated by".
  const agent = passive && m.start > s.start + passive.index;
  const c = clusterOf.get(m)!;
  return (
    !agent && (people.offices.get(c) ?? []).some((o) => LEADER_TITLES.test(o.title) && !/Vice|Deputy/.test(o.title))
  );
}

/** "the two ministers" and "reached agreement" (rule negotiates.the-two), each with the word its matches hold. */
const THE_TWO = /\bthe\s+two\s+(ministers|foreign\s+ministers|negotiators|chief\s+negotiators)\b/i;
const THE_TWO_NEEDS = /two/i;
const REACHED_AGREEMENT = /\b(?:reached|concluded)\s+(?:an?\s+)?agreement\b/i;
const REACHED_AGREEMENT_NEEDS = /agreement/i;

/**
 * Rule negotiates.the-two: "the third round of negotiations on a peace treaty between the two ministers", "The two
 * ministers confirmed that the two governments had reached agreement on …": the ministers who held the readout's meeting.
 */
function addTheTwo(k: RelKit, sentence: number, named: Found | undefined, ags: Found[]): void {
  const { ctx, people, main } = k;
  const s = ctx.sentences[sentence]!;
  const two = execIf(s.text, THE_TWO, THE_TWO_NEEDS);
  const reachedHere =
    mayMatch(s.text, REACHED_AGREEMENT_NEEDS, REACHED_AGREEMENT) && REACHED_AGREEMENT.test(s.text) ? ags[0] : undefined;
  if (two && main && (named || reachedHere)) {
    const word = two[1]!.split(/\s+/).pop()!.replace(/s$/, '').toLowerCase();
    for (const c of k.participants.get(main.key) ?? [])
      if (
        (people.offices.get(c) ?? []).some((o) => o.title.toLowerCase().includes(word) && !LEADER_TITLES.test(o.title))
      )
        ctx.relate('NEGOTIATES', k.key(c), (named ?? reachedHere)!.key, sentence, 'negotiates.the-two');
  }
}
