// Topic and party rules of the fourth round (issue 6): meetings referred to by a definite description whose place
// names them elsewhere ("the talks … in Jeddah" for the readout's "Jeddah talks"), for the party rules.
import type { Found } from './types.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import { STATE_COMBINING_FORMS } from './lexicons.ts';
import { esc } from './text.ts';

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
    for (const m of s.text.matchAll(DEFINITE_MEETING)) {
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

/**
 * discussed.told-event: an event named in the paragraph of a meeting told beside the readout's own ("Chancellor Merkel
 * also spoke with the Prime Minister of Poland. Their conversation was devoted to … the situation at the border") is
 * that meeting's subject too, besides the main event's; not a meeting it is part of or was held during.
 */
export function addToldEvents(k: RelKit, toldIn: (at: number) => Found | undefined): void {
  const { ctx, ev, nameOf } = k;
  const partOf = ctx.relationsOf('PART_OF');
  const framed = (t: Found, e: Found) =>
    partOf.some((r) => (r.from === t.key && r.to === e.key) || (r.from === e.key && r.to === t.key));
  for (const e of ev.eventMentions) {
    if (e.key === k.main?.key || nameOf(e) === k.mainName) continue;
    const t = toldIn(e.start);
    if (!t || t.key === e.key || nameOf(t) === nameOf(e) || framed(t, e)) continue;
    ctx.relate('DISCUSSED', t.key, e.key, e.sentence, 'discussed.told-event');
  }
}

/** The combining forms as patterns, each with its states ("Inter-Korean" in any case). */
const COMBINING = STATE_COMBINING_FORMS.map(
  ([form, states]) => [new RegExp(`(?<![\\p{L}-])${esc(form)}(?![\\p{L}-])`, 'iu'), states] as const,
);

/**
 * involves.combining-form: a meeting named by a combining form of its states ("the Inter-Korean Summit", "the
 * intra-Afghan negotiations") involves those states, when the readout names them and nobody in it is told to attend.
 */
export function addCombiningFormParties(k: RelKit): void {
  const { ctx, ev, nameOf, participants } = k;
  for (const e of ev.events) {
    if (e.key === k.main?.key || nameOf(e) === k.mainName || (participants.get(e.key)?.size ?? 0) > 0) continue;
    for (const [re, states] of COMBINING) {
      if (!re.test(nameOf(e))) continue;
      for (const st of states) {
        const key = k.stateKey(st);
        if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.combining-form');
      }
    }
  }
}

/**
 * discussed.not-concurrent-visit: a visit told only in the sentence that tells the readout's meeting ("met in Rome with
 * Wang Yi, …, who is also in Italy on an official visit") is the meeting's setting, not its subject.
 */
export function concurrentVisit(k: RelKit, main: Found, mentions: readonly Found[]): boolean {
  return (
    mentions.length > 0 &&
    mentions.every((x) => x.sentence === main.sentence && !x.planned && /\bvisits?\b/i.test(k.nameOf(x)))
  );
}
