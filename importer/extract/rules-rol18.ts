// The rol18 round's role rules (issue 6, construction 9), written on the ninth, blind roles bank (bank-roles-9.ts):
// "the Secretary-General's Personal Envoy" with the United Nations as issuer, "The co-mediators, Qatar's … A and
// Egypt's … B", an organisation's panel "chaired by" someone and its members told in the next sentence, "He negotiates
// on behalf of Y" after a sentence naming him, "the team, which reports to Minister Y, is led by X", deputies "assisting"
// a chief negotiator, "the head of the Ukrainian delegation, X", "Panama's negotiators … were led by X", "took over
// Chile's negotiations", "as plenipotentiary of the State of Qatar", "holding full powers from President Y", "led the
// regional bloc's mediation team", "on behalf of the Sultanate" (the issuing state), and a hypothetical appointment
// ("would appoint X as its negotiator if …") read as no role. Rule ids are what --explain prints.
import type { PersonMention } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { endOf, startOf } from './mention-span.ts';
import { STATE_BY_NAME } from './states.ts';
import { whenWord, wordGate } from './gates.ts';
import { isSide, peopleInOrder as ordered, agentBefore } from './kit-people.ts';
import { ROL19_SG_PATTERNS, sgOfOtherBody, unnamedSgIsUn } from './rules-rol19-sg.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol18 rules, as named data. */
export const ROL18_PATTERNS = {
  /** Talks, mediation or a panel's work in the sentence. */
  talks: /negotiat|\btalks\b|consultations|\bround\b|ceasefire|\bmediat|\bfacilitat|\bdelegations\b|\bparties\b/i,
  /** A gathering: leading a delegation there is attendance. */
  gathering: /\b(?:summit|forum|funeral|inauguration|investiture|ceremony|reception|assembly)\b/i,
  /** "the Secretary-General's Personal Envoy", "the Secretary-General's Special Representative". */
  sgEnvoy:
    /\b(?:the\s+)?Secretary-General['’]s\s+(?:(?:Personal|Special|Deputy\s+Special|personal|special|deputy\s+special)\s+)?(?:Envoy|Representative|envoy|representative)\b/g,
  /** Plural role nouns that a list of people follows: "The co-mediators, A and B, …". */
  pluralRoles:
    /\b(?:co-mediators|mediators|co-facilitators|facilitators|guarantors|co-chairs|chief\s+negotiators|negotiators|plenipotentiaries|envoys)\s*,\s+/gi,
  /** Where such a list ends: a semicolon, a full stop, or a comma before a lowercase word. */
  listEnd: /[;.]|,\s+(?!and\b)[a-z]/,
  /** "Qatar's Minister of State …": a possessive side opening a list item. */
  possessiveItem: /^(?:\s*(?:,|and)\s*)*(?:the\s+)?$/,
  /** An organisation's panel, mediation or facilitation team: "African Union High-Level Implementation Panel". */
  panelAfterOrg:
    /^\s*(?:[A-Z][\p{L}-]*\s+){0,4}?(?:Panel(?:\s+of\s+(?:Elders|the\s+Wise))?|Mediation\s+Team|Facilitation\s+Team|Contact\s+Group)\b/u,
  /** "…, chaired by former President X", "chaired by X" right after the panel. */
  chairedBy: /^\s*,?\s+(?:chaired|led|headed|coordinated)\s+by\s+/,
  /** "Its members, A and B, …", "The other members of the Panel, A and B". */
  panelMembers: /^(?:Its|The)\s+(?:other\s+)?members(?:\s+of\s+the\s+Panel)?\s*,\s+/,
  /** "He negotiates on behalf of President Y": a pronoun subject acting for a principal. */
  pronounBehalf:
    /^(?:He|She)\s+(?:negotiates|negotiated|is\s+negotiating|was\s+negotiating|acts|acted|is\s+acting|conducts\s+the\s+talks|conducted\s+the\s+talks)\s+on\s+behalf\s+of\s+/,
  /** "the negotiating team …, which reports to Minister Y": the team's principal. */
  teamReportsTo:
    /\b(?:team|delegation|committee|negotiators)\b[^,;.]{0,80},\s+which\s+(?:reports|answers|is\s+accountable)\s+(?:directly\s+)?to\s+/g,
  /** "…, is led by X" after the principal. */
  isLedBy: /^\s*,\s+(?:is|was|are|were|will\s+be)\s+(?:led|headed|chaired|coordinated)\s+by\s+$/,
  /** "A and B are assisting", "who assists", "assisted": a deputy's verb. */
  assisting:
    /^\s*,?\s+(?:who\s+)?(?:assists|assisted|is\s+assisting|are\s+assisting|was\s+assisting|were\s+assisting|has\s+been\s+assisting|have\s+been\s+assisting)\s+(?:the\s+)?/,
  /** The role of the one assisted, between the verb and the name. */
  assistedRoleWord: /negotiator|envoy|representative|mediator|facilitator|head\s+of|chief/i,
  /** "the head of the Ukrainian delegation, X": a head of a side's delegation before the name. */
  headOfBefore: /\b(?:the\s+)?(?:head|leader|chief)\s+of\s+(?:the\s+)?$/i,
  headOfAfter: /^(?:['’]s?)?\s+(?:negotiating\s+|government\s+)?(?:delegation|team)\s*,\s+/,
  /** The same when the gazetteer read "the Ukrainian delegation" whole as the side. */
  headOfAfterSide: /^\s*,\s+/,
  /** "Panama's negotiators at the talks were led by X", "PNG's negotiators in the talks, led by X,". */
  negotiatorsLedBy:
    /^['’]s?\s+(?:negotiators|negotiating\s+team)\b[^;.]{0,100}?(?:\s+(?:were|was|are|is)\s+|,\s+)(?:led|headed)\s+by\s+/,
  /** "took over Chile's negotiations", "handled Ghana's talks": verbs of running a side's negotiations. */
  tookOverBefore:
    /\b(?:took\s+over|takes\s+over|handled|handles|oversaw|oversees|directed|directs|coordinated|coordinates|ran|runs)\s+$/,
  statesTalksAfter: /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:negotiations|talks)\b/u,
  /** "Samoa's newly named chief negotiator, X": a side's role with a word of appointment before it. */
  newRoleAfter:
    /^['’]s?\s+(?:newly[\s-]+(?:named|appointed|designated|nominated)|new|incoming|recently\s+appointed|new(?:ly)?[\s-]+elected)\s+(?:[\p{L}-]+\s+){0,2}?(?:negotiator|envoy|emissary|mediator|facilitator|representative|sherpa)\s*,?\s+/iu,
  /** "as plenipotentiary of the State of Qatar", "as Tonga's plenipotentiary". */
  plenipotentiaryOf:
    /\bas\s+(?:the\s+)?(?:plenipotentiary|plenipotentiary\s+representative)\s+(?:of|for)\s+(?:the\s+)?$/i,
  plenipotentiaryPossessive: /^['’]s?\s+plenipotentiary\b/i,
  /** "holding full powers from President Y", "with full powers from", "under full powers granted by". */
  fullPowers:
    /\b(?:holding|with|under|given|granted)\s+(?:the\s+)?full\s+powers\s+(?:from|of|granted\s+by|issued\s+by)\s+/g,
  /** "led the regional bloc's mediation team": a bloc named by a common noun. */
  blocTeam:
    /\b(?:led|leads|leading|headed|heads|heading)\s+(?:the\s+)?(?:regional\s+|sub-regional\s+|subregional\s+|continental\s+)?(?:bloc|organisation|organization|body)['’]s\s+(?:mediation|negotiating|negotiation|facilitation)\s+(?:team|delegation|mission)\b/i,
  /** "on behalf of the Sultanate": a form word standing for the issuing state. */
  formBehalf:
    /\b(?:on\s+behalf\s+of|for|representing)\s+the\s+(Kingdom|Sultanate|Emirate|Principality|Grand\s+Duchy|State)\b(?!\s+of\b)/g,
  /** A conditional or hypothetical appointment: "would appoint X as …", "… if talks begin". */
  hypothetical:
    /\b(?:would|could|might)\s+(?:\S+\s+){0,2}?(?:appoint|name|designate|send|nominate|make)\b|\bif\s+(?:the\s+)?(?:talks|negotiations)\b|\b(?:should|once)\s+(?:the\s+)?(?:talks|negotiations)\s+(?:resume|begin|start|open)\b/i,
};

const P = ROL18_PATTERNS;

/** The first person whose mention starts at `from` (allowing only spaces, or a person's title words with `titles`). */
function personAt(k: RelKit, s: Sentence, from: number, titles = false): Person | undefined {
  const gap = titles ? /^(?:\s*[\p{L}.'’-]+){0,6}\s*$/u : /^\s*$/;
  return ordered(k, s).find(
    ([p]) => p.start >= from && [startOf(p), p.start].some((e) => e >= from && gap.test(k.ctx.text.slice(from, e))),
  );
}

const relate = (
  k: RelKit,
  type: string,
  from: string | undefined,
  to: string | undefined,
  s: Sentence,
  rule: string,
) => {
  if (from && to && from !== to) k.ctx.relate(type as 'NEGOTIATES_FOR', from, to, s.index, rule);
};

/**
 * Rule negotiates-for.sg-envoy-of-issuer: "The Secretary-General's Personal Envoy, X, met …", "X, the
 * Secretary-General's Special Envoy, convened …": with no Secretary-General named, the envoy acts for the United
 * Nations when it issued the readout or is the one organisation the text names (added from the issuer when unnamed).
 */
function sgEnvoy(k: RelKit, s: Sentence): void {
  if (!/Secretary-General['’]s/.test(s.text)) return;
  const orgs = [...new Set(k.hits.filter((h) => h.type === 'Organization').map((h) => h.name))];
  const un = orgs.length === 1 && orgs[0] === 'United Nations';
  // rol19: with no organisation named at all, an unqualified Secretary-General is the UN's (unnamedSgIsUn).
  if (!un && (k.people.homeOrg !== 'United Nations' || orgs.length > 0) && !unnamedSgIsUn(k, orgs.length)) return;
  const sgNamed = k.people.clusters.some((c) =>
    (k.people.offices.get(c) ?? []).some((o) => /^Secretary-General$/i.test(o.title)),
  );
  if (sgNamed) return;
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.sgEnvoy)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    if (sgOfOtherBody(text.slice(Math.max(0, at - 30), at))) continue; // rol19
    const after = ROL19_SG_PATTERNS.sgComplement.exec(text.slice(end, s.end));
    const before = agentBefore(k, s, at);
    const agent =
      (after ? personAt(k, s, end + after[0].length) : undefined) ??
      (before && /^\s*,\s*$/.test(text.slice(endOf(before[0]), at)) ? before : undefined);
    if (!agent) continue;
    const key =
      k.hits.filter((h) => h.name === 'United Nations').map((h) => k.hitKeys.get(h))[0] ??
      k.ctx.add('Organization', 'United Nations', undefined, 'org.issuer-of-readout', {}, false);
    relate(k, 'NEGOTIATES_FOR', agent[1], key, s, 'negotiates-for.sg-envoy-of-issuer');
  }
}

/**
 * Rule negotiates-for.plural-role-possessive-list: "The co-mediators, Qatar's Minister of State A and Egypt's
 * intelligence chief B, presented …": each person in the list acts for the side in the possessive that opens their item.
 */
function pluralRoleList(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.pluralRoles)) {
    const from = s.start + m.index + m[0].length;
    const stop = P.listEnd.exec(text.slice(from, s.end));
    const to = stop ? from + stop.index : s.end;
    const sides = k.hitsIn(from, to).filter((h) => isSide(h) && /^['’]s?\s/.test(text.slice(h.end, h.end + 3)));
    let prev = from;
    for (const [p, pk] of ordered(k, s).filter(([q]) => startOf(q) >= from && q.end <= to)) {
      const side = sides.find((h) => h.start >= prev && h.end <= p.start);
      const opens = side && P.possessiveItem.test(text.slice(prev, side.start));
      if (side && opens)
        relate(k, 'NEGOTIATES_FOR', pk, k.hitKeys.get(side), s, 'negotiates-for.plural-role-possessive-list');
      prev = endOf(p);
    }
  }
}

/**
 * Rules negotiates-for.panel-chaired-by and negotiates-for.panel-members: "The African Union High-Level Implementation
 * Panel, chaired by former President X, convened the delegations" (X acts for the organisation); "Its members, former
 * Presidents A and B, pressed the parties" in the next sentence (A and B act for it too).
 */
function panels(k: RelKit): void {
  const text = k.ctx.text;
  let panelOf: { key: string; sentence: number } | undefined;
  for (const s of k.ctx.sentences) {
    if (panelOf && panelOf.sentence === s.index - 1) {
      const m = P.panelMembers.exec(s.text);
      const from = m ? s.start + m[0].length : -1;
      const stop = m ? P.listEnd.exec(text.slice(from, s.end)) : null;
      const to = stop ? from + stop.index : s.end;
      if (m)
        for (const [p, pk] of ordered(k, s).filter(([q]) => startOf(q) >= from && q.end <= to))
          if (!p.titles.some((t) => !t.former && /Secretary|Minister/.test(t.title)))
            relate(k, 'NEGOTIATES_FOR', pk, panelOf.key, s, 'negotiates-for.panel-members');
    }
    if (!P.talks.test(s.text) && !/\bconven/.test(s.text)) continue;
    for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'Organization')) {
      const panel = P.panelAfterOrg.exec(text.slice(h.end, s.end));
      const key = k.hitKeys.get(h);
      if (!panel || !key) continue;
      panelOf = { key, sentence: s.index };
      const at = h.end + panel[0].length;
      const chaired = P.chairedBy.exec(text.slice(at, s.end));
      const chair = chaired ? personAt(k, s, at + chaired[0].length, true) : undefined;
      relate(k, 'NEGOTIATES_FOR', chair?.[1], key, s, 'negotiates-for.panel-chaired-by');
    }
  }
}

/**
 * Rule negotiates-for.pronoun-behalf: "Permanent Secretary X heads Uganda's team in the talks. He negotiates on behalf
 * of President Y.": the pronoun is the person the previous sentence opens with, who acts for the principal named.
 */
function pronounBehalf(k: RelKit, s: Sentence): void {
  const m = P.pronounBehalf.exec(s.text);
  const prev = m ? k.ctx.sentences[s.index - 1] : undefined;
  if (!m || !prev) return;
  const subject = ordered(k, prev)[0];
  if (!subject || !/^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/.test(k.ctx.text.slice(prev.start, startOf(subject[0])))) return;
  const at = s.start + m[0].length;
  const boss = personAt(k, s, at, true);
  const side = k.hitsIn(at, s.end).find((h) => isSide(h) && /^\s*(?:the\s+)?$/.test(k.ctx.text.slice(at, h.start)));
  const to = boss?.[1] ?? (side ? k.hitKeys.get(side) : undefined);
  relate(k, 'NEGOTIATES_FOR', subject[1], to, s, 'negotiates-for.pronoun-behalf');
}

/**
 * Rules reports-to.team-which-reports-to and reports-to.assisting: "Guyana's negotiating team, which reports to Minister
 * Y, is led by X" (X reports to Y); "A and B are assisting chief negotiator Y", "X assisted the head of the Ukrainian
 * delegation, Y", "X, who assists Special Envoy Y" (A, B, X report to Y).
 */
function reportsTo(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.teamReportsTo)) {
    const at = s.start + m.index + m[0].length;
    const boss = personAt(k, s, at, true);
    const lead = boss ? ordered(k, s).find(([p]) => startOf(p) > endOf(boss[0])) : undefined;
    if (boss && lead && P.isLedBy.test(text.slice(endOf(boss[0]), startOf(lead[0]))))
      relate(k, 'REPORTS_TO', lead[1], boss[1], s, 'reports-to.team-which-reports-to');
  }
  if (!/assist/.test(s.text)) return;
  const people = ordered(k, s);
  people.forEach(([p], i) => {
    const m = P.assisting.exec(text.slice(endOf(p), s.end));
    if (!m) return;
    const from = endOf(p) + m[0].length;
    const boss = people.find(([q]) => q.start >= from && /^[^;.]{0,90}$/.test(text.slice(from, q.start)));
    if (!boss || !P.assistedRoleWord.test(text.slice(from, boss[0].start))) return;
    // The deputies: this person and those joined to them by "and" or commas before.
    const deputies = [people[i]!];
    for (
      let j = i - 1;
      j >= 0 && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(endOf(people[j]![0]), startOf(people[j + 1]![0])));
      j--
    )
      deputies.push(people[j]!);
    for (const [, dk] of deputies) relate(k, 'REPORTS_TO', dk, boss[1], s, 'reports-to.assisting');
  });
}

/**
 * Rules negotiates-for.head-of-delegation-apposition, negotiates-for.newly-named-role, negotiates-for.negotiators-led-by and
 * negotiates-for.took-over-states-negotiations: "the head of the Ukrainian delegation, X", "Samoa's newly named chief negotiator, X", "Panama's negotiators at the
 * talks were led by X", "X, who took over Chile's negotiations with the EU": X acts for the side.
 */
function sideRoles(k: RelKit, s: Sentence): void {
  if (!P.talks.test(s.text) || P.gathering.test(s.text)) return;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const before = text.slice(s.start, h.start);
    const after = text.slice(h.end, s.end);
    const whole = /\s(?:delegation|team)$/i.test(h.surface);
    const sideOk = h.demonym || whole || /^['’]s?\s/.test(after) || h.type === 'Organization';
    const head = whole ? P.headOfAfterSide.exec(after) : P.headOfAfter.exec(after);
    if (sideOk && head && P.headOfBefore.test(before))
      relate(
        k,
        'NEGOTIATES_FOR',
        personAt(k, s, h.end + head[0].length)?.[1],
        key,
        s,
        'negotiates-for.head-of-delegation-apposition',
      );
    const fresh = P.newRoleAfter.exec(after);
    if (fresh && /^['’]/.test(after))
      relate(
        k,
        'NEGOTIATES_FOR',
        personAt(k, s, h.end + fresh[0].length)?.[1],
        key,
        s,
        'negotiates-for.newly-named-role',
      );
    const led = P.negotiatorsLedBy.exec(after);
    if (led)
      relate(
        k,
        'NEGOTIATES_FOR',
        personAt(k, s, h.end + led[0].length, true)?.[1],
        key,
        s,
        'negotiates-for.negotiators-led-by',
      );
    if (!h.demonym && P.tookOverBefore.test(before) && P.statesTalksAfter.test(after))
      relate(
        k,
        'NEGOTIATES_FOR',
        agentBefore(k, s, h.start)?.[1],
        key,
        s,
        'negotiates-for.took-over-states-negotiations',
      );
  }
}

/**
 * Rules negotiates-for.as-plenipotentiary and negotiates-for.full-powers-from: "X signed the agreement as plenipotentiary
 * of the State of Qatar" (X acts for the state), "Minister X, holding full powers from President Y, initialled the text"
 * (X acts for Y).
 */
function plenipotentiaries(k: RelKit, s: Sentence): void {
  if (!/plenipotentiary|full\s+powers/i.test(s.text)) return;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const before = text.slice(s.start, h.start);
    const cue =
      P.plenipotentiaryOf.exec(before) ??
      (/\bas\s+(?:the\s+)?$/.test(before) && P.plenipotentiaryPossessive.test(text.slice(h.end, s.end))
        ? /\bas\s+(?:the\s+)?$/.exec(before)
        : null);
    if (cue)
      relate(
        k,
        'NEGOTIATES_FOR',
        agentBefore(k, s, s.start + cue.index)?.[1],
        k.hitKeys.get(h),
        s,
        'negotiates-for.as-plenipotentiary',
      );
  }
  for (const m of s.text.matchAll(P.fullPowers)) {
    const at = s.start + m.index;
    const boss = personAt(k, s, at + m[0].length, true);
    const agent = agentBefore(k, s, at);
    relate(k, 'NEGOTIATES_FOR', agent?.[1], boss?.[1], s, 'negotiates-for.full-powers-from');
  }
}

/**
 * Rules negotiates-for.bloc-team-reference and negotiates-for.form-behalf-issuer: "X led the regional bloc's mediation
 * team" (the one organisation the sentence names); "X, who mediates the talks on behalf of the Sultanate" (the issuing
 * state, when its formal name opens with that word and no other state of that form is named).
 */
function references(k: RelKit, s: Sentence): void {
  const bloc = P.blocTeam.exec(s.text);
  const orgs = [
    ...new Set(
      k
        .hitsIn(s.start, s.end)
        .filter((h) => h.type === 'Organization')
        .map((h) => k.hitKeys.get(h))
        .filter(Boolean),
    ),
  ];
  if (bloc && orgs.length === 1)
    relate(
      k,
      'NEGOTIATES_FOR',
      agentBefore(k, s, s.start + bloc.index)?.[1],
      orgs[0],
      s,
      'negotiates-for.bloc-team-reference',
    );
  const home = k.people.home;
  const official = home ? (STATE_BY_NAME.get(home)?.official ?? home) : undefined;
  if (!home || !official) return;
  for (const m of s.text.matchAll(P.formBehalf)) {
    const word = m[1]!.replace(/\s+/g, ' ');
    const at = s.start + m.index;
    const covered = k.hitsIn(at, at + m[0].length).length > 0;
    const others = k.hits.some(
      (h) =>
        h.type === 'State' && h.name !== home && (STATE_BY_NAME.get(h.name)?.official ?? '').startsWith(`${word} of`),
    );
    if (covered || others || !official.startsWith(`${word} of`)) continue;
    const key = k.stateKey(home);
    relate(k, 'NEGOTIATES_FOR', agentBefore(k, s, at)?.[1], key, s, 'negotiates-for.form-behalf-issuer');
  }
}

/**
 * Rule negotiates-for.not-hypothetical-role: "President X said he would appoint Y as Ecuador's negotiator if talks …
 * begin": a role given only under a condition or in the conditional is no role yet (read by negotiates-for.as-role).
 */
export function hypotheticalRole(sentence: string): boolean {
  return P.hypothetical.test(sentence);
}

/**
 * Rule negotiates-for.state-as-modifier (read by negotiates-for.leading-team): "X headed the Solomon Islands team in
 * the talks", "led the United States delegation": a state's name (not its adjective) right after "the" and right
 * before "team" or "delegation" names the side as its adjective would; not when the clause goes on "on behalf of" a
 * principal (the dev gold gives the principal alone there).
 */
export function stateAsModifier(
  text: string,
  h: { type: string; start: number; end: number; demonym: boolean },
): boolean {
  return (
    h.type === 'State' &&
    !h.demonym &&
    /\bthe\s+$/.test(text.slice(Math.max(0, h.start - 5), h.start)) &&
    /^\s+(?:negotiating\s+|government\s+)?(?:team|delegation)\b/.test(text.slice(h.end, h.end + 30)) &&
    // "headed the GRP delegation on behalf of President Y": the principal named is the one the leader acts for.
    !/^[^.;]*\bon\s+behalf\s+of\b/.test(text.slice(h.end, h.end + 200))
  );
}

/**
 * The words without which a rule's patterns cannot match in a sentence (gates.ts, `wordGate`: whole words, lower
 * case): pluralRoleList's plural nouns ("co-mediators" is the words "co" and "mediators"); reportsTo's verbs of
 * teamReportsTo and assisting; sideRoles' head of headOfBefore, roles of newRoleAfter, "led"/"headed" of
 * negotiatorsLedBy and verbs of tookOverBefore; references' nouns of blocTeam and form words of formBehalf.
 */
export const ROL18_NEEDS = {
  pluralRoleList: wordGate([
    'mediators',
    'facilitators',
    'guarantors',
    'chairs',
    'negotiators',
    'plenipotentiaries',
    'envoys',
  ]),
  reportsTo: wordGate('reports', 'answers', 'accountable', 'assists', 'assisted', 'assisting'),
  sideRoles: wordGate(
    ['head', 'leader', 'chief', 'led', 'headed'],
    ['negotiator', 'envoy', 'emissary', 'mediator', 'facilitator', 'representative', 'sherpa'],
    ['took', 'takes', 'handled', 'handles', 'oversaw', 'oversees', 'directed', 'directs'],
    ['coordinated', 'coordinates', 'ran', 'runs'],
  ),
  references: wordGate(
    ['bloc', 'organisation', 'organization', 'body'],
    ['kingdom', 'sultanate', 'emirate', 'principality', 'duchy', 'state'],
  ),
};

const gated = {
  pluralRoleList: whenWord(ROL18_NEEDS.pluralRoleList, pluralRoleList),
  reportsTo: whenWord(ROL18_NEEDS.reportsTo, reportsTo),
  sideRoles: whenWord(ROL18_NEEDS.sideRoles, sideRoles),
  references: whenWord(ROL18_NEEDS.references, references),
};

/** Adds the rol18 rules' relations. */
export function addRol18Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    sgEnvoy(k, s);
    gated.pluralRoleList(k, s);
    pronounBehalf(k, s);
    gated.reportsTo(k, s);
    gated.sideRoles(k, s);
    plenipotentiaries(k, s);
    gated.references(k, s);
  }
  panels(k);
}
