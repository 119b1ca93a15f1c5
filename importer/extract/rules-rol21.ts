// The rol21 round's role rules (issue 6), written on the twelfth, blind roles bank (bank-roles-12.ts): a side's
// possessive role before its people ("Moscow's representative at the talks, X", "the M23's negotiators, A and B"), the
// principal told by a royal or religious office ("The Amir's personal envoy, X", "The Pope's envoy, Cardinal X"), a
// community's negotiator ("X, the negotiator for Greek Cypriot leader Y": the leader, never the kin state), plural
// roles in order ("A and B, the sherpas of France and Germany"; "the two Presidents' personal representatives, A and B
// respectively"), teams and panels ("deputy head of the Togolese negotiating team", "The government's panel, chaired
// by A", "the Gambian one, headed by B", "Gabon, whose delegation was led by A", "now leads the Mozambican government
// team"), mediators with a principal of their own ("designated by the African Union as mediator", "the facilitator
// appointed by the EAC Summit, X", "now mediator for the African Union", "A CARICOM team of mediators led by X", "who
// mediates between A and B on Qatar's behalf"), a change of holder ("A took over from B as the Secretary-General's
// Personal Envoy"; "replacing B"; "when B takes over"), the Secretary-General told by title only ("who represents the
// Secretary-General", "the Secretary-General's good offices, exercised by his Personal Envoy, X"), "for"-lists ("Each
// side named its representative: A for Azerbaijan and B for Georgia"), and the negatives the bank's first pass gave
// facts for (a community's double demonym read as a state, "The former Burundian chief negotiator").
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonCluster, PersonMention } from './types.ts';
import { endOf, startOf } from './mention-span.ts';
import { agentBefore, isSide, peopleInOrder as ordered } from './kit-people.ts';
import { holderOf, homeKey, personAt, roleAgent, sameEntity, talksAround } from './rules-rol20.ts';
import { whenWord, wordGate } from './gates.ts';
import { capitalState } from './capital-metonyms.ts';
import { COMMUNITY_DEMONYMS } from './lexicons.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

const ROLE_WORDS = String.raw`(?:negotiators?|envoys?|representatives?|emissar(?:y|ies)|mediators?|facilitators?|sherpas?)`;
const ROLE_MODS = String.raw`(?:(?:special|personal|chief|lead|principal|top|senior)\s+)*`;

/** Royal and religious offices a principal can be told by, each with what a holder's title must match. */
export const ROL21_OFFICES: [RegExp, RegExp][] = [
  [/^(?:amir|emir)$/i, /^(?:Amir|Emir)\b/],
  [/^king$/i, /^King\b/],
  [/^sultan$/i, /^Sultan\b/],
  [/^pope$/i, /^Pope\b/],
  [/^emperor$/i, /^Emperor\b/],
];

/** Patterns of the rol21 rules, as named data. */
export const ROL21_PATTERNS = {
  /** After a side: "'s representative at the Geneva talks, ", "'s negotiators, ". */
  possessiveRole: new RegExp(
    String.raw`^['’]s?\s+${ROLE_MODS}(${ROLE_WORDS})\b(?:\s+(?:for|on|to|in|at)\s+[^,;.()]{1,80}?)?\s*,\s*`,
    'u',
  ),
  /** "The Forum's envoy for …, X": an organisation named before, told by the last word of its name. */
  shortOrgRole: new RegExp(
    String.raw`\b[Tt]he\s+(Forum|Union|Community|League|Organi[sz]ation|Conference|Group|Authority)['’]s\s+${ROLE_MODS}(?:envoy|representative|emissary|negotiator|mediator|facilitator)\b`,
    'gu',
  ),
  /** "President X sent his government's negotiator, Minister Y,": the state of the one whose government it is. */
  hisGovernmentsRole: new RegExp(
    String.raw`\b(?:his|her)\s+government['’]s\s+${ROLE_MODS}(?:envoy|representative|emissary|negotiator)\b`,
    'gu',
  ),
  possessiveAgentGap: /^(?:\s+(?:for|on|to|in|at)\s+[^,;.()]{1,80}?)?\s*,\s*(?:[\p{L}.'’-]+\s+){0,4}$/u,
  /** "The Amir's personal envoy", "The Pope's envoy for the humanitarian track". */
  royalRole: new RegExp(
    String.raw`\bthe\s+(Amir|Emir|King|Sultan|Pope|Emperor)['’]s\s+${ROLE_MODS}(?:envoy|representative|emissary|negotiator|mediator)\b`,
    'giu',
  ),
  /** "X, the negotiator for Greek Cypriot leader Y": a role for a leader told by a community's or state's adjective. */
  roleForLeader: new RegExp(
    String.raw`,\s+(?:the\s+)?${ROLE_MODS}(?:negotiator|envoy|representative|emissary)\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}leader\s+$`,
    'u',
  ),
  /** After a pair of names: ", the sherpas of " (then two sides). */
  pluralRoleOf: new RegExp(
    String.raw`^\s*,\s+(?:the\s+)?(?:respective\s+)?${ROLE_MODS}(?:negotiators|envoys|representatives|sherpas|mediators|heads\s+of\s+delegation)\s+of\s+(?:the\s+)?`,
    'u',
  ),
  /** "the two Presidents' personal representatives, " (then two names). */
  leadersRoles:
    /\bthe\s+two\s+(Presidents|Prime\s+Ministers|Foreign\s+Ministers|leaders)['’]\s+(?:(?:special|personal|respective)\s+)*(?:representatives|envoys|sherpas|negotiators|emissaries)\s*,\s*/g,
  /** "deputy head of the Togolese negotiating team": a role in a side's team, before the side. */
  teamRoleBefore:
    /\b(?:(?:deputy|acting|interim|new(?:ly\s+appointed)?)\s+)?(?:head|leader|chief|chair(?:person)?)\s+of\s+(?:the\s+)?$/i,
  teamAfter:
    /^(?:['’]s)?\s+(?:government['’]?s?\s+)?(?:(?:negotiating|negotiation|peace|dialogue)\s+)?(?:team|delegation|panel)\b/,
  /** "The government's panel, chaired by A": a panel or team of a side, then its chair. */
  teamChairedBy:
    /^(?:['’]s)?\s+(?:government['’]?s?\s+)?(?:(?:negotiating|negotiation|peace|dialogue)\s+)?(?:team|delegation|panel|one)\s*,\s+(?:chaired|coordinated|headed|led)\s+by\s+/,
  governmentsPanel:
    /\b[Tt]he\s+government['’]s\s+(?:(?:negotiating|negotiation|peace)\s+)?(?:team|delegation|panel)\s*,\s+(?:chaired|coordinated|headed|led)\s+by\s+/g,
  /** "Gabon, whose delegation was led by A". */
  whoseLed: /^\s*,\s+whose\s+(?:negotiating\s+)?(?:delegation|team)\s+(?:was|is|were)\s+(?:led|headed)\s+by\s+/,
  /** "X, …, now leads the Mozambican government team". */
  nowLeadsBefore: /\bnow\s+(?:leads|heads)\s+(?:the\s+)?$/,
  /** "designated by the African Union as mediator", "appointed by the EAC Summit". */
  designatedBy: /\b(?:designated|appointed|mandated|named)\s+by\s+(?:the\s+)?$/,
  designatedAs:
    /^(?:\s+(?:Summit|Assembly|Authority|Council))?\s+as\s+(?:its\s+)?(?:(?:special|chief|lead)\s+)?(?:mediator|facilitator|envoy|representative)\b/,
  facilitatorAppointed:
    /\b(?:the\s+)?(?:mediator|facilitator|envoy)\s+(?:appointed|designated|mandated|named)\s+by\s+(?:the\s+)?$/,
  appointedAfter: /^(?:\s+(?:Summit|Assembly|Authority|Council|Heads\s+of\s+State))?\s*,\s*/,
  /** ", now mediator for the African Union", "and now mediator for the". */
  mediatorFor:
    /\b(?:now|currently)\s+(?:the\s+)?(?:chief\s+|lead\s+)?(?:mediator|facilitator|envoy)\s+for\s+(?:the\s+)?$/,
  /** "A CARICOM team of mediators led by X". */
  teamOfMediators: /^\s+team\s+of\s+(?:mediators|facilitators|negotiators|envoys)\s*,?\s+(?:led|headed)\s+by\s+/,
  /** "who mediates between A and B on Qatar's behalf": the behalf in the agent's relative clause. */
  whoMediatesBehalf:
    /,\s+who\s+(?:mediates|mediated|facilitates|facilitated|negotiates|negotiated|represents|represented)\b[^,;.]{0,100}?\bon\s+$/,
  behalfAfter: /^['’]s?\s+behalf\b/,
  /** "A took over from B as (the)", "A succeeded B as", "A replaced B as": B a name of up to five words. */
  tookOverAs:
    /^\s+(?:took\s+over\s+from|succeeded|replaced|has\s+replaced|has\s+succeeded)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}as\s+(?:the\s+)?/u,
  /** "the Secretary-General's Personal Envoy": a role of the Secretary-General told by title. */
  sgRoleAfterAs:
    /^(?:UN\s+|United\s+Nations\s+)?Secretary-General['’]s\s+(?:(?:special|personal|deputy)\s+)*(?:envoy|representative|adviser|mediator)\b/i,
  /** "X, who represents the Secretary-General". */
  representsSg:
    /^\s*,\s+who\s+(?:represents|represented|will\s+represent)\s+the\s+(?:UN\s+)?Secretary-General\b(?!['’])/,
  /** "the Secretary-General's good offices, exercised by his Personal Envoy, X". */
  sgExercisedBy:
    /\bthe\s+(?:UN\s+)?Secretary-General['’]s\s+(?:good\s+offices|mediation|mandate)\s*,\s+(?:exercised|conducted|carried\s+out|led)\s+by\s+(?:his|her)\s+(?:(?:special|personal)\s+)*(?:envoy|representative)\s*,\s*/gi,
  /** "Each side named its representative: A for Azerbaijan and B for Georgia." */
  forListCue: /\b(?:representatives?|negotiators?|heads?\s+of\s+delegation|delegations?)\s*:/i,
  forSide: /^\s+for\s+(?:the\s+)?$/,
  forSideEnd: /^\s*(?:[,;.]|and\b|$)/,
  /** "The envoys of the Quartet, A (United Nations), B (European Union) and C (United States), met". */
  bracketOpen: /^\s*\(\s*$/,
  bracketClose: /^\s*\)/,
  bracketListCue:
    /\b(?:envoys|negotiators|representatives|mediators|sherpas|heads\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}delegations?|(?:led|headed)\s+by)\b/u,
};

/** Negatives: what the vetoes (rule negotiates-for.rol21-not) read. */
export const ROL21_NOT = {
  /** "The former Burundian chief negotiator, X": a role given up. */
  formerDemonymRole: /\b(?:former|then|ex-)\s+$/i,
  formerRoleAfter: /^\s+(?:(?:chief|lead|principal|top)\s+)?(?:negotiator|envoy|representative|mediator)\b/,
  /** "replacing B", "when B takes over": one not (yet) acting. */
  replacing:
    /\b(?:replacing|succeeding|who\s+replaced|took\s+over\s+from|succeeded|replaced|has\s+(?:replaced|succeeded))\s+$/,
  takesOver: /^\s+(?:takes|will\s+take)\s+over\b/,
  whenBefore: /\b(?:when|until|before|after)\s+$/,
  /** "and the Gambian one, headed by B": a gapped team of another side. */
  gappedOne: /^\s+one\s*,\s+(?:chaired|coordinated|headed|led)\s+by\s+/,
};

const P = ROL21_PATTERNS;
const TITLE_GAP = /^(?:\s*[\p{L}.'’-]+){0,6}\s*$/u;

const relate = (k: RelKit, from: string | undefined, to: string | undefined, si: number, rule: string) => {
  if (from && to && from !== to) k.ctx.relate('NEGOTIATES_FOR', from, to, si, rule);
};

/** The people of `s` from `from` joined by commas and "and" (a list), stopping at the first other word. */
function listFrom(k: RelKit, s: Sentence, from: number): Person[] {
  const text = k.ctx.text;
  const out: Person[] = [];
  let at = from;
  for (const [p, pk] of ordered(k, s)) {
    if (startOf(p) < at) continue;
    if (
      !(out.length ? /^\s*(?:,\s*)?(?:and\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u : TITLE_GAP).test(text.slice(at, startOf(p)))
    )
      break;
    out.push([p, pk]);
    at = endOf(p);
  }
  return out;
}

/**
 * Rule negotiates-for.possessive-role-names: "Moscow's representative at the Geneva talks, Deputy Foreign Minister X,"
 * (a capital told for its state); "the M23's negotiators, A and B,": each person named right after a side's possessive
 * role acts for the side.
 */
function possessiveRoleNames(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter((x) => isSide(x) && !x.demonym)) {
    const m = P.possessiveRole.exec(text.slice(h.end, s.end));
    if (!m) continue;
    const from = h.end + m[0].length;
    // One person after a state's own name is negotiates-for.negotiator-noun's ("Norway's special envoy, X"); a capital
    // told for its state ("Moscow's representative") or a list is this rule's.
    const plural = /s$/.test(m[1]!);
    if (!plural && !capitalState(h.surface)) continue;
    const people = plural ? listFrom(k, s, from) : [personAt(k, s, from, TITLE_GAP)];
    for (const p of people) relate(k, p?.[1], k.hitKeys.get(h), s.index, 'negotiates-for.possessive-role-names');
  }
}

/**
 * Rule negotiates-for.short-org-role: "The Forum's envoy for the consultations, X," with one organisation named in the
 * readout whose name ends in that word (the Pacific Islands Forum): X acts for it.
 */
function shortOrgRole(k: RelKit, s: Sentence): void {
  for (const m of s.text.matchAll(P.shortOrgRole)) {
    const word = m[1]!.replace(/z/, 's');
    const orgs = new Set(
      k.hits
        .filter((h) => h.type === 'Organization' && h.start < s.start + m.index)
        .filter((h) => h.name.replace(/z/g, 's').endsWith(` ${word}`))
        .map((h) => h.name),
    );
    if (orgs.size !== 1) continue;
    const at = s.start + m.index;
    const agent = roleAgent(k, s, at, at + m[0].length);
    relate(k, agent?.[1], k.stateKey([...orgs][0]!), s.index, 'negotiates-for.short-org-role');
  }
}

/**
 * Rule negotiates-for.his-governments-role: "President X sent his government's negotiator, Minister Y, to …": Y acts for
 * the state of X's office (the subject before the possessive).
 */
function hisGovernmentsRole(k: RelKit, s: Sentence): void {
  for (const m of s.text.matchAll(P.hisGovernmentsRole)) {
    const at = s.start + m.index;
    const boss = agentBefore(k, s, at);
    const c = boss ? k.clusterOf.get(boss[0]) : undefined;
    const owner = c
      ? ((k.people.offices.get(c) ?? []).map((o) => o.owner).find((o) => o && k.stateKey(o)) ?? c.state)
      : undefined;
    const agent = personAt(k, s, at + m[0].length, P.possessiveAgentGap);
    relate(k, agent?.[1], owner ? k.stateKey(owner) : undefined, s.index, 'negotiates-for.his-governments-role');
  }
}

/** Rule negotiates-for.royal-office-role: "The Amir's personal envoy, X," for the one holder of that office named. */
function royalOfficeRole(k: RelKit, s: Sentence): void {
  for (const m of s.text.matchAll(P.royalRole)) {
    const at = s.start + m.index;
    const agent = roleAgent(k, s, at, at + m[0].length);
    const want = ROL21_OFFICES.find(([t]) => t.test(m[1]!))?.[1];
    relate(
      k,
      agent?.[1],
      agent && want ? holderOf(k, want, agent[1]) : undefined,
      s.index,
      'negotiates-for.royal-office-role',
    );
  }
}

/** Rule negotiates-for.role-for-named-leader: "X, the negotiator for Greek Cypriot leader Y," (X acts for Y). */
function roleForNamedLeader(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const [p, pk] of ordered(k, s)) {
    const m = [startOf(p), p.start].map((e) => P.roleForLeader.exec(text.slice(s.start, e))).find(Boolean);
    if (!m) continue;
    // The agent's name ends at the comma (its mention may span the apposition that names its role).
    const agent = ordered(k, s).find(([q]) => q.end === s.start + m.index);
    relate(k, agent?.[1], pk, s.index, 'negotiates-for.role-for-named-leader');
  }
}

/**
 * Rules negotiates-for.plural-role-of-pair and negotiates-for.leaders-representatives: "A and B, the sherpas of France
 * and Germany," (in order); "the two Presidents' personal representatives, A and B respectively" (each for the leader
 * of that title named in the same rank).
 */
function pluralRoles(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i]!, people[i + 1]!];
    if (!/^\s+and\s+(?:[\p{L}.'’-]+\s+){0,3}$/u.test(text.slice(endOf(a[0]), startOf(b[0])))) continue;
    const m = P.pluralRoleOf.exec(text.slice(endOf(b[0]), s.end));
    if (!m) continue;
    const at = endOf(b[0]) + m[0].length;
    const sides = k.hitsIn(at, s.end).filter(isSide);
    const [x, y] = sides;
    if (!x || !y || !/^\s+and\s+(?:the\s+)?$/.test(text.slice(x.end, y.start)) || x.start !== at) continue;
    relate(k, a[1], k.hitKeys.get(x), s.index, 'negotiates-for.plural-role-of-pair');
    relate(k, b[1], k.hitKeys.get(y), s.index, 'negotiates-for.plural-role-of-pair');
  }
  for (const m of s.text.matchAll(P.leadersRoles)) {
    const pair = listFrom(k, s, s.start + m.index + m[0].length);
    const title = m[1]!.replace(/s$/, '').replace(/\s+/g, ' ');
    const leaders = titledInOrder(
      k,
      title === 'leader' ? /^(?:President|Prime Minister)\b/ : new RegExp(`^${title}\\b`),
    );
    if (pair.length !== 2 || leaders.length !== 2) continue;
    pair.forEach(([, pk], i) => relate(k, pk, k.key(leaders[i]!), s.index, 'negotiates-for.leaders-representatives'));
  }
}

/** The people of the readout holding a title matching `want`, in the order of their first mention. */
function titledInOrder(k: RelKit, want: RegExp): PersonCluster[] {
  const first = (c: PersonCluster) => Math.min(...c.mentions.map((m) => m.start));
  return k.people.clusters
    .filter((c) => c.mentions.some((m) => m.titles.some((t) => !t.former && want.test(t.title))))
    .sort((a, b) => first(a) - first(b));
}

/** A team's side: the hit, or the issuer's state for "the government's". */
const sideKey = (k: RelKit, h: GazetteerHit): string | undefined => k.hitKeys.get(h);

/**
 * Rules negotiates-for.team-role-of-side, negotiates-for.team-chaired-by, negotiates-for.whose-delegation-led and
 * negotiates-for.now-leads-team: in talks, "X, deputy head of the Togolese negotiating team,"; "the MILF panel,
 * chaired by B"; "the Gambian one, headed by B"; "Gabon, whose delegation was led by A,"; "X, formerly the deputy, now
 * leads the Mozambican government team"; "The government's panel, chaired by A" (the issuer's state).
 */
function teamRoles(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  let talks: boolean | undefined;
  const inTalks = () => (talks ??= talksAround(k, s));
  // Two panels facing each other are negotiating panels ("The government's panel … met the MILF panel").
  const panels = (s.text.match(/\bpanel\b/g) ?? []).length > 1;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = sideKey(k, h);
    const before = text.slice(s.start, h.start);
    const after = text.slice(h.end, s.end);
    const role = P.teamRoleBefore.exec(before);
    const team = P.teamAfter.exec(after);
    if (role && team && inTalks()) {
      const at = s.start + role.index;
      relate(k, roleAgent(k, s, at, h.end + team[0].length)?.[1], key, s.index, 'negotiates-for.team-role-of-side');
    }
    const chaired = P.teamChairedBy.exec(after);
    if (chaired && (panels || inTalks()))
      relate(
        k,
        personAt(k, s, h.end + chaired[0].length, TITLE_GAP)?.[1],
        key,
        s.index,
        'negotiates-for.team-chaired-by',
      );
    const whose = h.demonym ? null : P.whoseLed.exec(after);
    if (whose)
      relate(
        k,
        personAt(k, s, h.end + whose[0].length, TITLE_GAP)?.[1],
        key,
        s.index,
        'negotiates-for.whose-delegation-led',
      );
    if (team && P.nowLeadsBefore.test(before) && inTalks())
      relate(k, agentBefore(k, s, h.start)?.[1], key, s.index, 'negotiates-for.now-leads-team');
  }
  for (const m of k.people.home ? s.text.matchAll(P.governmentsPanel) : []) {
    const from = s.start + m.index + m[0].length;
    if (panels || inTalks())
      relate(k, personAt(k, s, from, TITLE_GAP)?.[1], homeKey(k), s.index, 'negotiates-for.team-chaired-by');
  }
}

/**
 * Rules negotiates-for.designated-mediator, negotiates-for.mediator-for-org, negotiates-for.team-of-mediators and
 * negotiates-for.mediates-on-behalf: "President X, designated by the African Union as mediator between A and B,"; "the
 * facilitator appointed by the EAC Summit, former President X"; "X, …, now mediator for the African Union"; "A CARICOM
 * team of mediators led by X"; "X, who mediates between A and B on Qatar's behalf,": each acts for the mediating body.
 */
function mediatorRoles(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const before = text.slice(s.start, h.start);
    const after = text.slice(h.end, s.end);
    if (P.designatedBy.test(before) && P.designatedAs.test(after)) {
      const agent = agentBefore(k, s, h.start);
      if (
        agent &&
        /^\s*,\s*(?:who\s+(?:was|has\s+been)\s+)?(?:designated|appointed|mandated|named)\b/.test(
          text.slice(endOf(agent[0]), h.start),
        )
      )
        relate(k, agent[1], key, s.index, 'negotiates-for.designated-mediator');
    }
    const appointed = P.facilitatorAppointed.test(before) ? P.appointedAfter.exec(after) : null;
    if (appointed)
      relate(
        k,
        personAt(k, s, h.end + appointed[0].length, TITLE_GAP)?.[1],
        key,
        s.index,
        'negotiates-for.designated-mediator',
      );
    if (h.type === 'Organization' && P.mediatorFor.test(before))
      relate(k, agentBefore(k, s, h.start)?.[1], key, s.index, 'negotiates-for.mediator-for-org');
    const team = h.type === 'Organization' ? P.teamOfMediators.exec(after) : null;
    if (team)
      relate(
        k,
        personAt(k, s, h.end + team[0].length, TITLE_GAP)?.[1],
        key,
        s.index,
        'negotiates-for.team-of-mediators',
      );
    const who = P.behalfAfter.test(after) ? P.whoMediatesBehalf.exec(before) : null;
    const agent = who ? agentBefore(k, s, s.start + who.index) : undefined;
    if (agent && /^\s*$/.test(text.slice(endOf(agent[0]), s.start + who!.index)))
      relate(k, agent[1], key, s.index, 'negotiates-for.mediates-on-behalf');
  }
}

/** The United Nations' key when the readout names no Secretary-General and no organisation but the UN. */
function unOfUnnamedSg(k: RelKit): string | undefined {
  const orgs = new Set(k.hits.filter((h) => h.type === 'Organization').map((h) => h.name));
  if (![...orgs].every((o) => o === 'United Nations')) return undefined;
  const sgNamed = k.people.clusters.some((c) =>
    c.mentions.some((m) => m.titles.some((t) => /^Secretary-General\b/.test(t.title))),
  );
  return sgNamed
    ? undefined
    : (k.stateKey('United Nations') ??
        k.ctx.add('Organization', 'United Nations', undefined, 'org.un-of-secretary-general', {}, false));
}

/**
 * Rules negotiates-for.took-over-as and negotiates-for.unnamed-sg-title: "A took over from B as the Secretary-General's
 * Personal Envoy" (A: the UN, or the side whose possessive follows "as"); "X, who represents the Secretary-General at
 * the talks,"; "the Secretary-General's good offices, exercised by his Personal Envoy, X" (the UN, no Secretary-General
 * named).
 */
function changesAndSg(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  for (const [a, ak] of people) {
    const m = P.tookOverAs.exec(text.slice(endOf(a), s.end));
    if (!m) continue;
    const at = endOf(a) + m[0].length;
    const side = k
      .hitsIn(at, s.end)
      .find((h) => isSide(h) && h.start === at && /^['’]s?\s/.test(text.slice(h.end, h.end + 3)));
    const sg = P.sgRoleAfterAs.test(text.slice(at, s.end)) ? unOfUnnamedSg(k) : undefined;
    relate(k, ak, side ? k.hitKeys.get(side) : sg, s.index, 'negotiates-for.took-over-as');
  }
  for (const [p, pk] of people)
    if (P.representsSg.test(text.slice(endOf(p), s.end)))
      relate(k, pk, unOfUnnamedSg(k), s.index, 'negotiates-for.unnamed-sg-title');
  for (const m of s.text.matchAll(P.sgExercisedBy))
    relate(
      k,
      personAt(k, s, s.start + m.index + m[0].length, TITLE_GAP)?.[1],
      unOfUnnamedSg(k),
      s.index,
      'negotiates-for.unnamed-sg-title',
    );
}

/** Rule negotiates-for.for-side-list: "Each side named its representative: A for Azerbaijan and B for Georgia." */
function forSideList(k: RelKit, s: Sentence): void {
  const cue = P.forListCue.exec(s.text);
  if (!cue) return;
  const text = k.ctx.text;
  const sides = k.hitsIn(s.start + cue.index, s.end).filter(isSide);
  const pairs: [string, string][] = [];
  for (const [p, pk] of ordered(k, s).filter(([q]) => startOf(q) > s.start + cue.index)) {
    const h = sides.find((x) => x.start > p.end && P.forSide.test(text.slice(endOf(p), x.start)));
    if (h && P.forSideEnd.test(text.slice(h.end, s.end))) pairs.push([pk, k.hitKeys.get(h)!]);
  }
  if (pairs.length > 1) for (const [pk, hk] of pairs) relate(k, pk, hk, s.index, 'negotiates-for.for-side-list');
}

/**
 * Rule negotiates-for.bracketed-side-list: "The envoys of the Quartet, A (United Nations), B (European Union) and C
 * (United States), met": two or more people each followed by a bracketed side, after a plural role or "led by" in the
 * sentence: each acts for the side in its brackets.
 */
function bracketedSideList(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const sides = k.hitsIn(s.start, s.end).filter((h) => isSide(h) && !h.demonym);
  const pairs: [Person, GazetteerHit][] = [];
  for (const p of ordered(k, s)) {
    const h = sides.find((x) => x.start > p[0].end && P.bracketOpen.test(text.slice(p[0].end, x.start)));
    if (h && P.bracketClose.test(text.slice(h.end, s.end))) pairs.push([p, h]);
  }
  if (pairs.length < 2 || !P.bracketListCue.test(text.slice(s.start, startOf(pairs[0]![0][0])))) return;
  for (const [[, pk], h] of pairs) relate(k, pk, k.hitKeys.get(h), s.index, 'negotiates-for.bracketed-side-list');
}

/** The words one of which every sentence a rol21 rule acts on holds (gates.ts), from its patterns. */
export const ROL21_GATES = {
  /** possessiveRoleNames, royalOfficeRole, shortOrgRole, roleForNamedLeader, pluralRoles: their role nouns. */
  roles: wordGate(
    ['negotiator*', 'envoy*', 'representative*', 'emissar*', 'mediator*', 'facilitator*', 'sherpa*'],
    ['heads'],
  ),
  /** teamRoles: the team nouns and "one" of teamAfter, teamChairedBy, whoseLed. */
  teamRoles: wordGate('team', 'delegation', 'panel', 'one'),
  /** mediatorRoles: designatedBy's verbs, mediatorFor's "now"/"currently", the team of mediators, the behalf. */
  mediatorRoles: wordGate(['designated', 'appointed', 'mandated', 'named', 'now', 'currently', 'behalf', 'team']),
  /** changesAndSg: tookOverAs' verbs, "Secretary-General". */
  changesAndSg: wordGate(['over', 'succeeded', 'replaced'], ['secretary*']),
  /** forSideList: a "for" after a colon cue. */
  forSideList: wordGate('for'),
  /** bracketedSideList: bracketListCue's plural roles and verbs. */
  bracketedSideList: wordGate(
    'envoys',
    'negotiators',
    'representatives',
    'mediators',
    'sherpas',
    'heads',
    'led',
    'headed',
  ),
};

const gated = {
  possessiveRoleNames: whenWord(ROL21_GATES.roles, possessiveRoleNames),
  royalOfficeRole: whenWord(ROL21_GATES.roles, royalOfficeRole),
  shortOrgRole: whenWord(ROL21_GATES.roles, shortOrgRole),
  hisGovernmentsRole: whenWord(ROL21_GATES.roles, hisGovernmentsRole),
  roleForNamedLeader: whenWord(ROL21_GATES.roles, roleForNamedLeader),
  pluralRoles: whenWord(ROL21_GATES.roles, pluralRoles),
  teamRoles: whenWord(ROL21_GATES.teamRoles, teamRoles),
  mediatorRoles: whenWord(ROL21_GATES.mediatorRoles, mediatorRoles),
  changesAndSg: whenWord(ROL21_GATES.changesAndSg, changesAndSg),
  forSideList: whenWord(ROL21_GATES.forSideList, forSideList),
  bracketedSideList: whenWord(ROL21_GATES.bracketedSideList, bracketedSideList),
};

/** Adds the rol21 rules' relations. */
export function addRol21Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.possessiveRoleNames(k, s);
    gated.royalOfficeRole(k, s);
    gated.shortOrgRole(k, s);
    gated.hisGovernmentsRole(k, s);
    gated.roleForNamedLeader(k, s);
    gated.pluralRoles(k, s);
    gated.teamRoles(k, s);
    gated.mediatorRoles(k, s);
    gated.changesAndSg(k, s);
    gated.forSideList(k, s);
    gated.bracketedSideList(k, s);
  }
}

/** A dropped (person, side) pair; with `keep`, every side of the person but that one. */
type Veto = { from: string; to?: string; keep?: string; si: number };

const COMMUNITY = new Set(COMMUNITY_DEMONYMS);

/** Two demonyms in a row ("Greek Cypriot", "Turkish Cypriot"): a community, not either state. */
function communityStates(k: RelKit, s: Sentence): GazetteerHit[] {
  const hits = k.hitsIn(s.start, s.end).filter((h) => h.type === 'State');
  const out: GazetteerHit[] = [];
  for (let i = 0; i + 1 < hits.length; i++) {
    const [a, b] = [hits[i]!, hits[i + 1]!];
    if (a.demonym && b.demonym && COMMUNITY.has(b.surface) && /^ $/.test(k.ctx.text.slice(a.end, b.start)))
      out.push(a, b);
  }
  // A state named in the sentence outside a compound is a side all the same.
  return out.filter((c) => !hits.some((h) => h.name === c.name && !out.includes(h)));
}

/** The (person, side) pairs the rol21 vetoes drop in sentence `s`. */
function vetoedIn(k: RelKit, s: Sentence): Veto[] {
  const text = k.ctx.text;
  const out: Veto[] = [];
  const people = ordered(k, s);
  for (const h of communityStates(k, s))
    for (const [, pk] of people) out.push({ from: pk, to: k.hitKeys.get(h), si: s.index });
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'State' && x.demonym)) {
    if (
      !ROL21_NOT.formerDemonymRole.test(text.slice(s.start, h.start)) ||
      !ROL21_NOT.formerRoleAfter.test(text.slice(h.end, s.end))
    )
      continue;
    for (const [, pk] of people) out.push({ from: pk, to: k.hitKeys.get(h), si: s.index });
  }
  // "The Senegalese delegation, headed by A, and the Gambian one, headed by B": B acts for the Gambia alone.
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.demonym)) {
    const one = ROL21_NOT.gappedOne.exec(text.slice(h.end, s.end));
    const p = one ? personAt(k, s, h.end + one[0].length, TITLE_GAP) : undefined;
    if (p) out.push({ from: p[1], keep: k.hitKeys.get(h), si: s.index });
  }
  for (const [p, pk] of people) {
    const before = text.slice(s.start, startOf(p));
    const after = text.slice(endOf(p), s.end);
    if (ROL21_NOT.replacing.test(before) || (ROL21_NOT.whenBefore.test(before) && ROL21_NOT.takesOver.test(after)))
      out.push({ from: pk, si: s.index });
  }
  return out;
}

/** The words one of which every sentence a rol21 veto reads holds. */
export const ROL21_VETO_GATE = wordGate(
  ['former', 'then', 'ex', 'replacing', 'succeeding', 'replaced', 'succeeded', 'over', 'takes', 'take', 'one'],
  COMMUNITY_DEMONYMS.map((d) => d.toLowerCase()),
);

const gatedVetoes = whenWord(ROL21_VETO_GATE, function rol21VetoesOf(k: RelKit, s: Sentence, add: (v: Veto) => void) {
  for (const v of vetoedIn(k, s)) add(v);
});

/**
 * Rule negotiates-for.rol21-not: drops the NEGOTIATES_FOR read in a sentence to a state told only inside a community's
 * double demonym ("the Turkish Cypriot negotiator"), to a state whose role the sentence calls former ("The former
 * Burundian chief negotiator, X"), and from one replaced or not yet acting ("replacing B", "when B takes over").
 */
export function dropRol21Negatives(k: RelKit): void {
  const drops: Veto[] = [];
  for (const s of k.ctx.sentences) gatedVetoes(k, s, (v) => drops.push(v));
  if (!drops.length) return;
  const dropped = (r: { type: string; from: string; to: string; sentence: number }) =>
    r.type === 'NEGOTIATES_FOR' &&
    drops.some(
      (d) =>
        d.si === r.sentence &&
        sameEntity(k, d.from, r.from) &&
        (!d.to || sameEntity(k, d.to, r.to)) &&
        (!d.keep || !sameEntity(k, d.keep, r.to)),
    );
  if (k.ctx.relations.some(dropped)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !dropped(r)));
}
