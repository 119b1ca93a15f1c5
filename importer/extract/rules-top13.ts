// Round top13: DISCUSSED rules (issue 6) — the place of a discussed incident, and an organisation named on its own
// even though a name elsewhere in the readout contains it.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/**
 * discussed.incident-place: the words that make a state inside an incident's name its place ("the war in Ukraine",
 * "the conflict in Sudan", "the crisis in eastern DRC"). Not "situation", "talks", "elections" or "summit": only
 * armed or political crises.
 */
export const INCIDENT_PLACE_BEFORE =
  /\b(?:war|conflict|crisis|fighting|hostilities|violence|unrest)\s+in\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?$/i;

/**
 * discussed.incident-place (top13): a meeting that dealt with a crisis in a third state dealt with that state too:
 * "discussed the conflict in Sudan" gives DISCUSSED the conflict and DISCUSSED Sudan. Not for the meeting's own
 * states ("the war in Ukraine" raised by Ukraine's President), nor for a state inside another kind of name, nor for
 * a state the readout names only in the incident's name: "discussed the war in Ukraine" alone gives the war, not
 * Ukraine (the topics banks' convention); the state must come up again outside the name ("… and the Declaration
 * signed by Egypt, Ethiopia and Sudan").
 */
export function addIncidentPlaces(k: RelKit, own: ReadonlySet<string>): void {
  const { ctx, ev } = k;
  const has = (from: string, to: string) => ctx.relationsOf('DISCUSSED').some((q) => q.from === from && q.to === to);
  const names = [...ev.eventMentions, ...ev.agreementMentions];
  const beyondNames = (name: string) =>
    k.hits.some((x) => x.name === name && !names.some((m) => m.start <= x.start && x.end <= m.end));
  for (const r of [...ctx.relationsOf('DISCUSSED')]) {
    for (const m of ev.eventMentions.filter((x) => x.key === r.to)) {
      for (const h of k.hitsIn(m.start, m.end)) {
        if (h.type !== 'State' || h.demonym || own.has(h.name) || !beyondNames(h.name)) continue;
        if (!INCIDENT_PLACE_BEFORE.test(ctx.text.slice(m.start, h.start))) continue;
        const key = k.hitKeys.get(h);
        if (key && !has(r.from, key)) ctx.relate('DISCUSSED', r.from, key, r.sentence, 'discussed.incident-place');
      }
    }
  }
}

/**
 * discussed.org-beyond-name (top13): the names in which an organisation is the meeting's host or author, not its
 * subject: the meeting's own name ("ASEAN Leaders' Meeting") and the gatherings it was part of ("on the margins of the
 * NATO Summit"). An organisation inside another name — an earlier summit recalled ("the NATO Summit in Madrid"), a
 * planned one — and named on its own elsewhere ("the NATO membership of Finland and Sweden") stays a topic.
 */
export function frameNames(k: RelKit, main: Found): string[] {
  const parents = k.ctx
    .relationsOf('PART_OF')
    .filter((r) => r.from === main.key)
    .map((r) => k.ctx.entity(r.to)!.name);
  return [k.nameOf(main), ...parents];
}

const inName = (h: GazetteerHit, n: string) => n.includes(h.surface) || n.includes(h.name);

/**
 * Whether an organisation hit is the host or author of a name: one of the meeting's frame names, or a name told in
 * the same sentence ("As holder of the G20 Presidency, he renewed the invitation to the G20 Summit").
 */
export function inFrameName(k: RelKit, h: GazetteerHit, names: readonly string[]): boolean {
  if (h.type === 'State') return false;
  if (names.some((n) => inName(h, n))) return true;
  const si = k.ctx.sentenceAt(h.start);
  return [...k.ev.eventMentions, ...k.ev.agreementMentions].some((x) => x.sentence === si && inName(h, k.nameOf(x)));
}

/**
 * discussed.people-of (top13): "the political advisers of the Normandy Four", "representatives of the OSCE", "the
 * negotiators of the European Union": a body named after a word for people identifies them, like "his Saudi
 * counterpart"; it is not what the meeting discussed. Not "the members of" (a membership, see not-author) nor "the
 * role of", "the future of", "the decision of" (no people).
 */
export const PEOPLE_OF_BEFORE =
  /\b(?:(?:political|senior|diplomatic|legal|technical)\s+)?(?:advisers?|advisors?|representatives?|officials?|delegates?|delegations?|envoys?|negotiators?|experts?|spokes(?:man|woman|person)|staff)\s+of\s+(?:the\s+)?$/i;

/** discussed.people-of: whether a state or body hit is named as the people's principal. */
export function namesPeopleOf(text: string, h: { start: number }): boolean {
  return PEOPLE_OF_BEFORE.test(text.slice(Math.max(0, h.start - 50), h.start));
}

/**
 * discussed.recalled-own (top13): a meeting or visit its speaker recalls as his, her or their own ("He also recalled
 * his official visit to Viet Nam in June 2023", "recalling their meeting in Sochi") is background, not a subject: the
 * possessive makes it the speakers' own past contact. Not "recalled the MH17 crash" (no possessive, an incident) and
 * not when the same sentence goes over it ("briefed … on his visit").
 */
export const RECALLED_OWN_BEFORE =
  /\b(?:recalled|recalling|recalls|remembered|remembering|referred\s+to)\s+(?:his|her|their)\s+(?:(?:own|recent|earlier|previous|last|first|official|state|working)\s+){0,3}$/i;
/** The kinds of event a speaker can have held himself. */
const OWN_CONTACT = /\b(?:visits?|meetings?|talks|summit|call|conversation|trip|tour)\b/i;

/** Whether every mention of a past event comes right after "recalled his / their …". */
export function recalledOwn(k: RelKit, e: Found, mentions: readonly Found[]): boolean {
  if (e.planned || !OWN_CONTACT.test(k.nameOf(e))) return false;
  return (
    mentions.length > 0 &&
    mentions.every((x) => RECALLED_OWN_BEFORE.test(k.ctx.text.slice(Math.max(0, x.start - 60), x.start)))
  );
}

/**
 * discussed.at-body (top13): a body named as a place is no subject: its seat ("met briefly at United Nations
 * Headquarters", "at the ASEAN Secretariat") or a forum in a list of places ("refrain from criticising each other in the
 * international community, including at the United Nations"). Not a body after a bare "at" ("post a liaison officer at
 * the Information Fusion Centre", "its complaint at the World Trade Organization"): there the body is what was
 * discussed.
 */
export const AT_FORUM_BEFORE = /\b(?:including|both|also|and|or)\s+at\s+(?:the\s+)?$/i;
export const SEAT_AFTER = /^\s+(?:Headquarters|headquarters|Secretariat|premises)\b/;

/** discussed.at-body: whether an organisation hit is named as where something happens. */
export function atBody(text: string, h: GazetteerHit): boolean {
  if (h.type !== 'Organization') return false;
  const before = text.slice(Math.max(0, h.start - 20), h.start);
  return (
    AT_FORUM_BEFORE.test(before) ||
    (/\bat\s+(?:the\s+)?$/i.test(before) && SEAT_AFTER.test(text.slice(h.end, h.end + 20)))
  );
}
