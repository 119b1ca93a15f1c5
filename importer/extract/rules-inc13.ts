// Rules of the inc13 round (issue 6): incidents and state-level events on readouts nobody tuned the rules for, and
// their INVOLVES parties. Incidents told by a relative clause ("the Russian missile that hit a residential building in
// Dnipro") or after a ship's name ("the container ship MSC Aries, seized by Iran"); talks in a named format ("the
// twentieth meeting in the Astana format", "the 5+2 talks") and the parties listed after them ("in which A, B and C act
// as guarantors"); the state of the place an incident's name ends with ("Douma, Syria"); who suffered an incident
// ("solidarity with India"); who only helped or sympathised ("the support of the UAE", "Australian assistance") or the
// body that considered it ("The Council … considered the seizure of power …"); an election's state.
import { ELECTION_PLACE_BEFORE } from './rules-top15.ts';
import type { Ctx } from './context.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { helperNotParty } from './incident-helpers.ts';
import type { RelKit } from './rel-kit.ts';
import { INCIDENT_NAME } from './rel-kit.ts';
import { readoutPair } from './rules-parties.ts';
import { matchAllInLines, matchesIf } from './text.ts';
import type { Found } from './types.ts';

type Add = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/**
 * Rule event.relative-incident: "the Russian missile that hit a residential building in Dnipro on Saturday", "the drones
 * that struck the port of Izmail": what was fired, told by a relative clause of striking, up to a date or clause break.
 */
export const RELATIVE_INCIDENT =
  /\b(?:[Tt]he|[Aa])[^\S\n]+((?:[\p{L}-]+[^\S\n]+){0,2}?(?:missiles?|rockets?|drones?|shells?|bombs?)[^\S\n]+(?:that|which)[^\S\n]+(?:hit|struck|landed[^\S\n]+(?:on|in)|fell[^\S\n]+(?:on|in))[^\S\n]+[^,.;:\n]{3,70}?)(?=[^\S\n]+(?:on|last|this|yesterday|earlier|overnight|killing)\b|[,.;:\n]|$)/gu;

/** What a vessel underwent, and the incident it makes: "seized" → "seizure". */
const VESSEL_VERBS: Readonly<Record<string, string>> = {
  seized: 'seizure of',
  hijacked: 'hijacking of',
  captured: 'capture of',
  detained: 'detention of',
  boarded: 'boarding of',
  attacked: 'attacks on',
};

/**
 * Rule event.vessel-told: "the container ship MSC Aries, seized by Iran near the Strait of Hormuz", "the merchant
 * vessels attacked in the Red Sea by the Houthis": a ship (named or not) and what was done to it, with its actor after
 * "by"; the event is named "seizure of the container ship MSC Aries by Iran".
 */
export const VESSEL_TOLD =
  /\b(?:the[^\S\n]+)?((?:(?:container|cargo|merchant|commercial|bulk|oil|fishing|research)[^\S\n]+)?(?:ships?|vessels?|tankers?|carriers?|freighters?)(?:[^\S\n]+(?:\p{Lu}[\p{L}\d-]*[^\S\n]+){0,2}\p{Lu}[\p{L}\d-]*)?),?[^\S\n]+(seized|hijacked|captured|detained|boarded|attacked)((?:[^\S\n]+(?:in|near|off)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,2})?)[^\S\n]+by[^\S\n]+((?:the[^\S\n]+)?\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3})/gu;

/** What every match of VESSEL_TOLD holds: the vessel's noun (`mayMatch`). */
const VESSEL_TOLD_NEEDS = ['ship', 'vessel', 'tanker', 'carrier', 'freighter'];

/**
 * Rule event.format-talks: "the twentieth international meeting in the Astana format", "talks in the Normandy format",
 * "the 5+2 talks on the Transnistrian settlement": talks known by their format.
 */
export const FORMAT_TALKS =
  /\b(?:(?:[\p{Ll}\d-]+[^\S\n]+){0,2}(?:meeting|talks|round|summit|consultations)[^\S\n]+in[^\S\n]+the[^\S\n]+(?:\p{Lu}[\p{L}-]+|\d\+\d)[^\S\n]+format|\d\+\d[^\S\n]+(?:talks|negotiations|format[^\S\n]+talks)(?:[^\S\n]+on[^\S\n]+the[^\S\n]+(?:\p{Lu}[\p{L}-]+[^\S\n]+)?settlement)?)/gu;

/**
 * Rule event.airspace-violation: "the violation of Polish airspace by a Russian missile", "repeated incursions into
 * Lithuanian airspace": a breach of a state's airspace is an incident, named with its actor.
 */
export const AIRSPACE_VIOLATION =
  /\b(?:violations?|incursions?|intrusions?)[^\S\n]+(?:of|into)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}-]*(?:['’]s)?[^\S\n]+){1,2}(?:airspace|air[^\S\n]+space|territorial[^\S\n]+waters)(?:[^\S\n]+by[^\S\n]+(?:an?[^\S\n]+|the[^\S\n]+)?(?:\p{Lu}[\p{L}-]*[^\S\n]+)?[\p{Ll}-]+(?:[^\S\n]+[\p{Ll}-]+)?(?=[^\S\n]+(?:on|in|that|this|last|earlier|overnight)\b|[,.;:\n]))?/gu;

/**
 * Rule event.mechanism-meetings: "the recent meetings of the Working Mechanism for Consultation and Coordination on
 * India-China Border Affairs", "meetings under the U.S.-China economic and trade consultation mechanism": the meetings
 * of a standing mechanism between states are an event of the states its name gives.
 */
export const MECHANISM_MEETINGS =
  /\b(?:meetings?|sessions?|rounds?)[^\S\n]+(?:of|under)[^\S\n]+the[^\S\n]+((?:[\p{L}.-]+[^\S\n]+){0,12}?(?:[Mm]echanism|Dialogue|Joint[^\S\n]+Commission)(?:[^\S\n]+(?:for|on)[^\S\n]+\p{Lu}[\p{L}.-]*(?:[^\S\n]+(?:and[^\S\n]+|on[^\S\n]+)?\p{Lu}[\p{L}.-]*){0,7})?)/gu;

/** A person's name: two to four capitalised words. */
const NAME = "(?:\\p{Lu}[\\p{L}'’.-]+[^\\S\\n]+){1,3}\\p{Lu}[\\p{L}'’-]+";
/**
 * Rule event.persons-detained: "the cases of Michael Kovrig and Michael Spavor, arbitrarily detained in China since
 * December 2018": named people told as detained in a state make a detention, named "arbitrary detention of A and B".
 */
export const PERSONS_DETAINED = new RegExp(
  `(${NAME}(?:[^\\S\\n]+and[^\\S\\n]+${NAME})?),[^\\S\\n]+(?:who[^\\S\\n]+(?:has|have)[^\\S\\n]+been[^\\S\\n]+)?(?:(arbitrarily|wrongfully|unjustly|unlawfully)[^\\S\\n]+)?(?:detained|imprisoned|jailed)[^\\S\\n]+in[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu}[\\p{L}-]+`,
  'gu',
);

/** Ships seized, hijacked or attacked (event.vessel-told), found before the incidents so that the ship's name is theirs. */
export function findVesselIncidents(ctx: Ctx, add: Add): void {
  for (const m of matchesIf(ctx.text, VESSEL_TOLD, VESSEL_TOLD_NEEDS)) vesselTold(ctx, add, m);
}

/** Incidents and talks of the rules above, added with `add`. */
export function findInc13Events(ctx: Ctx, add: Add): void {
  const text = ctx.text;
  for (const m of matchAllInLines(text, AIRSPACE_VIOLATION, /airspace|air space|waters/)) {
    const f = add('Event', m[0], m.index, 'event.airspace-violation');
    const c = f && ctx.entity(f.key);
    if (c && c.rule === 'event.airspace-violation') c.props.kind = 'incident';
  }
  for (const m of matchAllInLines(text, PERSONS_DETAINED, /detained|imprisoned|jailed/)) personsDetained(ctx, add, m);
  for (const m of text.matchAll(MECHANISM_MEETINGS)) {
    const name = m[0].replace(/[\s.]+$/, '');
    // Named by its states: "India-China", "U.S.-China"; a mechanism of the readout's two sides otherwise stays unnamed.
    if (!/\p{Lu}[\p{L}.]*-\p{Lu}/u.test(name)) continue;
    add('Event', name, m.index, 'event.mechanism-meetings');
  }
  for (const m of matchAllInLines(text, RELATIVE_INCIDENT, /that|which/)) {
    // Pinned down by a name or a nationality, like every incident.
    if (!/\p{Lu}/u.test(m[1]!)) continue;
    const f = add('Event', m[1]!, m.index + m[0].indexOf(m[1]!), 'event.relative-incident');
    const c = f && ctx.entity(f.key);
    if (c && c.rule === 'event.relative-incident') c.props.kind = 'incident';
  }
  for (const m of matchAllInLines(text, FORMAT_TALKS, /format|\+/)) {
    const lead = /^the\s+/i.exec(m[0])?.[0].length ?? 0;
    add('Event', m[0].slice(lead), m.index + lead, 'event.format-talks');
  }
}

function personsDetained(ctx: Ctx, add: Add, m: RegExpMatchArray): void {
  const state = m[0].slice(m[0].lastIndexOf(' ') + 1);
  if (!findGazetteerHits(state).some((h) => h.type === 'State')) return;
  const f = add('Event', m[0], m.index!, 'event.persons-detained');
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== 'event.persons-detained') return;
  const adverb = m[2] ? `${m[2].replace(/ly$/, '').replace(/arbitrari$/, 'arbitrary')} ` : '';
  f.name = `${adverb}detention of ${m[1]}`;
  ctx.rename(c.key, f.name);
  c.props.kind = 'incident';
}

function vesselTold(ctx: Ctx, add: Add, m: RegExpMatchArray): void {
  const verb = VESSEL_VERBS[m[2]!]!;
  const ship = m[1]!;
  const lead = /^the\s+/i.exec(m[0])?.[0].length ?? 0;
  const f = add('Event', m[0].slice(lead), m.index! + lead, 'event.vessel-told');
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== 'event.vessel-told') return;
  const plural = /^(?:\p{Ll}+\s+)?(?:ships|vessels|tankers|carriers|freighters)\b/u.test(ship);
  const noun = verb === 'attacks on' && !plural ? 'attack on' : verb;
  f.name = `${noun} ${plural ? '' : 'the '}${ship}${m[3] ?? ''} by ${m[4]}`;
  ctx.rename(c.key, f.name);
  c.props.kind = 'incident';
}

/** Rule ids whose events are incidents or talks named by their parties (see involvesNamedParties). */
const NAMED_PARTY_RULES = new Set([
  'event.relative-incident',
  'event.vessel-told',
  'event.airspace-violation',
  'event.mechanism-meetings',
  'event.persons-detained',
]);

/**
 * Rule involves.named-parties: the states and organisations named in an incident of the rules above ("the Russian
 * missile that hit …": Russia; "seizure of … by Iran": Iran) are its actors or targets.
 */
export function involvesNamedParties(k: RelKit): void {
  for (const e of k.ev.eventMentions) {
    if (!NAMED_PARTY_RULES.has(k.ctx.entity(e.key)?.rule ?? '')) continue;
    for (const h of k.hitsIn(e.start, e.end)) {
      const key = k.hitKeys.get(h);
      if (key) k.ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.named-parties');
    }
  }
}

/** ", in which Russia, Iran and Türkiye act as guarantors", ", in which A, B and C take part": the listed parties. */
const IN_WHICH_LIST =
  /^,?[^\S\n]+in[^\S\n]+which[^\S\n]+([^.;:\n]{3,160}?)[^\S\n]+(?:acts?|takes?[^\S\n]+part|participates?|serves?|sits?|(?:is|are)[^\S\n]+(?:an?[^\S\n]+)?(?:guarantors?|mediators?|parties|party|observers?|facilitators?))\b/u;

/**
 * Rule involves.in-which-listed: talks, a process or a format followed by ", in which A, B and C act as guarantors" or
 * "… take part" involve every state and organisation of that list.
 */
export function involvesInWhichListed(k: RelKit): void {
  const { ctx, ev, hitKeys } = k;
  for (const e of ev.eventMentions) {
    if (e === k.main) continue;
    const m = IN_WHICH_LIST.exec(ctx.text.slice(e.end, e.end + 220));
    if (!m) continue;
    const at = e.end + m[0].indexOf(m[1]!);
    for (const h of k.hitsIn(at, at + m[1]!.length)) {
      const key = hitKeys.get(h);
      if (key && (h.type === 'State' || h.type === 'Organization'))
        ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.in-which-listed');
    }
  }
}

/**
 * discussed.not-in-which-listed (top15): a state or body of the ", in which A, B and C act as guarantors" list of a
 * process is its party (involves.in-which-listed), not a topic of the meeting that discussed the process (the list
 * is no ", in which the two sides discussed" clause).
 */
export function inWhichListed(k: RelKit, h: { start: number; end: number }): boolean {
  const si = k.ctx.sentenceAt(h.start);
  return k.ev.eventMentions.some((e) => {
    if (e.sentence !== si || e.end > h.start) return false;
    const m = IN_WHICH_LIST.exec(k.ctx.text.slice(e.end, e.end + 220));
    const at = m ? e.end + m[0].indexOf(m[1]!) : -1;
    return Boolean(m && h.start >= at && h.end <= at + m[1]!.length);
  });
}

/** "…, Syria", "…, the Democratic Republic of the Congo": a state right after the place an incident's name ends with. */
const COMMA_STATE = /^,[^\S\n]+(?:the[^\S\n]+)?$/;

/**
 * Rule involves.place-state: an incident whose name ends with a place followed by its state ("the chemical weapons
 * attack on the people of Douma, Syria") involves that state: the place is where it happened.
 */
export function involvesPlaceState(k: RelKit): void {
  const { ctx, ev, hits, hitKeys, nameOf } = k;
  for (const e of ev.eventMentions) {
    if (e === k.main || !INCIDENT_NAME.test(nameOf(e)) || !/\p{Lu}[\p{L}-]+$/u.test(ctx.text.slice(e.start, e.end)))
      continue;
    const h = hits.find(
      (x) =>
        x.type === 'State' &&
        !x.demonym &&
        x.start > e.end &&
        x.start - e.end < 8 &&
        COMMA_STATE.test(ctx.text.slice(e.end, x.start)),
    );
    const key = h && hitKeys.get(h);
    if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.place-state');
  }
}

/** "solidarity with India", "condolences to the people of Morocco", "sympathy to the Ukrainian people": who suffered. */
const SUFFERER_BEFORE =
  /\b(?:solidarity|sympathy|sympathies|condolences)[^\S\n]+(?:(?:of|from)[^\S\n]+[^,.;\n]{1,40}?[^\S\n]+)?(?:with|to)[^\S\n]+(?:the[^\S\n]+(?:people|government|victims|families)[^\S\n]+of[^\S\n]+)?(?:the[^\S\n]+)?$/i;

/**
 * Rule involves.sufferer: a state named as who receives solidarity, sympathy or condolences in the sentence that tells
 * of an incident ("condemned the terror attack in Pahalgam and expressed the solidarity of France with India") is its
 * affected party; the sentence's one incident (not an election) takes it.
 */
export function involvesSufferer(k: RelKit): void {
  const { ctx, ev, hitKeys, nameOf } = k;
  for (const h of k.hits) {
    const key = hitKeys.get(h);
    if (!key || h.type !== 'State') continue;
    const si = ctx.sentenceAt(h.start);
    const s = ctx.sentences[si]!;
    if (!SUFFERER_BEFORE.test(ctx.text.slice(Math.max(s.start, h.start - 90), h.start))) continue;
    const incidents = ev.eventMentions.filter(
      (x) => x.sentence === si && x !== k.main && INCIDENT_NAME.test(nameOf(x)) && !/\belections?\b/i.test(nameOf(x)),
    );
    if (new Set(incidents.map(nameOf)).size !== 1) continue;
    ctx.relate('INVOLVES', incidents[0]!.key, key, si, 'involves.sufferer');
  }
}

/** An election or referendum told in a sentence: its name gives no state. */
const VOTE_NAME = /\b(?:elections?|referendum)\b/i;
/** "Senegal's authorities", "Belarus's", the state owning something: a state named by a possessive. */
const POSSESSIVE_AFTER = /^['’]s?\s/;

/**
 * Rule involves.election-state: an election whose name gives no state involves the one state its sentence names by a
 * possessive ("commended Senegal's authorities on the preparations for the presidential election of 24 March").
 */
export function involvesElectionState(k: RelKit): void {
  const { ctx, ev, hitKeys, nameOf } = k;
  const involved = new Set(ctx.relationsOf('INVOLVES').map((r) => r.from));
  for (const e of ev.eventMentions) {
    if (e === k.main || !VOTE_NAME.test(nameOf(e)) || involved.has(e.key)) continue;
    if (k.hitsIn(e.start, e.end).some((h) => h.type === 'State')) continue;
    const s = ctx.sentences[e.sentence]!;
    const owners = k
      .hitsIn(s.start, s.end)
      .filter((h) => h.type === 'State' && !h.demonym && POSSESSIVE_AFTER.test(ctx.text.slice(h.end, h.end + 3)));
    const states = new Set(owners.map((h) => h.name));
    const key = states.size === 1 ? hitKeys.get(owners[0]!) : undefined;
    if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.election-state');
    // involves.election-place (top15): "the situation in Venezuela following the presidential election".
    const place = key ? undefined : ELECTION_PLACE_BEFORE.exec(ctx.text.slice(Math.max(0, e.start - 80), e.start));
    const at = place && k.hitsIn(e.start - place[0].length, e.start).find((h) => h.type === 'State' && !h.demonym);
    const placeKey = at && at.surface === place[1] ? hitKeys.get(at) : undefined;
    if (placeKey) ctx.relate('INVOLVES', e.key, placeKey, e.sentence, 'involves.election-place');
  }
}

/** Natural disasters: what they strike is where they happen. */
const DISASTER =
  /\b(?:earthquakes?|floods?|flooding|landslides?|eruption|tsunami|cyclone|typhoon|hurricane|wildfires?|drought)\b/i;

/**
 * Rule involves.disaster-counterpart: a natural disaster that no rule gave a state, told in a sentence where one state
 * of the readout's pair offers help or condolences ("Mr Albanese offered Australian assistance following the
 * devastating landslide in Enga Province"; "conveyed the condolences of the Spanish people for the victims of the
 * earthquake in the Al Haouz province"), struck the pair's other state.
 */
export function involvesDisasterCounterpart(k: RelKit): void {
  const { ctx, ev, nameOf } = k;
  const pair = readoutPair(k);
  if (!pair || pair.size !== 2) return;
  const withState = new Set(
    ctx
      .relationsOf('INVOLVES')
      .filter((r) => ctx.entity(r.to)?.type === 'State')
      .map((r) => r.from),
  );
  for (const e of ev.eventMentions) {
    if (e === k.main || !DISASTER.test(nameOf(e)) || withState.has(e.key)) continue;
    const s = ctx.sentences[e.sentence]!;
    const helpers = k
      .hitsIn(s.start, s.end)
      .filter((h) => h.type === 'State' && pair.has(h.name) && helperNotParty(ctx.text, h, e));
    const others = [...pair].filter((x) => !helpers.some((h) => h.name === x));
    const key = helpers.length && others.length === 1 ? k.stateKey(others[0]!) : undefined;
    if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.disaster-counterpart');
  }
}

/** ", including the August 20 …": an incident told as one of a broader one just named. */
const INCLUDING_BEFORE = /,?[^\S\n]+(?:including|among[^\S\n]+them|notably)[^\S\n]+(?:the[^\S\n]+)?[^,;.\n]{0,25}$/;

/**
 * Rule involves.included-incident: an incident told as one of a broader one ("the victims of recent terrorist attacks in
 * Turkey, including the August 20 bombing of a wedding in Gaziantep") happened where the broader one did: it involves
 * the states named after "in" in the broader one's name.
 */
export function involvesIncludedIncident(k: RelKit): void {
  const { ctx, ev, hitKeys, nameOf } = k;
  for (const e of ev.eventMentions) {
    if (e === k.main || !INCIDENT_NAME.test(nameOf(e))) continue;
    const s = ctx.sentences[e.sentence]!;
    const before = ctx.text.slice(s.start, e.start);
    const m = INCLUDING_BEFORE.exec(before);
    if (!m) continue;
    const at = s.start + m.index;
    const broad = ev.eventMentions.find(
      (x) => x.sentence === e.sentence && x.end <= at && at - x.end < 3 && INCIDENT_NAME.test(nameOf(x)),
    );
    if (!broad) continue;
    for (const h of k.hitsIn(broad.start, broad.end)) {
      const key = hitKeys.get(h);
      const placed = /\bin\s+(?:the\s+)?$/.test(ctx.text.slice(Math.max(0, h.start - 8), h.start));
      if (key && h.type === 'State' && placed)
        ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.included-incident');
    }
  }
}

/** A war or a crisis between sides: its other side may be told only beside it. */
const WAR_NAME = /\b(?:war|conflict|crisis|hostilities|invasion|aggression|fighting)\b/i;
/** A sentence about war or peace: "peace talks", "a negotiated way out of the war", "a ceasefire". */
const WAR_TALK = /\b(?:war|conflict|crisis|peace|ceasefire|cease-fire|hostilities|fighting|truce|negotiated)\b/i;
/** "Russia and Ukraine", "between Russia and the Ukraine", "both Russia and Ukraine": two states told together. */
const PAIRED = /^[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?$/;

/**
 * Rule involves.war-other-side: a war or crisis whose name gives one state ("the war in Ukraine", "the Ukraine crisis")
 * involves the state paired with it in a sentence about that war or peace ("hopes to see peace talks between Russia and
 * Ukraine resume"; "help Russia and Ukraine find a negotiated way out of the war").
 */
export function involvesWarOtherSide(k: RelKit): void {
  const { ctx, ev, hitKeys, nameOf } = k;
  for (const e of ev.eventMentions) {
    if (e === k.main || !WAR_NAME.test(nameOf(e))) continue;
    const own = new Set(
      k
        .hitsIn(e.start, e.end)
        .filter((h) => h.type === 'State')
        .map((h) => h.name),
    );
    if (own.size !== 1) continue;
    const back = new RegExp(`\\bthe\\s+${WAR_NAME.exec(nameOf(e))![0]}\\b`, 'i');
    for (const s of ctx.sentences) {
      if (s.heading || (s.index !== e.sentence && !back.test(s.text)) || !WAR_TALK.test(s.text)) continue;
      const states = k
        .hitsIn(s.start, s.end)
        .filter((h) => h.type === 'State' && !(h.start >= e.start && h.end <= e.end));
      for (const [i, a] of states.entries()) {
        const b = states[i + 1];
        if (!b || !PAIRED.test(ctx.text.slice(a.end, b.start)) || a.name === b.name) continue;
        const other = own.has(a.name) ? b : own.has(b.name) ? a : undefined;
        const key = other && hitKeys.get(other);
        if (key) ctx.relate('INVOLVES', e.key, key, s.index, 'involves.war-other-side');
      }
    }
  }
}

/** The INVOLVES rules of the round, run after the topic rules. */
export function addInc13Parties(k: RelKit): void {
  involvesNamedParties(k);
  involvesInWhichListed(k);
  involvesPlaceState(k);
  involvesSufferer(k);
  involvesElectionState(k);
  involvesDisasterCounterpart(k);
  involvesIncludedIncident(k);
  involvesWarOtherSide(k);
}
