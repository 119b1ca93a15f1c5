// The rol20 round's role rules (issue 6), written on the eleventh, blind roles bank (bank-roles-11.ts): a state's or
// community's leader told by "leader" ("the Kosovo leader's chief negotiator, X", "X, negotiator for the Greek Cypriot
// leader"), the principal told by an office other than rol19's ("the Taoiseach's special envoy", "the Crown Prince's
// envoy", "the Commission President's chief negotiator", "the Chairperson-in-Office's Special Representative") or by
// an office nobody named holds ("The Prime Minister's representative at the talks, X", "X, envoy of the Head of
// State,": the issuer's state), teams and lists ("the negotiating teams of Kenya, led by A, and Uganda, led by B",
// "Mauritius's team was headed by A; the Maldives', by B", "co-led the Samoan team with B", "A and her Tongan
// counterpart B led their delegations", "Head of delegation (Seychelles): A", "Members of the Lesotho negotiating
// team: A, B and C", "headed respectively by Minister A of Botswana and Minister B of Namibia", "On the Lao side, A;",
// "The AU High-Level Panel …, chaired by A with B and C as members"), a bare role of the issuer's ("The newly appointed
// chief negotiator, X", "The interim head of the negotiating team, X"), nominal roles ("The task of negotiating for
// Oman … was given to X", "The mediation on behalf of SADC … is in the hands of X", "Honduras's interests at the
// talks were represented by X", "The lead in the negotiations for Denmark … is taken by X", "X, Kiribati's focal
// point for the talks", "The Bangladeshi team, under the leadership of X"), and the negatives the bank's first pass
// gave facts for (a predecessor, a state "represented" as an observer, a briefing "on behalf of" a body, the one who
// congratulated an appointee, a role "who as … had" held in another, past process, a person led a second state's
// team in a list). Rule ids are what --explain prints.
import type { PersonCluster, PersonMention } from './types.ts';
import { LEADER_TITLES } from './lexicons.ts';
import type { RelKit } from './rel-kit.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { endOf, startOf } from './mention-span.ts';
import { isSide, peopleInOrder as ordered, agentBefore } from './kit-people.ts';
import { ROL18_PATTERNS } from './rules-rol18.ts';
import { isoOf } from './people-stage.ts';
import { cueGate, sentenceCued, whenWord, wordGate } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Offices a role can be told by beyond rol19's, each with what a holder's title (or title and owner) must match. */
export const ROL20_OFFICES: [RegExp, RegExp][] = [
  [/^taoiseach$/i, /^Taoiseach\b/],
  [/^secretary of state$/i, /^Secretary\s+of\s+State\b/],
  [/^crown prince$/i, /^Crown\s+Prince\b/],
  [/^commission president$/i, /^(?:Commission\s+President|President\s+of\s+the\s+(?:European\s+)?Commission)\b/],
  [/^chair(?:person|man)?-in-office$/i, /^Chair(?:person|man)?-in-Office\b/],
  [/^deputy president$/i, /^Deputy\s+President\b/],
  [/^vice[- ]president$/i, /^Vice[-\s]President\b/],
  [/^foreign secretary$/i, /^Foreign\s+Secretary\b/],
  [/^(?:federal )?chancellor$/i, /^(?:Federal\s+)?Chancellor\b/],
];

/** Patterns of the rol20 rules, as named data. */
export const ROL20_PATTERNS = {
  /** "the Taoiseach's special envoy", "The Commission President's chief negotiator". */
  officeRole:
    /\bthe\s+(Taoiseach|Secretary\s+of\s+State|Crown\s+Prince|Commission\s+President|Chair(?:person|man)?-in-Office|Deputy\s+President|Vice[-\s]President|Foreign\s+Secretary|(?:Federal\s+)?Chancellor)['’]s\s+(?:(?:special|personal|chief|senior|high|deputy|lead)\s+)*(envoy|representative|emissary|negotiator|mediator|sherpa)\b/giu,
  /** A leader's role told with no leader named: "The Prime Minister's representative at the talks". */
  unnamedLeaderRole:
    /\bthe\s+(Prime\s+Minister|President|Head\s+of\s+State|Head\s+of\s+Government|Taoiseach)['’]s\s+(?:(?:special|personal|chief|lead)\s+)*(envoy|representative|emissary|negotiator)\b/giu,
  /** "X, envoy of the Head of State,": an envoy of a leader's office in apposition. */
  envoyOfOffice:
    /^\s*,\s+(?:the\s+)?(?:(?:special|personal)\s+)?(?:envoy|emissary|representative)\s+of\s+the\s+(?:Head\s+of\s+State|Head\s+of\s+Government|President|Prime\s+Minister)\b(?!\s+of\b)(?!['’])/i,
  /** Between a role and its agent: a complement, a comma, a few title words. */
  roleToAgent: /^(?:\s+(?:for|on|to|in|at)\s+[^,;.()]{1,100}?)?\s*,\s*(?:[\p{L}.'’-]+\s+){0,4}$/u,
  /** After a state: "leader's chief negotiator", "leader's envoy". */
  leaderRole:
    /^\s+leader['’]s\s+(?:(?:special|personal|chief|senior|lead)\s+)*(?:envoy|representative|emissary|negotiator|mediator)\b/,
  /** Before a state: "negotiator for the", after it " leader". */
  roleForLeader:
    /,\s+(?:the\s+)?(?:(?:special|personal|chief|lead)\s+)*(?:envoy|representative|emissary|negotiator|mediator)\s+(?:for|of|to)\s+the\s+(?:\p{Lu}[\p{L}-]*\s+)?$/iu,
  leaderAfter: /^\s+leader\b(?!['’])/,
  /** "the negotiating teams of Kenya, led by A, and Uganda, led by B": a state in such a list, then its leader. */
  listOf: /\b(?:teams|delegations|negotiators|panels)\s+of\s+(?:[^;.]{0,120}?,\s+(?:and\s+)?)?$/,
  listLedBy: /^\s*,\s+(?:led|headed)\s+by\s+/,
  /** "Mauritius's team was headed by A; the Maldives', by B". */
  gappedBy: /^['’]s?\s*,\s+by\s+/,
  gappedOpen: /;\s+(?:the\s+)?$/,
  teamHeadedBy: /\b(?:team|delegation|side)\s+(?:was|were|is)\s+(?:led|headed)\s+by\b/,
  /** "who co-led the Samoan team with B". */
  coLedBefore: /\bco-(?:led|headed|chaired)\s+(?:the\s+)?$/,
  coLedAfter: /^(?:\s+(?:negotiating\s+)?(?:team|delegation))?\s+with\s+/,
  /** "and her Tongan counterpart B led their delegations". */
  counterpartBefore: /\b(?:and|with)\s+(?:his|her|their)\s+$/,
  counterpartAfter: /^\s+counterparts?\s*,?\s*/,
  ledTheirDelegations: /^\s*,?\s+(?:led|headed)\s+their\s+(?:respective\s+)?(?:delegations|teams|sides)\b/,
  /** "Head of delegation (Seychelles): A." */
  labelHead: /(?:^|[.;]\s+)(?:Head|Leader|Chief)\s+of\s+(?:the\s+)?delegation\s*\(\s*$/,
  labelAfter: /^\s*\)\s*:\s*/,
  /** "Members of the Lesotho negotiating team: A (team leader), B and C." */
  membersOf: /\bMembers\s+of\s+(?:the\s+)?$/,
  membersAfter: /^\s+(?:negotiating|negotiation)\s+team\s*:\s+/,
  /** "The two teams were headed respectively by Minister A of Botswana and Minister B of Namibia." */
  ledRespectivelyBy: /\b(?:led|headed)\s+respectively\s+by\b|\brespectively\s+(?:led|headed)\s+by\b/,
  ofStateAfter: /^\s+of\s+(?:the\s+)?$/,
  /** "On the Lao side, A; on the Thai side, B." */
  onTheSide: /\b[Oo]n\s+(?:the\s+)?$/,
  sideComma: /^(?:\s+side)?\s*,\s*/,
  noVerbAfter: /^\s*(?:[;.]|$)/,
  /** "The AU High-Level Panel on South Sudan, chaired by A with B and C as members". */
  panelChaired:
    /^\s*(?:[A-Z][\p{L}-]*\s+){0,4}?(?:Panel|Mediation\s+Team)(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,3})?\s*,\s+(?:chaired|led|headed)\s+by\s+/u,
  panelWith: /^\s+with\s+/,
  asMembers: /^\s+as\s+(?:its\s+)?members\b/,
  /** "The newly appointed chief negotiator, X,", "The interim head of the negotiating team, X,": no side named. */
  bareRole:
    /(?:^|[.;]\s+)The\s+(?:(?:newly\s+appointed|newly\s+named|new|interim|acting)\s+)(?:(?:chief|lead|principal)\s+negotiator|head\s+of\s+the\s+(?:negotiating|negotiation)\s+team)\s*,\s*/g,
  /**
   * Nominal roles as [what stands before the side, what follows it up to the agent]: "The task of negotiating for Oman
   * … was given to", "The mediation on behalf of SADC … is in the hands of", "Honduras's interests at the talks were
   * represented by", "The lead in the negotiations for Denmark … is taken by".
   */
  nominal: [
    [
      /\b(?:task|job|duty|mandate)\s+of\s+(?:negotiating|representing|speaking)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/i,
      /^[^;.]{0,120}?\s+(?:was|is|has\s+been|were)\s+(?:given|entrusted|assigned|confided|handed)\s+to\s+/,
    ],
    [
      /\b(?:mediation|negotiations?|talks|facilitation)\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?$/i,
      /^[^;.]{0,120}?\s+(?:is|was|are|were|remains?|rests?|lies|lay)\s+in\s+the\s+hands\s+of\s+/,
    ],
    [
      /(?:^|\s)$/,
      /^['’]s?\s+interests\b[^;.]{0,100}?\s+(?:were|was|are|is|will\s+be)\s+(?:represented|defended)\s+by\s+/,
    ],
    [
      /\b(?:lead|leadership)\s+(?:in|on|of)\s+the\s+(?:negotiations|talks)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/i,
      /^[^;.]{0,120}?\s+(?:is|was|has\s+been)\s+(?:taken|held|assumed|exercised)\s+by\s+/,
    ],
  ] as [RegExp, RegExp][],
  /** "X, Kiribati's focal point for the fisheries talks": a focal point of talks, in apposition. */
  focalPoint:
    /^['’]s?\s+(?:focal\s+point|chief\s+interlocutor|point\s+(?:man|woman))\s+(?:for|in|on|at)\s+(?:the\s+)?[^,;.]{0,60}?\b(?:talks|negotiations|dialogue|consultations)\b/,
  /** "The Bangladeshi team, under the leadership of X,". */
  underLeadership:
    /^(?:\s+(?:negotiating\s+)?(?:team|delegation))?\s*,\s+under\s+the\s+(?:leadership|stewardship)\s+of\s+/,
  /** "facilitated the talks … on behalf of the Secretary-General" with nobody holding the office named. */
  behalfOfSg: /\bon\s+behalf\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Secretary-General\b(?!\s+of\b)(?!['’])/g,
  /** "The Special Envoy of the Chairperson of the AU Commission for …": the Union's envoy. */
  auChairEnvoy:
    /\b(?:(?:Special|High|Personal)\s+)?(?:Envoy|Representative)\s+of\s+the\s+Chair(?:person|man)?\s+of\s+the\s+(?:AU|African\s+Union)\s+Commission\b/g,
  /** "the Kingdom's delegation", "X, the Kingdom's chief negotiator": the issuer named by its kind of state. */
  kingdoms:
    /\bthe\s+(?:Kingdom|Sultanate|Emirate|country)['’]s\s+(?:(?:chief|lead|principal|top)\s+)?(negotiator|delegation|negotiating\s+team)\b/gi,
};

/** Negatives: what the vetoes (rule negotiates-for.rol20-not) read. */
export const ROL20_NOT = {
  /** "her predecessor as Special Envoy, B": a former holder. */
  predecessor: /\b(?:his|her|their|its|the)\s+predecessors?\b(?:\s+as\b(?:\s+[^,;.]{1,60}?)?)?\s*,?\s*$/i,
  /** "Norway and Switzerland followed the round as observers;": the sides before it watch the talks. */
  observers: /\bas\s+(?:an?\s+)?observers?\b/gi,
  /** Only sides' names, "and", "the" and commas before a side: the side opens its clause (the observer's subject). */
  clauseSubject: /^[\s,]*(?:(?:and|the)\s+|\p{Lu}[\p{L}-]*[\s,]+)*$/u,
  /** "X briefed the member states … on behalf of the Secretariat": a briefing, no negotiation. */
  briefing: /^\s*(?:also\s+)?(?:briefed|informed|updated|addressed|thanked|congratulated|welcomed|greeted)\b/,
  /** "A congratulated B on his appointment as Fiji's chief negotiator": the role is B's. */
  congratulated: /\b(?:congratulated|thanked|welcomed)\b[^;.]{0,80}?\bon\s+(?:his|her|their)\s+appointment\s+as\b/,
  /** "B, who as Norway's special envoy had helped broker the 2016 accord": a role of a past process. */
  pastRelative: /^\s*,\s+who\s+as\s+[^,;.]{1,80}?\s+had\s+(?:\w+\s+){0,2}?\w+ed\b/,
};

const P = ROL20_PATTERNS;
const TITLE_GAP = /^(?:\s*[\p{L}.'’-]+){0,6}\s*$/u;
/** Only a title between a side's comma and its person: capitalised words and the title's small words ("Minister of State for"). */
const SIDE_TITLE_GAP = /^(?:\s*(?:\p{Lu}[\p{L}.'’-]*|of|for|the|and)){0,6}\s*$/u;

const relate = (k: RelKit, type: 'NEGOTIATES_FOR' | 'REPORTS_TO', from?: string, to?: string, si = 0, rule = '') => {
  if (from && to && from !== to) k.ctx.relate(type, from, to, si, rule);
};

/** The first person whose mention (or name) starts at `from` with only `gap` between. */
export function personAt(k: RelKit, s: Sentence, from: number, gap: RegExp = /^\s*$/): Person | undefined {
  const text = k.ctx.text;
  return ordered(k, s).find(
    ([p]) => p.end > from && [startOf(p), p.start].some((e) => e >= from && gap.test(text.slice(from, e))),
  );
}

/** The issuer's state as a candidate (added when the text never names it). */
export function homeKey(k: RelKit, home = k.people.home): string | undefined {
  if (!home) return undefined;
  return k.stateKey(home) ?? k.ctx.add('State', home, undefined, 'state.government-of-readout', isoOf(home), false);
}

/** "The OSCE Chairperson-in-Office, Foreign Minister X": the office told in apposition right before the mention. */
function toldBefore(k: RelKit, m: PersonMention, want: RegExp): boolean {
  const before = k.ctx.text.slice(Math.max(0, startOf(m) - 60), startOf(m));
  const title =
    /(?:^|\bthe\s+|\b[A-Z]{2,}\s+)([A-Z][\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\p{L}-]*){0,4})\s*,\s*$/u.exec(
      before,
    );
  return !!title && want.test(title[1]!.replace(/^(?:The\s+)?(?:[A-Z]{2,}\s+)?/, ''));
}

/** The one person of the readout whose office (title, and owner) matches `want`. */
export function holderOf(k: RelKit, want: RegExp, not?: string): string | undefined {
  const holders = k.people.clusters.filter(
    (c) =>
      k.key(c) !== not &&
      ((k.people.offices.get(c) ?? []).some((o) => want.test(o.title) || want.test(`${o.title} ${o.owner}`)) ||
        c.mentions.some(
          (m) =>
            m.titles.some((t) => !t.former && (want.test(t.title) || want.test(t.surface))) || toldBefore(k, m, want),
        )),
  );
  return holders.length === 1 ? k.key(holders[0]!) : undefined;
}

/** The agent of a role phrase from `at` to `end`: the person after it ("…'s envoy, X") or before it ("X, the …"). */
export function roleAgent(k: RelKit, s: Sentence, at: number, end: number): Person | undefined {
  const text = k.ctx.text;
  const after = personAt(k, s, end, P.roleToAgent);
  if (after) return after;
  const before = agentBefore(k, s, at);
  return before && /^\s*,\s*(?:who\s+(?:is|was)\s+)?$/.test(text.slice(endOf(before[0]), at)) ? before : undefined;
}

/**
 * Rules negotiates-for.office-possessive-role-2 and negotiates-for.unnamed-leader-role: "The Taoiseach's special envoy,
 * X," (X acts for the one holder of that office the readout names); "The Prime Minister's representative at the talks,
 * X," and "X, envoy of the Head of State," with no leader named at all (X acts for the issuer's state).
 */
function officeRoles(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.officeRole)) {
    const at = s.start + m.index;
    const agent = roleAgent(k, s, at, at + m[0].length);
    const want = ROL20_OFFICES.find(([t]) => t.test(m[1]!.replace(/\s+/g, ' ')))?.[1];
    const boss = agent && want ? holderOf(k, want, agent[1]) : undefined;
    relate(k, 'NEGOTIATES_FOR', agent?.[1], boss, s.index, 'negotiates-for.office-possessive-role-2');
  }
  if (!k.people.home || k.leaders.length) return;
  for (const m of s.text.matchAll(P.unnamedLeaderRole)) {
    const at = s.start + m.index;
    const agent = roleAgent(k, s, at, at + m[0].length);
    relate(k, 'NEGOTIATES_FOR', agent?.[1], homeKey(k), s.index, 'negotiates-for.unnamed-leader-role');
  }
  for (const [p, pk] of ordered(k, s))
    if (P.envoyOfOffice.test(text.slice(endOf(p), s.end)))
      relate(k, 'NEGOTIATES_FOR', pk, homeKey(k), s.index, 'negotiates-for.unnamed-leader-role');
}

/** The one leader of the readout whose office belongs to state `name`. */
function leaderOf(k: RelKit, name: string): string | undefined {
  const titled = k.people.clusters.filter((c) =>
    c.mentions.some((m) => m.titles.some((t) => !t.former && LEADER_TITLES.test(t.title))),
  );
  const owners = (c: PersonCluster) => [...(k.people.offices.get(c) ?? []).map((o) => o.owner), c.state];
  const found = titled.filter((c) => owners(c).includes(name));
  // A leader's title with no owner, when every other leader's office is another's: "Prime Minister Albin Kurti".
  const unowned = titled.filter((c) => !owners(c).some(Boolean));
  const one = found.length ? found : unowned;
  return one.length === 1 ? k.key(one[0]!) : undefined;
}

/**
 * Rule negotiates-for.state-leaders-role: "The Kosovo leader's chief negotiator, X," and "X, negotiator for the Greek
 * Cypriot leader," with the leader named by another title ("Prime Minister Y", "President Z"): X acts for the one
 * leader whose office is that state's.
 */
function stateLeadersRole(k: RelKit, s: Sentence): void {
  if (!/\bleader\b/.test(s.text)) return;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'State')) {
    const after = text.slice(h.end, s.end);
    const own = P.leaderRole.exec(after);
    const agent = own
      ? roleAgent(k, s, h.start, h.end + own[0].length)
      : P.leaderAfter.test(after) && P.roleForLeader.test(text.slice(s.start, h.start))
        ? agentBefore(k, s, h.start)
        : undefined;
    relate(
      k,
      'NEGOTIATES_FOR',
      agent?.[1],
      agent ? leaderOf(k, h.name) : undefined,
      s.index,
      'negotiates-for.state-leaders-role',
    );
  }
}

/**
 * Pairs of a list, [person, side, rule]: "the negotiating teams of Kenya, led by A, and Uganda, led by B"
 * (negotiates-for.list-led-by); "Mauritius's team was headed by A; the Maldives', by B" (the gapped second,
 * negotiates-for.gapped-possessive-by).
 */
function listLedPairs(k: RelKit, s: Sentence): [Person, GazetteerHit, string][] {
  if (!/\b(?:led|headed)\s+by\b/.test(s.text)) return [];
  const text = k.ctx.text;
  const listed: [Person, GazetteerHit, string][] = [];
  const gapped: [Person, GazetteerHit, string][] = [];
  const headed = P.teamHeadedBy.test(s.text);
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const m = P.listOf.test(text.slice(s.start, h.start)) ? P.listLedBy.exec(text.slice(h.end, s.end)) : null;
    const agent = m ? personAt(k, s, h.end + m[0].length, TITLE_GAP) : undefined;
    if (agent) listed.push([agent, h, 'negotiates-for.list-led-by']);
    const gap =
      headed && P.gappedOpen.test(text.slice(s.start, h.start)) ? P.gappedBy.exec(text.slice(h.end, s.end)) : null;
    const second = gap ? personAt(k, s, h.end + gap[0].length, TITLE_GAP) : undefined;
    if (second) gapped.push([second, h, 'negotiates-for.gapped-possessive-by']);
  }
  return [...(listed.length > 1 ? listed : []), ...gapped];
}

/**
 * Rules negotiates-for.list-led-by, negotiates-for.gapped-possessive-by, negotiates-for.co-led-with and
 * negotiates-for.counterparts-led-delegations: "the negotiating teams of Kenya, led by A, and Uganda, led by B";
 * "Mauritius's team was headed by A; the Maldives', by B"; "A, who co-led the Samoan team with B,"; "Minister A and
 * her Tongan counterpart B led their delegations at the talks" (A for the state of A's office).
 */
function teamPairs(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const [[, pk], h, rule] of listLedPairs(k, s)) relate(k, 'NEGOTIATES_FOR', pk, k.hitKeys.get(h), s.index, rule);
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const before = text.slice(s.start, h.start);
    const after = text.slice(h.end, s.end);
    const co = P.coLedBefore.test(before) ? P.coLedAfter.exec(after) : null;
    if (co) {
      relate(
        k,
        'NEGOTIATES_FOR',
        personAt(k, s, h.end + co[0].length, TITLE_GAP)?.[1],
        key,
        s.index,
        'negotiates-for.co-led-with',
      );
      relate(k, 'NEGOTIATES_FOR', agentBefore(k, s, h.start)?.[1], key, s.index, 'negotiates-for.co-led-with');
    }
    const cp = h.demonym && P.counterpartBefore.test(before) ? P.counterpartAfter.exec(after) : null;
    const other = cp ? personAt(k, s, h.end + cp[0].length, TITLE_GAP) : undefined;
    if (!other || !P.ledTheirDelegations.test(text.slice(endOf(other[0]), s.end)) || !talksAround(k, s)) continue;
    relate(k, 'NEGOTIATES_FOR', other[1], key, s.index, 'negotiates-for.counterparts-led-delegations');
    const first = agentBefore(k, s, h.start);
    const c = first ? k.clusterOf.get(first[0]) : undefined;
    const own = c
      ? (k.people.offices.get(c) ?? []).map((o) => o.owner).find((o) => o !== h.name && k.stateKey(o))
      : undefined;
    relate(
      k,
      'NEGOTIATES_FOR',
      first?.[1],
      own ? k.stateKey(own) : undefined,
      s.index,
      'negotiates-for.counterparts-led-delegations',
    );
  }
}

/** Whether the sentence, or one of the two before it, names talks, and none a gathering. */
export function talksAround(k: RelKit, s: Sentence): boolean {
  const near = k.ctx.sentences
    .slice(Math.max(0, s.index - 2), s.index + 1)
    .map((x) => x.text.replace(/\bnegotiators?\b/gi, ''))
    .join(' ');
  return ROL18_PATTERNS.talks.test(near) && !ROL18_PATTERNS.gathering.test(near);
}

/** The people of `s` from `from` to the sentence's end or its first semicolon. */
function peopleTo(k: RelKit, s: Sentence, from: number): Person[] {
  const stop = /;/.exec(k.ctx.text.slice(from, s.end));
  const to = stop ? from + stop.index : s.end;
  return ordered(k, s).filter(([p]) => startOf(p) >= from && p.end <= to);
}

/**
 * Rules negotiates-for.label-head, negotiates-for.members-colon, negotiates-for.side-comma-name and
 * negotiates-for.panel-chaired-with: in talks, "Head of delegation (Seychelles): A."; "Members of the Lesotho
 * negotiating team: A (team leader), B and C."; "On the Lao side, A; on the Thai side, B."; "The AU High-Level Panel
 * on South Sudan, chaired by A with B and C as members" (each for the organisation).
 */
function labelledLists(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  let talks: boolean | undefined;
  const inTalks = () => (talks ??= talksAround(k, s));
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const before = text.slice(s.start, h.start);
    const after = text.slice(h.end, s.end);
    const label = P.labelHead.test(before) && inTalks() ? P.labelAfter.exec(after) : null;
    if (label)
      relate(
        k,
        'NEGOTIATES_FOR',
        personAt(k, s, h.end + label[0].length, TITLE_GAP)?.[1],
        key,
        s.index,
        'negotiates-for.label-head',
      );
    const members = P.membersOf.test(before) && inTalks() ? P.membersAfter.exec(after) : null;
    for (const [, pk] of members ? peopleTo(k, s, h.end + members[0].length) : [])
      relate(k, 'NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.members-colon');
    const sideWord = /\sside$/i.test(h.surface) || /^\s+side\b/.test(after);
    const side = sideWord && P.onTheSide.test(before) && inTalks() ? P.sideComma.exec(after) : null;
    const named = side ? personAt(k, s, h.end + side[0].length, SIDE_TITLE_GAP) : undefined;
    if (named && P.noVerbAfter.test(text.slice(endOf(named[0]), s.end)))
      relate(k, 'NEGOTIATES_FOR', named[1], key, s.index, 'negotiates-for.side-comma-name');
    const panel = h.type === 'Organization' ? P.panelChaired.exec(after) : null;
    const chair = panel ? personAt(k, s, h.end + panel[0].length, TITLE_GAP) : undefined;
    if (!chair) continue;
    relate(k, 'NEGOTIATES_FOR', chair[1], key, s.index, 'negotiates-for.panel-chaired-with');
    const rest = text.slice(endOf(chair[0]), s.end);
    const close = P.panelWith.test(rest) ? /\s+as\s+(?:its\s+)?members\b/.exec(rest) : null;
    for (const [p, pk] of close ? ordered(k, s) : [])
      if (startOf(p) > endOf(chair[0]) && p.end <= endOf(chair[0]) + close!.index)
        relate(k, 'NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.panel-chaired-with');
  }
}

/**
 * Rule negotiates-for.led-respectively-of-state: "The two teams were headed respectively by Minister A of Botswana and
 * Minister B of Namibia": in talks, each person named after "led/headed respectively by" acts for the state of the
 * "of X" right after the name.
 */
function ledRespectivelyOfState(k: RelKit, s: Sentence): void {
  const m = sentenceCued(k, s, LED_RESPECTIVELY_BY_GATE) ? P.ledRespectivelyBy.exec(s.text) : null;
  if (!m || !talksAround(k, s)) return;
  const text = k.ctx.text;
  const states = k.hitsIn(s.start, s.end).filter((h) => h.type === 'State');
  for (const [p, pk] of ordered(k, s).filter(([q]) => startOf(q) > s.start + m.index)) {
    const h = states.find((x) => x.start >= p.end && P.ofStateAfter.test(text.slice(p.end, x.start)));
    relate(
      k,
      'NEGOTIATES_FOR',
      pk,
      h ? k.hitKeys.get(h) : p.ofState ? k.stateKey(p.ofState) : undefined,
      s.index,
      'negotiates-for.led-respectively-of-state',
    );
  }
}

/**
 * Rules negotiates-for.issuer-bare-role and negotiates-for.kingdoms-role: "The newly appointed chief negotiator, X,
 * opened the talks", "The interim head of the negotiating team, X," with no side named (the issuer's state); "X, the
 * Kingdom's chief negotiator", "The Kingdom's delegation …, led by X,", "X, who leads the Kingdom's delegation" in a readout whose only issuer cue is a
 * national news agency (ISSUER_AGENCIES: that agency's state).
 */
function issuerRoles(k: RelKit, s: Sentence, agencyState: string | undefined): void {
  const text = k.ctx.text;
  for (const m of k.people.home ? s.text.matchAll(P.bareRole) : []) {
    const end = s.start + m.index + m[0].length;
    if (k.hitsIn(s.start + m.index, end).length || !talksAround(k, s)) continue;
    relate(
      k,
      'NEGOTIATES_FOR',
      personAt(k, s, end, TITLE_GAP)?.[1],
      homeKey(k),
      s.index,
      'negotiates-for.issuer-bare-role',
    );
  }
  // ent25: the agency's state may be the issuer itself now (index.ts's issuer.agency-source).
  if (!agencyState || (k.people.home && k.people.home !== agencyState)) return;
  for (const m of s.text.matchAll(P.kingdoms)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const led = m[1] === 'negotiator' ? null : /^[^,;.]{0,80}?,\s+(?:led|headed)\s+by\s+/.exec(text.slice(end, s.end));
    const leads = /,\s+who\s+(?:leads|heads|led|headed)\s+$/.exec(text.slice(s.start, at));
    const lead = leads ? agentBefore(k, s, s.start + leads.index) : undefined;
    const leader = lead && /^\s*$/.test(text.slice(endOf(lead[0]), s.start + leads!.index)) ? lead : undefined;
    const agent = led ? personAt(k, s, end + led[0].length, TITLE_GAP) : (leader ?? roleAgent(k, s, at, end));
    relate(
      k,
      'NEGOTIATES_FOR',
      agent?.[1],
      agent ? homeKey(k, agencyState) : undefined,
      s.index,
      'negotiates-for.kingdoms-role',
    );
  }
}

/**
 * Rules negotiates-for.nominal-role-2, negotiates-for.focal-point and negotiates-for.team-under-leadership: "The task
 * of negotiating for Oman … was given to X", "The mediation on behalf of SADC … is in the hands of X", "Honduras's
 * interests at the talks were represented by X", "The lead in the negotiations for Denmark … is taken by X"; "X,
 * Kiribati's focal point for the fisheries talks,"; "The Bangladeshi team, under the leadership of X, concluded the
 * talks": the person acts for the side.
 */
function nominalRoles(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const before = text.slice(s.start, h.start);
    const after = text.slice(h.end, s.end);
    for (const [pre, post] of P.nominal) {
      const m = pre.test(before) ? post.exec(after) : null;
      relate(
        k,
        'NEGOTIATES_FOR',
        m ? personAt(k, s, h.end + m[0].length, TITLE_GAP)?.[1] : undefined,
        key,
        s.index,
        'negotiates-for.nominal-role-2',
      );
    }
    const focal = P.focalPoint.test(after) ? agentBefore(k, s, h.start) : undefined;
    if (focal && /^\s*,\s*$/.test(text.slice(endOf(focal[0]), h.start)))
      relate(k, 'NEGOTIATES_FOR', focal[1], key, s.index, 'negotiates-for.focal-point');
    const under = P.underLeadership.exec(after);
    const body =
      /\s(?:team|delegation)$/i.test(h.surface) || /^\s+(?:negotiating\s+)?(?:team|delegation)\b/.test(after);
    if (under && body && /(?:^|\.\s+)(?:The\s+)?$/.test(before) && talksAround(k, s))
      relate(
        k,
        'NEGOTIATES_FOR',
        personAt(k, s, h.end + under[0].length, TITLE_GAP)?.[1],
        key,
        s.index,
        'negotiates-for.team-under-leadership',
      );
  }
}

/** An organisation's candidate key, added when the text names it only inside another name. */
function orgKey(k: RelKit, name: string, rule: string): string {
  return k.stateKey(name) ?? k.ctx.add('Organization', name, undefined, rule, {}, false);
}

/**
 * Rules negotiates-for.behalf-of-unnamed-sg and negotiates-for.au-chair-envoy: "X facilitated the talks … on behalf of
 * the Secretary-General" with no Secretary-General named and no organisation but the UN (X acts for the United
 * Nations); "The Special Envoy of the Chairperson of the AU Commission for the Great Lakes, X," (X acts for the
 * African Union, as the guide's envoys of a principal unnamed act for the organisation).
 */
function organisationOffices(k: RelKit, s: Sentence): void {
  const orgs = new Set(k.hits.filter((h) => h.type === 'Organization').map((h) => h.name));
  const unOnly = [...orgs].every((o) => o === 'United Nations');
  const sgNamed = k.people.clusters.some((c) =>
    c.mentions.some((m) => m.titles.some((t) => /^Secretary-General\b/.test(t.title))),
  );
  for (const m of unOnly && !sgNamed ? s.text.matchAll(P.behalfOfSg) : []) {
    const agent = agentBefore(k, s, s.start + m.index);
    if (agent && !ROL20_NOT.briefing.test(k.ctx.text.slice(endOf(agent[0]), s.end)))
      relate(
        k,
        'NEGOTIATES_FOR',
        agent[1],
        orgKey(k, 'United Nations', 'org.un-of-secretary-general'),
        s.index,
        'negotiates-for.behalf-of-unnamed-sg',
      );
  }
  for (const m of s.text.matchAll(P.auChairEnvoy)) {
    const at = s.start + m.index;
    const agent = roleAgent(k, s, at, at + m[0].length);
    if (agent)
      relate(
        k,
        'NEGOTIATES_FOR',
        agent[1],
        orgKey(k, 'African Union', 'org.au-of-commission'),
        s.index,
        'negotiates-for.au-chair-envoy',
      );
  }
}

/** The state of a national news agency named as the readout's source (ISSUER_AGENCIES). */
function agencyStateOf(k: RelKit, agencies: readonly [RegExp, string][]): string | undefined {
  const source = `${k.ctx.doc.source ?? ''} ${k.ctx.doc.url ?? ''}`;
  return agencies.find(([re]) => re.test(source))?.[1];
}

/** The words one of which every sentence a rol20 rule acts on holds (gates.ts, perf20c), from its patterns. */
export const ROL20_GATES = {
  /** officeRoles: the roles of officeRole, unnamedLeaderRole and envoyOfOffice. */
  officeRoles: wordGate('envoy', 'representative', 'emissary', 'negotiator', 'mediator', 'sherpa'),
  /** teamPairs: listLedPairs' "led/headed by", coLedBefore's, ledTheirDelegations' verbs. */
  teamPairs: wordGate('led', 'headed', 'chaired'),
  /** labelledLists: labelHead's "delegation", membersOf's "Members", the side's "side", panelChaired's nouns. */
  labelledLists: wordGate('delegation', 'members', 'side', 'panel', 'team'),
  /** issuerRoles: bareRole's "negotiator" or "team", kingdoms' kinds of state. */
  issuerRoles: wordGate('negotiator', 'team', 'kingdom', 'sultanate', 'emirate', 'country'),
  /** nominalRoles: each nominal form's noun ("task", "hands", "interests", "lead"), focalPoint's, underLeadership's. */
  nominalRoles: wordGate(
    ['task', 'job', 'duty', 'mandate', 'hands', 'interests', 'lead', 'leadership'],
    ['point', 'interlocutor', 'stewardship'],
  ),
  /** organisationOffices: behalfOfSg's "behalf", auChairEnvoy's chair. */
  organisationOffices: wordGate('behalf', 'chair', 'chairperson', 'chairman'),
  /** The vetoes (vetoedIn): predecessor, pastRelative's "who", briefing's "behalf", congratulated's "appointment",
   * observers, listLedPairs' verbs. */
  vetoes: wordGate(
    ['predecessor', 'predecessors', 'who', 'behalf', 'appointment', 'observer', 'observers'],
    ['led', 'headed'],
  ),
};

const gated = {
  officeRoles: whenWord(ROL20_GATES.officeRoles, officeRoles),
  teamPairs: whenWord(ROL20_GATES.teamPairs, teamPairs),
  labelledLists: whenWord(ROL20_GATES.labelledLists, labelledLists),
  issuerRoles: whenWord(ROL20_GATES.issuerRoles, issuerRoles),
  nominalRoles: whenWord(ROL20_GATES.nominalRoles, nominalRoles),
  organisationOffices: whenWord(ROL20_GATES.organisationOffices, organisationOffices),
};

/** Adds the rol20 rules' relations (`agencies`: ISSUER_AGENCIES, passed in to keep the lexicon the one list). */
export function addRol20Relations(k: RelKit, agencies: readonly [RegExp, string][]): void {
  const agencyState = agencyStateOf(k, agencies);
  for (const s of k.ctx.sentences) {
    gated.officeRoles(k, s);
    stateLeadersRole(k, s);
    gated.teamPairs(k, s);
    gated.labelledLists(k, s);
    ledRespectivelyOfState(k, s);
    gated.issuerRoles(k, s, agencyState);
    gated.nominalRoles(k, s);
    gated.organisationOffices(k, s);
  }
}

/**
 * Rule negotiates-for.respective-in-order (read by negotiates-for.on-behalf-respective): "Guyana and Suriname opened
 * talks …; A and B negotiated for their respective governments": as many people in the clause as states named before
 * them in the sentence, and no other state: each person acts for the state of the same rank.
 */
export function respectiveInOrder(k: RelKit, s: Sentence, people: readonly Person[]): string[] | undefined {
  if (people.length < 2) return undefined;
  const first = Math.min(...people.map(([p]) => startOf(p)));
  const names: string[] = [];
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'State' && !x.demonym))
    if (!names.includes(h.name)) names.push(h.name);
  const before = k.hitsIn(s.start, first).filter((x) => x.type === 'State');
  if (names.length !== people.length || before.length !== names.length) return undefined;
  const keys = before.map((h) => k.hitKeys.get(h)!);
  return keys.every(Boolean) ? keys : undefined;
}

/** The (person, side) pairs the vetoes drop in sentence `s`. */
function vetoedIn(k: RelKit, s: Sentence): { from: string; to?: string; rule: string }[] {
  const text = k.ctx.text;
  const out: { from: string; to?: string; rule: string }[] = [];
  const people = ordered(k, s);
  for (const [p, pk] of people) {
    if (ROL20_NOT.predecessor.test(text.slice(Math.max(s.start, startOf(p) - 80), startOf(p))))
      out.push({ from: pk, rule: 'predecessor' });
    if (ROL20_NOT.pastRelative.test(text.slice(endOf(p), s.end))) out.push({ from: pk, rule: 'past-relative' });
    const behalf = /\bon\s+behalf\s+of\b/.exec(text.slice(endOf(p), s.end));
    if (
      behalf &&
      ROL20_NOT.briefing.test(text.slice(endOf(p), s.end)) &&
      !/negotiat|\bsign/.test(text.slice(endOf(p), endOf(p) + behalf.index))
    )
      out.push({ from: pk, rule: 'briefing' });
    if (ROL20_NOT.congratulated.test(text.slice(endOf(p), s.end)) && p === people[0]?.[0])
      out.push({ from: pk, rule: 'congratulated' });
  }
  for (const m of s.text.matchAll(ROL20_NOT.observers)) {
    const open = s.text.lastIndexOf(';', m.index) + 1;
    const subject = (h: GazetteerHit) => ROL20_NOT.clauseSubject.test(k.ctx.text.slice(s.start + open, h.start));
    for (const h of k.hitsIn(s.start + open, s.start + m.index).filter((x) => isSide(x) && subject(x)))
      for (const [, pk] of people.filter(([q]) => startOf(q) > s.start + m.index))
        out.push({ from: pk, to: k.hitKeys.get(h), rule: 'observer' });
  }
  for (const [[, pk], h] of listLedPairs(k, s))
    for (const x of k.hitsIn(s.start, s.end).filter((y) => isSide(y) && y.name !== h.name))
      out.push({ from: pk, to: k.hitKeys.get(x), rule: 'list-other-side' });
  return out;
}

type Veto = { from: string; to?: string; rule: string; si: number };

/** The vetoes of sentence `s`, each given to `add` (a sentence without the vetoes' words is not read). */
const gatedVetoes = whenWord(ROL20_GATES.vetoes, function vetoesOf(k: RelKit, s: Sentence, add: (v: Veto) => void) {
  for (const v of vetoedIn(k, s)) add({ ...v, si: s.index });
});

/** Whether two candidate keys stand for one entity (a state named twice has two keys until they are merged). */
export function sameEntity(k: RelKit, a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [k.ctx.entity(a), k.ctx.entity(b)];
  return !!x && !!y && x.type === y.type && x.name === y.name;
}

/**
 * Rule negotiates-for.rol20-not: drops the NEGOTIATES_FOR read in a sentence from a predecessor ("met her predecessor
 * as Special Envoy, B"), to a side the sentence makes an observer ("Norway … as observers; Norway was represented by
 * X"), from one who briefed "on behalf of" a body, from one who congratulated an appointee, from one "who as … had
 * helped broker" a past accord, and from a person who led one state's team in a list to the list's other states.
 */
export function dropRol20Negatives(k: RelKit): void {
  const drops: Veto[] = [];
  for (const s of k.ctx.sentences) gatedVetoes(k, s, (v) => drops.push(v));
  if (!drops.length) return;
  const dropped = (r: { type: string; from: string; to: string; sentence: number }) =>
    r.type === 'NEGOTIATES_FOR' &&
    drops.some((d) => d.si === r.sentence && sameEntity(k, d.from, r.from) && (!d.to || sameEntity(k, d.to, r.to)));
  if (k.ctx.relations.some(dropped)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !dropped(r)));
}

/** Sentences holding a word cue of P.ledRespectivelyBy (perf29): the others hold no match of it. */
const LED_RESPECTIVELY_BY_GATE = cueGate(P.ledRespectivelyBy);
