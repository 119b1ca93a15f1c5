// Rules of the evn29 round (issue 6): the names a reader gives the readout's own meeting and the readout's
// Agreements, added as aliases so that the names the annotators compose from the text meet the extractor's (study in
// docs/first-look.md, "Events and Agreements named so they meet gold's names"). Aliases only: no rule here renames an
// entity. Tests on made-up sentences, negatives included, in rules-evn29.test.ts. This file imports only types from
// the stages that call it, so that no import cycle forms.
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';

const SP = String.raw`[^\S\n]+`;
/** The kind words a readout uses for its own meeting and that a reader keeps in its name. */
const KIND = String.raw`(?:talks|meeting|discussions)`;

/**
 * Rule event.main-kind-referent: the readout's own meeting named after its pair ("meeting between A and B in Baghdad",
 * from "A received B") is also known by the kind word the text then uses for it, in a sentence that opens on it:
 * "The talks also dealt with …", "Following the talks, …", "During the meeting, …" → alias "talks between A and B in
 * Baghdad" and "A-B talks in Baghdad" (the GUIDE's "Xi-Trump meeting in Buenos Aires": kind and sides). Only the
 * kind words of a held meeting (talks, meeting, discussions), only at the head of a sentence, with the definite
 * article and nothing between it and the noun ("The expanded talks", "the next meeting", "the meeting of the Joint
 * Commission" are other events: a noun followed by "of" or "with" names another gathering).
 */
export const EVENT_MAIN_KIND_REFERENT = {
  id: 'event.main-kind-referent',
  /** A sentence opening on the meeting: group 1 the kind word. */
  opening: new RegExp(
    String.raw`^(?:(?:Following|During|After|At|Throughout|In${SP}the${SP}course${SP}of|At${SP}the${SP}end${SP}of)${SP})?the${SP}(${KIND})\b(?!${SP}(?:of|with|between|on|in|that|which)\b)`,
    'iu',
  ),
};

/**
 * Rule event.main-text-phrase: the text's own phrase for the meeting, a modifier and the kind word told of the pair
 * ("held official talks at the State Palace with", "holds official talks with", "a working meeting between"), is an
 * alias of the readout's own meeting, alone and with the pair: "official talks", "official talks between A and B in
 * Ulaanbaatar". Only the modifiers of a meeting as such (official, formal, working, bilateral, …), only when "with" or
 * "between" follows (within a short place phrase), and only in a sentence that names one of the pair; not "official
 * talks in an expanded format" (a session of it), nor a kind word other than the one the meeting is known by.
 */
export const EVENT_MAIN_TEXT_PHRASE = {
  id: 'event.main-text-phrase',
  phrase: new RegExp(
    String.raw`\b(official|formal|working|bilateral|trilateral|informal|private|face-to-face|in-person|tête-à-tête|high-level)${SP}(${KIND})(?=${SP}(?:(?:at|in)${SP}[^,.;:\n]{1,60}?${SP})?(?:with|between)\b)`,
    'giu',
  ),
};

const MONTH_OR_DAY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/**
 * Rule event.main-kind-place: the readout's own meeting is also known by its kind word and place, the way a reader
 * names it: from its pair alias's place ("talks between A and B in Baghdad" → "talks in Baghdad", "meeting in
 * Baghdad": the GUIDE's "meeting in Hamburg"), and from the verb that tells where the pair met, in a sentence that names
 * one of them ("A and B met at Argyle" → "meeting at Argyle"). Only a capitalised place right after "at" or "in" (not a
 * month or a weekday, not "the State House", which names no place by itself).
 */
export const EVENT_MAIN_KIND_PLACE = {
  id: 'event.main-kind-place',
  met: new RegExp(
    String.raw`\bmet${SP}(?:(?:on|last|this)${SP}[\p{L}\d]+(?:${SP}\d{1,2})?${SP})?(at|in)${SP}((?!${MONTH_OR_DAY}\b)\p{Lu}[\p{L}'’-]+(?:${SP}\p{Lu}[\p{L}'’-]+){0,2})`,
    'u',
  ),
};

/** The pair alias of the main-event rules: "meeting between A and B[ in Place]"; groups: kind, A, B, tail. */
const PAIR_ALIAS = new RegExp(
  String.raw`^(${KIND})${SP}between${SP}(.+?)${SP}and${SP}(.+?)((?:${SP}in${SP}.+)?)$`,
  'u',
);

export interface PairAlias {
  kind: string;
  a: string;
  b: string;
  tail: string;
}

/** The main meeting's pair alias, when a rule gave it one. */
function pairAliasOf(ctx: Ctx, main: Found): PairAlias | undefined {
  for (const c of ctx.named('Event', main.name)) {
    const m = PAIR_ALIAS.exec(c.surface);
    if (m) return { kind: m[1]!.toLowerCase(), a: m[2]!, b: m[3]!, tail: m[4]! };
  }
  return undefined;
}

/** The kind words of sentences that open on the meeting ("The talks …"), other than its own. */
export function referentKinds(sentences: readonly { text: string }[], own: string): string[] {
  const r = EVENT_MAIN_KIND_REFERENT;
  const out = new Set<string>();
  for (const s of sentences) {
    if (!/\bthe\s/i.test(s.text.slice(0, 40))) continue; // cheap gate
    const m = r.opening.exec(s.text);
    if (m && m[1]!.toLowerCase() !== own) out.add(m[1]!.toLowerCase());
  }
  return [...out];
}

/**
 * Whether a sentence names one of the pair by family name, as a whole word ("Berg", not "Bergen"): a test made once per
 * pair (perf32: the whole-word pattern of each name was built again for every sentence holding it).
 */
export function namesOneOf(family: string[]): (text: string) => boolean {
  const words = family.map((w) => ({
    w,
    re: new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'),
  }));
  return (text) => words.some(({ w, re }) => text.indexOf(w) >= 0 && re.test(text));
}

/** The text's own phrases for the meeting of its kind ("official talks"), in sentences that name one of the pair. */
export function textPhrases(sentences: readonly { text: string }[], kinds: string[], pair: string[]): string[] {
  const out = new Set<string>();
  const namesOne = namesOneOf(pair.map((p) => p.split(/\s+/).pop()!).filter((w) => w.length > 1));
  for (const s of sentences) {
    if (!namesOne(s.text)) continue;
    for (const m of s.text.matchAll(EVENT_MAIN_TEXT_PHRASE.phrase)) {
      const kind = m[2]!.toLowerCase();
      if (kinds.includes(kind)) out.add(`${m[1]!.toLowerCase()} ${kind}`);
    }
  }
  return [...out];
}

/** event.main-kind-place: "<kind> in <place>" from the pair alias, "meeting at <place>" from "met at <place>". */
export function kindPlaceForms(sentences: readonly { text: string }[], pair: PairAlias, alts: string[]): string[] {
  const out = new Set<string>();
  if (pair.tail) for (const k of [pair.kind, ...alts]) out.add(`${k}${pair.tail}`);
  const namesOne = namesOneOf([pair.a, pair.b].map((p) => p.split(/\s+/).pop()!).filter((w) => w.length > 1));
  for (const s of sentences) {
    if (!s.text.includes('met ') || !namesOne(s.text)) continue;
    const m = EVENT_MAIN_KIND_PLACE.met.exec(s.text);
    if (m) out.add(`meeting ${m[1]!} ${m[2]!}`);
  }
  return [...out];
}

/** event.main-kind-referent, event.main-text-phrase, event.main-kind-place: aliases of the readout's own meeting. */
export function addMainMeetingAliases(ctx: Ctx, main: Found | undefined): void {
  if (!main || main.type !== 'Event' || main.planned) return;
  const pair = pairAliasOf(ctx, main);
  if (!pair) return;
  const span = { start: main.start, end: main.end };
  const add = (surface: string, rule: string) => ctx.add('Event', main.name, { surface, ...span }, rule);
  const alts = referentKinds(ctx.sentences, pair.kind);
  for (const k of alts) {
    add(`${k} between ${pair.a} and ${pair.b}${pair.tail}`, EVENT_MAIN_KIND_REFERENT.id);
    const swapped = main.name.replace(new RegExp(`(\\S-\\S+ )${pair.kind}\\b`, 'u'), `$1${k}`);
    if (swapped !== main.name) add(swapped, EVENT_MAIN_KIND_REFERENT.id);
  }
  for (const form of kindPlaceForms(ctx.sentences, pair, alts)) add(form, EVENT_MAIN_KIND_PLACE.id);
  for (const p of textPhrases(ctx.sentences, [pair.kind, ...alts], [pair.a, pair.b])) {
    add(p, EVENT_MAIN_TEXT_PHRASE.id);
    add(`${p} between ${pair.a} and ${pair.b}${pair.tail}`, EVENT_MAIN_TEXT_PHRASE.id);
  }
}

/**
 * Rule agreement.generic-complement: an Agreement named by kind words alone ("framework agreement", "memorandum of
 * understanding", "memorandum of understanding on cooperation") is also known by its name with the complement the text
 * gives it right after: "the framework agreement on security cooperation between Solomon Islands and China, signed by
 * …" → alias "framework agreement on security cooperation between Solomon Islands and China"; "a memorandum of
 * understanding with Somaliland" → "memorandum of understanding with Somaliland"; "… on cooperation within the
 * framework of the Belt and Road Initiative and of an agreement on …" → "… within the framework of the Belt and Road
 * Initiative". The complement opens on a preposition of subject or side and ends at a clause boundary (punctuation, a
 * participle or verb, a relative, "and" before another article or "of", unless it closes "between A and the B"). Only names whose every word is a kind or
 * function word (AGREEMENT_GENERIC_WORDS): a name with its own words keeps them.
 */
export const AGREEMENT_GENERIC_COMPLEMENT = {
  id: 'agreement.generic-complement',
  complement: new RegExp(
    String.raw`^${SP}((?:on|for|between|with|concerning|regarding|in${SP}the${SP}(?:field|area|sphere)s?${SP}of|within${SP}the${SP}framework${SP}of)${SP}[^,;:()\n."“”]{2,110}?)(?=(?:${SP})?[,;:()."“”\n]|${SP}(?:signed|concluded|reached|initialled|agreed|adopted|which|that|who|was|were|is|are|has|had|will|would|to|by|at|during|last|this|in${SP}(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|as)\b|(?<!\bbetween${SP}(?:(?!\band\b)[^,;:()\n])+)${SP}and${SP}(?:of|the|a|an|to|with|on)\b|$)`,
    'u',
  ),
};

/**
 * Rule agreement.kind-phrase: an Agreement named without a kind word ("complete and permanent ceasefire") that the text
 * gives after one ("the agreement for a complete and permanent ceasefire signed in Geneva") is also known by that
 * phrase: alias "agreement for a complete and permanent ceasefire" (the scorer will not pair a bare name with a typed
 * document). Not when the name has a kind word of its own, nor for a kind word in another noun phrase ("the agreement,
 * a ceasefire").
 */
export const AGREEMENT_KIND_PHRASE = {
  id: 'agreement.kind-phrase',
  before: new RegExp(
    String.raw`\b(agreement|accord|treaty|deal|arrangement|memorandum|protocol)${SP}(?:for|on|of)${SP}(?:(?:a|an|the)${SP})?$`,
    'iu',
  ),
};

/**
 * Rule agreement.title-continuation: an Agreement whose name ends on its head word ("2023 Agreement") and that the text
 * continues in title case ("the 2023 Agreement Following the Compact Review between …", "the Agreement Concerning the
 * Transit of Goods") is also known by the whole title: alias "2023 Agreement Following the Compact Review". The
 * continuation opens on a capitalised preposition or participle and runs over capitalised words and function words to
 * its last capitalised word, before punctuation or a lowercase word; not a weekday or month ("the Treaty On Friday").
 */
export const AGREEMENT_TITLE_CONTINUATION = {
  id: 'agreement.title-continuation',
  after: new RegExp(
    String.raw`^${SP}((?:Following|Concerning|Regarding|Establishing|Relating${SP}to|Implementing|Amending|Supplementing|Between|On|For|Of|To)(?:${SP}(?:the|of|and|on|for|to|in|(?!${MONTH_OR_DAY}\b)\p{Lu}[\p{L}'’-]*))*?${SP}(?!${MONTH_OR_DAY}\b)\p{Lu}[\p{L}'’-]*)(?=\**(?:[,.;:)]|${SP}(?!(?:the|of|and|on|for|to|in)\b)\p{Ll}|$))`,
    'u',
  ),
  /** The head words a name must end on. */
  head: /\b(?:Agreement|Treaty|Accord|Protocol|Convention|Declaration|Memorandum|Charter|Arrangement|Pact)$/u,
};

const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter(Boolean);

/** agreement.title-continuation, agreement.generic-complement and agreement.kind-phrase over the Agreement mentions. */
export function addAgreementForms(ctx: Ctx, generic: ReadonlySet<string>, heads: ReadonlySet<string>): void {
  const seen = new Set<string>();
  const add = (name: string, surface: string, start: number, rule: string) => {
    const form = surface.replace(/\s+/g, ' ').trim();
    const key = `${name}\u0000${form.toLowerCase()}`;
    if (form === name || seen.has(key) || ctx.named('Agreement', name).some((c) => c.surface === form)) return;
    seen.add(key);
    ctx.add('Agreement', name, { surface: form, start, end: start + surface.length }, rule);
  };
  for (const c of [...ctx.ofType('Agreement')]) {
    if (c.end <= c.start) continue;
    const title = AGREEMENT_TITLE_CONTINUATION;
    const cont = title.head.test(c.name) ? title.after.exec(ctx.text.slice(c.end, c.end + 120)) : null;
    if (cont) add(c.name, `${ctx.text.slice(c.start, c.end)} ${cont[1]!}`, c.start, title.id);
    const words = wordsOf(c.name);
    if (words.every((w) => generic.has(w))) {
      const m = AGREEMENT_GENERIC_COMPLEMENT.complement.exec(ctx.text.slice(c.end, c.end + 200));
      if (m) add(c.name, `${ctx.text.slice(c.start, c.end)} ${m[1]!}`, c.start, AGREEMENT_GENERIC_COMPLEMENT.id);
    } else if (!words.some((w) => heads.has(w))) {
      const m = AGREEMENT_KIND_PHRASE.before.exec(ctx.text.slice(Math.max(0, c.start - 40), c.start));
      if (m) add(c.name, `${m[0]}${ctx.text.slice(c.start, c.end)}`, c.start - m[0].length, AGREEMENT_KIND_PHRASE.id);
    }
  }
}
