// Rules of round fl24a (issue 6), written after the first look at three new samples (a central African presidency's
// plain-text release on a boundary agreement signed under UN auspices, an east African presidency's web page on a
// ceasefire signed with an armed movement under a regional facilitation, a Pacific foreign ministry's Markdown release
// on a partnership agreement signed in its capital). Each rule is a general construction; tests on made-up sentences,
// negative ones included, in rules-fl24a.test.ts. Rule data (patterns) are named next to the rules.
import type { GazetteerHit } from './gazetteer.ts';
import { MONTHS } from './lexicons.ts';

/**
 * Rule org.hyphen-acronym-movement: "the leader of the Palipehutu-FNL", "the Government and the CNDD-FDD", "the
 * MPLA-PT side": after "the", one word joining a capitalised word and an acronym (or two acronyms) by a hyphen, with no
 * state or known body inside it, names an armed or political movement (their names are formed so: a word or acronym,
 * then the armed wing's or the faction's acronym). Every later occurrence of the same word is the movement too. Not a
 * pair of known names ("the EU-CELAC summit", "the US-China talks": a state or body inside), not a word with a digit
 * ("COVID-19"), not a word followed by a meeting or relation noun ("the ABC-DEF summit" is a meeting's name).
 */
export const ORG_HYPHEN_ACRONYM_MOVEMENT = {
  id: 'org.hyphen-acronym-movement',
  /** "the X-ABC" or "the ABC-Xyz" (group 1), one word, not followed by another hyphen or a letter. */
  word: /\b[Tt]he[^\S\n]+((?:\p{Lu}\p{Ll}+-\p{Lu}{2,6}|\p{Lu}{2,8}-\p{Lu}[\p{Ll}\p{Lu}]{1,10}))(?![\p{L}\d-])/gu,
  /** Right after the word: a noun that makes it a modifier of a meeting, relation or plan, not a body's name. */
  modifierNoun:
    /^[^\S\n]+(?:summit|summits|talks|meeting|meetings|relations|relationship|partnership|dialogue|agreement|deal|accord|declaration|statement|format|border|cooperation|joint|consultations|war|conflict|ceasefire|trade|process|council|committee|commission|forum|framework|mechanism|corridor|pipeline|axis|alliance)\b/i,
};

/** Rule org.hyphen-acronym-movement: the movements' hits in `text`, every occurrence, none inside a known hit. */
export function hyphenMovementHits(text: string, known: readonly GazetteerHit[]): GazetteerHit[] {
  const names = new Set<string>();
  for (const m of text.matchAll(ORG_HYPHEN_ACRONYM_MOVEMENT.word)) {
    const w = m[1]!;
    const s = m.index + m[0].length - w.length;
    const e = s + w.length;
    if (known.some((h) => h.start < e && s < h.end)) continue;
    if (ORG_HYPHEN_ACRONYM_MOVEMENT.modifierNoun.test(text.slice(e, e + 40))) continue;
    names.add(w);
  }
  const out: GazetteerHit[] = [];
  for (const name of names) {
    for (let s = text.indexOf(name); s >= 0; s = text.indexOf(name, s + 1)) {
      if (/[\p{L}\d-]/u.test(text[s - 1] ?? '') || /[\p{L}\d-]/u.test(text[s + name.length] ?? '')) continue;
      const e = s + name.length;
      if (known.some((h) => h.start < e && s < h.end)) continue;
      out.push({ type: 'Organization', name, surface: name, start: s, end: e, demonym: false, pattern: true });
    }
  }
  return out;
}

/**
 * Rule person.caps-surname: "The Head of State, His Excellency Paul BIYA, …", then "President BIYA signed …", "Mr
 * ALI", "Mr ZE MEKA": a readout that writes surnames in capitals names the person again by the capitalised surname
 * alone (after a title or an honorific, which the title readers cannot take as a name: a word in capitals is read as an
 * acronym). The surname in capitals that ends a full name's mention ("Paul BIYA", "Rémy ZE MEKA") is a mention of that
 * person wherever it stands alone. Not a surname two people share, not one inside a longer run of capitals ("THE
 * PRESIDENT OF THE REPUBLIC"), not fewer than three letters.
 */
export const PERSON_CAPS_SURNAME = {
  id: 'person.caps-surname',
  /** The capitalised surname ending a mention's name, after at least one given name not in capitals (group 1). */
  tail: /^\p{Lu}[\p{Ll}\p{M}'’.-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’.-]+)*\s+((?:\p{Lu}{2,}['’-]?)+(?:\s+(?:\p{Lu}{2,}['’-]?)+)*)$/u,
  /** A letter, digit, hyphen or apostrophe right before or after: the word goes on. */
  glued: /[\p{L}\p{N}'’-]/u,
  /** A word in capitals right before or after: a run of capitals (a heading), no surname. */
  capsBefore: /\p{Lu}{2,}[^\S\n]+$/u,
  capsAfter: /^[^\S\n]+\p{Lu}{2,}/u,
};

/** A person's mention found by PERSON_CAPS_SURNAME. */
export interface CapsSurnameMention {
  start: number;
  end: number;
  surface: string;
}

/** Rule person.caps-surname: each cluster's stand-alone capitalised surname mentions (`raws`: its mentions' names). */
export function capsSurnameMentions(
  text: string,
  raws: readonly (readonly string[])[],
  taken: { overlaps(start: number, end: number): boolean },
): CapsSurnameMention[][] {
  const R = PERSON_CAPS_SURNAME;
  const tails = raws.map((rs) => new Set(rs.map((r) => R.tail.exec(r)?.[1]).filter((t): t is string => !!t)));
  const count = new Map<string, number>();
  for (const ts of tails) for (const t of ts) count.set(t, (count.get(t) ?? 0) + 1);
  return tails.map((ts) => {
    const out: CapsSurnameMention[] = [];
    for (const t of ts) {
      if (count.get(t)! > 1 || t.replace(/[^\p{L}]/gu, '').length < 3) continue;
      for (let s = text.indexOf(t); s >= 0; s = text.indexOf(t, s + 1)) {
        const e = s + t.length;
        if (R.glued.test(text[s - 1] ?? '') || R.glued.test(text[e] ?? '') || taken.overlaps(s, e)) continue;
        if (R.capsBefore.test(text.slice(Math.max(0, s - 20), s)) || R.capsAfter.test(text.slice(e, e + 20))) continue;
        out.push({ start: s, end: e, surface: t });
      }
    }
    return out;
  });
}

export { ORG_NOT_LEADING_ARTICLE_OR_ENVOYS, withoutLeadingEnvoys } from './rules-fl24a-orgs.ts';

/**
 * Rule part-of.not-other-year: "Negotiations were launched in New York in September 2018, on the margins of the
 * United Nations General Assembly" in a readout of 2023: a sentence that tells its own year, another than the
 * readout's, and names no meeting before the frame tells something of another time; the readout's own meeting is no
 * part of the gathering it names (part-of.occasion took the readout's meeting when the sentence named none). Not a
 * sentence without a year or with the readout's year ("in September 2023, on the margins of …").
 */
export const PART_OF_NOT_OTHER_YEAR = {
  id: 'part-of.not-other-year',
  /** A year told as a time: "in (September) 2018", "since 2019", "of 2018". */
  year: /\b(?:in|since|from|of|until)[^\S\n]+(?:(?:early|late|mid-?)[^\S\n]*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[^\S\n]+)?((?:19|20)\d\d)\b/g,
};

/** Rule part-of.not-other-year: does `sentence` tell a year other than the readout's (`docDate`, ISO)? */
export function toldOtherYear(sentence: string, docDate: string | undefined): boolean {
  const own = /^\d{4}/.exec(docDate ?? '')?.[0];
  if (!own || !/(?:19|20)\d\d/.test(sentence)) return false;
  return [...sentence.matchAll(PART_OF_NOT_OTHER_YEAR.year)].some((m) => m[1] !== own);
}

/**
 * Rule reached-at.negotiations-not-launched: "Negotiations were launched in New York …, on the margins of the General
 * Assembly": negotiations launched, begun, opened or started at a gathering reached nothing there; the readout's
 * agreement is not reached at it (reached-at.negotiations-concluded reads "concluded", "finalised", "agreed").
 */
export const REACHED_AT_NOT_LAUNCHED = {
  id: 'reached-at.negotiations-not-launched',
  verb: /^(?:launched|began|begun|opened|started)$/i,
};

/**
 * Rule event.planned-dated-later: "Samoa's preparations to host the Commonwealth Heads of Government Meeting in
 * October 2024" in a readout of November 2023, "the summit in 2027": an event whose month and year (or year), told
 * right after its name, come after the readout's month is still to come (planned: DISCUSSED, nobody takes part). Not a
 * month without its year ("in October": event.main-not-dated-earlier and the tense decide), not the readout's month.
 */
export const EVENT_PLANNED_DATED_LATER = {
  id: 'event.planned-dated-later',
  /** Right after the event's name: "(, to be held)( in City) in (Month) Year". */
  after:
    /^,?[^\S\n]+(?:(?:to[^\S\n]+be[^\S\n]+)?held[^\S\n]+)?(?:in[^\S\n]+\p{Lu}[\p{L}-]+[^\S\n]+)?in[^\S\n]+(?:(January|February|March|April|May|June|July|August|September|October|November|December)[^\S\n]+)?((?:19|20)\d\d)\b/u,
};

/** Rule event.planned-dated-later: does `after` (the text right after an event's name) date it after `docDate`? */
export function datedLater(after: string, docDate: string | undefined): boolean {
  const d = /^(\d{4})-(\d\d)/.exec(docDate ?? '');
  if (!d || !/\d{4}/.test(after.slice(0, 60))) return false;
  const m = EVENT_PLANNED_DATED_LATER.after.exec(after);
  if (!m) return false;
  const year = Number(m[2]);
  if (!m[1]) return year > Number(d[1]);
  const month = MONTHS.indexOf(m[1]) + 1;
  return year * 12 + month > Number(d[1]) * 12 + Number(d[2]);
}
