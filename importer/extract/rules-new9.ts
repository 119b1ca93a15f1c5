// Rules of the new9 round (issue 6, construction 7 and the relations that hang on agreements), found on the first
// look of three samples in new issuers' styles (Bangladesh MOFA, Nigeria's State House, the Swiss FDFA) and stated
// as general constructions of diplomatic prose; each is tested on made-up sentences in rules-new9.test.ts.
import { AGREEMENT_HEADS, MONTHS, WEEKDAYS } from './lexicons.ts';
import { alt } from './text.ts';

/** A name span (the shape agreements.ts returns). */
export interface NameSpan {
  surface: string;
  start: number;
  rule: string;
}

const SP = '[^\\S\\n]+';
/** A capitalised word of a formal title (a year too), never a month or a weekday. */
const TITLE_WORD = `(?!(?:${alt([...MONTHS, ...WEEKDAYS])})\\b)[\\p{Lu}\\d][\\p{L}\\d'’+-]*`;
/** The lowercase words a formal title keeps between its capitalised words. */
const TITLE_LINK = `(?:${SP}(?:of|on|for|from|to|the|and|in|between|with|concerning|regarding|an?)${SP})+|${SP}`;
const HEADS = alt(AGREEMENT_HEADS);

/** What names a package after its head: "to stabilise and develop the bilateral path", "of agreements". */
const PACKAGE_TAIL = `(?:${SP}to${SP}[a-z]+(?:${SP}(?:[a-z]+|EU|UK)){0,7}(?=[.,;:]|\\n|$)|${SP}of${SP}(?:[\\p{L}\\d-]+${SP}){0,2}(?:agreements|accords|treaties)\\b)`;

/** Patterns of the rules in this file, as named data. */
export const NEW9_PATTERNS = {
  /**
   * agreement.quoted-title: `signed the "Arrangement on Return of Displaced Persons from Rakhine State"`, `the
   * “Agreement on Cooperation in Fisheries”`: a quoted formal title after an article or a verb of signing.
   */
  quotedTitle: new RegExp(
    `(?<=\\b(?:the|a|an|The|A|An|signed|sign|signs|signing|adopted|concluded|initialled|initialed)${SP})["“]` +
      `(${TITLE_WORD}(?:(?:${TITLE_LINK})${TITLE_WORD}){0,20})[,.]?["”]`,
    'gu',
  ),
  /** The quoted title opens or closes with an agreement head. */
  headAtEdge: new RegExp(`^(?:${HEADS})(?![\\p{L}])|(?<![\\p{L}])(?:${HEADS})$`, 'u'),
  /**
   * agreement.package: "negotiations on the package", "the package of agreements", "a package of five agreements": a
   * package is an agreement when it is negotiated or made of agreements ("a support package worth …" is not).
   */
  package: new RegExp(
    `(?<=\\b(?:negotiations|talks|negotiating|negotiated|agreement|agreed)${SP}(?:on|of)${SP}(?:the|a|an)${SP}(?:new${SP}|overall${SP}|broad${SP}|whole${SP})?)package${PACKAGE_TAIL}|(?<=\\b(?:the|a|an|The|A|An)${SP})package${SP}of${SP}(?:[\\p{L}\\d-]+${SP}){0,2}(?:agreements|accords|treaties)\\b`,
    'gu',
  ),
  /**
   * agreement.joint-statement-of: "the Joint Statement of the Foreign Ministers of Bangladesh and Myanmar of 1992",
   * "the Joint Declaration of the Heads of State of A and B": a joint text named by who issued it.
   */
  jointOf: new RegExp(
    `(?<=\\b(?:the|a|The|A)${SP})Joint${SP}(?:Statement|Declaration|Communiqu[eé])${SP}of${SP}the${SP}` +
      `${TITLE_WORD}(?:(?:${SP}(?:of|and|of${SP}the)${SP}|${SP})${TITLE_WORD})*(?:${SP}of${SP}(?:19|20)\\d\\d)?`,
    'gu',
  ),
};

/** agreement.quoted-title spans: quoted formal titles that open or close with an agreement head. */
export function quotedTitleSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(NEW9_PATTERNS.quotedTitle)) {
    const title = m[1]!;
    if (title.split(/\s+/).length < 2 || !NEW9_PATTERNS.headAtEdge.test(title)) continue;
    out.push({ surface: title, start: m.index + m[0].indexOf(title), rule: 'agreement.quoted-title' });
  }
  return out;
}

/** agreement.package and agreement.joint-statement-of spans. */
export function describedNew9Spans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(NEW9_PATTERNS.package))
    out.push({ surface: m[0], start: m.index, rule: 'agreement.package' });
  for (const m of text.matchAll(NEW9_PATTERNS.jointOf))
    out.push({ surface: m[0], start: m.index, rule: 'agreement.joint-statement-of' });
  return out;
}
