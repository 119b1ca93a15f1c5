// Rules of round fl26a (issue 6), written after the first look at three new samples (a West African presidency's
// plain-text communiqué on talks under its mediation, a southern African ministry's web page on a regional summit, a
// Pacific prime minister's office's Markdown release on a regional leaders' meeting). Each rule is a general
// construction; tests on made-up sentences, negative ones included, in rules-fl26a.test.ts. Rule data (patterns) are
// named next to the rules.
import type { GazetteerHit } from './gazetteer.ts';

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

/**
 * Rule office.whose-title: "will be held in Solomon Islands in 2025, whose Prime Minister, Hon. X, will become Chair",
 * "the talks were hosted by Mozambique, whose President, Mr X, welcomed the parties": a title right after "<State or
 * organisation> …, whose" is that one's (the first version gave it the issuer's state or none). The owner is the last
 * state or organisation named before ", whose" in the same sentence, within 80 characters, not a demonym; the title is read
 * whole up to the comma before the name (a first version read "whose Chief Monitor, Ambassador X" as a title "Chief"
 * of the OSCE held by a person "Monitor").
 */
export const OFFICE_WHOSE_TITLE = {
  id: 'office.whose-title',
  /** Right before the title: a comma and "whose". */
  whose: /,[^\S\n]+whose[^\S\n]+$/u,
  /** Between the owner and the comma: no sentence end, no other clause's comma. */
  between: /^[^.;:,!?\n]*$/u,
};

/** Rule office.whose-title: the owner of a title starting at `pos`, when "<owner> …, whose" stands right before it. */
export function whoseOwner(
  text: string,
  pos: number,
  hits: readonly GazetteerHit[],
): { type: 'State' | 'Organization'; name: string } | undefined {
  if (text.charCodeAt(pos - 2) !== 101 /* e */) return undefined;
  const before = text.slice(Math.max(0, pos - 100), pos);
  const w = OFFICE_WHOSE_TITLE.whose.exec(before);
  if (!w) return undefined;
  const comma = pos - before.length + w.index;
  let owner: GazetteerHit | undefined;
  for (const h of hits) if (h.end <= comma && h.end >= comma - 80 && (!owner || h.end > owner.end)) owner = h;
  if (!owner || owner.demonym || !OFFICE_WHOSE_TITLE.between.test(text.slice(owner.end, comma))) return undefined;
  return { type: owner.type, name: owner.name };
}

/**
 * Rule sides.delegations-of-list: "received the delegations of the Republic of Côte d'Ivoire and of the Republic of
 * Mali", "the delegations of A and B met in Lomé": the two states or organisations of one plural "delegations of"
 * list are the readout's sides (a first version read only the one right after "delegations of", so the memorandum the
 * two heads of delegation signed had no parties). Only a list of exactly two, neither a demonym.
 */
export const SIDES_DELEGATIONS_OF_LIST = {
  id: 'sides.delegations-of-list',
  /** Right before the first: the plural "delegations of", an optional "the" and "Government of". */
  first: /\bdelegations[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?$/u,
  /** Between the first and the second: "and", an optional "of", "the" and "Government of". */
  link: /^[^\S\n]+and[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?$/u,
};

/** Rule sides.delegations-of-list: the two names of a "delegations of A and (of) B" list in `text`, or none. */
export function delegationsOfList(text: string, hits: readonly GazetteerHit[]): string[] {
  if (!text.includes('delegations of')) return [];
  const named = hits.filter((h) => !h.demonym).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < named.length; i++) {
    const [a, b] = [named[i]!, named[i + 1]!];
    const before = text.slice(Math.max(0, a.start - 60), a.start);
    if (!SIDES_DELEGATIONS_OF_LIST.first.test(before)) continue;
    if (!SIDES_DELEGATIONS_OF_LIST.link.test(text.slice(a.end, b.start)) || a.name === b.name) continue;
    const after = text.slice(b.end, b.end + 30);
    // A third item ("A, B and C" or "A and B and C") is a longer list: no pair.
    if (/^[^\S\n]*(?:,|and\b)[^\S\n]*(?:of[^\S\n]+)?(?:the[^\S\n]+)?\p{Lu}/u.test(after)) return [];
    return [a.name, b.name];
  }
  return [];
}
