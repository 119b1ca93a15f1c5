// Rules of round fl26b (issue 6), written after the first look at three new samples (a Pacific presidency's plain-text
// release on a state visit with signings, an Atlantic island government's web page on a summit and a debt-conversion
// memorandum, an Indian Ocean presidency's Markdown communiqué on an accession protocol signed at a ministerial
// conference). Each rule is a general construction; tests on made-up sentences, negative ones included, in
// rules-fl26b.test.ts. Rule data (patterns) are named next to the rules.
import type { PersonMention } from './types.ts';

/**
 * Rule event.group-held-heads (widens event.group-held, rules-fl13a-events.ts): "The two Heads of State then held
 * talks", "the three Heads of Government held a trilateral meeting": the group noun in capitals as well as in lower
 * case, and heads of government as well as heads of state. The group's members are the readout's leaders.
 */
export const EVENT_GROUP_HELD_HEADS = {
  id: 'event.group-held-heads',
  /** The group nouns (inside event.group-held's pattern): heads of state or government, any case. */
  group: '[Hh]eads[^\\S\\n]+of[^\\S\\n]+(?:[Ss]tate|[Gg]overnment)',
  /** The group nouns that stand for the readout's leaders. */
  leaders: /leaders|heads of (?:state|government)|Presidents/i,
};

/**
 * Rule event.main-not-welcome-ceremony: "X was welcomed by President Y at a welcome ceremony at the Great Hall, at the
 * start of his State Visit": a welcome or arrival ceremony told in the opening is a session of the visit, not the
 * readout's own meeting; the visit or the talks told next are.
 */
export const EVENT_MAIN_NOT_WELCOME_CEREMONY = {
  id: 'event.main-not-welcome-ceremony',
  /** An event's name that is a ceremony of welcome or arrival. */
  ceremony: /\b(?:welcome|welcoming|arrival)\s+ceremony\b/i,
};

/** Rule event.main-not-welcome-ceremony: whether an event's name is a welcome or arrival ceremony. */
export const welcomeCeremony = (name: string): boolean => EVENT_MAIN_NOT_WELCOME_CEREMONY.ceremony.test(name);

/**
 * Rule person.represented-by-its-and-by (widens person.represented-by-its, person-sides.ts): "Portugal was represented
 * by its Minister of Foreign Affairs, X, and by the Minister of Finance, Y, with the Secretary of State for …, Z": the
 * people of the later items ("and by the …", "with the …") are of the side too, so their bare titles are its offices.
 * Only after "represented … by its/their" in the same sentence, with no stop between.
 */
export const PERSON_REPRESENTED_BY_ITS_AND_BY = {
  id: 'person.represented-by-its-and-by',
  /** The text before a later item's name: "represented … by its <first item>, and by the <title>, ". */
  before:
    /\b(?:was|were|is|are|will\s+be)\s+represented\s+(?:(?:at|in)\s+the\s+\w+(?:\s+\w+)?\s+)?by\s+(?:its|their)\s+[^;.]{1,160}?(?:,\s+|\s+)(?:and\s+(?:also\s+)?by|with)\s+(?:the\s+)?(?:[^,;.]{1,70},\s+)?(?:\S+\s+){0,3}$/,
};

/**
 * Rule office.whose-title-state: "the accession of the Republic of Timor-Leste, whose Prime Minister, X, congratulated
 * …", "Ghana, whose Foreign Minister X attended": a title right after "<State>, whose" is that state's office, not the
 * issuer's. Only a state named right before the comma (not a demonym).
 */
export const OFFICE_WHOSE_TITLE_STATE = {
  id: 'office.whose-title-state',
  /** The text right before the title: a comma, "whose". */
  before: /,\s+whose\s+$/,
};

/** Rule office.whose-title-state: the state named right before ", whose" that ends at `before`'s match, if any. */
export function whoseTitleState(
  text: string,
  titleStart: number,
  states: readonly { name: string; end: number }[],
): string | undefined {
  const m = OFFICE_WHOSE_TITLE_STATE.before.exec(text.slice(Math.max(0, titleStart - 16), titleStart));
  if (!m) return undefined;
  const comma = titleStart - m[0].length;
  return states.find((h) => h.end === comma)?.name;
}

/**
 * Rule negotiates-for.signed-for-people (narrows negotiates-for.not-people, rules-nf11.ts): "The Head of State signed
 * on behalf of the Comorian people", "X signed the Protocol on behalf of the people of Y": a signature given for a
 * nation is given for its state; a wreath laid or thanks conveyed "on behalf of the Polish people" stay no role.
 */
export const NEGOTIATES_FOR_SIGNED_FOR_PEOPLE = {
  id: 'negotiates-for.signed-for-people',
  /** The clause before "on behalf of": a verb of signing, no stop or comma between. */
  signedBefore: /\b(?:signed|signs|initialled|initialed|ratified)\b[^,;.:]{0,80}$/,
};

/** Rule negotiates-for.signed-for-people: whether the clause before "on behalf of" (`before`) tells a signature. */
export const signedForPeople = (before: string): boolean => NEGOTIATES_FOR_SIGNED_FOR_PEOPLE.signedBefore.test(before);

/**
 * Rule person.head-of-state-ref: "President X of Y signed the Protocol … The Head of State signed on behalf of the Y
 * people": "the Head of State" ("the Head of Government") used alone, in a readout of that state's government, is the
 * one person of the readout who holds the issuer's head-of-state (head-of-government) title, once named; so every
 * rule that reads people reads it too. Not "Heads of State", not "a Head of State", not "the Head of State of Z", not
 * when the sentence names another head of state (government) before it ("President X of Z, who attended on behalf of
 * the Head of State").
 */
export const PERSON_HEAD_OF_STATE_REF = {
  id: 'person.head-of-state-ref',
  /** "the Head of State", "The Head of Government", not followed by "s" or "of". */
  pattern: /\b[Tt]he\s+[Hh]ead\s+of\s+([Ss]tate|[Gg]overnment)\b(?!s|\s+of\b|[-‑])/g,
  /** The titles of a head of state and of a head of government. */
  state: /^(?:President|King|Queen|Sultan|Emir|Amir|Grand Duke|Prince)$/,
  government: /^(?:Prime Minister|Premier|Chancellor|Federal Chancellor|Taoiseach)$/,
};

/** What person.head-of-state-ref needs of the people stage: the clusters, their offices, and a way to add a mention. */
export interface HeadRefEnv {
  text: string;
  home: string | undefined;
  clusters: readonly { mentions: PersonMention[] }[];
  officesOf: (c: { mentions: PersonMention[] }) => readonly { title: string; owner: string }[];
  sentenceAt: (offset: number) => number;
  add: (c: { mentions: PersonMention[] }, m: PersonMention) => void;
}

/** Rule person.head-of-state-ref: adds a mention of the issuer's sole head of state (government) at each reference. */
export function addHeadOfStateRefs(env: HeadRefEnv): void {
  const R = PERSON_HEAD_OF_STATE_REF;
  if (!env.home || !/\b[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)\b/.test(env.text)) return;
  for (const m of env.text.matchAll(R.pattern)) {
    const re = /^s/i.test(m[1]!) ? R.state : R.government;
    const holders = env.clusters.filter((c) => env.officesOf(c).some((o) => o.owner === env.home && re.test(o.title)));
    const c = holders.length === 1 ? holders[0]! : undefined;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!c || !c.mentions.some((x) => x.end <= m.index)) continue;
    // "Director of Cabinet to President X of Z, who attended on behalf of the Head of State": another state's head
    // named before it in the sentence is the one meant.
    const si = env.sentenceAt(m.index);
    const other = env.clusters.some(
      (o) =>
        o !== c &&
        o.mentions.some((x) => x.sentence === si && x.end <= m.index) &&
        env.officesOf(o).some((t) => re.test(t.title)),
    );
    if (other) continue;
    if (c.mentions.some((x) => x.start < end && x.end > start)) continue;
    const mention: PersonMention = {
      start,
      end,
      surface: m[0],
      raw: c.mentions[0]!.raw,
      sentence: si,
      rule: R.id,
      titles: [],
    };
    env.add(c, mention);
  }
}

/**
 * Rule person.head-of-state-ref: a mention it adds is a title used alone, as person.title-ref's are: rules that ask
 * whether a sentence names somebody ("The Head of State then hosted a lunch in her honour" names nobody) leave it out.
 */
export const titleAloneMention = (rule: string): boolean =>
  rule === 'person.title-ref' || rule === PERSON_HEAD_OF_STATE_REF.id;
