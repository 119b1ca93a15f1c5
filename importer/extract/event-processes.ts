// Negotiation processes told in lowercase (issue 6, evn8): "the second cycle of the peace dialogues between A and B",
// "the intra-Afghan negotiations", "nine months of negotiations": a process or one sitting of it is an event.
import type { GazetteerHit } from './gazetteer.ts';
import type { Found } from './types.ts';
import { talksBetween } from './event-between.ts';

type Add = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|\\d+(?:st|nd|rd|th))';
const PROCESS_NOUN = '(?:dialogues?|talks|negotiations|consultations)';

/**
 * Rule event.cycle-of: "the second cycle of the peace dialogues between the Government of Colombia and the ELN", "the
 * first cycle of the dialogues", "the third cycle": one cycle of a process is an event, named with the parties when the
 * text gives them.
 */
export const CYCLE_OF = new RegExp(
  `\\b${ORDINAL}[^\\S\\n]+cycle(?:[^\\S\\n]+of[^\\S\\n]+the[^\\S\\n]+((?:[\\p{Ll}-]+[^\\S\\n]+)?${PROCESS_NOUN}))?\\b`,
  'giu',
);

/**
 * Rule event.prefixed-process: "the intra-Afghan negotiations", "inter-Korean talks": a process named by a prefixed
 * demonym in lowercase.
 */
export const PREFIXED_PROCESS = new RegExp(
  `\\b(?:intra|inter)-\\p{Lu}[\\p{L}]+[^\\S\\n]+(?:(?:peace|political|direct)[^\\S\\n]+)?(?:${PROCESS_NOUN}|summit)\\b`,
  'gu',
);

/**
 * Rule event.duration-of-negotiations: "the result of nine months of negotiations which began in March", "more than a
 * year of negotiations hosted by Qatar": a process told by how long it lasted.
 */
export const DURATION_OF = new RegExp(
  `\\b(?:(?:more|less)[^\\S\\n]+than[^\\S\\n]+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many|\\d+)[^\\S\\n]+(?:weeks?|months?|years?)[^\\S\\n]+of[^\\S\\n]+(?:intensive[^\\S\\n]+|difficult[^\\S\\n]+)?(?:negotiations|talks)\\b`,
  'giu',
);

/** The rules above, in order; a cycle takes the talks between the parties that follow it into its name. */
export function findProcesses(text: string, hits: GazetteerHit[], add: Add): void {
  const between = talksBetween(text, hits);
  for (const m of text.matchAll(CYCLE_OF)) {
    const at = m[1] ? m.index + m[0].length - m[1].length : -1;
    const parties = between.find((t) => t.start === at);
    const end = parties ? parties.start + parties.surface.length : m.index + m[0].length;
    add('Event', text.slice(m.index, end), m.index, 'event.cycle-of');
  }
  for (const m of text.matchAll(PREFIXED_PROCESS)) add('Event', m[0], m.index, 'event.prefixed-process');
  for (const m of text.matchAll(DURATION_OF)) add('Event', m[0], m.index, 'event.duration-of-negotiations');
}
