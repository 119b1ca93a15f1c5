// ent21 rules (issue 6): names and titles the entities bank (bank-entities.ts) found wrong or missed, as general
// constructions: a person's "name" that is the first part of a building's or an airport's name, a Dáil member's "TD",
// a Mongolian-style initial glued to the name ("U.Khurelsukh") linked to the full name, "the Union" in a readout of an
// EU or AU institution, and a sole title told with no holder named ("His Highness the Amir"). A state's name inside a
// place's name is rules-ent21-places.ts (read by the gazetteer). Word lists live in lexicons.ts (honorifics, title
// heads, national titles), titles.ts (TITLE_SYNONYMS), states.ts, cities.ts and gazetteer-orgs.ts (UN missions).
import { PLACE_NAME_HEADS } from './lexicons.ts';
import { wordGate } from './gates.ts';
import { allMatches } from './text.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { PersonMention, TitleRef } from './types.ts';

/**
 * Rule person.not-named-place: a name read after a title or a style ("King Khalid", "Sheikh Zayed") that runs on into a
 * place's or building's head ("… International Airport", "… Grand Mosque", "… University") names the place after the
 * person, not a person of the readout.
 */
export const NAMED_PLACE = {
  id: 'person.not-named-place',
  heads: [...PLACE_NAME_HEADS, 'Mosque', 'University', 'Hospital', 'Road', 'Street', 'Bridge', 'Museum', 'Port'],
};
const NAMED_PLACE_AFTER = new RegExp(
  String.raw`^(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2}?[^\S\n]+(?:${NAMED_PLACE.heads.join('|')})(?![\p{L}])`,
  'u',
);

/** Whether the text right after a name (`after`, from the name's end) continues it into a place's name. */
export function namesPlace(after: string): boolean {
  return NAMED_PLACE_AFTER.test(after.slice(0, 60));
}

/**
 * Rule person.dail-post-nominal: "An Taoiseach Micheál Martin T.D.", "Simon Harris TD": a member of the Dáil's letters
 * after the name are no part of it (the letters of other parliaments are POST_NOMINALS_END in people.ts).
 */
export const DAIL_POST_NOMINAL = { id: 'person.dail-post-nominal', letters: /[^\S\n]+(?:T\.D\.?|TD)$/ };

/** `name` without a trailing "TD" / "T.D." (asked only when the name ends in "D" or "D."). */
export function withoutDailPostNominal(name: string): string {
  return name.endsWith('D') || name.endsWith('D.') ? name.replace(DAIL_POST_NOMINAL.letters, '') : name;
}

/**
 * Rule person.glued-initial: "U.Khurelsukh" (the Mongolian official style: the patronymic's initial glued to the name;
 * read as one name word by NAME_TOKEN in text.ts) is the initial "U." and the name "Khurelsukh" for coreference, so that
 * it joins "Ukhnaagiin Khurelsukh" as "K. Shanmugam" joins "Kasiviswanathan Shanmugam".
 */
export const GLUED_INITIAL = {
  id: 'person.glued-initial',
  word: /^(\p{Lu}\.)(\p{Lu}[\p{Ll}\p{M}]{2,}(?:-\p{L}[\p{Ll}\p{M}]*)*)$/u,
};

/** The name's words with a glued initial split off ("U.Khurelsukh" → "U.", "Khurelsukh"). */
export function splitGluedInitial(toks: string[]): string[] {
  if (!toks.some((t) => t[1] === '.')) return toks;
  return toks.flatMap((t) => {
    const m = t[1] === '.' ? GLUED_INITIAL.word.exec(t) : null;
    return m ? [m[1]!, m[2]!] : [t];
  });
}

/**
 * Rule org.the-union-of-issuer: "The Union remains steadfast …", "the Union's commitment": in a readout issued by an
 * institution of the European Union (or of the African Union) "the Union" is that union. Not "the Union of …", not
 * after a capitalised word ("the African Union", "the European Union" are found by name), and not in other readouts.
 */
export const UNION_OF_ISSUER = {
  id: 'org.the-union-of-issuer',
  /** Its gate (perf19a): the text holds the word "union". */
  gate: wordGate('union'),
  /** The issuing organisation's union, by the institution the source names. */
  unions: new Map([
    ['European Union', 'European Union'],
    ['European Commission', 'European Union'],
    ['European Council', 'European Union'],
    ['Council of the European Union', 'European Union'],
    ['European Parliament', 'European Union'],
    ['African Union', 'African Union'],
    ['African Union Commission', 'African Union'],
  ]),
  mention: /(?<=(?:^|[^\p{L}])[Tt]he[^\S\n]+)Union(?![\p{L}-])(?![^\S\n]+(?:of|for)\b)/gu,
};

/** Hits for "the Union" in a readout whose issuing organisation (`issuerOrg`) belongs to a union (see the rule). */
export function unionOfIssuerHits(text: string, issuerOrg: string | undefined): GazetteerHit[] {
  const union = issuerOrg ? UNION_OF_ISSUER.unions.get(issuerOrg) : undefined;
  if (!union) return [];
  return allMatches(text, UNION_OF_ISSUER.mention).map((m) => ({
    type: 'Organization',
    name: union,
    surface: 'Union',
    start: m.index,
    end: m.index + 5,
    demonym: false,
  }));
}

/**
 * Rule person.sole-title-holder: "His Majesty The Druk Gyalpo granted an Audience …", "His Highness the Amir received …",
 * "The Custodian of the Two Holy Mosques sent a cable …", "The Tánaiste will travel …": a title only one person holds at a time, told with no holder named anywhere in the readout, refers
 * to that person (GUIDE: "a person named only by a title is clearly referred to"). The person is named by the title;
 * the office is the title's own. Plural and lowercase titles, and titles a named person of the readout holds, are left.
 * The UN Secretary-General told by title alone is left too: the roles banks give "his Special Envoy" of an unnamed
 * Secretary-General to the United Nations, which a person named "Secretary-General" would take over.
 */
export const SOLE_TITLE_HOLDER = {
  id: 'person.sole-title-holder',
  /** Matched against the title and against its words as written ("Druk Gyalpo", read as the office "King"). */
  titles: /^(?:Druk Gyalpo|Amir|Emir|Custodian of the Two Holy Mosques|Taoiseach|Tánaiste|Lyonchhen)$/,
};

/** The mentions the rule adds: one per sole title with no named holder, at its first bare mention. */
export function soleTitleHolders(refs: readonly TitleRef[], mentions: readonly PersonMention[]): PersonMention[] {
  const held = new Set(mentions.flatMap((m) => m.titles.map((t) => t.title)));
  const out = new Map<string, PersonMention>();
  for (const r of refs) {
    if (r.lowercase || r.principal || held.has(r.title) || out.has(r.title)) continue;
    // "the Custodian of the Two Holy Mosques, King Salman": a holder named right beside the title.
    if (mentions.some((m) => Math.abs((m.from ?? m.start) - r.end) <= 2 || Math.abs(r.start - (m.to ?? m.end)) <= 2))
      continue;
    const raw = r.surface.replace(/^(?:the|The)\s+/, '');
    if (!SOLE_TITLE_HOLDER.titles.test(r.title) && !SOLE_TITLE_HOLDER.titles.test(raw)) continue;
    out.set(r.title, {
      start: r.start,
      end: r.end,
      surface: r.surface,
      raw,
      sentence: r.sentence,
      rule: SOLE_TITLE_HOLDER.id,
      titles: [{ ...r, rule: 'office.title-before-name' }],
    });
  }
  return [...out.values()];
}
