// Rules of round fl20b (issue 6), written after the first look at three new samples (a Central Asian foreign
// ministry's web page on a mediation round, a North-East Asian foreign ministry's plain-text release on a telephone
// conversation, an intergovernmental organisation's Markdown release on its envoy's report). Each rule is a general
// construction; tests on made-up sentences, negative ones included, in rules-fl20b.test.ts. This file imports only
// types, so that no import cycle forms with the stages that call it.

import type { GazetteerHit } from './gazetteer.ts';

const SP = String.raw`[^\S\n]+`;

/**
 * Rule event.named-on-state: a named gathering whose name goes on with the state it is about and the format it is held
 * in: "the 21st International Meeting on Syria in the Astana format", "the Berlin Conference on Libya". The name ends at
 * its head word ("Meeting", "Conference") unless "on" is followed by a state's name, which then belongs to it, with
 * "in the X format" after it. Not a date or a weekday ("the Security Conference on Saturday"), nor a topic that is no
 * state ("Dialogue on Northeast Asian Security"), nor an office's complement.
 */
export const EVENT_NAMED_ON_STATE = {
  id: 'event.named-on-state',
  /** The heads whose name may go on with "on" and a state. */
  head: /\b(?:Meeting|Conference|Talks|Consultations|Dialogue|Summit)$/u,
  /** " on (the) " right after the head. */
  on: new RegExp(String.raw`^${SP}on${SP}(?:the${SP})?`, 'u'),
  /** " in the Astana format", " in the Normandy format": the format the gathering is held in. */
  format: new RegExp(String.raw`^${SP}in${SP}the${SP}\p{Lu}[\p{L}-]*(?:${SP}\p{Lu}[\p{L}-]*)?${SP}format\b`, 'u'),
};

/**
 * Rule event.named-on-state: the tail a named gathering's surface takes from the text after it ("" when none): " on
 * Syria", " on Syria in the Astana format". `end` is the offset right after the surface; `hits` the gazetteer's hits
 * on the whole text.
 */
export function namedOnStateTail(text: string, hits: readonly GazetteerHit[], surface: string, end: number): string {
  if (!EVENT_NAMED_ON_STATE.head.test(surface)) return '';
  const after = text.slice(end, end + 120);
  const on = EVENT_NAMED_ON_STATE.on.exec(after);
  if (!on) return '';
  const at = end + on[0].length;
  const state = hits.find((h) => h.type === 'State' && !h.demonym && h.start === at);
  if (!state) return '';
  // The state's name must end the word run: "on Syria in …", not "on Syria Reconstruction Fund".
  const rest = text.slice(state.end, state.end + 80);
  if (/^[^\S\n]+\p{Lu}/u.test(rest) || /^-/u.test(rest)) return '';
  const format = EVENT_NAMED_ON_STATE.format.exec(rest);
  return text.slice(end, state.end) + (format ? format[0] : '');
}
