// Rules of the top25 round (issue 6, bank topics-9 and the missed links of the annotated samples): DISCUSSED between a
// meeting and a subject the extractor already finds as a node. A state told after a phrase that introduces a subject
// ("Turning to A", "With regard to A", "Attention then shifted to A") is a subject, not a place; a state a visitor
// "arrived from" is no subject; an agreement dated "twenty-five years after it was signed" was not reached at the
// meeting (so it stays its subject); "the implementation of the X" with no agreement before it is a subject, not the
// basis of an agreement told in another sentence.

type Span = { start: number; end: number };

/**
 * discussed.topic-preposition: a state right after a phrase ending in "to" that introduces what the talks turned to
 * ("Turning to Moldova, the ministers …", "With regard to Lebanon, …", "in relation to Venezuela", "The conversation
 * then turned to Serbia", "Attention then shifted to Haiti") is the subject, not the place "to" would otherwise make it (the place exclusion of
 * `notATopic` is skipped). Not "travelled to", "moved to Brussels" of a person, "returned to".
 */
export const TOPIC_PREPOSITION = {
  id: 'discussed.topic-preposition',
  before:
    /(?:\b[Tt]urn(?:ing|ed|s)\s+(?:then\s+|next\s+|also\s+)?to|\b(?:[Ww]ith|[Ii]n)\s+(?:regard|respect|relation)\s+to|\b(?:[Aa]ttention|[Ff]ocus)\s+(?:then\s+|also\s+|later\s+|next\s+)?(?:moved|shifted)\s+to)\s+(?:the\s+)?(?:situation\s+(?:in|of)\s+(?:the\s+)?)?$/,
};

/** discussed.topic-preposition: whether the state hit `h` is told right after such a phrase. */
export function topicPreposition(text: string, h: Span): boolean {
  const before = text.slice(Math.max(0, h.start - 50), h.start);
  return before.includes(' to ') && TOPIC_PREPOSITION.before.test(before);
}

/**
 * discussed.not-arrived-from: a state named as where a participant came from ("the Slovenian minister, who arrived
 * from Croatia, …", "returning from Japan", "having travelled from Kenya") is the trip's origin, not a subject.
 * "the withdrawal of forces from Ukraine" stays a subject.
 */
export const ARRIVED_FROM = {
  id: 'discussed.not-arrived-from',
  before:
    /\b(?:arriv(?:ed|es|ing)|return(?:ed|s|ing)|travell?(?:ed|ing|s)|com(?:ing|es)|came|flew|fl(?:ying|ies)|(?:had\s+)?just\s+back)\s+(?:(?:directly|straight|here|today|earlier)\s+)?from\s+(?:the\s+)?$/i,
};

/** discussed.not-arrived-from: whether the state hit `h` is told as where someone came from. */
export function arrivedFrom(text: string, h: Span): boolean {
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  return before.includes('from') && ARRIVED_FROM.before.test(before);
}

/**
 * reached-at.not-years-after: an agreement the sentence dates back by a span since its signing ("reaffirmed their
 * commitment to the Good Friday Agreement, twenty-five years after it was signed", "ten years since it was adopted",
 * "in the decades since its signature") was not concluded at the readout's meeting; it stays a subject of it.
 */
export const SIGNED_LONG_AGO = {
  id: 'reached-at.not-years-after',
  pattern:
    /\b(?:years?|decades?|anniversary)\s+(?:after|since|of)\s+(?:it|they|its|their)\s+(?:(?:was|were|had\s+been)\s+)?(?:signed|signing|signature|concluded|conclusion|adopted|adoption|reached|entry\s+into\s+force)\b|\b(?:years?|decades?)\s+since\s+(?:its|their)\s+(?:signing|signature|conclusion|adoption)\b/i,
};

/** reached-at.not-years-after: whether a sentence dates what it names by the years since its signing. */
export function signedLongAgo(sentence: string): boolean {
  return /\b(?:years?|decades?|anniversary)\b/i.test(sentence) && SIGNED_LONG_AGO.pattern.test(sentence);
}

/**
 * based-on.not-implementation-topic: "the implementation of the X", with no agreement named before it in its sentence,
 * is what the meeting went over ("exchanged views on … the implementation of the ASEAN Five-Point Consensus",
 * "reviewed the implementation of the Agreement"), not the basis of an agreement told elsewhere; "the Protocol, in
 * implementation of the Treaty" keeps its basis.
 */
export const IMPLEMENTATION_TOPIC = {
  id: 'based-on.not-implementation-topic',
  cue: /^implementation\s+of$/i,
  before: /\b(?:the|its|their)\s+(?:(?:full|effective|timely|swift|continued)\s+)?$/i,
};

/** based-on.not-implementation-topic: whether the basis cue `cue` at `at` names a topic, with no agreement before. */
export function implementationTopic(text: string, at: number, cue: string, agreementBefore: boolean): boolean {
  return (
    !agreementBefore &&
    IMPLEMENTATION_TOPIC.cue.test(cue) &&
    IMPLEMENTATION_TOPIC.before.test(text.slice(Math.max(0, at - 30), at))
  );
}
