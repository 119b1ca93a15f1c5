// The shared view the relation rules work on: lookups between people, mentions and candidates, the main event,
// its participants and the readout's sides. Built once per document by relations.ts.
import type { Ctx } from './context.ts';
import type { EventFacts, Found } from './types.ts';
import { hitsWithin, type GazetteerHit } from './gazetteer.ts';
import type { PeopleFacts } from './types.ts';
import {
  INCIDENT_NOUNS,
  INCIDENT_PARTICIPLES,
  LEADER_TITLES,
  PARTICIPLE_INCIDENT_HEADS,
  PLANNED_CUES,
} from './lexicons.ts';
import type { PersonMention } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { STATE_BY_NAME } from './states.ts';
import { alt, execIf } from './text.ts';
import { MEETING_TOPIC_LEAD } from './rules-fl15a.ts';

export const STATE_NAMES = new Set(STATE_BY_NAME.keys());
/** A sentence that tells of something still to come (PLANNED_CUES). */
export const PLANNED = new RegExp(`\\b${alt(PLANNED_CUES)}\\b`, 'i');
/** A trailing relative clause: ", at which they had agreed to resume the talks", ", where they will sign". */
const TRAILING_CLAUSE =
  /,\s*(?:(?:at|in|during|on|after|before)\s+which|(?:with|to|for)\s+whom|which|where|whereby)\b[^,;]*$/i;

/**
 * event.recalled-not-planned: a sentence tells of something still to come when a PLANNED cue stands outside its
 * trailing relative clauses: "They recalled their meeting in Sochi, at which they had agreed to resume the talks"
 * recalls a held meeting; "They will meet in Sochi" plans one.
 */
export function plannedSentence(text: string): boolean {
  let t = text.replace(/[.!?]\s*$/, '');
  for (let n = t.replace(TRAILING_CLAUSE, ''); n !== t; n = t.replace(TRAILING_CLAUSE, '')) t = n;
  return PLANNED.test(t);
}

/** A direct quotation in straight or curly double quotes (rule event.quote-not-planned). */
const QUOTED_SPAN = /["“][^"“”\n]{1,400}["”]/g;

/** "said that …", "noted that …": reported speech, whose tense belongs to what was said, not to what was before it. */
const SPEECH_THAT =
  /\b(?:said|says|noted|notes|stressed|added|underlined|emphasi[sz]ed|affirmed|stated|remarked|told\s+\p{L}+)\s+that\b/iu;
/** What every match of SPEECH_THAT holds, under its case flags (`mayMatch`). */
const SPEECH_THAT_NEEDS = /that/iu;
/** The event's own relative clause in the future: "the summit, which will take place in May". */
const OWN_FUTURE_CLAUSE =
  /^\s*,?\s*(?:which|that)\s+(?:will|would|is\s+(?:to|due|scheduled)|are\s+(?:to|due|scheduled))\b/i;

/**
 * event.recalled-not-planned, for one event of a sentence (`end`: where its name ends in `text`): still to come when its
 * own relative clause is in the future, or a PLANNED cue stands before the reported speech that follows it ("At the
 * press conference that followed, the President said that the Parliament would …" tells a held press conference).
 */
export function plannedAt(text: string, end: number): boolean {
  text = withoutQuotesBefore(text, end);
  const after = text.slice(end);
  if (OWN_FUTURE_CLAUSE.test(after)) return true;
  const speech = execIf(after, SPEECH_THAT, SPEECH_THAT_NEEDS);
  return plannedSentence(speech ? text.slice(0, end + speech.index) : text);
}

/**
 * Rule event.quote-not-planned (fl13b): '"The package will make a difference," the Director-General told ministers at
 * the closing session': a direct quotation that closes before the event's name tells what was said, not when the event
 * is; it is blanked (offsets kept) before the sentence is read for cues of something still to come.
 */
export function withoutQuotesBefore(text: string, end: number): string {
  return text.replace(QUOTED_SPAN, (q, at: number) => (at + q.length <= end ? ' '.repeat(q.length) : q));
}

const plannedBeforeSpeechMemo = new Map<string, boolean>();

/** A sentence telling of something still to come before any reported speech it holds (see plannedAt). */
export function plannedBeforeSpeech(text: string): boolean {
  // Four stages ask this of every sentence: the answer (a function of the text alone) is kept for the last few
  // hundred sentences (about one readout).
  const known = plannedBeforeSpeechMemo.get(text);
  if (known !== undefined) return known;
  const speech = execIf(text, SPEECH_THAT, SPEECH_THAT_NEEDS);
  const planned = plannedSentence(speech ? text.slice(0, speech.index) : text);
  if (plannedBeforeSpeechMemo.size >= 512) plannedBeforeSpeechMemo.clear();
  plannedBeforeSpeechMemo.set(text, planned);
  return planned;
}

/**
 * An incident's name (INCIDENT_NOUNS, or what was fired or taken and its participle: "drones launched by Russia"): its
 * states are its parties, nobody takes part in it.
 */
export const INCIDENT_NAME: { test(name: string): boolean } = { test: (name) => incidentName(name) };

const INCIDENT_WORDS = `\\b(?:${alt(INCIDENT_NOUNS)}|${alt(PARTICIPLE_INCIDENT_HEADS)}\\s+${alt(INCIDENT_PARTICIPLES)})\\b`;
const INCIDENT_NAME_RE = new RegExp(`${MEETING_TOPIC_LEAD}${INCIDENT_WORDS}`, 'i');
/** INCIDENT_NAME_RE without its lookbehind: a name it does not match is no incident's, told without the lookbehind. */
const INCIDENT_WORDS_RE = new RegExp(INCIDENT_WORDS, 'i');
const incidentNames = new Map<string, boolean>();

/**
 * `INCIDENT_NAME_RE.test(name)`: a function of the name alone, asked about 85 times a readout of some 15 names by the
 * relation rules, so kept for the last few hundred names (about a readout); and asked only of a name holding one of
 * its words (perf20a: the lookbehind, tried at every position of the name, was most of its cost).
 */
function incidentName(name: string): boolean {
  const known = incidentNames.get(name);
  if (known !== undefined) return known;
  const is = INCIDENT_WORDS_RE.test(name) && INCIDENT_NAME_RE.test(name);
  if (incidentNames.size >= 512) incidentNames.clear();
  incidentNames.set(name, is);
  return is;
}

export interface RelKit {
  ctx: Ctx;
  hits: GazetteerHit[];
  hitKeys: Map<GazetteerHit, string>;
  people: PeopleFacts;
  ev: EventFacts;
  clusterOf: Map<PersonMention, PersonCluster>;
  /** Person mentions (with their candidate keys) of a sentence. */
  personsIn: (si: number) => readonly [PersonMention, string][];
  /** Candidate key standing for a person. */
  key: (c: PersonCluster) => string;
  /** People holding a head of state or government title. */
  leaders: PersonCluster[];
  hitsIn: (s: number, e: number) => GazetteerHit[];
  main: Found | undefined;
  mainName: string | undefined;
  nameOf: (e: Found) => string;
  participants: Map<string, Set<PersonCluster>>;
  participate: (e: Found, c: PersonCluster, si: number, rule: string) => void;
  /** States and organisations on the sides of the readout (filled by the agreement rules). */
  sides: Set<string>;
  /** Candidate key of a state or organisation by name. */
  stateKey: (name: string) => string | undefined;
  docYear: number | undefined;
}

/** Builds the rule kit of one document. */
export function makeKit(
  ctx: Ctx,
  hits: GazetteerHit[],
  hitKeys: Map<GazetteerHit, string>,
  people: PeopleFacts,
  ev: EventFacts,
): RelKit {
  const clusterOf = new Map<PersonMention, PersonCluster>();
  for (const c of people.clusters) for (const m of c.mentions) clusterOf.set(m, c);
  const key = (c: PersonCluster) => people.personKey.get(c.mentions[0]!)!;
  const participants = new Map<string, Set<PersonCluster>>();
  const main = ev.main;
  const bySentence = mentionsBySentence(people.personKey);
  return {
    ctx,
    hits,
    hitKeys,
    people,
    ev,
    clusterOf,
    personsIn: (si) => bySentence().get(si) ?? [],
    key,
    // "then Prime Minister Nguyen Xuan Phuc": a leader only in the past is none of the readout's leaders.
    // off13: a leader whose office's state was left out in a state's readout (office.home-leader-taken: a second
    // President beside the issuer's) is a leader all the same.
    leaders: people.clusters.filter(
      (c) =>
        ((people.offices.get(c) ?? []).some((o) => LEADER_TITLES.test(o.title)) ||
          (!!people.home &&
            c.mentions.some((m) => m.titles.some((t) => LEADER_TITLES.test(t.title) && !t.owner && !t.former)))) &&
        !c.mentions.every((m) => m.titles.length && m.titles.every((t) => t.former)),
    ),
    hitsIn: (s, e) => hitsWithin(hits, s, e),
    main,
    mainName: main ? ctx.entity(main.key)!.name : undefined,
    nameOf: (e) => ctx.entity(e.key)!.name,
    participants,
    participate: (e, c, si, rule) => {
      // Nobody takes part in a meeting still to come, however it is named again later.
      const name = ctx.entity(e.key)!.name;
      if (e.planned || ev.events.some((x) => x.planned && ctx.entity(x.key)!.name === name)) return;
      ctx.relate('PARTICIPATED_IN', key(c), e.key, si, rule);
      if (!participants.has(e.key)) participants.set(e.key, new Set());
      participants.get(e.key)!.add(c);
    },
    sides: new Set(),
    stateKey: (name) => {
      const h = hits.find((x) => x.name === name);
      return h ? hitKeys.get(h) : ctx.first(ctx.named('State', name), ctx.named('Organization', name))?.key;
    },
    docYear: ctx.doc.date ? +ctx.doc.date.slice(0, 4) : undefined,
  };
}

/** Person mentions (with their candidate keys) grouped by sentence, in the order added; regrouped if one is added. */
function mentionsBySentence(personKey: Map<PersonMention, string>): () => Map<number, [PersonMention, string][]> {
  let grouped = new Map<number, [PersonMention, string][]>();
  let size = -1;
  return () => {
    if (size === personKey.size) return grouped;
    grouped = new Map();
    for (const entry of personKey) {
      const list = grouped.get(entry[0].sentence);
      if (list) list.push(entry);
      else grouped.set(entry[0].sentence, [entry]);
    }
    size = personKey.size;
    return grouped;
  };
}

/** An agreement whose name carries a year before the readout's (the "1976 Framework Agreement"). */
export function olderThanDoc(k: RelKit, a: Found): boolean {
  // reached-at.built-on-own-year (agr20): "protocol amending the 1995 … convention" is as new as its signing; the
  // year is the amended convention's.
  const own = a.name.replace(BUILT_ON_TAIL, '');
  const y = /\b(19|20)\d\d\b/.exec(own)?.[0];
  return Boolean(y && k.docYear && +y < k.docYear);
}

/** What follows the head of an instrument named by what it does to another: " amending the 1995 …", " to the …". */
const BUILT_ON_TAIL = /\s(?:implementing|amending|supplementing|to\s+(?:implement|amend|supplement)|to)\s+the\s.*$/s;

/** Two people with an office of the same state. */
export function sameOwner(people: PeopleFacts, a: PersonCluster, b: PersonCluster): boolean {
  const oa = (people.offices.get(a) ?? []).map((o) => o.owner);
  return (people.offices.get(b) ?? []).some((o) => oa.includes(o.owner));
}
