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
import { personAt } from './rules-rol20.ts';
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
  former: /\b[Tt]he\s+former\s+(?:negotiates|negotiated|speaks|spoke|acts|acted|is\s+negotiating|sits|sat)\s+for\s+(?:the\s+)?$/,
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

/** Each rule's trigger words (a sentence holding none is skipped). */
export const ROL24_GATES = {
  theirPrincipalsInOrder: wordGate('their'),
  respectivelyOnBehalf: wordGate('respectively'),
  formerLatter: wordGate('former', 'latter'),
  gappedRepresentedBy: wordGate('represented'),
  headsColonList: wordGate('heads', 'head', 'negotiators'),
  atItsHead: wordGate('head'),
};

const gated = {
  theirPrincipalsInOrder: whenWord(ROL24_GATES.theirPrincipalsInOrder, theirPrincipalsInOrder),
  respectivelyOnBehalf: whenWord(ROL24_GATES.respectivelyOnBehalf, respectivelyOnBehalf),
  formerLatter: whenWord(ROL24_GATES.formerLatter, formerLatter),
  gappedRepresentedBy: whenWord(ROL24_GATES.gappedRepresentedBy, gappedRepresentedBy),
  headsColonList: whenWord(ROL24_GATES.headsColonList, headsColonList),
  atItsHead: whenWord(ROL24_GATES.atItsHead, atItsHead),
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
  }
}
