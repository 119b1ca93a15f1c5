// A body named as the frame of a meeting is its gathering: "on the sidelines of the United Nations General Assembly"
// tells a session of the Assembly, an Event, not the organisation.
import type { GazetteerHit } from './gazetteer.ts';
import { FRAME_NOUN } from './lexicons.ts';

/** "on the sidelines / margins / fringes of (the)" right before a name. */
const FRAME_BEFORE = new RegExp(`\\b(?:on|at|in)\\s+the\\s+${FRAME_NOUN}\\s+of\\s+(?:the\\s+)?$`, 'i');
/** Bodies that meet in sessions: an assembly, a council, a parliament, a forum. */
const MEETING_BODY = /\b(?:Assembly|Council|Forum|Parliament|Congress)\b/;

/**
 * Rule event.frame-body: the organisation hits that name the gathering a meeting was held on the margins of ("on the
 * sidelines of the United Nations General Assembly"): a body that meets in sessions, written right after the frame.
 * Not the same body elsewhere ("the General Assembly adopted a resolution" stays the organisation).
 */
export function gatheringBodies(text: string, hits: readonly GazetteerHit[]): GazetteerHit[] {
  return hits.filter(
    (h) =>
      h.type === 'Organization' &&
      MEETING_BODY.test(h.name) &&
      FRAME_BEFORE.test(text.slice(Math.max(0, h.start - 50), h.start)),
  );
}
