// Rules of round fl20b (issue 6), written after the first look at three new samples (a Central Asian foreign
// ministry's web page on a mediation round, a North-East Asian foreign ministry's plain-text release on a telephone
// conversation, an intergovernmental organisation's Markdown release on its envoy's report). Each rule is a general
// construction; tests on made-up sentences, negative ones included, in rules-fl20b.test.ts. This file imports only
// types and rules-fl32a.ts (itself importing only the lexicons), so that no import cycle forms with the stages that
// call it.

import { instructingPrincipalAt } from './rules-fl32a.ts';
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

/** What office.deputy-principal reads of a person's mention: its start, sentence and titles. */
interface TitledMention {
  start: number;
  from?: number;
  sentence: number;
  titles: {
    start: number;
    title: string;
    owner?: { type: 'State' | 'Organization'; name: string };
    ownerInside?: boolean;
  }[];
}

/**
 * Rule office.deputy-principal: "Deputy Special Envoy of the UN Secretary-General for Syria X represented the UN on
 * behalf of Special Envoy Y": a bare title after "on behalf of", whose holder a deputy of the same sentence serves, is
 * the deputy's title without "Deputy" ("Special Envoy of the UN Secretary-General for Syria", the deputy's owner), not
 * the issuer's. Not a title that names its owner ("on behalf of the Special Envoy of the EU"), nor one no deputy of the
 * sentence shares ("Deputy Minister X, on behalf of Special Envoy Y"), nor a title not after "on behalf of".
 */
export const OFFICE_DEPUTY_PRINCIPAL = {
  id: 'office.deputy-principal',
  behalfBefore: /\bon[^\S\n]+behalf[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/u,
  deputy: /^Deputy[^\S\n]+/u,
};

/**
 * Rule office.deputy-principal: gives each bare title after "on behalf of" the full title of a deputy of the same
 * sentence, in place (the mentions are the people stage's own, before any office is made of them). `text` is the
 * readout's text, `sentenceStart(i)` the offset where sentence i starts.
 */
export function titlesFromDeputies(
  text: string,
  mentions: readonly TitledMention[],
  sentenceStart: (i: number) => number,
): void {
  const R = OFFICE_DEPUTY_PRINCIPAL;
  for (const m of mentions) {
    const t = m.titles[0];
    if (!t || t.owner || !R.behalfBefore.test(text.slice(sentenceStart(m.sentence), t.start))) continue;
    const full = mentions
      .filter((d) => d !== m && d.sentence === m.sentence)
      .flatMap((d) => d.titles)
      .find((d) => d.owner && R.deputy.test(d.title) && d.title.replace(R.deputy, '').startsWith(`${t.title} `));
    if (!full) continue;
    t.title = full.title.replace(R.deputy, '');
    t.owner = full.owner;
    if (full.ownerInside) t.ownerInside = true;
  }
}

/**
 * Rule participated.not-behalf-principal: "X represented the UN on behalf of Special Envoy Y", "The meeting was opened by
 * the Deputy Minister, who welcomed the participants on behalf of Minister Z": the principal named after "on behalf of"
 * did not attend; the sentence's attendance tells of its agent only. The principal may take part by another sentence.
 * Not a person before "on behalf of" ("Y, on behalf of the Government, attended").
 */
export const PARTICIPATED_NOT_BEHALF_PRINCIPAL = {
  id: 'participated.not-behalf-principal',
  /** Right before the principal's mention (its titles included): "on behalf of (the) ". */
  before: /\bon[^\S\n]+behalf[^\S\n]+of[^\S\n]+(?:(?:the|his|her|their)[^\S\n]+)?$/u,
};

/** Rule participated.not-behalf-principal: is the person's mention starting at `from` a principal after "on behalf of"? */
export function behalfPrincipalAt(text: string, sentenceStart: number, from: number): boolean {
  if (instructingPrincipalAt(text, sentenceStart, from)) return true; // participated.not-instructing-principal (fl32a)
  return PARTICIPATED_NOT_BEHALF_PRINCIPAL.before.test(text.slice(Math.max(sentenceStart, from - 40), from));
}

/**
 * Rule agreement.bare-joint-document: a joint document told by its kind alone, capitalised, as a thing signed, adopted
 * or issued: "the guarantor states adopted a Joint Statement", "the Joint Statement signed by President X and Prime
 * Minister Y", "the Joint Declaration, adopted by the two leaders". The dev gold names such documents by their kind
 * ("adopted a Joint Declaration" is an Agreement there). Not a kind with a name of its own, which other rules read
 * ("the Joint Statement on the Elevation of …"), nor one merely mentioned ("the Joint Statement says", "in a Joint
 * Statement, the ministers …").
 */
export const AGREEMENT_BARE_JOINT_DOCUMENT = {
  id: 'agreement.bare-joint-document',
  /** "adopted a Joint Statement" (the kind is group 1). */
  verbBefore: new RegExp(
    String.raw`\b(?:adopted|signed|issued|endorsed|approved)${SP}a${SP}(Joint${SP}(?:Statement|Declaration|Communiqu[eé]))(?![\p{L}])(?!${SP}(?:on|of|between|for)\b)`,
    'gu',
  ),
  /** "the Joint Statement signed by", "the Joint Declaration, adopted by" (the kind is group 1). */
  verbAfter: new RegExp(
    String.raw`\bthe${SP}(Joint${SP}(?:Statement|Declaration|Communiqu[eé]))(?=,?${SP}(?:signed|adopted|issued)${SP}(?:by|at|during|following)\b)`,
    'gu',
  ),
};

/** Rule agreement.bare-joint-document: the spans of joint documents told by their kind alone. */
export function bareJointDocumentSpans(text: string): { surface: string; start: number; rule: string }[] {
  if (!text.includes('Joint')) return [];
  const R = AGREEMENT_BARE_JOINT_DOCUMENT;
  return [...text.matchAll(R.verbBefore), ...text.matchAll(R.verbAfter)].map((m) => ({
    surface: m[1]!,
    start: m.index + m[0].indexOf(m[1]!),
    rule: R.id,
  }));
}

/**
 * Rule part-of.not-reported-visit: "X received his Special Envoy, who briefed him on the outcome of his visit to Kabul",
 * "the Minister informed his counterpart about his recent visit to Beijing": a visit reported on at a meeting is a
 * subject of the meeting, not the visit it is held during, and the one who hears the report did not make it. Not a
 * meeting held "on" or "during" a visit with no reporting verb before ("held talks on his visit to Japan" stays).
 */
export const PART_OF_NOT_REPORTED_VISIT = {
  id: 'part-of.not-reported-visit',
  /** A reporting verb and its object, then "on / about" and at most a few words, right before the visit's name. */
  before: new RegExp(
    String.raw`\b(?:briefed|debriefed|informed|apprised|updated|reported|report|reporting|briefing|informing)(?:${SP}(?!on\b|about\b)[\p{L}'’-]+){0,3}${SP}(?:on|about)${SP}(?:the${SP})?(?:[\p{L}-]+${SP}){0,4}$`,
    'u',
  ),
};

/** Rule part-of.not-reported-visit: does the text right before a visit's name tell it as reported on? */
export function reportedVisit(before: string): boolean {
  return PART_OF_NOT_REPORTED_VISIT.before.test(before.slice(-100));
}

/**
 * Rule participated.reported-visit (with part-of.not-reported-visit): "X received his Special Envoy, Ambassador Y, who
 * briefed him on the outcome of his visit to Kabul": the one who reports on "his / her / their" visit made it (the last
 * person named before the reporting verb), and the meeting the report is made at has the visit as a subject
 * (DISCUSSED). Not a visit reported on without a possessive ("briefed him on the President's visit": whose is told
 * elsewhere).
 */
export const PARTICIPATED_REPORTED_VISIT = {
  id: 'participated.reported-visit',
  discussedId: 'discussed.reported-visit',
  verb: /\b(?:briefed|debriefed|informed|apprised|updated|reported|report|reporting|briefing|informing)\b/gu,
  possessive: /\b(?:his|her|their)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}$/u,
};

/**
 * Rule participated.reported-visit: in a sentence (`before`, its text up to a visit's name), the offset of the
 * reporting verb whose report the visit is, when the visit is told with a possessive; -1 otherwise.
 */
export function reportedVisitVerbAt(before: string): number {
  const R = PARTICIPATED_REPORTED_VISIT;
  if (!reportedVisit(before) || !R.possessive.test(before)) return -1;
  const verbs = [...before.matchAll(R.verb)];
  return verbs.length ? verbs[verbs.length - 1]!.index : -1;
}

/**
 * Rule event.incident-collision: a collision (of aircraft, ships, vehicles) is an incident, like a crash ("the collision
 * of two aircraft at Tokyo's Haneda Airport", "the collision between a coast guard vessel and a supply boat"); a
 * collision of interests, views or civilisations is a figure of speech, no incident.
 */
export const EVENT_INCIDENT_COLLISION = {
  id: 'event.incident-collision',
  figurative:
    /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:interests|views|opinions|positions|values|ideas|civili[sz]ations|cultures|worlds|narratives|priorities)\b/u,
};

/** Rule event.incident-collision: is the collision whose name ends where `after` starts a figure of speech? */
export function figurativeCollision(after: string): boolean {
  return EVENT_INCIDENT_COLLISION.figurative.test(after);
}

/**
 * Rule involves.session-of-issuer-body: in an organisation's own readout, "the 17th Extraordinary Session of the Council
 * of Foreign Ministers", "the 49th Session of the Council of Foreign Ministers" — a numbered session of a body named
 * without its organisation — is a gathering of the issuing organisation (the dev gold gives a gathering INVOLVES of the
 * organisation it belongs to). Not a session whose name names an organisation or a state ("the 36th Ordinary Session of
 * the Assembly of the African Union"), nor a readout issued by a state.
 */
export const INVOLVES_SESSION_OF_ISSUER_BODY = {
  id: 'involves.session-of-issuer-body',
  name: /^\d+(?:st|nd|rd|th)[^\S\n]+(?:(?:Ordinary|Extraordinary|Special|Regular|Annual)[^\S\n]+)?Session[^\S\n]+of[^\S\n]+the[^\S\n]+(?:Council|Assembly|Conference|Committee|Board)[^\S\n]+of[^\S\n]+(?:Foreign[^\S\n]+)?(?:Ministers|Heads[^\S\n]+of[^\S\n]+State(?:[^\S\n]+and[^\S\n]+Government)?|Governors|Ambassadors|Permanent[^\S\n]+Representatives)$/u,
};

/** Rule involves.session-of-issuer-body: is `name` a numbered session of a body named without its organisation? */
export function sessionOfUnnamedBody(name: string): boolean {
  return INVOLVES_SESSION_OF_ISSUER_BODY.name.test(name);
}
