// The rol27 round's role rules (issue 6), written on the eighteenth, blind roles bank (bank-roles-18.ts): signatories
// "each for their country", "for their respective governments", "each on behalf of his side"; the bare Government of
// the passage (or the issuer's) as the side of "signed on behalf of the Government", "led the negotiations for the
// Government", "The Government's chief negotiator, A", "the head of the Government delegation, A"; a counterpart told
// by his office after "held consultations with" / "handled the negotiations with" in a negotiation; co-signers of one
// side ("A and B signed for X", "signed for X together with C"). Rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { governmentStateKey } from './rules-rol25.ts';
import { personAt, sameEntity, talksAround } from './rules-rol20.ts';
import { isSide } from './kit-people.ts';
import { addRol26Relations } from './rules-rol26.ts';
import { whenWord, wordGate } from './gates.ts';
import { UNION_OF_ISSUER } from './rules-ent21.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol27 rules, as named data. */
export const ROL27_PATTERNS = {
  /**
   * "each for their country", "each on behalf of his side", "for their respective governments", "each for his own
   * state": every signer before the cue acts for the side of their own office.
   */
  eachOwn:
    /\b(each\s+(?:signing\s+)?)?(?:for|on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:his|her|their|its)\s+(?:own\s+)?(respective\s+)?(countr(?:y|ies)|governments?|states?|nations?|sides?|delegations?)\b/g,
  /** A verb of signing or negotiating before the cue (sgn27): "each for his country, laid wreaths" is no side. */
  actVerb:
    /\b(?:sign(?:ed|s)?|initial(?:l)?ed|negotiat(?:ed|e|ing)|conclude[ds]?|ratified|exchanged|endorsed|represented|agreed)\b/,
  /** Before the cue when no signer is named in its sentence: "the two leaders", "both ministers". */
  twoAgents:
    /\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:leaders|ministers|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)|foreign\s+ministers|signatories|negotiators)\b/,
  /**
   * The bare Government as the side of a signer or negotiator named before: "A signed … on behalf of the Government",
   * "A led the negotiations for the Government" (not "the Government of X", not "the Government's").
   */
  forGovernment:
    /\b(?:signed|initial(?:l)?ed|negotiated|led\s+the\s+(?:negotiations|talks|consultations)|conducted\s+the\s+(?:negotiations|talks))\b[^.;]{0,160}?\s(?:on\s+behalf\s+of|for)\s+the\s+[Gg]overnment\b(?!\s+of\b|['’])/g,
  /** Between the signer and the verb: nothing, a comma, or an apposition closed by a comma. */
  agentGap: /^\s*(?:,\s*(?:[^,;]{0,90},\s*)?)?$/,
  /**
   * The bare Government's negotiator named after: "The Government's chief negotiator for …, State Secretary A", "the
   * head of the Government delegation, A".
   */
  governmentAhead:
    /\b(?:[Hh]ead\s+of\s+the\s+[Gg]overnment(?:['’]s)?\s+(?:negotiating\s+)?(?:delegation|team|panel)|[Tt]he\s+[Gg]overnment['’]s\s+(?:chief|lead|principal)\s+negotiator)\b/g,
  /** Between that noun and the person: a short "for …" tail, a comma, stacked titles. */
  aheadGap: /^(?:\s+(?:for|on|at|in)\s+[^,;.]{1,60})?\s*,\s+[^,;.]{0,80}$/,
  /** A negotiation proper in the sentence or the two before it (not a visit's "held talks"). */
  negotiation:
    /negotiat|\bround\s+of\b|\btariffs?\b|\bdeal\b|\bagreement\b|\btreaty\b|\bconsultation\s+mechanism\b|\btrade\s+talks\b/i,
  /** A gathering: leading one's side there is attendance (GUIDE, the India–Japan 2+2). */
  gathering: /\b(?:summit|forum|dialogue|funeral|inauguration|ceremony|reception|assembly|conference)\b/i,
  /**
   * Right before a counterpart's office and name: "held a seventh round of consultations with US Commerce Secretary",
   * "handled the negotiations with US Trade Representative", "in the talks with US Commerce Secretary".
   */
  withCounterpart:
    /\b(?:talks|consultations|negotiations)\b[^.;,]{0,30}?\bwith\s+(?:the\s+)?(?:[A-Z][\p{L}.'’-]*\s+){0,6}$/u,
  /** A mediator's or host's words in the sentence: no counterpart is read there. */
  thirdParty: /\bmediat|\bfacilitat|\bhosted\b|\bchaired\b|\bobserver/i,
  /** Between two co-signers: "and", the second's title (commas inside it) and a closing comma. */
  coSigner: /^\s+and\s+(?:[^;.]{0,100}?)$/,
  /** From a signer to the next person: "signed for the Union together with Executive Vice-President". */
  togetherWith:
    /^\s*,?\s+signed\s+(?:[^.;]{0,60}?\s)?(?:for|on\s+behalf\s+of)\s+[^.;]{1,60}?\s+together\s+with\s+[^.;,]{0,60}$/,
  /** After a person (an apposition may stand between): the verb of leading or representing a side. */
  leadsVerb: /^(?:\s*,[^;.]{0,110}?,|\s*,)?\s+(?:who\s+)?(?:led|headed|leads|heads|represented|represents)\s+/,
  /** After the verb: "his country's delegation" (the person's own state). */
  ownCountry: /^(?:his|her)\s+country['’]s\s+(?:negotiating\s+)?(?:delegation|team|side)\b/,
  /** After the verb, before a side: "the delegation of", "that of", "the". */
  beforeSide: /^(?:(?:the\s+)?(?:delegation|team)\s+of\s+(?:the\s+)?|that\s+of\s+(?:the\s+)?|the\s+)?/,
  /** After a side "represented" alone: a clause mark, "and", "at the talks". */
  representedEnd: /^\s*(?:[,;.]|and\b|at\s+the\s+(?:talks|negotiations)\b)/,
  /** After a side led: its noun ("the Iranian delegation", "the Thai peace dialogue panel"); none after "of". */
  sideNoun:
    /^(?:['’]s)?\s+(?:(?:negotiating|peace|dialogue|government|technical)\s+){0,2}(?:delegation|team|side|panel)\b/i,
  /** A side before a passive cue: "An ECOWAS delegation led by", "The Thai peace dialogue panel was headed by". */
  sideLedBy:
    /^(?:['’]s)?\s+(?:(?:negotiating|peace|dialogue|technical)\s+){0,2}(?:delegation|team|panel)\s*,?\s+(?:(?:was|is|has\s+been)\s+)?(?:led|headed)\s+by\s+/,
  /** After the side led: "… delegation on behalf of" a principal. */
  behalfAfter: /^(?:['’]s)?(?:\s+[a-z]+){0,3}\s+on\s+behalf\s+of\b/,
  /** After a side: "counterpart," or "'s trade chief," before the person. */
  counterpartAfter: /^(?:\s+counterparts?|['’]s?\s+(?:trade|climate)\s+chief)\s*,?\s+/i,
  /** Before the side of "counterpart": "his", "her", "their". */
  counterpartBefore: /\b(?:his|her|their)\s+$/i,
  /** Up to the person after "counterpart,": a title at most. */
  apposGap: /^[^,;.]{0,60}$/,
  /** A side's hit that holds its noun (rol28: "the Pakistani side" is one hit too). */
  nounEnd: /\b(?:delegation|team|panel|side)$/i,
  /** The passive cue alone, after such a hit. */
  ledBy: /^\s*,?\s+(?:(?:was|is|has\s+been)\s+)?(?:led|headed)\s+by\s+/,
  /** Up to the person after a passive cue: titles and an apposition, no clause break. */
  titleGap: /^[^;.]{0,140}$/,
  /** Talks, a peace dialogue or a normalisation process near the sentence (beside talksAround). */
  process: /\bpeace\s+dialogue\b|\b(?:normali[sz]ation|peace)\s+process\b|\bspecial\s+(?:envoys|representatives)\b/i,
};

const P = ROL27_PATTERNS;

/** The sentence's people in text order. */
const inOrder = (k: RelKit, s: Sentence): Person[] => [...k.personsIn(s.index)].sort((a, b) => a[0].start - b[0].start);

const startOf = (p: PersonMention): number => Math.min(p.start, p.from ?? p.start);

/** The owners (state or organisation keys) of a person's offices, of the kinds asked. */
function ownersOf(k: RelKit, p: PersonMention, kinds: readonly string[]): string[] {
  const c = k.clusterOf.get(p);
  const offices = c ? (k.people.offices.get(c) ?? []) : [];
  const keys = offices
    .map((o) => k.stateKey(o.owner))
    .filter((x): x is string => !!x && kinds.includes(k.ctx.entity(x)?.type ?? ''));
  return [...new Set(keys)];
}

const relate = (k: RelKit, p: Person, to: string | undefined, s: Sentence, rule: string): void => {
  if (to && to !== p[1]) k.ctx.relate('NEGOTIATES_FOR', p[1], to, s.index, rule);
};

/** Whether a person already acts for a side in the sentence (by an earlier rule). */
const sidedIn = (k: RelKit, s: Sentence, p: Person): boolean =>
  k.ctx.relationsOf('NEGOTIATES_FOR').some((r) => r.sentence === s.index && sameEntity(k, r.from, p[1]));

/** An institution's union when the text names it ("European Commission" → the European Union), else the owner. */
function unionOf(k: RelKit, owner: string): string {
  const union = UNION_OF_ISSUER.unions.get(k.ctx.entity(owner)?.name ?? '');
  return (union && k.stateKey(union)) || owner;
}

/** The last two people of the sentence before `s` ("the two leaders" of a sentence that names none). */
function lastTwoBefore(k: RelKit, s: Sentence): Person[] {
  const prev = k.ctx.sentences[s.index - 1];
  return prev ? inOrder(k, prev).slice(-2) : [];
}

/**
 * Rule negotiates-for.each-for-own: "A, B and C signed, each for their country", "The foreign ministers … A and B
 * signed …, each for his country", "A and B signed …, each on behalf of his side", "The two leaders signed the treaty
 * for their respective governments": each person before the cue (the last two of the sentence before for "the two
 * leaders") acts for the one state (for "side", state or organisation) of their own offices.
 */
function eachForOwn(k: RelKit, s: Sentence): void {
  for (const m of s.text.matchAll(P.eachOwn)) {
    if ((!m[1] && !m[2] && !/\btheir\b/.test(m[0])) || !P.actVerb.test(s.text.slice(0, m.index))) continue;
    const at = s.start + m.index;
    let agents = inOrder(k, s).filter(([p]) => p.end <= at);
    if (!agents.length && P.twoAgents.test(s.text.slice(0, m.index))) agents = lastTwoBefore(k, s);
    const kinds = /^side|^delegation/i.test(m[3]!) ? ['State', 'Organization'] : ['State'];
    for (const p of agents.filter((x) => !sidedIn(k, s, x))) {
      const owners = ownersOf(k, p[0], kinds).map((o) => unionOf(k, o));
      if (owners.length === 1) relate(k, p, owners[0], s, 'negotiates-for.each-for-own');
    }
  }
}

/**
 * Rule negotiates-for.for-the-government: "The Minister …, A, signed on behalf of the Government", "A led the
 * negotiations for the Government", "The Government's chief negotiator for …, State Secretary A,", "The head of the
 * Government delegation, A,": the bare Government is the one state told with its government in the passage, else the
 * issuer's (none when two states are told so).
 */
function forTheGovernment(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = inOrder(k, s);
  for (const m of s.text.matchAll(P.forGovernment)) {
    const at = s.start + m.index;
    const agent = people.filter(([p]) => p.end <= at).pop();
    if (agent && P.agentGap.test(text.slice(agent[0].end, at)))
      relate(k, agent, governmentStateKey(k, s), s, 'negotiates-for.for-the-government');
  }
  for (const m of s.text.matchAll(P.governmentAhead)) {
    const agent = personAt(k, s, s.start + m.index + m[0].length, P.aheadGap);
    if (agent) relate(k, agent, governmentStateKey(k, s), s, 'negotiates-for.for-the-government');
  }
}

/** A negotiation proper around the sentence, with no gathering told. */
function negotiationAround(k: RelKit, s: Sentence): boolean {
  const near = k.ctx.sentences
    .slice(Math.max(0, s.index - 2), s.index + 1)
    .map((x) => x.text)
    .join(' ');
  return P.negotiation.test(near) && !P.gathering.test(near);
}

/**
 * Rule negotiates-for.counterpart-with: in a negotiation (not a visit's "held talks", not a gathering), "A held a
 * round of consultations with US Commerce Secretary B", "C handled the negotiations with US Trade Representative D":
 * the counterpart after "with" acts for the one state of his office, and so does the subject named before it.
 */
function counterpartWith(k: RelKit, s: Sentence): void {
  if (P.thirdParty.test(s.text) || !negotiationAround(k, s)) return;
  const text = k.ctx.text;
  const people = inOrder(k, s);
  people.forEach((p, i) => {
    const start = startOf(p[0]);
    if (!P.withCounterpart.test(text.slice(Math.max(s.start, start - 90), start))) return;
    const theirs = ownersOf(k, p[0], ['State']);
    if (theirs.length !== 1) return;
    relate(k, p, theirs[0], s, 'negotiates-for.counterpart-with');
    const subject = people[i - 1];
    const ours = subject ? ownersOf(k, subject[0], ['State']) : [];
    if (subject && ours.length === 1 && ours[0] !== theirs[0])
      relate(k, subject, ours[0], s, 'negotiates-for.counterpart-with');
  });
}

/**
 * Rule negotiates-for.co-signers: "EU Trade Commissioner A and Romania's Minister …, B, whose country …, signed for
 * the European Union": the signer joined by "and" to the one a "signed for" rule found takes the same side; "B signed
 * for the Union together with Executive Vice-President C": C too. Not a person the sentence already gives a side.
 */
function coSigners(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const found = k.ctx
    .relationsOf('NEGOTIATES_FOR')
    .filter((r) => r.sentence === s.index && /signed-for|signed-by-for/.test(r.rule ?? ''));
  if (!found.length) return;
  const people = inOrder(k, s);
  const sided = (p: Person) =>
    k.ctx.relationsOf('NEGOTIATES_FOR').some((r) => r.sentence === s.index && sameEntity(k, r.from, p[1]));
  for (const r of found) {
    const i = people.findIndex((p) => sameEntity(k, p[1], r.from));
    if (i < 0) continue;
    const before = people[i - 1];
    if (before && !sided(before) && P.coSigner.test(text.slice(before[0].end, startOf(people[i]![0]))))
      relate(k, before, r.to, s, 'negotiates-for.co-signers');
    const after = people[i + 1];
    if (after && !sided(after) && P.togetherWith.test(text.slice(people[i]![0].end, startOf(after[0]))))
      relate(k, after, r.to, s, 'negotiates-for.co-signers');
  }
}

/** Talks (not a gathering) or a peace dialogue or normalisation process around the sentence. */
function talksOrProcess(k: RelKit, s: Sentence): boolean {
  const near = k.ctx.sentences.slice(Math.max(0, s.index - 2), s.index + 1).map((x) => x.text);
  if (near.some((x) => P.process.test(x))) return true;
  // A dialogue is no negotiation (GUIDE, the India–Japan 2+2).
  const title = k.ctx.sentences[0]?.text ?? '';
  return ![...near, title].some((x) => /\bdialogue\b/i.test(x)) && talksAround(k, s);
}

/** The side (state or organisation) the gazetteer finds from `at` to `from` (a hit may hold "the"), ending before `limit`. */
function sideAt(
  k: RelKit,
  at: number,
  from: number,
  limit: number,
): { key: string | undefined; end: number; noun: boolean } | undefined {
  const h = k
    .hitsIn(at, limit)
    .filter((x) => x.start >= at && x.start <= from && isSide(x))
    .sort((a, b) => b.end - a.end)[0];
  return h && { key: k.hitKeys.get(h), end: h.end, noun: P.nounEnd.test(k.ctx.text.slice(h.start, h.end)) };
}

/**
 * Rule negotiates-for.leads-side: in talks, "A, Secretary of …, led the Iranian delegation", "B heads the delegation
 * of the South Sudan Opposition Movements Alliance", "C led that of Hamas", "D, Deputy Speaker …, represented
 * Armenia", "E, …, headed his country's delegation" (the person's own state), and the passive "An ECOWAS delegation
 * led by the bloc's special envoy …, General F", "The Thai peace dialogue panel was headed by G".
 */
function leadsSide(k: RelKit, s: Sentence): void {
  if (!talksOrProcess(k, s)) return;
  const text = k.ctx.text;
  for (const p of inOrder(k, s)) {
    const verb = P.leadsVerb.exec(text.slice(p[0].end, s.end));
    if (!verb) continue;
    const at = p[0].end + verb[0].length;
    // rol28: the apposition holds no other person ("A and B, while C, the …'s director, heads the American team").
    if (inOrder(k, s).some(([q]) => q.start > p[0].end && q.start < at)) continue;
    const rest = text.slice(at, s.end);
    if (P.ownCountry.test(rest)) {
      const own = ownersOf(k, p[0], ['State']);
      if (own.length === 1) relate(k, p, own[0], s, 'negotiates-for.leads-side');
      continue;
    }
    const lead = P.beforeSide.exec(rest)![0];
    const side = sideAt(k, at, at + lead.length, s.end);
    if (!side) continue;
    const after = text.slice(side.end, s.end);
    // "headed the GRP delegation on behalf of President A": the principal is told, not left to the side.
    if (P.behalfAfter.test(after)) continue;
    const ofForm = /\bof\s+(?:the\s+)?$/.test(lead);
    const represented = /\brepresent(?:ed|s)\s+$/.test(verb[0]);
    // "led the Iranian delegation"; "the delegation of X", "that of X"; "represented Armenia" (a side alone).
    if (ofForm || side.noun || P.sideNoun.test(after) || (represented && !lead && P.representedEnd.test(after)))
      relate(k, p, side.key, s, 'negotiates-for.leads-side');
  }
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    // The hit may hold its noun ("ECOWAS delegation").
    const cued = P.nounEnd.test(text.slice(h.start, h.end)) ? P.ledBy : P.sideLedBy;
    const cue = cued.exec(text.slice(h.end, s.end));
    const agent = cue && personAt(k, s, h.end + cue[0].length, P.titleGap);
    if (agent) relate(k, agent, k.hitKeys.get(h), s, 'negotiates-for.leads-side');
  }
}

/**
 * Rule negotiates-for.side-counterpart: in a negotiation (not a gathering), "S's chief negotiator, A, and his EU
 * counterpart, B", "the EU's trade chief, C": the side told right before "counterpart" or "trade chief" for the person
 * after it.
 */
function sideCounterpart(k: RelKit, s: Sentence): void {
  if (!negotiationAround(k, s)) return;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const before = text.slice(Math.max(s.start, h.start - 12), h.start);
    const cue = P.counterpartAfter.exec(text.slice(h.end, s.end));
    if (!cue || (/counterpart/i.test(cue[0]) && !P.counterpartBefore.test(before))) continue;
    const agent = personAt(k, s, h.end + cue[0].length, P.apposGap);
    if (agent) relate(k, agent, k.hitKeys.get(h), s, 'negotiates-for.side-counterpart');
  }
}

/** Each rule's trigger words (a sentence holding none is skipped). */
export const ROL27_GATES = {
  eachForOwn: wordGate('each', 'their', 'respective'),
  forTheGovernment: wordGate('government'),
  counterpartWith: wordGate('talks', 'consultations', 'negotiations'),
  coSigners: wordGate('signed'),
  leadsSide: wordGate('led', 'headed', 'leads', 'heads', 'represented', 'represents'),
  sideCounterpart: wordGate('counterpart', 'counterparts', 'chief'),
};

const gatedEachForOwn = whenWord(ROL27_GATES.eachForOwn, eachForOwn);
const gatedForTheGovernment = whenWord(ROL27_GATES.forTheGovernment, forTheGovernment);
const gatedCounterpartWith = whenWord(ROL27_GATES.counterpartWith, counterpartWith);
const gatedCoSigners = whenWord(ROL27_GATES.coSigners, coSigners);
const gatedLeadsSide = whenWord(ROL27_GATES.leadsSide, leadsSide);
const gatedSideCounterpart = whenWord(ROL27_GATES.sideCounterpart, sideCounterpart);

/** Adds the rol26 rules' relations, then the rol27 rules' (after the rules that read "signed for"). */
export function addRol27Relations(k: RelKit): void {
  addRol26Relations(k);
  for (const s of k.ctx.sentences) {
    gatedEachForOwn(k, s);
    gatedForTheGovernment(k, s);
    gatedCounterpartWith(k, s);
    gatedCoSigners(k, s);
    gatedLeadsSide(k, s);
    gatedSideCounterpart(k, s);
  }
}
