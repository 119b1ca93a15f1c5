// Topic and party rules of a second pass (issue 6): the parties of meetings told as "of both sides" or held by
// "the two Governments" (INVOLVES), run by rules-topics.ts after its own party rules.
import type { Found } from './types.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import { readoutPair } from './rules-parties.ts';

/** "the regional army commanders of both sides", "consular officials of the two countries": right after a mention. */
const OF_BOTH_AFTER =
  /^[^,;:.]{0,40}?\b(?:of|from)\s+(?:both\s+(?:sides|countries|governments|parties)|the\s+two\s+(?:sides|countries|governments|parties|nations))\b/i;
/** "The two Governments will also … and will hold a High-Level Meeting": the two as the subject of holding it. */
const TWO_HOLD_BEFORE =
  /\b(?:the\s+two|both)\s+(?:governments|countries|sides|nations)\b[^.;]{0,160}?\b(?:will|would|shall|agreed\s+to|decided\s+to|plan\s+to)\s+(?:also\s+)?(?:hold|convene|organi[sz]e|resume)\s+(?:an?\s+|the\s+|their\s+)?$/i;

/**
 * involves.both-sides: a meeting nobody in the readout is told to attend, held "of both sides" ("an informal meeting
 * of the regional army commanders of both sides") or by "the two Governments" ("the two Governments will hold a
 * High-Level Meeting"), involves the readout's two states.
 */
export function addBothSidesParties(k: RelKit): void {
  const { ctx, ev, nameOf, participants } = k;
  const pair = readoutPair(k);
  if (!pair) return;
  const attended = new Set(
    ev.eventMentions.filter((e) => (participants.get(e.key)?.size ?? 0) > 0).map((e) => nameOf(e)),
  );
  for (const e of ev.eventMentions) {
    if (e === k.main || nameOf(e) === k.mainName || INCIDENT_NAME.test(nameOf(e)) || attended.has(nameOf(e))) continue;
    if (!toldOfBothSides(k, e)) continue;
    for (const st of pair) {
      const key = k.stateKey(st);
      if (key && st !== nameOf(e)) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.both-sides');
    }
  }
}

/** Whether the mention of `e` is followed by "of both sides" or preceded by "the two Governments will hold". */
function toldOfBothSides(k: RelKit, e: Found): boolean {
  const s = k.ctx.sentences[e.sentence]!;
  const after = k.ctx.text.slice(e.end, s.end);
  const inside = k.ctx.text.slice(e.start, e.end);
  if (OF_BOTH_AFTER.test(after) || OF_BOTH_AFTER.test(` ${inside.replace(/^\S+/, '')}`)) return true;
  return TWO_HOLD_BEFORE.test(k.ctx.text.slice(s.start, e.start));
}
