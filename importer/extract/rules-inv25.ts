// Rules of the inv25 round (issue 6, bank incidents-2 and the INVOLVES study of the annotated samples): INVOLVES links
// between an event and a state or organisation the extractor already finds as nodes. The sides of talks told "between
// the Government of A and the B (armed group)" even when the talks are the readout's own; a body told as leading,
// facilitating or brokering the talks right before their name ("the EU-facilitated dialogue between …"); and fighting
// placed at a city whose state the readout leaves unnamed ("the fighting around El Fasher").
import type { GazetteerHit } from './gazetteer.ts';
import { textHas, wordGate } from './gates.ts';
import { isoOf } from './people-stage.ts';
import type { RelKit } from './rel-kit.ts';
import { capitalStates } from './rules-top9.ts';
import type { Found } from './types.ts';

const isParty = (h: GazetteerHit) => h.type === 'State' || h.type === 'Organization';

/**
 * involves.sides-between: talks, dialogues or a process named "between (the Government of) A and (the) B" involve A and
 * B. The readout's own talks too when a side is a body or movement rather than a state ("the peace talks between the
 * Government of Ethiopia and the TPLF", "the second cycle of the peace dialogues between the Government of Colombia and
 * the ELN"): their sides are parties beside the people who attend. The readout's own talks between two states keep the
 * older rules' reading (their ministers are the participants).
 */
export const SIDES_BETWEEN = {
  id: 'involves.sides-between',
  gate: wordGate('between'),
  /** The first side right after "between" (with "the Government of", "the Republic of" …). */
  head: /\bbetween\s+(?:the\s+)?(?:(?:[Tt]ransitional\s+|[Ff]ederal\s+)?Government\s+of\s+(?:the\s+)?)?$/,
  /** The second side right after "and". */
  joint: /^,?\s+and\s+(?:the\s+)?(?:(?:[Tt]ransitional\s+|[Ff]ederal\s+)?Government\s+of\s+(?:the\s+)?)?$/,
  /** A bare name two states share ("Congo"): which one the text means is not read here. */
  ambiguous: new Set(['Congo']),
};

/** involves.sides-between: relates each event named "between A and B" to both sides. */
export function involvesSidesBetween(k: RelKit): void {
  if (!textHas(k, SIDES_BETWEEN.gate)) return;
  const { ctx } = k;
  for (const e of k.ev.events) {
    const name = ctx.text.slice(e.start, e.end);
    if (!name.includes('between')) continue;
    const own = e === k.main || k.nameOf(e) === k.mainName;
    const hs = k.hitsIn(e.start, e.end).filter((h) => isParty(h) && (h.demonym ? false : k.hitKeys.has(h)));
    for (let i = 0; i + 1 < hs.length; i++) {
      const [a, b] = [hs[i]!, hs[i + 1]!];
      if (!SIDES_BETWEEN.head.test(ctx.text.slice(Math.max(e.start, a.start - 60), a.start))) continue;
      if (!SIDES_BETWEEN.joint.test(ctx.text.slice(a.end, b.start))) continue;
      if (own && a.type === 'State' && b.type === 'State') continue;
      if (SIDES_BETWEEN.ambiguous.has(a.surface) || SIDES_BETWEEN.ambiguous.has(b.surface)) continue;
      for (const h of [a, b]) ctx.relate('INVOLVES', e.key, k.hitKeys.get(h)!, e.sentence, SIDES_BETWEEN.id);
    }
  }
}

/**
 * involves.led-premodifier: a body or state told as leading, facilitating or brokering talks right before their name
 * ("the EU-facilitated dialogue between Belgrade and Pristina", "the AU-led talks", "the Qatar-brokered exchange") is
 * one of their parties, when the event's name starts after the premodifier (involves.helped-by reads the premodifier
 * inside the name).
 */
export const LED_PREMODIFIER = {
  id: 'involves.led-premodifier',
  gate: wordGate('led', 'facilitated', 'brokered', 'mediated', 'sponsored', 'convened'),
  after: /^[-–](?:led|facilitated|brokered|mediated|sponsored|convened)\s+/,
};

/** involves.led-premodifier: relates the event right after "<Body>-led" to the body. */
export function involvesLedPremodifier(k: RelKit): void {
  if (!textHas(k, LED_PREMODIFIER.gate)) return;
  const { ctx } = k;
  for (const h of k.hits) {
    if (!isParty(h) || h.demonym || !k.hitKeys.has(h)) continue;
    const m = LED_PREMODIFIER.after.exec(ctx.text.slice(h.end, h.end + 16));
    if (!m) continue;
    const at = h.end + m[0].length;
    const e = k.ev.eventMentions.find((x) => x.start === at);
    if (e && k.nameOf(e) !== h.name) ctx.relate('INVOLVES', e.key, k.hitKeys.get(h)!, e.sentence, LED_PREMODIFIER.id);
  }
}

/**
 * involves.fighting-city: fighting placed at a city or region ("the fighting around El Fasher", "the renewed fighting
 * around Goma", "clashes near Kharkiv") involves the place's state, added when the readout does not name it (GUIDE:
 * plainly implied), as involves.capital-place does for incidents' names.
 */
export const FIGHTING_CITY = { id: 'involves.fighting-city', rules: new Set(['event.fighting-in']) };

/** involves.fighting-city: relates fighting events to the states of the places their names give. */
export function involvesFightingCity(k: RelKit): void {
  const { ctx } = k;
  const fights = k.ev.events.filter((e: Found) => FIGHTING_CITY.rules.has(ctx.entity(e.key)?.rule ?? ''));
  for (const e of fights) {
    if (e === k.main) continue;
    for (const st of capitalStates(ctx.text.slice(e.start, e.end))) {
      const key = k.stateKey(st) ?? ctx.add('State', st, undefined, 'state.capital-inferred', isoOf(st), false);
      ctx.relate('INVOLVES', e.key, key, e.sentence, FIGHTING_CITY.id);
    }
  }
}

/** The inv25 INVOLVES rules, in order. */
export function addInv25Parties(k: RelKit): void {
  involvesSidesBetween(k);
  involvesLedPremodifier(k);
  involvesFightingCity(k);
}
