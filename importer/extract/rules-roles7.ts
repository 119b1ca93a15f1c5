// Roles in the wordings of the third, blind roles bank (bank-roles-3.ts; issue 6, constructions 3 and 8): sides
// coordinated as one subject and their people paired by their own "of X" or by order ("A and B were represented,
// respectively, by X and Y", "… by their ambassadors, X of A and Y of B", "their respective envoys, X and Y"), plural
// negotiators "of A and B" ("the chief negotiators of A and B, X and Y"; "X and Y, the chief negotiators of A and B
// respectively"), a leader who "sent his special envoy, X", and REPORTS_TO from "reporting to Y", "on the instructions
// of Y", "Y's national security adviser, X" and "under the guidance of the two ministers, Y and Z". Rule ids are what
// --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { startOf, endOf } from './mention-span.ts';
import { whenWord, wordGate } from './gates.ts';
import { matchesIf } from './text.ts';
import { isSide } from './kit-people.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the roles7 rules, as named data. */
export const ROLES7_PATTERNS = {
  /** "A and B were represented (, respectively,) by", "… were led by", "… were headed by". */
  coordinatedBy:
    /^\s+(?:were|are|will\s+be)\s+(?:represented|led|headed)\s*,?\s*(?:(?:respectively|(?:at|in)\s+the\s+\w+)\s*,?\s*)?by\s+/,
  /** Pairing by order: "respectively", "their respective envoys". */
  inOrder: /\brespectively\b|\btheir\s+respective\b/i,
  /** A plural role noun and "of" before its sides: "the chief negotiators of", "the special representatives of". */
  pluralOf:
    /\b(?:chief\s+|lead\s+|principal\s+)?(?:negotiators|envoys|special\s+envoys|special\s+representatives|representatives|heads\s+of\s+(?:the\s+)?delegations?)\s+of\s+(?:the\s+)?$/i,
  /** Between two coordinated sides: "Kosovo and Serbia", "the United States and the Republic of Korea". */
  sideJoin: /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/,
  /** Between coordinated people: ", " or " and ". */
  personJoin: /^\s*(?:,|,?\s+and)\s+$/,
  /** "sent his special envoy, Vice President X", "dispatched her Special Envoy for Sudan, Ambassador Y". */
  sentHisEnvoy:
    /\b(?:dispatched|dispatches|sent|sends|has\s+sent|has\s+dispatched)\s+(?:his|her)\s+(?:special\s+|personal\s+)?(?:envoy|representative|emissary)\b[^,;.]{0,60},\s+/gi,
  /** "reporting to Foreign Minister Y", "who reports to Y", "acting on the instructions of Y", "on the orders of Y". */
  reportsTo:
    /\b(?:reporting|reports|answerable|accountable)\s+(?:directly\s+)?to\s+|\b(?:on|upon|under)\s+(?:the\s+)?(?:instructions?|orders?)\s+of\s+/gi,
  /** "President X's national security adviser, Y": an aide title right after a person's possessive. */
  possessiveAide:
    /^['’]s?\s+(?:(?:senior|chief|top|foreign[- ]policy|diplomatic|national\s+security|special|personal|economic|political)\s+)*(?:aide|adviser|advisor|chief\s+of\s+staff)\s*,\s*$/i,
  /** "under the guidance (leadership, direction) of the two foreign ministers, Y and Z". */
  underOf: /\bunder\s+the\s+(?:leadership|direction|authority|guidance|supervision)\s+of\s+/i,
};

/** Trigger words of the roles7 patterns run on every sentence, under their case flag: every match holds one (`mayMatch`). */
const ROLES7_NEEDS = {
  sentHisEnvoy: /envoy|representative|emissary/i,
  reportsTo: /report|answerable|accountable|instruction|order/i,
};

/** The sides coordinated with and before `last` ("A, B and C"), in order. */
function coordinatedSides(k: RelKit, s: Sentence, last: GazetteerHit): GazetteerHit[] {
  const sides = k.hitsIn(s.start, last.start).filter(isSide);
  const out = [last];
  for (let i = sides.length - 1; i >= 0; i--) {
    const h = sides[i]!;
    if (!ROLES7_PATTERNS.sideJoin.test(k.ctx.text.slice(h.end, out[0]!.start))) break;
    out.unshift(h);
  }
  return out;
}

/** The people coordinated from the first one at or after `from` ("X, Y and Z"), in order. */
function coordinatedPeople(k: RelKit, s: Sentence, from: number, to = s.end): Person[] {
  const ps = k.personsIn(s.index).filter(([p]) => p.start >= from && p.start < to);
  const out: Person[] = [];
  for (const p of ps) {
    if (out.length && !ROLES7_PATTERNS.personJoin.test(k.ctx.text.slice(endOf(out.at(-1)![0]), startOf(p[0])))) break;
    out.push(p);
  }
  return out;
}

/** Pairs people with sides: each by the state of its own "of X", else in order when the sentence says so. */
function pair(k: RelKit, s: Sentence, sides: GazetteerHit[], people: Person[], rule: string): void {
  const inOrder = ROLES7_PATTERNS.inOrder.test(s.text) && people.length === sides.length;
  people.forEach(([p, pk], i) => {
    const own = p.ofState ? sides.find((h) => h.name === p.ofState) : undefined;
    const side = own ?? (inOrder ? sides[i] : undefined);
    const key = side ? k.hitKeys.get(side) : undefined;
    if (key) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, rule);
  });
}

/**
 * Rule negotiates-for.coordinated-sides-by: "Armenia and Azerbaijan were represented, respectively, by X and Y",
 * "Finland and Sweden were represented by their ambassadors, X of Finland and Y of Sweden": each person acts for the
 * side of their own "of X", else for the side in the same place when "respectively" or "their respective" pairs them.
 */
function coordinatedSidesBy(k: RelKit, s: Sentence): void {
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const by = ROLES7_PATTERNS.coordinatedBy.exec(k.ctx.text.slice(h.end, s.end));
    const sides = by ? coordinatedSides(k, s, h) : [];
    if (sides.length < 2) continue;
    const from = h.end + by![0].length;
    const appos = /^(?:their|the)\s+[^.;,]{0,50},\s+/.exec(k.ctx.text.slice(from, s.end));
    pair(
      k,
      s,
      sides,
      coordinatedPeople(k, s, from + (appos?.[0].length ?? 0) - 1),
      'negotiates-for.coordinated-sides-by',
    );
  }
}

/**
 * Rule negotiates-for.plural-of-sides: "the chief negotiators of Kosovo and Serbia, X and Y" (people after), "X and Y,
 * the chief negotiators of the United States and the Republic of Korea respectively" (people before): in order.
 */
function pluralOfSides(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    if (!ROLES7_PATTERNS.pluralOf.test(text.slice(Math.max(s.start, h.start - 60), h.start))) continue;
    const sides = [h];
    for (const x of k.hitsIn(h.end, s.end).filter(isSide)) {
      if (!ROLES7_PATTERNS.sideJoin.test(text.slice(sides.at(-1)!.end, x.start))) break;
      sides.push(x);
    }
    if (sides.length < 2) continue;
    const last = sides.at(-1)!;
    const after = /^\s*,\s+/.test(text.slice(last.end, last.end + 3)) ? coordinatedPeople(k, s, last.end, s.end) : [];
    const ahead = k.personsIn(s.index).filter(([p]) => p.end <= h.start);
    const last0 = ahead.at(-1);
    const gap = last0 ? text.slice(endOf(last0[0]), h.start) : '';
    const before = last0 && /^\s*,\s+(?:the\s+)?[^,;.]{0,50}$/.test(gap) ? listEndingWith(k, ahead) : [];
    const people = after.length === sides.length ? after : before;
    if (people.length !== sides.length) continue;
    people.forEach(([, pk], i) =>
      k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(sides[i]!)!, s.index, 'negotiates-for.plural-of-sides'),
    );
  }
}

/** The coordinated list of people ("X, Y and Z") that ends with the last of `ahead`. */
function listEndingWith(k: RelKit, ahead: readonly Person[]): Person[] {
  let i = ahead.length - 1;
  while (i > 0 && ROLES7_PATTERNS.personJoin.test(k.ctx.text.slice(endOf(ahead[i - 1]![0]), startOf(ahead[i]![0]))))
    i--;
  return ahead.slice(i);
}

/** Whether side `h` ends a coordinated subject of "were represented (led, headed) by" (left to rule coordinated-sides-by). */
export function coordinatedSubject(k: RelKit, s: Sentence, h: GazetteerHit): boolean {
  return ROLES7_PATTERNS.coordinatedBy.test(k.ctx.text.slice(h.end, s.end)) && coordinatedSides(k, s, h).length > 1;
}

/**
 * Rule negotiates-for.sent-his-envoy: "President Xi Jinping sent his special envoy, Vice President Han Zheng, to …",
 * "The Chairperson, H.E. X, has dispatched his Special Envoy for Sudan, Ambassador Y": the envoy acts for the sender,
 * the person before the verb.
 */
function sentHisEnvoy(k: RelKit, s: Sentence): void {
  for (const m of matchesIf(s.text, ROLES7_PATTERNS.sentHisEnvoy, ROLES7_NEEDS.sentHisEnvoy)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const sender = k
      .personsIn(s.index)
      .filter(([p]) => p.end <= at)
      .pop();
    const envoy = k.personsIn(s.index).find(([p]) => startOf(p) >= end - 2 && startOf(p) < end + 40);
    if (sender && envoy && sender[1] !== envoy[1])
      k.ctx.relate('NEGOTIATES_FOR', envoy[1], sender[1], s.index, 'negotiates-for.sent-his-envoy');
  }
}

/**
 * Rule reports-to.reporting-to: "The task force, headed by Ambassador X and reporting to Foreign Minister Y", "Acting
 * on the instructions of President Y, Foreign Minister X travelled …": X reports to Y (the last person before the
 * phrase, else, for a phrase that opens the sentence, the first person after Y).
 */
function reportingTo(k: RelKit, s: Sentence): void {
  for (const m of matchesIf(s.text, ROLES7_PATTERNS.reportsTo, ROLES7_NEEDS.reportsTo)) {
    const at = s.start + m.index;
    const ps = k.personsIn(s.index);
    const boss = ps.find(([p]) => startOf(p) >= at + m[0].length - 1 && startOf(p) < at + m[0].length + 40);
    if (!boss) continue;
    const before = ps.filter(([p]) => p.end <= at && !/[;]/.test(k.ctx.text.slice(p.end, at))).pop();
    const fronted = /^(?:\S+\s+){0,1}$/.test(k.ctx.text.slice(s.start, at));
    const agent = before ?? (fronted ? ps.find(([p]) => p.start > endOf(boss[0])) : undefined);
    if (agent && agent[1] !== boss[1])
      k.ctx.relate('REPORTS_TO', agent[1], boss[1], s.index, 'reports-to.reporting-to');
  }
}

/** Rule reports-to.possessive-aide: "President Cyril Ramaphosa's national security adviser, Sydney Mufamadi". */
function possessiveAide(k: RelKit, s: Sentence): void {
  const ps = k.personsIn(s.index);
  ps.forEach(([boss, bk], i) => {
    const aide = ps[i + 1];
    if (aide && ROLES7_PATTERNS.possessiveAide.test(k.ctx.text.slice(boss.end, startOf(aide[0]))))
      k.ctx.relate('REPORTS_TO', aide[1], bk, s.index, 'reports-to.possessive-aide');
  });
}

/**
 * Rule reports-to.under-two-named: "Vice Minister A and Deputy Minister B held consultations under the guidance of the
 * two foreign ministers, Y and Z": each of the people before reports to the one of the same state, else in order.
 * Whether the sentence names two or more such bosses (the relations only when `relate`).
 */
export function underTwoNamed(k: RelKit, s: Sentence, relate = false): boolean {
  const m = ROLES7_PATTERNS.underOf.exec(s.text);
  if (!m) return false;
  const at = s.start + m.index + m[0].length;
  const appos = /^(?:the\s+)?(?:two|three|both)\s+[^.;,]{0,40},\s+/.exec(k.ctx.text.slice(at, s.end));
  const bosses = coordinatedPeople(k, s, at + (appos?.[0].length ?? 0) - 1);
  // A list closed by "and" ("Y and Z"), not a fronted phrase's comma ("of Minister Y, Ambassador X led …").
  // fl11b: "X, who headed the delegation on the instructions of the Minister, Y, and Z reviewed …": a last name that a
  // verb follows is the subject coordinated with X, not a second boss.
  const closed =
    bosses.length >= 2 &&
    /\band\s+$/.test(k.ctx.text.slice(endOf(bosses.at(-2)![0]), startOf(bosses.at(-1)![0]))) &&
    !/^[^\S\n]+(?!(?:of|in|at|on|for|to|and|the|who|which|respectively|both)\b)\p{Ll}/u.test(
      k.ctx.text.slice(endOf(bosses.at(-1)![0]), endOf(bosses.at(-1)![0]) + 20),
    );
  if (!closed || !relate) return closed;
  const agents = k.personsIn(s.index).filter(([p]) => p.end <= s.start + m.index);
  const stateOf = (p: Person) => k.clusterOf.get(p[0])?.state;
  agents.forEach((a, i) => {
    const own = bosses.find((b) => stateOf(b) && stateOf(b) === stateOf(a));
    const boss = own ?? (agents.length === bosses.length && !bosses.some(stateOf) ? bosses[i] : undefined);
    if (boss && boss[1] !== a[1]) k.ctx.relate('REPORTS_TO', a[1], boss[1], s.index, 'reports-to.under-two-named');
  });
  return true;
}

/** Rule reports-to.under-two-named, making its relations. */
function underTwoNamedRelated(k: RelKit, s: Sentence): void {
  underTwoNamed(k, s, true);
}

/**
 * The words without which a rule's patterns cannot match in a sentence (gates.ts, `wordGate`: whole words, lower
 * case): coordinatedBy's verbs; pluralOf's plural nouns; sentHisEnvoy's verbs; reportsTo's words; possessiveAide's
 * titles ("chief of staff": "staff"); underOf's "under".
 */
export const ROLES7_GATES = {
  coordinatedSidesBy: wordGate('represented', 'led', 'headed'),
  pluralOfSides: wordGate('negotiators', 'envoys', 'representatives', 'delegation', 'delegations'),
  sentHisEnvoy: wordGate('dispatched', 'dispatches', 'sent', 'sends'),
  reportingTo: wordGate(
    ['reporting', 'reports', 'answerable', 'accountable'],
    ['instruction', 'instructions', 'order', 'orders'],
  ),
  possessiveAide: wordGate('aide', 'adviser', 'advisor', 'staff'),
  underTwoNamed: wordGate('under'),
};

const gated = {
  coordinatedSidesBy: whenWord(ROLES7_GATES.coordinatedSidesBy, coordinatedSidesBy),
  pluralOfSides: whenWord(ROLES7_GATES.pluralOfSides, pluralOfSides),
  sentHisEnvoy: whenWord(ROLES7_GATES.sentHisEnvoy, sentHisEnvoy),
  reportingTo: whenWord(ROLES7_GATES.reportingTo, reportingTo),
  possessiveAide: whenWord(ROLES7_GATES.possessiveAide, possessiveAide),
  underTwoNamed: whenWord(ROLES7_GATES.underTwoNamed, underTwoNamedRelated),
};

/** Adds the roles7 rules' NEGOTIATES_FOR and REPORTS_TO relations (before the rules that fall back on offices). */
export function addRoles7Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.coordinatedSidesBy(k, s);
    gated.pluralOfSides(k, s);
    gated.sentHisEnvoy(k, s);
    gated.reportingTo(k, s);
    gated.possessiveAide(k, s);
    gated.underTwoNamed(k, s);
  }
}
