// Roles between people and sides, each a named rule: NEGOTIATES_FOR (delegation heads, envoys, "on behalf of",
// "signed for the X side") and REPORTS_TO ("under the leadership of", advisers). Rule ids are what --explain prints.
import { FL17C_PATTERNS } from './rules-fl17c-patterns.ts';
import { coordinatedTail, NEGOTIATES_FOR_WHO_CLAUSE_LIST, organPrincipalHit } from './rules-fl29a.ts';
import { reportsBehalf } from './rules-fl16a-sessions.ts';
import { designatedMediator, respectivePrincipals } from './rules-fl15c-roles.ts';
import { behalfPrincipal } from './rules-fl14a.ts';
import { LONG_TITLE_PRINCIPAL } from './rules-fl15a.ts';
import { presidencyBody } from './rules-fl14c.ts';
import { onHisBehalfSpans } from './rules-fl14b.ts';
import { notMetPeople } from './rules-fla10.ts';
import { ISSUER_AGENCIES, LEADER_TITLES } from './lexicons.ts';
import type { PersonMention } from './types.ts';
import { asHisEnvoy, envoyOf } from './rules-envoy.ts';
import { partyListAt } from './agreement-parties.ts';
import { addNegotiatorNouns, addNegotiatorRelations } from './rules-negotiators.ts';
import { addNf11Relations, NF11_PATTERNS } from './rules-nf11.ts';
import { signedForPeople } from './rules-fl26b.ts';
import { addRol14Late, addRol14Relations, messageBehalf } from './rules-rol14.ts';
import { addRol15Relations, atGathering } from './rules-rol15.ts';
import { addRol17Relations } from './rules-rol17.ts';
import { addRol18Relations, stateAsModifier } from './rules-rol18.ts';
import { addRol19Relations, observerBehalf } from './rules-rol19.ts';
import { addRol20Relations, respectiveInOrder } from './rules-rol20.ts';
import { NEGOTIATES_FOR_RESPECTIVE_PASSIVE_BY, respectiveAgentsAfter } from './rules-fl29c.ts';
import { addRol21Relations } from './rules-rol21.ts';
import { addFl24bRelations } from './rules-fl24b-rel.ts';
import { endOf, startOf } from './mention-span.ts';
import { lastOfText } from './text-memo.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { sameOwner, STATE_NAMES, type RelKit } from './rel-kit.ts';
import { addRoles7Relations, coordinatedSubject, underTwoNamed } from './rules-roles7.ts';
import { addRoles8Relations } from './rules-roles8.ts';
import { addRoles9Fallbacks, addRoles9Relations } from './rules-roles9.ts';
import { addFl11bRoles } from './rules-fl11b-roles.ts';
import { asFacilitator } from './rules-fl13a-roles.ts';
import { FL11A_PATTERNS } from './rules-fl11a.ts';
import { FL13B_PATTERNS } from './rules-fl13b.ts';
import { allMatches, mayMatch } from './text.ts';
import { cueGate, sentenceCued, whenWord, whenWords, wordGate } from './gates.ts';
import { longestAt } from './rules-fl31b.ts';
import { addFrontedForSide, FRONTED_BEHALF_LIST } from './rules-fl32b.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the role rules, as named data. */
export const ROLE_PATTERNS = {
  /** A sentence about negotiations… */
  negotiationSentence: /negotiat|consultations|\bround\b/i,
  /** …that says someone leads or conducts them. */
  leadingVerb: /\b(led|leads|headed|heads|chaired|conducted|conducting|conducts|negotiates|chief negotiator)\b/i,
  /** "led by Liu on the Chinese side and by Lighthizer and Mnuchin": a chain of leaders after one "led by". */
  ledByChain: /\b(led|headed)\s+by\s+(?:(?:\S+\s+){0,8}?and\s+by\s+)?(?:\S+\s+){0,2}?(?:\S+\s+and\s+)?$/i,
  ledByNear: /\b(led|headed|chaired)\s+by\s+(?:\S+\s+){0,6}$/i,
  /** "… was led by A, who …, and by the Commissioner for Agriculture, B": a later "and by" of the same "led by". */
  andByAfterLed:
    /\b(?:led|headed|chaired)\s+by\b[^;]*\band\s+(?:(?:the\s+)?(?:\S+\s+){0,2}(?:panel|side|delegation|team)\s+)?by\s+(?:the\s+)?(?:[^,;.]{0,80},\s+)?$/i,
  /** "conducted on the Brazilian side by the Minister of Foreign Affairs, X". */
  sideBy: /\bon\s+the\s+\S+\s+side\s+by\s+(?:\S+\s+){0,8}$/i,
  /** "X, head of the Austrian delegation", "X, who heads the Russian delegation at the consultations". */
  headOfDelegation:
    /^\s*,\s*(?:(?:the\s+)?head\s+of|who\s+(?:heads|headed|leads|led|(?:is|was)\s+(?:heading|leading)|will\s+(?:head|lead))\s+)\s*(?:the\s+)?\S+(?:\s+government['’]s)?\s+delegation\b/i,
  /** Right after a side, the "by" that leads to its head: "the Polish delegation (was led) by State Secretary". */
  // fl11b: also gapped after the side's team noun, "and the Iranian team by Deputy Foreign Minister Y".
  sideThenBy:
    /^\s+(?:(?:negotiating\s+)?(?:team|delegation|side|panel)\s+)?(?:(?:was|is|were|will\s+be)\s+(?:led|headed|chaired)\s+)?by\s+(?:\S+\s+){0,5}$/,
  /** "On the Austrian side," opening a sentence. */
  frontedSide: /^On\s+the\s+\S+(?:\s+\S+)?\s+side,?\s+/,
  /** A sentence of signing or leading talks. */
  signedOrLed: /\b(?:signed|led|headed|negotiated|conducted|initialled)\s+by\b/,
  /** "spoke for MERCOSUR (through X)", "acted on behalf of the Union (through X)". */
  speaksFor:
    /\b(?:(?:spoke|speaks|acted|acts|negotiated|negotiates)\s+(?:for|on\s+behalf\s+of)|(?:facilitated|mediated|convened|hosted)\s+by)\s+(?:the\s+)?/g,
  /** "X, who headed the delegation, together with Y": the head's clause, then "together with". */
  togetherWith: /^(?:,\s*who\s+(?:headed|led)\s+the\s+delegation)?,?\s*together\s+with\s+/,
  /** "…, head of the Austrian delegation," anywhere in a sentence. */
  headOfDelegationAny: /,\s*(?:the\s+)?head\s+of\s+(?:the\s+)?\S+(?:\s+government['’]s)?\s+delegation\b/i,
  /** "X negotiates for", "X is conducting the talks", "X led the negotiations for Austria". */
  conducts:
    /^\s*,?[^.]{0,120}\b(negotiates|is conducting|conducts|(?:led|leads|headed|heads|conducted)\s+the\s+negotiations\s+for)\b|^\s*,\s+who\s+(?:conducted|conducts|led|leads|headed|heads)\s+the\s+(?:\S+\s+)?(?:negotiations|consultations|talks)\b(?!\s+(?:on\s+behalf|for)\b)/,
  /** "negotiates for the Union", "led the negotiations for Austria". */
  negotiatesFor:
    /\b(?:negotiates for|(?:led|leads|conducted|conducts|headed|heads)\s+the\s+negotiations\s+for) (?:the\s+)?(\p{Lu}[\p{L}]+)/u,
  /** "under the (foreign ministers') leadership / direction / authority of". */
  // fl11b: also "on the instructions of", "under the directives of", "at the direction of" (rule reports-to.instructions).
  underLeadership:
    /\b(?:[Uu]nder|[Oo]n|[Aa]t|[Ff]ollowing)\s+the\s+(?:(\S+\s+\S+?)['’]\s+|([\p{L}\s]+?)['’]s\s+)?(leadership|direction|authority|guidance|supervision|instructions|directives)(?:\s+of\s+)?/u,
  theTwo: /^(?:the\s+)?(?:two|both)\s+(\p{L}+?)s?\b/u,
  /** A relative clause of one person that holds "on behalf of": ", Special Envoy of …, who is conducting the talks ". */
  ownRelative: /^(?:,[^,;]{0,100})?,\s*who\b[^;,]{0,100}$/,
  /** The object of "on behalf of" just before a name: "On behalf of President His Highness Sheikh ". */
  behalfObject: /\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+[^,;.]{0,70}$/i,
  /** "for their respective sides", "on behalf of their governments" (rule negotiates-for.on-behalf-respective). */
  respective:
    /\b(?:on behalf of|for|in the name of)\s+their\s+(?:respective\s+(?:countries|sides|governments|delegations|states)|(?:countries|governments|states))\b/i,
  /** "on behalf of", and its synonym "in the name of" ("signed in the name of the Government of Austria"). */
  onBehalf: /\b(?:on behalf of|in the name of)\s+(the\s+)?/gi,
  /** "on behalf of Canada by Ambassador X": the passive of a signature, its agent after "by". */
  behalfBy: /^\s*,?\s*by\s/,
  leadersEnvoy:
    /\bas\s+(?:the\s+)?(?:[A-Z][A-Za-z-]+\s+)?(President|Prime Minister|Chancellor|Premier|Secretary-General)['’]s\s+(?:special\s+|personal\s+)?(?:envoy|representative|emissary)\b/gi,
  signedForSide: /\bfor the (\S+(?: \S+)?) (?:side|delegation) by\s+/g,
  /** "who represented President X", "who represents Ukraine in the Group", "acting for the Chair". */
  represents:
    /\b(?:represented|represents|representing|acts\s+for|acted\s+for|acting\s+for|spoke\s+for|speaks\s+for)\s+(?!by\b)(?:the\s+)?/g,
  /** "Borduria was represented by its ambassador, X"; gapped "and Syldavia by its ambassador, Y". */
  representedBy:
    /^(?:\s+(?:was|were|will\s+be|is|are|shall\s+be)\s+represented\s+|(?:\s+as\s+(?:the\s+)?(?:facilitator|mediator|guarantor|co-chair|host))?,\s+represented\s+)?(?:(?:at|in)\s+the\s+(?:talks|negotiations|meeting|round|consultations)\s+)?\s*by\s+/,
  /** "the letter for the Russian Federation was signed by", "signed for the Indian side by". */
  forSideSignedBy: /^(?:['’]s)?\s+(?:side\s+|delegation\s+)?(?:(?:was|were)\s+)?signed\s+by\s+/,
  /** "X signed the agreement for Borduria", "negotiated by X for Borduria", "initialled … for". */
  signedFor: /\b(?:signed|initialled|initialed)\b[^.;]{0,80}?\bfor\s+(?:the\s+)?$/,
  /** "X negotiated the agreement for Borduria", "X conducts the talks on … for the Commission". */
  conductsFor:
    /\bnegotiated\b[^.;]{0,80}?\bfor\s+(?:the\s+)?$|\b(?:conduct(?:s|ed|ing)?|lead(?:s|ing)?|led|head(?:s|ed|ing)?)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:talks|negotiations|consultations)\b[^.;]{0,80}?\bfor\s+(?:the\s+)?$/,
  /** A sentence naming negotiations, talks or consultations: what makes leading a delegation negotiating. */
  talksNoun: /negotiat|\btalks\b|\bconsultations\b/i,
  /** The team a side fields: "the Syldavian negotiating team", "Norway's facilitation team", "the Thai panel". */
  teamAfterSide:
    /^(?:['’]s?)?\s+(?:(?:negotiating|negotiation|facilitation|mediation|mediating|peace)\s+)?(?:team|delegation|side|panel|negotiations|negotiators|mediation|facilitation)\b/,
  /** "leading the Bordurian team", "heading the Syldavian delegation". */
  leadingTeam: /\b(?:leading|heading|led|headed|leads|heads|(?:will|to)\s+(?:lead|head))\s+(?:the\s+)?$/,
  /** Titles of envoys and negotiators: they act for a principal, else for their office's state. */
  envoyTitle:
    /\b(?:Envoy|Special Representative|Personal Representative|Plenipotentiary Representative|Negotiat(?:or|ion)|Emissary|Sherpa|Special Coordinator|Mediator|Facilitator)\b/i,
  /** Titles of aides and office heads: they report to their principal. */
  // ent22: "State Counsellor to President X" (Kazakhstan) serves the president.
  aideTitle:
    /\b(?:Adviser|Advisor|Aide|Head of (?:the )?Office|Chief of Staff|Director of (?:the )?Cabinet|Counsellor)\b/i,
  /** Aide titles with no "to" that serve their state's leader: "National Security Adviser", "Chief of Staff". */
  leaderAide: /\b(?:Adviser|Advisor|Aide)\b|^Chief of Staff$/i,
  /** Talks or a mediation in view: "mediated by Qatar, represented by X". */
  talksOrMediation: /negotiat|\btalks\b|\bmediat/i,
  /** A sentence of mediation between parties: "convened the two delegations", "mediated", "facilitated". */
  mediation: /\bdelegations\b|\bmediat|\bfacilitat/i,
  /** A sentence about negotiating, in a group or by signature. */
  negotiationSentence2: /negotiat|\btalks\b|\bgroup\b|\bsigned\b/i,
  /** "on behalf of the Chairperson-in-Office, Slovak Minister X": a title, a comma, then the principal. */
  titleThenName: /^(?:the\s+)?[\p{L}\s'’-]{0,60},\s+$/u,
  /** A readout about negotiations: delegation heads negotiate. */
  negotiationDoc: /\bnegotiat|\btalks\b|(?<!round\s)\btable\b/i,
  delegationLed: /\b(?:delegation|side|team|panel)\b[^.;]{0,60}?\b(?:led|headed|chaired)\s+by\b/i,
  /** "Acting on behalf of President X, the Secretary and the Ambassador pressed …": the agents after the principal. */
  frontedBehalf: /^(?:Acting\s+|Speaking\s+)?(?:on\s+behalf|in\s+the\s+name)\s+of\b/i,
  /** "the Secretary and the Ambassador": people named by a title word alone. */
  titleWords: /^\s*,\s*((?:(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s*,\s*|\s+and\s+)?)+)/u,
};

/** The sentences reports-to.under-leadership reads: those holding a word cue of its pattern (perf29). */
const UNDER_LEADERSHIP_GATE = cueGate(ROLE_PATTERNS.underLeadership);

/** Trigger words of role patterns run on every sentence, under their case flag: every match holds one (`mayMatch`). */
const ROLE_NEEDS = {
  /** "led by", "headed by", "chaired by". */
  delegationLed: /ed\s+by/i,
  delegation: /delegation/i,
};

/** The state or organisation a person's offices belong to, else the person's state. */
const sideOf = (k: RelKit, c: PersonCluster) =>
  (k.people.offices.get(c) ?? []).map((o) => o.owner).find((o) => o && STATE_NAMES.has(o)) ?? c.state;

/**
 * Rule negotiates-for.delegation-head / negotiates-for.negotiates-for: who leads or conducts negotiations, and the
 * heads of delegations in a readout of negotiations ("The Russian delegation was headed by X").
 */
function negotiationLeaders(k: RelKit, s: Sentence): void {
  const { ctx, hits, hitKeys, clusterOf, personsIn, stateKey } = k;
  const P = ROLE_PATTERNS;
  // A sentence on negotiations that says who leads them; or, in a readout of negotiations, a delegation "led by".
  const onNegotiation = P.negotiationSentence.test(s.text) && P.leadingVerb.test(s.text);
  // Rule negotiates-for.delegations-of-talks (nf11): "The Turkish delegation was led by X, the Finnish delegation by
  // Y" in a readout whose talks are named in another paragraph ("concludes weeks of intensive talks").
  const led = mayMatch(s.text, ROLE_NEEDS.delegationLed, P.delegationLed) && P.delegationLed.test(s.text);
  const delegationsLed = led && NF11_PATTERNS.gappedDelegations.test(s.text);
  const headed =
    (led || (mayMatch(s.text, ROLE_NEEDS.delegation, P.headOfDelegationAny) && P.headOfDelegationAny.test(s.text))) &&
    (talksInView(k, s) || (delegationsLed && P.negotiationDoc.test(k.ctx.text)));
  if (!onNegotiation && !headed) return;
  for (const [m, pk] of personsIn(s.index)) {
    const before = ctx.text.slice(s.start, m.from ?? m.start);
    const after = ctx.text.slice(m.to ?? m.end, s.end);
    const afterName = ctx.text.slice(m.end, s.end);
    // negotiates-for.not-relative-subject: "X, whom the Chairman appointed …, and who conducts the talks": the subject
    // of the object relative is not the one who conducts.
    if (FL11A_PATTERNS.objectRelative.test(before)) continue;
    // negotiates-for.not-chair (fl13b): "The negotiations were chaired by Ambassador X of Colombia": a chair, no side.
    if (FL13B_PATTERNS.chairOfNegotiations.test(before)) continue;
    const leads =
      P.ledByChain.test(before) ||
      P.ledByNear.test(before) ||
      P.andByAfterLed.test(before) ||
      P.sideBy.test(before) ||
      NF11_PATTERNS.gappedDelegationBy.test(before) ||
      P.headOfDelegation.test(after) ||
      P.headOfDelegation.test(afterName) ||
      m.titles.some((t) => /negotiator/i.test(t.title)) ||
      P.conducts.test(after);
    if (!leads) continue;
    // Rule negotiates-for.negotiates-for-clause (rol24): "A leads the Chilean team; B negotiates for Ghana": the side
    // after "negotiates for" is told in the person's own clause, not past a semicolon.
    const forOrg = P.negotiatesFor.exec(after.split(';')[0]!);
    const target = forOrg ? hits.find((h) => h.name.endsWith(forOrg[1]!) || h.surface === forOrg[1]) : undefined;
    const owner = sideOf(k, clusterOf.get(m)!);
    const own = clauseSide(k, s, m);
    const sk = target ? hitKeys.get(target) : own ? hitKeys.get(own) : owner ? stateKey(owner) : undefined;
    const rule = forOrg ? 'negotiates-for.negotiates-for' : 'negotiates-for.delegation-head';
    if (sk) ctx.relate('NEGOTIATES_FOR', pk, sk, s.index, rule);
    if (sk) togetherWith(k, s, m, sk);
  }
}

/**
 * Rule negotiates-for.together-with: "conducted on the Brazilian side by the Minister, X, who headed the delegation,
 * together with the Minister of Agriculture, Y, and the Special Secretary …, Z": those joined to a delegation head by
 * "together with" negotiate for the same side.
 */
function togetherWith(k: RelKit, s: Sentence, head: PersonMention, sk: string): void {
  const text = k.ctx.text;
  const tw = ROLE_PATTERNS.togetherWith.exec(text.slice(head.to ?? head.end, s.end));
  if (!tw) return;
  let prevEnd = (head.to ?? head.end) + tw.index + tw[0].length;
  for (const [p, pk] of k.personsIn(s.index).filter(([x]) => (x.from ?? x.start) >= prevEnd)) {
    const gap = text.slice(prevEnd, p.from ?? p.start);
    if (!/^(?:\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?)$/.test(gap)) break;
    k.ctx.relate('NEGOTIATES_FOR', pk, sk, s.index, 'negotiates-for.together-with');
    prevEnd = p.to ?? p.end;
  }
}

/**
 * Rule negotiates-for.clause-side: the side a delegation head's own clause names: "the Polish delegation by Y" (the
 * side just before the "by" that leads to the person), "Y, head of the Polish delegation" (the side in the apposition).
 */
function clauseSide(k: RelKit, s: Sentence, m: PersonMention) {
  // "the Polish delegation", "the EU side": a state's or an organisation's delegation, team or side.
  const isSide = (h: (typeof k.hits)[number]) =>
    (h.type === 'State' || h.type === 'Organization') &&
    (/\s(?:delegation|side)$/i.test(h.surface) ||
      ((h.demonym || h.type === 'Organization') &&
        /^\s+(?:negotiating\s+)?(?:team|delegation|side|panel)\b/.test(k.ctx.text.slice(h.end, h.end + 30))) ||
      NF11_PATTERNS.possessiveTeam.test(k.ctx.text.slice(h.end, h.end + 30)) ||
      // negotiates-for.delegation-of-side (fl17c): "the delegation of the X Movement (Y) was headed by …".
      FL17C_PATTERNS.delegationOfBefore.test(k.ctx.text.slice(Math.max(0, h.start - 120), h.start)));
  const from = m.from ?? m.start;
  // Rule negotiates-for.fronted-side-leader (rol14): "On the Kyrgyz side the talks were led by X, Chairman of …": the
  // side the sentence opens with, for a person right after its "by", over the state of the person's office.
  const fronted = ROLE_PATTERNS.frontedSide.exec(s.text);
  // Only the first "by": "…, and on the Tajik side by Y" names another side for Y.
  const afterFront = fronted ? k.ctx.text.slice(s.start + fronted[0].length, from) : '';
  const byAfterFront =
    fronted &&
    /^[^;]*\bby\s+(?:\S+\s+){0,4}$/.test(afterFront) &&
    (afterFront.match(/\bby\b/g) ?? []).length === 1 &&
    !/\b(?:on|for)\s+the\s+\S+\s+side\b/i.test(afterFront);
  const frontSide = byAfterFront ? k.hitsIn(s.start, s.start + fronted[0].length).find(isSide) : undefined;
  if (frontSide) return frontSide;
  const prevPerson = k
    .personsIn(s.index)
    .filter(([p]) => (p.to ?? p.end) <= from)
    .pop();
  const lo = prevPerson ? (prevPerson[0].to ?? prevPerson[0].end) : s.start;
  const before = k.hitsIn(lo, from).filter(isSide).pop();
  // Rule negotiates-for.possessive-delegation (nf11): "Indonesia's delegation was headed by X; the EU's by Y".
  // fl17c: a parenthesised short form "(Fatah)" closes before the verb.
  const rest = before
    ? k.ctx.text.slice(before.end, from).replace(NF11_PATTERNS.possessiveTeam, '').replace(/^\)/, '')
    : '';
  if (before && ROLE_PATTERNS.sideThenBy.test(rest)) return before;
  const appos = ROLE_PATTERNS.headOfDelegation.exec(k.ctx.text.slice(m.end, s.end));
  return appos ? k.hitsIn(m.end, m.end + appos[0].length + 12).find(isSide) : undefined;
}

/** Negotiations or talks named in the sentence, the one before it, or the readout's title (line or front matter). */
function talksInView(k: RelKit, s: Sentence): boolean {
  const prev = k.ctx.sentences[s.index - 1];
  const title = k.ctx.text.slice(0, Math.max(0, k.ctx.text.indexOf('\n')));
  // The readout's title from its front matter counts as its title line too.
  return [s.text, prev?.text ?? '', title, k.ctx.doc.title ?? ''].some((x) => ROLE_PATTERNS.negotiationDoc.test(x));
}

/** The bosses an "under the … leadership" phrase names: a person after it, "the two ministers", "the ministers'". */
function bossesUnder(k: RelKit, s: Sentence, m: RegExpExecArray): PersonCluster[] {
  const { people, clusterOf, personsIn } = k;
  const at = s.start + m.index;
  // The nearest person after the phrase (a sentence's mentions are not in text order: surnames come last).
  const after = personsIn(s.index)
    .filter(([p]) => p.start > at)
    .sort(([a], [b]) => a.start - b.start);
  if (after.length) return [clusterOf.get(after[0]![0])!];
  // "under the leadership of the two ministers": the two who held the readout's meeting.
  const two = ROLE_PATTERNS.theTwo.exec(s.text.slice(m.index + m[0].length));
  if (two && k.main) {
    const word = two[1]!.toLowerCase();
    const held = [...(k.participants.get(k.main.key) ?? [])].filter(
      (c) => word === 'leader' || (people.offices.get(c) ?? []).some((o) => o.title.toLowerCase().includes(word)),
    );
    if (held.length) return held;
  }
  if (!m[1]) return [];
  // "under the two ministers' guidance": the title word is the plural noun, singular.
  const words = m[1].split(/\s+/).filter((w) => !/^(?:two|both|three)$/i.test(w));
  const word = words[0]!.toLowerCase().replace(/s$/, '');
  if (/^(?:two|both|three)\s/i.test(m[1]) && k.main) {
    const held = [...(k.participants.get(k.main.key) ?? [])].filter(
      (c) => word === 'leader' || (people.offices.get(c) ?? []).some((o) => o.title.toLowerCase().includes(word)),
    );
    if (held.length) return held;
  }
  return people.clusters.filter((c) =>
    (people.offices.get(c) ?? []).some((o) => o.title.toLowerCase().includes(word) && !/deputy|vice/i.test(o.title)),
  );
}

/** Rule reports-to.under-leadership: "handled by X under the foreign ministers' leadership". */
function underLeadership(k: RelKit, s: Sentence): void {
  const m = sentenceCued(k, s, UNDER_LEADERSHIP_GATE) ? ROLE_PATTERNS.underLeadership.exec(s.text) : null;
  // "under the guidance of the two foreign ministers, Y and Z": rule reports-to.under-two-named pairs them.
  if (!m || underTwoNamed(k, s)) return;
  const at = s.start + m.index;
  const bosses = bossesUnder(k, s, m);
  // "Under the direction of Minister X, Ambassador Y led …": fronted, the agent is the main clause's first person.
  // "Working under the guidance of Minister X, Ambassador Y led …" (nf11): a participle before it is fronted too.
  const opening = m.index === 0 || NF11_PATTERNS.frontedParticiple.test(s.text.slice(0, m.index));
  const comma = opening ? k.ctx.text.indexOf(',', at) : -1;
  const fronted =
    comma >= 0 && comma < s.end
      ? k
          .personsIn(s.index)
          .filter(([x]) => x.start > comma)
          .slice(0, 1)
      : [];
  for (const [p, pk] of [...k.personsIn(s.index).filter(([x]) => x.start < at), ...fronted]) {
    // "X underlined that the Kingdom, under the directives of King Y, …": the phrase is the clause's own subject's.
    if (/\bthat\b/.test(k.ctx.text.slice(p.to ?? p.end, at))) continue;
    // "On behalf of President X, and on the directives of Y, Z signed": the principal of "on behalf of" is no agent.
    if (
      ROLE_PATTERNS.behalfObject.test(k.ctx.text.slice(Math.max(s.start, (p.from ?? p.start) - 80), p.from ?? p.start))
    )
      continue;
    const c = k.clusterOf.get(p)!;
    const boss = bosses.find((b) => b !== c && (bosses.length === 1 || sameOwner(k.people, b, c)));
    if (boss) k.ctx.relate('REPORTS_TO', pk, k.key(boss), s.index, 'reports-to.under-leadership');
  }
}

/**
 * Rules reports-to.adviser-title / negotiates-for.envoy-title: "Special Representative for the President", "Adviser
 * to the President" point at the person holding the principal's office of the same state (or named after the title).
 */
function principalTitles(k: RelKit): void {
  const { people, ctx, key } = k;
  for (const c of people.clusters)
    for (const m of c.mentions)
      for (const t of m.titles) {
        if (!t.principal && !t.principalPerson) continue;
        const pt = (t.principal ?? '').replace(/^the\s+/, '');
        const owner = (people.offices.get(c) ?? []).find((o) => o.owner)?.owner;
        const named = t.principalPerson
          ? people.clusters.find((b) => b.mentions.some((x) => x.raw === t.principalPerson))
          : undefined;
        const holds = (b: PersonCluster, sameOwner: boolean) =>
          b !== c && (people.offices.get(b) ?? []).some((o) => o.title === pt && (!sameOwner || o.owner === owner));
        // "Special Envoy of the Chair": the one holder of an organisation's chair, when none is of the envoy's state.
        const orgPrincipal = /^(?:Chair|Chairperson|Chairman|Secretary-General|Chairperson-in-Office)$/.test(pt);
        const anyOwner = orgPrincipal ? people.clusters.filter((b) => holds(b, false)) : [];
        const boss =
          named ?? people.clusters.find((b) => holds(b, true)) ?? (anyOwner.length === 1 ? anyOwner[0] : undefined);
        if (!boss) continue;
        if (ROLE_PATTERNS.aideTitle.test(t.title))
          ctx.relate('REPORTS_TO', key(c), key(boss), m.sentence, 'reports-to.adviser-title');
        else if (/envoy|representative|negotiator|emissary/i.test(t.title))
          ctx.relate('NEGOTIATES_FOR', key(c), key(boss), m.sentence, 'negotiates-for.envoy-title');
      }
}

/** Rule reports-to.adviser-of-leader: an adviser title with no "to" serves the leader of the adviser's state. */
function adviserOfLeader(k: RelKit): void {
  const { people, ctx, key } = k;
  for (const c of people.clusters) {
    const offs = people.offices.get(c) ?? [];
    const adviser = offs.find((o) => ROLE_PATTERNS.leaderAide.test(o.title) && !/\bto\b/.test(o.title));
    if (!adviser) continue;
    const boss = people.clusters.find(
      (b) =>
        b !== c &&
        (people.offices.get(b) ?? []).some(
          (o) => LEADER_TITLES.test(o.title) && !/Vice|Deputy/.test(o.title) && o.owner === adviser.owner,
        ),
    );
    if (boss) ctx.relate('REPORTS_TO', key(c), key(boss), c.mentions[0]!.sentence, 'reports-to.adviser-of-leader');
  }
}

/**
 * Rule negotiates-for.on-behalf-respective: "… who had steered the final phase of the negotiations for their
 * respective sides": each person of the clause acts for their own side; one whose office is not a side's (a
 * Commissioner) takes the side left over.
 */
function respectiveSides(k: RelKit, s: Sentence): void {
  const { people, clusterOf, personsIn, stateKey } = k;
  const resp = ROLE_PATTERNS.respective.exec(s.text);
  if (!resp) return;
  const at = s.start + resp.index;
  const from = s.start + s.text.slice(0, resp.index).lastIndexOf(';') + 1;
  // negotiates-for.respective-passive-by (fl29c): "was signed on behalf of their respective X by A and B".
  const byAt = respectiveAgentsAfter(s.text.slice(0, resp.index), s.text.slice(resp.index + resp[0].length));
  const after = at + resp[0].length + (byAt ?? 0);
  const ps = personsIn(s.index).filter(([p]) =>
    byAt === undefined ? p.start < at && p.start >= from : p.start >= after && p.start < after + 200,
  );
  const side = new Map<string, string | undefined>();
  for (const [p] of ps) {
    const c = clusterOf.get(p)!;
    const owners = (people.offices.get(c) ?? []).map((o) => o.owner);
    side.set(p.raw, owners.find((o) => k.sides.has(o)) ?? owners.find((o) => STATE_NAMES.has(o)) ?? c.state);
  }
  const left = [...k.sides].filter((x) => ![...side.values()].includes(x));
  // negotiates-for.respective-in-order (rol20): as many states named before the people as people, in that order.
  const inOrder = respectiveInOrder(k, s, ps);
  if (inOrder) {
    ps.forEach(([, pk], i) =>
      k.ctx.relate('NEGOTIATES_FOR', pk, inOrder[i]!, s.index, 'negotiates-for.respective-in-order'),
    );
    return;
  }
  for (const [p, pk] of ps) {
    let sd = side.get(p.raw);
    if (k.sides.size && (!sd || !k.sides.has(sd)) && left.length === 1) sd = left[0];
    const sk = sd ? stateKey(sd) : undefined;
    const rule = byAt === undefined ? 'negotiates-for.on-behalf-respective' : NEGOTIATES_FOR_RESPECTIVE_PASSIVE_BY.id;
    if (sk) k.ctx.relate('NEGOTIATES_FOR', pk, sk, s.index, rule);
  }
}

/**
 * Rule negotiates-for.on-his-behalf (fl14b): "X, who delivered the address of Prime Minister Y on his behalf": the
 * person named before the span (the antecedent of "who", else the nearest) acts for the person inside it.
 */
function onHisBehalf(k: RelKit, s: Sentence): void {
  for (const [a, b] of onHisBehalfSpans(s.text)) {
    const ps = k.personsIn(s.index);
    const principal = ps.find(([p]) => p.start >= s.start + a && p.start < s.start + b);
    const before = ps.filter(([p]) => p.end <= s.start + a);
    const agent = before[before.length - 1];
    if (principal && agent && principal[1] !== agent[1])
      k.ctx.relate('NEGOTIATES_FOR', agent[1], principal[1], s.index, 'negotiates-for.on-his-behalf');
  }
}

/**
 * Rule negotiates-for.on-behalf: "President Tusk and President Juncker signed on behalf of the European Union, and
 * Prime Minister Trudeau on behalf of Canada": the people just before each "on behalf of" act for the side or
 * person named after it.
 */
function onBehalf(k: RelKit, s: Sentence): void {
  const { ctx, hits, hitKeys, personsIn } = k;
  for (const m of allMatches(s.text, ROLE_PATTERNS.onBehalf)) {
    if (/^\s*their\s+respective\b/i.test(s.text.slice(m.index + m[0].length))) continue;
    const at = s.start + m.index;
    // The side named right after "on behalf of" ("the Italian Government" starts at its article).
    // negotiates-for.behalf-of-organ (fl29a): "on behalf of the Conference of Heads of Government of the Community".
    // negotiates-for.behalf-longest-side (fl31b): "on behalf of the Sudanese Revolutionary Front", not "Sudanese".
    const first =
      longestAt(
        hits,
        hits.find((h) => h.start >= at + 'on behalf of'.length && h.start < at + m[0].length + 4),
      ) ?? organPrincipalHit(k.ctx.text, hits, at + m[0].length);
    // negotiates-for.presidency-of-body (fl14c): "the Belgian Presidency of the Council of the EU" acts for the body.
    const hit = first ? (presidencyBody(k.ctx.text, first, hits) ?? first) : undefined;
    const after = at + m[0].length;
    const principal =
      personsIn(s.index).find(([p]) => p.start > at && p.start < after + 25) ??
      personsIn(s.index).find(
        ([p]) =>
          ((p.from ?? p.start) > after &&
            ROLE_PATTERNS.titleThenName.test(k.ctx.text.slice(after, p.from ?? p.start))) ||
          // negotiates-for.long-title-principal (fl15a): a principal's title may be long, and part of the mention.
          (p.start > after && LONG_TITLE_PRINCIPAL.titleThenName.test(k.ctx.text.slice(after, p.start))),
      );
    // "signed on behalf of Canada by X": the agent follows (rule negotiates-for.on-behalf-by), none stands before.
    if (hit && ROLE_PATTERNS.behalfBy.test(k.ctx.text.slice(hit.end, hit.end + 6))) continue;
    if (hit && respectively(k, s, at, hit)) continue;
    // Rule negotiates-for.not-people (nf11): "laid a wreath on behalf of the Polish people" names a nation, no principal.
    // negotiates-for.signed-for-people (fl26b): "signed on behalf of the Comorian people" names the state.
    if (
      hit &&
      NF11_PATTERNS.peopleAfter.test(k.ctx.text.slice(hit.end, hit.end + 20)) &&
      !signedForPeople(k.ctx.text.slice(s.start, at))
    )
      continue;
    // Rule negotiates-for.not-message-behalf (rol14): "handed over a letter on behalf of President X", "speaking on
    // behalf of the Caribbean Community at the summit": something handed over or said, not negotiated.
    if (messageBehalf(k.ctx.text.slice(s.start, at), s.text)) continue;
    // negotiates-for.not-observer-behalf (rol19): "present as an observer on behalf of the Secretariat".
    if (observerBehalf(k.ctx.text.slice(s.start, at))) continue;
    if (hit) {
      const prevAt = [...s.text.slice(0, m.index).matchAll(/\bon behalf of\b/gi)].pop();
      // negotiates-for.behalf-clause-bound (rol23): "On behalf of the Government, X signed; on behalf of the MILF, Y":
      // no agent of another clause before a semicolon.
      const semi = s.text.slice(0, m.index).lastIndexOf(';');
      const from = Math.max(prevAt ? s.start + prevAt.index + 12 : s.start, semi >= 0 ? s.start + semi + 1 : s.start);
      // negotiates-for.principal-not-agent (fl14a): the principal of an earlier "on behalf of" is no agent.
      // negotiates-for.who-clause-agent (fl15b): "thanked A, Special Envoy, who conducted the mediation on behalf of
      // IGAD": inside a relative clause only its antecedent acts, as ownClause has it for a person principal.
      const agents = notMetPeople(
        k.ctx.text,
        ownClause(
          k,
          personsIn(s.index)
            .filter(([p]) => p.start >= from && p.start < at && !behalfPrincipal(k.ctx.text, s.start, p))
            // negotiates-for.not-reporter (fl16a): who "stated that" reports the clause, does not act in it.
            .filter(([p]) => !reportsBehalf(k.ctx.text, p.end, at))
            .sort((a, b) => a[0].start - b[0].start),
          at,
        ).map(([p, pk]): [PersonMention, string] => [p, pk]),
      );
      for (const [p, pk] of agents) ctx.relate('NEGOTIATES_FOR', pk, hitKeys.get(hit)!, s.index, behalfRule(p));
      if (!agents.length && ROLE_PATTERNS.frontedBehalf.test(s.text)) frontedSideAgents(k, s, hit);
    } else if (principal) {
      const agents = ownClause(
        k,
        notMetPeople(
          k.ctx.text,
          personsIn(s.index).filter(
            ([p]) => p.start < at && !behalfPrincipal(k.ctx.text, s.start, p) && !reportsBehalf(k.ctx.text, p.end, at),
          ),
        ),
        at,
      );
      for (const [p, pk] of agents) ctx.relate('NEGOTIATES_FOR', pk, principal[1], s.index, behalfRule(p));
      if (!agents.length && ROLE_PATTERNS.frontedBehalf.test(s.text)) frontedAgents(k, s, principal);
    }
  }
}

/**
 * Rule negotiates-for.behalf-own-clause (fl11b): "A headed the X delegation, and B the Y delegation, who is conducting
 * the talks on behalf of President Z": when "on behalf of" sits in a relative clause ("who …") of the last agent, only
 * that agent acts for the principal.
 */
function ownClause(
  k: RelKit,
  agents: readonly (readonly [PersonMention, string])[],
  at: number,
): (readonly [PersonMention, string])[] {
  const last = agents[agents.length - 1];
  if (!last || agents.length < 2) return [...agents];
  if (!ROLE_PATTERNS.ownRelative.test(k.ctx.text.slice(last[0].to ?? last[0].end, at))) return [...agents];
  // negotiates-for.who-clause-list (fl29a): "A, B and C, who acted on behalf of X": the whole list before "who".
  const list = coordinatedTail(k.ctx.text, agents, ([p]) => ({ start: p.start, end: p.to ?? p.end }));
  for (const [p] of list) if (p.start !== last[0].start) WHO_LISTED.add(p);
  return list;
}

/** The agents negotiates-for.who-clause-list adds before a relative clause's antecedent. */
const WHO_LISTED = new WeakSet<PersonMention>();
/** The rule that gives an "on behalf of" agent its NEGOTIATES_FOR. */
const behalfRule = (p: PersonMention) =>
  WHO_LISTED.has(p) ? NEGOTIATES_FOR_WHO_CLAUSE_LIST.id : 'negotiates-for.on-behalf';

/**
 * Rule negotiates-for.on-behalf-respectively: "A and B signed the agreement on behalf of Austria and Poland
 * respectively": the agents before, paired in order with the sides listed after. True when the sentence is of this form.
 */
function respectively(k: RelKit, s: Sentence, at: number, hit: (typeof k.hits)[number]): boolean {
  const list = partyListAt(k, hit.start);
  const last = list[list.length - 1];
  if (list.length < 2 || !/^,?\s+respectively\b/.test(k.ctx.text.slice(last!.end, last!.end + 16))) return false;
  // In the order written (negotiates-for.respectively-and-of, fl28a: the mentions may come cluster by cluster).
  const agents = k
    .personsIn(s.index)
    .filter(([p]) => p.start < at)
    .sort((a, b) => a[0].start - b[0].start);
  if (agents.length !== list.length) return true;
  agents.forEach(([, pk], i) =>
    k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(list[i]!)!, s.index, 'negotiates-for.on-behalf-respectively'),
  );
  return true;
}

/**
 * Rule negotiates-for.fronted-behalf: "Acting on behalf of President Donald J. Trump, the Secretary and the Ambassador
 * pressed …": the people the subject names by a title word alone act for the principal and for the principal's side.
 */
function frontedAgents(k: RelKit, s: Sentence, principal: [PersonMention, string]): void {
  const after = principal[0].to ?? principal[0].end;
  const subj = ROLE_PATTERNS.titleWords.exec(k.ctx.text.slice(after, s.end));
  if (!subj) return;
  const boss = k.clusterOf.get(principal[0])!;
  const side = sideOf(k, boss);
  for (const w of subj[1]!.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
    const holders = k.people.clusters.filter(
      (c) =>
        c !== boss &&
        ((k.people.offices.get(c) ?? []).some((o) => o.title.split(/\s+/).includes(w[0])) ||
          c.mentions.some((x) => x.surface.split(/\s+/)[0] === w[0])),
    );
    if (holders.length !== 1) continue;
    k.ctx.relate('NEGOTIATES_FOR', k.key(holders[0]!), principal[1], s.index, 'negotiates-for.fronted-behalf');
    const sk = side ? k.stateKey(side) : undefined;
    if (sk) k.ctx.relate('NEGOTIATES_FOR', k.key(holders[0]!), sk, s.index, 'negotiates-for.fronted-behalf');
  }
}

/**
 * Rule negotiates-for.fronted-behalf-side: "On behalf of the European Union, the agreement was signed by Commissioner
 * X", "In the name of the Government of Spain, Minister Y signed …": the first person of the main clause, and those
 * coordinated with them, act for the side the sentence opens with.
 */
function frontedSideAgents(k: RelKit, s: Sentence, hit: (typeof k.hits)[number]): void {
  const comma = k.ctx.text.indexOf(',', hit.end);
  if (comma < 0 || comma >= s.end) return;
  const ps = k.personsIn(s.index).filter(([p]) => p.start > comma);
  let prev: PersonMention | undefined;
  for (const [p, pk] of ps) {
    // negotiates-for.fronted-behalf-list (fl32b): "…, X, and the Minister of Justice, Y, put their signatures".
    if (prev && !FRONTED_BEHALF_LIST.joiner.test(k.ctx.text.slice(prev.to ?? prev.end, p.from ?? p.start))) break;
    k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(hit)!, s.index, 'negotiates-for.fronted-behalf-side');
    prev = p;
  }
}

/** Rule negotiates-for.leaders-envoy: "Mr. Shotaro Yachi … was dispatched to Beijing as the Prime Minister's envoy". */
function leadersEnvoy(k: RelKit, s: Sentence): void {
  const { people, clusterOf, personsIn, key } = k;
  for (const m of allMatches(s.text, ROLE_PATTERNS.leadersEnvoy)) {
    const at = s.start + m.index;
    const envoy: [PersonMention, string] | undefined = personsIn(s.index)
      .filter(([p]) => p.start < at)
      .pop();
    if (!envoy) continue;
    const c = clusterOf.get(envoy[0])!;
    const boss = people.clusters.find(
      (b) =>
        b !== c &&
        (people.offices.get(b) ?? []).some(
          (o) => o.title.toLowerCase() === m[1]!.toLowerCase() && (sameOwner(people, b, c) || o.owner === people.home),
        ),
    );
    if (boss) k.ctx.relate('NEGOTIATES_FOR', envoy[1], key(boss), s.index, 'negotiates-for.leaders-envoy');
  }
}

/** Rule negotiates-for.signed-for-side: "It was signed for the Indian side by Shri Ajay Seth …". */
function signedForSide(k: RelKit, s: Sentence): void {
  for (const m of allMatches(s.text, ROLE_PATTERNS.signedForSide)) {
    const at = s.start + m.index;
    const side = k.hits.find((h) => h.start >= at + 4 && h.end <= at + m[0].length);
    const p = k.personsIn(s.index).find(([x]) => (x.from ?? x.start) >= at + m[0].length - 1);
    if (side && p)
      k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(side)!, s.index, 'negotiates-for.signed-for-side');
  }
}

/**
 * Rule negotiates-for.envoy-of-state: "Norway's Special Envoy to the peace process", "Special Representative of the
 * Chinese Government on Eurasian Affairs": an envoy with no principal named acts for the state of the office.
 */
function envoyOfState(k: RelKit): void {
  const { people, ctx, key, stateKey } = k;
  for (const c of people.clusters) {
    // A principal named by title only ("of the Secretary-General") whom the readout does not name: the office's owner.
    const named = c.mentions.some((m) => m.titles.some((t) => t.principalPerson));
    const acts = ctx.hasRelationFrom('NEGOTIATES_FOR', key(c));
    if (named || acts) continue;
    const envoy = (people.offices.get(c) ?? []).find((o) => ROLE_PATTERNS.envoyTitle.test(o.title) && o.owner);
    const sk = envoy ? stateKey(envoy.owner) : undefined;
    if (sk) ctx.relate('NEGOTIATES_FOR', key(c), sk, c.mentions[0]!.sentence, 'negotiates-for.envoy-of-state');
  }
}

/** The person of a sentence whose mention begins in [from, to), first one. */
const personAt = (k: RelKit, s: Sentence, from: number, to: number) =>
  k.personsIn(s.index).find(([p]) => (p.from ?? p.start) >= from && (p.from ?? p.start) < to);

/**
 * The State or Organization hit starting in [from, to); rule negotiates-for.longest-side-hit (rol23): of two starting
 * at one place the longer ("the South Sudan Opposition Movements Alliance", not "South Sudan").
 */
const sideAt = (k: RelKit, from: number, to: number) =>
  k.hits
    .filter((h) => (h.type === 'State' || h.type === 'Organization') && h.start >= from && h.start < to)
    .sort((a, b) => a.start - b.start || b.end - a.end)[0];

/**
 * negotiates-for.represents (rol23): "A and B, who acted for the US side": the person joined by "and" right before the
 * agent of a relative clause acts with it.
 */
function coordinatedBefore(
  k: RelKit,
  s: Sentence,
  agent: readonly [PersonMention, string],
): readonly [PersonMention, string] | undefined {
  if (!/^\s*,\s+who\s/.test(k.ctx.text.slice(agent[0].to ?? agent[0].end, s.end))) return undefined;
  const prev = k
    .personsIn(s.index)
    .filter(([p]) => (p.to ?? p.end) <= startOf(agent[0]))
    .pop();
  return prev && /^\s+and\s+$/.test(k.ctx.text.slice(prev[0].to ?? prev[0].end, startOf(agent[0]))) ? prev : undefined;
}

/**
 * Rule negotiates-for.represents: "Mostafa Madbouly of Egypt, who represented President X", "Kuchma, who represents
 * Ukraine in the Group": the person before the verb acts for the person or side named after it.
 */
function represents(k: RelKit, s: Sentence): void {
  for (const m of allMatches(s.text, ROLE_PATTERNS.represents)) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const agent = k
      .personsIn(s.index)
      .filter(([p]) => (p.to ?? p.end) <= at && !/[;]/.test(k.ctx.text.slice(p.to ?? p.end, at)))
      .pop();
    if (!agent) continue;
    const named = personAt(k, s, after - 1, after + 30);
    // rol28: not a person past a clause ("represented the Federal Government, while General A represented …").
    const principal = named && /[,;]|\bwhile\b/.test(k.ctx.text.slice(after, startOf(named[0]))) ? undefined : named;
    // A state needs negotiations in view: "represented the Lao PDR" at a summit is attendance.
    // "acting for the African Union, convened the two delegations": a mediation is in view too.
    const agency =
      ROLE_PATTERNS.negotiationSentence2.test(s.text) || (/^act/i.test(m[0]) && ROLE_PATTERNS.mediation.test(s.text));
    // rol23: a side's hit may take in the article the verb's pattern read ("acted for the Swiss government").
    const side = principal || !agency ? undefined : sideAt(k, after - (/\bthe\s+$/i.test(m[0]) ? 5 : 1), after + 2);
    const to = principal ? principal[1] : side ? k.hitKeys.get(side) : undefined;
    // negotiates-for.not-represented-at-gathering (rol15): "X represented President Y at the inauguration of Z": a
    // stand-in at a ceremony or summit, no negotiator.
    if (principal && atGathering(k.ctx.text.slice(endOf(principal[0]), s.end))) continue;
    if (!to) continue;
    for (const a of [coordinatedBefore(k, s, agent), agent])
      if (a && a[1] !== to) k.ctx.relate('NEGOTIATES_FOR', a[1], to, s.index, 'negotiates-for.represents');
  }
}

/**
 * Rules negotiates-for.represented-by and negotiates-for.signed-for-side: "Borduria was represented by its
 * ambassador, X, and Syldavia by its ambassador, Y" (gapping), "the letter for the Russian Federation was signed by
 * its Plenipotentiary Representative, Z": the person after "by" acts for the side before it.
 */
function sideBy(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end)) {
    if (h.type !== 'State' && h.type !== 'Organization') continue;
    const rest = text.slice(h.end, s.end);
    const before = text.slice(Math.max(s.start, h.start - 12), h.start);
    const forBefore = /\bfor\s+(?:the\s+)?$/.test(before);
    // Gapped: "signed for Norway by X and for Colombia by Y".
    const gapped = forBefore && /\bsigned\s+for\b/.test(text.slice(s.start, h.start)) ? /^\s+by\s+/.exec(rest) : null;
    const signed = forBefore ? (ROLE_PATTERNS.forSideSignedBy.exec(rest) ?? gapped) : null;
    const rep = signed || coordinatedSubject(k, s, h) ? null : ROLE_PATTERNS.representedBy.exec(rest);
    // Gapping needs the verb once in the sentence: "A was represented by X, and B by Y".
    if (rep && !/represented\s/.test(rep[0]) && !/\brepresented\s+(?:(?:at|in)\s+the\s+\w+\s+)?by\b/.test(s.text))
      continue;
    // "co-organised by the United States, represented by its Ambassador": a participle needs talks in view.
    if (rep && /^,/.test(rep[0]) && !ROLE_PATTERNS.talksOrMediation.test(s.text)) continue;
    const m = signed ?? rep;
    if (!m) continue;
    const from = h.end + m[0].length;
    // "… signed by its Plenipotentiary Representative in the TCG, Boris Gryzlov": a title apposition before the name.
    const appos = /^(?:its|their|the|his|her)\s+[^.;,]{0,70},\s+/.exec(text.slice(from, s.end));
    const near = personAt(k, s, from, from + 40);
    // Not a person beyond another side's clause: "Vice Premier He, and the U.S. side by Secretary Bessent".
    const clean = near && !/\band\b|;/.test(text.slice(from, near[0].from ?? near[0].start)) ? near : undefined;
    const p = clean ?? (appos ? personAt(k, s, from, from + appos[0].length + 2) : undefined);
    const rule = signed ? 'negotiates-for.signed-for-side' : 'negotiates-for.represented-by';
    if (!p) continue;
    k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(h)!, s.index, rule);
    // "… and the U.S. side by Secretary Bessent and Ambassador Greer": the people coordinated with the first.
    for (const q of k.personsIn(s.index).filter(([x]) => x.start > p[0].start))
      if (/^\s*(?:,|,?\s+and)\s+$/.test(text.slice(p[0].to ?? p[0].end, q[0].from ?? q[0].start)))
        k.ctx.relate('NEGOTIATES_FOR', q[1], k.hitKeys.get(h)!, s.index, rule);
      else break;
  }
}

/** Whether the text is about negotiations (ROLE_PATTERNS.negotiationDoc): asked once per text, not per sentence (perf23a). */
const negotiationDoc = lastOfText((text: string) => ROLE_PATTERNS.negotiationDoc.test(text));

/**
 * Rules negotiates-for.signed-for, negotiates-for.conducts-for and negotiates-for.leading-team: "X signed the protocol for Borduria", "Y, leading
 * the Syldavian team": the person before acts for the side named.
 */
function signedForOrLeading(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const negotiation = negotiationDoc(text);
  for (const h of k.hitsIn(s.start, s.end)) {
    if (h.type !== 'State' && h.type !== 'Organization') continue;
    const before = text.slice(s.start, h.start);
    const signed = ROLE_PATTERNS.signedFor.test(before);
    const conducts = !signed && ROLE_PATTERNS.conductsFor.test(before);
    // "leading the Bordurian team"; the gazetteer reads "the Bordurian delegation" whole, as a side: then the
    // sentence itself must be about negotiations ("who led the Bordurian delegation to the negotiations").
    const sideHit = /\s(?:delegation|side)$/i.test(h.surface) && ROLE_PATTERNS.talksNoun.test(s.text);
    // Rule negotiates-for.not-gathering-delegation (nf11): "led the Indian delegation at the BRICS Summit" is
    // attendance at a gathering, not negotiation.
    // rol15: "led the Qatari mediation between the two sides": a side's mediation is negotiation in view.
    const mediationTeam = /^\s+(?:mediation|facilitation)\b/.test(text.slice(h.end, h.end + 16));
    const leading =
      (negotiation || mediationTeam) &&
      !NF11_PATTERNS.atGathering.test(text.slice(h.end, h.end + 60)) &&
      (h.demonym ||
        sideHit ||
        h.type === 'Organization' ||
        /^['’]s?\s/.test(text.slice(h.end, h.end + 3)) ||
        stateAsModifier(text, h)) &&
      ROLE_PATTERNS.leadingTeam.test(before) &&
      (sideHit || ROLE_PATTERNS.teamAfterSide.test(text.slice(h.end, h.end + 40)));
    if (!signed && !conducts && !leading) continue;
    // negotiates-for.not-possessor (rol14): "X, head of President Y's office, led the Ukrainian delegation": a person in
    // the possessive is not the one who leads.
    // rol26: the nearest person before the side (the sentence's mentions come in the order the people stage added them).
    const agent = k
      .personsIn(s.index)
      .filter(([p]) => (p.to ?? p.end) <= h.start && !/^['’]s\b/.test(text.slice(p.end, p.end + 3)))
      .sort((a, b) => a[0].start - b[0].start)
      .pop();
    const rule = signed
      ? 'negotiates-for.signed-for'
      : conducts
        ? 'negotiates-for.conducts-for'
        : 'negotiates-for.leading-team';
    // Gapping: "A signed for Borduria and B for Syldavia": another side "for" which someone acts, between agent and
    // side, ends the agent's clause; "signed for Norway by X": the agent comes after (negotiates-for.signed-for-side).
    const between = agent ? k.hitsIn(agent[0].to ?? agent[0].end, h.start) : [];
    const forSide = (x: (typeof between)[number]) => /\bfor\s+(?:the\s+)?$/.test(text.slice(x.start - 9, x.start));
    if (between.some((x) => x !== h && (x.type === 'State' || x.type === 'Organization') && forSide(x))) continue;
    if ((signed || conducts) && /^\s+by\b/.test(text.slice(h.end, h.end + 6))) continue;
    if (agent) k.ctx.relate('NEGOTIATES_FOR', agent[1], k.hitKeys.get(h)!, s.index, rule);
  }
}

/**
 * Rule negotiates-for.own-leader: "the special representatives of the two leaders, A and B": each acts for the
 * leader of their own state.
 */
function ownLeader(k: RelKit): void {
  for (const c of k.people.clusters) {
    const m = c.mentions.find((x) => x.titles.some((t) => t.ownLeader));
    if (!m || !c.state) continue;
    const boss = k.leaders.find((b) => b !== c && b.state === c.state);
    if (boss) k.ctx.relate('NEGOTIATES_FOR', k.key(c), k.key(boss), m.sentence, 'negotiates-for.own-leader');
  }
}

/**
 * Rule negotiates-for.through: "Argentina … spoke for MERCOSUR through Foreign Minister X": the person the side
 * acts "through" acts for the side named after "for".
 */
function speaksThrough(k: RelKit, s: Sentence): void {
  for (const m of allMatches(s.text, ROLE_PATTERNS.speaksFor)) {
    const at = s.start + m.index + m[0].length;
    const side = sideAt(k, at - 1, at + 2);
    const through = side ? /^\s+through\s+/.exec(k.ctx.text.slice(side.end, side.end + 12)) : null;
    const p =
      side && through ? personAt(k, s, side.end + through[0].length, side.end + through[0].length + 40) : undefined;
    if (side && p) k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(side)!, s.index, 'negotiates-for.through');
  }
}

/**
 * Rule negotiates-for.fronted-side: "On the Austrian side, the agreement was signed by X", "On the Polish side, the
 * talks were led by Y": the agents after "by" act for the side the sentence opens with.
 */
function frontedSide(k: RelKit, s: Sentence): void {
  const m = ROLE_PATTERNS.frontedSide.exec(s.text);
  if (!m || !ROLE_PATTERNS.signedOrLed.test(s.text)) return;
  const side = k.hitsIn(s.start, s.start + m[0].length).find((h) => h.type === 'State' || h.type === 'Organization');
  if (!side) return;
  // "…; the TPLF side was headed by Y": a semicolon ends the fronted side's reach.
  // rol14: "…, and on the Tajik side by Y": another side named on the way ends the fronted side's reach too.
  const reaches = (t: string) =>
    /^[^;]*\bby\s+(?:\S+\s+){0,4}$/.test(t) && !/\b(?:on|for)\s+the\s+\S+\s+side\b/i.test(t);
  for (const [p, pk] of k.personsIn(s.index))
    if (reaches(k.ctx.text.slice(s.start + m[0].length, p.from ?? p.start)))
      k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(side)!, s.index, 'negotiates-for.fronted-side');
}

/** Adds NEGOTIATES_FOR and REPORTS_TO relations: every role rule, in order. */
/**
 * The words without which a rule's patterns cannot match in a sentence (gates.ts; lower case): sideBy's "signed"
 * (forSideSignedBy, the gapped "signed for") and "represented" (a representedBy match without the verb needs it in the
 * sentence); onBehalf's phrases. Whole words (`wordGate`): signedForOrLeading's verbs of signedFor, conductsFor and
 * leadingTeam; onHisBehalf's "behalf"; the role nouns of envoyOf (its role and fl14a's envoyRole) and asHisEnvoy;
 * respectivePrincipals' "respective"; speaksThrough's "through" after the side; leadersEnvoy's role nouns (envoyOf's); the
 * "side" or "delegation" of signedForSide; the verbs of represents.
 */
export const ROLE_GATES = {
  signedForOrLeading: wordGate(
    ['signed', 'initialled', 'initialed', 'negotiated', 'conduct', 'conducts', 'conducted', 'conducting'],
    ['lead', 'leads', 'leading', 'led', 'head', 'heads', 'headed', 'heading'],
  ),
  sideBy: ['signed', 'represented'],
  onBehalf: ['on behalf of', 'in the name of'],
  onHisBehalf: wordGate('behalf'),
  envoyOf: wordGate('envoy', 'emissary', 'representative'),
  respectivePrincipals: wordGate('respective'),
  speaksThrough: wordGate('through'),
  signedForSide: wordGate('side', 'delegation'),
  represents: wordGate('represented', 'represents', 'representing', 'acts', 'acted', 'acting', 'spoke', 'speaks'),
};

const gatedRoles = {
  signedForOrLeading: whenWord(ROLE_GATES.signedForOrLeading, signedForOrLeading),
  sideBy: whenWords(ROLE_GATES.sideBy, sideBy),
  onBehalf: whenWords(ROLE_GATES.onBehalf, onBehalf),
  onHisBehalf: whenWord(ROLE_GATES.onHisBehalf, onHisBehalf),
  envoyOf: whenWord(ROLE_GATES.envoyOf, envoyOf),
  asHisEnvoy: whenWord(ROLE_GATES.envoyOf, asHisEnvoy),
  respectivePrincipals: whenWord(ROLE_GATES.respectivePrincipals, respectivePrincipals),
  speaksThrough: whenWord(ROLE_GATES.speaksThrough, speaksThrough),
  leadersEnvoy: whenWord(ROLE_GATES.envoyOf, leadersEnvoy),
  signedForSide: whenWord(ROLE_GATES.signedForSide, signedForSide),
  represents: whenWord(ROLE_GATES.represents, represents),
};

export function addRoleRelations(k: RelKit): void {
  addRoles7Relations(k);
  addRoles8Relations(k);
  addRoles9Relations(k);
  addNf11Relations(k);
  addRol14Relations(k);
  addRol15Relations(k);
  addRol17Relations(k);
  addRol18Relations(k);
  addRol19Relations(k);
  addRol20Relations(k, ISSUER_AGENCIES);
  addRol21Relations(k);
  addFl24bRelations(k);
  for (const s of k.ctx.sentences) negotiationLeaders(k, s);
  for (const s of k.ctx.sentences) underLeadership(k, s);
  principalTitles(k);
  adviserOfLeader(k);
  for (const s of k.ctx.sentences) {
    respectiveSides(k, s);
    gatedRoles.onBehalf(k, s);
    gatedRoles.onHisBehalf(k, s);
    // negotiates-for.respective-principals (fl15c): "The ministers … on behalf of their respective Presidents, A and B".
    gatedRoles.respectivePrincipals(k, s);
  }
  // negotiates-for.designated-mediator (fl15c): "X is the mediator designated by the AU"; "on behalf of the Mediator".
  designatedMediator(k);
  addFl11bRoles(k);
  for (const s of k.ctx.sentences) asFacilitator(k, s);
  for (const s of k.ctx.sentences) gatedRoles.leadersEnvoy(k, s);
  for (const s of k.ctx.sentences) gatedRoles.signedForSide(k, s);
  ownLeader(k);
  for (const s of k.ctx.sentences) {
    gatedRoles.envoyOf(k, s, 'person');
    gatedRoles.asHisEnvoy(k, s);
  }
  const deferredNouns = addNegotiatorNouns(k);
  envoyOfState(k);
  for (const s of k.ctx.sentences) {
    gatedRoles.represents(k, s);
    gatedRoles.sideBy(k, s);
    gatedRoles.signedForOrLeading(k, s);
    gatedRoles.speaksThrough(k, s);
    frontedSide(k, s);
    // negotiates-for.fronted-for-side (fl32b): "For Belgium the treaty was signed by A, …, and by B, …".
    if (k.ctx.text.startsWith('For ', s.start)) addFrontedForSide(k, s);
  }
  for (const s of k.ctx.sentences) gatedRoles.envoyOf(k, s, 'side');
  addNegotiatorRelations(k);
  deferredNouns();
  addRol14Late(k);
  addRoles9Fallbacks(k);
}
