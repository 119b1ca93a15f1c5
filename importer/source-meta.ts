// A readout's headline and issuer, read from what the page says about itself. The headline skips the
// lines a page prints above it (a category such as "Japan-Russia Relations", a breadcrumb, a kicker such
// as "Press release", a date) and drops Markdown heading marks. The issuer (the government or
// organisation that published the readout) comes from front matter, else the page's site name, a
// publisher line ("From: …", "… - Press release"), a foreign ministry's category line, the URL's host,
// and last the issuing state the extractor reads from the text (importer/extract `issuingState`).
import { findGazetteerHits } from './extract/gazetteer.ts';
import { issuingState } from './extract/index.ts';
import { withArticle } from './extract/states.ts';

/** Markdown heading marks and emphasis around a line: "# Title #", "**Title**". */
export const stripMarkdownHeading = (line: string): string =>
  line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+$/, '')
    .replace(/^(\*\*|__)(.+)\1$/, '$2')
    .trim();

/** A foreign ministry's filing category over the headline: "Japan-Russia Relations", "Japan-ROK Relations". */
const CATEGORY_LINE = /^\p{Lu}[\p{L}.'’ ]{1,40}(?:[-–]\p{Lu}[\p{L}.'’ ]{1,40})+\s+Relations$/u;
/** A breadcrumb trail: "Home > News > Readouts", "Home / Press". */
const BREADCRUMB = /\s[>›»/]\s|^Home\s*[>›»/|]/;
/** A kicker or label a page prints above or below its headline. */
const KICKER =
  /^(?:press\s+releases?|media\s+note|news(?:\s+release)?|readouts?|statements?|speeches\s+and\s+statements|for\s+immediate\s+release|office\s+of\s+the\s+(?:press\s+secretary|spokesperson))$/i;
/** A line that is only a date ("May 10, 2018", "30/10/2016", "Wednesday, 17 November 2021"). */
const DATE_ONLY =
  /^(?:\p{L}+day,?\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})$/u;

/** True for a line that is not the headline when more text follows it. */
export function isPreHeadline(line: string): boolean {
  return CATEGORY_LINE.test(line) || BREADCRUMB.test(line) || KICKER.test(line) || DATE_ONLY.test(line);
}

/** The readout's headline: the first line among the opening ones that is not a category, breadcrumb, kicker or date. */
export function headline(text: string): string | undefined {
  const lines = text
    .split('\n')
    .map(stripMarkdownHeading)
    .filter((l) => l.length > 0)
    .slice(0, 6);
  return lines.find((l) => !isPreHeadline(l)) ?? lines[0];
}

/** Words that name a publishing body (upper case): a masthead "THE WHITE HOUSE", "Press release of the Ministry …". */
const BODY_WORD =
  /\b(?:HOUSE|MINISTRY|DEPARTMENT|GOVERNMENT|KREMLIN|PRESIDENCY|CHANCELLERY|COUNCIL|COMMISSION|SECRETARIAT|CABINET|PALACE|OFFICE|EMBASSY)\b/;

/** Upper-case words in title case, keeping short function words low ("THE WHITE HOUSE" → "The White House"). */
const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && /^(?:of|the|and|for|on)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

/**
 * The publisher a readout's opening lines name: "From: Prime Minister's Office" (GOV.UK), "European Council -
 * Press release", "Press release of the Federal Chancellery", an all-capitals masthead ("THE WHITE HOUSE").
 */
export function publisherLine(text: string): string | undefined {
  const lines = text.split('\n').map(stripMarkdownHeading).filter(Boolean).slice(0, 8);
  for (const line of lines) {
    const from = /^(?:From|Published by|Issued by|Source)\s*:\s*(.{3,120})$/i.exec(line);
    if (from) return from[1]!.trim();
    const kicker = /^(.{3,80}?)\s+[-–|—:]\s+(?:Press\s+release|Press\s+statement|Statement|Readout|News)$/i.exec(line);
    if (kicker) return kicker[1]!.trim();
    const of = /^(?:Press\s+release|Press\s+statement)\s+(?:of|by|from)\s+(?:the\s+)?(\p{Lu}.{2,80})$/u.exec(line);
    if (of && BODY_WORD.test(of[1]!.toUpperCase()) && !/[.!?]$/.test(of[1]!)) return of[1]!.trim();
    if (line.length <= 40 && line === line.toUpperCase() && BODY_WORD.test(line) && !KICKER.test(line))
      return titleCase(line);
  }
  return undefined;
}

/** The host of a URL without "www." ("https://www.mofa.go.jp/…" → "mofa.go.jp"), if it parses. */
export function urlHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host.includes('.') ? host : undefined;
  } catch {
    return undefined;
  }
}

export interface IssuerHints {
  /** Front matter `issuer`, else `source`. */
  declared?: string;
  /** The page's site name (HTML og:site_name, or the suffix of its title). */
  site?: string;
  url?: string;
}

/**
 * The government or organisation that issued a readout: what the file declares, else the page's site name, a
 * publisher line, a foreign ministry's category line over the headline ("Japan-Russia Relations": the ministry of
 * the state the text reads as the issuer), the URL's host, and last "Government of <state>" for the issuing state.
 */
export function inferIssuer(text: string, hints: IssuerHints = {}): string | undefined {
  const given = hints.declared?.trim() || hints.site?.trim() || publisherLine(text);
  if (given) return given;
  const state = issuingState(text, findGazetteerHits(text), hints.url ?? '');
  const opening = text.split('\n').map(stripMarkdownHeading).filter(Boolean).slice(0, 3);
  if (state && opening.some((l) => CATEGORY_LINE.test(l)))
    return `Ministry of Foreign Affairs of ${withArticle(state)}`;
  return urlHost(hints.url) ?? (state ? `Government of ${withArticle(state)}` : undefined);
}
