// Agreements named by what they settle: "reached agreement on the disengagement of forces in the areas of A and B",
// "reached an agreement in principle on energy trade", "adopted a Joint Statement on the elevation of the
// relationship". The subject is a noun phrase read word by word (lowercase nouns joined by of / in / for / and, a
// capitalised place only after such a link); it ends at the first verb, pronoun or clause word, so that no verb
// phrase becomes part of an agreement's name ("reached agreement on how to proceed" names nothing).
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicons.ts';
import { AGREEMENT_SUBJECT_BEHALF_STOP } from './rules-fl28b.ts';

/** A name span (the shape agreements.ts returns). */
export interface DescribedSpan {
  surface: string;
  start: number;
  rule: string;
}

/** Links inside a subject: "the disengagement of forces and hardware in the areas of Zolote and Petrivske". */
const LINKS = new Set(['of', 'in', 'for', 'and', 'the', 'between', 'on', 'at', 'to', 'with']);
/** Links after which a capitalised name may follow: "in the areas of Zolote and Petrivske", "between A and B". */
const NAME_AFTER = new Set(['of', 'in', 'and', 'the', 'between', 'at', 'with']);
/** Words that end a subject: pronouns, determiners other than "the", clause and modal words, verbs. */
const ENDS = new Set(
  'a an this that these those its their his her our your such any which who whom whose what how when where whether while as by from into was were is are be been being will would could should may might can must shall has have had not no it they he she we also including within without under over after before during since until so but or nor if than then both each all other'.split(
    ' ',
  ),
);
/** rule agreement.subject-bounds: a time word ("last year", "today") or a person's title ("with President X") ends a
 * subject. */
// Rule agreement.subject-behalf-stop (rules-fl28b.ts): "on behalf of", "respectively".
const SUBJECT_STOPS = new Set([
  'last',
  'today',
  'yesterday',
  'tomorrow',
  'earlier',
  ...AGREEMENT_SUBJECT_BEHALF_STOP.words,
]);
const TITLE_FIRST = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS].map((t) => t.split(/[\s-]/)[0]!));
const VERBISH = /^(?:[a-z]{3,}ed|[a-z]{2,}ing|tasked|agreed|signed|reached|called|urged|said|made|took|gave)$/;
/** "-ing" nouns a subject may hold without "the" before them ("the opening of" is a noun anyway): "the filling and
 * operation of the dam", "funding of the mechanism". */
const ING_NOUNS = new Set([
  'filling',
  'funding',
  'financing',
  'building',
  'training',
  'shipping',
  'fishing',
  'housing',
]);
const WORD = /^[\p{L}\d][\p{L}\d'’-]*/u;

/**
 * The end of the subject noun phrase that opens at `at` (after "on "), or `at` when none: lowercase words (no verb,
 * pronoun or clause word), capitalised names only after a link, at most `max` words, trailing links dropped.
 */
export function subjectEnd(text: string, at: number, max = 14, prev0 = ''): number {
  let i = at;
  let end = at;
  let prev = prev0;
  let content = 0;
  for (let n = 0; n < max; n++) {
    const m = WORD.exec(text.slice(i));
    if (!m) break;
    const w = m[0];
    const lower = w.toLowerCase();
    const capital = /^\p{Lu}/u.test(w);
    if (capital ? !(NAME_AFTER.has(prev) || /^\p{Lu}/u.test(prev)) || ENDS.has(lower) : ENDS.has(w)) break;
    if (SUBJECT_STOPS.has(w) || (capital && TITLE_FIRST.has(w))) break;
    // "an agreement on implementing the X": a gerund may open the subject, never go on with it.
    const opening = i === at && /^[a-z]{3,}ing$/.test(w);
    if (
      !capital &&
      !LINKS.has(w) &&
      VERBISH.test(w) &&
      !ING_NOUNS.has(w) &&
      !(prev === 'the' && /ing$/.test(w)) &&
      !opening
    )
      break;
    i += w.length;
    if (!LINKS.has(w)) {
      end = i;
      content++;
    }
    prev = w;
    const gap = /^[^\S\n]+/.exec(text.slice(i));
    if (!gap) break;
    i += gap[0].length;
  }
  return content ? end : at;
}

/** "reached (an) agreement (in principle) on": an agreement named by its subject after these words. */
const REACHED_ON =
  /\b(?:reached|concluded|struck|arrived\s+at|signed|initialled|inked|(?:to|will|would|shall)[^\S\n]+(?:sign|conclude|initial))(?:,[^,.;\n]{1,80},)?[^\S\n]+(?:(?:an|a|the|their)[^\S\n]+)?(?:(?:broad|general|preliminary|initial|full|final)[^\S\n]+)?((?:agreement(?:[^\S\n]+in[^\S\n]+principle)?|memorandum(?:[^\S\n]+of[^\S\n]+understanding)?|accord|arrangement)[^\S\n]+on[^\S\n]+)(?!how\b|what\b|whether\b|when\b|behalf\b)/gu;
/** "agreement in principle on", named wherever it stands: "an agreement in principle on energy trade was reached". */
const IN_PRINCIPLE_ON = /\b(agreement[^\S\n]+in[^\S\n]+principle[^\S\n]+on[^\S\n]+)/gu;
/** "issued a Joint Statement on the elevation of the relationship": a statement named by its lowercase subject. */
// agreement.on-topic-not-behalf (fl27b): "signed the Declaration on behalf of the thirty-four Heads": "on behalf of"
// names a principal, never a subject.
const STATEMENT_ON =
  /\b((?:[Jj]oint[^\S\n]+)?(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])[^\S\n]+on[^\S\n]+)(?=(?:the[^\S\n]+)?[a-z])(?!behalf\b)/gu;

/**
 * "the agreement reached by Prime Minister A and President B at their meeting in Singapore": an agreement named by
 * who reached it (and where), cut before the event it was reached at, which is named on its own.
 */
const REACHED_BY =
  /\b(?:agreement|consensus|understanding)[^\S\n]+reached[^\S\n]+by[^\S\n]+(?!the[^\S\n]+two\b)\p{Lu}[^.;:()\n]{2,90}?(?=[^\S\n]+(?:at|during|on[^\S\n]+the[^\S\n]+occasion|to|which|that|last|this|in[^\S\n]+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b|[.;:,)]|$)/gmu;

/** A ceasefire, with the lowercase words that qualify it: "an immediate and unconditional ceasefire". */
const CEASEFIRE_TOLD =
  /\b(?:(?:an?|the|their)[^\S\n]+)?((?:(?:immediate|unconditional|comprehensive|complete|full|general|nationwide|humanitarian|temporary|permanent|durable|lasting|stable|and)[^\S\n]+){0,4}(?:ceasefire|cease-fire|truce|cessation[^\S\n]+of[^\S\n]+hostilities))\b(?![^\S\n]+(?:in|on|for|across)[^\S\n]+(?:the[^\S\n]+)?(?:city[^\S\n]+of[^\S\n]+)?(?:[a-z]+[^\S\n]+)?\p{Lu})/gu;
/** What tells a ceasefire as an agreement reached, to be reached or carried out (the words before it). */
const CEASEFIRE_CUE_BEFORE =
  /\b(?:reach(?:ed)?|agreed?\s+(?:to|on|upon)|agreement\s+on|implement(?:ed|ing)?|implementation(?:\s*,\s*[a-z]+)*(?:\s+and\s+[a-z]+)?\s+of|verif(?:y|ied|ying|ication\s+of)|report(?:ing)?\s+(?:of|on)|conditions\s+for|terms\s+of|negotiat\w*\s+(?:on|for|of|towards?)|towards?|brokered|compliance\s+with|violations?\s+of|respect\s+(?:for|of)|monitor\w*)\s+(?:(?:the|a|an|their)\s+)?$/;
/** … or the words after it: "a ceasefire should be reached", "the ceasefire agreed on Monday". */
const CEASEFIRE_CUE_AFTER =
  /^\s+(?:(?:should|must|would|could|will|to)\s+be\s+|(?:was|were|has\s+been|had\s+been|is)\s+)?(?:reached|agreed|concluded|brokered|signed|implemented|declared\s+by\s+both)\b/;
/** "both sides reached a common understanding as follows:" then a lettered list: each item is part of what was reached. */
const REACHED_LIST = /\b(?:reached|agreed)\b[^.\n]*\b(?:as\s+follows|the\s+following)\s*:\s*\n[^]*$/;

/** agreement.ceasefire-told: a ceasefire the text tells as reached, agreed, negotiated or carried out. */
function ceasefireSpans(text: string): DescribedSpan[] {
  const out: DescribedSpan[] = [];
  for (const m of text.matchAll(CEASEFIRE_TOLD)) {
    const start = m.index + m[0].length - m[1]!.length;
    const before = text.slice(Math.max(0, start - 60), start);
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const listed =
      /^\s*\(?(?:[a-z]|[ivx]+|\d+)[.)]\s+(?:(?:an?|the)\s+)?$/.test(text.slice(lineStart, start)) &&
      REACHED_LIST.test(text.slice(Math.max(0, lineStart - 400), lineStart));
    if (listed || CEASEFIRE_CUE_BEFORE.test(before) || CEASEFIRE_CUE_AFTER.test(text.slice(m.index + m[0].length)))
      out.push({ surface: m[1]!, start, rule: 'agreement.ceasefire-told' });
  }
  return out;
}

/**
 * "signed an agreement associating New Zealand with Horizon Europe": an agreement named by what it does (a participle
 * and its object, a name allowed right after the participle).
 */
const DOING =
  /\b(?:signed|concluded|reached|struck|initialled|adopted)[^\S\n]+(?:an|a|the)[^\S\n]+((?:agreement|memorandum|arrangement|accord|treaty|protocol)[^\S\n]+(?:associating|establishing|creating|extending|setting[^\S\n]+up|providing[^\S\n]+for|allowing|governing|covering|regulating|granting|enabling|opening|admitting)[^\S\n]+)/gu;

/** Spans of agreements named by their subject (rules agreement.reached-on, agreement.in-principle, agreement.reached-by,
 * agreement.on-topic, agreement.doing, agreement.ceasefire-told). */
export function describedAgreementSpans(text: string): DescribedSpan[] {
  const out: DescribedSpan[] = [];
  const push = (start: number, headEnd: number, rule: string) => {
    const end = subjectEnd(text, headEnd);
    if (end > headEnd) out.push({ surface: text.slice(start, end), start, rule });
  };
  for (const m of text.matchAll(REACHED_ON)) {
    const start = m.index + m[0].length - m[1]!.length;
    push(start, m.index + m[0].length, /principle/.test(m[1]!) ? 'agreement.in-principle' : 'agreement.reached-on');
  }
  for (const m of text.matchAll(IN_PRINCIPLE_ON)) push(m.index, m.index + m[0].length, 'agreement.in-principle');
  for (const m of text.matchAll(REACHED_BY)) out.push({ surface: m[0], start: m.index, rule: 'agreement.reached-by' });
  for (const m of text.matchAll(STATEMENT_ON)) push(m.index, m.index + m[0].length, 'agreement.on-topic');
  for (const m of text.matchAll(DOING)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = subjectEnd(text, m.index + m[0].length, 14, 'of');
    if (end > m.index + m[0].length) out.push({ surface: text.slice(start, end), start, rule: 'agreement.doing' });
  }
  out.push(...ceasefireSpans(text));
  return out;
}
