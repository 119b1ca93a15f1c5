// The off27 sub-national rule's people side (issue 6): rule office.subnational gives a mention told with a head of a
// sub-national unit its title "<head> of <unit>", owned by the unit's country (patterns and the unit gazetteer in
// rules-off27.ts and lexicons.ts; kept apart so that titles.ts, which reads a unit after such a head, imports no
// module that imports types.ts).
import type { GazetteerHit } from './gazetteer.ts';
import { SUBNATIONAL_HEADS, SUBNATIONAL_UNITS } from './lexicons.ts';
import { SUBNATIONAL_PATTERNS as S } from './rules-off27.ts';
import type { PersonMention } from './types.ts';

interface UnitTitle {
  start: number;
  end: number;
  head: string;
  unit: string;
  /** "of the Azores": the article kept in the office's name. */
  the?: boolean;
}

/** The sub-national titles of a sentence: where each is told, its head and its unit (with "State"/"Province"). */
function unitTitles(text: string, from: number, to: number): UnitTitle[] {
  const sentence = text.slice(from, to);
  if (!S.gate.test(sentence)) return [];
  const out: UnitTitle[] = [];
  const unitOf = (u: string, suffix: string | undefined) => (suffix && !u.endsWith(suffix) ? `${u} ${suffix}` : u);
  for (const m of sentence.matchAll(S.headOfUnit))
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      head: m[1]!,
      unit: unitOf(m[3]!, m[4]),
      the: !!m[2],
    });
  for (const m of sentence.matchAll(S.unitHead))
    out.push({ start: from + m.index, end: from + m.index + m[0].length, head: m[3]!, unit: unitOf(m[1]!, m[2]) });
  for (const m of sentence.matchAll(S.headUnit))
    out.push({ start: from + m.index, end: from + m.index + m[0].length, head: m[1]!, unit: m[2]! });
  return out;
}

/** The country of a unit: its only one, else the one the text names or the issuer's. */
function unitCountry(unit: string, named: Set<string>, home: string | undefined): string | undefined {
  const key = unit.replace(/[^\S\n]+(?:Province|Region|Prefecture)$/, '');
  const all = SUBNATIONAL_UNITS[key] ?? SUBNATIONAL_UNITS[key.replace(/[^\S\n]+State$/, '')];
  if (!all) return undefined;
  if (all.length === 1) return all[0];
  const told = all.filter((s) => named.has(s) || s === home);
  return told.length === 1 ? told[0] : undefined;
}

/** The sub-national title told around a mention, and whether the name as written starts with the unit. */
function titleAround(text: string, m: PersonMention, titles: UnitTitle[]): UnitTitle | undefined {
  const name = m.start;
  const before = titles.filter((u) => u.end <= name && name - u.end < 30 && S.beforeName.test(text.slice(u.end, name)));
  if (before.length) return before[before.length - 1];
  const inside = titles.find((u) => u.start < name && u.end > name && m.raw.startsWith(u.unit));
  if (inside) return inside;
  const after = titles.find(
    (u) => u.start >= m.end && u.start - m.end < 8 && S.afterName.test(text.slice(m.end, u.start)),
  );
  if (after) return after;
  const of = S.ofUnitAfter.exec(text.slice(m.end, m.end + 60));
  const head = of && m.titles.find((t) => SUBNATIONAL_HEADS.includes(t.title));
  return head
    ? { start: m.end, end: m.end + of[0].length, head: head.title, unit: of[2] ? `${of[1]} ${of[2]}` : of[1]! }
    : undefined;
}

/**
 * Rule office.subnational (off27): gives each mention told with a sub-national head its title "<head> of <unit>",
 * owned by the unit's country, in place of a bare head read from the same words; "Chief Minister Punjab A" loses the
 * unit from the name. `sentences` are the text's sentence spans; `hits` its gazetteer hits.
 */
export function subnationalTitles(
  text: string,
  mentions: PersonMention[],
  sentences: { start: number; end: number }[],
  hits: GazetteerHit[],
  home: string | undefined,
): void {
  const named = new Set(hits.filter((h) => h.type === 'State').map((h) => h.name));
  const bySentence = new Map<number, UnitTitle[]>();
  for (const m of mentions) {
    const s = sentences[m.sentence];
    if (!s) continue;
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, unitTitles(text, s.start, s.end));
    const u = titleAround(text, m, bySentence.get(m.sentence)!);
    const country = u && unitCountry(u.unit, named, home);
    if (!u || !country) continue;
    const title = `${u.head} of ${u.the ? 'the ' : ''}${u.unit}`;
    if (m.raw.startsWith(`${u.unit} `)) m.raw = m.raw.slice(u.unit.length + 1);
    const own = m.titles.find((t) => t.title === u.head || (t.start < u.end && t.end > u.start));
    const fields = { title, owner: { type: 'State' as const, name: country }, ownerInside: true, place: true };
    if (own) Object.assign(own, fields, { rule: 'office.subnational' });
    else
      m.titles.push({
        start: u.start,
        end: u.end,
        surface: text.slice(u.start, u.end),
        lowercase: false,
        rule: 'office.subnational',
        ...fields,
      });
  }
}
