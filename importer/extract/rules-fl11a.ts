// Constructions of the three fl11a samples' house styles (a State Department call readout, a TASS wire dispatch, an
// EEAS press release), each a named rule stated as general diplomatic English. Rule ids are what --explain prints.
import type { PersonCluster, PersonMention, TitleRef } from './types.ts';

/** Patterns of the rules in this file, as named data. */
export const FL11A_PATTERNS = {
  /** What may follow a short title inside the full one it stands for: "Secretary" of "Secretary of State". */
  titleComplement: /^\s+(?:of|for|to|on)\s/i,
  /** A title written with its complement ("the President of the Council …"), which may be part of a longer name. */
  withComplement: /\s(?:of|for|to|on)\s/i,
  /** Right before a principal: "on behalf of (the)", "in the name of (the)". */
  principalBefore: /\b(?:on\s+behalf|in\s+the\s+name)\s+of\s+(?:the\s+)?$/i,
  /** Right before the subject of an object relative clause: "whom (the)". */
  objectRelative: /\bwhom\s+(?:the\s+)?$/i,
};

type Offices = Map<PersonCluster, { title: string; owner: string }[]>;

/** True when `full` is the title `short` names, or `short` followed by its complement ("Secretary of State"). */
export function titleCovers(full: string, short: string): boolean {
  const f = full.toLowerCase();
  const s = short.toLowerCase();
  return f === s || (f.startsWith(s) && FL11A_PATTERNS.titleComplement.test(f.slice(s.length)));
}

/**
 * The one person of the readout a title used alone stands for: the only holder of that title (or of a longer title it
 * begins, "the Secretary" for the Secretary of State) with the owner the reference names, if it names one.
 */
export function soleHolder(ref: TitleRef, offices: Offices): PersonCluster | undefined {
  const holds = (c: PersonCluster, exact: boolean) =>
    (offices.get(c) ?? []).some(
      (o) =>
        (exact ? o.title.toLowerCase() === ref.title.toLowerCase() : titleCovers(o.title, ref.title)) &&
        (!ref.owner || o.owner === ref.owner.name),
    );
  const clusters = [...offices.keys()];
  const exact = clusters.filter((c) => holds(c, true));
  if (exact.length) return exact.length === 1 ? exact[0] : undefined;
  const longer = clusters.filter((c) => holds(c, false));
  return longer.length === 1 ? longer[0] : undefined;
}

/**
 * Rule person.title-ref: "Secretary of State X spoke today with … . The Secretary raised …", "The High Representative
 * thanked …": a title used alone for the issuer's own office holder, after the readout has named the one person who
 * holds it, is a mention of that person, so every rule that reads people (meetings told by a verb, participants,
 * roles) reads it too. A title pointing at a principal ("Adviser to the President"), a title written with its
 * complement and a title inside a named mention are no such reference; nor is a title of another state's or
 * organisation's office (the counterpart's title is left to the rules that read titles).
 */
export function addTitleRefMentions(
  refs: TitleRef[],
  offices: Offices,
  personKey: Map<PersonMention, string>,
  keyOf: (c: PersonCluster) => string,
  issuer: string | undefined,
): void {
  if (!issuer) return;
  const spans = [...personKey.keys()].map((m) => [m.from ?? m.start, m.to ?? m.end] as const);
  for (const r of refs) {
    if (r.principal || r.principalAt !== undefined || FL11A_PATTERNS.withComplement.test(r.surface)) continue;
    if (spans.some(([s, e]) => s < r.end && e > r.start)) continue;
    const c = soleHolder(r, offices);
    // Only after the holder is named: a headline's "Receives the Prime Minister of X" is told again by name below.
    if (!c || !c.mentions.some((m) => m.end <= r.start)) continue;
    if (!(offices.get(c) ?? []).some((o) => o.owner === issuer)) continue;
    const m: PersonMention = {
      start: r.start,
      end: r.end,
      surface: r.surface,
      raw: c.name,
      sentence: r.sentence,
      rule: 'person.title-ref',
      titles: [],
    };
    c.mentions.push(m);
    personKey.set(m, keyOf(c));
  }
}
