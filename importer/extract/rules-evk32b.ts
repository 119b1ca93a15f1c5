// Rules of round evk32b (issue 6, Events the extractor never made, round 2: summits and conferences of organisations).
// Each rule is a general construction; tests on made-up sentences in rules-evk32b.test.ts. This file imports only
// types from the stages that call it, so that no import cycle forms.
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';

const SP = String.raw`[^\S\n]+`;

export {
  EVENT_NEXT_SUMMIT_OF_BODY,
  EVENT_SUMMIT_OF_HEADS_OF_BODY,
  SUMMIT_OF_BODY_MORE_HEADS,
} from './rules-evk32b-summits.ts';

/** A place after "in" or "at": one to four capitalised words joined by blanks or hyphens, never a month. */
const CEREMONY_PLACE = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]+(?:${SP}(?:of${SP}|the${SP})?\p{Lu}[\p{L}'’-]+){0,3}`;

/**
 * Rule event.signed-at-ceremony: a signature told with its ceremony in a trailing clause ("A signed the agreement on
 * behalf of Kuwait, and B signed it on behalf of the Kingdom, at a ceremony held in Al-Wafra", "… put their signatures
 * to the Treaty …, at a short ceremony in Port of Spain"): the ceremony is an event named from the text and what was done
 * there ("signing ceremony in Al-Wafra"), held, where the signers of the sentence took part (participated.same-sentence). Only when no event of
 * that sentence is already a signing or a ceremony (the readout's own signing read from its opening stays the one);
 * not a ceremony still to come ("will sign … at a ceremony"), nor one with no place.
 */
export const EVENT_SIGNED_AT_CEREMONY = {
  id: 'event.signed-at-ceremony',
  /** Group 1 the ceremony's name from "ceremony" to its place. */
  pattern: new RegExp(
    String.raw`\b(?:signed|signatures)\b[^.;\n]{0,300}?,?${SP}at${SP}an?${SP}(?:(?:short|brief|formal|solemn|simple|official)${SP})?(ceremony(?:${SP}held)?${SP}(?:in|at)${SP}(?:the${SP})?${CEREMONY_PLACE})`,
    'gu',
  ),
  /** Before the verb in its clause: a signature still to come. */
  planned: /\b(?:will|would|shall|to|is to|are to|expected to)[^\S\n]+(?:be[^\S\n]+)?$/u,
};

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** Rule event.signed-at-ceremony over the text, gated on "ceremony". */
export function findSignedAtCeremony(ctx: Ctx, add: AddEvent): void {
  const text = ctx.text;
  if (!text.includes(' ceremony')) return;
  for (const m of text.matchAll(EVENT_SIGNED_AT_CEREMONY.pattern)) {
    const start = m.index + m[0].length - m[1]!.length;
    const s = ctx.sentences[ctx.sentenceAt(start)];
    if (!s || s.heading) continue;
    const verbAt = m.index - s.start;
    if (EVENT_SIGNED_AT_CEREMONY.planned.test(s.text.slice(Math.max(0, verbAt - 40), verbAt))) continue;
    const own = ctx.ofType('Event').some((c) => /\b(?:signing|signature|ceremony)\b/i.test(c.name));
    // An agreement named with "the" between the verb and the ceremony ("signed the Treaty on X, at a ceremony at Y"):
    // the signing of it is the event (event.signing-at-ceremony, fl15c); "signed an Agreement on X at a ceremony in Y"
    // names the ceremony by its place.
    const named = ctx
      .inSentence(s.index)
      .some(
        (x) =>
          x.type === 'Agreement' &&
          x.start >= m.index &&
          x.end <= start &&
          /\bthe\s+$/i.test(text.slice(x.start - 4, x.start)),
      );
    if (own || named) continue;
    const f = add('Event', m[1]!, start, EVENT_SIGNED_AT_CEREMONY.id);
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== EVENT_SIGNED_AT_CEREMONY.id) continue;
    // "ceremony held in Al-Wafra" → "signing ceremony in Al-Wafra": the ceremony is named by what was done there.
    f.name = `signing ${m[1]!.replace(/^ceremony(?:\s+held)?/, 'ceremony')}`;
    ctx.rename(c.key, f.name);
  }
}

/**
 * Rule event.council-to-be-held: a council or assembly named in capitals and told as a sitting by "(,) to be held in
 * <Place>", "which will be held in <Place>", "(,) held in <Place>" ("the agenda of the OSCE Ministerial Council, to be
 * held in Bratislava on 5-6 December", "the Andean Presidential Council to be held in Lima"): a gathering, not only the
 * body, named "<name> in <Place>", planned or held as its verb tells; it is a topic of the meeting that prepared it and
 * involves the body named in it. A council that acts ("the Council decided") or is a body's organ with no sitting verb
 * after it is left to the organisation reader. Group 1 the name, group 2 the verb, group 3 the place.
 */
export const EVENT_COUNCIL_TO_BE_HELD = {
  id: 'event.council-to-be-held',
  pattern: new RegExp(
    String.raw`\b((?:\p{Lu}[\p{L}'’-]*${SP}){1,5}(?:Council|Assembly))(?:${SP}\([\p{Lu}]{2,8}\))?,?${SP}((?:which|that)${SP}(?:will|is${SP}to)${SP}be${SP}held|to${SP}be${SP}held|held)${SP}in${SP}(${CEREMONY_PLACE})`,
    'gu',
  ),
};

/** Rule event.council-to-be-held over the text, gated on " held in ". */
export function findCouncilsToBeHeld(ctx: Ctx, add: AddEvent): void {
  const text = ctx.text;
  if (!text.includes(' held in ')) return;
  for (const m of text.matchAll(EVENT_COUNCIL_TO_BE_HELD.pattern)) {
    const name = m[1]!.replace(/^(?:The|An?|At|On|In)\s+/, '');
    const start = m.index + m[0].indexOf(name);
    const end = m.index + m[0].length;
    const s = ctx.sentences[ctx.sentenceAt(start)];
    if (!s || s.heading) continue;
    if (ctx.ofType('Event').some((c) => c.start < end && c.end > start)) continue;
    add('Event', `${name} in ${m[3]!}`, start, EVENT_COUNCIL_TO_BE_HELD.id);
  }
}

/**
 * Rule event.the-ceremony-held: a readout that tells a signature and then its ceremony as a clause subject ("The
 * ceremony was held in the presence of the Secretary-General of the United Nations, A, …", "The ceremony took place in
 * the presence of …", "The ceremony was attended / witnessed by …") but names no signing: the ceremony is the signing's,
 * "signing ceremony", held; the people of its sentence took part (participated.same-sentence). Not when the text has a
 * signing or ceremony event already, nor when nothing was signed before it ("An official welcoming ceremony was held").
 */
export const EVENT_THE_CEREMONY_HELD = {
  id: 'event.the-ceremony-held',
  /** Group 1 the word "ceremony". */
  pattern: new RegExp(
    String.raw`(?:^|(?<=[.!?]${SP}))The${SP}(ceremony)${SP}(?:was${SP}held|took${SP}place|was${SP}(?:attended|witnessed)${SP}by)\b`,
    'gmu',
  ),
  /** A signature told before the ceremony. */
  signed: /\b(?:signed|signing|signature|signatures)\b/,
};

/** Rule event.the-ceremony-held over the text, gated on "The ceremony". */
export function findTheCeremonyHeld(ctx: Ctx, add: AddEvent): void {
  const text = ctx.text;
  if (!text.includes('The ceremony')) return;
  if (ctx.ofType('Event').some((c) => /\b(?:signing|signature|ceremony)\b/i.test(c.name))) return;
  for (const m of text.matchAll(EVENT_THE_CEREMONY_HELD.pattern)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (!EVENT_THE_CEREMONY_HELD.signed.test(text.slice(0, start))) continue;
    // One lowercase word is no name to the finder: the ceremony is added with its verb, then named.
    const f = add('Event', text.slice(start, m.index + m[0].length), start, EVENT_THE_CEREMONY_HELD.id);
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== EVENT_THE_CEREMONY_HELD.id) continue;
    f.name = 'signing ceremony';
    ctx.rename(c.key, f.name);
    return;
  }
}
