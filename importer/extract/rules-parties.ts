// Parties of incidents and of bilateral exercises and consultations (INVOLVES), and the parts of an agreement
// reached where the whole was (REACHED_AT): rules run by rules-topics.ts before DISCUSSED.
import { INCIDENT_NAME, STATE_NAMES, type RelKit } from './rel-kit.ts';

/** Victims, casualties and the dead of an incident, told in the sentences after it: their states are affected. */
const VICTIMS = /\b(victims|casualties|killed|died|dead|on board|passengers|wounded|injured|shot down|was downed)\b/i;

/**
 * Incidents involve every state and organisation named with them as actor, target or affected party: in the
 * sentence that tells of it ("four Israeli F-16 fighters were carrying out strikes", "the Government of Iran
 * acknowledged that its armed forces had shot down …", "which had endangered Canadian personnel") and in the
 * following sentences about its victims ("Among the victims were 57 Canadian citizens, along with citizens of …").
 * Places ("in Hangzhou, China") and the states of people merely named there are not parties.
 */
export function addIncidentParties(k: RelKit): void {
  const { ctx, hits, hitKeys, ev, nameOf } = k;
  for (const e of ev.eventMentions) {
    if (e === k.main || nameOf(e) === k.mainName || !INCIDENT_NAME.test(nameOf(e))) continue;
    // An election's party is the state it is held in, named in its name ("presidential election in Venezuela").
    if (/\belections?\b/i.test(nameOf(e))) continue;
    const sentences = [e.sentence];
    for (let i = e.sentence + 1; i <= e.sentence + 2 && i < ctx.sentences.length; i++)
      if (VICTIMS.test(ctx.sentences[i]!.text) && !ctx.sentences[i]!.heading) sentences.push(i);
      else break;
    for (const si of sentences) {
      const s = ctx.sentences[si]!;
      // Another incident in the same sentence keeps its own parties ("strikes …, which had endangered …" aside).
      const others = ev.eventMentions.filter((x) => x.sentence === si && x.key !== e.key && nameOf(x) !== nameOf(e));
      for (const h of hits) {
        if (h.start < s.start || h.end > s.end) continue;
        if (others.some((x) => h.start >= x.start && h.end <= x.end)) continue;
        if (ev.agreementMentions.some((x) => h.start >= x.start && h.end <= x.end)) continue;
        if (ctx.covering('Office', h.start, h.end).length) continue;
        const before = ctx.text.slice(Math.max(s.start, h.start - 30), h.start);
        // "in Hangzhou, China": a place, not a party.
        const place = /(\p{Lu}\p{L}+),\s*$/u.exec(before);
        if (
          h.type === 'State' &&
          place &&
          !hits.some((x) => x.end === h.start - before.length + place.index + place[1]!.length)
        )
          continue;
        ctx.relate(
          'INVOLVES',
          e.key,
          hitKeys.get(h)!,
          si,
          si === e.sentence ? 'involves.incident-sentence' : 'involves.victims',
        );
      }
    }
  }
}

/** "bilateral exercises", "the armed forces of the two countries", "consultations between the two governments". */
const BILATERAL =
  /\b(?:bilateral|of the two countries|between the two (?:countries|governments|sides)|of both countries)\b/i;

/**
 * Exercises and consultations of the readout's two states, told without their participants ("the second editions of
 * the exercises "Dharma Guardian" and "SHINYUU Maitri"", "the Director-General-level consultations"): they involve the
 * two states whose people held the readout's meeting.
 */
export function addBilateralParties(k: RelKit): void {
  const { ctx, ev, nameOf, main, participants, people } = k;
  if (!main) return;
  const states = new Set<string>();
  for (const c of participants.get(main.key) ?? []) {
    const owner = (people.offices.get(c) ?? []).map((o) => o.owner).find((o) => STATE_NAMES.has(o)) ?? c.state;
    if (owner && STATE_NAMES.has(owner)) states.add(owner);
  }
  if (states.size !== 2) return;
  for (const e of ev.events) {
    const rule = ctx.entity(e.key)!.rule;
    if (!/exercise|consultations?\b|dialogue/i.test(`${rule} ${nameOf(e)}`) || nameOf(e) === k.mainName) continue;
    if (
      [...participants.entries()].some(
        ([key, cs]) => cs.size && ev.eventMentions.some((x) => x.key === key && nameOf(x) === nameOf(e)),
      )
    )
      continue;
    if (!BILATERAL.test(ctx.sentences[e.sentence]!.text)) continue;
    for (const st of states) {
      const key = k.stateKey(st);
      if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.bilateral');
    }
  }
}

/** "The agreement also contains an executive mechanism … and a statement of understanding on Taiz". */
const CONTAINS =
  /\b(?:agreement|accord|declaration|document|deal)\s+(?:also\s+)?(?:contains|includes|comprises|consists of|sets out)\b/i;

/** The parts of an agreement reached at an event were reached there too. */
export function addComponentsReached(k: RelKit): void {
  const { ctx, ev, nameOf } = k;
  const reached = ctx.relationsOf('REACHED_AT');
  const reachedName = (key: string) => ctx.entity(key)!.name;
  for (const s of ctx.sentences) {
    const m = CONTAINS.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index + m[0].length;
    // "The agreement" refers back to the last agreement reached at an event.
    const before = ev.agreementMentions.filter(
      (a) => a.start < at && reached.some((r) => reachedName(r.from) === nameOf(a)),
    );
    const whole = before.pop();
    const r = whole && reached.find((x) => reachedName(x.from) === nameOf(whole));
    if (!whole || !r) continue;
    // Only the listed parts, not what they refer to ("a mechanism for putting into effect the prisoner exchange …").
    const listed = (x: { start: number }) =>
      /(?:contains|includes|comprises|consists of|sets out|,|\band|as well as)\s+(?:(?:an?|the)\s+)?$/i.test(
        ctx.text.slice(Math.max(s.start, x.start - 30), x.start),
      );
    for (const a of ev.agreementMentions.filter(
      (x) => x.sentence === s.index && x.start >= at && nameOf(x) !== nameOf(whole) && listed(x),
    ))
      ctx.relate('REACHED_AT', a.key, r.to, s.index, 'reached-at.component');
  }
}
