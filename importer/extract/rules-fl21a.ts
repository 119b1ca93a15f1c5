// Rules of round fl21a (issue 6), written after the first look at three new samples (a South Asian prime minister's
// office's plain-text release on a session of peace talks, a Nordic foreign ministry's Markdown item on a video call,
// a South American foreign ministry's web page on a visit and a memorandum signed during it). Each rule is a general
// construction; tests on made-up sentences, negative ones included, in rules-fl21a.test.ts. Rule data (patterns,
// trigger words) are named next to the rules; the lexicon words of this round are in lexicons.ts (PORTFOLIO_WORDS:
// "Promotion", "Reform", "Reforms") and titles.ts (the complement word "Wing"), its gazetteer rows in gazetteer-orgs.ts.
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import type { RelationCandidate } from '../types.ts';
import { wordGate, whenTextWord } from './gates.ts';
import { CAPITAL_STATE } from './states.ts';

const SP = String.raw`[^\S\n]+`;
/** The participation rules that give every person of a sentence to its events, which the clause rules below correct. */
const SENTENCE_WIDE_RULES = new Set([
  'participated.main-sentence',
  'participated.same-sentence',
  'participated.title-ref',
]);
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|[IVXLC]+)`;

/**
 * Rule event.series-of-ordinal-session: "the Third Session of Peace Talks between the Government of A and the B", "the
 * fifth round of negotiations between X and Y": a numbered session or round of talks is one event, that round; the
 * talks named after "of" are the series it belongs to, no event of their own (the dev gold names "the first round of
 * formal GRP-NDFP peace talks in Oslo" as one event, with no PART_OF to the talks). The series' candidate becomes a
 * name of the session, and what hung on it goes: its PART_OF and DISCUSSED from the session, its INVOLVES (a meeting of
 * named delegations involves no states), and its participants take part in the session. Not a session of a gathering
 * that is no series of talks ("the second session of the Council", "the opening session of the Summit").
 */
export const EVENT_SERIES_OF_SESSION = {
  id: 'event.series-of-ordinal-session',
  /** A numbered session or round, told by its ordinal alone: "Third Session", "fifth round", "LXIV Session". */
  session: new RegExp(String.raw`^(?:the${SP})?${ORDINAL}${SP}(?:session|round)$`, 'iu'),
  /** Between the session and the series named right after it. */
  of: new RegExp(String.raw`^${SP}of${SP}(?:the${SP})?$`, 'u'),
  /** The series: talks, negotiations or consultations. */
  series: /\b(?:talks|negotiations|consultations)\b/i,
};

/**
 * Rule involves.sibling-session-parties: "the Second Session held at Nakhon Pathom", "The Fourth Session of Peace Talks
 * will be held in Thailand": in a readout on one numbered session of talks between two sides, the other numbered
 * sessions or rounds of those talks, with nobody named as taking part, involve the sides (GUIDE: events whose only
 * stated parties are states or organisations; the dev gold's "second round of formal GRP-NDFP peace talks").
 */
export const INVOLVES_SIBLING_SESSION = {
  id: 'involves.sibling-session-parties',
  /** Another numbered session or round, alone or with its series: "Second Session", "Fourth Session of Peace Talks". */
  sibling: new RegExp(
    String.raw`^(?:the${SP})?${ORDINAL}${SP}(?:session|round)(?:${SP}of${SP}(?:the${SP})?[^\n]*\b(?:talks|negotiations|consultations))?$`,
    'iu',
  ),
};

/** The text words the series and sibling rules need ("session", "round"). */
export const SESSION_SERIES_GATE = wordGate('session', 'sessions', 'round', 'rounds');

/** The series named right after a numbered session ("Third Session" + " of " + "Peace Talks …"), if any. */
export function seriesAfterSession(
  text: string,
  session: Found,
  mentions: readonly Found[],
  nameOf: (e: Found) => string,
) {
  if (!EVENT_SERIES_OF_SESSION.session.test(nameOf(session))) return undefined;
  const x = mentions.find(
    (m) =>
      m.key !== session.key &&
      m.start > session.end &&
      m.start - session.end <= 12 &&
      EVENT_SERIES_OF_SESSION.of.test(text.slice(session.end, m.start)),
  );
  if (!x || !EVENT_SERIES_OF_SESSION.series.test(nameOf(x)) || EVENT_SERIES_OF_SESSION.session.test(nameOf(x)))
    return undefined;
  return x;
}

/** Rules event.series-of-ordinal-session and involves.sibling-session-parties (see their data above). */
function foldSeriesIntoSessions(k: RelKit): void {
  const { ctx, ev, nameOf } = k;
  const sessionOf = new Map<string, Found>();
  for (const e of ev.eventMentions) {
    const x = seriesAfterSession(ctx.text, e, ev.eventMentions, nameOf);
    if (x && !sessionOf.has(x.key) && !sessionOfKey(sessionOf, x.key)) sessionOf.set(x.key, e);
  }
  if (!sessionOf.size) return;
  const parties = new Set<string>();
  const kept: RelationCandidate[] = [];
  const moved: RelationCandidate[] = [];
  for (const r of ctx.relations) {
    const session = sessionOf.get(r.to) ?? sessionOf.get(r.from);
    if (!session) kept.push(r);
    else if (r.type === 'INVOLVES' && sessionOf.has(r.from)) {
      parties.add(r.to);
      // Talks whose name states their sides ("India–Bangladesh Foreign Office Consultations") give them to the round.
      if (INVOLVES_HELD_IN_HOST.sides.test(ctx.entity(r.from)?.name ?? '')) moved.push({ ...r, from: session.key });
    } else if (r.type === 'PARTICIPATED_IN' && sessionOf.has(r.to)) moved.push({ ...r, to: session.key });
  }
  ctx.replaceRelations(kept);
  for (const [seriesKey, session] of sessionOf) ctx.rename(seriesKey, ctx.entity(session.key)!.name);
  for (const r of moved) ctx.relate(r.type, r.from, r.to, r.sentence, EVENT_SERIES_OF_SESSION.id);
  // The readout's own session (else the first one told with its series) is no sibling; the others are.
  const sessions = [...sessionOf.values()];
  const own = sessions.find((x) => x.key === k.main?.key) ?? sessions[0]!;
  // Names, not keys: one event may stand as several candidates of one name.
  const nameOfKey = (key: string) => ctx.entity(key)?.name ?? '';
  const skip = new Set([nameOfKey(own.key), ...ctx.relationsOf('PARTICIPATED_IN').map((r) => nameOfKey(r.to))]);
  for (const e of ev.eventMentions) {
    const name = nameOfKey(e.key);
    if (skip.has(name) || sessionOf.has(e.key) || !INVOLVES_SIBLING_SESSION.sibling.test(name)) continue;
    skip.add(name);
    for (const p of parties) ctx.relate('INVOLVES', e.key, p, e.sentence, INVOLVES_SIBLING_SESSION.id);
  }
}

/** Whether a key is already the session of some series (a series is never folded into a series). */
const sessionOfKey = (m: Map<string, Found>, key: string) => [...m.values()].some((s) => s.key === key);

/** Rules event.series-of-ordinal-session and involves.sibling-session-parties, behind their text words. */
export const seriesOfSessions = whenTextWord(SESSION_SERIES_GATE, foldSeriesIntoSessions);

/**
 * Rule involves.held-in-host: "The Fourth Session … will be held in Thailand", "the Second Session held at Nakhon
 * Pathom, Thailand", "the Support Meeting held in Oslo on 25 November", "the Council of Europe Summit in Reykjavík": a
 * named gathering (a capitalised head: Summit, Conference, Meeting, Session, Round, Forum, Dialogue, Talks,
 * Consultations) told as held (or to be held) in a state, at a place followed by its state, or in a capital, involves
 * that state when the readout names it (extract-common: "a gathering gets INVOLVES … of its host state"). Not the
 * readout's own meeting, a call or a visit, nor a state the text never names (a capital alone brings in no state).
 */
export const INVOLVES_HELD_IN_HOST = {
  id: 'involves.held-in-host',
  /** A named gathering: its head capitalised. */
  gathering: /\b(?:Summit|Conference|Meeting|Session|Round|Forum|Dialogue|Talks|Consultations)\b/u,
  /** What is no gathering of this rule: a call, a visit, a meeting told by its sides ("Japan-ROK Summit Meeting"). */
  notGathering: /\b(?:call|conversation|visit|videoconference|video conference|between)\b/i,
  /** A name told by its sides: "Japan-ROK Summit Meeting", "India-Japan Annual Summit". */
  sides: /\p{Lu}[\p{L}.]*[-–]\p{Lu}/u,
  /** Right after the gathering: ", held in", "will be held at", "to be held in", "which took place in". */
  heldIn: new RegExp(
    String.raw`^,?${SP}(?:(?:which|that)${SP})?(?:(?:will|would|is|was|were|are)${SP}(?:to${SP})?)?(?:be${SP})?(?:held|convened|hosted|took${SP}place|takes${SP}place|take${SP}place)${SP}(?:in|at)${SP}((?:\p{Lu}[\p{L}'’-]*)(?:${SP}\p{Lu}[\p{L}'’-]*){0,3}(?:,${SP}\p{Lu}[\p{L}'’-]*(?:${SP}\p{Lu}[\p{L}'’-]*){0,2})?)`,
    'u',
  ),
  /** A capital inside the gathering's name or right after it: "Summit in Reykjavík" (a state there may be a topic). */
  inName: /[^\S\n]in[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)?)$/u,
  inAfter: /^[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)?)/u,
};

/** The text words of the held-in rule: the heads of the gatherings it reads. */
export const HELD_IN_GATE = wordGate(
  'summit',
  'conference',
  'meeting',
  'session',
  'round',
  'forum',
  'dialogue',
  'talks',
  'consultations',
);

/** The state a capital names ("Oslo", "Reykjavík" with its accents dropped too), when the readout names that state. */
function capitalState(k: RelKit, place: string): string | undefined {
  const first = place.split(/,/)[0]!.trim();
  const plain = first.normalize('NFD').replace(/\p{M}/gu, '');
  const state = CAPITAL_STATE.get(first) ?? CAPITAL_STATE.get(plain) ?? CAPITAL_STATE.get(first.split(/\s+/)[0]!);
  // The state must be named by the text itself: one known only from an office ("Secretary of State X") is no host.
  const named = state && k.hits.find((h) => h.type === 'State' && !h.demonym && h.name === state);
  return named ? k.hitKeys.get(named) : undefined;
}

/** The state a place of "held in" names: a state named in it (its last one), else a capital's state. */
function placeState(k: RelKit, place: string, at: number): string | undefined {
  const hit = k
    .hitsIn(at, at + place.length)
    .filter((h) => h.type === 'State' && !h.demonym)
    .at(-1);
  return hit ? k.hitKeys.get(hit) : capitalState(k, place);
}

/** Rule involves.held-in-host (see its data above). */
function involvesHeldInHost(k: RelKit): void {
  const { ctx, ev, main } = k;
  const done = new Set<string>();
  for (const e of ev.eventMentions) {
    if (e.key === main?.key || done.has(e.key)) continue;
    const name = ctx.entity(e.key)?.name ?? e.name;
    const { gathering, notGathering, sides, heldIn, inName, inAfter } = INVOLVES_HELD_IN_HOST;
    if (!gathering.test(name) || notGathering.test(name) || sides.test(name)) continue;
    const after = heldIn.exec(ctx.text.slice(e.end, e.end + 120));
    const bare = after ? undefined : (inName.exec(name) ?? inAfter.exec(ctx.text.slice(e.end, e.end + 40)));
    const to = after
      ? placeState(k, after[1]!, e.end + after[0].length - after[1]!.length)
      : bare && capitalState(k, bare[1]!);
    if (!to || to === e.key) continue;
    done.add(e.key);
    ctx.relate('INVOLVES', e.key, to, e.sentence, INVOLVES_HELD_IN_HOST.id);
  }
}

/** Rule involves.held-in-host, behind its text words. */
export const heldInHost = whenTextWord(HELD_IN_GATE, involvesHeldInHost);

/**
 * Rule participated.where-represented: "the Summit on Peace in Ukraine, where the Prime Minister represented Iceland",
 * "the meeting of Special Envoys in Doha, at which the Special Envoy represented the OIC": the one who represented a
 * state or an organisation at a held gathering took part in it (GUIDE: every named person who attended or took part).
 * The person may be told by the title of one named elsewhere. Not a gathering still to come ("where the Minister will
 * represent"), nor one who represented someone elsewhere than at the gathering of the clause.
 */
export const PARTICIPATED_WHERE_REPRESENTED = {
  id: 'participated.where-represented',
  /** After the gathering (and what follows its name in the clause): ", where (the) WHO represented " (WHO: group 1). */
  clause: new RegExp(
    String.raw`^[^.;]{0,80}?,${SP}(?:where|at${SP}which|in${SP}which)${SP}(?:the${SP})?([^,.;]{2,80}?)${SP}represented${SP}`,
    'u',
  ),
};

/** The one person holding an office of bare title `title` ("Prime Minister"), if exactly one does. */
function soleHolder(k: RelKit, title: string) {
  const holders = [...k.people.offices].filter(([, os]) => os.some((o) => o.title === title)).map(([c]) => c);
  return holders.length === 1 ? holders[0] : undefined;
}

/** Rule participated.where-represented (see its data above). */
function participateWhereRepresented(k: RelKit): void {
  const { ctx, ev, personsIn, clusterOf } = k;
  for (const e of ev.eventMentions) {
    if (e.planned) continue;
    const m = PARTICIPATED_WHERE_REPRESENTED.clause.exec(ctx.text.slice(e.end, e.end + 200));
    if (!m) continue;
    const whoAt = e.end + m[0].length - m[1]!.length - ' represented '.length - 1;
    const whoEnd = whoAt + m[1]!.length + 1;
    // The clause belongs to the nearest gathering before the person.
    if (ev.eventMentions.some((x) => x.start > e.end && x.end <= whoAt)) continue;
    const told = personsIn(e.sentence).find(([p]) => (p.from ?? p.start) >= whoAt - 1 && p.start < whoEnd);
    const who = told ? clusterOf.get(told[0]) : soleHolder(k, m[1]!.trim());
    if (!who) continue;
    k.participate(e, who, e.sentence, PARTICIPATED_WHERE_REPRESENTED.id);
    // The clause tells where the representative was: the sentence's other events are not theirs by this sentence.
    const key = k.key(who);
    const own = ctx.entity(e.key)?.name;
    const kept = ctx.relations.filter(
      (r) =>
        !(r.type === 'PARTICIPATED_IN' && r.from === key && r.sentence === e.sentence) ||
        !SENTENCE_WIDE_RULES.has(r.rule) ||
        ctx.entity(r.to)?.name === own,
    );
    if (kept.length !== ctx.relations.length) ctx.replaceRelations(kept);
  }
}

/** The text word the where-represented rule needs. */
export const REPRESENTED_GATE = wordGate('represented');

/** Rule participated.where-represented, behind its text word. */
export const whereRepresented = whenTextWord(REPRESENTED_GATE, participateWhereRepresented);

/**
 * Rule participated.not-behalf-principal-list: "X, who leads the negotiations on behalf of the Government and of the
 * Hon. Prime Minister Y": a principal named second in a list after "on behalf of" did not attend by that sentence,
 * like the first (fl20b's participated.not-behalf-principal reads only a principal right after "on behalf of"). Not a
 * person after the clause ("on behalf of the Government, and Minister Y opened the session" keeps Y).
 */
export const PARTICIPATED_NOT_BEHALF_LIST = {
  id: 'participated.not-behalf-principal-list',
  /** Right before the principal's mention: "on behalf of the Government and of the Hon. ". */
  before: new RegExp(
    String.raw`\bon${SP}behalf${SP}of${SP}(?:the${SP})?\p{Lu}[\p{L}'’-]*(?:${SP}\p{Lu}[\p{L}'’-]*){0,3}${SP}and${SP}(?:of${SP})?(?:the${SP})?(?:(?:Hon|H\.${SP}?E|Mr|Ms|Dr)\.?${SP})?$`,
    'u',
  ),
};

/**
 * Rule participated.which-attended-nearest: "… set up at the Second Session held in X, and welcomed the pledges made
 * at the Support Meeting held in Y, which Prime Minister Z attended": a person told in a relative clause as attending
 * ("which Z attended", "which Z chaired") attended the event right before "which" only, not the sentence's other
 * events (participated.same-sentence gave Z all of them). Not a person outside the clause.
 */
export const PARTICIPATED_WHICH_ATTENDED = {
  id: 'participated.which-attended-nearest',
  /** Right before the person: ", which (the) ". */
  which: new RegExp(String.raw`,${SP}which${SP}(?:the${SP})?(?:(?:Hon|H\.${SP}?E|Mr|Ms|Dr)\.?${SP})?$`, 'u'),
  /** Right after the person: the verb of attending. */
  verb: new RegExp(String.raw`^${SP}(?:also${SP})?(?:attended|chaired|co-chaired|addressed|opened|hosted)\b`, 'u'),
};

/** The text words of the two clause rules. */
export const CLAUSE_PARTICIPANT_GATE = wordGate('behalf', 'which');

/** Rules participated.not-behalf-principal-list and participated.which-attended-nearest (see their data above). */
function dropClauseParticipants(k: RelKit): void {
  const { ctx, ev, personsIn, clusterOf } = k;
  const drop = new Set<string>();
  for (const s of ctx.sentences) {
    const ps = personsIn(s.index);
    if (!ps.length) continue;
    for (const [m] of ps) {
      const key = k.key(clusterOf.get(m)!);
      const from = m.from ?? m.start;
      const lead = ctx.text.slice(Math.max(s.start, from - 120), from);
      if (PARTICIPATED_NOT_BEHALF_LIST.before.test(lead)) drop.add(`${s.index}|${key}|*`);
      if (!PARTICIPATED_WHICH_ATTENDED.which.test(lead)) continue;
      if (!PARTICIPATED_WHICH_ATTENDED.verb.test(ctx.text.slice(m.to ?? m.end, (m.to ?? m.end) + 30))) continue;
      const nearest = ev.eventMentions
        .filter((e) => e.sentence === s.index && e.end <= from)
        .sort((a, b) => b.end - a.end)[0];
      if (nearest) drop.add(`${s.index}|${key}|${ctx.entity(nearest.key)?.name ?? ''}`);
    }
  }
  if (!drop.size) return;
  const kept = ctx.relations.filter((r) => {
    if (r.type !== 'PARTICIPATED_IN' || !SENTENCE_WIDE_RULES.has(r.rule)) return true;
    if (drop.has(`${r.sentence}|${r.from}|*`)) return false;
    const keep = [...drop].find((d) => d.startsWith(`${r.sentence}|${r.from}|`));
    return !keep || keep.endsWith(`|${ctx.entity(r.to)?.name ?? ''}`);
  });
  if (kept.length !== ctx.relations.length) ctx.replaceRelations(kept);
}

/** Rules participated.not-behalf-principal-list and participated.which-attended-nearest, behind their text words. */
export const clauseParticipants = whenTextWord(CLAUSE_PARTICIPANT_GATE, dropClauseParticipants);
