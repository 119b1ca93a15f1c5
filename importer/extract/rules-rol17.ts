// The rol17 round's role rules (issue 6, construction 8), written on the eighth, blind roles bank (bank-roles-8.ts):
// a person who leads a side "in the consultations" or leads a state "in the talks", "head of the Vietnamese negotiating
// team" after a person's titles, "X, …, was Brazil's chief negotiator", "concluded New Zealand's negotiations", a side
// "at the round … was represented by" someone (and "The Government was represented … by"), "in his capacity as the
// ASEAN Chair's Special Envoy", a leader's team and its members, a list between dashes, "The members of Ghana's team …
// were", "The heads of the two delegations, A and B", "Sent by President Y, X held talks", "entrusted the negotiations
// to", and REPORTS_TO from "who works under", "is assisted by two deputies, A and B", "placed under the authority of Y,
// is chaired by X". Rule ids are what --explain prints.
import type { PersonMention } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { endOf, startOf } from './mention-span.ts';
import { LEADER_TITLES } from './lexicons.ts';
import { isoOf } from './people-stage.ts';
import { whenWord, wordGate } from './gates.ts';
import { isSide, peopleInOrder as ordered, agentBefore } from './kit-people.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** A person's own title words (capitalised or not) between a cue and the name. */
const TITLE_GAP = /^(?:[\p{L}.'’-]+\s+){0,6}$/u;

/** Patterns of the rol17 rules, as named data. */
export const ROL17_PATTERNS = {
  /** Talks in the sentence (rules that read a side's leader or a team's make-up). */
  talks: /negotiat|\btalks\b|consultations|\bround\b|ceasefire|cease-fire|\bmediat|\bfacilitat/i,
  /** A gathering: leading a side there is attendance ("led the Indian side at the BRICS Summit"). */
  gathering: /\b(?:summit|forum|funeral|inauguration|investiture|ceremony|reception|games|festival|assembly)\b/i,
  /** "led the Chinese side", "headed Indonesia": the verb right before the side. */
  ledBefore: /\b(?:led|leads|leading|headed|heads|heading)\s+(?:the\s+)?$/,
  /** "… side in the consultations on", "Indonesia in the talks", "side at the special meeting on the ceasefire";
   * rol18: "the Paraguayan side in the revision of Annex C of the Treaty". */
  sideInTalks:
    /^(?:\s+side)?\s+(?:in|at|during|for)\s+(?:the\s+|these\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:consultations|talks|negotiations|negotiating\s+round|round|ceasefire|cease-fire|revision|renegotiation|review\s+of\s+the\s+(?:treaty|agreement|convention))\b/iu,
  /** "X, Deputy Minister of Industry and Trade and head of the ": a head after the person's titles. */
  headOfAfterTitles: /^\s*,\s+(?:[^,;.()]{1,100}?\s+and\s+|(?:the\s+)?)(?:head|leader|chief)\s+of\s+(?:the\s+)?$/i,
  /** "… Vietnamese negotiating team", "… Korean delegation to the talks": the team after the side. */
  negotiatingTeamAfter: /^(?:['’]s?)?\s+(?:negotiating|negotiation)\s+(?:team|delegation)\b/i,
  /** "X, the Secretary-General of Itamaraty, was ": a copula after a person and their apposition. */
  copulaBefore:
    /^(?:\s*,[^;.]{1,120}?,)?\s+(?:was|is|has\s+been|had\s+been|will\s+be|became|served\s+as|serves\s+as)\s+$/,
  /** "… Brazil's chief negotiator", "… Norway's lead envoy": the role after the side's possessive. */
  possessiveRole: /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:negotiator|envoy|emissary|sherpa|mediator|facilitator)\b/iu,
  /** "concluded New Zealand's negotiations", "conducted Chile's talks": verbs leadingTeam does not hold. */
  concludedBefore:
    /\b(?:concluded|concludes|conducted|conducts|steered|steers|spearheaded|spearheads|finalised|finalized|piloted)\s+$/,
  /** … and the possessive's talks right after the side. */
  statesTalksAfter: /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:negotiations|talks|negotiating\s+team)\b/u,
  /** "The Georgian side at the 62nd round of the … was represented by", "ECOWAS was represented in the mediation … by". */
  representedAfterPhrase:
    /^(?:\s+side)?(?:\s+(?:at|in|during)\s+[^,;.]{1,100}?)?\s+(?:was|were|is|are|will\s+be|has\s+been)\s+represented\s+(?:(?:at|in|during)\s+[^;.]{1,110}?\s+)?by\s+(?:(?:its|his|her|their)\s+[^,;.]{1,60}?,\s+)?(?:(?:the\s+)?former\s+)?/i,
  /** "The Government was represented in the talks with … by": the readout's own government as the side. */
  governmentSubject:
    /^(?:The|the)\s+(?:Government|government)\s+(?=(?:was|were|is|will\s+be|has\s+been)\s+represented\b)/,
  /** "in his capacity as the ASEAN Chair's Special Envoy": the side before the role. */
  capacityBefore: /\bin\s+(?:his|her|their)\s+capacity\s+as\s+(?:the\s+)?$/,
  capacityRole:
    /^(?:\s+Chair|\s+Chairmanship|\s+Presidency)?['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:Envoy|Representative|Mediator|Facilitator|Negotiator|envoy|representative|mediator|facilitator|negotiator)\b/u,
  /** A team a person or a side fields, and what names its members. */
  teamNoun: /^['’]s?\s+(?:(?:negotiating|negotiation|government)\s+)?(team|delegation|negotiators)\b/i,
  teamRest:
    /^[^,;.—–]{0,80}?\s+(?:comprised|comprises|included|includes|consisted\s+of|consists\s+of|was\s+made\s+up\s+of|is\s+made\s+up\s+of)\s+/i,
  /** "Argentina's negotiators — A and B —": the members between dashes. */
  dashList: /^\s*[—–]\s*([^—–;.]{3,200}?)\s*[—–]/,
  /** "The members of Ghana's team in the debt talks … were A and B". */
  membersOf: /\b(?:the\s+)?members\s+of\s+$/i,
  membersWere: /^[^;.]{0,100}?\s+(?:were|are|included|include)\s+/,
  /** "The heads of the two delegations, A and B, …": the list right after. */
  headsOfTwo: /\b(?:the\s+)?heads\s+of\s+(?:the\s+)?(?:two|both|respective)\s+delegations\s*,\s+/gi,
  /** "Sent by President Y, X held talks", "Dispatched by King Y, …": a fronted participle of sending. */
  sentByFronted: /^(?:Sent|Dispatched|Despatched|Mandated|Delegated|Deputed)\s+by\s+/,
  /** "King Y entrusted the negotiations on the pipeline to Minister X". */
  entrustedTo:
    /^\s+(?:has\s+|had\s+)?entrusted\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:negotiations|talks|consultations|file|dossier)\b[^,;.]{0,80}?\s+to\s+/u,
  /** "X, who works under chief negotiator Y": the person after "under" leads X. */
  worksUnder:
    /^\s*,\s+who\s+(?:works|worked|serves|served|operates|operated|reports|reported)\s+(?:directly\s+)?(?:under|to)\s+(?:the\s+)?/,
  /** "Chief negotiator Y is assisted by two deputies, A and B": the deputies after. */
  assistedBy:
    /^\s+(?:is|was|are|were|will\s+be)\s+(?:assisted|supported|seconded)\s+by\s+(?:(?:his|her|two|three|a|the|their)\s+)*(?:deputy|deputies|deputy\s+chief\s+negotiators?|assistants?|aides?)\s*,?\s+/i,
  /** "The negotiating committee, placed under the authority of Prime Minister Y, is chaired by X". */
  placedUnder:
    /\b(?:committee|team|delegation|panel|commission|negotiators)\s*,\s+(?:placed|working|operating|acting)\s+under\s+the\s+(?:direct\s+)?(?:authority|leadership|direction|supervision|guidance)\s+of\s+$/i,
  /** "The African Group of Negotiators' chair, X": the head of a negotiating bloc (a group, alliance or coalition). */
  blocName: /\b(?:Group|Alliance|Coalition|Bloc)\b/,
  blocChair: /^['’]s?\s+(?:chair|chairperson|chairman|coordinator|lead\s+negotiator|chief\s+negotiator)\s*,\s+/i,
  /** "Prime Minister Y sent his chief adviser, X, to Washington for talks": what the sender sent … */
  sentHisAide:
    /^\s+(?:has\s+|had\s+)?(?:sent|dispatched|despatched)\s+(?:his|her)\s+(?:[\p{L}-]+\s+){0,3}?(adviser|advisor|aide|chief\s+of\s+staff|minister|deputy|foreign\s+minister|national\s+security\s+adviser)\s*,\s+/iu,
  /** … and what for: talks or negotiation. */
  forTalks:
    /^\s*,?\s+to\s+[^,;.]{1,40}?\s+(?:for\s+(?:\S+\s+){0,2}?(?:talks|negotiations|consultations)\b|to\s+(?:negotiate|mediate|hold\s+talks))/i,
  chairedBy: /^\s*,\s+(?:is|was|are|were|will\s+be)\s+(?:chaired|led|headed|coordinated)\s+by\s+$/,
};

/** The first person whose mention (with its title) starts at or after `from`, if `gap` holds the text between. */
function personFrom(k: RelKit, s: Sentence, from: number, gap: RegExp): Person | undefined {
  const p = ordered(k, s).find(([q]) => q.start >= from);
  if (!p) return undefined;
  const at = [startOf(p[0]), p[0].start].find((e) => e >= from && gap.test(k.ctx.text.slice(from, e)));
  return at === undefined ? undefined : p;
}

/** A leader named by a mention's title or by an office. */
const isLeader = (k: RelKit, p: PersonMention) =>
  p.titles.some((t) => LEADER_TITLES.test(t.title) && !t.former) || k.leaders.includes(k.clusterOf.get(p)!);

/** The state of a person's office, if the text gives one. */
function officeState(k: RelKit, p: PersonMention): string | undefined {
  const c = k.clusterOf.get(p);
  if (!c) return undefined;
  return (k.people.offices.get(c) ?? []).map((o) => o.owner).find(Boolean) ?? c.state;
}

/** The people named in `text.slice(from, to)`, in order. */
const peopleIn = (k: RelKit, s: Sentence, from: number, to: number): Person[] =>
  ordered(k, s).filter(([p]) => startOf(p) >= from && p.end <= to);

/**
 * Rules negotiates-for.led-side-in-talks, negotiates-for.head-of-team-after-titles,
 * negotiates-for.was-states-negotiator and negotiates-for.concluded-states-negotiations: "Vice Foreign Minister X led
 * the Chinese side in the consultations", "Foreign Minister X, who led Indonesia in the talks", "X, Deputy Minister of
 * Trade and head of the Vietnamese negotiating team", "X, the Secretary-General of Itamaraty, was Brazil's chief
 * negotiator", "X concluded New Zealand's negotiations": the person acts for the side.
 */
function sideLeaders(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const P = ROL17_PATTERNS;
  const talks = P.talks.test(s.text);
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    if (!key) continue;
    const before = text.slice(s.start, h.start);
    const after = text.slice(h.end, Math.min(s.end, h.end + 140));
    const side = h.surface.endsWith(' side') || /^\s+side\b/.test(after);
    const sideOk = side || (h.type === 'State' && !h.demonym);
    const rel = (p: Person | undefined, rule: string) => {
      if (p && !p[0].titles.every((t) => t.former && p[0].titles.length))
        k.ctx.relate('NEGOTIATES_FOR', p[1], key, s.index, rule);
    };
    if (sideOk && P.ledBefore.test(before)) {
      const m = P.sideInTalks.exec(after);
      if (m && !P.gathering.test(m[0])) rel(agentBefore(k, s, h.start), 'negotiates-for.led-side-in-talks');
    }
    if (P.negotiatingTeamAfter.test(after) || (talks && /^(?:['’]s?)?\s+(?:team|delegation)\b/.test(after))) {
      const agent = ordered(k, s).find(
        ([p]) => p.end <= h.start && P.headOfAfterTitles.test(text.slice(p.end, h.start)),
      );
      rel(agent, 'negotiates-for.head-of-team-after-titles');
    }
    if (P.possessiveRole.test(after)) {
      const agent = ordered(k, s).find(([p]) => p.end <= h.start && P.copulaBefore.test(text.slice(p.end, h.start)));
      rel(agent, 'negotiates-for.was-states-negotiator');
    }
    if (h.type === 'State' && !h.demonym && P.concludedBefore.test(before) && P.statesTalksAfter.test(after))
      rel(agentBefore(k, s, h.start), 'negotiates-for.concluded-states-negotiations');
  }
}

/**
 * Rules negotiates-for.represented-after-phrase and negotiates-for.government-represented-by: "The Georgian side at the
 * 62nd round of the Geneva International Discussions was represented by X", "ECOWAS was represented in the mediation
 * … by its Special Envoy, former President X", "The Government was represented in the talks with the group by X": in
 * a sentence of talks (not a gathering), the person after "by" acts for the side (the government: the readout's state).
 */
function representedAfterPhrase(k: RelKit, s: Sentence): void {
  const P = ROL17_PATTERNS;
  if (!/represented/.test(s.text) || !P.talks.test(s.text) || P.gathering.test(s.text)) return;
  const subjects: [number, string | undefined, string][] = k
    .hitsIn(s.start, s.end)
    .filter(isSide)
    .map((h) => [h.end, k.hitKeys.get(h), 'negotiates-for.represented-after-phrase']);
  for (const [end, key, rule] of subjects) {
    const agent = key ? representedAgent(k, s, end) : undefined;
    if (agent && key && agent[1] !== key) k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, rule);
  }
  // The readout's own government as the subject: its state is added when the text names it nowhere.
  const gov = P.governmentSubject.exec(s.text);
  const home = k.people.home;
  const agent = gov && home ? representedAgent(k, s, s.start + gov.index + gov[0].length - 1) : undefined;
  if (agent && home) {
    const key =
      k.stateKey(home) ?? k.ctx.add('State', home, undefined, 'state.government-of-readout', isoOf(home), false);
    k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.government-represented-by');
  }
}

/** The person right after "… was represented (in the talks) by" from `end` (the subject's end). */
function representedAgent(k: RelKit, s: Sentence, end: number): Person | undefined {
  const m = ROL17_PATTERNS.representedAfterPhrase.exec(k.ctx.text.slice(end, s.end));
  return m ? personFrom(k, s, end + m[0].length, /^\s*$/) : undefined;
}

/**
 * Rule negotiates-for.in-capacity-as: "X met the general in his capacity as the ASEAN Chair's Special Envoy", "in her
 * capacity as the African Union's mediator": the person the clause belongs to acts for the side named in the role.
 */
function inCapacityAs(k: RelKit, s: Sentence): void {
  if (!/capacity/.test(s.text)) return;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const before = text.slice(s.start, h.start);
    const cue = ROL17_PATTERNS.capacityBefore.exec(before);
    if (!cue || !ROL17_PATTERNS.capacityRole.test(text.slice(h.end, s.end))) continue;
    const at = s.start + cue.index;
    // The clause's subject: the person before the cue, else the sentence's first person ("X met Y … in his capacity").
    const people = ordered(k, s).filter(([p]) => endOf(p) <= at);
    const last = people.at(-1);
    const agent = last && /^\s*,\s*$/.test(text.slice(endOf(last[0]), at)) ? last : people[0];
    const key = k.hitKeys.get(h);
    if (agent && key) k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.in-capacity-as');
  }
}

/**
 * Rules negotiates-for.leaders-team-members, negotiates-for.dash-list and negotiates-for.members-of-team: "President Y's
 * negotiating team comprised A and B" (they act for Y), "Argentina's negotiators — A and B — reached", "The members of
 * Ghana's team in the debt talks were A and B" (they act for the side).
 */
function teamLists(k: RelKit, s: Sentence): void {
  const P = ROL17_PATTERNS;
  if (!/team|delegation|negotiators/i.test(s.text)) return;
  const text = k.ctx.text;
  const owners: [number, number, string | undefined, boolean][] = [
    ...k
      .hitsIn(s.start, s.end)
      .filter(isSide)
      .map((h) => [h.start, h.end, k.hitKeys.get(h), false] as [number, number, string | undefined, boolean]),
    ...ordered(k, s)
      .filter(([p]) => isLeader(k, p))
      .map(([p, pk]) => [startOf(p), p.end, pk, true] as [number, number, string | undefined, boolean]),
  ];
  for (const [start, end, key, leader] of owners) {
    const noun = key ? P.teamNoun.exec(text.slice(end, s.end)) : null;
    if (!noun || !key) continue;
    const at = end + noun[0].length;
    const relate = (from: number, to: number, rule: string) => {
      for (const [, pk] of peopleIn(k, s, from, to))
        if (pk !== key) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, rule);
    };
    const rest = leader ? P.teamRest.exec(text.slice(at, s.end)) : null;
    if (rest) {
      const from = at + rest[0].length;
      const stop = /[;.]|,\s+(?:who|which|and\s+the)\b/.exec(text.slice(from, s.end));
      relate(from, stop ? from + stop.index : s.end, 'negotiates-for.leaders-team-members');
    }
    const dash = /negotiators/i.test(noun[1]!) || P.talks.test(s.text) ? P.dashList.exec(text.slice(at, s.end)) : null;
    if (dash) relate(at, at + dash[0].length, 'negotiates-for.dash-list');
    const were = P.membersOf.test(text.slice(s.start, start)) ? P.membersWere.exec(text.slice(at, s.end)) : null;
    if (were && !leader && P.talks.test(s.text)) relate(at + were[0].length, s.end, 'negotiates-for.members-of-team');
  }
}

/**
 * Rule negotiates-for.heads-of-two-delegations: "The heads of the two delegations, Deputy Foreign Minister A and Deputy
 * Secretary of State B, held the talks": each acts for the state of their own office, when the two differ.
 */
function headsOfTwoDelegations(k: RelKit, s: Sentence): void {
  if (!/heads\s+of/i.test(s.text)) return;
  for (const m of s.text.matchAll(ROL17_PATTERNS.headsOfTwo)) {
    const from = s.start + m.index + m[0].length;
    const two = ordered(k, s)
      .filter(([p]) => startOf(p) >= from)
      .slice(0, 2);
    if (two.length < 2 || !/^\s*(?:,\s*)?and\s+$/.test(k.ctx.text.slice(endOf(two[0]![0]), startOf(two[1]![0]))))
      continue;
    const states = two.map(([p]) => officeState(k, p));
    if (!states[0] || !states[1] || states[0] === states[1]) continue;
    two.forEach(([, pk], i) => {
      const key = k.stateKey(states[i]!);
      if (key) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.heads-of-two-delegations');
    });
  }
}

/**
 * Rules negotiates-for.sent-by-fronted and negotiates-for.entrusted-to: "Sent by the Amir Sheikh Y, Minister of State X
 * held talks with both delegations", "King Y entrusted the negotiations on the pipeline to Minister X": X acts for Y.
 */
function sentOrEntrusted(k: RelKit, s: Sentence): void {
  const P = ROL17_PATTERNS;
  const text = k.ctx.text;
  const people = ordered(k, s);
  const fronted = P.sentByFronted.exec(s.text);
  if (fronted && P.talks.test(s.text)) {
    const boss = personFrom(k, s, s.start + fronted[0].length, TITLE_GAP);
    const comma = boss ? text.indexOf(',', endOf(boss[0])) : -1;
    const agent = boss && comma >= 0 && comma < s.end ? people.find(([p]) => p.start > comma) : undefined;
    if (boss && agent && agent[1] !== boss[1])
      k.ctx.relate('NEGOTIATES_FOR', agent[1], boss[1], s.index, 'negotiates-for.sent-by-fronted');
  }
  people.forEach(([p, pk], i) => {
    const next = people[i + 1];
    if (!next || !isLeader(k, p) || next[1] === pk) return;
    const gapStart = endOf(p);
    const m = P.entrustedTo.exec(text.slice(gapStart, s.end));
    if (m && personFrom(k, s, gapStart + m[0].length, TITLE_GAP)?.[1] === next[1])
      k.ctx.relate('NEGOTIATES_FOR', next[1], pk, s.index, 'negotiates-for.entrusted-to');
  });
}

/**
 * Rules reports-to.works-under, reports-to.assisted-by and reports-to.placed-under: "X, who works under chief
 * negotiator Y", "Chief negotiator Y is assisted by two deputies, A and B", "The negotiating committee, placed under
 * the authority of Prime Minister Y, is chaired by X": X (A, B) report to Y.
 */
function reportsTo(k: RelKit, s: Sentence): void {
  if (!/\bunder\b|assisted|supported|seconded/.test(s.text)) return;
  const P = ROL17_PATTERNS;
  const text = k.ctx.text;
  const people = ordered(k, s);
  people.forEach(([p, pk], i) => {
    const next = people[i + 1];
    if (!next || next[1] === pk) return;
    const m = P.worksUnder.exec(text.slice(p.end, s.end));
    if (m && personFrom(k, s, p.end + m[0].length, TITLE_GAP)?.[1] === next[1])
      k.ctx.relate('REPORTS_TO', pk, next[1], s.index, 'reports-to.works-under');
    const a = P.assistedBy.exec(text.slice(p.end, s.end));
    if (a) {
      const from = p.end + a[0].length;
      const stop = /[;.]|,\s+(?!and\b)(?:who|which|to|in|at|on)\b/.exec(text.slice(from, s.end));
      for (const [, qk] of peopleIn(k, s, from, stop ? from + stop.index : s.end))
        if (qk !== pk) k.ctx.relate('REPORTS_TO', qk, pk, s.index, 'reports-to.assisted-by');
    }
    const placed = isLeader(k, p) && P.placedUnder.test(text.slice(s.start, startOf(p)));
    if (placed && P.chairedBy.test(text.slice(endOf(p), startOf(next[0]))))
      k.ctx.relate('REPORTS_TO', next[1], pk, s.index, 'reports-to.placed-under');
  });
}

/**
 * Rules negotiates-for.bloc-chair-possessive and negotiates-for.sent-his-aide: "The African Group of Negotiators'
 * chair, X, presented the group's position" (X acts for the bloc); "Prime Minister Y sent his chief adviser, X, to
 * Washington for talks" (X acts for Y, and an adviser or aide reports to Y).
 */
function blocChairAndSentAide(k: RelKit, s: Sentence): void {
  const P = ROL17_PATTERNS;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'Organization' && P.blocName.test(x.name))) {
    const m = P.blocChair.exec(text.slice(h.end, s.end));
    const p = m ? personFrom(k, s, h.end + m[0].length, /^\s*$/) : undefined;
    const key = k.hitKeys.get(h);
    if (p && key) k.ctx.relate('NEGOTIATES_FOR', p[1], key, s.index, 'negotiates-for.bloc-chair-possessive');
  }
  if (!/\b(?:sent|dispatched|despatched)\b/.test(s.text)) return;
  for (const [p, pk] of ordered(k, s)) {
    const m = P.sentHisAide.exec(text.slice(endOf(p), s.end));
    const aide = m ? personFrom(k, s, endOf(p) + m[0].length, /^\s*$/) : undefined;
    if (!m || !aide || aide[1] === pk || !P.forTalks.test(text.slice(endOf(aide[0]), s.end))) continue;
    k.ctx.relate('NEGOTIATES_FOR', aide[1], pk, s.index, 'negotiates-for.sent-his-aide');
    if (/advis|aide|chief/i.test(m[1]!))
      k.ctx.relate('REPORTS_TO', aide[1], pk, s.index, 'negotiates-for.sent-his-aide');
  }
}

/**
 * The words without which a rule's patterns cannot match in a sentence (gates.ts, `wordGate`: whole words of the
 * sentence, lower case), one per branch of the rule: sideLeaders' verbs of ledBefore, the team of negotiatingTeamAfter
 * (or of a team in talks), the roles of possessiveRole, the verbs of concludedBefore; representedAfterPhrase's and
 * governmentSubject's "represented"; capacityBefore's "capacity"; teamNoun's nouns; headsOfTwo's "delegations";
 * sentByFronted's and entrustedTo's verbs; the verbs of worksUnder, assistedBy and placedUnder's "under"; blocChair's
 * nouns and the verbs of sending asked before sentHisAide.
 */
export const ROL17_NEEDS = {
  sideLeaders: wordGate(
    ['led', 'leads', 'leading', 'headed', 'heads', 'heading', 'team', 'delegation'],
    ['negotiator', 'envoy', 'emissary', 'sherpa', 'mediator', 'facilitator'],
    ['concluded', 'concludes', 'conducted', 'conducts', 'steered', 'steers', 'spearheaded', 'spearheads'],
    ['finalised', 'finalized', 'piloted'],
  ),
  representedAfterPhrase: wordGate('represented'),
  inCapacityAs: wordGate('capacity'),
  teamLists: wordGate('team', 'delegation', 'negotiators'),
  headsOfTwoDelegations: wordGate('delegations'),
  sentOrEntrusted: wordGate('sent', 'dispatched', 'despatched', 'mandated', 'delegated', 'deputed', 'entrusted'),
  reportsTo: wordGate(
    ['works', 'worked', 'serves', 'served', 'operates', 'operated', 'reports', 'reported'],
    ['assisted', 'supported', 'seconded', 'under'],
  ),
  blocChairAndSentAide: wordGate(
    ['chair', 'chairperson', 'chairman', 'coordinator', 'negotiator'],
    ['sent', 'dispatched', 'despatched'],
  ),
};

const gated = {
  sideLeaders: whenWord(ROL17_NEEDS.sideLeaders, sideLeaders),
  representedAfterPhrase: whenWord(ROL17_NEEDS.representedAfterPhrase, representedAfterPhrase),
  inCapacityAs: whenWord(ROL17_NEEDS.inCapacityAs, inCapacityAs),
  teamLists: whenWord(ROL17_NEEDS.teamLists, teamLists),
  headsOfTwoDelegations: whenWord(ROL17_NEEDS.headsOfTwoDelegations, headsOfTwoDelegations),
  sentOrEntrusted: whenWord(ROL17_NEEDS.sentOrEntrusted, sentOrEntrusted),
  reportsTo: whenWord(ROL17_NEEDS.reportsTo, reportsTo),
  blocChairAndSentAide: whenWord(ROL17_NEEDS.blocChairAndSentAide, blocChairAndSentAide),
};

/** Adds the rol17 rules' relations. */
export function addRol17Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.sideLeaders(k, s);
    gated.representedAfterPhrase(k, s);
    gated.inCapacityAs(k, s);
    gated.teamLists(k, s);
    gated.headsOfTwoDelegations(k, s);
    gated.sentOrEntrusted(k, s);
    gated.reportsTo(k, s);
    gated.blocChairAndSentAide(k, s);
  }
}
