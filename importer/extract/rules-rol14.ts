// The rol14 round's role rules (issue 6, construction 8), written on the sixth, blind roles bank (bank-roles-6.ts):
// a side or a leader "represented at the talks by" someone, "the country's chief negotiator", a participle of
// mediation "for" a side, someone a leader appointed or entrusted to lead negotiations, the head of a leader's office;
// and what "on behalf of" does not make a negotiator (a message or a letter handed over, a speech at a gathering).
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { PersonMention } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import type { RelKit } from './rel-kit.ts';
import { endOf, startOf } from './mention-span.ts';
import { LEADER_TITLES } from './lexicons.ts';
import { matchesIf } from './text.ts';
import { whenWord, whenWords, wordGate } from './gates.ts';
import { isSide, peopleInOrder as ordered } from './kit-people.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol14 rules, as named data. */
export const ROL14_PATTERNS = {
  /** Talks in the sentence: what makes "represented at … by" negotiation rather than attendance. */
  talks: /negotiat|\btalks\b|consultations|\bdialogue\b|\bround\b|\bmediat|\bfacilitat/i,
  /** A gathering: being represented there is attendance ("represented at the summit by"). */
  gathering: /\b(?:summit|funeral|inauguration|ceremony|forum|games|festival|reception|commemoration)\b/i,
  /** Right after the subject: "was represented at the Jeddah talks by", ", represented by". */
  representedBy:
    /^\s*,?\s*(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+)?represented\s+(?:(?:at|in|during)\s+[^.;]{1,90}?\s+)?by\s+(?:(?:its|his|her|their)\s+[^,;.]{1,90}?,\s+)?/i,
  /** "the country's chief negotiator", "The Kingdom's envoy", "the Republic's lead negotiator". */
  countrysRole:
    /\bthe\s+(country|Kingdom|kingdom|Republic|republic|nation|State)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:negotiator|envoy|emissary|sherpa|mediator)\b/gu,
  /** Between such a phrase and its agent: a complement, a comma, a title. */
  roleToAgent: /^(?:\s+(?:for|on|to|at|in)\s+[^,;.()]{1,100}?)?\s*,?\s*(?:the\s+)?$/,
  /** A person facilitating or mediating "for" a side: "with X facilitating for Norway". */
  participleFor: /^\s*,?\s+(?:facilitating|mediating|negotiating|acting)\s+for\s+(?:the\s+)?$/,
  /** "X, whom President Y appointed to lead the negotiations": the object relative after the agent. */
  whomAppointed:
    /^\s*,\s*whom\s+(.{1,80}?)\s+(?:had\s+|has\s+)?(?:(?:appointed|named|designated|tasked|mandated|chose|charged|entrusted)\s+(?:as\s+[^,;.]{1,40}?\s+)?(?:to\s+(?:lead|conduct|head|handle)|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:negotiations|talks|consultations)\b|(?:sent|dispatched)\s+to\s+[^,;.]{1,40}?\s+to\s+(?:meet|negotiate|mediate|broker|hold\s+talks)\b)/u,
  /** A person in apposition "to" another: "X, chief adviser to President Y". */
  toPerson:
    /^\s*,\s*(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:adviser|advisor|aide|envoy|deputy|assistant)\s+to\s+$/iu,
  /** A leader named by title alone as the one who appointed: "whom the President sent". */
  leaderByTitle: /^the\s+(President|Prime Minister|King|Emir|Crown Prince|Sultan|Chancellor)$/,
  /** "X was entrusted by President Y with the negotiations", "was tasked by Y to lead the talks". */
  byLeaderWith:
    /^\s*,?\s*(?:was|has\s+been|had\s+been)\s+(?:appointed|entrusted|tasked|mandated|charged|designated)\s+by\s+(.{1,80}?)\s+(?:(?:to\s+(?:lead|conduct|head|handle)|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:negotiations|talks|consultations))\b/u,
  /** "X, head of President Y's office": an office head before a leader's possessive. */
  headOfBefore: /^\s*,\s*(?:the\s+)?(?:head|chief|director)\s+of\s+$/i,
  headOfAfter: /^['’]s\s+(?:office|cabinet|staff|administration|secretariat|chancellery)\b/i,
  /** An envoy's or negotiator's title before "on behalf of": they act for the principal whatever they carry. */
  envoyBefore: /\b(?:envoy|emissary|negotiat\w*|special\s+representative|mediator|sherpa)\b/i,
  /** "the President's Special Representative for Afghanistan", "the Prime Minister's adviser": a leader by title. */
  titlePossessiveRole:
    /\bthe\s+(President|Prime Minister|King|Emir|Crown Prince|Sultan|Chancellor|Head of State)['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:(envoy|representative|emissary|negotiator|sherpa)|adviser|advisor|aide)\b/giu,
  /** Between an agent and the role after it: "X, the President's envoy". */
  agentThenRole: /^\s*,\s*(?:who\s+(?:is|was)\s+)?$/,
  /** "X, chair of the African Union High-Level Panel, is mediating": the head of an organisation's body. */
  chairOf: /^\s*,\s*(?:the\s+)?(?:chair|chairperson|chairman|head|leader)\s+of\s+(?:the\s+)?/i,
  /** What the head of such a body does for it: mediate, facilitate, broker. */
  mediatesAfter:
    /^[^,;.]{0,80},\s+(?:who\s+)?(?:is\s+|was\s+|has\s+been\s+|had\s+been\s+)?(?:mediating|mediated|mediates|facilitating|facilitated|facilitates|brokering|brokered|brokers)\b/i,
  /** An aide's work for the leader they serve: brokering, mediating, negotiating, shuttling between parties. */
  aideBrokers: /\b(?:broker(?:ed|ing|s)?|mediat(?:ed|ing|es)|negotiat(?:ed|ing|es)|shuttl(?:ed|ing|es))\b/i,
  /** What "on behalf of" hands over, not negotiates: "handed over a letter on behalf of", "conveyed greetings". */
  messageBehalf:
    /\b(?:letter|message|messages|greetings|condolences|invitation|wreath|congratulations|gift)\b[^.;]{0,60}$|\b(?:speaking|spoke|speaks)\s+$/i,
};

/** Trigger words of the rol14 patterns run on every sentence: every match holds one (`mayMatch`). */
const ROL14_NEEDS = {
  countrysRole: ["'s", '’s'],
  /** The possessive under the pattern's own case flags. */
  titlePossessiveRole: /['’]s/iu,
};

/** The first person named at `from` (by its title or its name), or undefined when another word stands between. */
function personAt(k: RelKit, s: Sentence, from: number, gap: RegExp): Person | undefined {
  const p = ordered(k, s).find(([q]) => q.end > from && (startOf(q) >= from || q.start >= from));
  if (!p) return undefined;
  const text = k.ctx.text;
  return [startOf(p[0]), p[0].start].some((e) => e >= from && gap.test(text.slice(from, e))) ? p : undefined;
}

/**
 * Rule negotiates-for.represented-by: "The European Union was represented at the Jeddah talks by its Special
 * Representative for the Horn of Africa, X", "The Kazakh side was represented at the consultations by Deputy Foreign
 * Minister Y", "The Emir, Sheikh Z, was represented at the talks by his personal envoy, W": in a sentence of talks (not
 * a gathering), the person after "by" acts for the side or person the clause is about.
 */
function representedBy(k: RelKit, s: Sentence): void {
  if (!ROL14_PATTERNS.talks.test(s.text) || ROL14_PATTERNS.gathering.test(s.text)) return;
  const text = k.ctx.text;
  const subjects: [number, string | undefined][] = [
    ...k
      .hitsIn(s.start, s.end)
      .filter(isSide)
      .map((h) => [h.end, k.hitKeys.get(h)] as [number, string | undefined]),
    ...k.personsIn(s.index).map(([p, pk]) => [p.end, pk] as [number, string | undefined]),
  ];
  for (const [end, key] of subjects) {
    const m = ROL14_PATTERNS.representedBy.exec(text.slice(end, s.end));
    if (!m || !key) continue;
    const agent = personAt(k, s, end + m[0].length, /^\s*$/);
    if (agent && agent[1] !== key)
      k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.represented-by');
  }
}

/**
 * Rule negotiates-for.the-countrys-role: "Ukraine will send a delegation, the country's chief negotiator, X, said",
 * "The Kingdom's chief negotiator for the agreement with the United Kingdom, Y": the state the sentence named before
 * the phrase, else the readout's own state.
 */
function countrysRole(k: RelKit, s: Sentence): void {
  for (const m of matchesIf(s.text, ROL14_PATTERNS.countrysRole, ROL14_NEEDS.countrysRole)) {
    const at = s.start + m.index;
    const inPerson = (h: GazetteerHit) =>
      k.personsIn(s.index).some(([p]) => h.start >= startOf(p) && h.end <= endOf(p));
    const before = k.hitsIn(s.start, at).find((h) => h.type === 'State' && !inPerson(h));
    const key = before ? k.hitKeys.get(before) : k.people.home ? k.stateKey(k.people.home) : undefined;
    const agent = personAt(k, s, at + m[0].length, ROL14_PATTERNS.roleToAgent);
    if (agent && key) k.ctx.relate('NEGOTIATES_FOR', agent[1], key, s.index, 'negotiates-for.the-countrys-role');
  }
}

/** Rule negotiates-for.participle-for: "with X facilitating for Norway", "Y, mediating for the AU": the side after. */
function participleFor(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const agent = k
      .personsIn(s.index)
      .filter(([p]) => p.end <= h.start)
      .sort(([a], [b]) => a.end - b.end)
      .pop();
    if (agent && ROL14_PATTERNS.participleFor.test(text.slice(agent[0].end, h.start)))
      k.ctx.relate('NEGOTIATES_FOR', agent[1], k.hitKeys.get(h)!, s.index, 'negotiates-for.participle-for');
  }
}

/** The person whose mention lies within [from, to) of the sentence, the last one. */
const personWithin = (k: RelKit, s: Sentence, from: number, to: number) =>
  ordered(k, s)
    .filter(([p]) => startOf(p) >= from && p.end <= to)
    .pop();

/**
 * Rule negotiates-for.appointed-by-leader: "X, whom President Y appointed to lead the negotiations with the IMF", "The
 * Minister of Finance, X, was entrusted by President Y with the negotiations": X acts for Y (a person), and for the
 * state of X's own office.
 */
function appointedByLeader(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  people.forEach(([p], i) => {
    const after = text.slice(p.end, s.end);
    const m = ROL14_PATTERNS.whomAppointed.exec(after) ?? ROL14_PATTERNS.byLeaderWith.exec(after);
    if (!m) return;
    // "X, chief adviser to President Y, whom the President sent …": the relative is X's, not Y's.
    const prev = people[i - 1];
    const [agent, pk] =
      prev && ROL14_PATTERNS.toPerson.test(text.slice(prev[0].end, startOf(p))) ? prev : (people[i] as Person);
    const from = p.end + m.index + m[0].indexOf(m[1]!);
    const named = personWithin(k, s, from, from + m[1]!.length + 1);
    const byTitle = ROL14_PATTERNS.leaderByTitle.exec(m[1]!);
    const boss = named?.[0].titles.some((t) => LEADER_TITLES.test(t.title))
      ? named[1]
      : byTitle
        ? titleHolder(k, byTitle[1]!)
        : undefined;
    if (!boss || boss === pk) return;
    k.ctx.relate('NEGOTIATES_FOR', pk, boss, s.index, 'negotiates-for.appointed-by-leader');
    const cluster = k.clusterOf.get(agent);
    const own = cluster ? (k.people.offices.get(cluster) ?? []).map((o) => o.owner).find(Boolean) : undefined;
    const sk = own ? k.stateKey(own) : undefined;
    if (sk) k.ctx.relate('NEGOTIATES_FOR', pk, sk, s.index, 'negotiates-for.appointed-by-leader');
  });
}

/** Rule reports-to.head-of-leaders-office: "X, head of President Y's office": X reports to Y. */
function headOfLeadersOffice(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  people.forEach(([p, pk], i) => {
    const boss = people[i + 1];
    if (!boss || !ROL14_PATTERNS.headOfBefore.test(text.slice(p.end, startOf(boss[0])))) return;
    if (ROL14_PATTERNS.headOfAfter.test(text.slice(boss[0].end, s.end)) && boss[1] !== pk)
      k.ctx.relate('REPORTS_TO', pk, boss[1], s.index, 'reports-to.head-of-leaders-office');
  });
}

/** Whether the text before "on behalf of" hands something over or speaks rather than negotiates (rule
 * negotiates-for.not-message-behalf): "handed over a letter on behalf of", "speaking on behalf of … at the summit". */
export function messageBehalf(before: string, sentence: string): boolean {
  const m = ROL14_PATTERNS.messageBehalf.exec(before);
  // "X, the US Special Representative for Ukraine Negotiations, delivered a message on behalf of President Y": an
  // envoy or negotiator carrying the message acts for the principal all the same.
  if (!m || ROL14_PATTERNS.envoyBefore.test(before)) return false;
  return !/^\s*(?:speaking|spoke|speaks)/i.test(m[0]) || !/negotiat|\btalks\b/i.test(sentence);
}

/** The one person of the readout holding a title (any owner). */
function titleHolder(k: RelKit, title: string): string | undefined {
  const want = title.toLowerCase();
  // By an office, or by the title in a mention when no state completes it ("President Gabriel Boric").
  const holders = k.people.clusters.filter(
    (c) =>
      (k.people.offices.get(c) ?? []).some((o) => o.title.toLowerCase() === want) ||
      c.mentions.some((m) => m.titles.some((t) => t.title.toLowerCase() === want && !t.former)),
  );
  return holders.length === 1 ? k.key(holders[0]!) : undefined;
}

/**
 * Rules negotiates-for.leader-title-possessive and reports-to.leader-title-possessive: "President X heard a report from
 * the President's Special Representative for Afghanistan, Y", "Z, the Prime Minister's adviser": the agent acts for,
 * or reports to, the one holder of the leader's title in the readout.
 */
function leaderTitlePossessive(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const m of matchesIf(s.text, ROL14_PATTERNS.titlePossessiveRole, ROL14_NEEDS.titlePossessiveRole)) {
    const at = s.start + m.index;
    const boss = titleHolder(k, m[1]!);
    const after = personAt(k, s, at + m[0].length, ROL14_PATTERNS.roleToAgent);
    const before = ordered(k, s)
      .filter(([p]) => p.end <= at)
      .pop();
    const agent =
      after ?? (before && ROL14_PATTERNS.agentThenRole.test(text.slice(before[0].end, at)) ? before : undefined);
    if (!boss || !agent || agent[1] === boss) continue;
    if (m[2]) k.ctx.relate('NEGOTIATES_FOR', agent[1], boss, s.index, 'negotiates-for.leader-title-possessive');
    else k.ctx.relate('REPORTS_TO', agent[1], boss, s.index, 'reports-to.leader-title-possessive');
  }
}

/**
 * Rule negotiates-for.body-chair-mediating: "X, chair of the African Union High-Level Implementation Panel, is
 * mediating between A and B": the head of an organisation's body who mediates acts for the organisation.
 */
function bodyChairMediating(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const [p, pk] of k.personsIn(s.index)) {
    const m = ROL14_PATTERNS.chairOf.exec(text.slice(p.end, s.end));
    const at = m ? p.end + m[0].length : -1;
    const org = m ? k.hitsIn(at - 4, s.end).find((h) => h.type === 'Organization' && h.start <= at + 1) : undefined;
    const key = org ? k.hitKeys.get(org) : undefined;
    if (org && key && ROL14_PATTERNS.mediatesAfter.test(text.slice(org.end, s.end)))
      k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.body-chair-mediating');
  }
}

/**
 * Rule negotiates-for.aide-brokers: "X, senior adviser to President Y, has been shuttling between A and B to broker a
 * ceasefire": an aide of a leader (REPORTS_TO read from the same sentence) who brokers, mediates or negotiates there
 * acts for that leader.
 */
function aideBrokers(k: RelKit): void {
  // A leader by office, or by a leader's title in any mention ("President Joe Biden" with no state given).
  const leads = (c: PersonCluster) =>
    k.leaders.includes(c) || c.mentions.some((m) => m.titles.some((t) => LEADER_TITLES.test(t.title) && !t.former));
  const leaderKeys = new Set(k.people.clusters.filter(leads).map((c) => k.key(c)));
  for (const r of k.ctx.relationsOf('REPORTS_TO')) {
    const s = k.ctx.sentences[r.sentence];
    if (!s || !leaderKeys.has(r.to) || !ROL14_PATTERNS.aideBrokers.test(s.text)) continue;
    if (k.ctx.hasRelationFrom('NEGOTIATES_FOR', r.from)) continue;
    k.ctx.relate('NEGOTIATES_FOR', r.from, r.to, r.sentence, 'negotiates-for.aide-brokers');
  }
}

/** Adds the rol14 rules' relations. */
/**
 * The words without which a rule's patterns cannot match in a sentence (gates.ts; lower case): representedBy's verb,
 * participleFor's participles, bodyChairMediating's verbs of mediatesAfter.
 */
export const ROL14_GATES = {
  representedBy: ['represented'],
  participleFor: ['facilitating', 'mediating', 'negotiating', 'acting'],
  bodyChairMediating: ['mediat', 'facilitat', 'broker'],
  /** Whole words (`wordGate`): countrysRole's roles; whomAppointed's "whom" and byLeaderWith's verbs; headOfBefore's
   * heads; titlePossessiveRole's roles. */
  countrysRole: wordGate('negotiator', 'envoy', 'emissary', 'sherpa', 'mediator'),
  appointedByLeader: wordGate('whom', 'appointed', 'entrusted', 'tasked', 'mandated', 'charged', 'designated'),
  headOfLeadersOffice: wordGate('head', 'chief', 'director'),
  leaderTitlePossessive: wordGate(
    ['envoy', 'representative', 'emissary', 'negotiator', 'sherpa'],
    ['adviser', 'advisor', 'aide'],
  ),
};

const gated = {
  representedBy: whenWords(ROL14_GATES.representedBy, representedBy),
  participleFor: whenWords(ROL14_GATES.participleFor, participleFor),
  bodyChairMediating: whenWords(ROL14_GATES.bodyChairMediating, bodyChairMediating),
  countrysRole: whenWord(ROL14_GATES.countrysRole, countrysRole),
  appointedByLeader: whenWord(ROL14_GATES.appointedByLeader, appointedByLeader),
  headOfLeadersOffice: whenWord(ROL14_GATES.headOfLeadersOffice, headOfLeadersOffice),
  leaderTitlePossessive: whenWord(ROL14_GATES.leaderTitlePossessive, leaderTitlePossessive),
};

export function addRol14Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.representedBy(k, s);
    gated.countrysRole(k, s);
    gated.participleFor(k, s);
    gated.appointedByLeader(k, s);
    gated.headOfLeadersOffice(k, s);
    gated.leaderTitlePossessive(k, s);
    gated.bodyChairMediating(k, s);
  }
}

/** Adds the rol14 rules that read the REPORTS_TO of every other role rule (run after them). */
export function addRol14Late(k: RelKit): void {
  aideBrokers(k);
}
