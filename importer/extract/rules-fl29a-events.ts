// Rule of round fl29a (issue 6) that adds events: its own module, since it needs the document context's types, and
// those reach titles.ts, which imports rules-fl29a.ts. Tests in rules-fl29a.test.ts.
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';
import { sentenceCued, wordGate, type CueGate } from './gates.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;
const SP = String.raw`[^\S\n]+`;

/**
 * Rule event.talks-noun-held-in: "the dialogue among Haitian stakeholders facilitated by CARICOM concluded in Kingston",
 * "The negotiations between the two governments, … , opened in Geneva": talks told in lowercase by their noun and whom
 * they brought together, with a past verb of holding and the city; the event is named by the noun phrase and the city
 * ("dialogue among Haitian stakeholders in Kingston"). Only a past verb ("will conclude in" is not held) and a
 * capitalised place ("ended in failure" is none).
 */
export const EVENT_TALKS_NOUN_HELD_IN = {
  id: 'event.talks-noun-held-in',
  talks: new RegExp(
    String.raw`\b[Tt]he${SP}((?:dialogue|talks|negotiations|consultations|mediation)${SP}(?:among|between|with)${SP}[^,.;:]{3,80}?)((?:,?${SP}(?:facilitated|convened|mediated|hosted|organi[sz]ed|chaired)${SP}by${SP}[^,.;:]{3,80}?,?)?)${SP}(?:concluded|ended|opened|began|closed|resumed|(?:was|were)${SP}held|took${SP}place)${SP}in${SP}(\p{Lu}[\p{L}-]+(?:${SP}\p{Lu}[\p{L}-]+)?)`,
    'u',
  ),
  /** Words without which no sentence holds the construction. */
  needs: ['dialogue', 'talks', 'negotiations', 'consultations', 'mediation'],
};

/**
 * perf32: the sentences event.talks-noun-held-in reads hold one of its nouns as a word (every match has it between
 * spaces), asked of the sentence's bits before the older look-up of the nouns (checked under the tests).
 */
const TALKS_NOUN_GATE: CueGate = {
  ...wordGate(EVENT_TALKS_NOUN_HELD_IN.needs),
  patterns: [EVENT_TALKS_NOUN_HELD_IN.talks],
};

/** Rule event.talks-noun-held-in: adds each such talks event, named by its noun phrase and its city. */
export function findTalksNounHeldIn(ctx: Ctx, add: AddEvent): void {
  const R = EVENT_TALKS_NOUN_HELD_IN;
  for (const s of ctx.sentences) {
    if (s.heading || !sentenceCued(ctx, s, TALKS_NOUN_GATE) || !R.needs.some((w) => s.text.includes(w))) continue;
    const m = R.talks.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index + m[0].indexOf(m[1]!);
    const f = add('Event', `${m[1]!}${m[2]!}`.replace(/,$/, ''), at, R.id);
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== R.id) continue;
    const name = `${m[1]!} in ${m[3]!}`;
    if (name !== f.name) {
      f.name = name;
      ctx.rename(c.key, name);
    }
  }
}
