// Rules of round fl17b (issue 6), written after the first look at three new samples (a head of government's office's
// communiqué, a Central American foreign ministry's press release, a European government's web page). Each rule is a
// general construction; tests on made-up sentences in rules-fl17b.test.ts. This file imports nothing from the stages
// that call it, so that no import cycle forms.

/**
 * Rule person.elided-particle: a family name written with an elided particle glued to it ("Olivier Poivre d'Arvor",
 * "Valéry Giscard d’Estaing") keeps it: the separator before a name word may end in "d'". Côte d'Ivoire is a state the
 * gazetteer knows, never part of a person's name.
 */
export const PERSON_ELIDED_PARTICLE = {
  id: 'person.elided-particle',
  /** Put between the space and the next name word of `NAME` (text.ts). */
  glue: String.raw`(?:d['’](?!Ivoire\b))?`,
};

/**
 * Rule org.not-members-of: "the member States of the Non-Aligned Movement", "the Member States of the X": the members
 * of an organisation are no organisation of their own; the name read starts after "States of the". Group 0 is what to
 * drop from the front of a capitalised chain.
 */
export const ORG_NOT_MEMBERS_OF = {
  id: 'org.not-members-of',
  pattern: /^(?:Member[^\S\n]+)?(?:States|Members|Countries|Parties)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?=\p{Lu})/u,
};

/** Rule org.not-members-of: a capitalised chain starting at `s` without its leading "States of the". */
export function withoutMembersOf(s: number, name: string): { s: number; name: string } {
  const m = ORG_NOT_MEMBERS_OF.pattern.exec(name);
  return m ? { s: s + m[0].length, name: name.slice(m[0].length) } : { s, name };
}

/**
 * Rule agreement.not-possessive-fragment: "today's agreement", "Monday's accord": the letter after the apostrophe of a
 * possessive is no word of an agreement's name; with nothing else before the head, there is no named agreement.
 */
export const AGREEMENT_NOT_POSSESSIVE_FRAGMENT = {
  id: 'agreement.not-possessive-fragment',
  apostropheBefore: /['’]$/,
};

/** The modifiers of a lowercase agreement without a possessive's "s" (rule agreement.not-possessive-fragment). */
export function withoutPossessiveFragment(mods: string[], before: string): string[] {
  return mods[0] === 's' && AGREEMENT_NOT_POSSESSIVE_FRAGMENT.apostropheBefore.test(before) ? mods.slice(1) : mods;
}

/** Nouns of gatherings that a quoted name may follow ("the high-level event "X"", "the forum "Y""). */
const GATHERING_NOUN = String.raw`(?:event|forum|conference|summit|dialogue|seminar|symposium|roundtable|round[^\S\n]+table|retreat|meeting)`;

/**
 * Rule event.quoted-name: a gathering named in quotation marks right after its noun ("on the sidelines of the
 * high-level event "Immersed in Change"", "the forum “Tomorrow's Cities”") is an Event of that name. The quoted words
 * must start with a capital and hold no sentence of their own; a quotation after a verb ("the meeting was "useful"")
 * is no name. Group 1 is the name.
 */
export const EVENT_QUOTED_NAME = {
  id: 'event.quoted-name',
  pattern: new RegExp(
    String.raw`\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,3}?${GATHERING_NOUN}[^\S\n]+["“](\p{Lu}[^"”.!?;\n]{2,80})["”]`,
    'gu',
  ),
};

/**
 * Rule event.quoted-name: "on the sidelines of the high-level event "X"": a gathering named in quotation marks after a
 * frame's "of" frames the meeting told (main-event.ts), as "on the sidelines of the X Summit" does. Tested on the text
 * before the quoted name.
 */
export const QUOTED_FRAME_BEFORE = new RegExp(
  String.raw`\b(?:sidelines|margins|occasion|framework)[^\S
]+of[^\S
]+(?:the[^\S
]+)?(?:[\p{L}-]+[^\S
]+){0,3}?${GATHERING_NOUN}[^\S
]+["“]$`,
  'iu',
);

/** Rule event.quoted-name: the gatherings a text names in quotation marks, with where each name starts. */
export function quotedEvents(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  if (!/["“]/.test(text)) return out;
  for (const m of text.matchAll(EVENT_QUOTED_NAME.pattern)) {
    const name = m[1]!.trim().replace(/,$/, '');
    out.push({ surface: name, start: m.index + m[0].lastIndexOf(m[1]!), rule: EVENT_QUOTED_NAME.id });
  }
  return out;
}

/**
 * Rule event.main-not-named-in-title: an event named inside a person's title ("the Special Envoy of the President for
 * the Third Ocean Conference, X", "Secretary-General of the Conference") is that office's remit, not the meeting the
 * readout opens with (main-event.ts tests it with the spans of the titles the people stage read).
 */
export const EVENT_MAIN_NOT_NAMED_IN_TITLE = { id: 'event.main-not-named-in-title' };

/**
 * Rule event.main-not-prepared-for: a gathering named as what an event prepares ("as the official pre-conference of the
 * Third Ocean Conference", "in preparation for the Summit", "in the run-up to the Conference") is still to come, not the
 * meeting the readout opens with.
 */
export const EVENT_MAIN_NOT_PREPARED_FOR = { id: 'event.main-not-prepared-for' };
const PREPARED_FOR_BEFORE =
  /\b(?:pre-conference|pre-summit|preparations?|preparatory[^\S\n]+(?:meeting|session|conference)|run-up)[^\S\n]+(?:of|for|to)[^\S\n]+(?:the[^\S\n]+)?$/iu;

/** An office's head noun and its "for"/"of" right before an event's name: the event is the office's remit. */
const TITLE_COMPLEMENT_BEFORE =
  /\b(?:Envoy|Representative|Coordinator|Commissioner|Secretary-General|Chair|Chairman|Chairperson|President|Ambassador|Negotiator|Sherpa|Rapporteur)\b(?:[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}-]*[^\S\n]+){1,4}?)?[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?$/u;

/**
 * Whether the event starting at `at` is named inside a title (rule event.main-not-named-in-title): within a title span
 * the people stage read, or right after an office's head noun and its "for"/"of" ("Special Envoy of the President for
 * the Third Ocean Conference").
 */
export function namedInTitle(text: string, at: number, inTitleSpan: boolean): boolean {
  const before = text.slice(Math.max(0, at - 90), at);
  return inTitleSpan || TITLE_COMPLEMENT_BEFORE.test(before) || PREPARED_FOR_BEFORE.test(before);
}

/**
 * Rule place.not-quoted: a place read as "in <Capitalised>" inside a quoted name ("the event "Immersed in Change"") is
 * part of the name, not where a meeting was held: an odd number of straight quotes, or an opening curly quote not yet
 * closed, before `at` in the sentence.
 */
export const PLACE_NOT_QUOTED = { id: 'place.not-quoted' };

export function insideQuotes(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * Rule event.pair-held-bilateral: a sentence that opens with a time relative to another gathering ("Before the summit,",
 * "After the plenary,", "Ahead of the conference,") and tells that two named people "held a bilateral meeting" (or
 * bilateral talks, a one-on-one or separate meeting), with each other ("A and B held …") or one with the other ("A held
 * … with B"), tells a meeting of its own, apart from that gathering. Only what was held: "will hold" is not read.
 * Group 1 is what comes before the verb, group 2 the kind.
 */
export const EVENT_PAIR_HELD_BILATERAL = {
  id: 'event.pair-held-bilateral',
  pattern:
    /(?<=^|[.!?][^\S\n]+|\n)(?:Before|After|Ahead[^\S\n]+of|Following|Prior[^\S\n]+to|Earlier|Later|Afterwards|Subsequently)\b[^.;:\n]{0,80}?,[^\S\n]+([^.;:\n]{3,160}?)[^\S\n]+(?:held|had)[^\S\n]+(?:(?:a|an)[^\S\n]+)?((?:bilateral|separate|one-on-one)[^\S\n]+(?:meeting|talks))\b/gu,
  /** Two capitalised names or titles joined by "and" before the verb, or one before and "with" a capital after. */
  pairBefore:
    /\p{Lu}[\p{L}'’.-]*[^\S\n]+and[^\S\n]+(?:\p{Ll}+[^\S\n]+)?\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*)*$/u,
  withAfter: /^[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u,
};

/** Rule event.pair-held-bilateral: the bilateral meetings a text tells two people held, with where each starts. */
export function pairHeldBilateral(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  if (!text.includes('bilateral') && !text.includes('one-on-one') && !text.includes('separate')) return out;
  for (const m of text.matchAll(EVENT_PAIR_HELD_BILATERAL.pattern)) {
    const subject = m[1]!;
    const after = text.slice(m.index + m[0].length);
    if (/\b(?:will|would|shall|to)$/.test(subject)) continue;
    if (!EVENT_PAIR_HELD_BILATERAL.pairBefore.test(subject) && !EVENT_PAIR_HELD_BILATERAL.withAfter.test(after))
      continue;
    out.push({ surface: m[2]!, start: m.index + m[0].lastIndexOf(m[2]!), rule: EVENT_PAIR_HELD_BILATERAL.id });
  }
  return out;
}

/** Numbers of rounds told in words or digits ("thirteen rounds", "15 rounds", "several rounds"). */
const ROUND_COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|several|many|numerous|\d{1,2})`;

/**
 * Rule event.rounds-of-negotiations: "reached after thirteen rounds of negotiations", "following several rounds of
 * talks": a process told by how many rounds it took is an Event, the negotiations, as a process told by how long it
 * lasted is (event.duration-of-negotiations). A number of rounds still to come ("will hold two rounds of talks") is
 * not read. Group 0 is the process.
 */
export const EVENT_ROUNDS_OF_NEGOTIATIONS = {
  id: 'event.rounds-of-negotiations',
  pattern: new RegExp(
    String.raw`(?<=\b(?:after|following|over|through|in|of)[^\S\n]+(?:(?:more|less)[^\S\n]+than[^\S\n]+)?)${ROUND_COUNT}[^\S\n]+rounds[^\S\n]+of[^\S\n]+(?:(?:intensive|difficult|formal|direct)[^\S\n]+)?(?:negotiations|talks)\b`,
    'giu',
  ),
};

/** Rule event.rounds-of-negotiations: the processes a text tells by their number of rounds, with where each starts. */
export function roundsOfNegotiations(text: string): { surface: string; start: number; rule: string }[] {
  if (!/\brounds\b/i.test(text)) return [];
  return [...text.matchAll(EVENT_ROUNDS_OF_NEGOTIATIONS.pattern)].map((m) => ({
    surface: m[0],
    start: m.index,
    rule: EVENT_ROUNDS_OF_NEGOTIATIONS.id,
  }));
}

/**
 * Rule reached-at.after-process: "The agreement was reached after thirteen rounds of negotiations", "the accord,
 * concluded following two years of talks": an agreement reached after a negotiating process is reached at that process
 * (rules-fl17b-rel.ts). `cue` is tested on the text between the reaching verb and the process's name; `subject` on the
 * start of a sentence whose agreement is one named before ("The agreement was reached …").
 */
export const REACHED_AT_AFTER_PROCESS = {
  id: 'reached-at.after-process',
  cue: /\b(?:reached|concluded|agreed|finali[sz]ed|struck|achieved|secured|signed|adopted)\b[^.;:]{0,80}?\b(?:after|following|at[^\S\n]+the[^\S\n]+(?:end|conclusion|close)[^\S\n]+of|as[^\S\n]+(?:a|the)[^\S\n]+result[^\S\n]+of|in[^\S\n]+the[^\S\n]+wake[^\S\n]+of)[^\S\n]+(?:(?:more|less)[^\S\n]+than[^\S\n]+)?$/iu,
  process: /\b(?:negotiations|talks|consultations)$/i,
  /** A gathering told as where it was reached, before the process: "at the Assembly, after …" (no reach at the process). */
  atBefore: /\b(?:at|during)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u,
  subject:
    /^(?:The|This|That)[^\S\n]+(?:agreement|accord|deal|treaty|arrangement)[^\S\n]+(?:was|has[^\S\n]+been|had[^\S\n]+been|is)\b/u,
};
