// Rules of round fl29b (issue 6), written after the first look at three new samples (a Nordic foreign ministry's
// Markdown release on a boundary agreement signed in another capital, a Central European government's web page on a
// summit of a new European forum and the talks on its sidelines, a Benelux prime minister's chancellery's plain-text
// release on a release negotiated through a Gulf mediator). Each rule is a general construction; tests on made-up
// sentences, negative ones included, in rules-fl29b.test.ts. Rule data (patterns) are named next to the rules.
import type { Ctx } from './context.ts';

const SP = '[^\\S\\n]+';
/** A weekday or month after "on": a date, not what the agreement is on. */
const WHEN =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b';
const NAME = `\\p{Lu}[\\p{L}'’-]*(?:${SP}(?:of${SP}(?:the${SP})?)?\\p{Lu}[\\p{L}'’-]*){0,4}`;

/**
 * Rule agreement.signed-with-party: "A and B today signed in Ottawa an agreement with Canada that settles …", "Norway
 * concluded a new treaty with the European Union": an agreement told by its head and the party after "with", right after
 * a verb of signing or concluding (a place or a time word may stand between), is an agreement named "<head> with
 * <party>" when the party is a state or an organisation the text names there. Not "in agreement with X", not "X's
 * position", not an agreement another rule already names over the span.
 */
export const AGREEMENT_SIGNED_WITH_PARTY = {
  id: 'agreement.signed-with-party',
  /** A cheap gate: the text holds " with " after one of the heads. */
  gate: /\b(?:agreement|treaty|accord)[^\S\n]+with\b/u,
  /** Group 1: "agreement with Canada" (the name); group 2: the party's name. */
  pattern: new RegExp(
    `\\b(?:signed|concluded|initiall?ed|sign|conclude|initial)` +
      `(?:${SP}(?:in|at)${SP}(?:the${SP})?\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+)?)?` +
      `(?:${SP}(?:today|yesterday|tomorrow|on${SP}\\p{Lu}\\p{Ll}+(?:${SP}\\d{1,2})?))?` +
      `(?:${SP}(?:in|at)${SP}(?:the${SP})?\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+)?)?` +
      `${SP}(?:an?|the)${SP}(?:(?:new|historic|landmark|bilateral|long-awaited|first)${SP})?` +
      `((?:agreement|treaty|accord)${SP}with${SP}(?:the${SP})?(?:Government${SP}of${SP}(?:the${SP})?)?(${NAME}))` +
      `(?![\\p{L}'’-]|${SP}\\p{Lu}|${SP}(?:on|of|concerning|regarding)${SP}(?!${WHEN}))`,
    'gu',
  ),
};

/** A name span to add as an agreement. */
export interface NamedSpan {
  surface: string;
  start: number;
  rule: string;
}

/** Rule agreement.signed-with-party: the spans of "agreement with <party>" after a signing verb. */
export function signedWithParty(ctx: Ctx): NamedSpan[] {
  const { gate, pattern, id } = AGREEMENT_SIGNED_WITH_PARTY;
  if (!gate.test(ctx.text)) return [];
  const out: NamedSpan[] = [];
  for (const m of ctx.text.matchAll(pattern)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    if (/['’]s$/u.test(m[2]!)) continue; // "an agreement with Iceland’s agency": a possessive, not the party
    const partyAt = start + m[1]!.length - m[2]!.length;
    const partyEnd = partyAt + m[2]!.length;
    const party = ['State', 'Organization'].some(
      (t) => ctx.within(t as 'State', partyAt, partyEnd).length || ctx.covering(t as 'State', partyAt, partyEnd).length,
    );
    if (!party || ctx.covering('Agreement', start, start + m[1]!.length).length) continue;
    out.push({ surface: m[1]!, start, rule: id });
  }
  return out;
}
