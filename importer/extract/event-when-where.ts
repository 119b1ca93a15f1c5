// When and where an event mention took place: the date told with it (resolved against the document date) and the
// place in or right after its name.
import { resolveDate } from '../dates.ts';
import { findGazetteerHits } from './gazetteer.ts';

/**
 * The date of an event mention: one told right after it ("the failed coup attempt of July 15", "held in Seoul on
 * November 2"), else the date a sentence opens with ("On November 8, Mr. Kishida met …"), else the sentence's only date
 * when the sentence tells no other date before it. Partial dates take the document's year.
 */
export function eventDate(
  text: string,
  sent: { start: number; end: number; text: string },
  s: number,
  e: number,
  docDate: string | undefined,
): string | undefined {
  const inName = resolveDate(text.slice(s, e), docDate);
  if (inName) return inName;
  // "at their meeting in Buenos Aires on the sidelines of the G20 summit on Dec. 1, 2018": the first date after it.
  const window = text.slice(e, Math.min(sent.end, e + 80));
  for (const m of window.matchAll(/\b(?:of|on|in|from)\s+((?:\w+day,?\s+)?[\w.,\s]{3,22})(?!\d)/g)) {
    if (/[;:]/.test(window.slice(0, m.index))) break;
    const near = resolveDate(m[1]!, docDate);
    if (near) return near;
  }
  const lead = /^\W*(?:\(?\w{1,3}[.)]\s*)?(?:On|In)\s+([^,]{3,30}),/.exec(sent.text);
  const opening = lead ? resolveDate(lead[1]!, docDate) : undefined;
  if (opening) return opening;
  const before = text.slice(sent.start, s);
  return resolveDate(before, docDate)
    ? undefined
    : /\b(today|this morning|this afternoon)\b/i.test(sent.text)
      ? docDate
      : undefined;
}

/** Where an event took place: "… in Vienna" in its name, else "(held) in Seoul" right after it. */
export function placeOf(name: string, after: string): string | undefined {
  const inName = /\bin\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*$/u.exec(name);
  if (inName && !findGazetteerHits(inName[1]!).some((h) => h.type === 'Organization')) return inName[1];
  const next =
    /^,?\s+(?:(?:which\s+was\s+|was\s+)?held\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(after);
  return next &&
    !/^(January|February|March|April|May|June|July|August|September|October|November|December)$/.test(next[1]!)
    ? next[1]
    : undefined;
}
