// Topics: DISCUSSED (the main event's other events, agreements and the states and organisations it dealt with)
// and INVOLVES (the parties of incidents and of meetings nobody in the readout attended).
import type { Found } from './events.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { INCIDENT_NAME, STATE_NAMES, type RelKit } from './rel-kit.ts';
import { NARRATED_RULES } from './told-meetings.ts';

/** Verbs of going over a matter: what a meeting briefed, reviewed or compared is its subject. */
const TOPIC_VERB =
  /\b(briefed|discussed|explained|reviewed|compared|assessed|exchanged views|took stock|welcomed|looked back|evaluated|informed|recalled)\b/i;

/** Events whose parties are states rather than participants. */
const INVOLVING_EVENT =
  /\b(seizure|attacks?|strikes?|bombing|launch|coup|crisis|conflict|incident|downing|shooting|crash|withdrawal|poaching|invasion|occupation|detention|release|exercise|war|situation|consultations|process)\b/i;

/** Adds DISCUSSED and INVOLVES relations. */
export function addTopicRelations(k: RelKit): void {
  const { ctx, hits, hitKeys, people, ev, hitsIn, main, mainName, nameOf, participants, sides } = k;
  addComponentsReached(k);
  // DISCUSSED: the main event dealt with the other events and the agreements it did not conclude or rest on.
  if (main) {
    const keyName = (k: string) => ctx.entities.find((c) => c.key === k)!.name;
    // The gathering a meeting was part of, and a held part of another, are its frame, not its subject; a planned
    // meeting "to be held on the occasion of the G20 Osaka Summit" is a subject.
    const plannedName = (n: string) => ev.events.some((x) => x.planned && nameOf(x) === n);
    const partOfNames = new Set(
      ctx.relations
        .filter((r) => r.type === 'PART_OF')
        .flatMap((r) => [keyName(r.to), keyName(r.from)])
        .filter((n) => !plannedName(n)),
    );
    const parents = new Set(ev.eventMentions.filter((e) => partOfNames.has(nameOf(e))).map((e) => e.key));
    const concludedNames = new Set(
      ctx.relations
        .filter((r) => r.type === 'REACHED_AT' || r.type === 'BASED_ON')
        .map((r) => keyName(r.type === 'BASED_ON' ? r.to : r.from)),
    );
    const concluded = new Set(ev.agreementMentions.filter((a) => concludedNames.has(nameOf(a))).map((a) => a.key));
    // Meetings merely told as happening beside it ("After the meeting, Minister Kishida paid a courtesy call …")
    // were not its subject.
    const narrated = (e: { key: string }) => NARRATED_RULES.has(ctx.entities.find((c) => c.key === e.key)!.rule);
    // A part of the readout's own event ("Later in the visit, President Muizzu will travel to Agra") is not its subject.
    const mainParts = new Set(
      ctx.relations.filter((r) => r.type === 'PART_OF' && keyName(r.to) === mainName).map((r) => keyName(r.from)),
    );
    // An earlier meeting its people held, recalled as background ("after the first round in Moscow", "adopted … at
    // their summit in Tokyo"), is not a subject unless the meeting went over it ("briefed the President on the talks").
    const attendedName = (n: string) =>
      [...participants.entries()].some(
        ([key, cs]) => cs.size && ev.eventMentions.some((x) => x.key === key && nameOf(x) === n),
      );
    const background = (e: Found) =>
      !e.planned &&
      !INCIDENT_NAME.test(nameOf(e)) &&
      !/\bvisits?\b/i.test(nameOf(e)) &&
      attendedName(nameOf(e)) &&
      !TOPIC_VERB.test(ctx.sentences[e.sentence]!.text);
    for (const e of ev.events)
      if (nameOf(e) !== mainName && !parents.has(e.key) && !narrated(e) && !mainParts.has(nameOf(e)) && !background(e))
        ctx.relate('DISCUSSED', main.key, e.key, e.sentence, 'discussed.event');
    // "Prime Minister Abe and President Park held a telephone talk in which … Abe stated that … the Claims Settlement
    // Agreement …": what the paragraph of a meeting told beside the main one names is that meeting's subject.
    const toldIn = (at: number) =>
      ev.eventMentions.find(
        (e) => narrated(e) && !e.planned && e.start < at && !ctx.text.slice(e.end, at).includes('\n'),
      );
    for (const a of ev.agreementMentions) {
      const t = toldIn(a.start);
      if (t) ctx.relate('DISCUSSED', t.key, a.key, a.sentence, 'discussed.told-paragraph');
      // "In that conversation, the Head of State had warned that … the 2015 nuclear agreement …": that meeting's too.
      const that = /^(?:In|During)\s+(?:that|this|the)\s+(conversation|call|meeting|talks?)\b/i.exec(
        ctx.sentences[a.sentence]!.text,
      );
      const back =
        that &&
        ev.eventMentions
          .filter(
            (e) => e.sentence < a.sentence && e !== main && nameOf(e).toLowerCase().includes(that[1]!.toLowerCase()),
          )
          .pop();
      if (back && nameOf(back) !== mainName)
        ctx.relate('DISCUSSED', back.key, a.key, a.sentence, 'discussed.that-meeting');
    }
    for (const a of ev.agreements)
      if (!concluded.has(a.key) && !ev.agreementMentions.every((m) => nameOf(m) !== nameOf(a) || toldIn(m.start)))
        ctx.relate('DISCUSSED', main.key, a.key, a.sentence, 'discussed.agreement');
    // States and organisations the readout talks about that are not its own parties: the meeting's topics.
    const own = new Set<string>([...sides, ...(people.home ? [people.home] : [])]);
    for (const c of people.clusters) {
      for (const o of people.offices.get(c) ?? []) if (o.owner) own.add(o.owner);
      if (c.state) own.add(c.state);
    }
    // At a gathering of many states ("ASEAN Leaders' Meeting") a member can be the subject too ("the situation in
    // Myanmar"): only the readout's issuer and an organisation host stay its own.
    const mainStates = new Set(
      [...(participants.get(main.key) ?? [])].flatMap((c) =>
        (people.offices.get(c) ?? []).map((o) => o.owner).filter((o) => STATE_NAMES.has(o)),
      ),
    );
    const member = new Set(mainStates.size >= 4 ? [...mainStates].filter((st) => st !== people.home) : []);
    for (const st of member) own.delete(st);
    // …named where no person is: the members' representatives are named with their states.
    const withPerson = (si: number) => [...people.personKey.keys()].some((m) => m.sentence === si);
    const inNames = (h: GazetteerHit) =>
      [...ev.eventMentions, ...ev.agreementMentions].some((x) => h.start >= x.start && h.end <= x.end) ||
      ctx.entities.some((c) => c.type === 'Office' && h.start >= c.start && h.end <= c.end);
    const named = [...ev.events, ...ev.agreements].map((x) => nameOf(x));
    const incidents = ev.eventMentions.filter((e) => e.key !== main.key && INCIDENT_NAME.test(nameOf(e)));
    const topical = new Map<string, GazetteerHit>();
    const parties = new Set(ctx.relations.filter((r) => r.type === 'PARTY_TO').map((r) => keyName(r.from)));
    for (const h of hits) {
      if (own.has(h.name) || h.demonym || inNames(h) || ctx.sentences[ctx.sentenceAt(h.start)]!.heading) continue;
      if (member.has(h.name) && withPerson(ctx.sentenceAt(h.start))) continue;
      // A body of one of the readout's own states ("Transportation Safety Board of Canada") is no topic, nor is the
      // state thanked for hosting ("thanks the Government of Austria for its hospitality").
      if (h.type === 'Organization' && [...own].some((o) => new RegExp(`\\bof (?:the )?${o}$`).test(h.name))) continue;
      if (/\b(hospitality|for hosting)\b/i.test(ctx.sentences[ctx.sentenceAt(h.start)]!.text)) continue;
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
      if (inc) continue;
      // A party to an agreement the readout names ("concluded by Jordan, Russia and the United States") is tied to it.
      if (parties.has(h.name)) continue;
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
  addBilateralParties(k);

  // INVOLVES: states and organisations named inside an incident's or exercise's name (meetings have participants).
  for (const e of ev.events) {
    if (e === main || nameOf(e) === mainName) continue;
    // Meetings that nobody in the readout attended are known by their parties ("Inter-Korean Summit").
    const who = new Set(
      [...participants.entries()]
        .filter(([k]) => nameOf(ev.eventMentions.find((x) => x.key === k) ?? e) === nameOf(e))
        .flatMap(([, cs]) => [...cs]),
    );
    // A meeting attended by someone of each state in its name is known by its participants; the "Japan-China-ROK
    // Trilateral Summit" that only the Japanese and Korean leaders are named at also involves its states.
    const ownStates = new Set(
      [...who].flatMap((c) => [c.state, ...(people.offices.get(c) ?? []).map((o) => o.owner)].filter(Boolean)),
    );
    const inName = hitsIn(e.start, e.end).filter((h) => h.type === 'State');
    const attended = who.size > 0 && inName.every((h) => ownStates.has(h.name));
    // A meeting first told as still to come stays planned when named again.
    const planned = ev.events.some((x) => x.planned && nameOf(x) === nameOf(e));
    if (!INVOLVING_EVENT.test(nameOf(e)) && (attended || planned || /\bvisit\b/i.test(nameOf(e)))) continue;
    // "the Kuwait consultations": a meeting named by its place does not involve the place.
    if (ctx.entities.find((c) => c.key === e.key)?.rule === 'event.place-named') continue;
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
function addBilateralParties(k: RelKit): void {
  const { ctx, ev, nameOf, main, participants, people } = k;
  if (!main) return;
  const states = new Set<string>();
  for (const c of participants.get(main.key) ?? []) {
    const owner = (people.offices.get(c) ?? []).map((o) => o.owner).find((o) => STATE_NAMES.has(o)) ?? c.state;
    if (owner && STATE_NAMES.has(owner)) states.add(owner);
  }
  if (states.size !== 2) return;
  for (const e of ev.events) {
    const rule = ctx.entities.find((c) => c.key === e.key)!.rule;
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
function addComponentsReached(k: RelKit): void {
  const { ctx, ev, nameOf } = k;
  const reached = ctx.relations.filter((r) => r.type === 'REACHED_AT');
  const reachedName = (key: string) => ctx.entities.find((c) => c.key === key)!.name;
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
