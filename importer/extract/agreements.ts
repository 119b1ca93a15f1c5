// Agreement name patterns: capitalised names ending in an agreement head ("Japan-Soviet Joint Declaration",
// "Memorandum of Principles", "Resolution 2254"), compounds with lowercase heads ("Japan-ROK agreement on the issue
// of comfort women"), lowercase agreements with a modifier ("2015 nuclear agreement", "peace treaty"), ceasefires
// with their place, and "the agreement reached in Singapore". Returns spans; events.ts turns them into entities.
import { AGREEMENT_DEED_OF_TRANSFER } from './rules-fl28a.ts';
import { treatyOrganisation } from './rules-ent23.ts';
import { titleCommaSeriesLink } from './rules-fl22b.ts';
import { titleCommaSeriesClosedLink, venueHeaded } from './rules-fl33a.ts';
import { countedMemorandaSpans } from './rules-fl18b.ts';
import { venueNamed } from './rules-fl14a.ts';
import { AGREEMENT_NO_PRAISE_ADJECTIVE } from './rules-fl28b.ts';
import { approvedListSpans } from './rules-fl14b.ts';
import { AGREEMENT_HEADS } from './lexicons.ts';
import { alt, anyFirstWord, matchAllInLines, matchesIf } from './text.ts';
import { describedAgreementSpans } from './agreement-described.ts';
import { quotedAgreementSpans } from './agreement-quoted.ts';
import { placeLowercaseSpans, withoutPlaceDate } from './rules-new6.ts';
import { withStackedHead, withTitleContinuation, withTitleList } from './rules-new7.ts';
import { describedNew9Spans, quotedTitleSpans } from './rules-new9.ts';
import { amendingProtocolSpans } from './rules-fl13b.ts';
import { amendingDescribedSpans } from './rules-fl27c.ts';
import { pluralListSpans } from './rules-fl13c.ts';
import { withoutPossessiveFragment } from './rules-fl17b.ts';
import {
  annexSpans,
  betweenOnSpans,
  councilResolutionSpans,
  headFirstLowercaseSpans,
  shiftedObjectSpans,
  withLowercaseComplement,
} from './rules-agr13.ts';
import {
  domesticPlan,
  splitJoinedTitle,
  verbObjectSpans,
  withoutMainClause,
  withTwoWordStateLead,
} from './rules-agr17.ts';
import {
  dropActionLead,
  earlierSameNameSpans,
  lowercaseSubjectSpans,
  toNegotiateSpans,
  withoutOpenPair,
  withTitleEnumerated,
} from './rules-flb10.ts';
import { top18AgreementSpans } from './rules-top18.ts';
import { bareJointDocumentSpans } from './rules-fl20b.ts';
import { appositiveOfNamed, builtOnSpans, describedHeadFirstSpans, withTitleStateList } from './rules-agr20.ts';
import { notAnInstrument } from './rules-agr24.ts';
import { titleParticiples } from './rules-fl26c.ts';
import { agr26AgreementSpans, withoutAgreement, withoutDatelineLead } from './rules-agr26.ts';
import { listedInstrumentSpans } from './rules-sgn27.ts';
import { ELIDED_PARTICLE } from './rules-fl29c-words.ts';

export interface Span {
  surface: string;
  start: number;
  rule: string;
}

const SP = '[^\\S\\n]+';
const CAPW = "(?:[\\p{Lu}\\d][\\p{L}\\d'’+-]*(?:\\.\\p{Lu}[\\p{L}\\d'’+-]*)*(?:(?<=\\p{Lu}\\.\\p{Lu})\\.)?)";
// (agr13) An en dash joins a pair as a hyphen does: "the EU–Egypt Joint Declaration".
const LINK = `(?:${SP}and${SP}|${SP}(?:of|on|for)${SP}(?:the${SP})?|${SP}|[^\\S\\n]*[-/–][^\\S\\n]*)`;
const HEADS = alt(AGREEMENT_HEADS);
const MULTI_HEADS = alt(AGREEMENT_HEADS.filter((h) => /\s/.test(h) && !/^Joint Statement$/.test(h)));
// (agr17) "… on the Establishment of a Bi-National Commission": "of a" joins capitalised words too.
const COMPLEMENT = `(?:${SP}(?:on|of)${SP}(?:the${SP})?\\p{Lu}[\\p{L}-]*(?:(?:${SP}(?:and|of|of${SP}(?:the|an?))${SP}|${SP})\\p{Lu}[\\p{L}-]*)*)?`;
const YEAR = `(?:${SP}\\d{4}(?:-\\d{2,4})?)?`;
// agreement.elided-particle (fl29c): "between the Republic of Côte d'Ivoire and …".
const BW = `${ELIDED_PARTICLE}\\p{Lu}[\\p{L}'’-]*`;
const BETWEEN = `(?:${SP}between${SP}(?:the${SP})?${BW}(?:(?:${SP}(?:of|for|and)${SP}|${SP})${BW})*?(?:,${SP}\\p{Lu}\\p{L}+,)?${SP}and${SP}(?:the${SP})?${BW}(?:(?:${SP}(?:of|for|and)${SP}|${SP})${BW})*(?:,${SP}\\p{Lu}\\p{L}+)?)?`;
const NAMED = new RegExp(
  `(?:\\b(?:19|20)\\d\\d${SP})?(?:${CAPW}(?:${LINK}${CAPW})*?(?:${SP}\\([A-Z]{2,}\\))?${SP}${HEADS}|(?:${CAPW}(?:${LINK}${CAPW})*?${SP})?${MULTI_HEADS})(?:${SP}(?:Cooperation${SP})?(?:Framework|Agreement|Treaty))?(?![\\p{L}])${COMPLEMENT}${YEAR}${BETWEEN}` +
    `|\\b(?:Resolution|UNSCR)${SP}\\d{3,4}|\\bNew START(?:${SP}Treaty)?|\\b[A-Z]{3,}${SP}Treaty`,
  'gu',
);
/**
 * A word every NAMED match holds (the first word of a head, "UNSCR", "START", "Treaty"): NAMED never crosses a line,
 * and runs only on the lines that hold one (matchAllInLines).
 */
const NAMED_WORDS = anyFirstWord([...AGREEMENT_HEADS, 'Resolution', 'UNSCR', 'START', 'Treaty']);
/** "MoU between Rashtriya Raksha University, India, and the National College …, Maldives on cooperation in …". */
const MOU = new RegExp(
  `\\b(?:MoU|MOU|Memorandum of Understanding)${SP}between${SP}(?:the${SP})?\\p{Lu}[^.;:()]*?(?:${SP}on${SP}[a-z][^.;:()]*)?(?=[.;:]|$)`,
  'gmu',
);
// agreement.deed-of-transfer (fl28a): "the deed of transfer of ownership", "a deed of cession".
const LOWER_HEAD = `(?:${AGREEMENT_DEED_OF_TRANSFER.head}|pact|package of measures|agreement in principle|statement of understanding|declaration of intent|letters? of intent|peace treaty|treaty|agreement|joint statement|declaration|memorandum of understanding|memorandum|accord|accession protocols?|protocols? of accession|joint communiqu[eé]s?|communiqu[eé]|consensus|arrangements?|deal|mechanism|framework agreement|framework)`;
const COMPOUND = new RegExp(
  `(?<![\\p{L}-])(?:\\p{Lu}[\\p{L}.]*[-–])+\\p{Lu}[\\p{L}.]*(?:${SP}(?:[a-z][a-z-]*|\\d+))*?${SP}${LOWER_HEAD}\\b(?:${SP}on${SP}(?:the${SP}issue${SP}of${SP}|the${SP})?(?:[a-z][a-z-]*${SP}){0,2}[a-z][a-z-]*|${SP}on${SP}\\p{Lu}\\p{L}+)?`,
  'gu',
);
/** (agr13) "a defence pact on Wednesday": a day or month after "on" is no subject of the agreement. */
const WEEKDAY_OR_MONTH =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b';
// (new9) No word before a head of two words ("A joint statement was issued"), and a head ending in "é" (communiqué).
const LOWER = new RegExp(
  `\\b((?:(?:[a-z][a-z-]*|\\d{4})${SP}){0,5})(${LOWER_HEAD})(?![\\p{L}\\d])(?:${SP}on${SP}(?:the${SP})?(?!${WEEKDAY_OR_MONTH})\\p{Lu}[\\p{L}-]*(?:${SP}(?!${WEEKDAY_OR_MONTH})\\p{Lu}[\\p{L}-]*)*)?`,
  'gu',
);
/** What every match of LOWER holds, on one line (`matchAllInLines`): its head's first word. */
const LOWER_LINE = new RegExp(
  `${AGREEMENT_DEED_OF_TRANSFER.lineWord}|pact|package|agreement|statement|declaration|letter|peace|treaty|joint|memorandum|accord|accession|protocol|communiqu|consensus|arrangement|deal|mechanism|framework`,
);
const CEASEFIRE = new RegExp(
  `\\b(?:ceasefire|cease-fire|truce|cessation${SP}of${SP}hostilities)(?:${SP}(?:in|on|for|across)${SP}(?:the${SP})?(?:city${SP}of${SP})?(?:[a-z]+${SP})?\\p{Lu}\\p{L}+)`,
  'gu',
);
const REACHED = new RegExp(
  `\\b(?:agreement|consensus|understanding)${SP}reached${SP}(?:in${SP}\\p{Lu}\\p{L}+|by${SP}the${SP}two${SP}(?:heads${SP}of${SP}state|leaders|sides|presidents|governments))`,
  'gu',
);
/** Words that never modify an agreement's name ("the recent agreement", "reached agreement"). */
const STOP = new Set(
  'the a an this that these those its their his her our your such any recent on of in to with by for at was were is are be been reached signed concluded both all which said under further last next will would could should may might has have had not no as from into between among other same also including new whose what who previous earlier latest first second it they each every'.split(
    ' ',
  ),
);
const VAGUE = new Set(
  'great good formal future possible final broad overall wider whole full general basic initial separate mutually acceptable satisfactory bilateral single'.split(
    ' ',
  ),
);
const VERBS = new Set(
  'found find finds ink inks inked seal seals sealed secure secures secured strike strikes endorse endorsed enforce enforced sign signs reach reaches conclude implement implementing negotiate negotiating support supports welcome welcomed adopt adopted respect respecting honour honor uphold violate violated since toward towards regarding concerning about over achieve achieved seek seeking pursue build make makes made making take takes took taking put puts give gives gave work working and'.split(
    ' ',
  ),
);

/** "than any other New Zealand trade deal": a class of agreements, not one. */
const CLASS_BEFORE = /\b(?:any|other|every|each|no|all)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/** "its domestic treaty and legislative processes", "treaty obligations": the head modifies a noun after it. */
const HEAD_AS_MODIFIER =
  /^\s+(?:and\s+[a-z]+\s+)?(?:process(?:es)?|procedures?|obligations?|commitments?|provisions?|partners?|rights?|bod(?:y|ies)|law|making)\b/;

/** Splits "CETA and Strategic Partnership Agreement" (an acronym, then another name) at "and". */
function dropAcronymLead(surface: string, start: number): { surface: string; start: number } {
  const m = /^(?:[A-Z]{2,}|\([A-Z]{2,}\))\s+and\s+(?:the\s+)?/.exec(surface) ?? EVENT_LEAD.exec(surface);
  // agreement.not-action-lead / agreement.not-verb-lead (flb10).
  if (!m) return dropActionLead(surface, start);
  return dropActionLead(surface.slice(m[0].length), start + m[0].length);
}

/**
 * Rule agreement.not-event-lead: "Outcome of the 1st Meeting on the 12th ROK-US Special Measures Agreement": a headline
 * naming a meeting on an agreement; the agreement's name starts after the meeting's "on the".
 */
const EVENT_LEAD =
  /^(?:[\p{L}\d'’-]+\s+){0,6}?(?:Meeting|Round|Session|Talks|Negotiations|Summit|Consultations|Dialogue)\s+(?:on|of|for)\s+(?:the\s+)?(?=\S)/u;

/** "released a document entitled "Regarding Discussions toward …"": a quoted title of an outcome document. */
const TITLED = new RegExp(
  `\\b(?:document|joint${SP}statement|statement|declaration|communiqu[eé]|vision|road${SP}?map|action${SP}plan|framework)(?:${SP}(?:entitled|titled|called|named))?,?${SP}["“]([^"”\\n]{6,160}?)[,.]?["”]`,
  'giu',
);
/** "the "Mutually Beneficial Relationship …," which he agreed upon": a quoted name of something agreed. */
const QUOTED_AGREED = new RegExp(
  `["“](\\p{Lu}[^"”\\n]{10,120}?)[,.]?["”],?${SP}which${SP}(?:[\\p{L}]+${SP}){0,3}(?:agreed|signed|adopted|concluded|endorsed)\\b`,
  'gu',
);
/** Trigger words of the whole-text agreement patterns below: every match holds one (`mayMatch`). */
const AGREEMENT_NEEDS = { ceasefire: ['ceasefire', 'cease-fire', 'truce', 'cessation'], documents: ['documents'] };
/** "the four political documents between the two countries": a numbered set of founding documents. */
const DOCUMENTS = new RegExp(
  `\\b(?:two|three|four|five|six)${SP}(?:basic|political|fundamental|founding|key)${SP}documents\\b`,
  'gu',
);
/**
 * "the declaration signed by Prime Ministers Howard and Abe in 2007", "the agreement concluded in Minsk in February
 * 2015": an earlier agreement the text describes by its signing and year instead of naming it.
 */
const DESCRIBED = new RegExp(
  `\\b(?:the|an?)${SP}((?:joint${SP})?(?:declaration|agreement|treaty|memorandum(?:${SP}of${SP}understanding)?|statement|accord|communiqu[eé]|charter|arrangement)${SP}(?:signed|concluded|adopted|agreed|issued|reached)(?:${SP}by${SP}[^.;:()\\n]{1,80}?)?(?:${SP}in${SP}\\p{Lu}\\p{L}+)?${SP}(?:in|on)${SP}(?:(?:\\d{1,2}${SP})?\\p{Lu}\\p{Ll}+${SP}(?:\\d{1,2},?${SP})?)?(?:19|20)\\d\\d)\\b`,
  'gu',
);

/**
 * (Also "facilitated the Black Sea Grain Initiative", "the route established under the …", "the ten elements of the …".)
 * "the India-Middle East-Europe Economic Corridor announced at the G20 Leaders' Summit", "signed the Critical Minerals
 * Partnership", "the Black Sea Grain Initiative had to be implemented": an initiative, corridor, partnership, roadmap
 * or plan counts as an agreement only when the text says it was adopted, announced, signed or implemented.
 */
const SOFT_NAMED = new RegExp(
  `(?:\\b(?:19|20)\\d\\d${SP})?(?:${CAPW}(?:${LINK}${CAPW})*?${SP})?(?:Corridor|Initiative|Partnership|Roadmap|Road${SP}Map|Plan|Compact|Programme)(?:${SP}(?:Corridor|Initiative|Roadmap|Plan|Compact|Programme))*(?![\\p{L}])`,
  'gu',
);
/** SOFT_NAMED never crosses a line and holds one of these words (matchAllInLines). */
const SOFT_WORDS = anyFirstWord('Corridor Initiative Partnership Roadmap Road Plan Compact Programme'.split(' '));
const SOFT_BEFORE =
  /\b(?:withdr(?:ew|awn|awing|aw|aws)\s+from|pull(?:ed|ing|s)?\s+out\s+of|(?:suspend(?:ed|ing|s)?|end(?:ed|ing|s)?)\s+(?:its|their)\s+participation\s+in|signed|signing\s+of|signature\s+of|known\s+as|adopted|launched|announced|unveiled|endorsed|concluded|implement(?:ing|ed)?|implementation\s+of|extend(?:ed|ing)?|extension\s+of|renew(?:ed|al\s+of)?|facilitated|brokered|mediated|(?:established|set\s+up|agreed)\s+under|(?:elements|terms|provisions)\s+of)\s+(?:the|a|an)\s+(?:new\s+)?$/;
const SOFT_AFTER =
  /^,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|had\s+to\s+be|must\s+be|will\s+be)\s+)?(?:signed|adopted|launched|announced|unveiled|endorsed|concluded|implemented|extended|renewed)\b/;

/**
 * "the Agreement on Cooperation in the Field of Inland Navigation between Austria and Poland", "Protocol for the
 * Strengthening of Cooperation in Migration Matters": a formal title that opens with its head, then capitalised
 * complements joined by of / on / for / through / between / in / and.
 */
const TITLE_WORD =
  '(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)' +
  ELIDED_PARTICLE +
  "[\\p{Lu}\\d](?:[\\p{L}\\d'’/-]|\\.(?=[\\p{Lu}-]))*(?:(?<=\\p{Lu}\\.\\p{Lu})\\.)?";
/** "the Jakarta Flight Information Region (FIR) and the Singapore FIR": an acronym defined inside a formal title. */
const ACRO = `(?:${SP}\\([A-Z]{2,6}\\)(?=${SP}(?:and|of|for|on|in)${SP}))?`;
/** The capitalised complements of a head-first title: " on the Safe Transportation of Grain and Foodstuffs from …". */
// agreement.title-case-connector (fl14a): "Treaty Concerning the Permanent Neutrality …", capitalised in a title.
// agreement.title-article (agr20): "Treaty on a Nuclear-Weapon-Free Zone …", "Agreement Establishing the African …".
// agreement.title-comma-series (rules-fl22b.ts): "on the Development, Management, Operation and Maintenance of …".
// agreement.title-comma-series-closed (rules-fl33a.ts): "on the Bilateral, National and Temporary Ceasefire".
const COMMA_SERIES = `(?:${titleCommaSeriesLink(TITLE_WORD, SP)}|${titleCommaSeriesClosedLink(TITLE_WORD, SP)})`;
// agreement.title-participle (fl26c): "the Treaty establishing the Confederation of …", lowercase participles too.
const TITLE_TAIL = `(?:${SP}(?:on|of|for|through|between|concerning|regarding|in|to|against|Concerning|Regarding|Establishing|Amending|${titleParticiples(SP)})${SP}(?:(?:the|an?)${SP})?${TITLE_WORD}(?:(?:${SP}(?:of|and|for|in|on|the|de|to|from)${SP}(?:(?:the|an?)${SP})?|${SP}|${COMMA_SERIES})${TITLE_WORD}${ACRO})*)+`;
const HEAD_FIRST_BODY = `(?:Agreement|Treaty|Guidelines(?=${SP}(?:for|on|of)${SP})|Package${SP}of${SP}Measures|Code${SP}of${SP}Conduct|Exchange${SP}of${SP}(?:Letters|Notes)|Convention|Protocol|Memorandum${SP}of${SP}Understanding|Memorandum|Joint${SP}(?:Statement|Declaration)(?=${SP}between${SP})|Declaration|Accord|Charter|Arrangement)${TITLE_TAIL}`;
/**
 * Rule agreement.soft-head-first: "the signing of the Initiative on the Safe Transportation of Grain and Foodstuffs from
 * Ukrainian Ports": an initiative, partnership, roadmap or plan titled head first, counted (as SOFT_NAMED) only when
 * the text says it was signed, adopted or implemented. The article is looked behind from after the head: a lookbehind
 * first would be tried at every position of the text.
 */
const SOFT_HEAD = '(?:Initiative|Partnership|Roadmap|Compact|Programme|Plan)';
const SOFT_HEAD_FIRST = new RegExp(`${SOFT_HEAD}(?<=\\b(?:the|a|an|The|A|An)${SP}${SOFT_HEAD})${TITLE_TAIL}`, 'gu');
/** HEAD_FIRST and LISTED_TITLE never cross a line and hold one of these words (matchAllInLines). */
const HEAD_FIRST_WORDS =
  /Agreement|Treaty|Guidelines|Package|Code|Exchange|Convention|Protocol|Memorandum|Joint|Declaration|Accord|Charter|Arrangement/;
// (agr17) "signed a new Agreement on Defence Cooperation": one modifier of novelty or kind may stand between.
const HEAD_FIRST = new RegExp(
  `(?<=\\b(?:the|a|an|The|A|An)${SP}(?:(?:new|revised|updated|amended|bilateral|landmark|historic)${SP})?)${HEAD_FIRST_BODY}`,
  'gu',
);
/**
 * Rule agreement.listed-title (agr13): "- Agreement between the Republic of Kazakhstan and the Republic of Uzbekistan on
 * the Demarcation of …": a head-first title that opens a line (an item of a list of signed documents), after a bullet
 * or a number if any.
 */
const LISTED_TITLE = new RegExp(
  `(?<=^[^\\S\\n]*(?:(?:[-•*·–]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)])[^\\S\\n]*)?)${HEAD_FIRST_BODY}`,
  'gmu',
);
/**
 * "the Treaty of Friendship between Austria and Poland: Protocol on Border Crossings": a title continued after a colon
 * by a second formal title (head first, or capitalised words ending in a head) that closes the phrase.
 */
const COLON_TAIL = new RegExp(
  `^:${SP}(?:${HEAD_FIRST_BODY}|${CAPW}(?:${LINK}${CAPW})*?${SP}${HEADS}(?![\\p{L}]))(?=[.;,)]|\\n|${SP}(?:and|which|that|was|were|signed|adopted|concluded)\\b|$)`,
  'u',
);

/**
 * agreement.coordinated-titles (new9): "the Agreement on the Free Movement of Persons of 1999 and the Land Transport
 * Agreement": the second title, after "and the", is capitalised words closed by a head at the end of the span.
 */
const COORDINATED_HEAD_LAST = `(?:${CAPW}${SP}){1,5}(?:${HEADS})(?:${SP}between${SP}.+)?$`;

/**
 * agreement.coordinated-titles: "the Protocol on X between A and B and the Protocol on Y between A and B" are two
 * head-first titles joined by "and", not one; so are "a Memorandum on X and an Agreement on Y" (fl14b).
 */
const COORDINATED_HEAD = new RegExp(
  `${SP}and${SP}(?:(?:the|an?)${SP})?(?=(?:Agreement|Treaty|Convention|Protocol|Memorandum|Declaration|Accord|Charter|Arrangement)${SP}(?:on|of|for|between|concerning|regarding)${SP}|${COORDINATED_HEAD_LAST})`,
  'gu',
);

/** A head-first title split where "and (the)" starts a second one. */
function splitCoordinated(surface: string, start: number): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  let from = 0;
  for (const m of surface.matchAll(COORDINATED_HEAD)) {
    out.push({ surface: surface.slice(from, m.index), start: start + from });
    from = m.index + m[0].length;
  }
  out.push({ surface: surface.slice(from), start: start + from });
  return out;
}

/** A named span, continued over a colon when a second formal title follows (agreement.named). */
function withColonTail(text: string, span: { surface: string; start: number }): { surface: string; start: number } {
  const tail = COLON_TAIL.exec(text.slice(span.start + span.surface.length, span.start + span.surface.length + 200));
  return tail ? { surface: span.surface + tail[0], start: span.start } : span;
}

/** The capitalised titles (agreement.named): head-first titles, and names ending in a head that none of them holds. */
function namedSpans(text: string): Span[] {
  // "Package of Measures for the Implementation of …": a head-first title wins over its own head alone.
  const headFirst = [
    ...matchAllInLines(text, HEAD_FIRST, HEAD_FIRST_WORDS),
    ...matchAllInLines(text, LISTED_TITLE, HEAD_FIRST_WORDS),
  ]
    .flatMap((m) => splitCoordinated(m[0], m.index))
    .map(withoutPlaceDate);
  const named: Span[] = [];
  for (const m of matchAllInLines(text, NAMED, NAMED_WORDS))
    if (
      !headFirst.some((h) => h.start <= m.index && h.start + h.surface.length > m.index + m[0].length) &&
      // "the Treaty on Measures for … Arms (New START)": the short name in brackets is that title's (agreement.acronym).
      !headFirst.some((h) => /^\s*\($/.test(text.slice(h.start + h.surface.length, m.index))) &&
      // "The Agreement for Lasting Peace in the North …": a sentence's "The" before a head-first title read whole.
      !headFirst.some((h) => h.start === m.index + (/^(?:The|A|An)\s+/.exec(m[0])?.[0].length ?? -1))
    )
      named.push({
        ...withTitleEnumerated(
          text,
          withTitleList(
            text,
            withColonTail(
              text,
              withoutOpenPair(
                text,
                withoutPlaceDate(withTitleContinuation(text, withStackedHead(text, dropAcronymLead(m[0], m.index)))),
              ),
            ),
          ),
        ),
        rule: 'agreement.named',
      });
  // "the Defence Cooperation Agreement (DCA)": a closing acronym is the title's short form, not part of it.
  for (const h of headFirst)
    named.push({
      ...withTitleEnumerated(
        text,
        withTitleList(
          text,
          withColonTail(text, { surface: h.surface.replace(/[^\S\n]+\([A-Z]{2,6}\)$/, ''), start: h.start }),
        ),
      ),
      rule: 'agreement.named',
    });
  return named;
}

/** Rule agreement.lowercase: a lowercase head with its modifiers ("the new trade agreement"), stop words and verbs left out. */
function lowercaseHeadSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matchAllInLines(text, LOWER, LOWER_LINE)) {
    const words = m[1]!.trim().split(/\s+/);
    let i = words.length;
    // Rule agreement.no-praise-adjective (rules-fl28b.ts): "the historic boundary treaty" is the boundary treaty.
    while (i > 0 && !STOP.has(words[i - 1]!) && !AGREEMENT_NO_PRAISE_ADJECTIVE.words.has(words[i - 1]!)) i--;
    let mods = words.slice(i);
    const v = mods.findLastIndex((w) => VERBS.has(w) && w !== 'and');
    if (v >= 0) mods = mods.slice(v + 1);
    while (mods[0] === 'and') mods = mods.slice(1);
    // agreement.not-possessive-fragment (fl17b): "today's agreement" has no "s agreement".
    const from = m.index + m[0].length - [...mods, m[0].slice(m[1]!.length)].join(' ').length;
    mods = withoutPossessiveFragment(mods, text.slice(Math.max(0, from - 1), from));
    const multiHead = /\s/.test(m[2]!);
    if ((!mods.length && !multiHead) || (mods.length && mods.every((w) => VAGUE.has(w)))) continue;
    const surface = [...mods, m[0].slice(m[1]!.length)].join(' ');
    const [start, end] = [m.index + m[0].length - surface.length, m.index + m[0].length];
    if (
      CLASS_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
      HEAD_AS_MODIFIER.test(text.slice(end, end + 40))
    )
      continue;
    out.push({ surface, start, rule: 'agreement.lowercase' });
  }
  return out;
}

/** Every agreement name span in `text`, most specific patterns first. */
export function agreementSpans(text: string): Span[] {
  const out: Span[] = [...quotedTitleSpans(text), ...lowercaseSubjectSpans(text).map(withoutPlaceDate)];
  for (const m of matchAllInLines(text, QUOTED_AGREED, /["“]/))
    out.push({ surface: m[1]!, start: m.index + m[0].indexOf(m[1]!), rule: 'agreement.titled' });
  for (const m of matchesIf(text, DOCUMENTS, AGREEMENT_NEEDS.documents))
    out.push({ surface: m[0], start: m.index, rule: 'agreement.documents' });
  for (const m of matchAllInLines(text, TITLED, /["“]/))
    if (/^\p{Lu}/u.test(m[1]!))
      out.push({ surface: m[1]!, start: m.index + m[0].indexOf(m[1]!), rule: 'agreement.titled' });
  for (const m of text.matchAll(MOU))
    out.push({
      ...withoutMainClause({ surface: m[0].replace(/[\s,]+$/, ''), start: m.index }),
      rule: 'agreement.mou',
    });
  // agreement.lowercase-complement (agr13): "a Memorandum of Understanding on a strategic … partnership".
  const named = namedSpans(text)
    .map((x) => withLowercaseComplement(text, x))
    .flatMap(splitJoinedTitle)
    .map((x) => withTitleStateList(text, x)); // agreement.title-state-list (agr20)
  // In text order, so that a title's bracketed short name marks its later mentions before they name anything else.
  out.push(...named.sort((a, b) => a.start - b.start));
  // agreement.earlier-same-name (flb10): after the titles, so that the title it shares is known.
  out.push(...earlierSameNameSpans(text));
  // agreement.compound (agr20): an en dash joins the pair as a hyphen does ("the EU–Mercosur agreement").
  for (const m of matchAllInLines(text, COMPOUND, /[-–]\p{Lu}/u)) {
    // "El-Sisi underlined that the agreement …": a clause, not a name; the lowercase words modify the head.
    const mids = m[0]
      .slice(0, m[0].search(new RegExp(`${SP}${LOWER_HEAD}\\b`, 'u')))
      .split(/\s+/)
      .slice(1);
    if (mids.some((w) => STOP.has(w) || (VERBS.has(w) && w !== 'and') || /^[a-z]+ed$/.test(w))) continue;
    out.push(withTwoWordStateLead(text, { surface: m[0], start: m.index, rule: 'agreement.compound' }));
  }
  for (const m of text.matchAll(REACHED)) out.push({ surface: m[0], start: m.index, rule: 'agreement.reached' });
  out.push(...amendingProtocolSpans(text), ...pluralListSpans(text));
  out.push(...betweenOnSpans(text), ...top18AgreementSpans(text));
  out.push(...bareJointDocumentSpans(text)); // agreement.bare-joint-document (fl20b)
  out.push(...describedAgreementSpans(text).map(withoutPlaceDate));
  out.push(...shiftedObjectSpans(text), ...councilResolutionSpans(text));
  out.push(...headFirstLowercaseSpans(text), ...annexSpans(text));
  // agreement.lowercase-built-on, agreement.lowercase-base, agreement.described-head-first (agr20).
  out.push(...builtOnSpans(text), ...describedHeadFirstSpans(text));
  out.push(...amendingDescribedSpans(text)); // agreement.amending-described (fl27c)
  out.push(...quotedAgreementSpans(text));
  out.push(...describedNew9Spans(text));
  out.push(...toNegotiateSpans(text), ...agr26AgreementSpans(text)); // agreement.definite-description, to-extend (agr26)
  out.push(...listedInstrumentSpans(text)); // agreement.listed-instruments (sgn27)
  out.push(...placeLowercaseSpans(text));
  out.push(...approvedListSpans(text));
  out.push(...countedMemorandaSpans(text)); // agreement.counted-memoranda (fl18b)
  for (const m of text.matchAll(SOFT_HEAD_FIRST))
    if (SOFT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      out.push({ surface: m[0], start: m.index, rule: 'agreement.soft-head-first' });
  for (const m of matchAllInLines(text, SOFT_NAMED, SOFT_WORDS)) {
    // A relationship's label is no agreement: "elevated ties to a Comprehensive Strategic Partnership".
    if (m[0].split(/\s+/).length < 2 || /\bStrategic\s+Partnership$/.test(m[0])) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (SOFT_BEFORE.test(before) || SOFT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50)))
      out.push({ surface: m[0], start: m.index, rule: 'agreement.adopted-initiative' });
  }
  for (const m of text.matchAll(DESCRIBED))
    out.push({ surface: m[1]!, start: m.index + m[0].indexOf(m[1]!), rule: 'agreement.described' });
  for (const m of matchesIf(text, CEASEFIRE, AGREEMENT_NEEDS.ceasefire))
    out.push({ surface: m[0], start: m.index, rule: 'agreement.ceasefire' });
  out.push(...lowercaseHeadSpans(text));
  out.push(...verbObjectSpans(text, out));
  // agreement.venue-name (fl14a): "the Julius Nyerere International Convention Centre" is a building.
  // agreement.not-appositive (agr20): "the Helsinki Treaty, the 1962 agreement between …" is the named one again.
  return out.map(withoutDatelineLead).filter(
    (x) =>
      !withoutAgreement(x) && // agreement.not-without (agr26)
      !venueNamed(text, x) &&
      !venueHeaded(text, x) && // agreement.venue-headed (fl33a): "the El Laguito Protocol Hall"
      !domesticPlan(x.surface) &&
      !treatyOrganisation(text, x) && // agreement.treaty-organisation (ent23)
      !notAnInstrument(text, x) && // agreement.not-consent, agreement.not-unilateral (agr24)
      !(x.rule === 'agreement.lowercase' && appositiveOfNamed(text, x, named)),
  );
}

/** "(CETA)" right after a name: the acronym and its other occurrences are mentions of that name. */
export function acronymAfter(text: string, end: number): { acronym: string; starts: number[] } | undefined {
  const m = /^\s*\(((?:New\s+)?[A-Z][A-Za-z]{1,8})\)/.exec(text.slice(end, end + 18));
  if (!m) return undefined;
  const acronym = m[1]!;
  const starts = [...text.matchAll(new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'gu'))].map((x) => x.index);
  return { acronym, starts };
}
