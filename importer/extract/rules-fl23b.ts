// Rules of round fl23b (issue 6), written after the first look at three new samples (a Southern African presidency's
// plain-text release on a peace accord signed by two leaders, a Caribbean foreign ministry's web page on facilitators
// of talks between two delegations, an East African state house's Markdown release on a summit of four heads of state
// at a border post). Each rule is a general construction; tests on made-up sentences, negative ones included, in
// rules-fl23b.test.ts. Rule data (patterns) are named next to the rules.
import { withoutBehalfOf } from './rules-fl30a.ts';
import type { Ctx } from './context.ts';
import { sentenceHas, wordGate } from './gates.ts';
import { LEADER_TITLES } from './lexicons.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { signingByPeople } from './rules-ev26.ts';
import { endedBySigning } from './rules-fl27c.ts';
import { PARTICIPATED_SIGNING_IN_PRESENCE, signingInPresence, withoutSigningVenue } from './rules-fl28c.ts';
import { AGREEMENT_SIGNED_WITH_PARTY } from './rules-fl29b.ts';
import { withoutBehalfClause } from './rules-fl32a.ts';

type Sentence = Ctx['sentences'][number];

const SP = String.raw`[^\S\n]+`;

/**
 * Rule event.main-signing-opening: "The President of the Republic, X, and the President of Y, Z, signed this Tuesday,
 * at the Peace Square in Maputo, the Accord for …": a readout whose opening tells a signing, by its verb, of an
 * agreement named after the verb, and which no step before found a meeting in, is about that signing: its own event is
 * "signing of the <agreement>". Only the first prose sentence, only an active "signed" (not "the agreement signed in
 * 2018", not "will sign", not "to be signed"), only the agreement named after the verb.
 */
export const EVENT_MAIN_SIGNING_OPENING = {
  id: 'event.main-signing-opening',
  gate: wordGate('signed'),
  /** The verb: "signed", "have signed", "jointly signed"; not "to be signed", "was signed", "will sign". */
  verb: new RegExp(
    String.raw`(?<!\b(?:be|been|being|was|were|is|are|to)${SP})(?:(?:have|has|jointly|formally)${SP})?\bsigned\b`,
    'iu',
  ),
  /** Before the verb, a subject told by a name or a title, not a relative or participial clause ("…, which were signed"). */
  /**
   * The text's own noun for the signing, in the opening or the next three sentences: "The ceremony was witnessed by",
   * "at the ceremony", "the signing took place" (GUIDE: an event the text mentions as such; a signing with a place
   * alone makes none).
   */
  ceremony: /\b(?:[Tt]he|[Aa]|[Tt]his)[^\S\n]+(?:signing[^\S\n]+)?ceremony\b|\b[Tt]he[^\S\n]+signing\b(?![^\S\n]+of\b)/,
  /** A held event that is a signing already: "signing ceremony", "signature of the …". */
  signingEvent: /\b(?:signing|signature|ceremony)\b/i,
  /** Between the verb and the agreement once comma-set adverbials are gone: time or place words, an article. */
  objectGap: new RegExp(
    String.raw`^(?:${SP}(?:today|yesterday|tonight|this${SP}(?:morning|afternoon|evening|week|\p{Lu}\p{Ll}+)|on${SP}\p{Lu}\p{Ll}+(?:${SP}\d{1,2}${SP}\p{Lu}\p{Ll}+)?|in${SP}\p{Lu}[\p{L}-]+))*${SP}(?:the${SP})?$`,
    'u',
  ),
  notSubject: new RegExp(String.raw`\b(?:which|that|who|already|previously|earlier)${SP}(?:\S+${SP}){0,4}$`, 'iu'),
};

/** Rule event.main-signing-opening: the offset (in `s.text`) of the opening's signing verb, or -1. */
export function signingVerbAt(text: string): number {
  const m = EVENT_MAIN_SIGNING_OPENING.verb.exec(text);
  if (!m) return -1;
  if (EVENT_MAIN_SIGNING_OPENING.notSubject.test(text.slice(0, m.index))) return -1;
  return m.index;
}

/** Rule event.main-signing-opening: is `gap` (the signing verb → the agreement) only adverbials and an article? */
export function signedObjectGap(gap: string): boolean {
  // Adverbials set off by commas ("this Tuesday, at the Peace Square in Maputo, the …") go first.
  // event.main-signing-venue-gap (fl28c): "signed this afternoon at the Palais de la Renaissance the …".
  // (fl30a) event.main-signing-behalf-gap: "signed in Istanbul …, on behalf of Romania, the …": the side goes first.
  const bare = (g: string) => withoutSigningVenue(withoutBehalfOf(g.replace(/,[^,;:\n]{0,120},/g, ' ')));
  if (EVENT_MAIN_SIGNING_OPENING.objectGap.test(bare(gap))) return true;
  // event.main-signing-behalf-clause (fl32a): "…, on behalf of X and on the instructions of …, Y, the …" goes whole,
  // tried after the shorter forms above (a behalf clause after a comma-set date is theirs: "…, 11 January 2024, on
  // behalf of Romania, the …").
  const clause = withoutBehalfClause(gap);
  return clause !== gap && EVENT_MAIN_SIGNING_OPENING.objectGap.test(bare(clause));
}

/**
 * Rule event.main-signing-opening: the signing the opening tells, made by `addMain`, or undefined. Not when the text
 * already holds a held signing or ceremony ("the signing ceremony", found by other rules), nor when the opening or the
 * next sentence names a held event the signing may belong to ("The agreement was signed on the margins of the European
 * Council meeting"), nor when the agreement is not the verb's object ("signed an agreement annexed to the two
 * agreements on …"), nor when the text gives the signing no noun of its own ("the ceremony", "the signing").
 */
export function mainOfSigningOpening(
  ctx: Ctx,
  first: Sentence | undefined,
  events: readonly Found[],
  addMain: (name: string, at: number, rule: string, surface: string) => Found | undefined,
): Found | undefined {
  if (!first || first.heading || !sentenceHas(ctx, first, EVENT_MAIN_SIGNING_OPENING.gate)) return undefined;
  const at = signingVerbAt(first.text);
  if (at < 0) return undefined;
  const held = events.filter((e) => !e.planned);
  const nameOf = (e: Found) => ctx.entity(e.key)?.name ?? e.name;
  if (held.some((e) => EVENT_MAIN_SIGNING_OPENING.signingEvent.test(nameOf(e)))) return undefined;
  // (ev26) event.main-signing-by-people: signed by two or more named people in place or time, the signing is told as
  // an occasion even with no "ceremony"; a visit it was signed during is its frame, not a rival.
  const byPeople = signingByPeople(ctx, first, at);
  // event.main-signing-ends-process (fl27c): "…, concluding almost three years of negotiations" is what it closes.
  const rival = (e: Found) => !(byPeople && /\bvisit\b/i.test(nameOf(e))) && !endedBySigning(ctx.text, e.start);
  if (held.some((e) => (e.sentence === first.index || e.sentence === first.index + 1) && rival(e))) return undefined;
  const told = ctx.sentences.slice(first.index, first.index + 4).filter((x) => !x.heading);
  if (!byPeople && !told.some((x) => EVENT_MAIN_SIGNING_OPENING.ceremony.test(x.text))) return undefined;
  const verbEnd = first.start + at + first.text.slice(at).indexOf('signed') + 'signed'.length;
  // (fl27c) the first found, else the one right after the verb: "signed the agreements amending the Compact of …",
  // whose amended compact was found first (agreement.amending-described).
  const objects = ctx.within('Agreement', verbEnd, first.end);
  const ag = [objects[0], ...objects.slice(1).sort((a, b) => a.start - b.start)].find(
    (a) =>
      a &&
      (signedObjectGap(ctx.text.slice(verbEnd, a.start)) ||
        // (fl29b) agreement.signed-with-party: "signed in Ottawa an agreement with Canada", after "a" or "an".
        (ctx.entity(a.key)?.rule === AGREEMENT_SIGNED_WITH_PARTY.id &&
          signedObjectGap(ctx.text.slice(verbEnd, a.start).replace(/\ban?([^\S\n]+)$/u, 'the$1')))),
  );
  if (!ag) return undefined;
  return addMain(`signing of the ${ag.name}`, ag.start, EVENT_MAIN_SIGNING_OPENING.id, ag.surface);
}

/**
 * Rule event.main-signing-opening, its relations: the agreement the opening's signing names was reached at it; the
 * people a following sentence says the ceremony (or signing) was witnessed or attended by took part in it ("The
 * ceremony was witnessed by the President of A, X, and by the former Presidents Y and Z"). Only the next two sentences,
 * only one that starts so; not "The ceremony will be attended by …".
 */
export const SIGNING_OPENING_WITNESSED = {
  id: 'participated.signing-opening-witnessed',
  reachedId: 'reached-at.main-signing-opening',
  witnessed: new RegExp(
    String.raw`^(?:The|This)${SP}(?:signing${SP})?(?:ceremony|signing)${SP}(?:was|were)${SP}(?:also${SP})?(?:witnessed|attended)${SP}by\b`,
    'u',
  ),
};

/** Rule event.main-signing-opening: REACHED_AT and the witnesses' PARTICIPATED_IN of the opening's signing. */
export function signingOpeningRelations(k: RelKit): void {
  const { ctx, main } = k;
  if (!main || main.planned || ctx.entity(main.key)?.rule !== EVENT_MAIN_SIGNING_OPENING.id) return;
  const signed = main.name.replace(/^signing of the /, '');
  const ag = k.ev.agreementMentions.find((a) => a.sentence === main.sentence && k.nameOf(a) === signed);
  if (ag) ctx.relate('REACHED_AT', ag.key, main.key, main.sentence, SIGNING_OPENING_WITNESSED.reachedId);
  for (const s of ctx.sentences.slice(main.sentence + 1, main.sentence + 3)) {
    // participated.signing-in-presence-of (fl28c): "The ceremony took place in the presence of …".
    const presence = signingInPresence(s.text);
    if (s.heading || !(SIGNING_OPENING_WITNESSED.witnessed.test(s.text) || presence)) continue;
    const id = presence ? PARTICIPATED_SIGNING_IN_PRESENCE.id : SIGNING_OPENING_WITNESSED.id;
    for (const [m] of k.personsIn(s.index)) {
      const c = k.clusterOf.get(m);
      if (c) k.participate(main, c, s.index, id);
    }
  }
}

/**
 * Rule reached-at.not-after-passive-signed: "The Accord builds on the Agreement on X, signed by the two leaders on 1
 * August in Y, and on the Memorandum on Z of 6 August 2018": a "signed by" that follows an agreement's name is a
 * participle of that agreement; an agreement named after it is not what the readout's event concluded. A heading keeps
 * its reading; "signed by A and B" told as the sentence's own verb ("The Agreement was signed by …") is not this.
 */
export const REACHED_AT_NOT_AFTER_PASSIVE = {
  id: 'reached-at.not-after-passive-signed',
  /** Before the verb: a comma (the participle follows a name). */
  before: new RegExp(String.raw`,${SP}(?:(?:jointly|formally|later)${SP})?$`, 'u'),
  /** The verb, passive: "signed by", "concluded by". */
  verb: new RegExp(String.raw`^(?:signed|concluded|initialled|adopted)${SP}by\b`, 'iu'),
};

/** Rule reached-at.not-after-passive-signed: is the verb at `verbAt` of `sentence` a participle of an earlier name? */
export function passiveSignedParticiple(sentence: string, verbAt: number): boolean {
  const r = REACHED_AT_NOT_AFTER_PASSIVE;
  return (
    r.verb.test(sentence.slice(verbAt, verbAt + 40)) && r.before.test(sentence.slice(Math.max(0, verbAt - 20), verbAt))
  );
}

/**
 * Rule event.main-noun-not-in-role-clause: "The Minister received the Special Envoy of Norway, Mr. X, who leads the
 * Norwegian facilitation of the talks between the parties …": a meeting noun inside a relative clause that tells what a
 * person leads, facilitates, mediates, chairs or follows (", who leads … of the talks") names the talks that person
 * has a role in, not the meeting the sentence tells by its verb; it names no readout's own meeting. Only when a meeting
 * verb (received, met, welcomed, hosted) comes before the clause; "…, who held talks with …" is no role clause.
 */
export const EVENT_MAIN_NOUN_NOT_IN_ROLE = {
  id: 'event.main-noun-not-in-role-clause',
  /** From the meeting verb to the noun: the verb, a ", who <role verb>" clause with no other comma-free break. */
  clause: new RegExp(
    String.raw`\b(?:received|receives|welcomed|welcomes|hosted|hosts|met|meets)\b(?:[^.;:\n]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|St|Jr|\p{Lu}))\.)*?,${SP}who${SP}(?:(?:also|currently|now)${SP})?(?:leads|led|facilitates|facilitated|mediates|mediated|chairs|chaired|heads|headed|conducts|conducted|follows|coordinates|co-chairs|oversees|is${SP}responsible${SP}for)\b[^;:\n]*$`,
    'iu',
  ),
};

/** Rule event.main-noun-not-in-role-clause: is the noun after `before` (its sentence up to the noun) in a role clause? */
export const nounInRoleClause = (before: string): boolean => EVENT_MAIN_NOUN_NOT_IN_ROLE.clause.test(before);

/**
 * Rule participated.not-other-talks-clause: "Mr. X briefed the Minister on the progress of the talks, which bring
 * together the delegation of the Government, headed by A, and the delegation of the opposition, headed by B": the
 * people named after "the talks (negotiations, dialogue), which bring together" are those talks' sides, not people of
 * the readout's own meeting told in the sentence; their sentence-wide PARTICIPATED_IN of the main event go. A person
 * named before the cue keeps it.
 */
export const PARTICIPATED_NOT_OTHER_TALKS = {
  id: 'participated.not-other-talks-clause',
  gate: wordGate('together'),
  cue: new RegExp(
    String.raw`\b(?:talks|negotiations|dialogue|consultations|discussions|process),${SP}which${SP}(?:bring|brings|brought|have${SP}brought|has${SP}brought)${SP}together\b`,
    'iu',
  ),
  wide: new Set([
    'participated.main-sentence',
    'participated.same-sentence',
    'participated.title-ref',
    'participated.delegation',
  ]),
};

/** Rule participated.not-other-talks-clause: drops the main event's sentence-wide participants named after the cue. */
export function dropOtherTalksSides(k: RelKit): void {
  const { ctx, main } = k;
  if (!main) return;
  const drop = new Set<string>();
  for (const s of ctx.sentences) {
    if (s.heading || !sentenceHas(ctx, s, PARTICIPATED_NOT_OTHER_TALKS.gate)) continue;
    const m = PARTICIPATED_NOT_OTHER_TALKS.cue.exec(s.text);
    if (!m) continue;
    const cueAt = s.start + m.index;
    const ms = k.personsIn(s.index);
    for (const [, key] of ms)
      if (ms.filter(([, kk]) => kk === key).every(([x]) => (x.from ?? x.start) > cueAt)) drop.add(`${s.index}|${key}`);
  }
  if (!drop.size) return;
  const kept = ctx.relations.filter(
    (r) =>
      !(
        r.type === 'PARTICIPATED_IN' &&
        r.to === main.key &&
        PARTICIPATED_NOT_OTHER_TALKS.wide.has(r.rule) &&
        drop.has(`${r.sentence}|${r.from}`)
      ),
  );
  if (kept.length !== ctx.relations.length) ctx.replaceRelations(kept);
}

/**
 * Rule event.group-again: "When the four Heads of State last met, in Luanda on 2nd February 2020, they …", "The three
 * leaders had previously met in Arusha in March": an earlier meeting of the group the readout's own gathering brings
 * together, told by its verb. It is named after the readout's own gathering, as one of the same series, with its place
 * and day ("Quadripartite Summit in Luanda on 2 February 2020"); those of the readout's own participants who hold a
 * leader's title took part in it, when they are as many as the text says. Not "the two …" (event.pair-again), not
 * without a marker of the past ("last", "previously", "first") or a place.
 */
export const EVENT_GROUP_AGAIN = {
  id: 'event.group-again',
  participatedId: 'participated.group-again',
  gate: wordGate('three', 'four', 'five', 'six', 'seven', 'eight'),
  told: new RegExp(
    String.raw`\b[Tt]he${SP}(three|four|five|six|seven|eight)${SP}(?:leaders|Leaders|Heads${SP}of${SP}State(?:${SP}and${SP}Government)?|Presidents|presidents|Heads${SP}of${SP}Government)${SP}(?:had${SP}|have${SP})?(?:last|previously|first|earlier)${SP}met\b,?`,
    'u',
  ),
  place: new RegExp(String.raw`^${SP}?in${SP}(\p{Lu}[\p{L}-]+(?:${SP}\p{Lu}[\p{L}-]+)?)`, 'u'),
  day: new RegExp(
    String.raw`^,?${SP}on${SP}(\d{1,2})(?:st|nd|rd|th)?${SP}(January|February|March|April|May|June|July|August|September|October|November|December)${SP}((?:19|20)\d\d)\b`,
    'u',
  ),
  count: { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 } as Record<string, number>,
};

/** Rule event.group-again: the group's size, place and ISO day (if told) of a sentence's earlier meeting, or undefined. */
export function groupAgainIn(
  text: string,
): { size: number; place: string; day?: string; at: number; end: number } | undefined {
  const r = EVENT_GROUP_AGAIN;
  const m = r.told.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const place = r.place.exec(rest);
  if (!place) return undefined;
  const d = r.day.exec(rest.slice(place[0].length));
  const months = 'January February March April May June July August September October November December'.split(' ');
  const day = d
    ? `${d[3]!}-${String(months.indexOf(d[2]!) + 1).padStart(2, '0')}-${d[1]!.padStart(2, '0')}`
    : undefined;
  return { size: r.count[m[1]!]!, place: place[1]!, ...(day ? { day } : {}), at: m.index, end: m.index + m[0].length };
}

const LONG_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const longDay = (iso: string) => `${+iso.slice(8, 10)} ${LONG_MONTHS[+iso.slice(5, 7) - 1]!} ${iso.slice(0, 4)}`;

/** Rule event.group-again: the earlier meetings of the readout's group, named after its own gathering. */
export function findGroupAgain(
  ctx: Ctx,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  const own = main && !main.planned ? ctx.entity(main.key)?.name : undefined;
  // The series' name: the own gathering's name without its place or date ("Quadripartite Summit").
  const series =
    own && /^(?:\p{Lu}[\p{L}-]*\s+)*(?:Summit|Meeting|Conference)$/u.exec(own.replace(/\s+(?:in|of|at)\s.*$/, ''));
  if (!series) return;
  for (const s of ctx.sentences) {
    if (s.heading || s.index === main!.sentence || !sentenceHas(ctx, s, EVENT_GROUP_AGAIN.gate)) continue;
    const g = groupAgainIn(s.text);
    if (!g) continue;
    const name = `${series[0]} in ${g.place}${g.day ? ` on ${longDay(g.day)}` : ''}`;
    const f = add('Event', s.text.slice(g.at, g.end).replace(/,$/, ''), s.start + g.at, EVENT_GROUP_AGAIN.id);
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== EVENT_GROUP_AGAIN.id) continue;
    f.name = name;
    ctx.rename(c.key, name);
    c.props.kind = /Summit/.test(name) ? 'summit' : 'meeting';
    c.props.status = 'held';
    if (g.day) c.props.date = g.day;
    c.props.place = g.place;
    c.alias = false;
  }
}

/** Rule event.group-again: the own gathering's leaders took part in its earlier meeting, when as many as told. */
export function participateGroupAgain(k: RelKit): void {
  const { ctx, ev, main, participants } = k;
  if (!main) return;
  const leaders = [...(participants.get(main.key) ?? [])].filter((c) =>
    (k.people.offices.get(c) ?? []).some((o) => LEADER_TITLES.test(o.title.replace(/\s+of\s+.*$/, ''))),
  );
  for (const e of ev.events) {
    if (e.planned || ctx.entity(e.key)?.rule !== EVENT_GROUP_AGAIN.id) continue;
    const g = groupAgainIn(ctx.sentences[e.sentence]!.text);
    if (g && leaders.length === g.size)
      for (const c of leaders) k.participate(e, c, e.sentence, EVENT_GROUP_AGAIN.participatedId);
  }
}
