// The rol26 round's office rules (issue 6): a bare title's state told by the side its holder acts for in the same
// clause, before any guess from the issuer or the first state named: a gapped side before "by" ("for France by A and
// for Poland by Prime Minister B", "Cambodia's delegation is headed by A, and Thailand's by Acting Defence Minister B"),
// "on behalf of" after the name in apposition ("and the Minister of …, Dr A, on behalf of Botswana"), and a
// heads-of-delegation line or table row ("Ethiopia — A, Minister of Foreign Affairs", "| India | A, Additional
// Secretary |", "- for Kosovo: A, First Deputy Prime Minister"). Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';

/** Patterns of the rol26 office rules, as named data. */
export const ROL26_OFFICE_PATTERNS = {
  /** Between a gapped side and the title: a possessive or nothing, then "by" ("Thailand's by", "for Poland by"). */
  gappedBy: /^(?:['’]s?)?[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?$/,
  /** Before the gapped side: "for", a comma or semicolon, or "and" ("and for Poland", ", and Thailand's"). */
  gapOpen: /(?:\bfor|[,;]|\band)[^\S\n]+(?:the[^\S\n]+)?$/,
  /** Between a title and its state: ", Dr A B, on behalf of (the Government of) " (the name in apposition). */
  commaNameBehalf:
    /^,[^\S\n]+(?:(?:Dr|Mr|Mrs|Ms|Prof|H\.\s?E\.)\.?[^\S\n]+)?(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,3}\p{Lu}[\p{L}.'’-]*,[^\S\n]+on[^\S\n]+behalf[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?$/u,
  /** The opening of a line before its side: nothing, a list mark, a table bar, "for". */
  lineOpen: /(?:^|\n)[^\S\n]*(?:[-–—•*|][^\S\n]*)?(?:for[^\S\n]+)?(?:the[^\S\n]+)?$/i,
  /** Between a line's side and the title: a dash, colon or bar, the name, a comma ("Egypt — A B, "). */
  lineSideName:
    /^[^\S\n]*(?:[—–:|]|-(?=[^\S\n]))[^\S\n]*(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){1,4}?\p{Lu}[\p{L}.'’-]*,[^\S\n]+(?:the[^\S\n]+)?$/u,
};

const P = ROL26_OFFICE_PATTERNS;

/**
 * Rules office.gapped-side-by, office.comma-name-behalf and office.line-side (rol26): the state a bare title's holder
 * acts for in the title's own clause or line. `hits` are the gazetteer hits of the text.
 */
export function actingSideState(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  t: { start: number; end: number },
  hits: GazetteerHit[],
): string | undefined {
  const states = hits.filter((h) => h.type === 'State');
  const before = states.filter((h) => h.start >= sentenceStart && h.end <= t.start && t.start - h.end < 40).pop();
  if (before) {
    const between = text.slice(before.end, t.start);
    const opening = text.slice(Math.max(sentenceStart, before.start - 12), before.start);
    if (P.gappedBy.test(between) && P.gapOpen.test(opening)) return before.name;
  }
  const after = states.find((h) => h.start >= t.end && h.end <= sentenceEnd && h.start - t.end < 90);
  if (after && P.commaNameBehalf.test(text.slice(t.end, after.start))) return after.name;
  const lineStart = text.lastIndexOf('\n', t.start) + 1;
  if (lineStart <= 0) return undefined;
  const side = states.find((h) => h.start >= lineStart && h.end <= t.start);
  if (!side || !P.lineOpen.test(text.slice(lineStart, side.start))) return undefined;
  return P.lineSideName.test(text.slice(side.end, t.start)) ? side.name : undefined;
}
