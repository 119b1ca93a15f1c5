// Rules of round fl18a (issue 6), written after the first look at three new samples (a Mediterranean foreign
// ministry's plain-text release, a Baltic foreign ministry's web page, a Southern African State House's Markdown
// statement). Each rule is a general construction; tests on made-up sentences in rules-fl18a.test.ts. This file
// imports nothing from the stages that call it, so that no import cycle forms.

import type { Ctx } from './context.ts';

const SP = String.raw`[^\S\n]+`;
/** Lowercase words that qualify a gathering's head noun ("informal", "ministerial", "high-level", "extraordinary"). */
const GATHERING_MODIFIER = String.raw`(?:informal|formal|ministerial|annual|regular|extraordinary|special|high-level|plenary|joint|trilateral|quadrilateral|consultative|preparatory|inaugural|virtual|emergency|(?:first|second|third|fourth|fifth)(?:-ever)?)`;
/** The head nouns of a gathering told in lowercase. */
const GATHERING_HEAD = String.raw`(?:meeting|summit|conference|session|retreat|dialogue|forum|consultations)`;
/**
 * A word of a gathering's complement: not a preposition or word that ends the phrase and opens what follows ("in
 * Riga", "on 17 March", "at the Palais", "convened by", "where he met").
 */
const TAIL_WORD = String.raw`(?!(?:in|on|at|and|or|which|where|who|whom|to|with|held|convened|chaired|hosted|organi[sz]ed|that|from|during|after|before|by|when|while|was|were|is|are|has|had|this|last|next)\b)[\p{L}\d'’-]+`;
/** Words of a date that end the phrase after "on" ("on Monday", "on 17 March"). */
const DATE_WORD = String.raw`(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)`;
/** The complement of a gathering: "of NATO Ministers of Foreign Affairs", "in a broader format", "on the X problem". */
const GATHERING_TAIL = String.raw`(?:${SP}of${SP}${TAIL_WORD}(?:${SP}${TAIL_WORD}){0,7}|${SP}in${SP}an?${SP}[\p{Ll}-]+${SP}format|${SP}on${SP}(?!${DATE_WORD})(?:the${SP})?${TAIL_WORD}(?:${SP}${TAIL_WORD}){0,4})`;
/** The verbs whose object is a gathering someone went to, held or led. */
const GATHERING_VERB = String.raw`(?:hosted|attended|chaired|co-chaired|convened|took${SP}part${SP}in|participated${SP}in|accompanied${SP}[^.;\n]{1,140}?${SP}to)`;

/**
 * Rule event.gathering-object: in the opening sentence, a gathering told in lowercase as the object of a verb of
 * hosting, attending or going ("hosted the meeting of NATO Ministers of Foreign Affairs in Riga", "accompanied the
 * President, Mr X, to the informal meeting in a broader format on the Y problem", "attended the extraordinary session of
 * the Council") is an event named by that phrase, and so the readout's own gathering (the main-event step reads the
 * opening's first event). A bare noun ("attended the meeting", "accompanied the President to the talks with Y") names
 * nothing and is left to the rules of meetings between people; so is a phrase that holds an event named already ("the
 * opening session of the 79th UN General Assembly"). Group 1 is the phrase.
 */
export const EVENT_GATHERING_OBJECT = {
  id: 'event.gathering-object',
  pattern: new RegExp(
    String.raw`\b${GATHERING_VERB}${SP}(?:the|an?)${SP}((?:${GATHERING_MODIFIER}${SP}){0,2}${GATHERING_HEAD}(?:${GATHERING_TAIL}){0,3})`,
    'gu',
  ),
  /** A phrase with neither modifier nor complement: a bare head noun. */
  bare: new RegExp(String.raw`^${GATHERING_HEAD}$`),
  /** A numbered gathering of a body ("of the 79th UN General Assembly"): the rules of named sessions read it. */
  numbered: /\b\d+(?:st|nd|rd|th)\b/,
};

/** Rule event.gathering-object: the gatherings an opening sentence tells as a verb's object, with where each starts. */
export function gatheringObjects(sentence: string): { surface: string; at: number }[] {
  const out: { surface: string; at: number }[] = [];
  for (const m of sentence.matchAll(EVENT_GATHERING_OBJECT.pattern)) {
    const surface = m[1]!.replace(/(?:[^\S\n]+(?:the|of|a|an))+$/u, '');
    if (EVENT_GATHERING_OBJECT.bare.test(surface) || EVENT_GATHERING_OBJECT.numbered.test(surface)) continue;
    out.push({ surface, at: m.index + m[0].length - m[1]!.length });
  }
  return out;
}

/** Rule event.gathering-object: adds the gatherings of the opening sentence that no event found so far overlaps. */
export function findGatheringObjects(
  ctx: Ctx,
  add: (t: 'Event', s: string, st: number, r: string) => unknown,
): void {
  const first = openingSentence(ctx.sentences);
  if (!first) return;
  for (const g of gatheringObjects(first.text)) {
    const start = first.start + g.at;
    if (ctx.within('Event', start, start + g.surface.length).length) continue;
    add('Event', g.surface, start, EVENT_GATHERING_OBJECT.id);
  }
}

/**
 * Rule event.opening-skips-dateline: the opening sentence is the first prose sentence that holds words, not a line of
 * a date or a place alone ("01.12.2021.", "Nicosia, 18 March 2025") that a web page sets as a paragraph of its own.
 */
export const EVENT_OPENING_SKIPS_DATELINE = {
  id: 'event.opening-skips-dateline',
  /** Three words of letters: a sentence that tells something. */
  words: /(?:\p{L}{2,}[^\p{L}]+){2}\p{L}{2,}/u,
};

/** Rule event.opening-skips-dateline: the opening sentence of a readout's sentences. */
export function openingSentence<S extends { text: string; heading: boolean }>(sentences: readonly S[]): S | undefined {
  return (
    sentences.find((s) => !s.heading && EVENT_OPENING_SKIPS_DATELINE.words.test(s.text)) ??
    sentences.find((s) => !s.heading)
  );
}
