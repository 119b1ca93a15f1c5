// Types the extraction stages share: what the people stage and the event stage hand to later stages. In a module of
// their own so that no stage imports another stage for its types (no import cycles: no-cycles.test.ts).
import type { TitleParse } from './titles.ts';

/** Working facts about people and offices that relation rules read. */
export interface PeopleFacts {
  clusters: PersonCluster[];
  /** Candidate key of each person mention. */
  personKey: Map<PersonMention, string>;
  /** Office candidate keys held by each cluster, with the office's bare title and owner. */
  offices: Map<PersonCluster, { key: string; title: string; owner: string }[]>;
  refs: TitleRef[];
  home?: string;
  /** The organisation that issued the readout, when no state did ("source: United Nations"). */
  homeOrg?: string;
}

export interface Found {
  key: string;
  type: 'Event' | 'Agreement';
  name: string;
  start: number;
  end: number;
  sentence: number;
  planned: boolean;
}

export interface EventFacts {
  main?: Found;
  /** First mention of each event / agreement. */
  events: Found[];
  agreements: Found[];
  /** Every mention (first mentions and later, shorter or abbreviated ones). */
  eventMentions: Found[];
  agreementMentions: Found[];
}

export interface PersonMention {
  start: number;
  end: number;
  surface: string;
  /** Name without honorifics or titles, as written. */
  raw: string;
  sentence: number;
  rule: string;
  /** `ownLeader`: the title serves the holder's own leader ("the special representatives of the two leaders"). */
  titles: (TitleParse & { former?: boolean; rule: string; principalPerson?: string; ownLeader?: boolean })[];
  /** "President Erdogan of Turkey". */
  ofState?: string;
  /** The whole mention with its titles and appositions. */
  from?: number;
  to?: number;
  /** Written "Lavrov, Sergey Viktorovich". */
  inverted?: boolean;
  /** One of two people behind a plural title ("Prime Ministers Howard and Abe"): position and the other name. */
  pair?: { index: number; partner: string };
}

/** A meeting told between two people: who, where, and the span of text that tells it. */
export interface PairTold {
  host: PersonMention;
  guest: PersonMention;
  place: string | undefined;
  from: number;
  to: number;
  rule: string;
  /** What was held: a meeting unless told otherwise ("telephone conversation"). */
  noun?: string;
  /** Told in the readout's opening and still not its own event (a meeting within the visit the opening tells). */
  inOpening?: boolean;
  /** One of several meetings told in one sentence ("he met A and B"): a meeting already named there is no bar. */
  several?: boolean;
}

/** A title used alone ("the Prime Minister", "the President of the Republic"). */
export interface TitleRef extends TitleParse {
  sentence: number;
  /** An envoy title whose principal is named right after it ("Special Envoy of President X"). */
  principalAt?: number;
}

export interface PersonCluster {
  id: number;
  name: string;
  mentions: PersonMention[];
  /** The state (or organisation) the person's offices belong to, when a title says it. */
  state?: string;
  tokens: string[];
}
