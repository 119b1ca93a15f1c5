// Event names that hold for independent annotators (issue 6, evn8): every surface form the text gives an event
// becomes an alias of it, so that a meeting named one way by the rules and another way by a reader is still one
// meeting. The stage runs last, after the relation rules: it only adds forms (candidates under the event's existing
// name), never a new event or a relation, so no other rule sees them.
import { INVOLVES_HELD_BY_SIDES_PLACE_FIRST } from './rules-fl28b.ts';
import { ALIAS_SESSION_WITHOUT_ORG, sessionFormWithoutOrg } from './rules-fl20a.ts';
import { ALIAS_PAIR_OF_WHOLE, PARTICIPATED_DELEGATION_INCLUDED, pairOfWhole } from './rules-fl19b.ts';
import { AGREED_TO_HOLD } from './rules-top15.ts';
import { EVENT_ACRONYM, eventAcronymForms } from './rules-ent23.ts';
import { calledOnForms } from './rules-ev27.ts';
import type { Ctx } from './context.ts';
import { addAgreementForms } from './rules-evn29.ts';
import { AGREEMENT_GENERIC_WORDS, AGREEMENT_HEADS } from './lexicons.ts';
import type { RelKit } from './rel-kit.ts';

/**
 * Rule alias.premodified: "the African Union-led peace talks between A and B", "the trilateral talks", "the
 * quadripartite meeting": a modifier before the mention the rules took ("peace talks between A and B") is part of a
 * form the event is known by.
 */
export const PREMODIFIER =
  /(?:^|[^\p{L}])(?:[Tt]he|[Tt]heir|[Aa]n?|[Ii]ts)[^\S\n]+((?:(?:\p{Lu}[\p{L}.]*[^\S\n]+){0,3}\p{Lu}[\p{L}.]*-(?:led|facilitated|brokered|mediated|hosted|sponsored|backed)|(?:bilateral|trilateral|quadrilateral|quadripartite|tripartite|multilateral|inter-[\p{L}]+|direct|virtual|informal|intensive|formal)|(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)-(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+))[^\S\n]+)$/u;

/** Rule alias.held-in: ", which opened in Pretoria", " held in Doha": the place the mention's own clause gives. */
export const HELD_IN =
  /^(?:[^\S\n]*\([^)\n]{1,40}\))?,?[^\S\n]+(?:which[^\S\n]+(?:opened|was[^\S\n]+held|were[^\S\n]+held|took[^\S\n]+place|convened|began)|held|hosted|convened)[^\S\n]+in[^\S\n]+(\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)/u;

/** The head of an event's mention: "peace talks" of "peace talks between A and B". */
const HEAD =
  /^((?:[\p{L}-]+[^\S\n]+){0,2}?(?:talks|negotiations|meeting|summit|dialogues?|consultations|call|conversation))\b/iu;

/** Rule alias.signing-place: "signed in Brussels the Agreement": the signing is also "the signing ceremony in Brussels". */
const SIGNED_IN = /\bsign(?:ed|s)?[^\S\n]+(?:\p{Ll}+[^\S\n]+)?in[^\S\n]+(\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)/u;
/** "The ceremony", "at a ceremony": a signing told as a ceremony. */
const CEREMONY = /\b(?:[Tt]he|[Aa])[^\S\n]+(?:signing[^\S\n]+)?ceremony\b/;

/** Kinds of event an alias "<kind> of A and B" may name. */
const PAIR_KIND = /\b(meeting|talks|call|conversation)\b/i;
/** alias.pair-of-whole (fl19b): a whole that is itself a meeting of people, not a summit, conference or visit. */
const WHOLE_NOT_MEETING = ALIAS_PAIR_OF_WHOLE.notMeeting;

/** Adds a form of an event (a candidate under its name, at the form's span). */
function addForm(ctx: Ctx, name: string, surface: string, start: number, rule: string): void {
  const form = surface.replace(/\s+/g, ' ').trim();
  if (!form || form === name) return;
  if (ctx.named('Event', name).some((c) => c.surface === form)) return;
  ctx.add('Event', name, { surface: form, start, end: start + surface.length }, rule);
}

/** alias.event-acronym (ent23): "(SIDS4)" after the conference's name, "COP28" of "COP28 in Dubai". */
function acronymForms(ctx: Ctx): void {
  for (const c of [...ctx.ofType('Event')]) {
    if (c.end <= c.start || !/^[\p{Lu}\d]/u.test(c.surface)) continue;
    for (const f of eventAcronymForms(ctx.text, c.surface, c.end))
      addForm(ctx, c.name, f.surface, f.start, EVENT_ACRONYM.id);
  }
}

/** alias.premodified and alias.held-in: see PREMODIFIER and HELD_IN. */
function modifiedForms(ctx: Ctx): void {
  const text = ctx.text;
  for (const c of [...ctx.ofType('Event')]) {
    if (c.end <= c.start || !c.alias || /^\p{Lu}/u.test(c.surface)) continue;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    const pre = PREMODIFIER.exec(before);
    if (pre) addForm(ctx, c.name, pre[1]! + c.surface, c.start - pre[1]!.length, 'alias.premodified');
    const place = HELD_IN.exec(text.slice(c.end, c.end + 80));
    const head = HEAD.exec(c.surface);
    if (place && head) {
      addForm(ctx, c.name, `${head[1]} in ${place[1]}`, c.start, 'alias.held-in');
      if (pre) addForm(ctx, c.name, `${pre[1]}${head[1]} in ${place[1]}`, c.start, 'alias.held-in');
    }
  }
}

/** alias.signing-place: see SIGNED_IN; "the ceremony" also gives "signing ceremony". */
function signingForms(ctx: Ctx): void {
  const signings = [...ctx.ofType('Event')].filter((c) => /^signing of\b/.test(c.name));
  const names = new Set(signings.map((c) => c.name));
  if (names.size !== 1) return;
  const [name] = [...names] as [string];
  const first = signings[0]!;
  const place = SIGNED_IN.exec(ctx.text)?.[1];
  const ceremony = CEREMONY.test(ctx.text);
  if (ceremony) addForm(ctx, name, 'signing ceremony', first.start, 'alias.signing-place');
  if (place) {
    addForm(ctx, name, `signing in ${place}`, first.start, 'alias.signing-place');
    if (ceremony) addForm(ctx, name, `signing ceremony in ${place}`, first.start, 'alias.signing-place');
  }
}

/**
 * Rule alias.of-participants: a meeting, talks or call held by exactly two named people is also "the meeting of A and
 * B" (the way a reader names a meeting told by a verb: "X received Y at the Oval Office"), its delegations aside.
 */
function participantForms(ctx: Ctx): void {
  const byEvent = new Map<string, Set<string>>();
  for (const r of ctx.relationsOf('PARTICIPATED_IN')) {
    const p = ctx.entity(r.from);
    const e = ctx.entity(r.to);
    if (!p || !e || p.type !== 'Person' || e.type !== 'Event') continue;
    // The members of a delegation (participated.delegation-composition, fl14b) are no principals of the meeting.
    // fl19b: nor the people a delegation included (participated.delegation-included).
    if (r.rule === 'participated.delegation-composition' || r.rule === PARTICIPATED_DELEGATION_INCLUDED.id) continue;
    const set = byEvent.get(e.name) ?? new Set<string>();
    set.add(p.name);
    byEvent.set(e.name, set);
  }
  // alias.pair-of-whole (fl19b): the wholes each event is PART_OF, by name.
  const wholes = new Map<string, string[]>();
  for (const r of ctx.relationsOf('PART_OF')) {
    const [c, w] = [ctx.entity(r.from)?.name, ctx.entity(r.to)?.name];
    if (c && w) wholes.set(c, [...(wholes.get(c) ?? []), w]);
  }
  for (const [name, people] of byEvent) {
    const kind = PAIR_KIND.exec(name)?.[1]?.toLowerCase();
    if (!kind || people.size !== 2) continue;
    const meetings = (wholes.get(name) ?? []).filter((w) => PAIR_KIND.test(w) && !WHOLE_NOT_MEETING.test(w));
    if (
      pairOfWhole(
        people,
        meetings.map((w) => byEvent.get(w) ?? new Set<string>()),
      )
    )
      continue;
    const [a, b] = [...people] as [string, string];
    const at = ctx.named('Event', name)[0]!;
    addForm(ctx, name, `${kind} of ${a} and ${b}`, at.start, 'alias.of-participants');
  }
}

/** The alias stage: forms of the events already found (see the rules above). */
export function addEventForms(ctx: Ctx): void {
  // alias.session-without-org (fl20a): "… Relations (COFCOR) of the Caribbean Community" also "… Relations".
  for (const c of [...ctx.ofType('Event')]) {
    const form = c.end > c.start ? sessionFormWithoutOrg(c.name) : undefined;
    if (form) addForm(ctx, c.name, form, c.start, ALIAS_SESSION_WITHOUT_ORG.id);
  }
  modifiedForms(ctx);
  acronymForms(ctx);
  signingForms(ctx);
  participantForms(ctx);
  // alias.called-on-call (ev27): "A called on B": the meeting is also "the call of A on B".
  calledOnForms(ctx, new Set(['participated.delegation-composition', PARTICIPATED_DELEGATION_INCLUDED.id]));
  addAgreementForms(ctx, AGREEMENT_GENERIC, AGREEMENT_HEAD_WORDS); // agreement.generic-complement, .kind-phrase (evn29)
}

const AGREEMENT_GENERIC = new Set(AGREEMENT_GENERIC_WORDS);
/** The words of the agreement heads, in lower case ("agreement", "memorandum", "mou"). */
const AGREEMENT_HEAD_WORDS = new Set(
  AGREEMENT_HEADS.flatMap((h) => h.toLowerCase().split(/\s+/)).filter((w) => !['of', 'to', 'the'].includes(w)),
);

/**
 * Rule event.negotiations-of-meeting: "the 1st meeting of the negotiations on the 12th Special Measures Agreement": the
 * negotiations on the agreement are an event of their own, the process the meeting is a sitting of. Returns the
 * process's span inside the meeting's mention, when the mention names what is negotiated.
 */
export function negotiationsOf(meeting: string): { surface: string; at: number } | undefined {
  const m = /\b(?:negotiations|talks|consultations)[^\S\n]+on[^\S\n]+the[^\S\n]+\S.*$/u.exec(meeting);
  return m ? { surface: m[0], at: m.index } : undefined;
}

/**
 * Rules part-of.sitting-of-negotiations, participated.process-of-sitting, discussed.negotiated-agreement: a numbered
 * meeting of negotiations is part of them (the one it names, else the only such process of the readout); who took part
 * in a held sitting takes part in the negotiations; the negotiations deal with the agreement they are on.
 */
export function negotiationProcessRelations(ctx: Ctx): void {
  const processes = ctx.ofType('Event').filter((c) => c.rule === 'event.negotiations-of-meeting');
  const names = new Set(processes.map((c) => c.name));
  if (!processes.length) return;
  for (const p of processes) {
    const ag = ctx.within('Agreement', p.start, p.end)[0];
    if (ag) ctx.relate('DISCUSSED', p.key, ag.key, p.sentence, 'discussed.negotiated-agreement');
  }
  for (const m of ctx.ofType('Event').filter((c) => c.rule === 'event.meeting-of-negotiations')) {
    const own = processes.find((p) => p.start >= m.start && p.end <= m.end);
    const p = own ?? (names.size === 1 ? processes[0] : undefined);
    if (!p || p.name === m.name) continue;
    ctx.relate('PART_OF', m.key, p.key, m.sentence, 'part-of.sitting-of-negotiations');
    if (m.props.status === 'planned') continue;
    for (const r of ctx.relationsOf('PARTICIPATED_IN').filter((x) => ctx.entity(x.to)?.name === m.name))
      ctx.relate('PARTICIPATED_IN', r.from, p.key, r.sentence, 'participated.process-of-sitting');
  }
}

/** "The Republic of Korea and the United States held the …": the verb of the sides that held an event. */
const HELD_BY_SIDES = new RegExp(
  `[^\\S\\n]+(?:held|have[^\\S\\n]+held|hold|convened|concluded|opened|launched|began|resumed|completed|conducted|wrapped[^\\S\\n]+up|${AGREED_TO_HOLD})[^\\S\\n]+(?:the|a|an|their|its)[^\\S\\n]+$`,
);

/**
 * What may stand between the sides of a subject: commas, "and", "the", a list number; and before them the sides'
 * bodies or people (top10: "The Ministries of Foreign Affairs of A and B", "Deputy foreign ministers of A and B",
 * "Senior officials from A and B").
 */
const SIDES_ONLY =
  /^(?:\d+\.)?\s*(?:(?:[Tt]he\s+)?(?:(?:foreign\s+)?ministries(?:\s+of\s+foreign\s+affairs)?|(?:deputy\s+|vice\s+)?foreign\s+ministers|governments|delegations|representatives|(?:senior\s+)?officials|negotiators)\s+(?:of|from)\b)?(?:\s|,|\band\b|\b[Tt]he\b)*$/i;

/** Hits not inside another hit ("African Union" inside "Peace and Security Council of the African Union"). */
function outermost<T extends { start: number; end: number }>(hits: T[]): T[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end));
}

/**
 * Rule involves.held-by-sides: "The Republic of Korea and the United States held the 1st meeting of the negotiations
 * on …", "Chile and Peru concluded their talks": the states and organisations that make up the subject of the verb
 * that held the event are its parties (and the parties of the negotiations the meeting is a sitting of).
 */
export function involvesHeldBySides(k: RelKit): void {
  const { ctx, hitKeys } = k;
  for (const c of ctx.ofType('Event')) {
    if (c.end <= c.start) continue;
    const sent = ctx.sentences[c.sentence]!;
    const before = ctx.text.slice(sent.start, c.start);
    // involves.held-by-sides-place-first (rules-fl28b.ts): "… concluded today in São Tomé three days of talks".
    const placeFirst = INVOLVES_HELD_BY_SIDES_PLACE_FIRST.verb.exec(before);
    const verb = HELD_BY_SIDES.exec(before) ?? placeFirst;
    if (!verb) continue;
    const hits = outermost(k.hitsIn(sent.start, sent.start + verb.index));
    let rest = before.slice(0, verb.index);
    for (const h of [...hits].reverse())
      rest = rest.slice(0, h.start - sent.start) + ' ' + rest.slice(h.end - sent.start);
    // Only the sides, coordinated: "The A and the B", "1. A, B and C".
    const sidesOnly = SIDES_ONLY.test(rest) || (placeFirst && INVOLVES_HELD_BY_SIDES_PLACE_FIRST.sidesOnly.test(rest));
    if (hits.length < 2 || !/\band\b/.test(rest) || !sidesOnly) continue;
    const inside = ctx.ofType('Event').filter((p) => p !== c && p.start >= c.start && p.end <= c.end);
    for (const h of hits) {
      const key = hitKeys.get(h);
      if (!key) continue;
      const rule =
        placeFirst && !HELD_BY_SIDES.test(before) ? INVOLVES_HELD_BY_SIDES_PLACE_FIRST.id : 'involves.held-by-sides';
      for (const e of [c, ...inside]) ctx.relate('INVOLVES', e.key, key, c.sentence, rule);
    }
  }
}
