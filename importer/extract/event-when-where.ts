// When and where an event mention took place: the date told with it (resolved against the document date) and the
// place in or right after its name.
import { resolveDate } from '../dates.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { dayRangeStart } from './rules-fl20a.ts';

/**
 * The date of an event mention: one told right after it ("the failed coup attempt of July 15", "held in Seoul on
 * November 2"), else the date a sentence opens with ("On November 8, Mr. Kishida met …"), else the sentence's only date
 * when the sentence tells no other date before it. Partial dates take the document's year.
 */
/** "… on Tuesday", close after an event's mention, before any other clause. */
const WEEKDAY_AFTER = /^[^.;:]{0,40}?\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const WEEKDAY_INDEX: Record<string, number> = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
};

/** The last day named `weekday` on or before the ISO day `docDate` (wire style: "on Monday" of a Tuesday story). */
export function lastWeekday(docDate: string, weekday: string): string | undefined {
  if (!/^\d{4}-\d\d-\d\d$/.test(docDate)) return undefined;
  const d = new Date(`${docDate}T12:00:00Z`);
  const back = (d.getUTCDay() - WEEKDAY_INDEX[weekday]! + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

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
  // event.date-day-range (fl20a): "held in Grand Anse on 13 and 14 May 2019" takes the first day.
  const range = dayRangeStart(window);
  const ranged = range ? resolveDate(range, docDate) : undefined;
  if (ranged) return ranged;
  for (const m of window.matchAll(/\b(?:of|on|in|from)\s+((?:\w+day,?\s+)?[\w.,\s]{3,22})(?!\d)/g)) {
    if (/[;:]/.test(window.slice(0, m.index))) break;
    const near = resolveDate(m[1]!, docDate);
    if (near) return near;
  }
  // (ev10) "met President X on Tuesday on the side-lines of …": the weekday's last day on or before the readout's.
  const weekday = WEEKDAY_AFTER.exec(window)?.[1];
  if (weekday && docDate) return lastWeekday(docDate, weekday);
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
