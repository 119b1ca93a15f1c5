// Meetings referred to by a definite description whose place names them elsewhere ("the talks … in Jeddah" for the
// readout's "Jeddah talks"), for the party rules (issue 6, top4).
import type { Found } from './types.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import { allMatches, esc } from './text.ts';

/** "the talks", "the meeting", "the direct negotiations": a definite description of a meeting, without a name. */
const DEFINITE_MEETING =
  /\bthe\s+(?:(?:direct|formal|bilateral|trilateral)\s+)?(talks|meeting|negotiations|consultations|summit)\b/gi;
/** "in Jeddah", "in Riyadh": the place a description gives, before or after it, within its clause. */
const PLACE_IN = /\bin\s+(\p{Lu}[\p{L}-]+)/gu;
/** How far before and after a description its place may stand. */
const PLACE_BEFORE = 40;
const PLACE_AFTER = 60;

/**
 * event.definite-by-place: "hosting, on Tuesday in Jeddah, the talks between …", "the meeting hosted by the Kingdom in
 * Riyadh on February 18 between …": a definite description that no event mention covers, whose place, told in
 * its clause, names an event of the same kind elsewhere in the readout ("the Jeddah talks", "the Riyadh meeting"),
 * refers to that event. Not the readout's own event, and not an incident.
 */
export function definiteByPlace(k: RelKit): Found[] {
  const { ctx, ev, nameOf } = k;
  const out: Found[] = [];
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    for (const m of allMatches(s.text, DEFINITE_MEETING)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (ev.eventMentions.some((x) => x.start <= start + 4 && x.end >= end)) continue;
      const e = placeNamed(k, s, start, end, m[1]!.toLowerCase());
      if (e) out.push({ ...e, start, end, sentence: s.index, name: nameOf(e) });
    }
  }
  return out;
}

/** The event named "<place> <kind>" (or "<kind> in <place>") for a place said within a description's clause. */
function placeNamed(
  k: RelKit,
  s: { start: number; end: number },
  start: number,
  end: number,
  kind: string,
): Found | undefined {
  const { ctx, ev, nameOf } = k;
  // The clause of the description ends where another description begins ("The meeting also touched on the meeting
  // hosted in Riyadh": Riyadh is the second one's place).
  const before = ctx.text.slice(Math.max(s.start, start - PLACE_BEFORE), start);
  const after = ctx.text.slice(end, Math.min(s.end, end + PLACE_AFTER));
  const cutBefore = [...before.matchAll(DEFINITE_MEETING)].pop();
  const cutAfter = after.search(DEFINITE_MEETING);
  const from = start - before.length + (cutBefore ? cutBefore.index + cutBefore[0].length : 0);
  const window = ctx.text.slice(from, cutAfter >= 0 ? end + cutAfter : end + after.length);
  for (const p of window.matchAll(PLACE_IN)) {
    // The place stays in the description's clause: no sentence-internal break between them.
    const at = from + p.index;
    const between = at < start ? ctx.text.slice(at, start) : ctx.text.slice(end, at);
    if (/[;:]/.test(between)) continue;
    const place = esc(p[1]!);
    const named = new RegExp(`^(?:${place}\\s+(?:[\\p{L}-]+\\s+)?${kind}\\b|.*\\b${kind}\\s+in\\s+${place}\\b)`, 'iu');
    const e = ev.eventMentions.find(
      (x) =>
        x.key !== k.main?.key && nameOf(x) !== k.mainName && !INCIDENT_NAME.test(nameOf(x)) && named.test(nameOf(x)),
    );
    if (e) return e;
  }
  return undefined;
}
