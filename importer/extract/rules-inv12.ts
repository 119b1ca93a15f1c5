// Rules of the inv12 round (issue 6): the parties of a series' other rounds.
import { partiesInName } from './rules-top10.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicons.ts';
import type { RelKit } from './rel-kit.ts';
import { alt } from './text.ts';

/** "the first round", "the next cycle", "a further session": a round of a series named by its place in it only;
 * (evk31a) also with its level: "a further high-level meeting", "the next technical session". */
const ROUND_ONLY =
  /^(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|previous|last|latest|further|following|subsequent|new|\p{N}+(?:st|nd|rd|th)?)\s+)(?:(?:round|cycle|session)s?|(?:high-level|ministerial|technical|expert-level)\s+(?:round|session|meeting)s?)\b(?!\s+(?:of|between|with)\s)/iu;

/** The readout's own meeting is a round of a series: "the third round of indirect talks between A and B". */
const SERIES_HEAD = /\b(?:round|cycle|session|talks|negotiations|dialogues?|consultations)\b/i;

/**
 * Rule involves.round-of-series: the readout's own meeting is a round of talks whose parties its name gives ("the
 * third round of indirect talks between A and B"); the other rounds it names only by their place in the series ("the
 * first round, held in Muscat", "the next session") are rounds of the same talks and involve the same parties. The
 * readout's own round, and any round it names people at, keep their participants instead.
 */
export function involvesRoundOfSeries(k: RelKit): void {
  const { ctx, main } = k;
  if (!main || !SERIES_HEAD.test(k.nameOf(main))) return;
  const parties = partiesInName(k, main);
  if (parties.length < 2) return;
  const involved = new Set(ctx.relationsOf('INVOLVES').map((r) => r.from));
  for (const e of k.ev.events) {
    if (e === main || k.nameOf(e) === k.mainName || involved.has(e.key) || !ROUND_ONLY.test(k.nameOf(e))) continue;
    // A round the readout names people at is theirs, as the gold has attended talks (no INVOLVES of their parties).
    if (k.participants.get(e.key)?.size) continue;
    for (const h of parties) ctx.relate('INVOLVES', e.key, k.hitKeys.get(h)!, e.sentence, 'involves.round-of-series');
  }
}

/**
 * "People's Republic of China (PRC) State Councilor", "Ukraine's Foreign Minister", "Ukrainian President": what follows a
 * state that designates a person by their office (modifiers, then an office head).
 */
const TO_TITLE = new RegExp(
  `^\\)?(?:[^\\S\\n]*\\([\\p{Lu}.]{2,8}\\))?(?:['’]s)?[^\\S\\n]+(?:(?:${alt(TITLE_MODIFIERS)}|State|Foreign|Defen[cs]e)[^\\S\\n]+){0,3}(?:${alt(TITLE_HEADS)})(?![\\p{L}])`,
  'u',
);

/**
 * Rule involves.not-designation: a state named only to designate a person by their office ("spoke with People's
 * Republic of China (PRC) State Councilor X about Russia's war against Ukraine") is that person's side, not a party of
 * the incident the sentence tells of; one inside the incident's name stays a party.
 */
export function designatesPerson(
  k: RelKit,
  h: { start: number; end: number },
  e: { start: number; end: number },
): boolean {
  if (h.start >= e.start && h.end <= e.end) return false;
  return TO_TITLE.test(k.ctx.text.slice(h.end, h.end + 60));
}
