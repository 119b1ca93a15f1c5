// BASED_ON for a plural subject: "The Leaders witnessed the signing of a set of agreements: a) …; b) …" then "The
// agreements were negotiated on the basis of the "Framework for Discussions"": every agreement of the list (or of the
// sentence before, when no list comes before) rests on the basis the sentence names.
import type { Found } from './types.ts';
import type { RelKit } from './rel-kit.ts';

/** A list item's marker at the start of a line: "1.", "(ii)", "a)", "-", "•". */
export const LIST_ITEM = /^\s*(\(?(?:[ivx\d]+|[a-z])[.)]|[-•*])\s/;

/** "The agreements were negotiated on the basis of", "These two documents build on": a plural subject, then a basis. */
const PLURAL_BASIS =
  /^(?:The|These|Those|Both|All(?:\s+the)?)\s+(?:(?:two|three|four|five|six|above|new|signed)\s+)?(?:agreements|documents|instruments|treaties|texts|memoranda)\s+(?:(?:were|are|have\s+been|had\s+been)\s+(?:negotiated|concluded|drawn\s+up|prepared|signed)\s+)?(?:on\s+the\s+basis\s+of|based\s+on|build\s+on|built\s+on|(?:(?:were|are)\s+)?in\s+line\s+with|implement|under)\s+(?:the\s+)?/i;

/** The first agreement named on each line of the list that ends right before sentence `index`. */
function listBefore(k: RelKit, index: number): Found[] {
  const { ctx, ev } = k;
  const out: Found[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const s = ctx.sentences[i]!;
    const lineStart = ctx.text.lastIndexOf('\n', s.start - 1) + 1;
    if (!LIST_ITEM.test(ctx.text.slice(lineStart, lineStart + 8))) break;
    if (
      s.start !== lineStart &&
      !ctx.text
        .slice(lineStart, s.start)
        .trim()
        .match(/^\S{1,5}$/)
    )
      continue;
    const first = ev.agreementMentions.find((a) => a.sentence === i);
    if (first) out.unshift(first);
  }
  return out;
}

/** based-on.plural-subject: every agreement of the list before rests on the basis a plural subject names. */
export function basedOnPluralSubject(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const m = PLURAL_BASIS.exec(s.text);
    if (!m) continue;
    const base = ev.agreementMentions.find((a) => a.sentence === s.index && a.start <= s.start + m[0].length + 2);
    if (!base) continue;
    const listed = listBefore(k, s.index);
    const built = listed.length ? listed : ev.agreementMentions.filter((a) => a.sentence === s.index - 1);
    for (const a of built)
      if (a.name !== base.name) ctx.relate('BASED_ON', a.key, base.key, s.index, 'based-on.plural-subject');
  }
}
