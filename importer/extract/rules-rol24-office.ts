// The rol24 round's office rule (issue 6): a bare title's state told by the side it is introduced with, in its own
// clause ("Ghana's head of delegation, Ambassador X", "the Indonesian side was led by Director-General X", "and the
// Malaysian side by Director-General Y"), before any guess from the issuer, the host or another holder of the title.
import type { GazetteerHit } from './gazetteer.ts';

/** Patterns of the rule office.side-cue-owner, as named data. */
export const ROL24_OFFICE_PATTERNS = {
  /**
   * Between the side and the title: its delegation, side, team or negotiator, then "was led by", "by" or a comma
   * ("Ghana's head of delegation, Ambassador", "the Indonesian side was led by", "the Malaysian side by").
   */
  sideCue:
    /^(?:['’]s?)?[^\S\n]+(?:negotiating[^\S\n]+)?(?:delegation|side|team|panel|head[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?delegation|chief[^\S\n]+negotiator|lead[^\S\n]+negotiator|negotiator)(?:[^\S\n]+(?:was|is|were)[^\S\n]+(?:led|headed)[^\S\n]+by[^\S\n]+|[^\S\n]+(?:led|headed)[^\S\n]+by[^\S\n]+|[^\S\n]+by[^\S\n]+|[^\S\n]*,[^\S\n]+)(?:the[^\S\n]+|its[^\S\n]+)?$/,
};

/**
 * Rule office.side-cue-owner (rol24): the state of the side a title is introduced with, when the words between are
 * only that side's delegation, side or negotiator and "led by", "by" or a comma.
 */
export function sideCueState(text: string, sentenceStart: number, titleStart: number, hits: GazetteerHit[]) {
  const side = hits
    .filter((h) => h.type === 'State' && h.start >= sentenceStart && h.end <= titleStart && titleStart - h.end < 70)
    .pop();
  return side && ROL24_OFFICE_PATTERNS.sideCue.test(text.slice(side.end, titleStart)) ? side.name : undefined;
}
