// Participation in a trip (a visit or mission) from how the text tells its company: who accompanied the visitor, who
// welcomed them on arrival. Read after PART_OF, so that a meeting's trip is known.
import type { PersonCluster } from './persons-resolve.ts';
import { plannedBeforeSpeech, type RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { titleVisitor } from './event-title-visit.ts';
import { callersAndCalled } from './told-called-on.ts';

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

/** A trip's name: the visitor's company takes part in it. */
const TRIP = /\b(?:visit|mission|trip|tour)\b/i;
/** "X accompanied the President", "Y, who accompanied him, …": the companion is named before the verb. */
const ACCOMPANIED =
  /\b(?:accompanied|accompanies|accompanying)\s+(?:him|her|them|the\s+(?:President|Prime\s+Minister|Chancellor|King|Queen|Minister|Foreign\s+Minister|Secretary|Premier|Crown\s+Prince|delegation|visitor|guest)s?)\b/;
/** "On his arrival, the President was welcomed at the airport by X": the one who welcomed the visitor on arrival. */
const WELCOMED_ON_ARRIVAL =
  /\b(?:on\s+(?:his|her|their)\s+arrival\b[^.;]*?\b(?:was|were)\s+(?:welcomed|greeted|met|received)\b[^.;]*?\bby\s+|(?:was|were)\s+(?:welcomed|greeted|met|received)\s+(?:at\s+the\s+airport|on\s+(?:his|her|their)\s+arrival)\b[^.;]*?\bby\s+)/i;

/** The trip of the readout: its main event when that is one, else the visit its main event is part of. */
function tripOf(k: RelKit): Found | undefined {
  const { ctx, ev, main, mainName, nameOf } = k;
  if (!main) return undefined;
  if (TRIP.test(mainName ?? '')) return main;
  const parent = ctx.relationsOf('PART_OF').find((r) => r.from === main.key)?.to;
  return ev.events.find((e) => e.key === parent && TRIP.test(nameOf(e)));
}

/**
 * participated.accompanied: "Minister for Foreign Affairs X accompanied the President" in a readout of a trip: the
 * companion, named before the verb in a sentence that names no event of its own, took part in the trip.
 * participated.welcomed-on-arrival: "On his arrival, the President was welcomed at the airport by X": so did X (the
 * text says the host took part).
 */
export function participateTripCompany(k: RelKit, participate: Participate): void {
  const { ctx, ev, clusterOf, personsIn } = k;
  const trip = tripOf(k);
  for (const e of k.ev.events) {
    const visitor = !e.planned && titleVisitor(ctx, k.people, e);
    if (visitor) participate(e, visitor, e.sentence, 'participated.title-visit');
    if (!e.planned)
      for (const x of callersAndCalled(ctx, k.people, e)) participate(e, x, e.sentence, 'participated.called-on-title');
  }
  if (!trip || trip.planned) return;
  partOfTrip(k, trip);
  for (const s of ctx.sentences) {
    if (s.heading || plannedBeforeSpeech(s.text)) continue;
    if (ev.eventMentions.some((e) => e.sentence === s.index && e.key !== trip.key)) continue;
    const acc = ACCOMPANIED.exec(s.text);
    if (acc)
      for (const [m] of personsIn(s.index).filter(([x]) => (x.to ?? x.end) <= s.start + acc.index))
        participate(trip, clusterOf.get(m)!, s.index, 'participated.accompanied');
    const wel = WELCOMED_ON_ARRIVAL.exec(s.text);
    if (wel) {
      const at = s.start + wel.index + wel[0].length;
      const host = personsIn(s.index).find(([x]) => (x.from ?? x.start) >= at && (x.from ?? x.start) < at + 80);
      if (host) k.participate(trip, clusterOf.get(host[0])!, s.index, 'participated.welcomed-on-arrival');
    }
  }
}

/** Events told as stops of the trip: a host's receiving the visitor, talks the visitor travels on to. */
const STOP_RULES = new Map([
  ['event.received-pronoun', 'part-of.received-in-visit'],
  ['event.travel-for-talks', 'part-of.travel-stop'],
]);

/**
 * part-of.received-in-visit: the meeting a host held by receiving the visitor ("King X, who received him at the Royal
 * Palace in Rabat", event.received-pronoun) is part of the visit; so are the talks the visitor travels on to ("He
 * travels next to Stockholm for talks with …", event.travel-for-talks: part-of.travel-stop).
 */
function partOfTrip(k: RelKit, trip: Found): void {
  const { ctx, ev } = k;
  for (const e of ev.events) {
    if (e.key === trip.key || ctx.hasRelationFrom('PART_OF', e.key)) continue;
    const rule = ctx.entity(e.key)?.rule ?? '';
    const stop = STOP_RULES.get(rule);
    if (stop) ctx.relate('PART_OF', e.key, trip.key, e.sentence, stop);
    else if (rule === 'event.told-met' && !e.planned && SAME_DAY.test(ctx.sentences[e.sentence]!.text))
      ctx.relate('PART_OF', e.key, trip.key, e.sentence, 'part-of.same-day');
    // part-of.met-in-visit: "X paid an official visit to Y …, during which she met Z": told after the trip in its sentence.
    else if (rule === 'event.told-met' && !e.planned && e.sentence === trip.sentence && e.start > trip.end)
      ctx.relate('PART_OF', e.key, trip.key, e.sentence, 'part-of.met-in-visit');
  }
}

/**
 * part-of.same-day: "Earlier in the day, Minister X met with his Italian counterpart Y" in a readout of a trip: a
 * meeting told by its verb on the same day is another stop of the trip.
 */
const SAME_DAY =
  /^(?:Earlier|Later)\s+(?:in\s+the\s+day|that\s+day|today)\b|^(?:In\s+the\s+(?:morning|afternoon|evening)|Also\s+today)\b/i;
