// Relation rules of the ev23 round (issue 6, bank events-15): a meeting told at the close of a gathering, or inside
// one its people attended, is part of that gathering.
import { sentenceHas, wordGate } from './gates.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/** The patterns of the ev23 relation rules, as named data. */
export const EV23_REL_PATTERNS = {
  /**
   * What stands right before a gathering a meeting is told at the close of: "At the close of the X summit", "On the
   * conclusion of the talks, …" ("On" only opening the sentence or a clause: "to brief them on the conclusion of the
   * negotiations" tells a topic).
   */
  closeOf:
    /(?:\bat|(?:^|[,;])[^\S\n]*on)[^\S\n]+the[^\S\n]+(?:close|end|conclusion)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/i,
  /** What stands right before a gathering told as attended: "attended the X summit in Granada". */
  attended: /\b(?:attended|attending|took[^\S\n]+part[^\S\n]+in)[^\S\n]+(?:the[^\S\n]+)?$/i,
  /** After an attended gathering, a meeting held there: "… and met A and B there", "… and on its sidelines met A". */
  metThere:
    /^[^.;]*?\band[^\S\n]+(?:also[^\S\n]+)?(?:(?:met|held[^\S\n]+talks[^\S\n]+with|had[^\S\n]+a[^\S\n]+meeting[^\S\n]+with)\b[^.;]*?\bthere\b|on[^\S\n]+its[^\S\n]+(?:sidelines|margins)\b)/i,
  /** The name of a meeting of people, not of a gathering: "Costa-Rama meeting in Brussels", "A-B talks". */
  meetingName: /\b(?:meeting|talks|bilateral meeting|conversation)\b/i,
};

/** The words the sentence of a meeting the ev23 PART_OF rule acts on holds. */
export const EV23_REL_GATE = wordGate('close', 'end', 'conclusion', 'attended', 'attending', 'took');

/** The gathering a meeting of sentence `si` is told inside, by "at the close of" or "attended … and met … there". */
function frameGathering(k: RelKit, m: Found): Found | undefined {
  const { ctx } = k;
  const s = ctx.sentences[m.sentence];
  if (!s || !sentenceHas(k, s, EV23_REL_GATE)) return undefined;
  return k.ev.eventMentions.find((g) => {
    if (g.key === m.key || g.sentence !== m.sentence || EV23_REL_PATTERNS.meetingName.test(k.nameOf(g))) return false;
    const before = ctx.text.slice(Math.max(s.start, g.start - 60), g.start);
    if (EV23_REL_PATTERNS.closeOf.test(before)) return true;
    return EV23_REL_PATTERNS.attended.test(before) && EV23_REL_PATTERNS.metThere.test(ctx.text.slice(g.end, s.end));
  });
}

/**
 * Rule part-of.close-or-attended-frame: "At the close of the EU-Western Balkans summit, A met B", "A attended the
 * European Political Community summit and met B and C there": the readout's meeting of people is part of that
 * gathering (GUIDE, "On the margins / sidelines / occasion of"), and who took part in it takes part in the gathering.
 * Not a meeting already part of another event. Run before the INVOLVES rules, which read who attended.
 */
export function partOfCloseOrAttended(k: RelKit): void {
  const { ctx, main } = k;
  if (!main || main.planned || !EV23_REL_PATTERNS.meetingName.test(k.nameOf(main))) return;
  if (ctx.relationsOf('PART_OF').some((r) => r.from === main.key)) return;
  const g = frameGathering(k, main);
  if (!g || g.planned) return;
  ctx.relate('PART_OF', main.key, g.key, main.sentence, 'part-of.close-or-attended-frame');
  for (const c of k.participants.get(main.key) ?? [])
    k.participate(g, c, main.sentence, 'participated.close-or-attended-frame');
}
