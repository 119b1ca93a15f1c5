// The rol19 round's role rules (issue 6), written on the tenth, blind roles bank (bank-roles-10.ts): the principal told
// by office ("the Minister's special envoy, X", "the envoy of the Chairperson of the Commission, X", "on behalf of the
// Head of State" with nobody holding it named), a person's envoy told by a possessive pronoun ("with her Special
// Representative, X"; "was represented by his special representative, X"), an envoy of a person in apposition, teams
// and lists ("led by A and comprising B, C", "its negotiating team …: A, B and C", "Botswana: A (head of delegation)",
// "the Panel …, comprising A, B and C", "X, acting head of the Ethiopian delegation", "the head of the Thai
// Government's peace dialogue panel, X"), roles in nominal and passive forms ("Bolivia's representation at the talks
// was entrusted to X", "Leadership of the Ecuadorian delegation fell to X", "Responsibility for the negotiations on
// behalf of Finland rests with X", "Talks on Jamaica's behalf were handled by X", "with X at the helm of the Peruvian
// negotiating team", "who now leads the UN's mediation", "negotiated for the group"), and an observer "on behalf of" a
// body (no role). Rule ids are what --explain prints.
import type { PersonMention } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { endOf, startOf } from './mention-span.ts';
import { isSide, peopleInOrder as ordered, agentBefore } from './kit-people.ts';
import { ROL14_PATTERNS } from './rules-rol14.ts';
import { ROL18_PATTERNS } from './rules-rol18.ts';
import { isoOf } from './people-stage.ts';
import { ROL19_SG_PATTERNS } from './rules-rol19-sg.ts';
import { whenWord, wordGate } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Office titles a role can be told by ("the Minister's special envoy"), with what a holder's title must match. */
export const OFFICE_HOLDER_TITLES: [RegExp, RegExp][] = [
  [/^prime\s+minister$/i, /^Prime\s+Minister\b/],
  [/^(?:foreign\s+)?minister$/i, /^(?:Foreign\s+)?Minister\b(?!\s+of\s+State\b)/],
  [/^president$/i, /^President\b(?!\s+of\s+the\s+(?:European\s+)?(?:Commission|Council|Assembly))/],
  [/^chair(?:person|man)?(?:\s+of\s+the\s+commission)?$/i, /^Chair(?:person|man)?\b/],
  [/^chief\s+adviser$/i, /^Chief\s+Adviser\b/],
  [/^secretary-general$/i, /^Secretary-General\b/],
];

/** Patterns of the rol19 rules, as named data. */
export const ROL19_PATTERNS = {
  /** "the Minister's special envoy", "The Chief Adviser's High Representative", "the Minister's special adviser". */
  officePossessiveRole:
    /\bthe\s+(Prime\s+Minister|Foreign\s+Minister|Minister|President|Chairperson|Chair|Chief\s+Adviser)['’]s\s+(?:(?:special|personal|chief|senior|high|deputy)\s+)*(envoy|representative|emissary|negotiator|mediator|sherpa|adviser|advisor)\b/giu,
  /** "The envoy of the Chairperson of the Commission", "the Special Envoy of the Minister" (no owner after it). */
  roleOfOffice:
    /\bthe\s+(?:(?:special|personal|high)\s+)?(envoy|representative|emissary)\s+of\s+the\s+(Prime\s+Minister|Minister|President|Chairperson(?:\s+of\s+the\s+Commission)?|Chair|Chief\s+Adviser)\b(?!\s+of\b)(?!['’])/giu,
  /** Between such a role and its agent: a complement, a comma, a lowercase descriptor ("former minister"). */
  roleToAgent:
    /^(?:\s+(?:for|on|to|in)\s+[^,;.()]{1,100}?)?\s*,\s*(?:the\s+)?(?:(?:former|veteran|retired)\s+[a-z]+\s+)?(?:(?:Ambassador|Dr|Mr|Ms|Mrs|Prof|Professor)\.?\s+)?$/,
  /** Between an agent and the role after it: "X, the President's envoy". */
  agentThenRole: /^\s*,\s*(?:who\s+(?:is|was)\s+)?$/,
  /** "on behalf of the Head of State": a principal told by a leader's office alone. */
  behalfOfOffice:
    /\bon\s+behalf\s+of\s+the\s+(Head\s+of\s+State|President|Prime\s+Minister|Head\s+of\s+Government)\b(?!\s+of\b)/g,
  /** "with her Special Representative for the … Process, X", "by his special representative, X". */
  pronounRole:
    /\b(?:with|by|and)\s+(?:his|her)\s+(?:(?:special|personal|chief)\s+)*(?:envoy|representative|emissary|negotiator)\b(?:\s+(?:for|on|to)\s+[^,;.()]{1,100}?)?\s*,\s+/gi,
  /** The sentence's subject before such a phrase: nothing but a title or honorific before the first person. */
  subjectStart: /^(?:[\p{L}.'’-]+\s+){0,6}$/u,
  /** "X, personal emissary of President Y": an envoy of a person in apposition. */
  envoyOfPerson:
    /^\s*,\s+(?:the\s+|a\s+)?(?:(?:special|personal)\s+)?(?:envoy|emissary|representative)\s+of\s+(?:the\s+)?/i,
  /** "…, led by A and comprising B, C": the leader of a delegation whose members follow. */
  ledByComprising:
    /^(?:\s+(?:(?:government|negotiating|peace)\s+)?(?:delegation|team)\b)?[^;.]{0,80}?,\s+(?:led|headed)\s+by\s+/,
  comprisingAfter: /^\s+and\s+(?:comprising|including|composed\s+of|consisting\s+of|made\s+up\s+of)\b/,
  /** "Nepal has named its negotiating team for …:", "Nepal's negotiating team:" before a list of its members. */
  teamColon: /^(?:['’]s?\s+|\s+[^.;:]{0,40}?\b(?:its|their)\s+)(?:negotiating|negotiation)\s+team\b[^.;:]{0,100}:\s+/,
  /** A state opening a colon list ("Botswana: A (head of delegation), B; Namibia: …"), and its head's mark. */
  sideColon: /^\s*:\s+/,
  headMark: /^\s*\((?:head\s+of\s+(?:the\s+)?delegation|head)\)/i,
  /** "The … Panel on Sudan, comprising A, B and C,": the members of an organisation's panel. */
  panelComprising:
    /^\s*(?:[A-Z][\p{L}-]*\s+){0,4}?(?:Panel|Mediation\s+Team|Contact\s+Group)(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,3})?\s*,\s+(?:comprising|composed\s+of|consisting\s+of|made\s+up\s+of)\s+/u,
  /** Where such a list ends: a semicolon, a full stop, or a comma before a lowercase word. */
  listEnd: /[;.]|,\s+(?!and\b)[a-z]/,
  /** "X, acting head of the", "The head of the": a head of a side's body, before the side. */
  headOfSideBefore: /\b(?:(?:acting|interim)\s+)?(?:head|leader|chief)\s+of\s+(?:the\s+)?$/i,
  /** After the side: "Government's peace dialogue panel", "delegation". */
  headOfSideAfter:
    /^(?:\s+Government['’]s|['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?(?:delegation|panel|team)\b(?:\s+(?:in|at|to|for)\s+[^,;.]{1,80}?)?(?=\s*,)/iu,
  /** After a side read whole with its body ("the Ethiopian delegation"): a complement, then a comma. */
  bodyComplement: /^(?:\s+(?:in|at|to|for)\s+[^,;.]{1,80}?)?(?=\s*,)/,
  /** "the Government's peace delegation" with no state named: the issuer's state. */
  governmentsBody:
    /\b(?:(?:acting|interim)\s+)?(?:head|leader|chief)\s+of\s+the\s+Government['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:delegation|panel|team)\b/gu,
  /** "who now leads the UN's mediation": a relative clause leading a side's process. */
  leadsSidesProcess: /,\s+who\s+(?:now\s+|currently\s+)?(?:leads|heads|conducts|runs|directs)\s+(?:the\s+)?$/,
  sidesProcessAfter: /^['’]s?\s+(?:mediation|negotiations|talks|facilitation|negotiating\s+team|delegation)\b/,
  /**
   * Nominal and passive roles, each as [what stands before the side, what follows it up to the agent]: "Bolivia's
   * representation at the talks was entrusted to", "Talks on Jamaica's behalf … were handled by", "Leadership of the
   * Ecuadorian delegation … fell to", "Responsibility for the negotiations on behalf of Finland … rests with".
   */
  nominal: [
    [
      /(?:^|\s)$/,
      /^['’]s?\s+(?:representation|negotiating\s+mandate)\b[^;.]{0,100}?\s+(?:was|is|has\s+been|were)\s+(?:entrusted|given|assigned|confided)\s+to\s+/,
    ],
    [
      /\b(?:Talks|Negotiations)\s+on\s+$/,
      /^['’]s\s+behalf\b[^;.]{0,120}?\s+(?:was|were|is|are)\s+(?:handled|conducted|led)\s+by\s+/,
    ],
    [
      /\b(?:Leadership|Conduct)\s+of\s+(?:the\s+)?$/,
      /^\s+(?:delegation|negotiating\s+team|team)\b[^;.]{0,100}?\s+(?:fell|falls|rests|rested|lies|lay|passed)\s+(?:to|with)\s+/,
    ],
    [
      /\bResponsibility\s+for\s+the\s+(?:negotiations|talks)\s+on\s+behalf\s+of\s+(?:the\s+)?$/,
      /^[^;.]{0,120}?\s+(?:rests|rested|lies|lay|falls|fell)\s+with\s+/,
    ],
  ] as [RegExp, RegExp][],
  /** "with X at the helm of the Peruvian negotiating team". */
  atTheHelm: /^\s+at\s+the\s+helm\s+of\s+(?:the\s+)?$/,
  helmAfter: /^(?:['’]s)?\s+(?:negotiating\s+|government\s+)?(?:team|delegation)\b/,
  /** "negotiated for the group": the one organisation the sentence names. */
  forTheGroup:
    /\b(?:negotiated|negotiates|negotiating|spoke|speaks|speaking)\s+(?:for|on\s+behalf\s+of)\s+the\s+(?:group|bloc|grouping)\b/i,
  /** "the Commonwealth Secretary-General's Special Envoy": another body's Secretary-General, after the body. */
  bodySgRole: /^\s+Secretary-General['’]s\s+(?:(?:special|personal|deputy)\s+)*(?:envoy|representative)\b/i,
  /**
   * "The Chief Negotiator for the Definition of Permanent Maritime Boundaries, X," (or "X, Chief Negotiator for the …,"):
   * a chief negotiator's title whose remit names no side, opening the sentence or after the person.
   */
  remitChiefNegotiator:
    /\b(?:Chief|Lead|Principal)\s+Negotiator\s+(?:for|on)\s+the\s+(?:\p{Lu}[\p{L}-]*(?:\s+(?:of|and|on|the))*\s+){0,6}\p{Lu}[\p{L}-]*\s*,\s+/gu,
  /** What may stand before such a title: the opening "The", or a person's comma. */
  remitOpen: /(?:^|[.;]\s+)(?:The\s+)?$|,\s*(?:the\s+)?$/,
  /** "The Indian side was led by X", and gapped "and the Bangladesh side by Y". */
  sideLedBy: /^(?:\s+side)?\s+(?:was|were|is|has\s+been)\s+(?:led|headed)\s+by\s+/,
  sideGappedBy: /^(?:\s+side)?\s+by\s+/,
  /** A side named as such: "The Indian side", "the Bangladesh side". */
  sideNoun: /^\s+side\b/,
  /** "The national government team", "the Federal Government's negotiating team": the issuer's government's team. */
  issuerGovernmentTeam:
    /\b(?:national|federal|central|National|Federal|Central)\s+[Gg]overnment(?:['’]s)?\s+(?:negotiating\s+)?(?:team|delegation)\b/g,
  /** "…, led by" after the team, or "X led the" before it. */
  teamLedByAfter: /^(?:\s+(?:in|at|to|for)\s+[^,;.]{1,80}?)?\s*,\s+(?:led|headed)\s+by\s+/,
  agentLedBefore: /\s+(?:led|leads|headed|heads)\s+the\s+$/,
  /** An observer's presence "on behalf of" a body: no role of negotiation. */
  observerBefore:
    /\b(?:as\s+(?:an?\s+)?observers?|in\s+(?:an?\s+)?observer\s+capacity|observer\s+status)\b[^.;]{0,40}$/i,
};

const P = ROL19_PATTERNS;

const relate = (k: RelKit, type: 'NEGOTIATES_FOR' | 'REPORTS_TO', from?: string, to?: string, si = 0, rule = '') => {
  if (from && to && from !== to) k.ctx.relate(type, from, to, si, rule);
};

/** The issuer's state as a candidate (added when the text never names it). */
function homeKey(k: RelKit): string | undefined {
  const home = k.people.home;
  if (!home) return undefined;
  return k.stateKey(home) ?? k.ctx.add('State', home, undefined, 'state.government-of-readout', isoOf(home), false);
}

/** A side read whole with its body: "the Ethiopian delegation". */
const wholeBody = (h: GazetteerHit) => /\s(?:delegation|team)$/i.test(h.surface);

/** The first person whose mention (or name) starts at `from` with only `gap` between. */
function personAt(k: RelKit, s: Sentence, from: number, gap: RegExp = /^\s*$/): Person | undefined {
  const text = k.ctx.text;
  return ordered(k, s).find(
    ([p]) => p.end > from && [startOf(p), p.start].some((e) => e >= from && gap.test(text.slice(from, e))),
  );
}

const TITLE_GAP = /^(?:\s*[\p{L}.'’-]+){0,6}\s*$/u;

/** The one person of the readout holding the office told (other than `not`), by office or a mention's title. */
export function officeHolder(k: RelKit, office: string, not?: string): string | undefined {
  const told = office.replace(/\s+/g, ' ');
  const want = OFFICE_HOLDER_TITLES.find(([t]) => t.test(told))?.[1];
  if (!want) return undefined;
  const holders = k.people.clusters.filter(
    (c) =>
      k.key(c) !== not &&
      ((k.people.offices.get(c) ?? []).some((o) => want.test(o.title)) ||
        c.mentions.some((m) => m.titles.some((t) => want.test(t.title) && !t.former))),
  );
  return holders.length === 1 ? k.key(holders[0]!) : undefined;
}

/**
 * Rules negotiates-for.office-possessive-role and reports-to.office-possessive-role: "The President's envoy, former
 * minister X, has held talks", "X, the Chief Adviser's High Representative", "The envoy of the Chairperson of the
 * Commission, Ambassador X", "The Minister's special adviser, X": the agent acts for (an adviser reports to) the one
 * holder of that office the readout names.
 */
function officeRoles(k: RelKit, s: Sentence): void {
  if (!/['’]s|\bof\s+the\b/.test(s.text)) return;
  const text = k.ctx.text;
  const found = [
    ...[...s.text.matchAll(P.officePossessiveRole)].map((m) => [m, m[1]!, m[2]!] as const),
    ...[...s.text.matchAll(P.roleOfOffice)].map((m) => [m, m[2]!, m[1]!] as const),
  ];
  for (const [m, office, role] of found) {
    const at = s.start + m.index!;
    const end = at + m[0].length;
    const after = personAt(k, s, end, P.roleToAgent);
    const before = ordered(k, s)
      .filter(([p]) => endOf(p) <= at)
      .pop();
    const agent = after ?? (before && P.agentThenRole.test(text.slice(endOf(before[0]), at)) ? before : undefined);
    const boss = agent ? officeHolder(k, office, agent[1]) : undefined;
    if (!agent || !boss) continue;
    if (/advis/i.test(role)) relate(k, 'REPORTS_TO', agent[1], boss, s.index, 'reports-to.office-possessive-role');
    else relate(k, 'NEGOTIATES_FOR', agent[1], boss, s.index, 'negotiates-for.office-possessive-role');
  }
}

/**
 * Rule negotiates-for.behalf-of-unnamed-office: "X conducted the talks with the Malawian delegation on behalf of the
 * Head of State", with nobody holding that office named in the readout: X acts for the issuer's state (the guide's
 * "otherwise the state").
 */
function behalfOfUnnamedOffice(k: RelKit, s: Sentence): void {
  const home = k.people.home;
  if (!home || !/on\s+behalf/.test(s.text)) return;
  for (const m of s.text.matchAll(P.behalfOfOffice)) {
    const office = m[1]!.replace(/\s+/g, ' ');
    const holders = k.leaders.length + (officeHolder(k, office) ? 1 : 0);
    if (holders > 0 || P.observerBefore.test(s.text.slice(0, m.index))) continue;
    const at = s.start + m.index;
    relate(
      k,
      'NEGOTIATES_FOR',
      agentBefore(k, s, at)?.[1],
      homeKey(k),
      s.index,
      'negotiates-for.behalf-of-unnamed-office',
    );
  }
}

/**
 * Rules negotiates-for.pronoun-role-of-subject and negotiates-for.envoy-of-person-apposition: "X, the OSCE
 * Chairperson-in-Office, travelled … with her Special Representative for the … Process, Y", "Turkish Cypriot leader X
 * was represented at the meeting by his special representative, Y" (Y acts for the subject X); "Foreign Minister Y,
 * personal emissary of President X, held talks" (Y acts for X).
 */
function personalEnvoys(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  const subject = people[0];
  if (subject && P.subjectStart.test(text.slice(s.start, startOf(subject[0]))))
    for (const m of s.text.matchAll(P.pronounRole)) {
      const end = s.start + m.index + m[0].length;
      const envoy = personAt(k, s, end, TITLE_GAP);
      if (envoy && startOf(envoy[0]) < end + 60)
        relate(k, 'NEGOTIATES_FOR', envoy[1], subject[1], s.index, 'negotiates-for.pronoun-role-of-subject');
    }
  for (const [p, pk] of people) {
    const m = P.envoyOfPerson.exec(text.slice(endOf(p), s.end));
    const boss = m ? personAt(k, s, endOf(p) + m[0].length, TITLE_GAP) : undefined;
    if (boss) relate(k, 'NEGOTIATES_FOR', pk, boss[1], s.index, 'negotiates-for.envoy-of-person-apposition');
  }
}

/** The people of `s` from `from` to the end of a list (`listEnd`). */
function listFrom(k: RelKit, s: Sentence, from: number): Person[] {
  const stop = P.listEnd.exec(k.ctx.text.slice(from, s.end));
  const to = stop ? from + stop.index : s.end;
  return ordered(k, s).filter(([p]) => startOf(p) >= from && p.end <= to);
}

/**
 * Rules negotiates-for.led-by-and-comprising, negotiates-for.team-colon-list and negotiates-for.panel-comprising: "The
 * Ethiopian delegation, led by Minister X and comprising A, B and C, met …" (X acts for Ethiopia); "Nepal has named its
 * negotiating team for the talks: A, B and C" (each acts for Nepal); "The African Union High-Level Panel on Sudan,
 * comprising A, B and C, met …" (each acts for the organisation).
 */
function teamLists(k: RelKit, s: Sentence): void {
  const talks = ROL18_PATTERNS.talks.test(s.text) && !ROL18_PATTERNS.gathering.test(s.text);
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const after = text.slice(h.end, s.end);
    const led = talks ? P.ledByComprising.exec(after) : null;
    if (led && !wholeBody(h) && !/^\s+(?:[a-z]+\s+)?(?:delegation|team)\b/.test(after)) continue;
    const head = led ? personAt(k, s, h.end + led[0].length, TITLE_GAP) : undefined;
    if (head && P.comprisingAfter.test(text.slice(endOf(head[0]), s.end)))
      relate(k, 'NEGOTIATES_FOR', head[1], key, s.index, 'negotiates-for.led-by-and-comprising');
    const colon = talks && h.type === 'State' ? P.teamColon.exec(after) : null;
    if (colon)
      for (const [, pk] of listFrom(k, s, h.end + colon[0].length))
        relate(k, 'NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.team-colon-list');
    const panel = h.type === 'Organization' ? P.panelComprising.exec(after) : null;
    if (panel)
      for (const [, pk] of listFrom(k, s, h.end + panel[0].length))
        relate(k, 'NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.panel-comprising');
  }
}

/**
 * Rule negotiates-for.side-colon-head: "Botswana: Permanent Secretary A (head of delegation), B; Namibia: Executive
 * Director C (head of delegation), D": the head marked in each state's part of the list acts for that state.
 */
function sideColonHeads(k: RelKit, s: Sentence): void {
  if (!/\(head/i.test(s.text)) return;
  const text = k.ctx.text;
  const states = k.hitsIn(s.start, s.end).filter((h) => h.type === 'State' && P.sideColon.test(text.slice(h.end)));
  for (const h of states) {
    const stop = /;/.exec(text.slice(h.end, s.end));
    const to = stop ? h.end + stop.index : s.end;
    for (const [p, pk] of ordered(k, s).filter(([q]) => q.start > h.end && q.end <= to))
      if (P.headMark.test(text.slice(p.end, to)))
        relate(k, 'NEGOTIATES_FOR', pk, k.hitKeys.get(h), s.index, 'negotiates-for.side-colon-head');
  }
}

/** Where a head-of-body phrase before side `h` opens ("acting head of the"), when the side's body follows it. */
function headOfBody(k: RelKit, s: Sentence, h: GazetteerHit): [number, number] | undefined {
  const text = k.ctx.text;
  const open = P.headOfSideBefore.exec(text.slice(s.start, h.start));
  const rest = text.slice(h.end, s.end);
  const body = !open
    ? null
    : wholeBody(h)
      ? P.bodyComplement.exec(rest)
      : h.demonym || /^['’]/.test(rest)
        ? P.headOfSideAfter.exec(rest)
        : null;
  return open && body ? [s.start + open.index, h.end + body[0].length] : undefined;
}

/**
 * Rule negotiates-for.head-of-side-body: "X, acting head of the Ethiopian delegation, presented …", "The head of the
 * Thai Government's peace dialogue panel, X, met …", "X, head of the Government's peace delegation in the talks with
 * …" (the issuer's state): in a sentence of talks, the head of a side's delegation, team or panel acts for the side.
 */
function headsOfSideBodies(k: RelKit, s: Sentence): void {
  if (!/\b(?:head|leader|chief)\s+of\b/i.test(s.text) || !ROL14_PATTERNS.talks.test(s.text)) return;
  if (ROL14_PATTERNS.gathering.test(s.text)) return;
  const text = k.ctx.text;
  const spots: [string | undefined, number, number][] = [];
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'State')) {
    const span = headOfBody(k, s, h);
    if (span) spots.push([k.hitKeys.get(h), ...span]);
  }
  const home = k.people.home;
  for (const m of home ? s.text.matchAll(P.governmentsBody) : []) {
    const tail = P.headOfSideAfter.exec(text.slice(s.start + m.index + m[0].length, s.end))?.[0].length ?? 0;
    spots.push([homeKey(k), s.start + m.index, s.start + m.index + m[0].length + tail]);
  }
  for (const [key, open, end] of spots) {
    const lead = text.slice(s.start, open);
    const before = agentBefore(k, s, open);
    const agent = /(?:^|\s)(?:The|the)\s+$/.test(lead)
      ? personAt(k, s, end, /^\s*,\s*(?:[\p{L}.'’-]+\s+){0,4}$/u)
      : before && /^\s*,\s*(?:the\s+)?$/.test(text.slice(endOf(before[0]), open))
        ? before
        : undefined;
    relate(k, 'NEGOTIATES_FOR', agent?.[1], key, s.index, 'negotiates-for.head-of-side-body');
  }
}

/**
 * Rules negotiates-for.nominal-role, negotiates-for.at-the-helm and negotiates-for.now-leads-sides-process:
 * "Bolivia's representation at the talks with Chile was entrusted to X", "Leadership of the Ecuadorian delegation at
 * the talks fell to X", "Responsibility for the negotiations on behalf of Finland … rests with X", "Talks on Jamaica's
 * behalf … were handled by X", "With X at the helm of the Peruvian negotiating team", "B, who now leads the UN's
 * mediation in Yemen": the person named acts for the side.
 */
function nominalRoles(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const before = text.slice(s.start, h.start);
    const after = text.slice(h.end, s.end);
    // A side read whole with its body ("the Ecuadorian delegation") is read as if the body followed it.
    const pad = wholeBody(h) ? ' delegation' : '';
    for (const [pre, post] of P.nominal) {
      const m = pre.test(before) ? post.exec(pad + after) : null;
      const agent = m ? personAt(k, s, h.end + m[0].length - pad.length, TITLE_GAP) : undefined;
      relate(k, 'NEGOTIATES_FOR', agent?.[1], key, s.index, 'negotiates-for.nominal-role');
    }
    const helm = /\bat\s+the\s+helm\s+of\s+(?:the\s+)?$/.exec(before);
    const helmAgent =
      helm && (wholeBody(h) || P.helmAfter.test(after)) ? agentBefore(k, s, s.start + helm.index) : undefined;
    if (helmAgent && P.atTheHelm.test(text.slice(endOf(helmAgent[0]), h.start)))
      relate(k, 'NEGOTIATES_FOR', helmAgent[1], key, s.index, 'negotiates-for.at-the-helm');
    const leads = P.leadsSidesProcess.exec(before);
    const leader = leads && P.sidesProcessAfter.test(after) ? agentBefore(k, s, s.start + leads.index) : undefined;
    if (leader && /^\s*$/.test(text.slice(endOf(leader[0]), s.start + leads!.index)))
      relate(k, 'NEGOTIATES_FOR', leader[1], key, s.index, 'negotiates-for.now-leads-sides-process');
  }
  const group = P.forTheGroup.exec(s.text);
  const orgs = [
    ...new Set(
      k
        .hitsIn(s.start, s.end)
        .filter((h) => h.type === 'Organization')
        .map((h) => k.hitKeys.get(h)),
    ),
  ];
  if (group && orgs.length === 1)
    relate(
      k,
      'NEGOTIATES_FOR',
      agentBefore(k, s, s.start + group.index)?.[1],
      orgs[0],
      s.index,
      'negotiates-for.for-the-group',
    );
}

/**
 * Rules negotiates-for.body-sg-envoy and negotiates-for.issuer-remit-chief-negotiator: "The Commonwealth
 * Secretary-General's Special Envoy, X, held consultations" (X acts for that body, not the UN); "The Chief Negotiator
 * for the Definition of Permanent Maritime Boundaries, X, opened the talks" in a government's readout, the title's
 * remit naming no side (X acts for the issuer's state).
 */
function titledEnvoys(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter((x) => x.type === 'Organization')) {
    const m = P.bodySgRole.exec(text.slice(h.end, s.end));
    const gap = m ? ROL19_SG_PATTERNS.sgComplement.exec(text.slice(h.end + m[0].length, s.end)) : null;
    const envoy = m && gap ? personAt(k, s, h.end + m[0].length + gap[0].length, TITLE_GAP) : undefined;
    relate(k, 'NEGOTIATES_FOR', envoy?.[1], k.hitKeys.get(h), s.index, 'negotiates-for.body-sg-envoy');
  }
  if (!k.people.home || !/Negotiator/.test(s.text)) return;
  for (const m of s.text.matchAll(P.remitChiefNegotiator)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    if (k.hitsIn(at, end).length || !P.remitOpen.test(text.slice(s.start, at))) continue;
    const before = agentBefore(k, s, at);
    const agent =
      before && /,\s*(?:the\s+)?$/.test(text.slice(endOf(before[0]), at)) ? before : personAt(k, s, end, TITLE_GAP);
    relate(k, 'NEGOTIATES_FOR', agent?.[1], homeKey(k), s.index, 'negotiates-for.issuer-remit-chief-negotiator');
  }
}

/**
 * Rule negotiates-for.side-led-by-after-talks: "The Foreign Office Consultations were held in Dhaka. The Indian side
 * was led by Joint Secretary X and the Bangladesh side by Director General Y": a side "led by" someone in a sentence
 * of talks, or right after one, with no gathering named in either (leading a side at a summit is attendance).
 */
function sideLedAfterTalks(k: RelKit, s: Sentence): void {
  if (!/\bside\b[^.;]{0,40}\b(?:led|headed)\s+by\b/.test(s.text)) return;
  const prev = k.ctx.sentences[s.index - 1]?.text ?? '';
  const both = `${prev} ${s.text}`;
  if (!ROL18_PATTERNS.talks.test(both) || ROL18_PATTERNS.gathering.test(both)) return;
  const text = k.ctx.text;
  let led = false;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const after = text.slice(h.end, s.end);
    if (!/\sside$/i.test(h.surface) && !P.sideNoun.test(after)) continue;
    const m = P.sideLedBy.exec(after) ?? (led ? P.sideGappedBy.exec(after) : null);
    if (!m) continue;
    led = true;
    const agent = personAt(k, s, h.end + m[0].length, TITLE_GAP);
    relate(k, 'NEGOTIATES_FOR', agent?.[1], k.hitKeys.get(h), s.index, 'negotiates-for.side-led-by-after-talks');
  }
}

/**
 * Rule negotiates-for.issuer-government-team: "The national government team, led by the Minister for Bougainville
 * Affairs, X, met the … delegation", "X led the Federal Government's negotiating team in the talks with …": in a
 * government's readout, the leader of its national (federal, central) government's team acts for the issuer's state.
 */
function issuerGovernmentTeam(k: RelKit, s: Sentence): void {
  if (!k.people.home || !/[Gg]overnment/.test(s.text) || ROL18_PATTERNS.gathering.test(s.text)) return;
  if (!ROL18_PATTERNS.talks.test(s.text) && !/\bdelegation\b/.test(s.text)) return;
  const text = k.ctx.text;
  for (const m of s.text.matchAll(P.issuerGovernmentTeam)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const led = P.teamLedByAfter.exec(text.slice(end, s.end));
    const before = agentBefore(k, s, at);
    const agent = led
      ? personAt(k, s, end + led[0].length, TITLE_GAP)
      : before && P.agentLedBefore.test(text.slice(endOf(before[0]), at))
        ? before
        : undefined;
    relate(k, 'NEGOTIATES_FOR', agent?.[1], homeKey(k), s.index, 'negotiates-for.issuer-government-team');
  }
}

/**
 * Rule negotiates-for.not-observer-behalf (read by negotiates-for.on-behalf): "X was present as an observer on behalf of
 * the Commonwealth Secretariat" watches the talks for the body, does not negotiate for it.
 */
export function observerBehalf(before: string): boolean {
  return P.observerBefore.test(before);
}

/**
 * Whole words (gates.ts, `wordGate`) one of which a sentence holds wherever a rule of rol19 can act (perf20a): a literal
 * of every branch of the rule's patterns that acts, bounded by `\b` or spaces.
 */
export const ROL19_GATES = {
  /** officeRoles: the role of officePossessiveRole (roleOfOffice's are among them). */
  officeRoles: wordGate([
    'envoy',
    'representative',
    'emissary',
    'negotiator',
    'mediator',
    'sherpa',
    'adviser',
    'advisor',
  ]),
  /** personalEnvoys: the roles of pronounRole (envoyOfPerson's are among them). */
  personalEnvoys: wordGate(['envoy', 'representative', 'emissary', 'negotiator']),
  /** teamLists: comprisingAfter's and panelComprising's verbs, teamColon's "team". */
  teamLists: wordGate(['comprising', 'including', 'composed', 'consisting', 'made', 'team']),
  /** nominalRoles: each nominal form's noun, "helm", "who" (leadsSidesProcess), forTheGroup's group. */
  nominalRoles: wordGate([
    'representation',
    'mandate',
    'behalf',
    'leadership',
    'conduct',
    'responsibility',
    'helm',
    'who',
    'group',
    'bloc',
    'grouping',
  ]),
  /** titledEnvoys: bodySgRole's roles, remitChiefNegotiator's "Negotiator". */
  titledEnvoys: wordGate(['envoy', 'representative', 'negotiator']),
};

const gated = {
  officeRoles: whenWord(ROL19_GATES.officeRoles, officeRoles),
  personalEnvoys: whenWord(ROL19_GATES.personalEnvoys, personalEnvoys),
  teamLists: whenWord(ROL19_GATES.teamLists, teamLists),
  nominalRoles: whenWord(ROL19_GATES.nominalRoles, nominalRoles),
  titledEnvoys: whenWord(ROL19_GATES.titledEnvoys, titledEnvoys),
};

/** Adds the rol19 rules' relations. */
export function addRol19Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.officeRoles(k, s);
    behalfOfUnnamedOffice(k, s);
    gated.personalEnvoys(k, s);
    gated.teamLists(k, s);
    sideColonHeads(k, s);
    headsOfSideBodies(k, s);
    gated.nominalRoles(k, s);
    gated.titledEnvoys(k, s);
    sideLedAfterTalks(k, s);
    issuerGovernmentTeam(k, s);
  }
}
