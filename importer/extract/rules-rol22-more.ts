// More rol22 role rules (issue 6), on what the thirteenth roles bank (bank-roles-13.ts) still missed after
// rules-rol22.ts: the government's team with no state named beside it ("The Government delegation is headed by X"
// after "the talks between the Government of Colombia and the ELN"), a leader of a side's team when the talks are told
// in the sentences around it ("A leads the BRN side"), "was under the leadership of X", "Members of his negotiating team
// included Y" after the sentence that gave the team's leader a side, "the authorities' team" (the state of the leader's
// office), "Peru's negotiator-in-chief, X", "negotiated on behalf of the alliance" (the one organisation named before
// whose name holds that word), and "President X's security adviser, Y" (Y reports to X).
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { endOf, startOf } from './mention-span.ts';
import { agentBefore, isSide, peopleInOrder as ordered } from './kit-people.ts';
import { homeKey, personAt, talksAround } from './rules-rol20.ts';
import { whenWord, wordGate } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

const TITLE_GAP = /^(?:\s*[\p{L}.'’-]+){0,6}\s*$/u;
const TEAM = String.raw`(?:(?:peace|negotiating|negotiation)\s+)?(?:delegation|team|panel)`;

/** Patterns of the rol22 rules of this file, as named data. */
export const ROL22_MORE_PATTERNS = {
  /** "The Government delegation is headed by X", "the government's negotiating team was led by X". */
  governmentLedBy: new RegExp(
    String.raw`\b[Tt]he\s+[Gg]overnment(?:['’]s)?\s+${TEAM}\s+(?:is|was|has\s+been)\s+(?:led|headed|chaired)\s+by\s+`,
    'g',
  ),
  /** "X headed the government's team", "X leads the Government delegation". */
  leadsGovernment: new RegExp(
    String.raw`\b(?:led|headed|leads|heads)\s+the\s+[Gg]overnment(?:['’]s)?\s+${TEAM}\b`,
    'g',
  ),
  /** "Speaking for the Government delegation, its head, X,". */
  governmentItsHead: new RegExp(
    String.raw`\b[Gg]overnment(?:['’]s)?\s+${TEAM}\s*,\s+its\s+(?:head|leader|chief)\s*,\s+`,
    'g',
  ),
  /** A state named as its government: "the Government of Colombia". */
  governmentOf: /^(?:the\s+)?Government\s+of\b/i,
  /** "A leads the BRN side", "B headed the Gambian delegation": a leading verb right before a side and its team. */
  leadsBefore: /^\s+(?:leads|heads|led|headed|is\s+leading|is\s+heading)\s+(?:the\s+)?$/,
  teamInHit: /\s(?:delegation|team|side|panel)$/i,
  teamAfter: /^(?:['’]s?)?\s+(?:(?:negotiating|negotiation|peace|government)\s+)?(?:delegation|team|side|panel)\b/,
  /** "Indonesia's delegation was under the leadership of X". */
  underLeadership:
    /^(?:['’]s?)?(?:\s+(?:(?:negotiating|negotiation)\s+)?(?:delegation|team|side|panel))?\s+(?:was|is)\s+under\s+the\s+leadership\s+of\s+/,
  /** "Members of his negotiating team included Y and Z." */
  hisTeamMembers:
    /^\s*(?:(?:The\s+)?[Mm]embers\s+of\s+)?(?:his|her)\s+(?:negotiating\s+)?(?:team|delegation)\s+(?:included|includes|comprised|comprises|were|are)\s+/,
  /** "X led the authorities' team in the talks". */
  authoritiesTeam: new RegExp(String.raw`^\s*(?:led|headed|leads|heads)\s+the\s+authorities['’]\s+${TEAM}\b`),
  /** "Peru's negotiator-in-chief, Vice Minister X,". */
  negotiatorInChief: /^['’]s?\s+negotiator-in-chief\s*,?\s+/,
  /** "negotiated on behalf of the alliance": a short name of an organisation named before. */
  behalfOfShortOrg:
    /\bnegotiat\w*\b[^.;]{0,60}?\bon\s+behalf\s+of\s+the\s+(alliance|group|forum|union|community|bloc|league|organi[sz]ation)\b/gi,
  /** "President X's security adviser, Y,": a leader's possessive adviser, lowercase, then the adviser's name. */
  possessiveAdviser:
    /^['’]s\s+(?:(?:chief|senior|special|national|security|political|diplomatic|legal|economic|foreign\s+policy)\s+){0,3}(?:adviser|advisor|aide)\s*,\s+/,
};

const P = ROL22_MORE_PATTERNS;

const relate = (k: RelKit, from: string | undefined, to: string | undefined, si: number, rule: string) => {
  if (from && to && from !== to) k.ctx.relate('NEGOTIATES_FOR', from, to, si, rule);
};

/** The state of the one "Government of X" the readout names, else the issuer's. */
function governmentKey(k: RelKit): string | undefined {
  const named = new Set(
    k.hits.filter((h) => h.type === 'State' && P.governmentOf.test(h.surface)).map((h) => k.hitKeys.get(h)),
  );
  if (named.size > 1) return undefined;
  return [...named][0] ?? homeKey(k);
}

/**
 * Rule negotiates-for.government-team: in talks, "The Government delegation is headed by X", "X headed the government's
 * team", "Speaking for the Government delegation, its head, X,": the state of the one "Government of X" the readout
 * names, else the issuer's state.
 */
function governmentTeam(k: RelKit, s: Sentence): void {
  const agents: (Person | undefined)[] = [];
  for (const m of s.text.matchAll(P.governmentLedBy))
    agents.push(personAt(k, s, s.start + m.index + m[0].length, TITLE_GAP));
  for (const m of s.text.matchAll(P.governmentItsHead))
    agents.push(personAt(k, s, s.start + m.index + m[0].length, TITLE_GAP));
  for (const m of s.text.matchAll(P.leadsGovernment)) {
    const agent = agentBefore(k, s, s.start + m.index);
    if (agent && /^\s*(?:,\s+[^,;]{1,60},\s*)?$/.test(k.ctx.text.slice(agent[0].end, s.start + m.index)))
      agents.push(agent);
  }
  if (!agents.some(Boolean) || !talksAround(k, s)) return;
  const key = governmentKey(k);
  for (const a of agents) relate(k, a?.[1], key, s.index, 'negotiates-for.government-team');
}

/**
 * Rules negotiates-for.leads-side-in-talks and negotiates-for.under-leadership: with talks in this sentence or the two
 * before, "A leads the BRN side" (a movement or a body); "Indonesia's delegation was under the leadership of X".
 */
function leadsSideInTalks(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  let talks: boolean | undefined;
  const inTalks = () => (talks ??= talksAround(k, s));
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const after = text.slice(h.end, s.end);
    const team = P.teamInHit.test(h.surface) || P.teamAfter.test(after);
    // A movement's or a body's side only: a state's delegation led at a dialogue is attendance (rules-ar4.test), and
    // a state's team is the leading-team rule's, which asks for a readout of negotiations.
    const agent = team && h.type === 'Organization' ? agentBefore(k, s, h.start) : undefined;
    if (agent && P.leadsBefore.test(text.slice(agent[0].end, h.start)) && inTalks())
      relate(k, agent[1], k.hitKeys.get(h), s.index, 'negotiates-for.leads-side-in-talks');
    const under = P.underLeadership.exec(after);
    if (under && (team || /\b(?:delegation|team)\b/.test(under[0])) && inTalks())
      relate(
        k,
        personAt(k, s, h.end + under[0].length, TITLE_GAP)?.[1],
        k.hitKeys.get(h),
        s.index,
        'negotiates-for.under-leadership',
      );
  }
}

/**
 * Rule negotiates-for.his-team-members: "Indonesia's delegation was under the leadership of X. Members of his
 * negotiating team included Deputy Minister Y.": each member acts for the side the sentence before gave its person.
 */
function hisTeamMembers(k: RelKit, s: Sentence): void {
  const m = P.hisTeamMembers.exec(s.text);
  const prev = m ? k.ctx.sentences[s.index - 1] : undefined;
  if (!m || !prev) return;
  const sides = new Set(
    k.ctx.relations.filter((r) => r.type === 'NEGOTIATES_FOR' && r.sentence === prev.index).map((r) => r.to),
  );
  if (sides.size !== 1) return;
  const from = s.start + m[0].length;
  const stop = /[;.]/.exec(k.ctx.text.slice(from, s.end));
  const to = stop ? from + stop.index : s.end;
  for (const [p, pk] of ordered(k, s))
    if (startOf(p) >= from && p.end <= to) relate(k, pk, [...sides][0], s.index, 'negotiates-for.his-team-members');
}

/** The state a person's offices belong to, when there is one; else the one state of the readout. */
function officeState(k: RelKit, p: PersonMention): string | undefined {
  const c = k.clusterOf.get(p);
  const owners = new Set(
    (c ? (k.people.offices.get(c) ?? []) : []).map((o) => (o.owner ? k.stateKey(o.owner) : undefined)).filter(Boolean),
  );
  if (owners.size) return owners.size === 1 ? [...owners][0] : undefined;
  // No office with a state: the one state the readout names.
  const states = new Set(k.hits.filter((h) => h.type === 'State').map((h) => k.hitKeys.get(h)));
  return states.size === 1 ? [...states][0] : undefined;
}

/**
 * Rules negotiates-for.authorities-team and negotiates-for.negotiator-in-chief: in talks, "Finance Minister X led the
 * authorities' team" (the state of X's office); "Peru's negotiator-in-chief, Vice Minister X,".
 */
function authoritiesAndInChief(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const [p, pk] of ordered(k, s))
    if (P.authoritiesTeam.test(text.slice(endOf(p), s.end)) && talksAround(k, s))
      relate(k, pk, officeState(k, p), s.index, 'negotiates-for.authorities-team');
  for (const h of k.hitsIn(s.start, s.end).filter((x: GazetteerHit) => isSide(x) && !x.demonym)) {
    const m = P.negotiatorInChief.exec(text.slice(h.end, s.end));
    if (m)
      relate(
        k,
        personAt(k, s, h.end + m[0].length, TITLE_GAP)?.[1],
        k.hitKeys.get(h),
        s.index,
        'negotiates-for.negotiator-in-chief',
      );
  }
}

/**
 * Rules negotiates-for.behalf-of-short-org and reports-to.leaders-possessive-adviser: "X, as chair of the Alliance of
 * Small Island States, negotiated on behalf of the alliance" (the one organisation named before whose name holds the
 * word); "President X's security adviser, Y," (Y reports to X).
 */
function shortOrgAndAdviser(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.behalfOfShortOrg)) {
    const at = s.start + m.index;
    const word = m[1]!.toLowerCase().replace(/z/g, 's');
    const orgs = new Set(
      k.hits
        .filter((h) => h.type === 'Organization' && h.start < at)
        .filter((h) => new RegExp(`\\b${word}\\b`).test(h.name.toLowerCase().replace(/z/g, 's')))
        .map((h) => k.hitKeys.get(h)),
    );
    if (orgs.size === 1)
      relate(k, agentBefore(k, s, at)?.[1], [...orgs][0], s.index, 'negotiates-for.behalf-of-short-org');
  }
  for (const [p, pk] of ordered(k, s)) {
    const m = P.possessiveAdviser.exec(text.slice(p.end, s.end));
    const aide = m ? personAt(k, s, p.end + m[0].length) : undefined;
    if (aide && aide[1] !== pk)
      k.ctx.relate('REPORTS_TO', aide[1], pk, s.index, 'reports-to.leaders-possessive-adviser');
  }
}

/** The words one of which every sentence a rule of this file acts on holds (gates.ts), from its patterns. */
export const ROL22_MORE_GATES = {
  /** governmentTeam: "government". */
  governmentTeam: wordGate(['government*']),
  /** leadsSideInTalks: leadsBefore's verbs, underLeadership's "leadership". */
  leadsSideInTalks: wordGate('leads', 'heads', 'led', 'headed', 'leading', 'heading', 'leadership'),
  /** hisTeamMembers: "his"/"her". */
  hisTeamMembers: wordGate('his', 'her'),
  /** authoritiesAndInChief: "authorities", "negotiator-in-chief". */
  authoritiesAndInChief: wordGate('authorities', 'chief'),
  /** shortOrgAndAdviser: "behalf", the adviser words. */
  shortOrgAndAdviser: wordGate('behalf', 'adviser', 'advisor', 'aide'),
};

const gated = {
  governmentTeam: whenWord(ROL22_MORE_GATES.governmentTeam, governmentTeam),
  leadsSideInTalks: whenWord(ROL22_MORE_GATES.leadsSideInTalks, leadsSideInTalks),
  hisTeamMembers: whenWord(ROL22_MORE_GATES.hisTeamMembers, hisTeamMembers),
  authoritiesAndInChief: whenWord(ROL22_MORE_GATES.authoritiesAndInChief, authoritiesAndInChief),
  shortOrgAndAdviser: whenWord(ROL22_MORE_GATES.shortOrgAndAdviser, shortOrgAndAdviser),
};

/** Adds the relations of the rules of this file (before hisTeamMembers, which reads what the sentence before gave). */
export function addRol22MoreRelations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.governmentTeam(k, s);
    gated.leadsSideInTalks(k, s);
    gated.authoritiesAndInChief(k, s);
    gated.shortOrgAndAdviser(k, s);
  }
  for (const s of k.ctx.sentences) gated.hisTeamMembers(k, s);
}
