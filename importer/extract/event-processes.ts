// Negotiation processes told in lowercase (issue 6, evn8): "the second cycle of the peace dialogues between A and B",
// "the intra-Afghan negotiations", "nine months of negotiations": a process or one sitting of it is an event; also wars
// named with capitals and visits told with "the visit of X to Y".
import { roundsOfNegotiations } from './rules-fl17b.ts';
import type { Ctx } from './context.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { Found } from './types.ts';
import { talksBetween } from './event-between.ts';
import { matchAllInLines } from './text.ts';

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

/**
 * Rule event.named-war: "the outcome of the Second World War", "World War II", "the Korean War", "the Cold War": a war
 * named with capitals is an incident.
 */
export const NAMED_WAR =
  /\b(?:(?:First|Second)[^\S\n]+World[^\S\n]+War|World[^\S\n]+War[^\S\n]+(?:I{1,2}|One|Two)|(?<=\b[Tt]he[^\S\n]+)(?:Great[^\S\n]+Patriotic|Cold|Korean|Vietnam|Gulf|Civil|Iran-Iraq|Balkan)[^\S\n]+War)\b/gu;

/**
 * Rule event.visit-of-lowercase: "the visit of President Abdullah Gul of Turkey to Yerevan on 6 September 2008": a visit
 * told with its visitor and destination in lowercase (the titled "State Visit of …" is event.visit-of).
 */
// ev14: the visitor may stand in apposition to the title ("the state visit of the President of the Republic of
// Uzbekistan, Shavkat Mirziyoyev, to the Kyrgyz Republic").
export const VISIT_OF_LOWERCASE =
  /\b(?<=[Tt]he[^\S\n]+)(?:(?:official|state|working|first|historic)[^\S\n]+)?visit[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[^\n.;:,()]{1,70}?(?:,[^\S\n]+\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3},)?[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?\p{Lu}\p{L}+(?:['’]s)?(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}\p{L}+){0,2}/gu;

/**
 * Rule event.named-games: "to co-host the 2032 Summer Olympics", "the Asian Games", "the 2030 FIFA World Cup": a
 * sporting event named with capitals is a gathering.
 */
export const NAMED_GAMES =
  /\b(?:(?:19|20)\d\d[^\S\n]+)?(?:(?:Summer|Winter)[^\S\n]+(?:Olympics|Olympic[^\S\n]+Games|Paralympics|Paralympic[^\S\n]+Games|Universiade)|(?:FIFA[^\S\n]+)?World[^\S\n]+Cup|Asian[^\S\n]+Games|Commonwealth[^\S\n]+Games|Olympic[^\S\n]+Games)\b/gu;

/**
 * The rules above, in order; a cycle takes the talks between the parties that follow it into its name (`between`: the
 * text's talksBetween, which the event stage reads once for both; perf23a).
 */
export function findProcesses(
  ctx: Ctx,
  hits: GazetteerHit[],
  add: Add,
  between: readonly { surface: string; start: number }[] = talksBetween(ctx.text, hits),
): void {
  const text = ctx.text;
  for (const m of matchAllInLines(text, CYCLE_OF, /cycle/i)) {
    const at = m[1] ? m.index + m[0].length - m[1].length : -1;
    const parties = between.find((t) => t.start === at);
    const end = parties ? parties.start + parties.surface.length : m.index + m[0].length;
    add('Event', text.slice(m.index, end), m.index, 'event.cycle-of');
  }
  for (const m of matchAllInLines(text, PREFIXED_PROCESS, /inter-|intra-/))
    add('Event', m[0], m.index, 'event.prefixed-process');
  for (const m of matchAllInLines(text, DURATION_OF, /week|month|year/i))
    add('Event', m[0], m.index, 'event.duration-of-negotiations');
  // event.rounds-of-negotiations (fl17b): "reached after thirteen rounds of negotiations".
  for (const r of roundsOfNegotiations(text)) add('Event', r.surface, r.start, r.rule);
  for (const m of matchAllInLines(text, NAMED_WAR, /War/)) {
    const f = add('Event', m[0], m.index, 'event.named-war');
    const c = f && ctx.entity(f.key);
    if (c && c.rule === 'event.named-war') c.props.kind = 'incident';
  }
  for (const m of matchAllInLines(text, NAMED_GAMES, /Olympic|Paralympic|Universiade|Cup|Games/))
    add('Event', m[0], m.index, 'event.named-games');
  for (const m of text.matchAll(VISIT_OF_LOWERCASE)) add('Event', m[0], m.index, 'event.visit-of-lowercase');
}
