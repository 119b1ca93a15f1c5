// Date reading for readouts: full dates in prose ("December 1, 2018", "1 December 2018", "30/10/2016",
// "2018-12-01"), partial dates resolved against the document date ("On December 1" → its year).

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MON =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar date: the day exists in that month of that year (no 30 February). */
const valid = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate() && y >= 1900 && y <= 2100;
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** A date found in text with its offsets. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const FULL_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | undefined }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  {
    re: new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!],
  },
  {
    re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g,
    // Day first unless the second number cannot be a month.
    read: (m) => (+m[2]! > 12 ? [+m[3]!, +m[1]!, +m[2]!] : [+m[3]!, +m[2]!, +m[1]!]),
  },
];

/** Every full (day, month, year) date in `text`, in order of position. */
export function findFullDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { re, read } of FULL_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const ymd = read(m);
      if (ymd && valid(...ymd)) out.push({ iso: iso(...ymd), start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Normalises a date string (ISO or prose) to ISO `YYYY-MM-DD`, or undefined. */
export function parseDate(s: string): string | undefined {
  const t = s.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  // An ISO date that does not exist (2020-02-30) is not a date, rather than whatever else the text holds.
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? iso(+m[1]!, +m[2]!, +m[3]!) : undefined;
  return findFullDates(t)[0]?.iso;
}

/** `YYYY-MM-DD` at the start of a file name. */
export function dateFromFileName(file: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(file);
  return m && valid(+m[1]!, +m[2]!, +m[3]!) ? iso(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

const MONTH_DAY = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MON}\\s+(\\d{4})\\b`, 'i');

/**
 * A partial or full date in a phrase, resolved against the document date.
 * @example resolveDate('On December 1', '2018-12-03') // '2018-12-01'
 */
export function resolveDate(phrase: string, docDate?: string): string | undefined {
  // Every pattern but the last holds a digit: a phrase without one (most) needs only the last.
  if (/\d/.test(phrase)) {
    const full = findFullDates(phrase)[0];
    if (full) return full.iso;
    const year = docDate ? +docDate.slice(0, 4) : undefined;
    let m = MONTH_DAY.exec(phrase);
    if (m && year) return iso(year, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
    m = DAY_MONTH.exec(phrase);
    if (m && year) return iso(year, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
    m = MONTH_YEAR.exec(phrase);
    if (m) return `${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`;
  }
  if (/\b(today|this morning|this afternoon|this evening|tonight)\b/i.test(phrase) && docDate) return docDate;
  return undefined;
}
