// Person mentions with their titles: honorific + name ("H.E. Mr. MOTEGI Toshimitsu"), title + name
// ("Foreign Minister Wang Yi"), name + apposition ("Donald Tusk, President of the European Council"),
// bare full names, "as <title>" attachments, and bare titles ("the Prime Minister") for coreference.
import { titleSeriesItem } from './rules-fl33a.ts';
import { ownerAcronymLength } from './rules-fl28a.ts';
import { andChainedTitles, asTitleOfClauseSubject, OFFICE_AND_CHAINED_TITLES } from './rules-fl29a.ts';
import { agreementSubjectAt } from './rules-fl20a.ts';
import { rankAfterTitle } from './rules-fl19a.ts';
import { PERSON_INSIDE_PARTICLE_NAME, postNominalsLength } from './rules-fl15c.ts';
import type { Sentence } from '../types.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { hitsOverlapping } from './hit-index.ts';
import { findPluralTitlePairs } from './plural-people.ts';
import { lowerTitleAfterNone, parseTitleAt, titleStarts, type TitleParse } from './titles.ts';
import { STATES } from './states.ts';
import { designatingBody, OFFICE_DESIGNATED_BY_BODY, roleAfterAs } from './rules-fl22b.ts';
import { FLA10_PATTERNS, handedChair, shareStackOwner, stackedTitleHolder } from './rules-fla10.ts';
import { commaStackHolder, commaStackRule, dashTitleHolder, OFFICE_DASH_AFTER_NAME } from './rules-off28.ts';
import {
  honorificAt,
  isNameLike as isNameLikeText,
  isSpaceCode,
  mayBeCapital,
  mayMatch,
  NAME,
  NON_NAME,
  PATRONYMIC,
  withoutPossessive,
  wordBeforeEndsIn,
} from './text.ts';
import { monthSurname } from './rules-fl11b.ts';
import { FL13A_PATTERNS, gappedSide } from './rules-fl13a.ts';
import { inQuotedTitle } from './rules-fl13c.ts';
import { isCityName } from './rules-fl14b.ts';
import { WHO_IS_CURRENT, WHO_IS_CURRENT_RULE, endsPeopleLine, headOfDiplomacy, placeName } from './rules-fl15b.ts';
import type { PersonMention, TitleRef } from './types.ts';
import { appositionAndCurrent, proposedForTitle } from './rules-fl17a.ts';
import { asTitleOfOther } from './rules-fl18b.ts';
import { namesPlace, withoutDailPostNominal } from './rules-ent21.ts';
import { OFFICE_SECOND_TITLE_MODIFIER } from './rules-fl24b.ts';
import { commaStackedBefore, listItemNotApposition, OFFICE_COMMA_STACKED_BEFORE } from './rules-fl28c.ts';
import { OFFICE_STACKED_TITLE_COMMA_TITLE, stackedSecondTitle, stateOfAfterName } from './rules-fl25a.ts';
import { counterpartTitle, TITLE_WORD_SURNAME, titleWordSurname } from './rules-ent24.ts';
import { stateWordsInNameWithin } from './rules-ent25.ts';
import { commonPluralName } from './rules-fl28b.ts';
import { wordAfterTheTitle } from './rules-prc30.ts';
import { andLowerRole, OFFICE_AND_LOWER_ROLE } from './rules-fl31b.ts';

export type { PersonMention, TitleRef } from './types.ts';

/** What may follow a bare full name for it to count as a person: a comma or a reporting verb. */
// rol21: or a short bracketed capitalised word right after it, as a state or body is ("A (Kyrgyzstan) and B (Tajikistan)").
// rol22: or a verb of leading or representing, or "arrived" ("Getachew Reda heads the TPLF's", "X arrived in Pretoria").
const FULL_NAME_NEXT =
  /^(\s*,|\s*$|\s\((?=\p{Lu}\p{Ll}[^()]{0,40}\))|\s+(had|has|have|held|met|said|says|spoke|speaks|told|called|expressed|stated|welcomed|thanked|noted|stressed|emphasi[sz]ed|underlined|added|agreed|discussed|received|visited|was|is|will|and\s+(?=\p{Lu})|who|respectively|negotiates|negotiated|represented|headed|conducted|also|put|signed|led|joined|leads|heads|represents|arrived|took|presented|announced|issued|urged|briefed|conveyed|paid|on\s+behalf|for\s+(?:the\s+)?(?=\p{Lu}))\b)/u;
const NAME_RE = new RegExp(`^${NAME}`, 'u');
/** A role word right before a name that ends its clause (rule person.role-word-before-end, rol22). */
const ROLE_WORD_BEFORE_END =
  /\b(?:negotiator|head|leader|envoy|mediator|chief|aide|chair(?:man|person)?)\s+(?:(?:is|was)\s+)?$|\bleadership\s+of\s+$/;

/** "Korea-Japan", "U.S.-China": a hyphenated compound naming a state. */
const STATE_PAIR_FORM = /^\p{Lu}[\p{L}.]*-\p{Lu}/u;
const statePair = (t: string) =>
  t.includes('-') && STATE_PAIR_FORM.test(t) && t.split('-').some((w) => STATE_WORDS.has(withoutPossessive(w)));
const STATE_WORDS = new Set(STATES.flatMap((st) => [...st.names, ...st.demonyms]));

const NONE: Set<string> = new Set();

const POST_NOMINALS_END = /(?:\s+(?:MP|QC|KC|OBE|CBE|KBE|CMG|AO|AC|CGH|EGH|MBE))+$/;

/** Trims a name match: possessive, trailing vocabulary words ("Abe Prime"), "of …". */
function cleanName(raw: string, after = '', inName: Set<string> = NONE): string {
  // Post-nominals are no part of the name: "the Hon Richard Marles MP".
  const bare = withoutPossessive(raw);
  // The post-nominals end in a capital: most names need no pattern.
  const toks = withoutDailPostNominal(
    mayBeCapital(bare, bare.length - 1) ? bare.replace(POST_NOMINALS_END, '') : bare,
  ).split(/\s+/);
  // A vocabulary word ends the name: "Yoon Suk Yeol Holds Korea-Japan" → "Yoon Suk Yeol".
  // A hyphenated pair of states ("Korea-Japan") ends it too; a hyphenated surname ("Díez-Hochleitner") does not.
  const vocab = (t: string) => NON_NAME.has(t) && !inName.has(t);
  const cut = toks.findIndex((t, i) => i > 0 && (vocab(withoutPossessive(t)) || statePair(t)));
  // person.title-word-surname (rules-ent24.ts): "Amy Pope met": the title word last is the family name.
  const surname = cut > 0 && cut === toks.length - 1 && titleWordSurname(toks[cut]!, after, (w) => STATE_WORDS.has(w));
  if (cut > 0 && !surname) toks.length = cut;
  while (!surname && toks.length && vocab(withoutPossessive(toks[toks.length - 1]!))) toks.pop();
  const last = toks.length - 1;
  if (last >= 0) toks[last] = withoutPossessive(toks[last]!);
  return toks.join(' ').replace(/[,.]$/, (m) => (/\b(Jr|Sr)\.$/.test(toks.join(' ')) ? m : ''));
}

/** A name starts with a capital or "al-"/"el-" (NAME_TOKEN): other words need no pattern. */
const mayStartName = (text: string, at: number): boolean =>
  mayBeCapital(text, at) || text.startsWith('al-', at) || text.startsWith('el-', at);

function readName(text: string, at: number, needFull: boolean): { raw: string; end: number } | undefined {
  if (!mayStartName(text, at)) return undefined;
  const m = NAME_RE.exec(text.slice(at, at + 120));
  if (!m) return undefined;
  // person.state-word-name (rules-ent25.ts): "Chad Wolf", "Mark Holland": the state word is a name word here.
  const inName = stateWordsInNameWithin(text, at, m[0].length);
  let raw = cleanName(m[0], text.slice(at + m[0].length, at + m[0].length + 40), inName);
  const words = raw.split(/\s+/);
  if (!raw || (NON_NAME.has(words[0]!) && !inName.has(words[0]!) && !PATRONYMIC.test(words[1] ?? ''))) return undefined;
  const isNameLike = (r: string) =>
    isNameLikeText(inName.size ? r.replace(/\S+/g, (w) => (inName.has(w) ? 'Name' : w)) : r);
  // isNameLike once, again only if the name changes below.
  // person.title-word-surname (rules-ent24.ts): the kept family name "Pope" is vocabulary; the words before it decide.
  const kept = words.length > 1 && TITLE_WORD_SURNAME.words.has(words[words.length - 1]!);
  let nameLike = kept ? isNameLike(words.slice(0, -1).join(' ')) : isNameLike(raw);
  const withMonth = nameLike ? monthSurname(m[0], raw, text.slice(at + m[0].length, at + m[0].length + 8)) : undefined;
  if (withMonth) return { raw: withMonth, end: at + withMonth.length };
  // "Teodoro L. Locsin Jr., Secretary of Foreign Affairs": the suffix keeps its period.
  if (/\b(Jr|Sr)$/.test(raw) && text[at + raw.length] === '.') {
    raw += '.';
    nameLike = isNameLike(raw);
  }
  if (needFull && (raw.split(/\s+/).length < 2 || !nameLike)) return undefined;
  if (!needFull && !nameLike) return undefined;
  return { raw, end: at + raw.length };
}

/** What the readers of one title position share: the text, the sentence, the gazetteer hits, the bare titles. */
interface Scan {
  text: string;
  s: Sentence;
  hits: GazetteerHit[];
  refs: TitleRef[];
  people: PersonMention[];
}

/** A reader's answer at one position: a mention, or only how far the scan may skip. */
type Read = { person?: PersonMention; next?: number; done?: boolean };

/**
 * "Special Envoy of President Rodrigo Roa Duterte of the Philippines": the envoy title is someone else's; it becomes a
 * bare title whose principal is named after it, and the name belongs to the principal, whose own title is "President".
 */
function splitEnvoyTitle(sc: Scan, at: number, title: TitleParse): TitleParse | undefined {
  const { text, hits } = sc;
  const pm = /\s(?:of|for|to)\s+(?:the\s+)?(President|Prime Minister|Chancellor|King|Sultan|Chair|Premier)$/.exec(
    title.surface,
  );
  if (!pm || !/^\s+\p{Lu}/u.test(text.slice(title.end, title.end + 3))) return title;
  const pStart = title.start + pm.index + pm[0].length - pm[1]!.length;
  const envoy = parseTitleAt(text, at, hits);
  if (envoy) {
    const surface = text.slice(envoy.start, pStart).replace(/\s+(?:of|for|to)\s+(?:the\s+)?$/, '');
    const cut = { ...envoy, surface, end: envoy.start + surface.length, principal: pm[1]! };
    sc.refs.push({ ...cut, sentence: sc.s.index, principalAt: pStart });
  }
  return parseTitleAt(text, pStart, hits);
}

/** "Foreign Minister Wang Yi", "President H.E. Mr X": a title, then the name (after an optional honorific). */
/** A desk or portfolio in brackets after a title, before the name (rule person.title-bracketed-remit). */
export const TITLE_BRACKET_REMIT = /^[^\S\n]+\(\p{Lu}[^()\n]{1,80}\)(?=[^\S\n]+\p{Lu})/u;

/** A body's head noun right after a one-word "name": "Support Mission", "Monitoring Group". */
const BODY_NOUN_AFTER =
  /^\s+(?:Mission|Office|Agency|Council|Commission|Committee|Group|Force|Programme|Program|Team|Centre|Center|Secretariat|Bureau|Unit)\b/;

function readTitleName(sc: Scan, p: number, title: TitleParse, former: boolean): PersonMention | undefined {
  const { text } = sc;
  // Rule person.title-bracketed-remit (rol19): "Joint Secretary (Bangladesh and Myanmar) X", "Director General (South
  // Asia) Y": a desk or portfolio in brackets between the title and the name.
  const k = title.end + (TITLE_BRACKET_REMIT.exec(text.slice(title.end, title.end + 100))?.[0].length ?? 0);
  const h2 = honorificAt(text.slice(k + 1, k + 60));
  // A title at the end of a headline is not followed by a name on the next line (a dateline "Addis Ababa, …").
  const nameAt = /^[^\S\n]/.test(text[k] ?? '') ? k + 1 + (h2 ? h2[0].length : 0) : -1;
  const nm =
    nameAt > 0 && !/^(of|for|to)\b/.test(text.slice(nameAt, nameAt + 4)) ? readName(text, nameAt, false) : undefined;
  // Rule person.not-body-word: "Head of the United Nations Support Mission": a word before a body's head noun
  // continues the title's organisation, it is no name.
  if (!nm || (!nm.raw.includes(' ') && BODY_NOUN_AFTER.test(text.slice(nm.end, nm.end + 16)))) return undefined;
  // Rule person.not-common-plural (rules-fl28b.ts): "the Authority of ECOWAS Heads of State" names no "Heads".
  if (!nm.raw.includes(' ') && commonPluralName(nm.raw)) return undefined;
  // Rule person.not-word-after-the (prc30): "the Chairman of the National Transitional Government".
  if (wordAfterTheTitle(title.surface, nm.raw)) return undefined;
  // Rule person.not-named-place (ent21): "King Khalid International Airport".
  if (namesPlace(text.slice(nm.end, nm.end + 60))) return undefined;
  return {
    start: nameAt,
    end: nm.end,
    surface: text.slice(p, nm.end),
    raw: nm.raw,
    sentence: sc.s.index,
    rule: 'person.title-name',
    // office.rank-after-title (fl19a): "…, Ambassador A" after a title in apposition: a rank, no office.
    titles: rankAfterTitle(text, title.surface, title.start)
      ? []
      : [{ ...title, former, rule: 'office.title-before-name' }],
  };
}

/** An aide's or envoy's title "to"/"of" a leader named by title: "Diplomatic Adviser to the President of X". */
export const AIDE_TO_LEADER =
  /\b(?:Adviser|Advisor|Aide|Assistant|Envoy|Representative|Chief of Staff)\s+(?:to|of)\s+the\s+(?:President|Prime Minister|Chancellor|King|Emir|Crown Prince|Secretary-General|Chairperson|Chair)\b/;
/** A name opening its sentence, then a comma, right before a title: "Redwan Hussien, ". */
const NAME_COMMA_BEFORE =
  /(?:^|[.;:]\s+|\n)(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E\.)\.?\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)+,\s+(?:the\s+|an?\s+)?$/u;

/** An aide's title as written, "to the <leader>", then a comma: "…, Adviser to the Prime Minister, Abiy Ahmed". */
const aideThenComma = (text: string, t: TitleParse) =>
  AIDE_TO_LEADER.test(text.slice(t.start, t.end)) && /^\s*,/.test(text.slice(t.end, t.end + 3));

/** Whether a person's name stands right before `p` with a comma: one found already, or one opening the sentence. */
const nameBefore = (sc: Scan, p: number) =>
  sc.people.some((q) => /^\s*,\s*(?:the\s+|an?\s+)?$/.test(sc.text.slice(q.to ?? q.end, p))) ||
  NAME_COMMA_BEFORE.test(sc.text.slice(Math.max(sc.s.start, p - 80), p));

/** office.comma-stacked-before (rules-fl28c.ts): the title stacked before the one at `p` ("the A, B, X"), if any. */
function stackedBefore(sc: Scan, p: number): TitleParse | undefined {
  const at = commaStackedBefore(sc.text, p, (a, e) => parseTitleAt(sc.text, a, sc.hits)?.end === e);
  return at < 0 ? undefined : parseTitleAt(sc.text, at, sc.hits);
}

/**
 * "the Prime Minister, Boris Johnson", "the Minister of Foreign Affairs, Mr Mohammad Javad Zarif", "The Deputy Prime
 * Minister and Minister for Defence, the Hon Richard Marles MP": a title (or two joined by "and"), a comma, the name.
 */
function readTitleCommaName(sc: Scan, p: number, title: TitleParse, former: boolean): PersonMention | undefined {
  const { text, hits } = sc;
  // Rule person.aide-apposition-before: "Redwan Hussien, National Security Adviser to the Prime Minister, Abiy Ahmed":
  // an aide's title in apposition to the name before it; the name after is the principal, not its holder.
  if (aideThenComma(text, title) && nameBefore(sc, p)) return undefined;
  // office.second-title-modifier (fl24b): "… and current Chairman of X, Y".
  // office.and-chained-titles (fl29a): "… and Minister of Finance of X and Chairman of Y, Z": every title of the chain.
  const chain = andChainedTitles(text, title.end, OFFICE_SECOND_TITLE_MODIFIER.andThen, (a) =>
    parseTitleAt(text, a, hits),
  );
  // office.and-lower-role (fl31b): "… and head of the government negotiating delegation, General X".
  const lower = chain ? undefined : andLowerRole(text, title.end, hits);
  const t2 = chain?.[chain.length - 1] ?? lower?.title;
  const mid = chain?.slice(0, -1) ?? [];
  const tEnd1 = lower?.end ?? (t2 ? t2.end : title.end);
  // office.owner-acronym-end (fl28a): "the Minister of Foreign Affairs of the Republic of Korea (ROK), X".
  const tEnd = tEnd1 + ownerAcronymLength(text.slice(tEnd1, tEnd1 + 50), tEnd1, (t2 ?? title).owner, hits);
  const comma0 = /^,\s+/.exec(text.slice(tEnd, tEnd + 4));
  if (!comma0) return undefined;
  // office.stacked-title-comma-title (rules-fl25a.ts): "the SADC Facilitator, President Thabo Mbeki of South Africa".
  const own = (t2 ?? title).owner && !/\b(?:its|their|his|her)\s+$/i.test(text.slice(Math.max(0, p - 8), p));
  const t3 = own ? stackedSecondTitle(text, tEnd + comma0[0].length, hits) : undefined;
  // An honorific or the style "Ambassador" may stand before the name: "…, Ambassador Elisabeth Berg".
  const h4 = t3
    ? text.slice(tEnd + comma0[0].length, t3.end + 1)
    : /^(?:Ambassador\s+)?/.exec(text.slice(tEnd + comma0[0].length))![0];
  const h5 = honorificAt(text.slice(tEnd + comma0[0].length + h4.length, tEnd + comma0[0].length + 60));
  const at2 = tEnd + comma0[0].length + h4.length + (h5 ? h5[0].length : 0);
  const nm2 = readName(text, at2, true);
  if (!nm2) return undefined;
  // Not when the name has its own apposition ("the President of the Republic, Mr Bonne, Diplomatic Adviser …").
  const ownTitle = /^\s*,\s*(?:the\s+)?/.exec(text.slice(nm2.end, nm2.end + 8));
  const own2 = ownTitle ? parseTitleAt(text, nm2.end + ownTitle[0].length, hits, true) : undefined;
  // Rule person.title-name-list (fla10): "by the then Prime Minister of Fiji, A, the Prime Minister of Samoa, B, and
  // …": the title after the name opens the next pair of a list when a name follows it too.
  if (own2 && !FLA10_PATTERNS.nextPairName.test(text.slice(own2.end, own2.end + 60))) return undefined;
  // person.dail-post-nominal (ent21): "the Minister for Justice, Simon Harris TD,".
  const stop = /^(?:\s+(?:MP|QC|KC|OBE|CBE|KBE|CMG|AO|AC|MBE|TD|T\.D\.))*\s*([,.;)]|$)/;
  if (!(t3 ? OFFICE_STACKED_TITLE_COMMA_TITLE.ofStateThenStop : stop).test(text.slice(nm2.end, nm2.end + 40)))
    return undefined;
  if (t3 && !t3.owner) t3.owner = stateOfAfterName(text, nm2.end, hits);
  if (overlapsHit(hits, t3 ? t3.end : tEnd, nm2.end)) return undefined;
  // office.comma-stacked-before (fl28c): "the Minister of State, Director of Cabinet of …, X".
  const t0 = stackedBefore(sc, p);
  return {
    start: at2,
    end: nm2.end,
    surface: nm2.raw,
    raw: nm2.raw,
    sentence: sc.s.index,
    rule: 'person.title-comma-name',
    titles: [...(t0 ? [t0] : []), title, ...mid, ...(t2 ? [t2] : []), ...(t3 ? [t3] : [])].map((t) => ({
      ...t,
      former: former || (t === t3 && t3.former === true),
      rule:
        t === t3
          ? OFFICE_STACKED_TITLE_COMMA_TITLE.id
          : t === t0
            ? OFFICE_COMMA_STACKED_BEFORE.id
            : mid.includes(t)
              ? OFFICE_AND_CHAINED_TITLES.id
              : t === lower?.title
                ? OFFICE_AND_LOWER_ROLE.id
                : 'office.title-comma-name',
    })),
    from: p,
    to: nm2.end,
  };
}

/** Rule person.owner-negotiator-name: "EU negotiator X", "Qatari mediator Y": an owner, a lowercase negotiator noun, a name. */
const OWNER_NEGOTIATOR =
  /^(?:\p{Lu}{2,5}|U\.S\.|\p{Lu}\p{Ll}+)\s+(?:(?:chief|lead|top|trade|nuclear|peace)\s+)?(?:negotiator|envoy|mediator)\s+\p{Lu}/u;

/** What every match of OWNER_NEGOTIATOR holds (`mayMatch`): most capitalised words are followed by none of them. */
const OWNER_NEGOTIATOR_NEEDS = ['negotiator', 'envoy', 'mediator'];

/** "Poland's chief negotiator": a capitalised owner's possessive, then a lowercase word. */
const OWNER_POSSESSIVE_LOWER = /^\p{Lu}[\p{L}.]*['’]s\s+\p{Ll}/u;
/** What every match of OWNER_POSSESSIVE_LOWER holds (`mayMatch`). */
const POSSESSIVE_NEEDS = ["'s", '’s'];

/** "its", "their", "his", "her", "the", "by" right before a word (asked where the word before ends in s, e, r or y). */
const DETERMINER_BEFORE = /\b(its|their|his|her|the|by)\s+$/;

const ownerPossessiveAt = (text: string, p: number): boolean => {
  const rest = text.slice(p, p + 40);
  return mayMatch(rest, POSSESSIVE_NEEDS, OWNER_POSSESSIVE_LOWER) && OWNER_POSSESSIVE_LOWER.test(rest);
};

const ownerNegotiatorAt = (text: string, p: number): boolean => {
  const rest = text.slice(p, p + 50);
  return mayMatch(rest, OWNER_NEGOTIATOR_NEEDS, OWNER_NEGOTIATOR) && OWNER_NEGOTIATOR.test(rest);
};

/**
 * "led by its chief negotiator Mohammed Abdulsalam": a lowercase title after a determiner, then a full name. `noTitle`:
 * `parseTitleAt` with `lower` false gave none at `p` (the caller's parse), which a capitalised word reuses.
 */
function readLowerTitleName(sc: Scan, p: number, former: boolean, noTitle: boolean): PersonMention | undefined {
  const { text, hits, s } = sc;
  // Rule person.lower-title-name also after "by" ("led by chief negotiator X") and after a state's possessive
  // ("Poland's chief negotiator, X").
  const from = Math.max(s.start, p - 8);
  const determiner = wordBeforeEndsIn(text, from, p, 'sery') && DETERMINER_BEFORE.test(text.slice(from, p));
  // Both patterns below start with a capital: a word starting with an ASCII letter that is not one needs neither.
  if (!determiner && (!mayBeCapital(text, p) || (!ownerPossessiveAt(text, p) && !ownerNegotiatorAt(text, p))))
    return undefined;
  const lt = noTitle && mayBeCapital(text, p) ? lowerTitleAfterNone(text, p, hits) : parseTitleAt(text, p, hits, true);
  // "its ambassador, Luis Prado", "her special envoy, Mr Omar Said": a comma (and an honorific) before the name.
  const gap = lt ? /^,?\s(?:(?:Mr|Ms|Mrs|Dr|Ambassador)\.?\s)?/.exec(text.slice(lt.end, lt.end + 12)) : null;
  const nm = lt && gap ? readName(text, lt.end + gap[0].length, true) : undefined;
  if (!lt || !gap || !nm || overlapsHit(hits, lt.end, nm.end)) return undefined;
  return {
    start: lt.end + gap[0].length,
    end: nm.end,
    surface: text.slice(p, nm.end),
    raw: nm.raw,
    sentence: s.index,
    rule: 'person.lower-title-name',
    titles: [{ ...lt, former, rule: 'office.title-before-name', ...possessivePrincipal(sc, p, lt) }],
  };
}

/**
 * Rule office.possessive-principal: "President Ada Lind and her special envoy, Mr Omar Said": an envoy or adviser
 * named by "his/her" serves the person just before.
 */
function possessivePrincipal(sc: Scan, p: number, t: TitleParse): { principalPerson?: string } {
  if (!/\b(?:his|her)\s+$/.test(sc.text.slice(Math.max(sc.s.start, p - 5), p))) return {};
  if (!/envoy|representative|adviser|advisor|aide|emissary/i.test(t.title)) return {};
  const prev = [...sc.people].reverse().find((x) => (x.to ?? x.end) <= p);
  return prev ? { principalPerson: prev.raw } : {};
}

/** "H.E. Mr. MOTEGI Toshimitsu": an honorific, then a name. */
function readHonorificName(sc: Scan, p: number, at: number): PersonMention | undefined {
  const nm = readName(sc.text, at, false);
  if (!nm || overlapsHit(sc.hits, at, nm.end)) return undefined;
  // Rule person.not-named-place (ent21): "the Sheikh Zayed Grand Mosque".
  if (namesPlace(sc.text.slice(nm.end, nm.end + 60))) return undefined;
  // person.not-agreement-subject (fl20a): "an Agreement on General Supply of …" names no person.
  if (agreementSubjectAt(sc.text, p)) return undefined;
  const surface = sc.text.slice(p, nm.end);
  return { start: at, end: nm.end, surface, raw: nm.raw, sentence: sc.s.index, rule: 'person.honorific', titles: [] };
}

/** A dateline's place ("Addis Ababa, 18 February 2023"), not a name. */
const DATELINE_AFTER = /^,\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b|\d{1,4}[/.-]\d)/u;
/** "his Egyptian counterpart Sameh Shoukry": "counterpart" introduces a person. */
const COUNTERPART_BEFORE = /\bcounterparts?,?[^\S\n]+$/;
/**
 * Rule person.after-appointing-verb (rol23): "has named Michel Barnier chief negotiator", "tasked X with leading",
 * "dispatched X to Washington", "the US delegation led by X on Saturday", "met US envoy X in Miami": a full name right
 * after a verb that appoints or sends someone, after "led / headed by" or after a US, EU or UN envoy's lower-case title,
 * is a person whatever follows it.
 */
const APPOINTED_BEFORE =
  /\b(?:appointed|named|designated|dispatched|sent|tasked|nominated|mandated|(?:led|headed|chaired)\s+by|(?:US|U\.S\.|EU|UN)[^\S\n]+(?:envoy|negotiator|mediator))[^\S\n]+$/;
/** person.after-appointing-verb (rol23): "X — EU Special Representative for … —": a name before a dash apposition. */
const DASH_APPOSITION_AFTER = /^[^\S\n]+[—–][^\S\n]+\p{Lu}/u;

/**
 * Rule person.of-state-name: "Jean Arnault of France", "Ambassador A of Chile and B of Denmark": a full name followed
 * by "of" and a state names a person (the state is read by readOfState).
 */
const ofStateAfter = (sc: Scan, end: number) => {
  const of = /^\s+of\s+(?:the\s+)?/.exec(sc.text.slice(end, end + 12));
  const at = of ? end + of[0].length : -1;
  return sc.hits.some((h) => h.type === 'State' && !h.demonym && h.start === at && !/^\s*-/.test(sc.text.slice(h.end)));
};

/**
 * Rule person.state-possessive-name: "China's Wang Yi and India's Ajit Doval": a full name right after a state's
 * possessive names a person of that state.
 */
function stateBefore(sc: Scan, p: number): { name: string; rule: string } | undefined {
  for (const h of hitsEndingBefore(sc, p)) {
    if (h.type !== 'State' || h.demonym) continue;
    if (/^['’]s\s+$/.test(sc.text.slice(h.end, p))) return { name: h.name, rule: 'person.state-possessive-name' };
    if (sideLine(sc, h, p)) return { name: h.name, rule: 'person.side-line-name' };
  }
  return undefined;
}

/**
 * The hits, in list order, that may end where `stateBefore` looks before `p`: only spaces, after "'s" or after a colon
 * and spaces, lie between such a hit and `p`, so it ends at most two characters before the spaces before `p` or in the
 * spaces before that colon. (Only the hits near `p` are read: a scan of every hit per name was quadratic.)
 */
function hitsEndingBefore(sc: Scan, p: number): GazetteerHit[] {
  const spacesBefore = (at: number) => {
    while (at > 0 && /\s/.test(sc.text[at - 1]!)) at--;
    return at;
  };
  const q = spacesBefore(p);
  const lo = Math.min(q - 2, spacesBefore(q - 1));
  return hitsOverlapping(sc.hits, lo - 1, p + 1);
}

/** What may stand before a side's state at the start of its line: a bullet, "For (the Government of) (the)". */
const SIDE_LINE_LEAD =
  /(?:^|\n)[^\S\n]*(?:[-*•–][^\S\n]*)?(?:For[^\S\n]+(?:the[^\S\n]+(?:Government|Republic)[^\S\n]+of[^\S\n]+)?(?:the[^\S\n]+)?)?$/;

/**
 * Rule person.side-line-name: "- Poland: Pavel Horak, Deputy Minister …", "For the Government of Kazakhstan: Murat
 * Nurtleu, Minister …": a name after a side's state and a colon at the start of a line is a person of that state.
 */
function sideLine(sc: Scan, h: GazetteerHit, p: number): boolean {
  return (
    /^[^\S\n]*:[^\S\n]+$/.test(sc.text.slice(h.end, p)) &&
    SIDE_LINE_LEAD.test(sc.text.slice(Math.max(0, h.start - 60), h.start))
  );
}

/** A bare full name followed by a comma or a reporting verb, or introduced by "counterpart". */
function readFullName(sc: Scan, p: number): PersonMention | undefined {
  const { text, hits, s } = sc;
  // What stands before the name rules most capitalised words out, whatever the name: asked before the name is read.
  if (!mayStartName(text, p)) return undefined;
  const before = text.slice(Math.max(s.start, p - 20), p);
  // The four patterns below end in spaces, and each in a word that ends in one of a few letters (`wordBeforeEndsIn`).
  const spaced = p > s.start && isSpaceCode(text.charCodeAt(p - 1));
  const endsIn = (letters: string) => spaced && wordBeforeEndsIn(text, Math.max(s.start, p - 20), p, letters);
  if (endsIn('ntrme') && /\b(in|at|near|from|the)\s+$/.test(before)) return undefined;
  // A capitalised word before it (no state's possessive or side line) continues another name.
  const capBefore = spaced && /\p{Lu}[\p{L}'’-]*\s+$/u.test(before);
  if (capBefore && !stateBefore(sc, p)) return undefined;
  // "the Agreement on Inland Navigation, and …": the complement of a capitalised title, not a name.
  if (endsIn('nfr') && /\p{Lu}[\p{L}'’-]*\s+(?:on|of|for)\s+$/u.test(before)) return undefined;
  // Rule person.inside-particle-name (fl15c): "at the Palácio da Cidade Alta": part of a larger proper name.
  const particle = spaced && wordBeforeEndsIn(text, Math.max(s.start, p - 30), p, 'aoseliu');
  if (particle && PERSON_INSIDE_PARTICLE_NAME.before.test(text.slice(Math.max(s.start, p - 30), p))) return undefined;
  const nm = readName(text, p, true);
  if (!nm || overlapsHit(hits, p, nm.end) || /\b\p{Lu}{2,}\b/u.test(nm.raw)) return undefined;
  // Rule person.not-a-city (fl14b): "visiting Port Moresby on behalf of": a capital or city, no person.
  if (isCityName(nm.raw)) return undefined;
  if (titleSeriesItem(text, p, nm.end)) return undefined; // person.not-title-series-item (rules-fl33a.ts)
  if (placeName(nm.raw)) return undefined; // person.not-a-place (fl15b): "Urugwiro Village".
  const stateOwned = stateBefore(sc, p);
  const after = text.slice(nm.end, nm.end + 20);
  if (DATELINE_AFTER.test(after)) return undefined;
  const counterpart = COUNTERPART_BEFORE.test(before);
  const appointed = APPOINTED_BEFORE.test(before) || DASH_APPOSITION_AFTER.test(after);
  // Rule person.sentence-end-name: "… was signed by its Representative in the Group, Boris Gryzlov." — a full name
  // ending the sentence after "by", "with" or an apposition comma.
  // "… co-chaired by A and B.": the second of two names after "by".
  const pairEnd = /\b(?:by|with)\s+(?:\S+\s+){1,4}and\s+$/.test(text.slice(Math.max(s.start, p - 60), p));
  // "… their respective envoys, A and B.": the second name of an apposition list.
  const listEnd = /,\s+(?:\S+\s+){1,4}and\s+$/.test(text.slice(Math.max(s.start, p - 60), p));
  // person.role-word-before-end (rol22): "Its chief negotiator is X.", "the Russian side by presidential aide X.",
  // "Egypt's intelligence chief X and …", "under the leadership of X.": a role word (and a copula) right before.
  const roleEnd = ROLE_WORD_BEFORE_END.test(before);
  const ends = /^\s*[.;]/.test(after) && (/(?:\b(?:by|with)\s+|,\s+)$/.test(before) || pairEnd || listEnd || roleEnd);
  // person.side-line-end (fl15b): "Heads of delegation:\n- Kenya: Uhuru Kenyatta\n".
  const lineEnd = stateOwned?.rule === 'person.side-line-name' && endsPeopleLine(text, p, nm.end);
  if (
    !FULL_NAME_NEXT.test(after) &&
    !counterpart &&
    !appointed &&
    !ends &&
    !lineEnd &&
    !ofStateAfter(sc, nm.end) &&
    !titleInParens(sc, nm.end)
  )
    return undefined;
  // "his Egyptian counterpart": the adjective gives the person's state.
  const dem = counterpart
    ? hits.find(
        (h) => h.type === 'State' && h.demonym && /^[^\S\n]+counterparts?,?[^\S\n]+$/.test(text.slice(h.end, p)),
      )
    : undefined;
  // office.counterpart-title (rules-ent24.ts): "his Ghanaian counterpart, B" holds the subject's office in Ghana.
  const shared = dem ? counterpartTitle(sc.people, s.index, { start: dem.start, end: p }, dem.name) : undefined;
  return {
    start: p,
    end: nm.end,
    surface: nm.raw,
    raw: nm.raw,
    sentence: s.index,
    rule: counterpart ? 'person.counterpart' : (stateOwned?.rule ?? 'person.full-name'),
    titles: shared ? [shared] : [],
    ...(dem ? { ofState: dem.name } : stateOwned ? { ofState: stateOwned.name } : {}),
  };
}

/**
 * Rule person.title-in-parentheses (off13): "Penny Wong (Minister for Foreign Affairs, Australia)": a full name followed
 * by a title in parentheses is a person; the title, and a state after a comma inside them, are hers
 * (`parenthesisedState`).
 */
function titleInParens(sc: Scan, end: number): boolean {
  const par = /^[^\S\n]*\([^\S\n]*/.exec(sc.text.slice(end, end + 4));
  return !!par && !!parseTitleAt(sc.text, end + par[0].length, sc.hits);
}

/** ", Australia)" right after a title opened by a parenthesis: the state and where the parenthesis closes. */
function parenthesisedState(sc: Scan, t: TitleParse): { owner: TitleParse['owner']; end: number } | undefined {
  const comma = /^,[^\S\n]*/.exec(sc.text.slice(t.end, t.end + 4));
  if (!comma) return undefined;
  // office.parenthesis-title-comma-organisation (off28): "(Secretary General, Council of Europe)" as "(President, X)".
  const hit = sc.hits.find((h) => h.start === t.end + comma[0].length && !h.demonym && !h.pattern);
  const close = hit ? /^[^\S\n]*\)/.exec(sc.text.slice(hit.end, hit.end + 3)) : null;
  return hit && close ? { owner: { type: hit.type, name: hit.name }, end: hit.end + close[0].length } : undefined;
}

/** "former", "then", "late" right before a word (asked where the word before ends in r, n or e, any case). */
const FORMER_BEFORE = /\b(former|then|late)\s+$/i;

/** The mention (if any) that starts at title position `p`, trying each reader in turn. */
function readAt(sc: Scan, p: number): Read {
  const { text, hits, s } = sc;
  const from = Math.max(s.start, p - 12);
  const former = wordBeforeEndsIn(text, from, p, 'rneRNE') && FORMER_BEFORE.test(text.slice(from, p));
  const hon = honorificAt(text.slice(p, p + 60));
  const at = hon ? p + hon[0].length : p;
  const first = parseTitleAt(text, at, hits);
  const title = first ? splitEnvoyTitle(sc, at, first) : undefined;
  if (title) {
    const person = readTitleName(sc, p, title, former);
    if (person) return { person };
    if (!hon) {
      const comma = readTitleCommaName(sc, p, title, former);
      if (comma) return { person: comma, next: comma.to!, done: true };
      sc.refs.push({ ...title, sentence: s.index });
      return { next: title.end };
    }
  }
  const person = hon
    ? readHonorificName(sc, p, at)
    : title
      ? undefined
      : (readLowerTitleName(sc, p, former, !first) ?? readFullName(sc, p));
  return person ? { person } : {};
}

const INVERTED_NAME = /^,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?:vich|vna|ovich|evich|ovna|evna)))(?=[\s,.;)]|$)/u;

/** "Lavrov, Sergey Viktorovich": surname, then given names and patronymic. */
function readInvertedName(text: string, person: PersonMention, p: number): void {
  const inv = text[person.end] === ',' ? INVERTED_NAME.exec(text.slice(person.end, person.end + 60)) : null;
  if (!inv || person.raw.includes(' ')) return;
  person.raw = `${person.raw}, ${inv[1]}`;
  person.inverted = true;
  person.end += inv[0].length;
  person.surface = text.slice(p, person.end);
}

/** "President Erdogan of Turkey": the state after the name; returns where the mention now ends. */
function readOfState(sc: Scan, person: PersonMention): number {
  const e = person.end;
  // "Luis Castiglioni, of Paraguay, and …": the state set off by commas too.
  const sideEnd = readOfSide(sc, person, e);
  if (sideEnd !== e) return sideEnd;
  readForSide(sc, person, e);
  // Rule person.state-in-parentheses: "Ambassador Anna Kovac (Austria) and Ambassador Pavel Horak (Poland)".
  const par = /^\s*\(\s*/.exec(sc.text.slice(e, e + 4));
  const inPar = par
    ? sc.hits.find((h) => h.start === e + par[0].length && h.type === 'State' && !h.demonym)
    : undefined;
  if (inPar && /^\s*\)/.test(sc.text.slice(inPar.end, inPar.end + 3))) {
    person.ofState = inPar.name;
    return sc.text.indexOf(')', inPar.end) + 1;
  }
  const of = /^(,?)\s+of\s+(the\s+)?/.exec(sc.text.slice(e, e + 12));
  if (!of) return e;
  const at = (h: GazetteerHit) =>
    h.start === e + of[0].length - (of[2] ? of[2].length : 0) || h.start === e + of[0].length;
  const hit = sc.hits.find((h) => at(h) && h.type === 'State') ?? sc.hits.find(at);
  // Rule person.of-state-ministry: "State Secretary X of the German Federal Foreign Office": the ministry's state.
  if (hit?.type === 'State' && hit.demonym && !of[1] && MINISTRY_AFTER.test(sc.text.slice(hit.end, hit.end + 40))) {
    person.ofState = hit.name;
    return e;
  }
  if (!hit || hit.type !== 'State' || hit.demonym) return e;
  // After a comma, the state must close the phrase: ", of Paraguay, and", not ", of the talks in Paraguay".
  if (of[1] && !/^\s*[,;.)]/.test(sc.text.slice(hit.end, hit.end + 2))) return e;
  person.ofState = hit.name;
  return hit.end;
}

/** A state's ministry or mission after its demonym: "the German Federal Foreign Office", "the Czech Embassy". */
const MINISTRY_AFTER =
  /^\s+(?:Federal\s+)?(?:Foreign\s+Office|Foreign\s+Ministry|Ministry|Department|Government|Presidency|Embassy|Mission|Chancellery)\b/;

/**
 * Rule person.for-side: "represented by Deputy Foreign Minister A for Japan and Vice Foreign Minister B for China":
 * the state a name acts for, closing its phrase, is the person's (so a bare title takes that state, not the other's).
 */
function readForSide(sc: Scan, person: PersonMention, e: number): void {
  const f = /^\s+for\s+(?:the\s+)?/.exec(sc.text.slice(e, e + 12));
  const hit = f ? sc.hits.find((h) => h.start === e + f[0].length && h.type === 'State' && !h.demonym) : undefined;
  // The mention does not take the state in: the side stays the object of "for" (negotiates-for.signed-for).
  if (hit && /^(?:\s*[,;.)]|\s+and\b|\s*$)/.test(sc.text.slice(hit.end, hit.end + 6))) person.ofState = hit.name;
}

/** Rule person.of-side: "Mr Wu, State Councilor, of the Chinese side": the side, after the name or its apposition. */
function readOfSide(sc: Scan, person: PersonMention, e: number): number {
  const side = /^,?\s+of\s+the\s+/.exec(sc.text.slice(e, e + 12));
  const hit = side ? sc.hits.find((h) => h.start === e + side[0].length && h.type === 'State') : undefined;
  if (!hit || !/^\s+(?:side|delegation)\b/.test(sc.text.slice(hit.end, hit.end + 14))) return e;
  person.ofState = hit.name;
  return hit.end;
}

/**
 * Whether the text after an apposition's title shows it is none: a name follows (the next person), another title
 * and a name ("and United States Trade Representative Ambassador Jamieson Greer"), a verb ("In her talks with Mr
 * Lukashenko, the Chancellor set out …"), or "and the <title>" and a verb ("Mr X, the Secretary and the Ambassador
 * pressed for …": the subjects of a clause).
 */
function endsApposition(sc: Scan, end: number): boolean {
  const { text, hits } = sc;
  const after = text.slice(end, end + 40);
  const ws = after.length - after.replace(/^\s+/, '').length;
  const nameAfter = (at: number) => {
    const h = honorificAt(text.slice(at, at + 30));
    return readName(text, at + (h ? h[0].length : 0), false);
  };
  if (/^\s+\S/.test(after) && nameAfter(end + ws)) return true;
  // Rule office.and-title-name (rules-fl13a.ts): "…, Iraqi Deputy Prime Minister and Minister of Foreign Affairs Y":
  // the title is the first of two before the next name, not an apposition of the name before.
  const and2 = FL13A_PATTERNS.andBefore.exec(after);
  const t2 = and2 ? parseTitleAt(text, end + and2[0].length, hits) : undefined;
  if (t2 && /^\s\S/.test(text.slice(t2.end, t2.end + 2)) && nameAfter(t2.end + 1)) return true;
  // "…, Prince Y and the Minister of Foreign Affairs, Nasser Bourita": a title then ", <name>" and the sentence's end.
  const comma = /^\s*,\s*/.exec(after);
  const next2 = comma ? nameAfter(end + comma[0].length) : undefined;
  // Rule office.list-of-appositions: "A, Minister of X, B, Minister of Y, and C": B's own title after it keeps this
  // one A's.
  const ownTitle = next2 && /^\s*,\s*(?:the\s+)?/.exec(text.slice(next2.end, next2.end + 8));
  if (ownTitle && parseTitleAt(text, next2!.end + ownTitle[0].length, hits)) return false;
  if (next2 && /^\s*(?:[.;,]|,?\s+(?:as well as|and)\b)/.test(text.slice(next2.end, next2.end + 14))) return true;
  const next = /^\s+\S/.test(after) ? parseTitleAt(text, end + ws, hits) : undefined;
  if (next && /^\s+\S/.test(text.slice(next.end, next.end + 2)) && nameAfter(next.end + 1)) return true;
  if (/^\s+\p{Ll}/u.test(after) && !/^\s+(?:of|for|to|at|on|in|and|who|which|whose|with|since|from)\b/.test(after))
    return true;
  const and = /^\s+and\s+the\s+/.exec(after);
  const other = and ? parseTitleAt(text, end + and[0].length, hits) : undefined;
  return (
    !!other &&
    /^\s+\p{Ll}/u.test(text.slice(other.end, other.end + 3)) &&
    !/^\s+(?:of|for|to|at)\b/.test(text.slice(other.end, other.end + 5))
  );
}

/**
 * Rule office.its-apposition: "China sent Li Hui, its Special Representative for Eurasian Affairs, to Kyiv": "its"
 * is the state (or organisation) the sentence names last before the person.
 */
function itsOwner(sc: Scan, person: PersonMention): Pick<TitleParse, 'owner'> {
  const h = sc.hits
    .filter((x) => (x.type === 'State' || x.type === 'Organization') && x.end <= (person.from ?? person.start))
    .filter((x) => x.start >= sc.s.start)
    .pop();
  return h ? { owner: { type: h.type as 'State' | 'Organization', name: h.name } } : {};
}

/** The state (or demonym) whose mention ends at `end`. */
const stateEndingAt = (hits: GazetteerHit[], end: number) =>
  hits.find((h) => h.type === 'State' && h.end === end)?.name;

/** "… were represented, respectively, by": the verb of sides paired with people in order. */
const RESPECTIVELY_BY = /\b(?:were|are)\s+(?:represented|led|headed)\s*,?\s+respectively\s*,?\s+by\s/;

/**
 * Rule person.respective-side: "Armenia and Azerbaijan were represented, respectively, by Deputy Prime Minister A and
 * Deputy Prime Minister B": each person after the verb is of the state in the same place of the subject, so that a bare
 * title takes that state (unless the person names another).
 */
function respectiveSides(sc: Scan): void {
  const m = RESPECTIVELY_BY.exec(sc.s.text);
  if (!m) return;
  const at = sc.s.start + m.index;
  const states = sc.hits.filter((h) => h.type === 'State' && !h.demonym && h.start >= sc.s.start && h.end <= at);
  const subject: GazetteerHit[] = [];
  for (const h of [...states].reverse()) {
    const gap = sc.text.slice(h.end, subject[0]?.start ?? at);
    if (subject.length ? !/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(gap) : !/^\s*$/.test(gap)) break;
    subject.unshift(h);
  }
  const people = sc.people.filter((p) => p.start > at).sort((a, b) => a.start - b.start);
  if (subject.length < 2 || people.length !== subject.length) return;
  people.forEach((p, i) => (p.ofState ??= subject[i]!.name));
}

/** What opens an apposition: a comma, "and" or a parenthesis, then "the", "a/an" or "its". */
const APPOSITION_SEP = /^\s*(?:,|\band\b|\()\s*(?:the\s+|an?\s+(?=\p{Ll})|(its)\s+)?/u;

/** Appositions: ", Minister for Foreign Affairs", ", member of …, vice premier of … and chief of …". */
function readAppositions(sc: Scan, person: PersonMention, from0: number): number {
  const { text, hits, s } = sc;
  // Rule office.apposition-after-post-nominals (fl15c): "the Hon. Julie Smith MP, Minister for Trade".
  const from = from0 + postNominalsLength(text.slice(from0, from0 + 40));
  let e = from;
  for (;;) {
    // Rule office.indefinite-apposition (off13): "Wang Yi, a member of the Political Bureau … and Chinese foreign
    // minister": an apposition with "a/an" is the person's title as one with "the" is.
    const sep = APPOSITION_SEP.exec(text.slice(e, e + 10));
    // Rule office.and-after-apposition: "and <title>" continues a chain of appositions, but right after the name
    // "Minister Akar and the Secretary-General" coordinates two people.
    if (!sep || (e === from && /^\s*and\b/.test(sep[0]))) break;
    const t = parseTitleAt(text, e + sep[0].length, hits, true);
    if (!t || t.end > s.end) break;
    // An aide's title "to the Prime Minister" keeps its apposition though a name follows: that name is the principal.
    if (!aideThenComma(text, t) && endsApposition(sc, t.end)) break;
    // office.apposition-not-list-item (fl28c): "President X, the Chairperson of the Commission and the countries …".
    if (e === from && listItemNotApposition(sep[0], text.slice(t.end, t.end + 40))) break;
    const inPar = sep[0].includes('(') && !t.owner ? parenthesisedState(sc, t) : undefined;
    if (inPar) {
      person.titles.push({ ...t, owner: inPar.owner, former: false, rule: 'person.title-in-parentheses' });
      e = inPar.end;
      continue;
    }
    const unit = withUnit(text, sep[1] && !t.owner ? { ...t, ...itsOwner(sc, person) } : t, s.end, hits);
    person.titles.push({ ...unit, former: false, rule: 'office.apposition' });
    e = unit.end;
  }
  return e;
}

/** "Special Presidential Envoy for Arms Control Ambassador Marshall Billingslea": two titles, one person. */
function mergeTitleBeforeTitle(sc: Scan): void {
  const { text, refs, people } = sc;
  for (const r of [...refs]) {
    // Rule office.two-titles: "Senior Minister and Coordinating Minister for National Security Teo Chee Hean", a title
    // with no article joined by "and" to another title before the name: both are the person's.
    const bare =
      !r.lowercase && !/\b(?:the|a|an|his|her|its|their)\s+$/i.test(text.slice(Math.max(0, r.start - 6), r.start));
    const gap = (x: PersonMention) => text.slice(r.end, x.from ?? x.start);
    const next = people.find(
      (x) =>
        (x.from ?? x.start) >= r.end &&
        (/^\s*$/.test(gap(x)) ||
          (bare && x.titles.length > 0 && x.from !== x.start && /^\s+and\s+$/.test(gap(x))) ||
          (bare && FLA10_PATTERNS.titleDash.test(gap(x)))),
    );
    if (!next || r.principalAt !== undefined || roleAfterAs(text, r.start)) continue;
    // "Ambassador" is then a style.
    const styled = next.titles.findIndex((t) => t.title === 'Ambassador');
    if (styled >= 0) next.titles.splice(styled, 1);
    // Rule office.and-title-name (rules-fl13a.ts): the first title's state is the second's ("Iraqi Deputy Prime
    // Minister and Minister of Foreign Affairs Y").
    if (/^\s+and\s+$/.test(gap(next))) shareStackOwner(r, next);
    next.titles.unshift({ ...r, former: false, rule: 'office.title-before-title' });
    refs.splice(refs.indexOf(r), 1);
  }
  for (const r of [...refs].reverse()) {
    const chain = stackedTitleHolder(text, r, people);
    // office.comma-stack-before-name (off28): "First Deputy Prime Minister, Minister of Foreign Affairs, A".
    const stacked = chain ?? commaStackHolder(text, r, people);
    if (!stacked) continue;
    shareStackOwner(r, stacked);
    stacked.titles.unshift({
      ...r,
      former: false,
      rule: chain ? 'office.stacked-titles' : commaStackRule(text, r),
    });
    refs.splice(refs.indexOf(r), 1);
  }
}

/** Rule office.dash-after-name (rules-off28.ts): "A – Minister of Foreign Affairs of X". */
function attachDashTitles(sc: Scan): void {
  for (const r of [...sc.refs]) {
    const holder = dashTitleHolder(sc.text, r, sc.people);
    if (!holder) continue;
    holder.titles.push({ ...r, former: false, rule: OFFICE_DASH_AFTER_NAME.id });
    sc.refs.splice(sc.refs.indexOf(r), 1);
  }
}

/** Rule office.handed-to (rules-fla10.ts): "A handed the Forum Chair to Prime Minister B". */
function attachHandedChairs(sc: Scan): void {
  for (const r of [...sc.refs]) {
    const h = handedChair(sc.text, sc.s.start, r, sc.people, sc.hits);
    if (!h) continue;
    h.holder.titles.push({ ...h.title, former: false, rule: 'office.handed-to' });
    sc.refs.splice(sc.refs.indexOf(r), 1);
  }
}

/**
 * A title in an "as" phrase or a relative clause: "as", "who is", "and is today the", "now"; rule
 * office.appointed-next (fla10): "X is appointed the next Secretary General", "named the new Chair"; and (fl13b) an
 * ordinal before the title: "to appoint X, Minister of Y, as the seventh Secretary-General of Z"; rule
 * office.who-is-current (fl15b): "President X, who is the current Chairperson of the African Union".
 */
const AS_TITLE =
  /\b(as|be|become|became|appointed|named|who\s+is(?:\s+also)?|who\s+was|now|(?:who|and)\s+is\s+(?:today|now|currently))\s+(the\s+)?(?:(?:next|new|incoming|current|outgoing|rotating|sitting|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)?$/;
/** A past title in apposition: ", the former", ", formerly", ", formerly the". */
const FORMER_APPOSITION = /,\s*(?:the\s+)?(?:former|formerly(?:\s+the)?)\s+$/;

/**
 * "Deputy Minister Morgulov will be positioned as Special Representative …", "in his capacity as Chair of ASEAN";
 * and (rule office.apposition-envoy) "Ruhakana Rugunda, Special Envoy of President Yoweri Museveni", "Yuri Ushakov,
 * Aide to President Vladimir Putin": an envoy or aide title in apposition whose principal is named right after it.
 */
function attachAsTitles(sc: Scan): void {
  const { text, refs, people, s } = sc;
  for (const r of [...refs]) {
    const before = text.slice(Math.max(s.start, r.start - 40), r.start);
    // "…, who is Chile's Special Representative", "…, now Ambassador to Peru": a title in a relative clause.
    // office.proposed-not-held (fl17a): "agreed to propose Prime Minister X as the next High Representative".
    const last = [...people].reverse().find((x) => x.end <= r.start);
    const as =
      (AS_TITLE.test(before) &&
        !proposedForTitle(text.slice(s.start, r.start)) &&
        // office.as-title-of-other (fl18b): "support for Laos as Chair of ASEAN" is Laos's title.
        // office.as-title-of-clause-subject (fl29a): "said that The Bahamas, as Chair of the Community, …".
        !(last && asTitleOfOther(text.slice(last.to ?? last.end, r.start))) &&
        !(last && asTitleOfClauseSubject(text.slice(last.to ?? last.end, r.start)))) ||
      // office.apposition-and-current (fl17a): "X, President of Y and current Chairperson of Z".
      (!!last && appositionAndCurrent(text.slice(last.to ?? last.end, r.start), (last.to ?? last.end) > last.end));
    // Rule office.former-apposition: "Luis Prado, the former Minister of Defence", "…, formerly China's Ambassador".
    const former = FORMER_APPOSITION.test(before);
    const apposed =
      r.principalAt !== undefined &&
      people.find((x) => /^,\s*(?:the\s+)?$/.test(text.slice(x.to ?? x.end, r.start)) && (x.to ?? x.end) < r.start);
    if (!as && !apposed && !former) continue;
    const holder = apposed || [...people].reverse().find((x) => x.end <= r.start);
    if (!holder) continue;
    const rule = former
      ? 'office.former-apposition'
      : as
        ? WHO_IS_CURRENT.test(before)
          ? WHO_IS_CURRENT_RULE
          : 'office.as-title'
        : 'office.apposition-envoy';
    // office.designated-by-body (rules-fl22b.ts): "the Authority designated A as Mediator": the body's title.
    const body =
      rule === 'office.as-title' && !r.owner
        ? designatingBody(
            text.slice(s.start, holder.from ?? holder.start),
            s.start,
            sc.hits.filter((h) => h.type === 'Organization' && h.start >= s.start),
          )
        : undefined;
    if (body)
      holder.titles.push({
        ...r,
        former,
        rule: OFFICE_DESIGNATED_BY_BODY.id,
        owner: { type: 'Organization', name: body },
      });
    else holder.titles.push({ ...r, former, rule });
    // The envoy belongs to the principal's state ("… of President X of the Philippines").
    const principal =
      r.principalAt !== undefined
        ? people.find((x) => x.start >= r.principalAt! && x.start - r.principalAt! < 40)
        : undefined;
    if (principal) {
      holder.ofState ??= principal.ofState ?? principal.titles.find((t) => t.owner?.type === 'State')?.owner?.name;
      holder.titles[holder.titles.length - 1]!.principalPerson = principal.raw;
    }
    refs.splice(refs.indexOf(r), 1);
  }
}

/** Finds person mentions and bare titles in one sentence. */
export function findPeople(
  text: string,
  s: Sentence,
  hits: GazetteerHit[],
): { people: PersonMention[]; refs: TitleRef[] } {
  // "Prime Ministers Howard and Abe": two mentions under one plural title, read before the single titles.
  const sc: Scan = { text, s, hits, refs: [], people: findPluralTitlePairs(text, s, hits) };
  const inPair = (p: number) => sc.people.some((x) => x.from! <= p && p < x.to!);
  let next = s.start;
  for (const p of titleStarts(s.text, s.start)) {
    if (p < next || inPair(p)) continue;
    const r = readAt(sc, p);
    if (r.done && r.person) sc.people.push(r.person);
    if (r.next !== undefined) next = r.next;
    if (r.done || !r.person) continue;
    const person = r.person;
    readInvertedName(text, person, p);
    const e = readOfSide(sc, person, readAppositions(sc, person, readOfState(sc, person)));
    // Rule person.gapped-side (rules-fl13a.ts): "…, and the Somali delegation by Minister of Foreign Affairs X".
    const side = gappedSide(text.slice(s.start, p), (at) => stateEndingAt(hits, s.start + at));
    if (side) person.ofState ??= side;
    person.from = p;
    person.to = Math.max(e, person.end);
    sc.people.push(person);
    next = Math.max(e, person.end);
  }
  mergeTitleBeforeTitle(sc);
  attachHandedChairs(sc);
  attachAsTitles(sc);
  attachDashTitles(sc);
  respectiveSides(sc);
  headOfDiplomacy(text, sc.people, hits); // office.head-of-diplomacy (fl15b)
  // Rule person.quoted-title (fl13c): no person inside a quoted title ('a document titled "Promoting Growth, …"').
  const people = sc.people.filter((x) => !inQuotedTitle(s.text, x.start - s.start, x.end - s.start));
  return { people, refs: sc.refs };
}

type PeopleRead = ReturnType<typeof findPeople>;

/**
 * Reads of `findPeople` kept for one later caller with the same text, sentence and hit list: `titleBodies` reads the
 * titles of every sentence before the people stage reads the same sentences again, and one read serves both (a read
 * is the same whoever makes it; the first caller only looks at it).
 */
const keptReads = new WeakMap<readonly GazetteerHit[], Map<Sentence, { text: string; read: PeopleRead }>>();

/** `findPeople`, kept for the next `takePeople` of the same sentence and hits; the caller must not change it. */
export function peekPeople(text: string, s: Sentence, hits: GazetteerHit[]): PeopleRead {
  let kept = keptReads.get(hits);
  if (!kept) keptReads.set(hits, (kept = new Map()));
  const read = findPeople(text, s, hits);
  kept.set(s, { text, read });
  return read;
}

/** The read `peekPeople` kept for this sentence and hits (once), else `findPeople`'s. */
export function takePeople(text: string, s: Sentence, hits: GazetteerHit[]): PeopleRead {
  const kept = keptReads.get(hits);
  const got = kept?.get(s);
  if (!got || got.text !== text) return findPeople(text, s, hits);
  kept!.delete(s);
  return got.read;
}

/**
 * Rule office.not-table-role: "(head of delegation)", "(co-chair)", "(chief negotiator)" after a title is the person's
 * role at the talks, not part of the office.
 */
const TABLE_ROLE =
  /^(?:(?:deputy\s+)?(?:head|leader|chair|chairman|chairperson|member)\s+of\s+(?:the\s+)?delegation|(?:co-)?chair(?:man|person|woman)?|(?:chief|lead|principal)\s+negotiator|observer|facilitator|moderator|mediator|rapporteur)$/i;

/**
 * "Secretary, Department of Economic Affairs, Ministry of Finance", "Secretary (Border Management), Ministry of Home
 * Affairs": a generic title takes the department or ministry named right after it, and a parenthesised portfolio.
 */
function withUnit(text: string, t: TitleParse, limit: number, hits: GazetteerHit[] = []): TitleParse {
  let { title, end } = t;
  const par = /^\s*\(([^()\n]{2,40})\)/.exec(text.slice(end, end + 50));
  // Rule office.parenthesis-state-end (off27): "A, Minister of Foreign Affairs II (Brunei Darussalam);": a state alone in
  // the parentheses owns the title and is no part of its name.
  const parState =
    par && !t.owner ? wholeStateIn(hits, end + par[0].indexOf('(') + 1, end + par[0].length - 1) : undefined;
  if (parState) return { ...t, owner: { type: 'State', name: parState }, end: end + par![0].length };
  // Rule office.owner-acronym-end (fl28a): "President of the Federated States of Micronesia (FSM)": the owner's initials.
  const own = par ? ownerAcronymLength(text.slice(end, end + 50), end, t.owner, hits) : 0;
  if (own) return { ...t, end: end + own };
  if (par && !TABLE_ROLE.test(par[1]!.trim())) {
    title = `${title} (${par[1]})`;
    end += par[0].length;
  }
  const unit =
    /^,\s+((?:Department|Ministry|Office|Bureau|Directorate|Division)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)/u.exec(
      text.slice(end, end + 80),
    );
  if (!unit || end + unit[0].length > limit || /\s(?:of|for)\s/.test(t.title))
    return par ? { ...t, title, end, surface: text.slice(t.start, end) } : t;
  title = `${title} of the ${unit[1]}`;
  end += unit[0].length;
  return { ...t, title, end, surface: text.slice(t.start, end) };
}

/** The state whose gazetteer hit spans exactly `s`–`e`, if any. */
function wholeStateIn(hits: GazetteerHit[], s: number, e: number): string | undefined {
  return hits.find((h) => h.type === 'State' && h.start === s && h.end === e)?.name;
}

function overlapsHit(hits: GazetteerHit[], s: number, e: number): boolean {
  return hitsOverlapping(hits, s, e).length > 0;
}
