// The rol15 round's role rules (issue 6, construction 8), written on the seventh, blind roles bank (bank-roles-7.ts):
// a side's team and who makes it up ("Sri Lanka's negotiating team comprised A and B", "the Uzbek delegation, with X
// at its head"), sides in a list ("For the Peruvian side, X", ": for Tuvalu, X; for Australia, Y", "negotiators from
// Bhutan, led by X"), "X, who spearheaded the country's negotiations", a leader who assigns someone to head the
// negotiations or the negotiator "appointed by" a leader, an organisation that designates a mediator or leads a
// mediation, "Under the mediation of Kenyan President X", and REPORTS_TO from an opening "On the orders of / Acting on
// instructions from / Under the stewardship of Y, X …" and from a team that "answers to" a leader and is "led by" X.
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { PersonMention } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { endOf, startOf } from './mention-span.ts';
import { LEADER_TITLES } from './lexicons.ts';
import { orMarks, whenWord, whenWords, wordGate } from './gates.ts';
import { isSide, peopleInOrder as ordered } from './kit-people.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol15 rules, as named data. */
export const ROL15_PATTERNS = {
  /** A side's team right after the side: "Sri Lanka's negotiating team", "The Uzbek delegation" … */
  teamNoun: /^(?:['’]s?)?\s+(?:(?:government|negotiating|negotiation)\s+)*(team|delegation|negotiators)\b/i,
  /** … (or a hit read whole, "the Kyrgyz delegation") and what names its members: "comprised", ", under", ", with". */
  teamRest:
    /^[^,;.]{0,80}?(?:,\s+under\s+|,\s+with\s+|\s+(?:comprised|comprises|included|includes|consisted\s+of|consists\s+of|was\s+made\s+up\s+of|is\s+made\s+up\s+of)\s+)/i,
  /** The members' list ends at a semicolon, a full stop or a clause of its own. */
  listEnd: /[;.]|,\s+(?:who|which|and\s+the)\b/,
  /** A person's own title words before the name. */
  titleWords: /^(?:[\p{L}.'’-]+\s+){0,6}$/u,
  /** "…, with X at its head": the person of "with" heads the team. */
  atItsHead: /^\s+at\s+(?:its|their)\s+head\b/,
  /** Talks in the sentence: a delegation's make-up says who negotiates only there. */
  talks: /negotiat|\btalks\b|consultations|\bround\b/i,
  /** "For the Peruvian side, X", "…: for Tuvalu, X; for Australia, Y": the words before the side. */
  forSideBefore: /(?:^|[:;]\s*)(?:[Ff]or|[Oo]n)\s+(?:the\s+)?$/,
  /** From the side to the person: an optional "side", a comma, the person's own title words. */
  forSideAfter: /^(?:\s+side)?\s*,\s+(?:[\p{L}.'’-]+\s+){0,6}$/u,
  /** "negotiators from Bhutan, led by Foreign Secretary X": from the side to the person. */
  fromSideBefore: /\bfrom\s+(?:the\s+)?$/,
  fromSideAfter: /^\s*,\s+(?:led|headed)\s+by\s+(?:[\p{L}.'’-]+\s+){0,6}$/u,
  /** "X, who spearheaded the country's debt negotiations": the verb and the possessive of a state named before. */
  ledCountrys:
    /\b(?:led|leads|leading|spearheaded|spearheads|spearheading|steered|steers|steering|headed|heads|heading|conducted|conducts|conducting)\s+the\s+(?:country|Kingdom|Republic|nation)['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:negotiations|talks|negotiating\s+team|delegation)\b/gu,
  /** "President Y has assigned X to head Zambia's negotiations": the verb between the leader and the agent … */
  assignVerb:
    /^\s+(?:has\s+|had\s+|have\s+)?(?:assigned|appointed|tasked|named|charged|instructed|mandated|designated|asked|chosen|chose)\s+(?:the\s+)?$/,
  /** … and what the agent is to do. */
  assignTask:
    /^\s*,?\s+(?:to\s+(?:lead|head|conduct|handle|spearhead)|with\s+(?:leading|heading|conducting|handling))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:negotiations|talks|negotiating\s+team|delegation)\b/u,
  /** "X, the negotiator appointed by Prime Minister Y": a reduced relative after the agent. */
  appointedBy:
    /^\s*,\s+(?:the|an?|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:negotiator|envoy|emissary|representative|mediator)\s+(?:appointed|designated|named|chosen|mandated)\s+by\s+(?:[\p{L}.'’-]+\s+){0,4}$/u,
  /** "X, whom the African Union designated as mediator": an organisation as the one who appoints. */
  /** "X, whom the African Union designated as mediator": an organisation as the one who appoints. */
  orgDesignatedVerb:
    /^\s+(?:had\s+|has\s+)?(?:designated|appointed|named|mandated|chose)\s+(?:as\s+)?(?:its\s+)?(?:chief\s+|lead\s+|special\s+|personal\s+)?(?:mediator|facilitator|envoy|negotiator)\b/i,
  /** "The African Union-led mediation, headed by X": an organisation's mediation and who heads it. */
  orgLedMediation:
    /^-led\s+(?:mediation|facilitation|mediation\s+team|peace\s+process|talks)\s*,?\s+(?:was\s+)?(?:headed|led|chaired|conducted)\s+by\s+(?:[\p{L}.'’-]+\s+){0,4}$/u,
  /** "Under the mediation of Kenyan President X", "through the good offices of": the mediator after. */
  mediationOf:
    /\b(?:under|through|with)\s+the\s+(?:mediation|facilitation|good\s+offices)\s+of\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu,
  /** An opening "On the orders of King Y,", "Acting on instructions from Emir Y,", "Under the stewardship of Y,". */
  frontedOrders:
    /^(?:Acting\s+|Working\s+)?(?:[Oo]n|[Uu]pon|[Uu]nder|[Aa]t)\s+(?:the\s+)?(?:orders|instructions|stewardship|direct\s+supervision|direction)\s+(?:of|from)\s+/,
  /** A team that answers to a leader: "which answers directly to Prime Minister Y", "works under the supervision of Y". */
  answersTo:
    /\b(?:team|delegation|negotiators)\b[^.;]{0,80}?\b(?:(?:answers|answer|reports|report|is\s+accountable|are\s+accountable)\s+(?:directly\s+)?to|(?:works|work|working|operates)\s+under\s+the\s+(?:direct\s+)?(?:supervision|authority|guidance|direction)\s+of)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu,
  /** "… and is led by X", ", is led by Water Minister X": the team's head after the leader. */
  teamLedBy: /^[^.;]{0,80}?\b(?:is|are|was|were)\s+(?:led|headed)\s+by\s+(?:[\p{L}.'’-]+\s+){0,4}$/u,
  /** A ceremony or summit right after a principal: "represented President Y at the inauguration of Z" (rol17: "at the
   * investiture of", a burial, a parade, an unveiling). */
  gatheringAfter:
    /^\s+(?:at|during|to)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:inauguration|funeral|summit|ceremony|celebrations?|coronation|swearing-in|reception|commemoration|anniversary|wedding|jubilee|games|festival|investiture|enthronement|burial|requiem|memorial|parade|graduation|groundbreaking|unveiling|banquet)\b/iu,
  /** A negated verb right after a person: "X did not take part in the negotiations" (rule negotiates.not-negated). */
  negated:
    /^[^,;.]{0,30}?\b(?:did|does|do|has|have|had|was|were|is|will)\s*(?:not|n['’]t)\b|^[^,;.]{0,30}?\bnever\b|^[^,;.]{0,30}?\bdeclined\s+to\b/i,
};

/** Rule negotiates-for.not-represented-at-gathering: the text after a principal names a ceremony or a summit. */
export const atGathering = (after: string): boolean => ROL15_PATTERNS.gatheringAfter.test(after);

/** Rule negotiates.not-negated: the text after a person negates their part ("X did not take part in the talks"). */
export const negatedAfter = (after: string): boolean => ROL15_PATTERNS.negated.test(after);

/** The first person whose mention (with its title) starts at or after `from`, if `gap` holds the text between. */
function personFrom(k: RelKit, s: Sentence, from: number, gap: RegExp): Person | undefined {
  const p = ordered(k, s).find(([q]) => q.start >= from);
  return p && gap.test(k.ctx.text.slice(from, p[0].start)) ? p : undefined;
}

/** A leader named by a mention's title or by an office. */
const isLeader = (k: RelKit, p: PersonMention) =>
  p.titles.some((t) => LEADER_TITLES.test(t.title) && !t.former) || k.leaders.includes(k.clusterOf.get(p)!);

/**
 * Rule negotiates-for.team-members: "Sri Lanka's negotiating team with the bondholders comprised A and B", "The Uzbek
 * delegation, with Deputy Foreign Minister X at its head, held the third round", "The Chilean negotiating team, under
 * X, closed the chapter": the members named act for the side (a delegation only in a sentence of talks).
 */
function teamMembers(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const noun = ROL15_PATTERNS.teamNoun.exec(text.slice(h.end, s.end));
    const whole = /\s(team|delegation)$/i.exec(h.surface);
    const at = h.end + (noun?.[0].length ?? 0);
    const m = noun || whole ? ROL15_PATTERNS.teamRest.exec(text.slice(at, s.end)) : null;
    if (!m || (/delegation/i.test((noun ?? whole)![1]!) && !ROL15_PATTERNS.talks.test(s.text))) continue;
    const from = at + m[0].length;
    const end = ROL15_PATTERNS.listEnd.exec(text.slice(from, s.end));
    const to = end ? from + end.index : s.end;
    const key = k.hitKeys.get(h);
    const people = ordered(k, s).filter(([p]) => startOf(p) >= from && p.end <= to);
    const withHead = /with\s+$/.test(m[0]);
    const under = /under\s+$/.test(m[0]);
    // ", under X" / ", with X at its head": the person right after (title words only between).
    const next = people.slice(0, 1).filter(([p]) => ROL15_PATTERNS.titleWords.test(text.slice(from, p.start)));
    const members = withHead
      ? next.filter(([p]) => ROL15_PATTERNS.atItsHead.test(text.slice(endOf(p), s.end)))
      : under
        ? next
        : people;
    for (const [, pk] of members)
      if (key) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.team-members');
  }
}

/**
 * Rules negotiates-for.for-side-list and negotiates-for.from-side-led-by: "For the Peruvian side, Vice Minister X took
 * part", "Negotiators of the treaty: for Tuvalu, Foreign Minister X; for Australia, Ambassador Y", "Negotiators from
 * Bhutan, led by Foreign Secretary X, and from China, led by Vice Foreign Minister Y": the person right after acts for
 * the side (a list "for" needs talks or negotiators in the sentence; "On the X side," is read by other rules).
 */
function sideList(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const P = ROL15_PATTERNS;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const before = text.slice(s.start, h.start);
    const forSide = P.forSideBefore.test(before) && /^[Ff]/.test(before.replace(/^.*[:;]\s*/, ''));
    const side = /^\s+side\b/.test(text.slice(h.end, h.end + 6)) || h.surface.endsWith(' side');
    const fromSide = P.fromSideBefore.test(before);
    if (forSide && (side || (P.talks.test(s.text) && /[:;]/.test(s.text)))) {
      const p = personFrom(k, s, h.end, P.forSideAfter);
      if (p) k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.for-side-list');
    } else if (fromSide && /negotiat|delegation|team/i.test(before)) {
      const p = personFrom(k, s, h.end, P.fromSideAfter);
      if (p) k.ctx.relate('NEGOTIATES_FOR', p[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.from-side-led-by');
    }
  }
}

/**
 * Rule negotiates-for.led-the-countrys-negotiations: "Zambia's Finance Minister, X, who spearheaded the country's debt
 * negotiations": the state the sentence named before, else the readout's own.
 */
function ledCountrys(k: RelKit, s: Sentence): void {
  for (const m of s.text.matchAll(ROL15_PATTERNS.ledCountrys)) {
    const at = s.start + m.index;
    const agent = ordered(k, s)
      .filter(([p]) => endOf(p) <= at && !/[;]/.test(k.ctx.text.slice(endOf(p), at)))
      .pop();
    const inAgent = (h: GazetteerHit) => agent && h.start >= startOf(agent[0]) && h.end <= endOf(agent[0]);
    const before = k.hitsIn(s.start, at).find((h) => h.type === 'State' && !inAgent(h));
    const own = agent ? k.clusterOf.get(agent[0])?.state : undefined;
    const key = before ? k.hitKeys.get(before) : own ? k.stateKey(own) : undefined;
    if (agent && key)
      k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.led-the-countrys-negotiations');
  }
}

/**
 * Rules negotiates-for.leader-assigned and negotiates-for.appointed-by-reduced: "President Y has assigned Foreign
 * Minister X to head Zambia's negotiations with Tanzania", "X, the negotiator appointed by Prime Minister Y": X acts for
 * the leader Y.
 */
function leaderAssigned(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  people.forEach(([p, pk], i) => {
    const next = people[i + 1];
    if (!next) return;
    const gap = text.slice(endOf(p), startOf(next[0]));
    const assigned =
      isLeader(k, p) &&
      ROL15_PATTERNS.assignVerb.test(gap) &&
      ROL15_PATTERNS.assignTask.test(text.slice(endOf(next[0]), s.end));
    if (assigned && next[1] !== pk)
      k.ctx.relate('NEGOTIATES_FOR', next[1], pk, s.index, 'negotiates-for.leader-assigned');
    const reduced = isLeader(k, next[0]) && ROL15_PATTERNS.appointedBy.test(text.slice(endOf(p), next[0].start));
    if (reduced && next[1] !== pk)
      k.ctx.relate('NEGOTIATES_FOR', pk, next[1], s.index, 'negotiates-for.appointed-by-reduced');
  });
}

/**
 * Rules negotiates-for.org-designated and negotiates-for.org-led-mediation: "X, whom the African Union designated as
 * mediator between A and B", "The African Union-led mediation, headed by X": X acts for the organisation.
 */
function orgMediation(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'Organization')) {
    const key = k.hitKeys.get(h);
    const head = personFrom(k, s, h.end, ROL15_PATTERNS.orgLedMediation);
    if (key && head) k.ctx.relate('NEGOTIATES_FOR', head[1], key, s.index, 'negotiates-for.org-led-mediation');
    if (!key || !ROL15_PATTERNS.orgDesignatedVerb.test(text.slice(h.end, s.end))) continue;
    const agent = ordered(k, s)
      .filter(([p]) => endOf(p) <= h.start)
      .pop();
    if (agent && /^\s*,\s+whom\s+(?:the\s+)?$/.test(text.slice(endOf(agent[0]), h.start)))
      k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.org-designated');
  }
}

/**
 * Rule negotiates-for.mediation-of: "Under the mediation of Kenyan President X, the parties resumed the talks": the
 * mediator acts for the state of the office the text gives them.
 */
function mediationOf(k: RelKit, s: Sentence): void {
  for (const [p, pk] of ordered(k, s)) {
    if (!ROL15_PATTERNS.mediationOf.test(k.ctx.text.slice(s.start, p.start))) continue;
    const c = k.clusterOf.get(p);
    const owner = c ? (k.people.offices.get(c) ?? []).map((o) => o.owner).find(Boolean) : undefined;
    const key = owner ? k.stateKey(owner) : undefined;
    if (key && !p.titles.every((t) => t.former))
      k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.mediation-of');
  }
}

/**
 * Rules reports-to.fronted-orders and reports-to.team-answers-to: "On the orders of King Y, Foreign Minister X led …",
 * "Acting on instructions from Emir Y, Prime Minister X led …", "The negotiating team, which answers directly to Prime
 * Minister Y, is led by X": X reports to Y.
 */
function ordersAndAnswers(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  const fronted = ROL15_PATTERNS.frontedOrders.exec(s.text);
  if (fronted) {
    const boss = personFrom(k, s, s.start + fronted[0].length, /^(?:[\p{L}.'’-]+\s+){0,4}$/u);
    const comma = boss ? text.indexOf(',', endOf(boss[0])) : -1;
    const agent = boss && comma >= 0 ? people.find(([p]) => p.start > comma && p !== boss[0]) : undefined;
    if (boss && agent && agent[1] !== boss[1] && !/[;]/.test(text.slice(endOf(boss[0]), agent[0].start)))
      k.ctx.relate('REPORTS_TO', agent[1], boss[1], s.index, 'reports-to.fronted-orders');
  }
  people.forEach(([p, pk], i) => {
    const agent = people[i + 1];
    if (!agent || !isLeader(k, p) || !ROL15_PATTERNS.answersTo.test(text.slice(s.start, p.start))) return;
    if (ROL15_PATTERNS.teamLedBy.test(text.slice(endOf(p), agent[0].start)) && agent[1] !== pk)
      k.ctx.relate('REPORTS_TO', agent[1], pk, s.index, 'reports-to.team-answers-to');
  });
}

/**
 * Rule negotiates-for.heads-of-delegation-list: "The second round of the free trade talks closed in London. Heads of
 * delegation: A (United Kingdom), B (India)": a head of delegation listed with a side in parentheses acts for that
 * side when the sentence or the one before speaks of talks.
 */
function headsOfDelegationList(k: RelKit, s: Sentence): void {
  const listed = k.personsIn(s.index).filter(([p]) => p.rule === 'person.heads-of-delegations' && p.ofState);
  const prev = k.ctx.sentences[s.index - 1];
  if (!listed.length || (!ROL15_PATTERNS.talks.test(s.text) && !(prev && ROL15_PATTERNS.talks.test(prev.text)))) return;
  for (const [p, pk] of listed) {
    const key = k.stateKey(p.ofState!);
    if (key) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.heads-of-delegation-list');
  }
}

/**
 * The words without which a rule's patterns cannot match in a sentence (gates.ts; lower case): the verb or noun each
 * of its patterns holds as a literal.
 */
export const ROL15_NEEDS = {
  /** ledCountrys: "the country's / Kingdom's / Republic's / nation's". */
  ledCountrys: ['country', 'kingdom', 'republic', 'nation'].flatMap((w) => [`${w}'s`, `${w}’s`]),
  /** leaderAssigned: the verbs of assignVerb (appointedBy's are among them). */
  leaderAssigned: [
    'assigned',
    'appointed',
    'tasked',
    'named',
    'charged',
    'instructed',
    'mandated',
    'designated',
    'asked',
    'chose',
  ],
  /** orgMediation: "-led" of orgLedMediation, the verbs of orgDesignatedVerb. */
  orgMediation: ['-led', 'designated', 'appointed', 'named', 'mandated', 'chose'],
  /** mediationOf: "the mediation / facilitation / good offices of". */
  mediationOf: ['mediation', 'facilitation', 'offices'],
  /** ordersAndAnswers (whole words, `wordGate`): the nouns of frontedOrders, the verbs of answersTo and its "under". */
  ordersAndAnswers: wordGate(
    ['orders', 'instructions', 'stewardship', 'supervision', 'direction'],
    ['answers', 'answer', 'reports', 'report', 'accountable', 'under'],
  ),
  /** teamMembers (whole words or stems): teamNoun's nouns, or a side's hit ending in "team" or "delegation". */
  teamMembers: wordGate('team*', 'delegation*', 'negotiators'),
  /** sideList: the "side" of a for-side list, else its colon or semicolon; fromSideAfter's "led" and "headed". */
  sideList: orMarks(wordGate('side*', 'led', 'headed'), /[:;]/),
};

const gated = {
  ledCountrys: whenWords(ROL15_NEEDS.ledCountrys, ledCountrys),
  leaderAssigned: whenWords(ROL15_NEEDS.leaderAssigned, leaderAssigned),
  orgMediation: whenWords(ROL15_NEEDS.orgMediation, orgMediation),
  mediationOf: whenWords(ROL15_NEEDS.mediationOf, mediationOf),
  ordersAndAnswers: whenWord(ROL15_NEEDS.ordersAndAnswers, ordersAndAnswers),
  teamMembers: whenWord(ROL15_NEEDS.teamMembers, teamMembers),
  sideList: whenWord(ROL15_NEEDS.sideList, sideList),
};

/** Adds the rol15 rules' relations. */
export function addRol15Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.teamMembers(k, s);
    gated.sideList(k, s);
    gated.ledCountrys(k, s);
    gated.leaderAssigned(k, s);
    gated.orgMediation(k, s);
    gated.mediationOf(k, s);
    gated.ordersAndAnswers(k, s);
    headsOfDelegationList(k, s);
  }
}
