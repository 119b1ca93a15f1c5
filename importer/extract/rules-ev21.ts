// The ev21 rules (issue 6, bank events-13): incidents told in passing that no earlier rule reads. A shooting told by
// where it happened ("the shooting at the Embassy of X in Y"), a missile told by a contact clause ("the ballistic missile
// North Korea launched towards Japan's exclusive economic zone"), a launch told by its verb with a state as subject
// ("North Korea launched an intercontinental ballistic missile …"), damage to undersea cables or pipelines ("the damage
// to the undersea cables linking A with B"); and who they involve (the states the damaged line links; the state of a
// capital told as the actor's possessive, "Pyongyang's launch of …"). The filters that drop what names no incident and
// who is no party are in rules-ev21-filters.ts; the new heads and modifiers in lexicons.ts.
import { capitalState } from './capital-metonyms.ts';
import type { Ctx } from './context.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { whenTextWord, wordGate } from './gates.ts';
import { incidentComplement } from './incidents.ts';
import { INCIDENT_WORD } from './rules-ev21-filters.ts';
import { matchAllInLines } from './text.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

type Add = (type: 'Event', surface: string, start: number, rule: string) => Found | undefined;

const SP = '[^\\S\\n]+';
/** What is fired: a missile, rocket or drone, with up to three of its kinds before it; a military or spy satellite. */
const FIRED = `(?:(?:(?:ballistic|cruise|hypersonic|intercontinental|short-range|medium-range|long-range|anti-ship|solid-fuel)${SP}){0,3}(?:missiles?|rockets?|ICBMs?|drones?)|(?:military|spy)${SP}(?:reconnaissance${SP})?satellites?)`;
/** A capitalised name of up to four words ("North Korea", "the Houthis"). */
const CAP_NAME = `(?:the${SP})?\\p{Lu}[\\p{L}.-]*(?:${SP}\\p{Lu}[\\p{L}.-]*){0,3}`;

export const EV21_PATTERNS = {
  /** event.shooting-at: "the shooting at the Embassy of Azerbaijan in Tehran", "the shooting at the X concert venue". */
  shootingAt: new RegExp(`\\bshooting(?=${SP}(?:at|on|near|outside)${SP}(?:the${SP}|an?${SP})?\\p{Lu})`, 'gu'),
  /** event.missile-contact-clause: "the ballistic missile North Korea launched towards …" (object, actor, verb). */
  missileContact: new RegExp(`\\b(${FIRED})${SP}(${CAP_NAME})${SP}(launched|fired)\\b`, 'gu'),
  /** Where a missile was fired: "towards Japan's exclusive economic zone on 12 July", up to a clause break. */
  direction: new RegExp(
    `^${SP}(?:towards?|at|into|over|across|against|on)${SP}[^,.;\\n]{1,80}?(?=[,.;\\n]|${SP}(?:and|which|that|in${SP}violation)\\b|$)`,
    'u',
  ),
  /**
   * event.state-launched: "North Korea launched an intercontinental ballistic missile from …", "On Tuesday, Iran fired
   * two ballistic missiles at …": a state (or group) as the subject of the sentence fires what is fired.
   */
  stateLaunched: new RegExp(
    `^((?:(?:On|Earlier|Today|This|Late|Early)[^,\\n]{0,40},${SP})?)(${CAP_NAME})${SP}(?:(?:again|also|reportedly)${SP})?(?:launched|fired)${SP}((?:an?|one|two|three|four|five|several|multiple|\\d+)${SP}${FIRED})\\b`,
    'u',
  ),
  /**
   * event.damage-to-line: "the damage to the undersea cables linking Finland with Germany", "damage to the Balticconnector
   * gas pipeline between Finland and Estonia": damage to a cable, pipeline or power line, with what it links.
   */
  damageTo: new RegExp(
    `\\bdamage${SP}(?:caused${SP})?to${SP}(?:the${SP}|two${SP}|several${SP})?(?:[\\p{L}\\d-]+${SP}){0,3}?(?:cables?|pipelines?|interconnectors?|power${SP}lines?)\\b(?:${SP}(?:linking|connecting|between)${SP}[^,.;\\n]{1,100}?(?=[,.;\\n]|$))?`,
    'gu',
  ),
};

/** The words one of which every text the ev21 event rules act on holds. */
export const EV21_GATE = wordGate('shooting', 'launched', 'fired', 'damage');

/** The lines missileContact is asked in (perf21c, `matchAllInLines`): its match holds its verb and no line break. */
const MISSILE_CONTACT_LINE = /launched|fired/;

/** Whether a name is a state or organisation of the gazetteer (not a demonym), as a whole. */
const isParty = (name: string): boolean =>
  findGazetteerHits(name).some((h) => h.start === 0 && h.end >= name.replace(/[\s.]+$/, '').length && !h.demonym);

/** Adds an event under rule `rule` and, when it is new, renames it and marks it an incident. */
function addIncident(ctx: Ctx, add: Add, surface: string, start: number, rule: string, name?: string): void {
  const f = add('Event', surface, start, rule);
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== rule) return;
  if (name && name !== f.name) {
    f.name = name;
    ctx.rename(c.key, name);
  }
  c.props.kind = 'incident';
}

/** Rules event.shooting-at, event.missile-contact-clause, event.state-launched and event.damage-to-line. */
export const findEv21Events = whenTextWord(EV21_GATE, function findEv21Events(ctx: Ctx, add: Add): void {
  const text = ctx.text;
  for (const m of text.matchAll(EV21_PATTERNS.shootingAt)) {
    const end = incidentComplement(text, m.index + m[0].length);
    if (end > m.index + m[0].length) addIncident(ctx, add, text.slice(m.index, end), m.index, 'event.shooting-at');
  }
  for (const m of matchAllInLines(text, EV21_PATTERNS.missileContact, MISSILE_CONTACT_LINE)) {
    const actor = m[2]!;
    if (!isParty(actor)) continue;
    const dir = EV21_PATTERNS.direction.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 100))?.[0] ?? '';
    const name = `${m[1]!} ${m[3]!} by ${actor.replace(/^the\s+/, '')}${dir}`;
    addIncident(ctx, add, m[0] + dir, m.index, 'event.missile-contact-clause', name);
  }
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    const m = EV21_PATTERNS.stateLaunched.exec(s.text);
    if (!m || !isParty(m[2]!)) continue;
    const at = s.start + m[1]!.length;
    const surface = text.slice(at, s.start + m[0].length);
    addIncident(ctx, add, surface, at, 'event.state-launched', `launch of ${m[3]!} by ${m[2]!.replace(/^the\s+/, '')}`);
  }
  for (const m of text.matchAll(EV21_PATTERNS.damageTo)) addIncident(ctx, add, m[0], m.index, 'event.damage-to-line');
});

/**
 * Rules involves.line-linked (the states a damaged cable or pipeline links, named in its name) and
 * involves.capital-possessive ("Pyongyang's launch of …": the capital's state, when the readout names it).
 */
export function addEv21Involves(k: RelKit): void {
  const { ctx, ev, nameOf } = k;
  for (const e of ev.eventMentions) {
    const c = ctx.entity(e.key);
    if (!c) continue;
    if (c.rule === 'event.damage-to-line')
      for (const h of k.hitsIn(e.start, e.end))
        if (h.type === 'State' && !h.demonym) {
          const key = k.hitKeys.get(h);
          if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.line-linked');
        }
    const cap = /^(\p{Lu}[\p{L}-]+)['’]s\s/u.exec(nameOf(e));
    const state = cap && INCIDENT_WORD.test(nameOf(e)) ? capitalState(cap[1]!) : undefined;
    const key = state && k.stateKey(state);
    if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.capital-possessive');
  }
}
