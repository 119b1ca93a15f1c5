// The off27 table rule (issue 6): offices told in Markdown table rows, one cell a person's name, one their title and
// one their state ("| Jean Dupont | Minister for Europe and Foreign Affairs | France |"). Rule ids are what --explain
// prints.
import type { GazetteerHit } from './gazetteer.ts';
import { parseTitleAt } from './titles.ts';
import type { PersonMention } from './types.ts';

/** Patterns of rule office.table-row-cells, as named data. */
export const TABLE_ROW_PATTERNS = {
  /** A table row: a line opening and closing with a bar. */
  row: /^[^\S\n]*\|(.*)\|[^\S\n]*$/gm,
  /** A rule row under the header ("| --- | --- |"). */
  ruleRow: /^[\s|:-]+$/,
  /** A name cell: two to four capitalised words (hyphens, apostrophes, initials), nothing else. */
  name: /^\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,3}$/u,
};

const P = TABLE_ROW_PATTERNS;

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** The trimmed cells of a table row that starts at `at`. */
function cellsOf(row: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let i = row.indexOf('|') + 1;
  for (let j = row.indexOf('|', i); j >= 0; i = j + 1, j = row.indexOf('|', i)) {
    const raw = row.slice(i, j);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) cells.push({ start: at + i + lead, end: at + i + lead + text.length, text });
  }
  return cells;
}

/**
 * Rule office.table-row-cells (off27): in a Markdown table row, a cell that is only a name, a later cell that is only
 * a title, and a cell that is only a state give the person that title, owned by that state (or by what the title
 * names). Rows whose name the people stage already read (`taken`) are left to it. `sentenceAt` maps an offset to its
 * sentence.
 */
export function tableRowPeople(
  text: string,
  hits: GazetteerHit[],
  taken: (start: number, end: number) => boolean,
  sentenceAt: (offset: number) => number,
): PersonMention[] {
  if (!text.includes('|')) return [];
  const out: PersonMention[] = [];
  for (const r of text.matchAll(P.row)) {
    if (P.ruleRow.test(r[0])) continue;
    const cells = cellsOf(r[0], r.index);
    const name = cells.find((c) => P.name.test(c.text) && !hits.some((h) => h.start < c.end && h.end > c.start));
    if (!name || taken(name.start, name.end)) continue;
    const titled = cells
      .filter((c) => c.start > name.end)
      .map((c) => ({ c, t: parseTitleAt(text, c.start, hits) }))
      .find(({ c, t }) => t && t.end === c.end);
    const state = cells
      .map((c) => hits.find((h) => h.type === 'State' && h.start === c.start && h.end === c.end))
      .find(Boolean);
    if (!titled?.t || parseTitleAt(text, name.start, hits)) continue;
    const owner = titled.t.owner ?? (state ? { type: 'State' as const, name: state.name } : undefined);
    out.push({
      start: name.start,
      end: name.end,
      surface: name.text,
      raw: name.text,
      sentence: sentenceAt(name.start),
      rule: 'person.table-row',
      titles: [{ ...titled.t, ...(owner ? { owner } : {}), former: false, rule: 'office.table-row-cells' }],
    });
  }
  return out;
}
