// Rules of round fl26a (issue 6), written after the first look at three new samples (a West African presidency's
// plain-text communiqué on talks under its mediation, a southern African ministry's web page on a regional summit, a
// Pacific prime minister's office's Markdown release on a regional leaders' meeting). Each rule is a general
// construction; tests on made-up sentences, negative ones included, in rules-fl26a.test.ts. Rule data (patterns) are
// named next to the rules.

/**
 * Rule event.second-head: "the 53rd Pacific Islands Forum Leaders Meeting", "the Pacific Islands Forum Foreign
 * Ministers Meeting", "the World Economic Forum Annual Meeting": a named event read up to a first head that is the
 * name of the body ("Forum", "Dialogue") goes on when one to three gathering words (Leaders, Ministers, Annual, …)
 * and a second head (Meeting, Summit, Retreat, Conference) follow it on the same line; the longer name is the event
 * (the first version left "53rd Pacific Islands Forum" and a second event "Leaders Meeting"). Only these gathering
 * words: "the Forum Secretariat" or "the Forum Chair Meeting" keep the shorter name.
 */
export const EVENT_SECOND_HEAD = {
  id: 'event.second-head',
  /** The first head: a body's name word that a gathering's name may continue. */
  firstHead: /(?:Forum|Dialogue)$/u,
  /** After it: gathering words, then the second head. */
  tail: /^(?:[^\S\n]+(?:Leaders|Ministers|Ministerial|Foreign|Economic|Trade|Finance|Defen[cs]e|Annual|Officials|Senior|Special|Heads|Plenary)['’]?){1,3}[^\S\n]+(?:Meeting|Summit|Retreat|Conference)\b/u,
};

/** Rule event.second-head: `surface` (starting at `start` of `text`) with the gathering words and second head after it. */
export function withSecondHead(text: string, surface: string, start: number): string {
  const end = start + surface.length;
  if (!EVENT_SECOND_HEAD.firstHead.test(surface)) return surface;
  const m = EVENT_SECOND_HEAD.tail.exec(text.slice(end, end + 80));
  return m ? surface + m[0] : surface;
}
