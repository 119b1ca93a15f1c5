// The nf11 round's relation rules (issue 6, construction 8), written on the fifth, blind roles bank
// (bank-roles-5.ts): negotiators told in general constructions of diplomatic prose rather than by one cue phrase.
// Rule ids are what --explain prints.
import { withoutTitleAnd } from './rules-fl27c-owner.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { PersonMention } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { endOf, startOf } from './mention-span.ts';
import { ownState } from './rules-roles9.ts';
import { hypotheticalRole } from './rules-rol18.ts';
import { LEADER_TITLES } from './lexicons.ts';
import { matchesIf } from './text.ts';
import { isSide, peopleInOrder as ordered } from './kit-people.ts';
import { whenWord, wordGate } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the nf11 rules, as named data. */
export const NF11_PATTERNS = {
  /** What makes people paired with sides by "respectively" negotiators, not leaders at a summit. */
  respectiveRole:
    /\b(?:representing|represented|negotiat\w*|mediat\w*|facilitat\w*|envoys?|sherpas?|special\s+representatives?|delegations?|teams?)\b/i,
  /** A nation, not a principal, after "on behalf of the Polish": "people", "nation", "citizens". */
  peopleAfter: /^\s+(?:people|peoples|nation|citizens|public)\b/,
  /** A delegation at a gathering: "the Indian delegation at the BRICS Summit", "to the General Assembly". */
  atGathering:
    /^(?:['’]s?)?(?:\s+delegation)?\s+(?:at|to)\s+the\s+(?:[\p{L}\d'’-]+\s+){0,5}?(?:Summit|summit|Forum|forum|Assembly|Games|funeral|inauguration|ceremony|Conference|conference)\b/u,
  /** A side's own team in the possessive, or a gapped possessive: "Indonesia's delegation", "the EU's (by Y)". */
  possessiveTeam: /^['’]s(?:\s+(?:negotiating\s+)?(?:team|delegation|side|panel)\b|(?=\s+by\b))/,
  /** A second delegation gapped after the first: "…, the Finnish delegation by Y". */
  gappedDelegations: /,\s+(?:and\s+)?the\s+\S+(?:\s+\S+)?\s+(?:delegation|side|team)\s+by\s/,
  /** Right before a gapped delegation's head: "…, the Finnish delegation by [Permanent State Secretary] ". */
  gappedDelegationBy: /,\s+(?:and\s+)?the\s+\S+(?:\s+\S+)?\s+(?:delegation|side|team)\s+by\s+(?:\S+\s+){0,4}$/,
  /** "X, his Special Envoy for Hostage Affairs,", "Y, her national security adviser,": a role the possessive gives. */
  hisRoleAfter:
    /^\s*,\s+(?:his|her)\s+(?:[\p{L}-]+\s+){0,4}?(?:(envoy|representative|emissary|negotiator|sherpa)|adviser|advisor|aide)\b/iu,
  /** A participle opening a sentence before "under the guidance of": "Working", "Acting". */
  frontedParticiple: /^\p{Lu}\p{Ll}+ing\s+$/u,
  /** Between two coordinated items: "A and B", "A, B and C". */
  coordination: /^\s*(?:,\s*|,?\s+and\s+)$/,
  /** Before a side a passive agent acts for: "negotiated on the Russian side by", "led for Pakistan by". */
  sideBefore: /\b(?:on|for)\s+(?:the\s+)?$/,
  /** After that side: "… side by", "…'s behalf by", " by". */
  sideByAfter: /^(?:\s+side|['’]s?\s+behalf)?\s+by\s+/,
  /** The acting verb of the passive: what makes the agent act for the side. */
  actedVerb:
    /\b(?:negotiated|conducted|led|headed|handled|signed|initialled|initialed|mediated|facilitated|represented|steered)\b/,
  /** "as Japan's envoy", "as its Special Representative", "as his personal envoy", "as the Emir's emissary". */
  asRole:
    /\bas\s+(?:(?:the|an?)\s+)?(?:(its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:envoy|representative|emissary|negotiator|sherpa|mediator|facilitator)\b/giu,
  /** A possessive owner right before an "as" role: "as Japan's", "as the Emir's". */
  asOwner: /^as\s+(?:the\s+|an?\s+)?(.+?)['’]s?\s/u,
  /** What the sentence's subject did to make the agent its envoy (for "his" / "its"). */
  gaveRole: /\b(?:dispatched|sent|appointed|named|designated|tasked|mandated|nominated|chose|picked|selected|asked)\b/,
  /** "acting on the King's behalf", "on the President's behalf": a leader named by title in the possessive. */
  titleBehalf:
    /\bon\s+the\s+(President|Prime Minister|King|Emir|Crown Prince|Sultan|Chancellor|Secretary-General|Head of State)['’]s?\s+behalf\b/g,
  /** "on his behalf", "on her behalf": the possessive stands for a person of the sentence. */
  pronounBehalf: /\bon\s+(?:his|her)\s+behalf\b/g,
  /** "on its behalf", "on their behalf": the side the sentence named first. */
  sideBehalf: /\bon\s+(?:its|their)\s+behalf\b/g,
  /** A principal stated after a mediator: "who acted for the Head of the Swiss foreign ministry". */
  principalStated: /^[^;.]{0,40}?\b(?:acted|acting|acts|act)\s+for\b|^[^;.]{0,40}?\bon\s+behalf\s+of\b/,
  /** "mediation led by X", "An Egyptian mediation delegation headed by X", "a mediation team led by". */
  mediationLedBy:
    /\b(?:mediation|mediating|facilitation)\s+(?:efforts?\s+|team\s+|delegation\s+|mission\s+)?(?:(?:was|were|is|are)\s+)?(?:led|headed|conducted|spearheaded)\s+by\s+/gi,
};

/** Trigger words of the nf11 patterns run on every sentence: every match holds one (`mayMatch`). */
const NF11_NEEDS = {
  /** The role nouns under the pattern's own case flags. */
  asRole: /envoy|representative|emissary|negotiator|sherpa|mediator|facilitator/iu,
  behalf: ['behalf'],
  /** "led", "headed", "conducted", "spearheaded" under the pattern's case flag. */
  mediationLedBy: /ed\s+by\s/i,
};

/** Runs of coordinated items ("A, B and C") by their spans, in order. */
function runs<T>(items: T[], span: (t: T) => [number, number], text: string): T[][] {
  const out: T[][] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && NF11_PATTERNS.coordination.test(text.slice(span(prev)[1], span(it)[0]))) last!.push(it);
    else out.push([it]);
  }
  return out.filter((r) => r.length >= 2);
}

/**
 * Rule negotiates-for.respectively-pairs: "A and B, representing India and China respectively", "Chief negotiators A
 * and B, of Japan and Uzbekistan respectively", "Egyptian and Qatari mediators, led respectively by A and B": a
 * coordination of people and one of states or organisations of the same length, in a sentence of representation,
 * negotiation or mediation, pair in order.
 */
function respectivelyPairs(k: RelKit, s: Sentence): void {
  if (!/\brespectively\b/.test(s.text) || !NF11_PATTERNS.respectiveRole.test(s.text)) return;
  const text = k.ctx.text;
  const people = [...k.personsIn(s.index)].sort((x, y) => startOf(x[0]) - startOf(y[0]));
  const inPerson = (h: GazetteerHit) => people.some(([p]) => h.start >= startOf(p) && h.end <= endOf(p));
  const sides = runs(
    k.hitsIn(s.start, s.end).filter((h) => isSide(h) && !inPerson(h)),
    (h) => [h.start, h.end],
    text,
  );
  const agents = runs<Person>(people, ([p]) => [startOf(p), endOf(p)], text);
  const a = agents[0];
  const side = a ? sides.find((r) => r.length === a.length) : undefined;
  if (!a || !side) return;
  a.forEach(([, pk], i) => {
    const key = k.hitKeys.get(side[i]!);
    if (key && key !== pk) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.respectively-pairs');
  });
}

/** The first person whose name starts within `reach` characters after `from`, with no "and" or ";" in between. */
function personAfter(k: RelKit, s: Sentence, from: number, reach = 60): Person | undefined {
  const p = ordered(k, s).find(([q]) => q.start >= from);
  if (!p || p[0].start - from > reach) return undefined;
  // negotiates-for.agent-title-and (fl27c): "by the Minister of Foreign Affairs and Cooperation, X".
  return /\band\b|;/.test(withoutTitleAnd(k.ctx.text.slice(from, p[0].start))) ? undefined : p;
}

/**
 * Rule negotiates-for.side-by-agent: "The swap was negotiated on the Russian side by X, and on the American side by
 * Y", "Negotiations were led for Pakistan by Finance Minister Z", "conducted on Sudan's behalf by W": the person after
 * "by" acts for the side, in a passive of negotiating, leading, signing or representing.
 */
function sideByAgent(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  if (!NF11_PATTERNS.actedVerb.test(s.text)) return;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const lead = text.slice(Math.max(s.start, h.start - 9), h.start);
    const sideWord = /\sside$/i.test(h.surface);
    if (!NF11_PATTERNS.sideBefore.test(lead)) continue;
    const after = NF11_PATTERNS.sideByAfter.exec(text.slice(h.end, h.end + 16));
    if (!after || (/^\s+by/.test(after[0]) && !sideWord && !/\bfor\s+(?:the\s+)?$/.test(lead))) continue;
    if (!NF11_PATTERNS.actedVerb.test(text.slice(s.start, h.start))) continue;
    const agent = personAfter(k, s, h.end + after[0].length);
    const key = k.hitKeys.get(h);
    if (agent && key) k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.side-by-agent');
  }
}

/** The principal of an "as <owner>'s / its / his <role>" phrase at `at`, and the agent it gives the role to. */
function asRoleParties(k: RelKit, s: Sentence, at: number, m: RegExpExecArray): [Person, string] | undefined {
  const text = k.ctx.text;
  const before = ordered(k, s).filter(([p]) => endOf(p) <= at && !/;/.test(text.slice(endOf(p), at)));
  // Passive: "X was named by President Y as his personal envoy": Y is the principal, X the agent.
  const last = before[before.length - 1];
  const byLast =
    last && /\bby\s+(?:\S+\s+){0,3}$/.test(text.slice(Math.max(s.start, startOf(last[0]) - 30), startOf(last[0])));
  const agent = byLast ? before[before.length - 2] : last;
  if (!agent) return undefined;
  const pron = m[1]?.toLowerCase();
  if (pron === 'his' || pron === 'her') {
    const boss = byLast ? last : before.find((p) => p !== agent && startOf(p[0]) < startOf(agent[0]));
    const gave = boss && NF11_PATTERNS.gaveRole.test(text.slice(endOf((byLast ? agent : boss)[0]), at));
    return boss && gave ? [agent, boss[1]] : undefined;
  }
  if (pron === 'its' || pron === 'their') {
    const side = k.hitsIn(s.start, startOf(agent[0])).filter(isSide)[0];
    const key = side && NF11_PATTERNS.gaveRole.test(text.slice(side.end, at)) ? k.hitKeys.get(side) : undefined;
    return key ? [agent, key] : undefined;
  }
  const owner = NF11_PATTERNS.asOwner.exec(m[0]);
  if (!owner) return undefined;
  const side = k.hitsIn(at, at + m[0].length).find((h) => isSide(h) && h.surface.endsWith(owner[1]!));
  const key = side ? k.hitKeys.get(side) : undefined;
  return key ? [agent, key] : undefined;
}

/**
 * Rule negotiates-for.as-role: "Former Prime Minister X visited Beijing as Japan's envoy", "The Council appointed Y as
 * its Special Representative", "The Secretary-General has appointed Z as his Personal Envoy", "W was named by President
 * V as his personal envoy": the person given the role acts for its owner (a possessive side, the sentence's subject
 * side for "its", the person who gave the role for "his").
 */
function asRole(k: RelKit, s: Sentence): void {
  if (hypotheticalRole(s.text)) return; // negotiates-for.not-hypothetical-role (rol18)
  for (const m of matchesIf(s.text, NF11_PATTERNS.asRole, NF11_NEEDS.asRole)) {
    const parties = asRoleParties(k, s, s.start + m.index, m);
    if (parties && parties[0][1] !== parties[1])
      k.ctx.relate('NEGOTIATES_FOR', parties[0][1], parties[1], s.index, 'negotiates-for.as-role');
  }
}

/** The one person holding a title (any owner) in the readout. */
function titleHolder(k: RelKit, title: string): string | undefined {
  const want = title.toLowerCase();
  const holders = k.people.clusters.filter((c) =>
    (k.people.offices.get(c) ?? []).some((o) => o.title.toLowerCase() === want),
  );
  return holders.length === 1 ? k.key(holders[0]!) : undefined;
}

/**
 * Rule negotiates-for.title-behalf: "Prince X, acting on the King's behalf, delivered a message from King Y": the person
 * before acts for the one holder of that title in the readout; "Chancellor Y's adviser, X, held talks … on his behalf":
 * the person whose possessive names the agent's role.
 */
function titleBehalf(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const m of [
    ...matchesIf(s.text, NF11_PATTERNS.titleBehalf, NF11_NEEDS.behalf),
    ...matchesIf(s.text, NF11_PATTERNS.pronounBehalf, NF11_NEEDS.behalf),
  ]) {
    const at = s.start + m.index;
    const before = ordered(k, s).filter(([p]) => endOf(p) <= at && !/;/.test(text.slice(endOf(p), at)));
    const agent = before[before.length - 1];
    if (!agent) continue;
    const owner = m[1]
      ? titleHolder(k, m[1])
      : before.find(([p]) => p !== agent[0] && /^['’]s?\s/.test(text.slice(p.end, p.end + 3)))?.[1];
    if (owner && owner !== agent[1])
      k.ctx.relate('NEGOTIATES_FOR', agent[1], owner, s.index, 'negotiates-for.title-behalf');
  }
}

/**
 * Rule negotiates-for.mediation-led-by: "An Egyptian mediation delegation headed by Major General X", "mediation led by
 * Sheikh Y, National Security Adviser of the UAE": the leader of a mediation acts for the state the phrase names
 * before it, else their own office's state.
 */
function mediationLedBy(k: RelKit, s: Sentence): void {
  for (const m of matchesIf(s.text, NF11_PATTERNS.mediationLedBy, NF11_NEEDS.mediationLedBy)) {
    const at = s.start + m.index;
    const agent = personAfter(k, s, at + m[0].length, 40);
    if (!agent || k.ctx.hasRelationFrom('NEGOTIATES_FOR', agent[1])) continue;
    if (NF11_PATTERNS.principalStated.test(k.ctx.text.slice(endOf(agent[0]), s.end))) continue;
    const demonym = k
      .hitsIn(Math.max(s.start, at - 30), at)
      .filter((h) => h.demonym && isSide(h))
      .pop();
    const adjacent = demonym && /^\s*$/.test(k.ctx.text.slice(demonym.end, at));
    const state = adjacent ? demonym.name : ownState(k, s, agent[0]);
    const key = adjacent ? k.hitKeys.get(demonym) : state ? k.stateKey(state) : undefined;
    if (key) k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.mediation-led-by');
  }
}

/**
 * Rules negotiates-for.his-role-apposition and reports-to.his-role-apposition: "President X said on Monday that Y, his
 * Special Envoy for Hostage Affairs, had travelled to Doha", "Prime Minister X and Z, her national security adviser":
 * the person in apposition acts for, or reports to, the leader named before them in the sentence.
 */
function hisRoleApposition(k: RelKit, s: Sentence): void {
  const people = ordered(k, s);
  people.forEach(([p, pk], i) => {
    const m = NF11_PATTERNS.hisRoleAfter.exec(k.ctx.text.slice(endOf(p), s.end));
    const leads = (q: PersonMention) =>
      k.leaders.includes(k.clusterOf.get(q)!) || q.titles.some((t) => LEADER_TITLES.test(t.title));
    const boss = m ? people.slice(0, i).find(([q]) => leads(q)) : undefined;
    if (!m || !boss || boss[1] === pk) return;
    if (m[1]) k.ctx.relate('NEGOTIATES_FOR', pk, boss[1], s.index, 'negotiates-for.his-role-apposition');
    else k.ctx.relate('REPORTS_TO', pk, boss[1], s.index, 'reports-to.his-role-apposition');
  });
}

/**
 * Rule negotiates-for.its-behalf: "Mandated by the League of Arab States, Foreign Minister X will negotiate on its
 * behalf": the person before acts for the first state or organisation of the sentence outside anyone's title.
 */
function itsBehalf(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  for (const m of matchesIf(s.text, NF11_PATTERNS.sideBehalf, NF11_NEEDS.behalf)) {
    const at = s.start + m.index;
    const agent = people.filter(([p]) => endOf(p) <= at && !/[;,]/.test(text.slice(endOf(p), at))).pop();
    const inPerson = (h: GazetteerHit) => people.some(([p]) => h.start >= startOf(p) && h.end <= endOf(p));
    const side = agent ? k.hitsIn(s.start, startOf(agent[0])).find((h) => isSide(h) && !inPerson(h)) : undefined;
    const key = side ? k.hitKeys.get(side) : undefined;
    if (agent && key) k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.its-behalf');
  }
}

/** Adds the nf11 rules' relations (before the rules that fall back on an office's state). */
/**
 * The words without which a rule's patterns cannot match in a sentence (gates.ts, `wordGate`: whole words, lower
 * case): asRole's role nouns; titleBehalf's "behalf"; hisRoleAfter's role nouns.
 */
export const NF11_GATES = {
  asRole: wordGate('envoy', 'representative', 'emissary', 'negotiator', 'sherpa', 'mediator', 'facilitator'),
  titleBehalf: wordGate('behalf'),
  hisRoleApposition: wordGate(
    'envoy',
    'representative',
    'emissary',
    'negotiator',
    'sherpa',
    'adviser',
    'advisor',
    'aide',
  ),
};

const gated = {
  asRole: whenWord(NF11_GATES.asRole, asRole),
  titleBehalf: whenWord(NF11_GATES.titleBehalf, titleBehalf),
  hisRoleApposition: whenWord(NF11_GATES.hisRoleApposition, hisRoleApposition),
};

export function addNf11Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    respectivelyPairs(k, s);
    sideByAgent(k, s);
    gated.asRole(k, s);
    gated.titleBehalf(k, s);
    mediationLedBy(k, s);
    gated.hisRoleApposition(k, s);
    itsBehalf(k, s);
  }
}
