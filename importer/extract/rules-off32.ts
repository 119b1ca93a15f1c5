// The off32 office rules (issue 6): constructions of the annotated samples' missed and false offices (docs/first-look.md,
// "Offices, HOLDS_OFFICE and OFFICE_OF on the annotated samples, round 2 by cause"). Rule ids are what --explain prints.
import { OFFICE_HEAD_OF_STATE_PRESIDENT, presidentialState } from './rules-fl27a.ts';
import { STATE_BY_NAME } from './states.ts';

/**
 * Rule office.head-of-state-ref-president: "the Senegalese Head of State was welcomed by his host", "the first visit
 * by an Indonesian Head of State in thirty years": a republic's "Head of State" named with its state but with no holder
 * is that state's President, as office.head-of-state-president (fl27a) reads it beside a named holder; one office (the
 * President's, with "Head of State of X" among its names), not a second office of no one.
 */
export const OFFICE_HEAD_OF_STATE_REF_PRESIDENT = { id: 'office.head-of-state-ref-president' };

/** The title a holderless reference `title` of `owner` stands for: "President" for a republic's "Head of State". */
export function headOfStateRefTitle(title: string, owner: { type: string; name: string }): string | undefined {
  if (owner.type !== 'State' || !OFFICE_HEAD_OF_STATE_PRESIDENT.headOfState.test(title)) return undefined;
  return presidentialState(STATE_BY_NAME.get(owner.name)?.official ?? owner.name) ? 'President' : undefined;
}
