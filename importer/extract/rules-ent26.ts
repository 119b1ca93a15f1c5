// ent26 rules (issue 6): organisations and offices the sixth entities bank (bank-entities-6.ts) and the annotated
// samples' entity misses showed missing, as general constructions: legislatures named "of" their state or bare in a
// state's readout. Word lists live in lexicons.ts and gazetteer-orgs.ts.
import type { Candidate, Ctx } from './context.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { STATES } from './states.ts';
import { LEGISLATURES } from './gazetteer-orgs.ts';

/**
 * Rule org.legislature: a state's legislature is an organisation. "the National Assembly of Zambia", "the Parliament
 * of Malawi", "the Congress of the United States", "the Assembly of the Republic of North Macedonia" by their full
 * names; "the National Assembly", "Parliament", "the National Congress", "the Assembly of the Republic" bare, named
 * with the issuer's state, or else the one state the sentence names ("National Assembly of Seychelles", the bare form
 * an alias), in a sentence on what a legislature does (a text submitted, laid, tabled, ratified; a sitting, an address); bare "Congress" only as the United States'. Not after a capitalised word, which makes another name
 * ("the European Parliament", "the Kuwaiti National Assembly"), not before one ("Parliament House", a building), and not
 * after "Member(s) of" (a title). A demonym form ("the Turkish Parliament") or a bare form of a state whose legislature
 * the text names in full takes the full name: one body, one entity.
 */
export const LEGISLATURE = {
  id: 'org.legislature',
  gate: /Assembly|Parliament|Congress/,
  /** Before a state's name: the legislature's head and "of". */
  fullBefore:
    /(?<![\p{L}'’-])((?:(?:National|Federal|Legislative|Grand[^\S\n]+National|Supreme|Constituent)[^\S\n]+)?(?:Assembly|Parliament|Congress))[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:(?:Republic|Kingdom|Federation)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?$/u,
  bare: /(?<![\p{L}'’-])(National[^\S\n]+Assembly|National[^\S\n]+Parliament|National[^\S\n]+Congress|Assembly[^\S\n]+of[^\S\n]+the[^\S\n]+Republic|Parliament|Congress)(?![\p{L}'’-])/gu,
  /** A capitalised word right before, which is part of another name (articles and prepositions aside). */
  namePrefix:
    /(?<![\p{L}])(?!(?:The|To|Before|By|In|At|From|And|Of|On|With|For|That|This)\b)\p{Lu}[\p{L}'’.-]*[^\S\n]+$/u,
  memberOf: /\b(?:Members?|Speaker|Parliamentary)[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?$/,
  /** After: "of" (the full name) or a capitalised word (a longer name: "Parliament House", "Congress Party"). */
  after: /^(?:[^\S\n]+of\b|[^\S\n]*[-–]|[^\S\n]+\p{Lu})/u,
  /** A bare form counts in a sentence about what a legislature does with a text or a sitting. */
  procedure:
    /\b(?:submit|laid|lay|tabl|ratif|approv|adopt|vote|debat|recall|reconven|sitting|session|address|pass|bill|consent|scrutin)/i,
  /** "the Turkish Parliament": a demonym before a legislature's head, the same body as its full name. */
  demonymForm:
    /^(\p{Lu}[\p{L}-]*)[^\S\n]+(?:Grand[^\S\n]+National[^\S\n]+Assembly|National[^\S\n]+Assembly|Parliament|Congress)$/u,
};

/** The canonical names of the legislatures known by their own names (gazetteer-orgs.ts). */
const LEGISLATURE_NAMES = new Set(LEGISLATURES.map((row) => row[0]!));

/**
 * Whether an organisation's name is a legislature's: one known by its own name, or a legislature's head and "of" a
 * state ("National Assembly of Bulgaria"). A legislature acts for its state, so it is no side of the readout
 * (party-to.not-legislature, rules-agreements.ts: "after the Seimas voted to leave the treaty" leaves Lithuania the
 * party).
 */
export function isLegislatureName(name: string): boolean {
  if (LEGISLATURE_NAMES.has(name)) return true;
  const of = name.indexOf(' of ');
  if (of < 0 || !LEGISLATURE.fullBefore.test(name.slice(0, of + 4))) return false;
  const rest = name.slice(of + 4).replace(/^(?:the\s+)?(?:(?:Republic|Kingdom|Federation)\s+of\s+(?:the\s+)?)?/, '');
  return STATES.some((st) => st.name === rest || st.names.includes(rest));
}

/** The state of each legislature hit this module made. */
const OWNERS = new WeakMap<GazetteerHit, string>();

/** Each one-word demonym's state, the first state that uses it ("Turkish" is Turkey's). */
const DEMONYM_STATE = new Map<string, string>();
for (const st of STATES) for (const d of st.demonyms) if (!DEMONYM_STATE.has(d)) DEMONYM_STATE.set(d, st.name);

/** The sentence of `text` around [start, end), by stops and line ends. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const before = text.slice(Math.max(0, start - 400), start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const a = stop < 0 ? Math.max(0, start - 400) : start - before.length + stop + 1;
  const m = /[.!?](?:\s|$)|\n/.exec(text.slice(end));
  return [a, m ? end + m.index : text.length];
}

/** The state a bare legislature belongs to: the issuer's, else the one state its sentence names. */
function bareOwner(text: string, hits: GazetteerHit[], s: number, e: number, home: () => string | undefined) {
  const issuer = home();
  if (issuer) return issuer;
  const [a, b] = sentenceAround(text, s, e);
  const named = new Set(hits.filter((h) => h.type === 'State' && h.start >= a && h.end <= b).map((h) => h.name));
  return named.size === 1 ? [...named][0] : undefined;
}

/** "of the United States", "of the Philippines", but "of Seychelles", "of Bahamas", as the gold writes them. */
const ofState = (state: string) => (/^United\b|^(?:Philippines|Netherlands)$/.test(state) ? `the ${state}` : state);

/** Legislatures by their full names: a head and "of" right before a state's name. */
function fullLegislatures(text: string, hits: GazetteerHit[]): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  for (const h of hits) {
    if (h.type !== 'State' || h.demonym || h.capital) continue;
    const m = LEGISLATURE.fullBefore.exec(text.slice(Math.max(0, h.start - 80), h.start));
    if (!m) continue;
    const s = h.start - m[0].length;
    if (LEGISLATURE.namePrefix.test(text.slice(Math.max(0, s - 30), s))) continue;
    const name = text.slice(s, h.end);
    const hit: GazetteerHit = { type: 'Organization', name, surface: name, start: s, end: h.end, demonym: false };
    out.push({ ...hit, pattern: true });
    OWNERS.set(out[out.length - 1]!, h.name);
  }
  return out;
}

/** Legislatures named bare ("the National Assembly", "Parliament"), completed with their state. */
function bareLegislatures(text: string, hits: GazetteerHit[], home: () => string | undefined): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  for (const m of text.matchAll(LEGISLATURE.bare)) {
    const s = m.index;
    const e = s + m[0].length;
    const lead = text.slice(Math.max(0, s - 30), s);
    if (LEGISLATURE.namePrefix.test(lead) || LEGISLATURE.memberOf.test(lead)) continue;
    if (LEGISLATURE.after.test(text.slice(e, e + 4))) continue;
    const [a, b] = sentenceAround(text, s, e);
    if (!LEGISLATURE.procedure.test(text.slice(a, b))) continue;
    const owner = bareOwner(text, hits, s, e, home);
    if (!owner || (m[1] === 'Congress' && owner !== 'United States')) continue;
    const head = m[1]!.replace(/\s+/g, ' ');
    const name = `${head} of ${ofState(owner)}`;
    out.push({ type: 'Organization', name, surface: m[0], start: s, end: e, demonym: false, pattern: true });
    OWNERS.set(out[out.length - 1]!, owner);
  }
  return out;
}

/**
 * The hits with the legislatures the text names (rule org.legislature), none where a known organisation already
 * covers the words, sorted by start.
 */
export function withLegislatures(text: string, hits: GazetteerHit[], home: () => string | undefined): GazetteerHit[] {
  if (!LEGISLATURE.gate.test(text)) return hits;
  const orgs = hits.filter((h) => h.type === 'Organization');
  const free = (x: GazetteerHit) => !orgs.some((h) => h.start < x.end && x.start < h.end);
  const full = fullLegislatures(text, hits).filter(free);
  const bare = bareLegislatures(text, hits, home).filter(
    (x) => free(x) && !full.some((f) => f.start <= x.start && x.end <= f.end),
  );
  if (!full.length && !bare.length) return hits;
  // One body, one name: a bare or demonym form of a state whose legislature the text names in full takes that name.
  const fullOf = new Map(full.map((f) => [OWNERS.get(f) ?? '', f.name]));
  const renamed = (x: GazetteerHit, owner: string | undefined): GazetteerHit => {
    const to = fullOf.get(owner ?? '');
    return to && to !== x.name ? { ...x, name: to } : x;
  };
  const ofDemonym = (h: GazetteerHit) => DEMONYM_STATE.get(LEGISLATURE.demonymForm.exec(h.name)?.[1] ?? '');
  const rest = hits.map((h) => (h.type === 'Organization' && h.pattern ? renamed(h, ofDemonym(h)) : h));
  return [...rest, ...full, ...bare.map((x) => renamed(x, OWNERS.get(x)))].sort((a, b) => a.start - b.start);
}

/**
 * Rule office.leader-of-body: "Dr X, leader of the All Basotho Convention", "the leader of the Palipehutu-FNL, Y",
 * "Leader of the Democratic Alliance Z": the leader of a party or movement holds the office "Leader of the <body>",
 * OFFICE_OF that body, which is an Organization (a known one where the gazetteer or a head word finds it, else the
 * capitalised name as written). Only next to a person's name (before it with a comma, or after it); not the leader of
 * a state, a government, a delegation or the opposition (a state's office, read elsewhere).
 */
export const LEADER_OF_BODY = {
  id: 'office.leader-of-body',
  gate: /eader of the /,
  re: /(?<![\p{L}-])([Ll]eader)[^\S\n]+of[^\S\n]+the[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)*\p{Lu}[\p{L}'’/-]*)*)/gu,
  notBody: /^(?:Opposition|Government|Delegation|Republic|House|Assembly|Senate|Majority|Minority|Team|Mission)\b/,
  nounAfter: /^[^\S\n]+\p{Ll}/u,
  personBefore: /,[^\S\n]*(?:the[^\S\n]+)?$/,
  /** Between the body and a name after it: an acronym in brackets, a comma, a style or rank ("Mr", "Corporal"). */
  personAfter: /^(?:[^\S\n]*\([^()\n]{1,12}\))?,?[^\S\n]*(?:\p{Lu}[\p{L}.]*[^\S\n]+){0,2}$/u,
};

/** States by every name the gazetteer knows them by. */
const STATE_NAMES = new Set(STATES.flatMap((st) => [st.name, ...st.names]));

/** Where a leader's body name ends: before a person's name inside the chain ("… Alliance John Smith"). */
function bodyEnd(ctx: Ctx, s: number, e: number): number {
  const person = ctx.within('Person', s, e)[0];
  return person ? ctx.text.slice(s, person.start).trimEnd().length + s : e;
}

/** The person a "leader of the …" phrase at [s, e) belongs to: the name before its comma, or right after it. */
function leaderHolder(ctx: Ctx, s: number, e: number): Candidate | undefined {
  const text = ctx.text;
  const lead = LEADER_OF_BODY.personBefore.exec(text.slice(Math.max(0, s - 8), s));
  if (lead) {
    const at = s - lead[0].length;
    const before = ctx.ofType('Person').find((c) => c.end === at);
    if (before) return before;
  }
  return ctx
    .within('Person', e, e + 40)
    .find((c) => c.start >= e && LEADER_OF_BODY.personAfter.test(text.slice(e, c.start)));
}

/** Rule office.leader-of-body (ent26): the offices of parties' and movements' leaders. */
export function addLeaderOffices(ctx: Ctx): void {
  if (!LEADER_OF_BODY.gate.test(ctx.text)) return;
  for (const m of ctx.text.matchAll(LEADER_OF_BODY.re)) {
    const s = m.index + m[0].length - m[2]!.length;
    const e = bodyEnd(ctx, s, m.index + m[0].length);
    const written = ctx.text.slice(s, e).replace(/[^\S\n]+(?:and|of|for|the)$/, '');
    const end = s + written.length;
    // "leader of the Netherlands delegation": a lower-case noun after the name makes it a team's, not a body's.
    const isState = STATE_NAMES.has(written) || LEADER_OF_BODY.nounAfter.test(ctx.text.slice(end, end + 3));
    if (!written || LEADER_OF_BODY.notBody.test(written) || isState) continue;
    const holder = leaderHolder(ctx, m.index, end);
    if (!holder) continue;
    const known =
      ctx.covering('Organization', s, s + 1).find((c) => c.start === s) ?? ctx.within('Organization', s, e)[0];
    const body = known?.name ?? written;
    const okey =
      known?.key ??
      ctx.add('Organization', body, { surface: written, start: s, end: s + written.length }, 'org.leader-of-body');
    const span = {
      surface: `Leader of the ${known ? known.surface : written}`,
      start: m.index,
      end: s + written.length,
    };
    const office = ctx.add('Office', `Leader of the ${body}`, span, LEADER_OF_BODY.id, { title: 'Leader' });
    const sentence = ctx.sentenceAt(m.index);
    ctx.relate('HOLDS_OFFICE', holder.key, office, sentence, LEADER_OF_BODY.id);
    ctx.relate('OFFICE_OF', office, okey, sentence, LEADER_OF_BODY.id);
  }
}
