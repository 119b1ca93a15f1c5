// Two people behind one plural title: "Prime Ministers Howard and Abe", "Presidents Biden and Putin",
// "Foreign Ministers Kishida and Wang". Each name becomes a person mention holding the singular title.
import type { Sentence } from '../types.ts';
import type { PersonMention } from './people.ts';
import { parseTitleAt } from './titles.ts';
import { isNameLike, NAME, NON_NAME } from './text.ts';

const PLURAL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}?\\p{Lu}\\p{Ll}+(?:ies|s))\\s+(${NAME})\\s+and\\s+(${NAME})`,
  'gu',
);

/** "Secretaries" → "Secretary", "Ministers" → "Minister". */
const singular = (w: string) => (/ies$/.test(w) ? w.replace(/ies$/, 'y') : w.replace(/s$/, ''));

/** Trims a name read by NAME at the first vocabulary word ("Abe Prime" → "Abe"). */
function trimName(raw: string): string {
  const toks = raw.split(/\s+/);
  const cut = toks.findIndex((t, i) => i > 0 && NON_NAME.has(t));
  return (cut > 0 ? toks.slice(0, cut) : toks).join(' ');
}

/**
 * Person mentions named by a plural title followed by two names joined by "and". The mentions carry `pair`
 * (their position), so that the people stage can give each one a side of the readout.
 */
export function findPluralTitlePairs(text: string, s: Sentence): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of s.text.matchAll(PLURAL_RE)) {
    const plural = m[1]!;
    const words = plural.split(/\s+/);
    const single = [...words.slice(0, -1), singular(words[words.length - 1]!)].join(' ');
    // The singular must be a whole office title of its own ("Prime Minister"), not any plural noun ("Talks").
    const t = parseTitleAt(single, 0, []);
    if (!t || t.end !== single.length || t.lowercase) continue;
    const base = s.start + m.index;
    const former = /\b(former|then|late)\s+$/i.test(text.slice(Math.max(s.start, base - 12), base));
    const names = [trimName(m[2]!), trimName(m[3]!)];
    if (names.some((n) => !n || !isNameLike(n) || NON_NAME.has(n.split(/\s+/)[0]!))) continue;
    const firstAt = base + m[0].indexOf(m[2]!, plural.length);
    const secondAt = base + m[0].length - m[3]!.length;
    const title = { ...t, start: base, end: base + plural.length, surface: single };
    names.forEach((raw, index) => {
      const start = index === 0 ? firstAt : secondAt;
      out.push({
        start,
        end: start + raw.length,
        surface: `${single} ${raw}`,
        raw,
        sentence: s.index,
        rule: 'person.plural-title-pair',
        titles: [{ ...title, former, rule: 'office.plural-title-pair' }],
        pair: { index, partner: names[1 - index]! },
        from: index === 0 ? base : start,
        to: start + raw.length,
      });
    });
  }
  return out;
}
