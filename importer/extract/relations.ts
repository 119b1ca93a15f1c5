// Relation rules over the found entities, in order: participation and PART_OF, agreements (sides, PARTY_TO,
// REACHED_AT, BASED_ON, NEGOTIATES), roles (NEGOTIATES_FOR, REPORTS_TO), topics (DISCUSSED, INVOLVES).
// Each relation names its rule; its evidence is the sentence it was read from.
import { participatedHeldQualifiedWith, reachedAtDuringWhichSigned } from './rules-fl33a.ts';
import { inVisitOwnPair, pressConferenceFollowing, sessionSiblingOfSession } from './rules-ev22-rel.ts';
import { partOfCloseOrAttended } from './rules-ev23-rel.ts';
import { ceremonyVerbRelations, dropSentenceInviters, partOfSessionOfEvent } from './rules-ev24-rel.ts';
import { participatePartUpToWhole } from './rules-par33.ts';
import { negotiatesForBehalfOfHead, unnamedGuestsRelations } from './rules-fl21b-rel.ts';
import { involvesSessionOfIssuerBody, participateReportedVisit } from './rules-fl20b-rel.ts';
import { clauseParticipants, heldInHost, seriesOfSessions, whereRepresented } from './rules-fl21a.ts';
import { dropCourtesyBehalf, dropWitnessAgents } from './rules-fl22a.ts';
import { partOfGatheringOfProcess } from './rules-ev26.ts';
import { addAgr31Relations } from './rules-agr31.ts';
import { addressRelations } from './rules-ev27.ts';
import { partyToSummitParticipants } from './rules-fl27b.ts';
import { ambassadorsOfStates, negotiatesFromFoundSide } from './rules-nf33.ts';
import { dropOtherTalksSides, participateGroupAgain, signingOpeningRelations } from './rules-fl23b.ts';
import {
  participateJoinedAndChairedWith,
  participateSessionToldAt,
  participateVisitPossessive,
  reachedAtEndOfTalks,
} from './rules-fl19a-rel.ts';
import { listedMeetingsHolder, sessionOfGathering } from './rules-ev11.ts';
import type { Ctx } from './context.ts';
import type { EventFacts } from './types.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { PeopleFacts } from './types.ts';
import { makeKit, type RelKit } from './rel-kit.ts';
import { addAgreementRelations } from './rules-agreements.ts';
import { basedOnAmendingProtocol, participatedSpokeAt, reachedAtClosedWith } from './rules-fl13b-rel.ts';
import { addParticipation } from './rules-participation.ts';
import { addRoleRelations } from './rules-roles.ts';
import { dropRol20Negatives } from './rules-rol20.ts';
import { dropRol21Negatives } from './rules-rol21.ts';
import { addRol22Relations } from './rules-rol22.ts';
import { addRol23Relations } from './rules-rol23.ts';
import { addRol24Relations } from './rules-rol24.ts';
import { addRol25Relations } from './rules-rol25.ts';
import { dropRol26Negatives } from './rules-rol26.ts';
import { addRol28Relations } from './rules-rol28.ts';
import { addRol31Relations } from './rules-rol31.ts';
import { addRol32Relations } from './rules-rol32.ts';
import { addTopicRelations } from './rules-topics.ts';
import { dropOtherMeetingParties } from './rules-dis33.ts';
import { sessionOfWholeParticipants } from './rules-aud18.ts';
import { involvesFightingCapital, involvesPlannedHost } from './rules-aud19.ts';
import { participateQualifiedMeetingWith, participateSessionSequence } from './rules-aud20.ts';
import {
  involvesHeldInNotTopic,
  partOfMeetingsWithEach,
  participateHeldInRecalled,
  participateNounOfPair,
  participateReceivedGroupNamed,
} from './rules-aud21.ts';
import {
  coordinatedOrdinalGatherings,
  gatheringNotPair,
  inWhichNearest,
  participateHostedList,
  participatePronounSubject,
  participateReceivedBy,
  reachedAtWhereClause,
  visitorMeetingsPartOfVisit,
} from './rules-ev19.ts';
import { clauseMeetingRelations, recalledMeetingRelations, tourRelations } from './rules-ev20.ts';
import { addEv21Involves } from './rules-ev21.ts';
import { involvesHeldBySides, negotiationProcessRelations } from './event-aliases.ts';
import { headsOfDelegations, onBehalfBy, sideNegotiators } from './rules-rol.ts';
import { addNew4Roles } from './rules-new4.ts';
import { addNew6Roles } from './rules-new6.ts';
import { participateInVisitorHonour, visitMeetingRelations } from './rules-ev9.ts';
import { signingNounRelations } from './rules-ev10.ts';
import {
  delegationSessionMembers,
  reachedAtEventWitnessed,
  reachedAtSignedList,
  sideLineListParticipants,
  theNGroupSessions,
  tookPartAfter,
} from './rules-fl15b-rel.ts';
import { negotiatedForPerson, reachedAtSignedOnMargins } from './rules-fl17a-rel.ts';
import { participatePronounHeldWith } from './rules-fl17a-told.ts';
import {
  discussedSessionDevoted,
  participateAccompaniedVisitor,
  participateFramedNamedCalls,
  participatePronounMet,
  participationChairAndFuture,
} from './rules-fl18b-told.ts';
import {
  negotiatesForBehalfOfTitle,
  participateDelegationMember,
  participateGroupJoinedBy,
} from './rules-fl18a-rel.ts';
import { metSeparatelyRelations } from './rules-separately.ts';
import {
  discussedFrontedSession,
  involvesAdmissionParties,
  participateDelegationIncluded,
  participateSessionVerb,
} from './rules-fl19b-rel.ts';
import { involvesSessionOfOrg, participateInaugurationSubject, participateTitleSubject } from './rules-fl20a-rel.ts';
import { negotiatesForBehalfOfGovernmentBy } from './rules-fl22b.ts';
import { addSigningRelations } from './rules-sgn27.ts';
import { participatePartOfLate } from './rules-par29.ts';
import { partyToSignedWithListed } from './rules-fl28c-parties.ts';
import { groupHeldRelations, participatePossessor, participateTitleCaller } from './rules-fl13a-events.ts';
import { participatePrecededByGroup } from './rules-evk32a.ts';
import {
  involvesTalkParties,
  listedMeetingRelations,
  participateVisitSubject,
  reachedAtDefinite,
} from './rules-ev6.ts';

/** Who took part in what: the participation rules, in their order (before the agreements, roles and topics). */
function addParticipationRelations(k: RelKit): void {
  participateVisitSubject(k);
  participateTitleCaller(k);
  participatePossessor(k);
  addParticipation(k);
  participationChairAndFuture(k); // fl18b
  participatedSpokeAt(k);
  participateSessionVerb(k); // fl19b
  groupHeldRelations(k);
  participatePrecededByGroup(k); // evk32a
  signingNounRelations(k);
  sessionOfGathering(k);
  listedMeetingRelations(k);
  listedMeetingsHolder(k);
  visitMeetingRelations(k);
  metSeparatelyRelations(k);
  sideLineListParticipants(k);
  tookPartAfter(k);
  participatePronounHeldWith(k); // fl17a
  participateFramedNamedCalls(k); // fl18b
  participatePronounMet(k); // fl18b
  participateReceivedBy(k); // ev19
  participateQualifiedMeetingWith(k); // aud20
  participateHeldInRecalled(k); // aud21
  participateReceivedGroupNamed(k); // aud21
  participateAccompaniedVisitor(k); // fl18b
  participateGroupJoinedBy(k); // fl18a
  participateJoinedAndChairedWith(k); // fl19a
  participateSessionToldAt(k); // fl19a
  participateVisitPossessive(k); // fl19a
  participateReportedVisit(k); // fl20b
  participateDelegationMember(k); // fl18a
  participateDelegationIncluded(k); // fl19b
  theNGroupSessions(k);
  delegationSessionMembers(k);
  participateInVisitorHonour(k);
  whereRepresented(k); // fl21a
  clauseParticipants(k); // fl21a
  signingOpeningRelations(k); // fl23b
  participateGroupAgain(k); // fl23b
  participatePartOfLate(k); // par29
}

/** Adds relation candidates between the entities of the document. */
/**
 * The role rounds of 7–8 December: rol31 (envoys of the two leaders, an envoy's named principal, an envoy's remit) and
 * rol32 (a minister acting for the Council's rotating presidency acts for the Union).
 */
function addLateRoleRounds(k: RelKit): void {
  addRol31Relations(k);
  addRol32Relations(k);
  ambassadorsOfStates(k); // nf33: "the Co-Chairs, Ambassadors A of X, B of Y and C of Z"
}

/** Relations of events told by their verb or as parts of others (ev24, ev26, ev27, fl33a), in this order. */
function addToldPartsRelations(k: RelKit): void {
  ceremonyVerbRelations(k); // ev24: a ceremony told by its verb, its people, the visit it is part of
  partOfSessionOfEvent(k); // ev24: "the Outreach Session of the G7 Summit"
  partOfGatheringOfProcess(k); // ev26: "the ministerial meeting of the Luanda process"
  addressRelations(k); // ev27: the speaker of an address to a legislature, the visit it is part of
  reachedAtDuringWhichSigned(k); // fl33a: "his state visit to X, during which he and Y signed the Treaty"
  participatedHeldQualifiedWith(k); // fl33a: "the President also held a separate conversation with …"
}

export function addRelations(
  ctx: Ctx,
  hits: GazetteerHit[],
  hitKeys: Map<GazetteerHit, string>,
  people: PeopleFacts,
  ev: EventFacts,
): void {
  const k = makeKit(ctx, hits, hitKeys, people, ev);
  addParticipationRelations(k);
  addAgreementRelations(k);
  reachedAtEndOfTalks(k); // fl19a
  reachedAtSignedList(k);
  reachedAtSignedOnMargins(k); // fl17a
  reachedAtEventWitnessed(k);
  reachedAtClosedWith(k);
  basedOnAmendingProtocol(k);
  reachedAtDefinite(k);
  reachedAtWhereClause(k); // ev19
  addRoleRelations(k);
  onBehalfBy(k);
  negotiatesForBehalfOfTitle(k); // fl18a
  negotiatesForBehalfOfHead(k); // fl21b
  negotiatesForBehalfOfGovernmentBy(k); // fl22b
  partyToSignedWithListed(k); // fl28c: "signed the X … with the leaders of A, B and C"
  addSigningRelations(k); // fl19b's "signed by X for Y"; sgn27: "each for his country", listed instruments, ceremonies
  addNew4Roles(k);
  addNew6Roles(k);
  addRol22Relations(k); // rol22: roles told across sentences, gapped second clauses, colon lists
  addRol23Relations(k); // rol23: respectively, negotiators led by, fronted "For X,", designated as, sent envoys
  addRol24Relations(k); // rol24: pairs in order, former / latter, gapped "represented by", colon lists, "At its head"
  addRol25Relations(k); // rol25: gapped "the X side by", the bare Government's side, "our delegation"
  addRol28Relations(k); // rol26 (heads of delegation in lines, rows), rol27 (each for their own side, co-signers …), rol28 (plural heads, lists, on the part of)
  addLateRoleRounds(k); // rol31, rol32
  pressConferenceFollowing(k); // ev22: a press conference following a gathering is part of it
  partOfCloseOrAttended(k); // ev23: a meeting at the close of a gathering, or inside one attended, is part of it
  addToldPartsRelations(k); // ev24, ev26, ev27: ceremonies, sessions, gatherings of processes, addresses
  addAgr31Relations(k); // agr31: rounds of talks part of the talks
  addTopicRelations(k);
  discussedSessionDevoted(k); // fl18b
  discussedFrontedSession(k); // fl19b
  involvesTalkParties(k);
  involvesAdmissionParties(k); // fl19b
  involvesSessionOfIssuerBody(k); // fl20b
  unnamedGuestsRelations(k); // fl21b
  sideNegotiators(k);
  headsOfDelegations(k);
  negotiationProcessRelations(ctx);
  involvesHeldBySides(k);
  involvesPlannedHost(k); // aud19
  involvesFightingCapital(k); // aud19
  involvesSessionOfOrg(k); // fl20a
  negotiatedForPerson(k); // fl17a, last: it takes back what it finds a principal negotiating
  dropRol20Negatives(k); // rol20: predecessors, observers, briefings, congratulations, past processes
  dropRol21Negatives(k); // rol21: community demonyms, former roles, the one replaced
  dropCourtesyBehalf(k); // fl22a: thanks and greetings on behalf of someone
  dropWitnessAgents(k); // fl22a: "in the presence of X, Y signed on behalf of"
  dropOtherTalksSides(k); // fl23b: "the talks, which bring together A and B"
  dropRol26Negatives(k); // rol26: another signer's side, a committee's chair
  gatheringNotPair(k); // ev19
  coordinatedOrdinalGatherings(k); // ev19
  inWhichNearest(k); // ev19
  participateHostedList(k); // ev19
  participatePronounSubject(k); // ev19
  participateInaugurationSubject(k); // fl20a
  participateTitleSubject(k); // fl20a
  visitorMeetingsPartOfVisit(ctx); // ev19
  clauseMeetingRelations(k); // ev20
  tourRelations(k); // ev20
  recalledMeetingRelations(k); // ev20
  addEv21Involves(k); // ev21
  participateSessionSequence(k, ev); // aud20
  seriesOfSessions(k); // fl21a
  heldInHost(k); // fl21a
  participateNounOfPair(k); // aud21, after the other participation rules: a pair's meeting is theirs alone
  partOfMeetingsWithEach(k); // aud21
  involvesHeldInNotTopic(k); // aud21, after the INVOLVES rules
  dropSentenceInviters(k); // ev24: who invites takes no part from the sentence alone
  sessionOfWholeParticipants(ctx, ev); // aud18, after every participation rule
  addLastRelations(k);
}

/** The rules that read what every other rule gave. */
function addLastRelations(k: RelKit): void {
  inVisitOwnPair(k); // ev22, last: a guest met inside a visit takes part in its own meeting
  sessionSiblingOfSession(k); // ev22: a session beside the readout's own session is part of their gathering
  partyToSummitParticipants(k.ctx); // fl27b, after every participation rule: a summit's text, its participants' states
  dropOtherMeetingParties(k); // dis33, after the INVOLVES rules: a discussed meeting's party is no topic of its own
  participatePartUpToWhole(k); // par33: a part's people take part in the whole (not a visit)
  negotiatesFromFoundSide(k.ctx); // nf33, after every role rule: a found side's negotiator negotiates the readout's one agreement
}
