// fl30b: patterns (named data, no imports) the older rule files read for the fl30b round's rules, so that those files
// need not import the round's relation rules.

/**
 * Rule office.comma-stack-after-word: "… was headed by Deputy Chairman of the Cabinet of Ministers, Chairman of the
 * State Committee for National Security of the Kyrgyz Republic A", "accompanied by Deputy Chairman of the Cabinet of
 * Ministers, Minister of Foreign Affairs A", "B and Chairman of the Cabinet of Ministers of the Kyrgyz Republic, Head of
 * the Presidential Administration C": a stack of bare titles (no article, the style of Central Asian and Russian
 * releases) may open after a preposition, "and" or a verb of a list, not only at a sentence's start
 * (office.comma-stack-before-name, rules-off28.ts). After such a word the first title may name its state: the next
 * title, naming none, takes it.
 */
export const OFFICE_COMMA_STACK_AFTER_WORD = {
  id: 'office.comma-stack-after-word',
  /** The word right before the first title of the stack. */
  before: /\b(?:by|with|and|of|included|includes|including|accompanied|were|was)[^\S\n]+$/,
};

/**
 * Rule event.pair-not-companion-closing: "Director General X arrived in Tehran on Friday for a two-day visit,
 * accompanied by Deputy Director General C.", "…, joined by Minister C and Ambassador D.": a companion's apposition that
 * closes the sentence is a companion's all the same (event.pair-not-companion, rules-ev18.ts, read one closed by a
 * comma only): C takes part, but no meeting or visit is named after C as one of a pair. Tested on the text right after
 * the companion's name (and titles).
 */
export const EVENT_PAIR_NOT_COMPANION_CLOSING = {
  id: 'event.pair-not-companion-closing',
  closing: /^[^\S\n]*\.(?:\s|$)/,
};

/**
 * Rule person.behalf-by-stacked-title: "… and on behalf of the Government of Turkmenistan by Deputy Chairman of the
 * Cabinet of Ministers, Minister of Foreign Affairs A": the side a person signs for may stand before a stack of titles
 * longer than person.behalf-by (person-sides.ts) reads (three words): up to fourteen capitalised words, "of", "the",
 * "and", "for" and commas between "by" and the person's own title. Group 1 is the side ("Government of Turkmenistan",
 * "Ecuador"), searched for a state or body the gazetteer knows.
 */
export const PERSON_BEHALF_BY_STACKED_TITLE = {
  id: 'person.behalf-by-stacked-title',
  before:
    /\b(?:on[^\S\n]+behalf[^\S\n]+of|signed[^\S\n]+for|and[^\S\n]+for)[^\S\n]+(?:the[^\S\n]+)?([^,;]{2,60}?)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?(?:(?:\p{Lu}[\p{L}'’-]*|of|the|and|for),?[^\S\n]+){4,14}$/u,
};
