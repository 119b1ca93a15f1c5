// Where a person's mention begins and ends with its title ("Foreign Minister Wang Yi": from "Foreign"), for rules
// that look for words before or after a person.
import type { PersonMention } from './types.ts';

/** The start of the mention with its title before the name, else of the name. */
export const startOf = (p: PersonMention): number => p.from ?? p.start;

/** The end of the mention with its title after the name, else of the name. */
export const endOf = (p: PersonMention): number => p.to ?? p.end;
