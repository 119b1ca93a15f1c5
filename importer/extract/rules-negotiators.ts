// Who negotiates for whom, in the wordings of many issuers (issue 6, construction 8; the nf6 paraphrase bank,
// bank-roles.ts): a negotiator or envoy noun with its owner ("the EU's chief negotiator, X", "Qatar's envoy X",
// "X, the Chinese side's negotiator"), "X for the Chinese side", lists headed "For Indonesia:", sides and their
// leaders paired by "respectively", plural negotiators in apposition, and "an aide to President Y". Rule ids are
// what --explain prints.
import { gatheringList } from './rules-fl15b.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { LEADER_TITLES } from './lexicons.ts';
import type { PersonCluster } from './persons-resolve.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { startOf, endOf } from './mention-span.ts';
import { allMatches } from './text.ts';
import { cueGate, sentenceCued, whenWords } from './gates.ts';
import { isSide, sideThenBy } from './kit-people.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the negotiator rules, as named data. */
export const NEGOTIATOR_PATTERNS = {
  /** "chief negotiator", "lead negotiator", "special envoy", "Personal Envoy", "High Representative". */
  // rol14: a deputy's or an assistant's title ("Korea's deputy chief negotiator") names the same principal.
  // rol28: "Japan's chief tariff negotiator", "China's international trade representative".
  noun: /\b(?:(?:deputy|assistant|vice)\s+)?(?:(chief|lead|principal|top|special|personal|high|senior)\s+)?(?:(?:international\s+)?(?:trade|tariff|nuclear|climate|peace|border)\s+)?(negotiator|envoy|emissary|representative|sherpa|mediator|co-mediator|facilitator|point\s+(?:man|woman|person)|team\s+leader)\b/gi,
  /** Between an owner and the noun: "'s", "the Chinese side's", "the Russian President's", "the UN Secretary-General's". */
  ownerGap:
    /^(?:['’]s?|,\s+whose)?\s+(?:[A-Z][A-Z0-9]{1,5}\s+)?(?:(?:side|government|delegation|team|(President|Prime Minister|Foreign Minister|Secretary-General|Chair|Chairperson|Chairman|Chancellor|King|Emir|Crown Prince|leader)|Secretary\s+General|Chairperson-in-Office)['’]s\s+)?$/,
  /** The EU's High Representative for Foreign Affairs (and Security Policy) heads a foreign service, not talks. */
  foreignPolicyChief: /^\s+(?:of\s+the\s+(?:European\s+)?Union\s+)?for\s+(?:the\s+)?(?:Common\s+)?Foreign\b/i,
  /** A principal person's possessive: "Prime Minister Narendra Modi's special envoy". */
  personGap: /^['’]s\s+$/,
  /** The owner after the noun: "negotiator for the European Union", "envoy of Qatar". */
  ownerAfter: /^\s+(?:for|of)\s+(?:the\s+)?$/,
  /** A leader title right after an owner: "of the UN Secretary-General". */
  leaderAfter:
    /^(?:['’]s)?\s+(President|Prime Minister|Secretary-General|Chairperson-in-Office|Chair|Chairperson|Chairman|Chancellor|King|Emir)\b/,
  /** The agent after the phrase: "Qatar's envoy X", "… Personal Envoy for Western Sahara, Staffan de Mistura". */
  // rol14: "in the Trilateral Contact Group, Ambassador X", "…, former Tanzanian President X".
  agentAfter: /^(?:\s+of\s+[^,;.()]{1,100}?|\s+(?:for|on|to|at|in)\s+[^,;.()]{1,60}?)?\s*,?\s*(?:the\s+|former\s+)?$/,
  /** rol14: a negotiator's longer remit ("deputy chief negotiator for the economic partnership agreement with the Gulf
   * Cooperation Council, X"); an envoy's long remit stays a title of its own. */
  // rol15: and a title's capitalised words the person's mention left out ("…, Economic Revitalization Minister X").
  agentAfterNegotiator:
    /^(?:\s+(?:for|on|to|at|in|of)\s+[^,;.()]{1,100}?)?\s*,?\s*(?:the\s+|former\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u,
  /** The agent before the phrase: "X, the EU's chief negotiator", "X, who is Ukraine's chief negotiator"; rol21: "X
   * will remain Timor-Leste's chief negotiator". */
  /** Rule negotiates-for.remit-no-verb (rol23): the remit between the noun and the person after it holds no verb of
   * the clause or agent "by" ("EU Special Representative for the South Caucasus … Toivo Klaar met Foreign Minister X";
   * "was appointed chief negotiator of South Africa … by Minister X"): the person after is not the one so titled. */
  remitBreak:
    /\s(?:met|meets|held|holds|received|receives|said|says|told|visited|visits|discussed|welcomed|called)\s|\sby\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u,
  agentBefore:
    /^\s*,\s*(?:who\s+(?:is|was|serves\s+as|acts\s+as|served\s+as|acted\s+as|has\s+served\s+as|is\s+also|(?:was|has\s+been|had\s+been)\s+appointed(?:\s+as)?)\s+)?(?:(?:the|an?|as)\s+)*$|^\s*,?\s+(?:is|was|remains|will\s+remain|(?:will\s+|to\s+)?(?:serve|serves|served|act|acts|acted)\s+as|(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named|designated)(?:\s+as)?)\s+(?:(?:the|an?)\s+)?$/i,
  /** "A for the EU and B for New Zealand", "led by X for the Chinese side". */
  forSide: /^\s*,?\s+for\s+(?:the\s+)?$/,
  /** A sentence in which people act for sides. */
  actingSentence:
    // rol18: co-chairs, mediators, facilitators and plenipotentiaries act for their sides too.
    /negotiat|\brepresented\b|\btalks\b|consultations|\bround\b|\bsigned\b|\bsignatures?\b|\bdelegations?\b|\bled\b|\bheaded\b|\bco-chairs?\b|\bmediat|\bfacilitat|plenipotentiar/i,
  /** A line of a list headed by a side: "- For Indonesia: X", "On the Timorese side: Y". */
  listSide:
    /^\s*(?:[-•*]\s*)?(?:For|On behalf of|On the)\s+(?:the\s+)?[^:\n]{2,60}:\s*|^\s*[-•*]\s*(?:the\s+)?[^:\n]{2,40}:\s*/,
  /** "the Egyptian and Ethiopian delegations were led by A and B respectively". */
  ledRespectively:
    /\b(?:delegations|teams|sides|negotiators)\s+(?:were\s+|are\s+)?(?:led|headed|represented)\s+(?:respectively\s+)?by\s+/i,
  /** "The Special Representatives on the boundary question, A of India and B of China": plural negotiators. */
  pluralNegotiators:
    /\b(?:special\s+representatives|special\s+envoys|envoys|mediators|co-mediators|facilitators|(?:chief\s+|lead\s+)?negotiators|heads\s+of\s+(?:the\s+)?(?:two\s+)?delegations)\b[^,;.]{0,60},\s+$/i,
  /** "Speaking for the Government of Ghana, X …", "Leading the Indian side in the talks, X …", "As head of the Swiss
   * delegation to the negotiations, X …", "Representing the EU at the table was X": a sentence that opens with a role. */
  frontedRole:
    /^(?:(?:Speaking|Acting|Negotiating|Signing)\s+(?:as\s+(?:the\s+)?(?:mediator|facilitator|negotiator|envoy|representative)\s+)?(?:for|on\s+behalf\s+of)|(Representing|Leading|Heading|As\s+(?:the\s+)?(?:head|leader|chief)\s+of))\s+(?:the\s+)?/i,
  /** The main clause after a fronted role: a comma, or an inverted "was". */
  mainClause: /,\s|\s(?:was|were|is|are)\s/,
  /** Talks in view: what a fronted "Representing" or "Leading" needs to be more than attendance. */
  talks: /negotiat|\btalks\b|\btable\b|\bround\b|consultations/i,
  /** "on Canada's behalf", "in the EU's behalf". */
  possessiveBehalf: /^['’]s?\s+behalf\b/,
  /** A readout of negotiations or signatures: lists headed by a side name who acts for it. */
  negotiationDoc: /\bnegotiat|\btalks\b|\bsign(?:ed|ing|ature)|\bDone\s+at\b/i,
  /** "Ana Ruiz, deputy to Chile's Chief Negotiator X", "assistant to the Special Envoy, Y": a titled boss. */
  deputyTo: /^\s*,\s*(?:an?\s+|the\s+)?(?:deputy|assistant)\s+to\s+(?:\S+\s+){0,4}$/i,
  /** "Yuri Ushakov, an aide to President Vladimir Putin": an aide or adviser "to" a named person. */
  aideTo:
    /^\s*,\s*(?:an?\s+|the\s+)?(?:(?:senior|close|chief|top|foreign[- ]policy|diplomatic|national\s+security|special|presidential|state)\s+)*(?:aide|adviser|advisor|counsellor|counselor)\s+to\s+$/i,
};

/** The sentences negotiates-for.led-respectively reads: those holding a word cue of its pattern (perf29). */
const LED_RESPECTIVELY_GATE = cueGate(NEGOTIATOR_PATTERNS.ledRespectively);

/** The leader holding `title` of `state` named in the readout ("the Russian President's envoy": Putin, if named). */
function leaderOf(k: RelKit, state: string, title: string): PersonCluster | undefined {
  const holders = k.people.clusters.filter((c) =>
    (k.people.offices.get(c) ?? []).some((o) => o.owner === state && o.title.toLowerCase() === title.toLowerCase()),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * Rule negotiates-for.group-modifier (nf11): "Japan's G7 Sherpa", "Brazil's G20 sherpa": an organisation right before
 * the noun, itself after a state's possessive, names the forum, not the principal; the state owns the noun.
 */
function modifiedOwner(k: RelKit, s: Sentence, sides: GazetteerHit[], at: number): GazetteerHit | undefined {
  const last = sides[sides.length - 1];
  const prev = sides[sides.length - 2];
  const text = k.ctx.text;
  if (!last || !prev || last.type !== 'Organization' || prev.type !== 'State') return last;
  const adjacent = /^\s+$/.test(text.slice(last.end, at)) && /^['’]s?\s+$/.test(text.slice(prev.end, last.start));
  return adjacent && prev.start >= s.start ? prev : last;
}

/** The principal of a negotiator noun at [at, …): a side or person before it, or a side after it. */
/** A principal: its key, where its phrase starts, and whether it stands in for a leader title nobody holds here. */
type Principal = { key: string; start: number; byTitle?: boolean };

function principalOf(k: RelKit, s: Sentence, at: number, end: number, noun: string): Principal | undefined {
  const text = k.ctx.text;
  const person = k
    .personsIn(s.index)
    .filter(([p]) => p.end <= at)
    .pop();
  if (person && NEGOTIATOR_PATTERNS.personGap.test(text.slice(person[0].end, at)))
    return { key: person[1], start: startOf(person[0]) };
  const before = modifiedOwner(k, s, k.hitsIn(s.start, at).filter(isSide), at);
  const gap = before ? NEGOTIATOR_PATTERNS.ownerGap.exec(text.slice(before.end, at)) : null;
  if (before && gap) {
    const leader = gap[1] ? leaderOf(k, before.name, gap[1]) : undefined;
    const key = leader ? k.key(leader) : k.hitKeys.get(before);
    return key ? { key, start: before.start, byTitle: !!gap[1] && !leader } : undefined;
  }
  const after = k.hitsIn(end, s.end).find(isSide);
  const link = after ? NEGOTIATOR_PATTERNS.ownerAfter.exec(text.slice(end, after.start)) : null;
  // "Special Representative for Afghanistan" names a subject, "negotiator for the European Union" a principal.
  if (!after || !link || (/\bfor\b/.test(link[0]) && !/negotiator/i.test(noun))) return undefined;
  // "Special Envoy of the UN Secretary-General": the Secretary-General when the readout names them.
  const title = NEGOTIATOR_PATTERNS.leaderAfter.exec(text.slice(after.end, s.end));
  const leader = title ? leaderOf(k, after.name, title[1]!) : undefined;
  const key = leader ? k.key(leader) : k.hitKeys.get(after);
  return key ? { key, start: at, byTitle: !!title && !leader } : undefined;
}

/** The person a negotiator phrase [start, end) stands in apposition to, after it or before it. */
function agentOf(k: RelKit, s: Sentence, start: number, end: number, negotiator = false): Person | undefined {
  const text = k.ctx.text;
  const ps = k.personsIn(s.index);
  const covering = ps.find(([p]) => startOf(p) < start && endOf(p) >= end && p.end <= start);
  if (covering) return covering;
  // The first person named after the phrase (whose mention may have taken in part of the phrase as a title).
  const after = ps.find(([p]) => p.start >= end);
  const from = after ? Math.max(end, startOf(after[0])) : end;
  const gap = negotiator ? NEGOTIATOR_PATTERNS.agentAfterNegotiator : NEGOTIATOR_PATTERNS.agentAfter;
  if (after && gap.test(text.slice(end, from)) && !NEGOTIATOR_PATTERNS.remitBreak.test(text.slice(end, from)))
    return after;
  const before = ps.filter(([p]) => p.end <= start).pop();
  if (before && NEGOTIATOR_PATTERNS.agentBefore.test(text.slice(endOf(before[0]), start))) return before;
  if (before && NEGOTIATOR_PATTERNS.agentBefore.test(text.slice(before[0].end, start))) return before;
  return undefined;
}

/**
 * Rule negotiates-for.negotiator-noun: "Michel Barnier, the EU's Chief Negotiator", "Qatar's envoy X", "X, the Chinese
 * side's chief negotiator", "Prime Minister Y's special envoy, X", "the UN Secretary-General's Personal Envoy for Z, X",
 * "X, negotiator for the European Union": the person in apposition acts for the owner of the noun (the leader a
 * possessive title names when the readout names that leader, else the side).
 */
function negotiatorNoun(k: RelKit, s: Sentence, deferred: (() => void)[]): void {
  for (const m of allMatches(s.text, NEGOTIATOR_PATTERNS.noun)) {
    const qualifier = m[1]?.toLowerCase();
    if (/^representative$/i.test(m[2]!) && !/^(?:special|personal|high)$/.test(qualifier ?? '')) continue;
    const at = s.start + m.index;
    const end = at + m[0].length;
    if (qualifier === 'high' && NEGOTIATOR_PATTERNS.foreignPolicyChief.test(k.ctx.text.slice(end, s.end))) continue;
    const principal = principalOf(k, s, at, end, m[2]!);
    const agent = principal ? agentOf(k, s, principal.start, end, /negotiator|team\s+leader/i.test(m[2]!)) : undefined;
    if (!principal || !agent || agent[1] === principal.key) continue;
    const relate = () =>
      k.ctx.relate('NEGOTIATES_FOR', agent[1], principal.key, s.index, 'negotiates-for.negotiator-noun');
    // "Special Representative of the OSCE Chairperson-in-Office, who acts on behalf of … X": a person named as principal
    // by any other rule wins over the organisation standing in for an unnamed title holder.
    if (principal.byTitle)
      deferred.push(() => {
        if (!actsForPerson(k, agent[1])) relate();
      });
    else relate();
  }
}

/** Whether another rule already gives the person a person as principal. */
const actsForPerson = (k: RelKit, key: string) =>
  k.ctx.relationsOf('NEGOTIATES_FOR').some((r) => r.from === key && k.ctx.entity(r.to)?.type === 'Person');

/**
 * Runs negotiates-for.negotiator-noun over the readout (before the rules that fall back on an office's state) and
 * gives back what must wait for every other rule: the principals that stand in for an unnamed title holder.
 */
export function addNegotiatorNouns(k: RelKit): () => void {
  const deferred: (() => void)[] = [];
  for (const s of k.ctx.sentences) negotiatorNoun(k, s, deferred);
  return () => deferred.forEach((f) => f());
}

/**
 * Rule negotiates-for.for-side: "The talks were led by Vice Premier X for the Chinese side and by Secretary Y for the
 * American side", "the two chief negotiators, A for the EU and B for New Zealand": a person followed by "for" a side,
 * in a sentence of talks, signatures or delegations.
 */
function forSide(k: RelKit, s: Sentence): void {
  if (!NEGOTIATOR_PATTERNS.actingSentence.test(s.text)) return;
  const sides = k.hitsIn(s.start, s.end).filter(isSide);
  if (!sides.length) return;
  // rol18: the nearest person before the side in text order (rules add people out of order).
  const ps = [...k.personsIn(s.index)].sort((a, b) => a[0].start - b[0].start);
  for (const h of sides) {
    const agent = ps.filter(([p]) => p.end <= h.start).pop();
    if (!agent || sideThenBy(k.ctx.text, h, s.end)) continue;
    const gap = [endOf(agent[0]), agent[0].end].some(
      (e) => e <= h.start && NEGOTIATOR_PATTERNS.forSide.test(k.ctx.text.slice(e, h.start)),
    );
    if (gap) k.ctx.relate('NEGOTIATES_FOR', agent[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.for-side');
  }
}

/** Rule negotiates-for.side-list: "Heads of delegation: - For Indonesia: X, …": the people of a line headed by a side. */
function sideList(k: RelKit, s: Sentence, negotiation: boolean): void {
  const m = NEGOTIATOR_PATTERNS.listSide.exec(s.text);
  if (!m || !negotiation) return;
  const side = k.hitsIn(s.start, s.start + m[0].length).find(isSide);
  const key = side ? k.hitKeys.get(side) : undefined;
  if (!key) return;
  for (const [p, pk] of k.personsIn(s.index))
    if (p.start >= s.start + m[0].length && !gatheringList(k.ctx.text, p.start))
      k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.side-list');
}

/**
 * Rule negotiates-for.led-respectively: "the Egyptian and Ethiopian delegations were led by A and B respectively":
 * the sides before "led by" paired in order with the people after it.
 */
function ledRespectively(k: RelKit, s: Sentence): void {
  const m = sentenceCued(k, s, LED_RESPECTIVELY_GATE) ? NEGOTIATOR_PATTERNS.ledRespectively.exec(s.text) : null;
  if (!m || !/\brespectively\b/.test(s.text)) return;
  const at = s.start + m.index;
  const clause = s.start + Math.max(0, s.text.slice(0, m.index).lastIndexOf(','));
  const sides = k.hitsIn(clause, at + m[0].length).filter(isSide);
  const agents = k.personsIn(s.index).filter(([p]) => p.start > at);
  if (sides.length < 2 || agents.length !== sides.length) return;
  agents.forEach(([, pk], i) =>
    k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(sides[i]!)!, s.index, 'negotiates-for.led-respectively'),
  );
}

/**
 * Rule negotiates-for.plural-negotiators: "The Special Representatives on the boundary question, Adviser A of India
 * and Minister B of China": each negotiator of the coordinated apposition acts for their own state.
 */
function pluralNegotiators(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const ps = k.personsIn(s.index);
  // rol17: a plural noun inside an organisation's name is none ("The African Group of Negotiators' chair, X of Kenya").
  const inOrg = (at: number) =>
    k.hitsIn(s.start, s.end).some((h) => h.type === 'Organization' && h.start <= at && at < h.end);
  const first = ps.findIndex(([p]) => {
    const m = NEGOTIATOR_PATTERNS.pluralNegotiators.exec(text.slice(s.start, startOf(p)));
    return !!m && !inOrg(s.start + m.index);
  });
  if (first < 0) return;
  let prev = ps[first]![0];
  for (const [p, pk] of ps.slice(first)) {
    if (p !== prev && !/^\s*(?:,|,?\s+and)\s+$/.test(text.slice(endOf(prev), startOf(p)))) break;
    prev = p;
    if (k.ctx.hasRelationFrom('NEGOTIATES_FOR', pk)) continue;
    // Only a state the apposition names ("A of India"): a title's state may be the issuer's guess.
    const state = p.ofState;
    const key = state ? k.stateKey(state) : undefined;
    if (key) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.plural-negotiators');
  }
}

/** Rule reports-to.aide-to: "Yuri Ushakov, an aide to President Vladimir Putin": the aide reports to the person. */
function aideTo(k: RelKit, s: Sentence): void {
  // rol14: in text order (a sentence's mentions are not: "X, chief adviser to President Y" may list Y first).
  const ps = [...k.personsIn(s.index)].sort(([a], [b]) => startOf(a) - startOf(b));
  ps.forEach(([p, pk], i) => {
    const boss = ps[i + 1];
    if (!boss) return;
    const gap = k.ctx.text.slice(p.end, startOf(boss[0]));
    const gapTitle = k.ctx.text.slice(p.end, boss[0].start);
    if (NEGOTIATOR_PATTERNS.aideTo.test(gap) || aideBeforeTitle(gapTitle, boss[0]))
      k.ctx.relate('REPORTS_TO', pk, boss[1], s.index, 'reports-to.aide-to');
  });
}

/** "an aide to Russian President Putin": the gap up to the name, less the boss's own leader title. */
const aideBeforeTitle = (gap: string, boss: PersonMention) =>
  (boss.titles.some((t) => LEADER_TITLES.test(t.title)) &&
    /^\s*,\s*(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?(?:aide|adviser|advisor)\s+to\s+(?:\S+\s+){1,4}$/i.test(gap)) ||
  (boss.titles.length > 0 && NEGOTIATOR_PATTERNS.deputyTo.test(gap));

/**
 * Rule negotiates-for.fronted-role: "Speaking for the Government of Ghana, Deputy Minister X initialled …", "Leading
 * the Indian side in the trade talks, Secretary Y met …", "Representing the EU at the negotiating table was Z": the
 * first person of the main clause acts for the side the opening names (a fronted "Representing" or "Leading" only
 * with talks in view: "Representing Germany at the funeral" is attendance).
 */
function frontedRole(k: RelKit, s: Sentence): void {
  const m = NEGOTIATOR_PATTERNS.frontedRole.exec(s.text);
  if (!m || (m[1] && !NEGOTIATOR_PATTERNS.talks.test(s.text))) return;
  const at = s.start + m[0].length;
  const side = k.hitsIn(s.start, s.end).find((h) => isSide(h) && h.start >= at - 4 && h.start <= at + 4);
  // "Negotiating on behalf of President X, Y met …": a person named as the principal.
  const boss = side ? undefined : k.personsIn(s.index).find(([p]) => Math.abs(startOf(p) - at) <= 4);
  const key = side ? k.hitKeys.get(side) : boss?.[1];
  const open = side
    ? { start: side.start, end: side.end }
    : boss
      ? { start: startOf(boss[0]), end: endOf(boss[0]) }
      : undefined;
  if (!open || !key || !/^(?:the\s+)?$/i.test(k.ctx.text.slice(at, Math.max(at, open.start)))) return;
  const main = NEGOTIATOR_PATTERNS.mainClause.exec(k.ctx.text.slice(open.end, s.end));
  const from = main ? open.end + main.index : s.end;
  const agent = k.personsIn(s.index).find(([p]) => p.start >= from);
  if (agent && agent[1] !== key) k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.fronted-role');
}

/**
 * Rule negotiates-for.possessive-behalf: "X signed on Canada's behalf", "Negotiating on Canada's behalf, X met …": the
 * person before (in the same clause), else the first person of the main clause, acts for the side.
 */
function possessiveBehalf(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    if (!NEGOTIATOR_PATTERNS.possessiveBehalf.test(text.slice(h.end, h.end + 10))) continue;
    if (!/\b(?:on|in)\s+(?:the\s+)?$/i.test(text.slice(h.start - 8, h.start))) continue;
    const before = k
      .personsIn(s.index)
      .filter(([p]) => p.end <= h.start && !/[;,]/.test(text.slice(endOf(p), h.start)))
      .pop();
    const comma = text.indexOf(',', h.end);
    const after = comma < s.end && comma >= 0 ? k.personsIn(s.index).find(([p]) => p.start > comma) : undefined;
    const agent = before ?? after;
    const key = k.hitKeys.get(h);
    if (agent && key) k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.possessive-behalf');
  }
}

/** Adds the negotiator rules' NEGOTIATES_FOR and REPORTS_TO relations. */
/** The words without which aideTo's patterns (aideTo, deputyTo, aideBeforeTitle's) cannot match (gates.ts). */
export const AIDE_TO_NEEDS = ['aide', 'advis', 'counsel', 'deputy', 'assistant'];
const aideToGated = whenWords(AIDE_TO_NEEDS, aideTo);

export function addNegotiatorRelations(k: RelKit): void {
  const negotiation = NEGOTIATOR_PATTERNS.negotiationDoc.test(k.ctx.text);
  for (const s of k.ctx.sentences) {
    forSide(k, s);
    sideList(k, s, negotiation);
    ledRespectively(k, s);
    aideToGated(k, s);
    frontedRole(k, s);
    possessiveBehalf(k, s);
  }
  for (const s of k.ctx.sentences) pluralNegotiators(k, s);
}
