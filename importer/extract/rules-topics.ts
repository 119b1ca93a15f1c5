// Topics: DISCUSSED (the main event's other events, agreements and the states and organisations it dealt with)
// and INVOLVES (the parties of incidents and of meetings nobody in the readout attended).
import type { GazetteerHit } from './gazetteer.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';

/** Events whose parties are states rather than participants. */
const INVOLVING_EVENT =
  /\b(seizure|attacks?|strikes?|bombing|launch|coup|crisis|conflict|incident|downing|shooting|crash|withdrawal|poaching|invasion|occupation|detention|release|exercise|war|situation|consultations|process)\b/i;

/** Adds DISCUSSED and INVOLVES relations. */
export function addTopicRelations(k: RelKit): void {
  const { ctx, hits, hitKeys, people, ev, hitsIn, main, mainName, nameOf, participants, sides } = k;
  // DISCUSSED: the main event dealt with the other events and the agreements it did not conclude or rest on.
  if (main) {
    const keyName = (k: string) => ctx.entities.find((c) => c.key === k)!.name;
    const partOfNames = new Set(
      ctx.relations.filter((r) => r.type === 'PART_OF').flatMap((r) => [keyName(r.to), keyName(r.from)]),
    );
    const parents = new Set(ev.eventMentions.filter((e) => partOfNames.has(nameOf(e))).map((e) => e.key));
    const concludedNames = new Set(
      ctx.relations
        .filter((r) => r.type === 'REACHED_AT' || r.type === 'BASED_ON')
        .map((r) => keyName(r.type === 'BASED_ON' ? r.to : r.from)),
    );
    const concluded = new Set(ev.agreementMentions.filter((a) => concludedNames.has(nameOf(a))).map((a) => a.key));
    for (const e of ev.events)
      if (nameOf(e) !== mainName && !parents.has(e.key))
        ctx.relate('DISCUSSED', main.key, e.key, e.sentence, 'discussed.event');
    for (const a of ev.agreements)
      if (!concluded.has(a.key)) ctx.relate('DISCUSSED', main.key, a.key, a.sentence, 'discussed.agreement');
    // States and organisations the readout talks about that are not its own parties: the meeting's topics.
    const own = new Set<string>([...sides, ...(people.home ? [people.home] : [])]);
    for (const c of people.clusters) {
      for (const o of people.offices.get(c) ?? []) if (o.owner) own.add(o.owner);
      if (c.state) own.add(c.state);
    }
    const inNames = (h: GazetteerHit) =>
      [...ev.eventMentions, ...ev.agreementMentions].some((x) => h.start >= x.start && h.end <= x.end) ||
      ctx.entities.some((c) => c.type === 'Office' && h.start >= c.start && h.end <= c.end);
    const named = [...ev.events, ...ev.agreements].map((x) => nameOf(x));
    const incidents = ev.eventMentions.filter((e) => e.key !== main.key && INCIDENT_NAME.test(nameOf(e)));
    const topical = new Map<string, GazetteerHit>();
    for (const h of hits) {
      if (own.has(h.name) || h.demonym || inNames(h) || ctx.sentences[ctx.sentenceAt(h.start)]!.heading) continue;
      // A state only named inside names ("joint statement on Syria") is discussed when the text names it on its own
      // too ("see ISIS defeated in Syria"); an organisation in a name is its host or author.
      if (h.type !== 'State' && named.some((n) => n.includes(h.surface) || n.includes(h.name))) continue;
      // An enumeration of states ("citizens of Iran, Ukraine, Sweden …") lists, it does not discuss.
      const si = ctx.sentenceAt(h.start);
      if (
        new Set(hits.filter((x) => x.type === 'State' && ctx.sentenceAt(x.start) === si).map((x) => x.name)).size >= 4
      )
        continue;
      // States named with an incident are its parties ("citizens of Ukraine, Sweden, Afghanistan … died").
      const inc = incidents.find((e) => e.sentence === ctx.sentenceAt(h.start));
      if (inc && h.type === 'State') continue;
      // A place ("in Singapore", "Vienna, Austria") is not a topic.
      if (
        h.type === 'State' &&
        /\b(?:in|to|at|from|of)\s+\p{Lu}\p{L}+,\s*$/u.test(ctx.text.slice(Math.max(0, h.start - 30), h.start))
      )
        continue;
      // "held in Seoul, Japan", "travelled to Iran": a place of the meeting or a trip; "ISIS defeated in Syria" is a topic.
      if (
        h.type === 'State' &&
        /^\s*(?:,|\s)?\s*(?:to|in|at|from)\s*$/.test(ctx.text.slice(h.start - 4, h.start)) &&
        !/\b(?:defeated|fighting|war|conflict|situation|crisis|peace|ceasefire|stability|security|violence|presence|operations?|interests|investment|elections?)\s+(?:\w+\s+)?$/i.test(
          ctx.text.slice(Math.max(0, h.start - 30), h.start - 3),
        )
      )
        continue;
      if (!topical.has(h.name)) topical.set(h.name, h);
    }
    for (const h of topical.values())
      ctx.relate('DISCUSSED', main.key, hitKeys.get(h)!, ctx.sentenceAt(h.start), 'discussed.topic');
  }

  addIncidentParties(k);

  // INVOLVES: states and organisations named inside an incident's or exercise's name (meetings have participants).
  for (const e of ev.events) {
    if (e === main || nameOf(e) === mainName) continue;
    // Meetings that nobody in the readout attended are known by their parties ("Inter-Korean Summit").
    const attended = [...participants.keys()].some(
      (k) => nameOf(ev.eventMentions.find((x) => x.key === k) ?? e) === nameOf(e) && participants.get(k)!.size,
    );
    if (!INVOLVING_EVENT.test(nameOf(e)) && (attended || e.planned || /\bvisit\b/i.test(nameOf(e)))) continue;
    for (const h of hitsIn(e.start, e.end)) {
      // A place ("meeting in Singapore") or the host organisation of a summit ("G20 Osaka Summit") is no party.
      if (/\bin\s+$/.test(ctx.text.slice(Math.max(0, h.start - 4), h.start)) && !INVOLVING_EVENT.test(nameOf(e)))
        continue;
      if (h.type === 'Organization' && !INVOLVING_EVENT.test(nameOf(e))) continue;
      ctx.relate('INVOLVES', e.key, hitKeys.get(h)!, e.sentence, 'involves.in-name');
    }
  }
}

/** Victims, casualties and the dead of an incident, told in the sentences after it: their states are affected. */
const VICTIMS = /\b(victims|casualties|killed|died|dead|on board|passengers|wounded|injured)\b/i;

/**
 * Incidents involve every state and organisation named with them as actor, target or affected party: in the
 * sentence that tells of it ("four Israeli F-16 fighters were carrying out strikes", "the Government of Iran
 * acknowledged that its armed forces had shot down …", "which had endangered Canadian personnel") and in the
 * following sentences about its victims ("Among the victims were 57 Canadian citizens, along with citizens of …").
 * Places ("in Hangzhou, China") and the states of people merely named there are not parties.
 */
function addIncidentParties(k: RelKit): void {
  const { ctx, hits, hitKeys, ev, nameOf } = k;
  for (const e of ev.eventMentions) {
    if (e === k.main || nameOf(e) === k.mainName || !INCIDENT_NAME.test(nameOf(e))) continue;
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
        if (ctx.entities.some((c) => c.type === 'Office' && h.start >= c.start && h.end <= c.end)) continue;
        const before = ctx.text.slice(Math.max(s.start, h.start - 30), h.start);
        // "in Hangzhou, China": a place; "Erdogan of Turkey" names a person's state, who is not the party.
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
