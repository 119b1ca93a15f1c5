// Rules of round fl28c (issue 6), written after the first look at three new samples (a Central African presidency's
// plain-text release on a peace agreement signed with armed groups, a Middle Eastern prime minister's media office web
// page on a state visit with a quadrilateral memorandum, an Indian Ocean presidency's Markdown release on official
// talks during a state visit). Each rule is a general construction; tests on made-up sentences, negative ones
// included, in rules-fl28c.test.ts. Rule data (patterns) are named next to the rules.
import { findGazetteerHits } from './gazetteer.ts';

const SP = String.raw`[^\S\n]+`;
/** A capitalised word of a venue's name, or a lowercase particle inside it ("Palais de la Renaissance"). */
const VENUE_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|de|du|des|la|le|of|the|del|di)`;

/**
 * Rule event.main-signing-venue-gap: "The President …, X, signed this afternoon at the Palais de la Renaissance the
 * Political Agreement for …", "The two ministers signed today at the State House the Memorandum …": a venue set after
 * the signing verb without commas ("at the <Capitalised Name>") is an adverbial like "today", so the agreement named
 * after it is still the opening's object (event.main-signing-opening of fl23b). Only "at" or "in" with a capitalised
 * venue; "signed at the request of …" (lowercase) and "signed with the leaders of …" are not venues.
 */
export const EVENT_MAIN_SIGNING_VENUE_GAP = {
  id: 'event.main-signing-venue-gap',
  venue: new RegExp(
    String.raw`${SP}(?:at|in)${SP}the${SP}\p{Lu}[\p{L}'’.-]*(?:${SP}${VENUE_WORD}){0,6}?(?=${SP}the${SP}$|${SP}the${SP}\p{Lu}|$)`,
    'gu',
  ),
};

/** Rule event.main-signing-venue-gap: `gap` (the verb → the agreement) with venue adverbials taken out. */
export function withoutSigningVenue(gap: string): string {
  if (!gap.includes(' at the ') && !gap.includes(' in the ')) return gap;
  return gap.replace(EVENT_MAIN_SIGNING_VENUE_GAP.venue, '');
}

/**
 * Rule participated.signing-in-presence-of: "The ceremony took place in the presence of the Chairperson of the
 * Commission, X, of the Commissioner …, Y, and of …, Z", "The signing was held in the presence of": the people the
 * next sentences say the readout's own signing took place before took part in it, as "The ceremony was witnessed by"
 * (participated.signing-opening-witnessed of fl23b). Only a sentence that starts so; not "The ceremony will take place
 * in the presence of …".
 */
export const PARTICIPATED_SIGNING_IN_PRESENCE = {
  id: 'participated.signing-in-presence-of',
  cue: new RegExp(
    String.raw`^(?:The|This)${SP}(?:signing${SP})?(?:ceremony|signing)${SP}(?:took${SP}place|was${SP}held|was${SP}conducted)${SP}(?:[\p{L},]+${SP}){0,4}?in${SP}the${SP}presence${SP}of\b`,
    'u',
  ),
};

/** Rule participated.signing-in-presence-of: does `sentence` tell the signing held before the people it names? */
export const signingInPresence = (sentence: string): boolean =>
  sentence.includes('presence of') && PARTICIPATED_SIGNING_IN_PRESENCE.cue.test(sentence);

/**
 * Rule person.plural-of-n-respective: "the ministers responsible for transport of the four countries, A, B, C and D,
 * then signed the memorandum …, each on behalf of his government: Iraq, Türkiye, Qatar and the United Arab Emirates",
 * "the foreign ministers of the three states, A, B and C, signed for their governments, respectively, Chad, Niger and
 * Mali": a plural title of "the <n> countries (states, governments, nations)", a comma, n names, and later in the same
 * sentence a list of n states after "each on behalf of / for his government (country, state):" or "respectively": the
 * names and the states pair in order, each name holding the singular title of its state. Only when the counts agree;
 * no list, no office (the states may be told elsewhere).
 */
export const PERSON_PLURAL_OF_N_RESPECTIVE = {
  id: 'person.plural-of-n-respective',
  officeId: 'office.plural-of-n-respective',
  /** The plural title (group 1) of "the <n> countries", up to the comma before the names. */
  head: new RegExp(
    String.raw`\b[Tt]he${SP}((?:[\p{L}-]+${SP}){0,2}?(?:[Mm]inisters|[Pp]residents|[Pp]rime${SP}[Mm]inisters|[Ss]ecretaries|[Aa]mbassadors|[Ee]nvoys|[Rr]epresentatives|[Gg]overnors|[Hh]eads${SP}of${SP}(?:[Ss]tate|[Gg]overnment|[Dd]elegation))(?:${SP}(?:responsible${SP}for|in${SP}charge${SP}of)${SP}(?:[\p{Ll}-]+${SP}){0,3}?[\p{Ll}-]+)?)${SP}of${SP}the${SP}(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})${SP}(?:countries|states|governments|nations|member${SP}states),${SP}`,
    'gu',
  ),
  /** What every match holds. */
  needs:
    /\bof the (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:countries|states|governments|nations|member states),/,
  /** Where the states are given in order: "each on behalf of his government:", "respectively,". */
  respective: new RegExp(
    String.raw`\beach${SP}(?:on${SP}behalf${SP}of|for|in${SP}the${SP}name${SP}of)${SP}(?:his|her|their|its)${SP}(?:own${SP})?(?:government|country|state|nation)s?[:,]${SP}|\brespectively[:,]?${SP}(?=(?:the${SP})?\p{Lu})`,
    'u',
  ),
};

const COUNTS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Rule person.plural-of-n-respective: the count a head names ("four" → 4, "12" → 12). */
export const countOf = (word: string): number => COUNTS[word.toLowerCase()] ?? Number(word);

/** Rule person.plural-of-n-respective: "ministers responsible for transport" → "Minister responsible for transport". */
export function singularTitle(plural: string): string {
  const words = plural.split(/\s+/);
  const i = words.findIndex((w) => /(?:ies|s)$/.test(w) && !/^(?:of|for|heads)$/i.test(w));
  const head = words.findIndex((w) => /^heads$/i.test(w));
  const at = head === 0 ? 0 : i;
  if (at < 0) return plural;
  const w = words[at]!;
  words[at] = /ies$/.test(w) ? w.replace(/ies$/, 'y') : w.replace(/s$/, '');
  const out = words.join(' ');
  // Capitalised like a title before a name: the words up to "responsible for" / "in charge of".
  return out.replace(/^(.*?)(?=\s+(?:responsible|in charge)\b|$)/, (m) =>
    m.replace(/(^|\s|-)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase()).replace(/\bOf\b/g, 'of'),
  );
}

/**
 * Rule person.head-of-delegation-included: "the President of the Republic of Türkiye, X, who arrived on an official
 * visit at the head of a high-level delegation that included Foreign Minister A and Energy Minister B", "Y, heading a
 * delegation comprising the Minister of Trade, C": the people a head's delegation is said to include are of the head's
 * state, as "X, who was accompanied by A" (person.joined-by). Only right after the head, with no other person between;
 * "a delegation that met Foreign Minister A" is no inclusion.
 */
export const PERSON_HEAD_OF_DELEGATION_INCLUDED = {
  id: 'person.head-of-delegation-included',
  gap: new RegExp(
    String.raw`\b(?:at${SP}the${SP}head${SP}of|heading|leading|who${SP}(?:led|headed|leads|heads))${SP}(?:a|an|the|his|her|their)${SP}(?:[\p{L}-]+${SP}){0,3}?delegation,?${SP}(?:(?:that|which)${SP}(?:also${SP})?(?:included|includes|comprised|comprises)|including|comprising|composed${SP}of|made${SP}up${SP}of)${SP}(?:(?:the|his|her)${SP})?$`,
    'iu',
  ),
};

/** Rule person.head-of-delegation-included: does `gap` (the head's mention → the person) tell an inclusion? */
export const includedInHeadsDelegation = (gap: string): boolean =>
  gap.includes('delegation') && PERSON_HEAD_OF_DELEGATION_INCLUDED.gap.test(gap);

/**
 * Rule office.comma-stacked-before: "headed by the Minister of State, Director of Cabinet of the President of the
 * Republic, X", "attended by the Deputy Prime Minister, Minister of Foreign Affairs, Y": a title after "the", a comma,
 * and a second title with no article that is followed by ", <name>" are both the person's (the second alone was read).
 * Only when the first title ends right at the comma and "the" opens it (not "the Minister of Trade, the Minister of
 * Finance, Z", whose second "the" opens another person; not a name's apposition "X, Minister of State, Director …").
 */
export const OFFICE_COMMA_STACKED_BEFORE = {
  id: 'office.comma-stacked-before',
  /** The first title's start: "the " not after a name and comma; the title's words up to ", " before the second. */
  before: /(?:^|[^,]\s|\()[Tt]he\s+((?:\p{Lu}[\p{L}-]*)(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}-]*)){0,8}),\s+$/u,
};

/**
 * Rule office.comma-stacked-before: the first title's start when `text` before `p` (the second title's start) ends
 * with "the <Title>, ", else -1; `endsTitle(at, end)` says whether a title read at `at` ends at `end`.
 */
export function commaStackedBefore(text: string, p: number, endsTitle: (at: number, end: number) => boolean): number {
  if (text.slice(p - 2, p) !== ', ') return -1;
  const from = Math.max(0, p - 120);
  const m = OFFICE_COMMA_STACKED_BEFORE.before.exec(text.slice(from, p));
  if (!m) return -1;
  // "The President of the Republic (of the Transition), Head of State, X", "the Prime Minister, Head of Government, Y"
  // are fl27a's (office.head-of-state-president) and the shortened-title merge's.
  if (/^Head of (?:State|Government)\b/.test(text.slice(p, p + 20))) return -1;
  const at = from + m.index + m[0].indexOf(m[1]!, m[0].search(/[Tt]he\s/) + 4);
  return endsTitle(at, at + m[1]!.length) ? at : -1;
}

/**
 * Rule office.apposition-not-list-item: "He thanked his brother President X, the Chairperson of the Commission and the
 * neighbouring countries for their patience": a title after the name's comma that is followed by "and the <lowercase
 * noun>" is the middle item of a list of whom the sentence speaks, not the name's apposition (X holds no such title).
 * Only the first apposition after the name, only "the" before the title; "X, the Minister of Trade and Industry," and
 * "X, the Minister of Trade, and the Minister …" keep their reading.
 */
export const OFFICE_APPOSITION_NOT_LIST_ITEM = {
  id: 'office.apposition-not-list-item',
  /** After the title: "and the <lowercase word>", a list's next item. */
  after: /^[^\S\n]+and[^\S\n]+(?:the|his|her|their|its|all|other)[^\S\n]+(?:other[^\S\n]+)?\p{Ll}/u,
  /** Before the title: the name's comma and "the". */
  sep: /^,[^\S\n]*the[^\S\n]+$/u,
};

/** Rule office.apposition-not-list-item: is the apposition (`sep` + title, then `after`) a list's middle item? */
export const listItemNotApposition = (sep: string, after: string): boolean =>
  OFFICE_APPOSITION_NOT_LIST_ITEM.sep.test(sep) && OFFICE_APPOSITION_NOT_LIST_ITEM.after.test(after);

/**
 * Rule person.title-of-short-owner: "who acted on behalf of the Chairperson of the Commission", "on behalf of the
 * President of the Commission": a title told with its owner's last word alone ("the Commission") names the one person
 * the readout gives that title of an owner whose name ends with that word ("Chairperson of the African Union
 * Commission", "President of the European Commission"). Only when no one holds the title as written, only one holder.
 */
export const PERSON_TITLE_OF_SHORT_OWNER = {
  id: 'person.title-of-short-owner',
  /** "Chairperson of the Commission": the title (group 1) and the owner's one word (group 2). */
  ref: /^(.+?) of the (\p{Lu}[\p{L}-]+)$/u,
  /** A state's own word ("the President of the Republic"): the state rules read it, not this one. */
  stateWord: /^(?:Republic|State|Kingdom|Government|Country|Nation|Federation|Confederation|Principality|Transition)$/,
};

/** Rule person.title-of-short-owner: does an office (`title`, `owner`) answer the reference `ref`? */
export function answersShortOwner(ref: string, title: string, owner: string): boolean {
  const m = PERSON_TITLE_OF_SHORT_OWNER.ref.exec(ref);
  if (!m) return false;
  const [, head, word] = m;
  if (PERSON_TITLE_OF_SHORT_OWNER.stateWord.test(word!)) return false;
  return title.toLowerCase() === head!.toLowerCase() && owner !== word && owner.endsWith(` ${word}`);
}

/**
 * Rule participated.not-private-session-delegations: "The talks began with a one-on-one meeting between the two
 * leaders and continued at delegation level. The Maldivian delegation included the Minister …, A; …": the delegations
 * listed after a sentence that names a private session (one-on-one, tête-à-tête, restricted, closed, narrow-format,
 * private, small-group) are not that session's people (participated.paragraph-event); they are the whole gathering's,
 * as the main event's delegation rules read them. Other sessions ("an expanded session", "a plenary") keep the reading.
 */
export const PARTICIPATED_NOT_PRIVATE_SESSION_DELEGATIONS = {
  id: 'participated.not-private-session-delegations',
  privateSession:
    /\b(?:one-on-one|one-to-one|t[êe]te-[àa]-t[êe]te|restricted|closed|narrow(?:-format)?|private|small-group|limited-format|four-eyes)\b/i,
};

/** Rule participated.not-private-session-delegations: is `name` a private session's? */
export const privateSessionName = (name: string): boolean =>
  PARTICIPATED_NOT_PRIVATE_SESSION_DELEGATIONS.privateSession.test(name);

/**
 * Rule participated.visit-named-visitor: "Recep Tayyip Erdoğan's official visit to Baghdad", "the state visit of X to
 * India": a visit named after one person has that person as its visitor; the people of the meeting held during it
 * are visitors when of the visitor's state (the ministers of the delegation), not when they are the hosts who met him
 * (the host's prime minister and foreign minister). Only a visit whose name opens with the person's full name and a
 * possessive, or reads "visit of <name> to".
 */
export const PARTICIPATED_VISIT_NAMED_VISITOR = { id: 'participated.visit-named-visitor' };

/** Rule participated.visit-named-visitor: is the visit `visit` named after the person `person`? */
export function visitNamedAfter(visit: string, person: string): boolean {
  if (!person.includes(' ')) return false;
  return (
    visit.startsWith(`${person}'s `) || visit.startsWith(`${person}’s `) || visit.includes(`visit of ${person} to `)
  );
}

/**
 * Rule event.told-met-demonym-title-subject: "The Turkish President later met the President of the Republic, Dr. X,
 * at the Baghdad Palace", "The Indian Prime Minister then received Y": a meeting told with a state's demonym and a
 * bare leader's title as subject is that leader's, as "The President later met …" (event.told-met-title-subject of
 * fl20a), the leader being the opening's person who holds the title. Only a demonym the gazetteer knows, right before
 * the title that opens the sentence; "The Turkish Minister of Trade met …" (a title with its complement) is not read.
 */
export const EVENT_TOLD_MET_DEMONYM_TITLE_SUBJECT = {
  id: 'event.told-met-demonym-title-subject',
  subject: new RegExp(
    String.raw`^\s*The${SP}(\p{Lu}\p{Ll}+)${SP}(Prime${SP}Minister|Foreign${SP}Minister|President|Chancellor|Premier)${SP}(?:(?:also|then|later|subsequently|separately)${SP})?$`,
    'u',
  ),
};

/** Rule event.told-met-demonym-title-subject: the title after a known demonym opening `beforeVerb`, if any. */
export function demonymTitleSubject(beforeVerb: string): string | undefined {
  const m = EVENT_TOLD_MET_DEMONYM_TITLE_SUBJECT.subject.exec(beforeVerb);
  if (!m || !findGazetteerHits(m[1]!).some((h) => h.type === 'State' && h.demonym && h.start === 0)) return undefined;
  return m[2]!.replace(/\s+/g, ' ');
}
