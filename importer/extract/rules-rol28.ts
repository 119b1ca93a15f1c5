// The rol28 round's role rules (issue 6), written on the nineteenth, blind roles bank (bank-roles-19.ts): plural heads
// of the two sides named after their sides were told ("The chief negotiators of the two sides, A and B", "The
// Special Representatives of S and T on the boundary question, A and B"); people "who lead their countries'
// delegations" or "who lead S's negotiations"; "on the part of S … by A"; the lists of a side "represented by A, B and
// C" (not a delegation that "included" them: the annotated samples give visiting delegations no side); the government's delegation "headed by A", "A represented the Federal
// Government", "S's transitional authorities, represented by A". Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { isSide } from './kit-people.ts';
import { whenWord, wordGate } from './gates.ts';
import { governmentStateKey } from './rules-rol25.ts';
import { personAt, sameEntity, talksAround } from './rules-rol20.ts';
import { addRol27Relations } from './rules-rol27.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol28 rules, as named data. */
export const ROL28_PATTERNS = {
  /** "The chief negotiators of the two sides, ", "The heads of the two delegations, ", "The two chief negotiators, ". */
  pluralTwo:
    /\b(?:(?:(?:chief|lead|principal)\s+)?negotiators|heads\s+of\s+(?:the\s+)?delegations?|special\s+(?:envoys|representatives))\s+of\s+the\s+two\s+(?:sides|countries|parties|delegations|governments|states)\s*,\s+|\b[Tt]he\s+two\s+(?:(?:chief|lead)\s+)?(?:negotiators|heads\s+of\s+delegation)\s*,\s+/gi,
  /** A plural head noun and "of" right before the first of its sides. */
  pluralOf:
    /\b(?:(?:chief|lead|principal)\s+negotiators|special\s+(?:envoys|representatives)|heads\s+of\s+(?:the\s+)?delegations?)\s+of\s+(?:the\s+)?$/i,
  /** After the sides of a plural head: a short tail ("on the boundary question") and the comma before the names. */
  sidesTail: /^\s+(?:on|for|in|at)\s+[^,;.]{1,60},\s+/,
  /** Between two coordinated sides: "Serbia and Kosovo", "Colombia's Government and the ELN". */
  sidePair: /^(?:['’]s\s+(?:[Gg]overnment|[Aa]uthorities))?\s*(?:,|,?\s+and)\s+(?:the\s+)?$/,
  /** Between two listed people: a "for the X" tail or an apposition, ", " or " and ", the next one's titles. */
  listGap:
    /^(?:\s+for\s+(?:the\s+)?[\p{L}'’ -]{1,40}?|\s*,\s+[^;,]{1,90}(?:,\s+[^;,]{1,60})?,)?\s*(?:,|,?\s+and)\s+(?:[A-Z][\p{L}.'’-]*\s+){0,6}$/u,
  /** Before the first listed person: capitalised titles only ("National Security Adviser"). */
  titles: /^\s*(?:(?:the|of|for)\s+|[A-Z][\p{L}.'’-]*\s+){0,8}$/u,
  /** ", who lead", ", who headed", ", who are leading": a relative clause of leading after the people. */
  whoLead: /,\s+who\s+(?:lead|led|head|headed|are\s+leading|were\s+leading)\s+/g,
  /** After "who lead": "their countries' delegations", "their respective teams". */
  ownNoun:
    /^their\s+(?:countries['’]|respective|own)\s+(?:[a-z-]+\s+){0,2}(?:delegations|teams|negotiations|talks|sides)\b/,
  /** After a side told by "who lead": "'s tariff negotiations", "'s delegation". */
  possNoun: /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:delegations?|teams?|negotiations|talks|side)\b/,
  /** "on the part of (the)" before a side. */
  partOf: /\bon\s+the\s+part\s+of\s+(?:the\s+)?/gi,
  /** From the side of "on the part of" to its agent: "… was signed by", " by". */
  partBy: /^[^;]{0,120}?\bby\s+/,
  /** A verb of acting for a side in the sentence of "on the part of". */
  partVerb: /\b(?:signed|initial(?:l)?ed|led|headed|represented|negotiated|conducted|concluded)\b/,
  /** After a side: its side, delegation or team "is represented by", "was led by" (not "included": attendance). */
  sideList:
    /^(?:['’]s)?(\s+(?:(?:negotiating|technical|expert|peace|dialogue)\s+){0,2}(?:side|delegation|team|mission|commission|panel|(?:experts['’]?|working)\s+group))?\s*,?\s+(?:(?:(?:was|is|were|are|has\s+been)\s+)?(?:represented|led|headed|chaired)\s+by)\s+/,
  /** A negotiation beside talks: a delimitation, a consultation mechanism, a staff-level agreement. */
  business: /\bdelimitation\b|\bdemarcation\b|\bconsultation\s+mechanism\b|\bstaff-level\b|\bnegotiat/i,
  /** Between two people of a side's list: ", " or " and ", the next one's titles, lower-case too (not "while"). */
  sideGap: /^\s*(?:,|,?\s+and)\s+(?:(?!(?:while|whereas|but|who|which|with|by)\b)[\p{L}.'’-]+\s+){0,6}$/u,
  /** ", …, and by B": the second agent of a passive "represented by", past an apposition that may name sides. */
  andBy: /^(?:\s+of\s+[^,;]{1,40})?\s*,[^;]{0,160}?,?\s+and\s+by\s+(?:(?:the|of|for)\s+|[\p{L}.'’-]+\s+){0,8}$/u,
  /** "The government delegation is headed by", "The Federal Government's team was led by". */
  governmentLedBy:
    /\b[Tt]he\s+(?:[Ff]ederal\s+|[Tt]ransitional\s+|[Ii]nterim\s+)?[Gg]overnment(?:['’]s)?\s+(?:negotiating\s+)?(?:delegation|team|panel)\s*,?\s+(?:is|was|has\s+been|were)\s+(?:led|headed)\s+by\s+/g,
  /** After a person: "(, apposition,) represented the Federal Government" (the bare government, not "of X"). */
  representedGovernment:
    /^(?:\s*,[^;.]{0,110}?,)?\s+represented\s+the\s+(?:[Ff]ederal\s+|[Tt]ransitional\s+|[Ii]nterim\s+)?[Gg]overnment\b(?!\s+of\b|['’])/,
  /** After a side: "'s transitional authorities, represented by", "transitional government, represented by". */
  authoritiesBy:
    /^(?:['’]s)?\s+(?:transitional\s+|interim\s+)?(?:authorities|[Gg]overnment|administration)\s*,\s+represented\s+by\s+/,
};

const P = ROL28_PATTERNS;

/** The sentence's people in text order. */
const inOrder = (k: RelKit, s: Sentence): Person[] => [...k.personsIn(s.index)].sort((a, b) => a[0].start - b[0].start);

const startOf = (p: PersonMention): number => Math.min(p.start, p.from ?? p.start);

const relate = (k: RelKit, p: Person, to: string | undefined, s: Sentence, rule: string): void => {
  if (to && to !== p[1]) k.ctx.relate('NEGOTIATES_FOR', p[1], to, s.index, rule);
};

/** Whether `gap` reads the text from `from` to the person's start (or the start of its title). */
const reaches = (k: RelKit, p: PersonMention, from: number, gap: RegExp): boolean =>
  [startOf(p), p.start].some((e) => e >= from && gap.test(k.ctx.text.slice(from, e)));

/** The people listed from `from`: the first after titles only, each next after `gap` (and no side between, asked). */
function listFrom(k: RelKit, s: Sentence, from: number, gap: RegExp, noSide = false, free?: RegExp): Person[] {
  const people = inOrder(k, s).filter(([p]) => p.end > from);
  const first = people.findIndex(([p]) => reaches(k, p, from, P.titles));
  if (first < 0) return [];
  const out: Person[] = [people[first]!];
  for (const p of people.slice(first + 1)) {
    const end = out.at(-1)![0].end;
    if (free && reaches(k, p[0], end, free)) {
      out.push(p);
      continue;
    }
    if (!reaches(k, p[0], end, gap)) break;
    // A side between ends the list ("A, and the Armenian one by B").
    if (noSide && k.hitsIn(end, startOf(p[0])).some(isSide)) break;
    out.push(p);
  }
  return out;
}

/** The first two coordinated sides of the sentence before `at`, else of the nearest sentence before it, as keys. */
function sidePairBefore(k: RelKit, s: Sentence, at: number): { sides: [string, string]; si: number } | undefined {
  const text = k.ctx.text;
  for (const x of k.ctx.sentences.slice(0, s.index + 1).reverse()) {
    const hits = k.hitsIn(x.start, x === s ? at : x.end).filter(isSide);
    for (let i = 0; i + 1 < hits.length; i++) {
      const [a, b] = [k.hitKeys.get(hits[i]!), k.hitKeys.get(hits[i + 1]!)];
      if (a && b && a !== b && P.sidePair.test(text.slice(hits[i]!.end, hits[i + 1]!.start)))
        return { sides: [a, b], si: x.index };
    }
  }
  return undefined;
}

/** The sides coordinated from `h` on ("India and China", "S, T and U"). */
function sidesFrom(k: RelKit, s: Sentence, h: GazetteerHit): GazetteerHit[] {
  const sides = [h];
  for (const x of k.hitsIn(h.end, s.end).filter(isSide)) {
    if (x.start < sides.at(-1)!.end) continue;
    if (!/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(k.ctx.text.slice(sides.at(-1)!.end, x.start))) break;
    sides.push(x);
  }
  return sides;
}

/** The one of `sides` a person's own office or an earlier rule already gives them. */
function ownSide(k: RelKit, p: Person, sides: (string | undefined)[]): string | undefined {
  const own = ownState(k, p[0]);
  if (own && sides.includes(own)) return own;
  const told = k.ctx
    .relationsOf('NEGOTIATES_FOR')
    .filter((r) => sameEntity(k, r.from, p[1]))
    .map((r) => sides.find((x) => x && sameEntity(k, x, r.to)))
    .filter((x) => x);
  return told.length === 1 ? told[0] : undefined;
}

/**
 * Pairs two people with two sides: by the side their own offices (or an earlier rule) give them, the other taking the
 * side left; else (or when both point to one) in order when `order` (sides told in the phrase or just before).
 */
function pairOwnFirst(
  k: RelKit,
  people: Person[],
  sides: (string | undefined)[],
  order: boolean,
): (string | undefined)[] {
  if (people.length !== 2) return order ? sides : [];
  const own = people.map((p) => ownSide(k, p, sides));
  if (own[0] && own[1]) return own[0] !== own[1] ? own : order ? sides : [];
  if (own[0]) return [own[0], sides.find((x) => x !== own[0])];
  if (own[1]) return [sides.find((x) => x !== own[1]), own[1]];
  return order ? sides : [];
}

/**
 * Rule negotiates-for.plural-heads: "Serbia and Kosovo resumed the dialogue. The chief negotiators of the two sides,
 * A and B, met …", "The heads of the two delegations, A for the Government and B for the guerrilla, signed …" (the
 * first two coordinated sides of the sentence or the two before it), "The Special Representatives of India and China
 * on the boundary question, National Security Adviser A and Foreign Minister B, held …": the two people in order.
 */
function pluralHeads(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const pairUp = (sides: (string | undefined)[], from: number, order: boolean) => {
    const people = listFrom(k, s, from, P.listGap);
    if (people.length !== sides.length) return;
    const to = pairOwnFirst(k, people, sides, order);
    to.forEach((x, i) => relate(k, people[i]!, x, s, 'negotiates-for.plural-heads'));
  };
  for (const m of s.text.matchAll(P.pluralTwo)) {
    const pair = sidePairBefore(k, s, s.start + m.index);
    if (pair) pairUp(pair.sides, s.start + m.index + m[0].length, s.index - pair.si <= 2);
  }
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    if (!P.pluralOf.test(text.slice(Math.max(s.start, h.start - 60), h.start))) continue;
    const sides = sidesFrom(k, s, h);
    const tail = P.sidesTail.exec(text.slice(sides.at(-1)!.end, s.end));
    if (sides.length >= 2 && tail)
      pairUp(
        sides.map((x) => k.hitKeys.get(x)),
        sides.at(-1)!.end + tail[0].length,
        true,
      );
  }
}

/** The one state of a person's offices, else the state told by a possessive right before the name. */
function ownState(k: RelKit, p: PersonMention): string | undefined {
  const c = k.clusterOf.get(p);
  const owners = [
    ...new Set(
      (c ? (k.people.offices.get(c) ?? []) : [])
        .map((o) => k.stateKey(o.owner))
        .filter((x): x is string => !!x && k.ctx.entity(x)?.type === 'State'),
    ),
  ];
  if (owners.length === 1) return owners[0];
  if (owners.length) return undefined;
  const poss = k
    .hitsIn(Math.max(0, startOf(p) - 40), startOf(p))
    .filter((h) => h.type === 'State' && /^['’]s?\s+$/.test(k.ctx.text.slice(h.end, startOf(p))))
    .pop();
  return poss && k.hitKeys.get(poss);
}

/**
 * Rule negotiates-for.who-lead: "Armenia's Foreign Minister A and Azerbaijan's B, who lead their countries'
 * delegations in the peace talks, met …" (each for the state of their own office or possessive), "Industry Minister A
 * and Trade Minister B, who lead Korea's tariff negotiations with …" (both for the side told).
 */
function whoLead(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.whoLead)) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const people = inOrder(k, s).filter(([p]) => p.end <= at);
    const last = people.at(-1);
    if (!last || !/^\s*$/.test(text.slice(last[0].end, at))) continue;
    // The people joined to the last by "and" (titles and possessives between).
    const agents: Person[] = [last];
    for (const p of people.slice(0, -1).reverse()) {
      if (!/^[^;.,]{0,50}\band\s+[^;.,]{0,50}$/.test(text.slice(p[0].end, startOf(agents[0]![0])))) break;
      agents.unshift(p);
    }
    const rest = text.slice(after, s.end);
    if (P.ownNoun.test(rest)) {
      for (const p of agents) relate(k, p, ownState(k, p[0]), s, 'negotiates-for.who-lead');
      continue;
    }
    const side = k
      .hitsIn(after, after + 60)
      .filter((h) => isSide(h) && h.start === after)
      .sort((a, b) => b.end - a.end)[0];
    if (side && P.possNoun.test(text.slice(side.end, s.end)))
      for (const p of agents) relate(k, p, k.hitKeys.get(side), s, 'negotiates-for.who-lead');
  }
}

/**
 * Rule negotiates-for.on-the-part-of: "On the part of Uzbekistan the treaty was signed by President A, and on the part
 * of Kyrgyzstan by President B", "The negotiations were led on the part of Mexico by A and on the part of the European
 * Union by B": the person after "by" in the side's clause acts for it.
 */
function onThePartOf(k: RelKit, s: Sentence): void {
  if (!P.partVerb.test(s.text)) return;
  const text = k.ctx.text;
  const marks = [...s.text.matchAll(P.partOf)].map((m) => s.start + m.index + m[0].length);
  marks.forEach((at, i) => {
    const side = k
      .hitsIn(at, s.end)
      .filter((h) => isSide(h) && h.start === at)
      .sort((a, b) => b.end - a.end)[0];
    if (!side) return;
    const limit = marks[i + 1] ?? s.end;
    const by = P.partBy.exec(text.slice(side.end, limit));
    const agent = by && personAt(k, s, side.end + by[0].length, P.titles);
    if (agent && agent[0].end <= limit) relate(k, agent, k.hitKeys.get(side), s, 'negotiates-for.on-the-part-of');
  });
}

/** A delimitation, a consultation mechanism or a negotiation in the sentence or the two before it, no gathering. */
function businessAround(k: RelKit, s: Sentence): boolean {
  const near = k.ctx.sentences.slice(Math.max(0, s.index - 2), s.index + 1).map((x) => x.text);
  return near.some((x) => P.business.test(x)) && !near.some((x) => /\b(?:summit|forum|ceremony|assembly)\b/i.test(x));
}

/**
 * Rule negotiates-for.side-list: in talks, "The American side is represented by Secretary of State A, special envoy B
 * and C", "The S commission is chaired by A": every person of the list (not past "while" or a
 * clause) acts for the side.
 */
function sideList(k: RelKit, s: Sentence): void {
  if (!talksAround(k, s) && !businessAround(k, s)) return;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const cue = P.sideList.exec(k.ctx.text.slice(h.end, s.end));
    // The hit may hold its noun ("The American side"); "chaired" only a side's own body, never a bare side.
    const noun = !!cue?.[1] || /\b(?:side|delegation|team)$/i.test(k.ctx.text.slice(h.start, h.end));
    // A bare side only when "represented by" ("The European Union was represented by A, …, and by B").
    if (!cue || (!noun && !/\brepresented\s+by\s+$/.test(cue[0]))) continue;
    const people = listFrom(k, s, h.end + cue[0].length, P.sideGap, true, P.andBy);
    for (const p of people) relate(k, p, k.hitKeys.get(h), s, 'negotiates-for.side-list');
  }
}

/** The one state an apposition names ("Chief of General Staff of the Ethiopian National Defence Force"). */
function appositionState(k: RelKit, from: number, to: number): string | undefined {
  const keys = new Set(
    k
      .hitsIn(from, to)
      .filter((h) => h.type === 'State')
      .map((h) => k.hitKeys.get(h)),
  );
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** The state of the bare government when the text names it (not the issuer's guess). */
function toldGovernment(k: RelKit, s: Sentence): string | undefined {
  const key = governmentStateKey(k, s);
  return key && k.hitsIn(0, s.end).some((h) => k.hitKeys.get(h) === key) ? key : undefined;
}

/**
 * Rule negotiates-for.government-side: "The government delegation is headed by A" (the state told with its government
 * in the passage, else the issuer's), "A, Chief of General Staff …, represented the Federal Government", "Mali's
 * transitional authorities, represented by Foreign Minister A" (the state told).
 */
function governmentSide(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.governmentLedBy)) {
    const agent = personAt(k, s, s.start + m.index + m[0].length, P.titles);
    if (agent) relate(k, agent, governmentStateKey(k, s), s, 'negotiates-for.government-side');
  }
  const people = inOrder(k, s);
  for (const p of people) {
    const cue = P.representedGovernment.exec(text.slice(p[0].end, s.end));
    // The apposition holds no other person ("A represented X, while B represented the Government").
    if (!cue || people.some(([q]) => q.start > p[0].end && q.start < p[0].end + cue[0].length)) continue;
    relate(
      k,
      p,
      appositionState(k, p[0].end, p[0].end + cue[0].length) ?? toldGovernment(k, s),
      s,
      'negotiates-for.government-side',
    );
  }
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'State')) {
    const cue = P.authoritiesBy.exec(text.slice(h.end, s.end));
    const agent = cue && personAt(k, s, h.end + cue[0].length, P.titles);
    if (agent) relate(k, agent, k.hitKeys.get(h), s, 'negotiates-for.government-side');
  }
}

/** Each rule's trigger words (a sentence holding none is skipped). */
export const ROL28_GATES = {
  pluralHeads: wordGate('negotiators', 'delegations', 'delegation', 'representatives', 'envoys'),
  whoLead: wordGate('who'),
  onThePartOf: wordGate('part'),
  sideList: wordGate('represented', 'led', 'headed', 'chaired'),
  governmentSide: wordGate('government', 'authorities', 'administration'),
};

const gatedPluralHeads = whenWord(ROL28_GATES.pluralHeads, pluralHeads);
const gatedWhoLead = whenWord(ROL28_GATES.whoLead, whoLead);
const gatedOnThePartOf = whenWord(ROL28_GATES.onThePartOf, onThePartOf);
const gatedSideList = whenWord(ROL28_GATES.sideList, sideList);
const gatedGovernmentSide = whenWord(ROL28_GATES.governmentSide, governmentSide);

/** Adds the rol26 and rol27 rules' relations, then the rol28 rules'. */
export function addRol28Relations(k: RelKit): void {
  addRol27Relations(k);
  for (const s of k.ctx.sentences) {
    gatedPluralHeads(k, s);
    gatedWhoLead(k, s);
    gatedOnThePartOf(k, s);
    gatedSideList(k, s);
    gatedGovernmentSide(k, s);
  }
}
