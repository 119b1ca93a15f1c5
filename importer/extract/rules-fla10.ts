// The fla10 round's rules (issue 6, constructions 1, 2 and 8), written on three new first-look samples (a Gulf
// wire agency, a Central Asian presidency, a Pacific regional secretariat) and tested on made-up sentences in
// rules-fla10.test.ts. People, titles and honorific chains only; rule ids are what --explain prints.
import { HONORIFIC_STARTS_NAME } from './lexicons.ts';
import { orgFormSide, orgTitleBefore } from './rules-fl28a.ts';
import type { PersonMention, TitleRef } from './types.ts';
import { stateTitleBefore } from './rules-fl29b.ts';

/** Patterns of the fla10 rules, as named data. */
export const FLA10_PATTERNS = {
  /** Rule office.honorific-ends-title (the pattern lives in lexicons.ts, read by titles.ts). */
  honorificStartsName: HONORIFIC_STARTS_NAME,
  /** Rule office.stacked-titles: only a comma between a bare title and the title chain of the name after it. */
  stackGap: /^,[^\S\n]+$/,
  /**
   * Rule office.dash-joined-titles: "Deputy Prime Minister – Minister of Foreign Affairs X": two titles joined by a
   * spaced dash before a name are both the person's.
   */
  titleDash: /^[^\S\n]*[–—][^\S\n]*$|^[^\S\n]+-[^\S\n]+$/,
  /**
   * Rule person.part-on-side: "X took part on the Uzbek side", "Y participated for the Kenyan side": the side after a
   * verb of taking part is the person's (the side cue person.side-cue reads it).
   */
  partOnSide:
    /^\s*(?:(?:also\s+)?(?:took|takes|take|taking)\s+part|participated|participating|(?:was|were)\s+present|sat|attended)\s+(?:on|for)\s+the\s+(?=\S+\s+side\b)/,
  /**
   * Rule person.title-name-list: after a list item's title, a comma, an optional honorific and a capitalised name of
   * two words or more (the next pair of "Title, Name, Title, Name, and …").
   */
  // fl14a (person.title-name-list-particles): the name may carry Arabic and European particles and a Gulf honorific
  // ("…, the Minister of Finance, Shaikh Salman bin Khalifa Al Khalifa, and …").
  nextPairName:
    /^,[^\S\n]+(?:(?:Mr|Ms|Mrs|Dr|Hon|H\.E|Sheikh|Shaikh|Sheikha|Shaikha)\.?[^\S\n]+)?\p{Lu}[\p{Ll}\p{M}'’ʻ-]+(?:[^\S\n]+(?:(?:bin|bint|ibn|de|da|van|von|del|della|di|du|dos|das)[^\S\n]+)?\p{Lu}[\p{Ll}\p{M}'’ʻ.-]*)+[^\S\n]*(?:,|and\b|$)/u,
  /** Rule negotiates.leader-passive: "was negotiated (in June 2022) by": the people after it are its agents. */
  negotiatedBy: /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:jointly\s+)?negotiated\b[^.;]{0,60}?\bby\b/i,
  /** An article or possessive right before a title: it refers to a person of its own, it is no stacked title. */
  articleBefore: /\b(?:the|a|an|his|her|its|their)\s+$/i,
};

/**
 * Rule office.stacked-titles: "Saudi Crown Prince, Deputy Prime Minister and Minister of Defense His Royal Highness
 * Prince X": a bare title (no article) set before a chain of two or more titles that ends in the name, with only a
 * comma between, is one more title of that person; a state or organisation written before the first title owns the
 * titles of the chain that name no owner of their own.
 */
export function stackedTitleHolder(text: string, r: TitleRef, people: PersonMention[]): PersonMention | undefined {
  if (r.lowercase || r.principalAt !== undefined) return undefined;
  if (FLA10_PATTERNS.articleBefore.test(text.slice(Math.max(0, r.start - 6), r.start))) return undefined;
  const chainStart = (x: PersonMention) => Math.min(x.from ?? x.start, ...x.titles.map((t) => t.start));
  const next = people.find((x) => x.titles.length >= 2 && chainStart(x) >= r.end && chainStart(x) - r.end <= 3);
  if (!next || !FLA10_PATTERNS.stackGap.test(text.slice(r.end, chainStart(next)))) return undefined;
  return next;
}

/** The owner a stacked chain's first title gives the titles after it that name none (office.stacked-titles). */
export function shareStackOwner(first: TitleRef, holder: PersonMention): void {
  if (!first.owner) return;
  for (const t of holder.titles) t.owner ??= first.owner;
}

/** Arabic family-name words: "Al-Sabah", "Al Saud", "El-Sisi". */
const FAMILY_WORD = /^(?:al|el|aal)(?:-|$)/;

/**
 * Rule person.given-and-father: "Sheikh Dr. Ahmad Nasser" is "Ahmad Nasser Al-Mohammad Al-Sabah": the first words of
 * a longer name whose remaining words are all family-name words ("Al-…") are the same person. `short` and `long` are
 * folded tokens.
 */
export function givenAndFather(long: string[], short: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  if (!short.every((w, i) => w === long[i])) return false;
  const rest = long.slice(short.length);
  return rest.every(
    (w, i) => FAMILY_WORD.test(w) || (i > 0 && FAMILY_WORD.test(rest[i - 1]!) && rest[i - 1]!.length <= 3),
  );
}

/**
 * Rule person.patronymic-chain: "Prince Abdulaziz bin Salman" is "Abdulaziz bin Salman bin Abdulaziz Al Saud": a name
 * of given name and patronymic that opens a longer chain of patronymics closed by the family name is the same person.
 */
export function patronymicChain(long: string[], short: string[], isPatronymic: (w: string) => boolean): boolean {
  if (short.length < 3 || short.length >= long.length || !isPatronymic(short[1]!)) return false;
  if (!short.every((w, i) => w === long[i])) return false;
  // The longer name must close with the family name ("… Al Saud"): a chain of patronymics alone may be another
  // reading of the name, kept apart as before.
  const rest = long.slice(short.length);
  return (isPatronymic(rest[0]!) || FAMILY_WORD.test(rest[0]!)) && rest.some((w) => FAMILY_WORD.test(w));
}

/**
 * Rule person.distinct-middle: "Sabah Khaled Al-Hamad Al-Sabah" and "Sabah Al-Ahmad Al-Jaber Al-Sabah" share their
 * first and last words but not their middle ones: two people (a family name shared within a ruling family). Both
 * names must have middle words, and neither middle be a run of the other's (initials match their word).
 */
export function distinctMiddle(a: string[], b: string[]): boolean {
  const ma = a.slice(1, -1);
  const mb = b.slice(1, -1);
  if (!ma.length || !mb.length) return false;
  const [s, l] = ma.length <= mb.length ? [ma, mb] : [mb, ma];
  let k = 0;
  for (const w of l) if (k < s.length && sameWord(s[k]!, w)) k++;
  return k < s.length;
}

const sameWord = (x: string, y: string) => x === y || (x.length === 1 && y[0] === x) || (y.length === 1 && x[0] === y);

/** Rule office.represented-principal: the cue before a principal's title, and the represented state's cue after it. */
const BEHALF_BEFORE = /\b(?:on\s+behalf\s+of|in\s+place\s+of|standing\s+in\s+for|representing)\s+$/;
const REPRESENTED_AFTER =
  /^\s+(?:was|were|is|are|has\s+been|had\s+been)\s+represented\s+(?:at\s+[^,.;]{0,60}?\s+)?by\b/;

/**
 * Rule office.represented-principal: "Australia was represented by X, Minister for Foreign Affairs, on behalf of Prime
 * Minister Y": the bare title of the principal on whose behalf a state's representative came is that state's.
 * `states` are the state mentions of the sentence (name and span); the nearest represented one before the title wins.
 */
export function representedPrincipalState(
  text: string,
  sentenceStart: number,
  titleStart: number,
  states: { name: string; start: number; end: number }[],
): string | undefined {
  if (!BEHALF_BEFORE.test(text.slice(Math.max(sentenceStart, titleStart - 24), titleStart))) return undefined;
  const represented = states
    .filter(
      (h) => h.end <= titleStart && h.start >= sentenceStart && REPRESENTED_AFTER.test(text.slice(h.end, h.end + 90)),
    )
    .sort((a, b) => b.start - a.start)[0];
  return represented?.name;
}

/** Rule state.form-reference: the form words a state's formal name opens with, used alone for it. */
const FORM_REFERENCE =
  /(?<![\p{L}])[Tt]he\s+(Kingdom|Sultanate|Emirate|Principality|Grand\s+Duchy|Forum|Union|Alliance|Community)(?![\p{L}]|\s+of\b)/gu;
/** A form word standing alone for its state ("Kingdom"): a mention, never a spelling of the state in office names. */
export const FORM_WORD_ALONE =
  /^(?:Kingdom|Sultanate|Emirate|Principality|Grand Duchy|Forum|Union|Alliance|Community)$/;
/** Heads that name an organisation (the rest, a state): "the Forum", "the Union". */
const ORG_FORMS = /^(?:Forum|Union|Alliance|Community)$/;
/** What may follow an organisation's head in a role cue: "on behalf of the Forum Leaders", "the Union's members". */
const ORG_MEMBERS = /^(?:\s+(?:Leaders|leaders|members|member\s+states|Member\s+States|family))?/;
/** The role cue a form reference must stand in: acting, signing or being represented for the state. */
const FORM_ROLE_BEFORE =
  /\b(?:on\s+behalf\s+of|represented|representing|spoke\s+for|negotiat(?:ed|ing)\s+for|signed\s+(?:it\s+|them\s+)?for)\s+$/;
const FORM_ROLE_AFTER =
  /^\s+(?:was|were|is|will\s+be)\s+represented\b|^['’]s\s+(?:delegation|negotiators?|representatives?|envoy)\b/;

/**
 * Rule state.form-reference: "… signed it on behalf of the Kingdom", "the Sultanate was represented by …": "the
 * Kingdom" (Sultanate, Emirate, Principality, Grand Duchy) in a role cue is the one state named in the readout whose
 * formal name opens with that word; "on behalf of the Forum (Leaders)" (Union, Alliance, Community) is the one
 * organisation named whose name ends with it. Never when two such are named, never outside a role cue.
 */
export function formReferenceHits<
  H extends {
    type: 'State' | 'Organization';
    name: string;
    start: number;
    end: number;
    surface: string;
    demonym: boolean;
    pattern?: boolean;
    state?: { official?: string };
  },
>(text: string, hits: H[]): (H & { surface: string })[] {
  const out: H[] = [];
  FORM_REFERENCE.lastIndex = 0;
  for (let m = FORM_REFERENCE.exec(text); m; m = FORM_REFERENCE.exec(text)) {
    const word = m[1]!.replace(/\s+/g, ' ');
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const org = ORG_FORMS.test(word);
    // org.form-in-title-complement (fl28a): "the Secretary-General of the Community, X".
    // org.form-side-reference (fl28a): "The Forum's side was led by X"; "on behalf of the MPS and of the Forum".
    const titled =
      org &&
      (orgTitleBefore(before) ||
        orgFormSide(text.slice(Math.max(0, m.index - 80), m.index), text.slice(end, end + 30)));
    // state.form-in-title-complement (fl29b): "the Minister of Foreign Affairs of the Sultanate, X".
    const stateTitled = !org && stateTitleBefore(text.slice(Math.max(0, m.index - 80), m.index));
    if (!titled && !stateTitled && !FORM_ROLE_BEFORE.test(before) && !FORM_ROLE_AFTER.test(text.slice(end, end + 40)))
      continue;
    if (org && !titled && !FORM_ROLE_BEFORE.test(before)) continue;
    const owners = new Map(
      hits
        .filter((h) =>
          org
            ? h.type === 'Organization' &&
              !h.pattern &&
              h.name.endsWith(` ${word}`) &&
              ORG_MEMBERS.test(text.slice(end))
            : h.type === 'State' &&
              (h.surface.startsWith(`${word} of`) || h.state?.official?.startsWith(`${word} of`) === true),
        )
        .map((h) => [h.name, h] as const),
    );
    if (owners.size !== 1 || hits.some((h) => h.start < end && h.end > start)) continue;
    const h = [...owners.values()][0]!;
    out.push({ ...h, surface: text.slice(start, end), start, end, demonym: false });
  }
  return out;
}

/** Rule negotiates-for.not-met: a meeting verb right before a person makes them the one met, not an agent. */
const MET_BEFORE =
  /\b(?:to\s+meet|met(?:\s+with)?|meeting\s+with|meets(?:\s+with)?|received|receives|hosted|called\s+on)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.-]*\s+){0,4}$/u;

/**
 * Rule negotiates-for.not-met: "X travelled to Tarawa to meet President Y and to present an apology on behalf of the
 * Forum": of the people before "on behalf of", one introduced by a meeting verb is the person met, not an agent, when
 * someone else stands before them.
 */
export function notMetPeople<P extends { start: number; from?: number }, K>(text: string, agents: [P, K][]): [P, K][] {
  if (agents.length < 2) return agents;
  const first = Math.min(...agents.map(([p]) => p.from ?? p.start));
  return agents.filter(([p]) => {
    const at = p.from ?? p.start;
    return at === first || !MET_BEFORE.test(text.slice(Math.max(0, at - 60), at));
  });
}

/** Rule office.handed-to: a verb of handing over right before a chair's title. */
const HANDED_BEFORE =
  /\b(?:hand(?:ed|s|ing)?|pass(?:ed|es|ing)?|transferr?(?:ed|ing|s)?)\s+(?:over\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/u;
/** The chair's title as written, which the handing over gives: "the Forum Chair", "the Chairmanship". */
const HANDED_TITLE = /^(?:Chair|Chairmanship|Chairpersonship)$/;

/**
 * Rule office.handed-to: "Prime Minister A handed the Forum Chair to Prime Minister B": the chair ("Chair to the
 * Prime Minister" as first read) goes to the person named after "to", who holds it; not the principal of an envoy
 * title. Returns the holder and the title to give, or undefined.
 */
export function handedChair(
  text: string,
  sentenceStart: number,
  r: TitleRef,
  people: PersonMention[],
  orgs: { type: string; name: string }[],
): { holder: PersonMention; title: TitleRef } | undefined {
  if (r.principalAt === undefined || !HANDED_TITLE.test(text.slice(r.start, r.end))) return undefined;
  if (!HANDED_BEFORE.test(text.slice(Math.max(sentenceStart, r.start - 40), r.start))) return undefined;
  const holder = people.find((x) => x.start >= r.principalAt! && x.start - r.principalAt! < 40);
  if (!holder) return undefined;
  const { principalAt: _p, principal: _q, ...rest } = r;
  // "the Forum Chair": the organisation named in the readout whose name ends with the word before the chair.
  const word = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, r.start - 30), r.start))?.[1];
  const org = word ? orgs.find((h) => h.type === 'Organization' && h.name.endsWith(` ${word}`)) : undefined;
  const owner = org ? { type: 'Organization' as const, name: org.name } : rest.owner;
  return {
    holder,
    title: { ...rest, title: 'Chair', written: text.slice(r.start, r.end), ...(owner ? { owner } : {}) },
  };
}
