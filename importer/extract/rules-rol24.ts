// The rol24 round's role rules (issue 6), written on the fifteenth, blind roles bank (bank-roles-15.ts): agents and
// principals paired in order ("A and B … on behalf of their leaders, P and Q"; "A, B and C signed on behalf of the
// governments of X, Y and Z respectively"), "the former … for X, the latter for Y" after a sentence that names two
// people, a gapped second side of "represented by" ("X was represented by A, the DRC by B"), a colon list of heads of
// delegation ("Heads of delegation: Norway — State Secretary A; Iceland — Ambassador B") and "At its head is …" after a
// side's delegation.
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { startOf } from './mention-span.ts';
import { isSide, peopleInOrder } from './kit-people.ts';
import { personAt, talksAround } from './rules-rol20.ts';
import { whenWord, wordGate } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol24 rules, as named data. */
export const ROL24_PATTERNS = {
  /** "on behalf of their leaders, " / "on behalf of their respective Presidents, ": plural principals named next. */
  theirPrincipals:
    /\bon\s+behalf\s+of\s+their\s+(?:respective\s+)?(?:leaders|Presidents|presidents|Heads\s+of\s+State|heads\s+of\s+state|Prime\s+Ministers|prime\s+ministers|principals)\s*,\s+/,
  /** "on behalf of the governments of " / "on behalf of ": the sides of a "respectively" list follow. */
  behalfOfSides: /\bon\s+behalf\s+of\s+(?:the\s+(?:governments|Governments|peoples)\s+of\s+)?(?:the\s+)?/,
  /** Between two people of a list: a comma, "and" or both. */
  listGap: /^\s*(?:,\s*(?:and\s+)?|and\s+)$/,
  /** Between two sides of a list: a comma, "and", "the". */
  sideGap: /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/,
  respectivelyAfter: /^\s*,?\s*respectively\b/,
  /** "The former negotiates for X", "the latter for Y": the verb is optional in the second clause. */
  former:
    /\b[Tt]he\s+former\s+(?:negotiates|negotiated|speaks|spoke|acts|acted|is\s+negotiating|sits|sat)\s+for\s+(?:the\s+)?$/,
  latter:
    /\b[Tt]he\s+latter\s+(?:(?:negotiates|negotiated|speaks|spoke|acts|acted|is\s+negotiating|sits|sat)\s+)?for\s+(?:the\s+)?$/,
  /** "X was represented by" earlier in the sentence: a gapped ", the DRC by B" may follow. */
  representedBy: /\b(?:was|were)\s+represented\s+by\b/,
  gappedBefore: /[,;]\s+(?:and\s+)?(?:the\s+)?$/,
  gappedBy: /^\s+by\s+/,
  /** Up to a title of four words before the name. */
  titleGap: /^(?:\s*(?:its|his|her|their|the)?\s*(?:[\p{L}.'’-]+\s+){0,4})?$/u,
  /** "Heads of delegation:", "Chief negotiators:", "Negotiators:" opening a colon list. */
  headsList:
    /\b(?:[Hh]eads?\s+of\s+(?:the\s+)?[Dd]elegations?|[Cc]hief\s+[Nn]egotiators|[Ll]ead\s+[Nn]egotiators|[Nn]egotiators)\s*:\s+/,
  /** Before a side of the list: the colon or a semicolon. */
  itemBefore: /[:;]\s*(?:the\s+)?$/,
  /** After a side of the list: a dash or a colon, then the person. */
  itemAfter: /^\s*[—–-]\s*|^\s*:\s+/,
  /** "At its head is the Minister of Foreign Affairs, X." opening a sentence. */
  atItsHead: /^\s*At\s+(?:its|the)\s+head\s+(?:is|was|stands|stood)\s+/,
  /** After a side: its delegation or team ("Vanuatu's delegation", "The Vanuatu delegation"). */
  sidesDelegation: /^(?:['’]s?)?\s+(?:negotiating\s+)?(?:delegation|team|panel)\b/,
  /** "Speaking for the African Group, " / "Negotiating on behalf of the EU, " opening a sentence. */
  speakingForBefore: /^\s*(?:Speaking|Negotiating|Acting)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/,
  commaAfter: /^\s*,\s+/,
  /** Between the fronted side's comma and its speaker: an apposition of a few words at most, no clause. */
  appositionGap: /^(?:[^,;.]{0,60},\s+)?(?:(?:its|the|his|her)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u,
  /** A state's head of delegation in apposition: "Ghana's head of delegation, ". */
  headOfDelegationOf: /^['’]s?\s+(?:head\s+of\s+(?:the\s+)?delegation|delegation\s+head)\s*,\s+/,
  /** ", the facilitator of the … Dialogue designated by the " before a side. */
  roleDesignatedBy:
    /^\s*,\s+(?:the\s+|a\s+)?(?:(?:chief|lead|special|personal|joint)\s+)?(?:facilitator|mediator|envoy|representative|negotiator)\b[^,;.]{0,60}?\b(?:designated|appointed|mandated|named|nominated)\s+by\s+(?:the\s+)?$/i,
  /** ", who represents the " before an organisation whose chair or presidency follows. */
  whoRepresents: /^\s*,\s+who\s+(?:represents|represented|is\s+representing)\s+(?:the\s+)?$/,
  orgChair:
    /^\s+(?:Chairpersonship|Chairmanship|Chair|Presidency|Chairperson-in-Office|Chairman-in-Office|Secretary-General)\b/,
  /** "X reports to", "X will report directly to": the superior follows. */
  reportsTo: /\s+(?:reports|reported|will\s+report|is\s+to\s+report|shall\s+report)\s+(?:directly\s+)?to\s+(?:the\s+)?/,
  /** The surname opening the sentence right before "reports to". */
  surnameBefore: /^\s*(\p{Lu}[\p{L}'’-]+)$/u,
  /** Between "reports to (the)" and the superior's name: a title of up to six words and a comma. */
  superiorGap: /^(?:(?:[\p{L}.'’-]+\s+){0,6}?[\p{L}.'’-]+\s*,\s+)?$/u,
  /** A deputy negotiator's title. */
  deputyNegotiator: /\bdeputy\b.*\bnegotiator\b|\bdeputy\s+head\s+of\s+(?:the\s+)?delegation\b/i,
  /** Between the deputy and the chief: who works under the chief's authority. */
  underChief:
    /\b(?:under\s+the\s+(?:authority|direction|leadership|supervision|guidance)\s+of|reports\s+to|deputy\s+to|assists)\b/,
};

const P = ROL24_PATTERNS;

const endOf = (p: PersonMention) => p.to ?? p.end;

/** The people of `s` from `from` on that form a list (joined by commas and "and"), in order. */
function peopleList(k: RelKit, s: Sentence, from: number, to = s.end): Person[] {
  const text = k.ctx.text;
  const out: Person[] = [];
  for (const p of peopleInOrder(k, s).filter(([m]) => startOf(m) >= from && m.end <= to)) {
    const last = out[out.length - 1];
    if (last && !P.listGap.test(text.slice(endOf(last[0]), startOf(p[0])))) break;
    out.push(p);
  }
  return out;
}

/** The list of people that ends right before `at` (a gap of at most a short verb phrase may follow it). */
function peopleListBefore(k: RelKit, s: Sentence, at: number): Person[] {
  const text = k.ctx.text;
  const before = peopleInOrder(k, s).filter(([m]) => m.end <= at);
  const out: Person[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i]!;
    const first = out[0];
    if (first && !P.listGap.test(text.slice(endOf(p[0]), startOf(first[0])))) break;
    out.unshift(p);
  }
  return out;
}

/** The sides of [from, to) joined by commas and "and", from the first on. */
function sideListFrom(k: RelKit, from: number, to: number): GazetteerHit[] {
  const text = k.ctx.text;
  const list: GazetteerHit[] = [];
  for (const h of k.hitsIn(from, to).filter(isSide)) {
    const last = list[list.length - 1];
    if (last && h.start < last.end) continue;
    if (last && !P.sideGap.test(text.slice(last.end, h.start))) break;
    list.push(h);
  }
  return list;
}

/** Relates each agent to its principal in order and drops what the sentence gave an agent for another of them. */
function pairInOrder(k: RelKit, s: Sentence, agents: string[], principals: string[], rule: string): void {
  const own = new Map(agents.map((a, i) => [a, principals[i]!]));
  const listed = new Set(principals);
  k.ctx.replaceRelations(
    k.ctx.relations.filter(
      (r) =>
        !(r.type === 'NEGOTIATES_FOR' && r.sentence === s.index && own.has(r.from) && listed.has(r.to)) ||
        own.get(r.from) === r.to,
    ),
  );
  for (const [a, to] of own) if (a !== to) k.ctx.relate('NEGOTIATES_FOR', a, to, s.index, rule);
}

/**
 * Rule negotiates-for.their-principals-in-order: "A and B held talks … on behalf of their leaders, P and Q": as many
 * agents before as principals after, each agent for the principal in the same place, none for the other.
 */
function theirPrincipalsInOrder(k: RelKit, s: Sentence): void {
  const cue = P.theirPrincipals.exec(s.text);
  if (!cue) return;
  const at = s.start + cue.index;
  const principals = peopleList(k, s, at + cue[0].length);
  const agents = peopleListBefore(k, s, at);
  if (principals.length < 2 || agents.length !== principals.length) return;
  const keys = (ps: Person[]) => ps.map(([, pk]) => pk);
  pairInOrder(k, s, keys(agents), keys(principals), 'negotiates-for.their-principals-in-order');
}

/**
 * Rule negotiates-for.respectively-on-behalf: "A, B and C signed on behalf of the governments of X, Y and Z
 * respectively": a list of people before "on behalf of", a list of as many sides after it closed by "respectively".
 */
function respectivelyOnBehalf(k: RelKit, s: Sentence): void {
  const cue = P.behalfOfSides.exec(s.text);
  if (!cue) return;
  const at = s.start + cue.index;
  const sides = sideListFrom(k, at + cue[0].length, s.end);
  const last = sides[sides.length - 1];
  if (sides.length < 2 || !last || !P.respectivelyAfter.test(k.ctx.text.slice(last.end, s.end))) return;
  const agents = peopleListBefore(k, s, at);
  if (agents.length !== sides.length) return;
  const keys = sides.map((h) => k.hitKeys.get(h));
  if (keys.some((x) => !x)) return;
  pairInOrder(
    k,
    s,
    agents.map(([, pk]) => pk),
    keys as string[],
    'negotiates-for.respectively-on-behalf',
  );
}

/**
 * Rule negotiates-for.former-latter: "A and B met in Geneva. The former negotiates for Serbia, the latter for Kosovo":
 * the first and second person of the sentence before, each for the side named after its word.
 */
function formerLatter(k: RelKit, s: Sentence): void {
  const prev = k.ctx.sentences[s.index - 1];
  if (!prev) return;
  const people = peopleInOrder(k, prev);
  if (people.length !== 2) return;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const before = text.slice(Math.max(s.start, h.start - 60), h.start);
    const who = P.former.test(before) ? people[0] : P.latter.test(before) ? people[1] : undefined;
    if (who) k.ctx.relate('NEGOTIATES_FOR', who[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.former-latter');
  }
}

/**
 * Rule negotiates-for.gapped-represented-by: "Rwanda was represented by Minister A, the DRC by Minister B": the second
 * side of a gapped "represented by" clause, and the person after its "by".
 */
function gappedRepresentedBy(k: RelKit, s: Sentence): void {
  const cue = P.representedBy.exec(s.text);
  if (!cue) return;
  const text = k.ctx.text;
  const from = s.start + cue.index + cue[0].length;
  for (const h of k.hitsIn(from, s.end).filter(isSide)) {
    const by = P.gappedBy.exec(text.slice(h.end, s.end));
    if (!by || !P.gappedBefore.test(text.slice(from, h.start))) continue;
    const p = personAt(k, s, h.end + by[0].length, P.titleGap);
    if (p) k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.gapped-represented-by');
  }
}

/**
 * Rule negotiates-for.heads-colon-list: "Heads of delegation: Norway — State Secretary A; Iceland — Ambassador B": each
 * side of the list and the person after its dash or colon.
 */
function headsColonList(k: RelKit, s: Sentence): void {
  const cue = P.headsList.exec(s.text);
  if (!cue) return;
  const text = k.ctx.text;
  const from = s.start + cue.index + cue[0].length - 2;
  for (const h of k.hitsIn(from, s.end).filter(isSide)) {
    const dash = P.itemAfter.exec(text.slice(h.end, s.end));
    if (!dash || !P.itemBefore.test(text.slice(from, h.start))) continue;
    const p = personAt(k, s, h.end + dash[0].length, P.titleGap);
    if (p) k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.heads-colon-list');
  }
}

/**
 * Rule negotiates-for.at-its-head: "Vanuatu's delegation to the talks … arrived in Nouméa. At its head is the Minister
 * of Foreign Affairs, X.": the head of the delegation of the side that opens the sentence before.
 */
function atItsHead(k: RelKit, s: Sentence): void {
  const cue = P.atItsHead.exec(s.text);
  const prev = k.ctx.sentences[s.index - 1];
  if (!cue || !prev) return;
  const text = k.ctx.text;
  const side = k
    .hitsIn(prev.start, prev.end)
    .filter(isSide)
    .find((h) => /^\s*(?:The\s+)?$/.test(text.slice(prev.start, h.start)) && P.sidesDelegation.test(text.slice(h.end)));
  const p = side ? personAt(k, s, s.start + cue.index + cue[0].length, /^[^.;]{0,80}$/) : undefined;
  if (side && p) k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(side)!, s.index, 'negotiates-for.at-its-head');
}

/**
 * Rule negotiates-for.speaking-for-fronted: "Speaking for the African Group, Ghana's head of delegation, Ambassador X,
 * called for …" in negotiations: the first person after the fronted side's comma speaks for it.
 */
function speakingForFronted(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const h = k.hitsIn(s.start, s.end).filter(isSide)[0];
  if (!h || !P.speakingForBefore.test(text.slice(s.start, h.start)) || !talksAround(k, s)) return;
  const comma = P.commaAfter.exec(text.slice(h.end, s.end));
  const p = comma ? personAt(k, s, h.end + comma[0].length, P.appositionGap) : undefined;
  if (p) k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.speaking-for-fronted');
}

/** Rule negotiates-for.state-head-of-delegation: "Ghana's head of delegation, Ambassador X," in negotiations. */
function stateHeadOfDelegation(k: RelKit, s: Sentence): void {
  if (!talksAround(k, s)) return;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'State' && !x.demonym)) {
    const cue = P.headOfDelegationOf.exec(text.slice(h.end, s.end));
    const p = cue ? personAt(k, s, h.end + cue[0].length, P.titleGap) : undefined;
    if (p) k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.state-head-of-delegation');
  }
}

/**
 * Rule negotiates-for.role-designated-by: "Sir X, the facilitator of the Inter-Congolese Dialogue designated by the
 * SADC," / "X, the mediator appointed by IGAD,": the body that designated the facilitator, mediator or envoy.
 */
function roleDesignatedBy(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const sides = k.hitsIn(s.start, s.end).filter(isSide);
  for (const [p, pk] of peopleInOrder(k, s)) {
    const end = endOf(p);
    const side = sides.find((h) => h.start > end && P.roleDesignatedBy.test(text.slice(end, h.start)));
    if (side) k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(side)!, s.index, 'negotiates-for.role-designated-by');
  }
}

/** Rule negotiates-for.represents-org-chair: "X, who represents the OSCE Chairpersonship in …": the organisation. */
function representsOrgChair(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const orgs = k.hitsIn(s.start, s.end).filter((h) => h.type === 'Organization');
  for (const [p, pk] of peopleInOrder(k, s)) {
    const end = endOf(p);
    const org = orgs.find(
      (h) => h.start > end && P.whoRepresents.test(text.slice(end, h.start)) && P.orgChair.test(text.slice(h.end)),
    );
    if (org) k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(org)!, s.index, 'negotiates-for.represents-org-chair');
  }
}

/**
 * A person told earlier by the surname that opens the sentence's clause before `at` ("… X. Valerio reports to"): a
 * sentence-initial surname is no mention of its own.
 */
function surnameSubject(k: RelKit, s: Sentence, at: number): string | undefined {
  const w = P.surnameBefore.exec(k.ctx.text.slice(s.start, at));
  if (!w) return undefined;
  const c = k.people.clusters.find(
    (x) => x.tokens[x.tokens.length - 1] === w[1] && x.mentions.some((m) => m.sentence < s.index),
  );
  return c ? k.key(c) : undefined;
}

/** Rule reports-to.reports-to-named: "X reports to the Minister of Foreign Trade, Y": the superior named after "to". */
function reportsToNamed(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const subjects: [number, string | undefined][] = peopleInOrder(k, s).map(([p, pk]) => [p.end, pk]);
  const bare = P.reportsTo.exec(s.text);
  if (bare) subjects.push([s.start + bare.index, surnameSubject(k, s, s.start + bare.index)]);
  for (const [end, pk] of subjects) {
    const cue = pk ? P.reportsTo.exec(text.slice(end, s.end)) : null;
    if (!cue || cue.index > 0) continue;
    const boss = personAt(k, s, end + cue[0].length, P.superiorGap);
    if (boss && boss[1] !== pk) k.ctx.relate('REPORTS_TO', pk!, boss[1], s.index, 'reports-to.reports-to-named');
  }
}

/**
 * Rule negotiates-for.deputy-of-negotiator: "Deputy chief negotiator A, who works under the authority of the EU chief
 * negotiator B,": a deputy negotiator under a negotiator of the sentence acts for the same sides.
 */
function deputyOfNegotiator(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = peopleInOrder(k, s);
  for (const [d, dk] of people) {
    const told = text.slice(Math.max(s.start, startOf(d) - 40), d.start);
    if (!d.titles.some((t) => P.deputyNegotiator.test(t.title)) && !P.deputyNegotiator.test(told)) continue;
    for (const [c, ck] of people) {
      if (startOf(c) <= d.end || !P.underChief.test(text.slice(d.end, startOf(c)))) continue;
      const sides = k.ctx.relations.filter(
        (r) => r.type === 'NEGOTIATES_FOR' && r.from === ck && r.sentence === s.index,
      );
      for (const r of sides)
        if (r.to !== dk) k.ctx.relate('NEGOTIATES_FOR', dk, r.to, s.index, 'negotiates-for.deputy-of-negotiator');
    }
  }
}

/** Each rule's trigger words (a sentence holding none is skipped). */
export const ROL24_GATES = {
  theirPrincipalsInOrder: wordGate('their'),
  respectivelyOnBehalf: wordGate('respectively'),
  formerLatter: wordGate('former', 'latter'),
  gappedRepresentedBy: wordGate('represented'),
  headsColonList: wordGate('heads', 'head', 'negotiators'),
  atItsHead: wordGate('head'),
  speakingForFronted: wordGate('speaking', 'negotiating', 'acting'),
  stateHeadOfDelegation: wordGate('head'),
  roleDesignatedBy: wordGate('designated', 'appointed', 'mandated', 'named', 'nominated'),
  representsOrgChair: wordGate('represents', 'represented', 'representing'),
  reportsToNamed: wordGate('reports', 'reported', 'report'),
  deputyOfNegotiator: wordGate('deputy'),
};

const gated = {
  theirPrincipalsInOrder: whenWord(ROL24_GATES.theirPrincipalsInOrder, theirPrincipalsInOrder),
  respectivelyOnBehalf: whenWord(ROL24_GATES.respectivelyOnBehalf, respectivelyOnBehalf),
  formerLatter: whenWord(ROL24_GATES.formerLatter, formerLatter),
  gappedRepresentedBy: whenWord(ROL24_GATES.gappedRepresentedBy, gappedRepresentedBy),
  headsColonList: whenWord(ROL24_GATES.headsColonList, headsColonList),
  atItsHead: whenWord(ROL24_GATES.atItsHead, atItsHead),
  speakingForFronted: whenWord(ROL24_GATES.speakingForFronted, speakingForFronted),
  stateHeadOfDelegation: whenWord(ROL24_GATES.stateHeadOfDelegation, stateHeadOfDelegation),
  roleDesignatedBy: whenWord(ROL24_GATES.roleDesignatedBy, roleDesignatedBy),
  representsOrgChair: whenWord(ROL24_GATES.representsOrgChair, representsOrgChair),
  reportsToNamed: whenWord(ROL24_GATES.reportsToNamed, reportsToNamed),
  deputyOfNegotiator: whenWord(ROL24_GATES.deputyOfNegotiator, deputyOfNegotiator),
};

/** Adds the rol24 rules' relations. */
export function addRol24Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.theirPrincipalsInOrder(k, s);
    gated.respectivelyOnBehalf(k, s);
    gated.formerLatter(k, s);
    gated.gappedRepresentedBy(k, s);
    gated.headsColonList(k, s);
    gated.atItsHead(k, s);
    gated.speakingForFronted(k, s);
    gated.stateHeadOfDelegation(k, s);
    gated.roleDesignatedBy(k, s);
    gated.representsOrgChair(k, s);
    gated.reportsToNamed(k, s);
    gated.deputyOfNegotiator(k, s);
  }
}
