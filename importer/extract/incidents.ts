// Incidents as events: "seizure of Ukrainian naval vessels in the Kerch Strait", "failed coup attempt of July 15",
// "Iranian missile strikes of January 8 on bases in Iraq": a head noun with its modifiers and complement.
import { figurativeCollision } from './rules-fl20b.ts';
import { incidentAsModifier } from './rules-fl19b.ts';
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { INCIDENT_NOUNS, INCIDENT_RELATIVE_VERBS, MORE_INCIDENT_MODIFIERS, PERSON_PARTICIPLES } from './lexicons.ts';
import { capitalPossessive, ev21NotIncident } from './rules-ev21-filters.ts';
import { alt, anyFirstWord, matchAllInLines, matchesIf } from './text.ts';
import { bareViolence } from './rules-top19-events.ts';
import { situationOfPeople } from './rules-top22-events.ts';
import { bareProcess, kindOfViolence, mediationWithoutSides } from './rules-top23-events.ts';
import { departureUnnamed, namedModifier } from './rules-top27-events.ts';

/** Incident heads: the incident nouns, with "coup" and "shooting" only as "coup attempt" and "shooting down". */
const INCIDENT_HEADS = [
  'war of aggression',
  ...INCIDENT_NOUNS.map((n) =>
    n === 'coup'
      ? 'coup attempt'
      : n === 'shooting'
        ? 'shooting down'
        : n === 'confrontation'
          ? 'military confrontation'
          : n,
  ),
  // ev21: "the armed confrontation between A and B"; a bare "coup" with its place or date ("the coup in Niamey",
  // rules-ev21-filters.ts: never alone).
  'armed confrontation',
  'coup',
  // inc13: "the military coup in Niamey" (a bare "coup" stays no head).
  'military coup',
  'attempted coup',
  'coup d’état',
  "coup d'état",
  'coup d’etat',
  "coup d'etat",
];
/** INCIDENT never crosses a line and holds one of its heads (matchAllInLines). */
const INCIDENT_WORDS = anyFirstWord(INCIDENT_HEADS);
/**
 * Modifiers an incident's name may carry before its head ("failed", "ballistic missile", a name or a nationality; fl14b:
 * the vehicle of a crash, "a helicopter crash", "the ferry disaster"; top18: "the cross-border shelling by …").
 */
const INCIDENT_MODS =
  '(?:(?:(?:' +
  MORE_INCIDENT_MODIFIERS.join('|') +
  '|failed|illegal|deadly|cross-border|hybrid|terrorist|suicide|armed|military|missile|ballistic|cruise|hypersonic|drone|rocket|cyber|humanitarian|nuclear|presidential|parliamentary|legislative|general|full-scale|unprovoked|unjustifiable|unjustified|brutal|consultative|constitutional|forcible|forced|large-scale|devastating|massive|violent|monsoon|chemical|ransomware|bomb|terror|suspected|first|second|third|fourth|fifth|sixth|seventh|latest|migration|migrant|refugee|hostage|helicopter|plane|aircraft|airliner|train|ferry|boat)(?:[^\\S\\n]+[a-z]{3,}(?=[^\\S\\n]+[a-z]))?|\\p{Lu}[\\p{L}-]*(?:\\d+\\b)?)(?:,?[^\\S\\n]+and[^\\S\\n]+|,[^\\S\\n]+|[^\\S\\n]+)){0,3}';
/** Incidents: "seizure of Ukrainian naval vessels in the Kerch Strait", "failed coup attempt of July 15". */
export const INCIDENT = new RegExp(
  `(?<![\\p{L}])(?:(?:\\p{Lu}[\\p{L}.-]*[^\\S\\n]+)?\\p{Lu}[\\p{L}.-]*['’]s[^\\S\\n]+)?${INCIDENT_MODS}${alt(INCIDENT_HEADS).replace(/ /g, '[^\\S\\n]+')}\\b`,
  'gu',
);

/** "erupted", "broke out": an intransitive verb of happening between an incident's head and its place. */
const HAPPENED =
  /^[^\S\n]+(?:erupted|broke[^\S\n]+out|flared[^\S\n]+up|occurred|took[^\S\n]+place|held)(?=[^\S\n]+(?:along|across|on|in|at|near|around)[^\S\n])/;

/** "the blockade imposed on Qatar", "the war waged against Ukraine": a participle kept in the name before its target (inc13). */
// ev14: "the blockade imposed by the United States on Cuba": the actor may come first.
// fl18a (incident.organised-by): "the hybrid attack organised by the X regime against Y", "the attacks carried out by X".
const IMPOSED =
  /^[^\S\n]+(?:imposed|inflicted|waged|organi[sz]ed|carried[^\S\n]+out|perpetrated|caused)(?=[^\S\n]+(?:on|against|upon|by)[^\S\n])/;

/** "since 24 July", "since March 2023", "since 2021": the date an incident began, right after its name (ev14). */
const SINCE_DATE =
  /^[^\S\n]+since[^\S\n]+(?:(?:\d{1,2}[^\S\n]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d\d\b)/;

/**
 * event.incident-actor-relative (ev24): "the missile strike that Russia launched on the centre of X", "the attack which
 * the Houthis carried out against a tanker": a relative clause naming the actor (one or two capitalised words) before a
 * verb of striking and its preposition; the actor stays in the name.
 */
const ACTOR_RELATIVE = String.raw`(?:that|which)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?[^\S\n]+(?:launched|carried[^\S\n]+out|fired|conducted|mounted)[^\S\n]+(?:on|at|against|in)`;

/**
 * What opens an incident's complement: a preposition, or a relative clause's verb of striking ("that struck Türkiye";
 * ev21: "that swept through the province of X", "which targeted a military post in …", INCIDENT_RELATIVE_VERBS).
 */
const COMPLEMENT_LEAD = new RegExp(
  `^[^\\S\\n]+(of|on|in|at|against|from|around|over|near|by|along|across|between|and[^\\S\\n]+of|(?:that|which)[^\\S\\n]+(?:(?:has|have|had)[^\\S\\n]+)?(?:struck|hit|devastated|affected|${INCIDENT_RELATIVE_VERBS.map((v) => v.replace(/ /g, '[^\\S\\n]+')).join('|')})|${ACTOR_RELATIVE})[^\\S\\n]+`,
  'u',
);

/** Words that end an incident's complement (a new clause or list). */
const COMPLEMENT_STOP = new Set(
  'and or but that which who whose to was were is are has have had will would as while when after before since because including with must should shall can could may might remains remain continues continue earlier later yesterday today tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

/** "two days earlier", "three weeks ago", "a year before": a span of time told after an incident's name. */
const AGO =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)[^\S\n]+(?:days?|weeks?|months?|years?)[^\S\n]+(?:earlier|ago|before|later|previously)\b/;

/** "3 December", "December 3", "Monday": a date after "on". */
const DATE_AFTER =
  /^(?:\d{1,2}(?:st|nd|rd|th)?[^\S\n]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A month right before an "and" (evk31b): "of June and July". */
const MONTH_BEFORE_AND =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)[^\S\n]*$/;

/** The complement after an incident head: "of Ukrainian naval vessels in the Kerch Strait", up to a clause break. */
export function incidentComplement(text: string, at: number): number {
  let end = at;
  // "conflict between Armenia and Azerbaijan", "earthquake that struck Türkiye", "floods which hit Pakistan"; fl19b
  // (event.incident-perfect-affected): "the drought that has affected Somalia"; (event.incident-and-of): "the shelling of
  // residential areas and of the airport in X", a second "of" complement joined by "and".
  const re = COMPLEMENT_LEAD;
  // "of the International Committee of the Red Cross": a capitalised name goes on past the third complement (inc13).
  const nameGoesOn = () =>
    /\p{Lu}[\p{L}-]*$/u.test(text.slice(Math.max(0, end - 30), end)) &&
    /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u.test(text.slice(end, end + 20));
  let connector = '';
  for (let round = 0; round < 3 || (round < 5 && nameGoesOn()); round++) {
    const m = re.exec(text.slice(end, end + 48));
    if (!m) break;
    // event.incident-and-of (fl19b): "and of" only continues an "of" complement ("of A and of B").
    if (m[1]!.startsWith('and') && connector !== 'of') break;
    connector = m[1]!;
    // "the referendum held in Venezuela on 3 December on the Essequibo region": the name ends with its date (top9).
    const dated = m[1] === 'on' && DATE_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 16));
    let j = end + m[0].length;
    let words = 0;
    let last = end;
    for (;;) {
      // "the explosion at the Port of Beirut two days earlier": a span of time ends the name (top9).
      if (words > 0 && AGO.test(text.slice(j, j + 40))) break;
      const w = /^([\p{L}\d][\p{L}\d.'’-]*)/u.exec(text.slice(j, j + 40));
      // "between Belarus and the European Union": the "and" belongs to "between".
      // evk31b: "the unrest of June and July": two months joined by "and" are one date.
      const monthPair =
        w?.[1] === 'and' && MONTH_BEFORE_AND.test(text.slice(end, j)) && DATE_AFTER.test(text.slice(j + 4, j + 20));
      if (w?.[1] === 'and' && (monthPair || /\bbetween\s+(?:the\s+)?\S+\s*$/.test(text.slice(end, j)))) {
        j += 3;
        const sp2 = /^[^\S\n]+(?:the[^\S\n]+)?/.exec(text.slice(j, j + 6));
        if (!sp2) break;
        j += sp2[0].length;
        continue;
      }
      if (
        !w ||
        COMPLEMENT_STOP.has(w[1]!) ||
        words >= 7 ||
        (words > 0 && /^[a-z]+ed$/.test(w[1]!) && !/^(detained|armed|united)$/.test(w[1]!)) ||
        (words > 0 && PERSON_PARTICIPLES.test(w[1]!)) ||
        // "settle the crisis in Sudan peacefully": an adverb belongs to the verb, not the name.
        (words > 0 && /^[a-z]{3,}ly\.?$/.test(w[1]!) && !/^(?:early|italy)\.?$/i.test(w[1]!))
      )
        break;
      if (/^(of|on|in|at|around|over|near|along|across)$/.test(w[1]!)) break;
      words++;
      j += w[1]!.replace(/\.$/, '').length;
      last = j;
      const sp = /^[^\S\n]+/.exec(text.slice(j, j + 3));
      if (!sp) break;
      j += sp[0].length;
    }
    if (last === end) break;
    end = last;
    if (dated) break;
  }
  return end;
}

/**
 * Incidents of the text as events, each pinned down by a name, nationality, place or date; "Russia's invasion of
 * Ukraine" also under its forms without the actor and the adjectives.
 */
export function findIncidents(
  ctx: Ctx,
  add: (type: 'Event', surface: string, start: number, rule: string) => Found | undefined,
): void {
  const text = ctx.text;
  const found: Found[] = [];
  for (const m of matchAllInLines(text, INCIDENT, INCIDENT_WORDS)) {
    // "armed clashes erupted along the border": the complement after an intransitive verb of happening.
    const verb = HAPPENED.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[0] ?? '';
    const kept = verb ? '' : (IMPOSED.exec(after(text, m, 30))?.[0] ?? '');
    const afterVerb = m.index + m[0].length + verb.length + kept.length;
    const bridged = verb || kept ? incidentComplement(text, afterVerb) : afterVerb;
    const end = bridged > afterVerb ? bridged : incidentComplement(text, m.index + m[0].length);
    const phrase = text.slice(m.index, end).replace(/^(The|A|An)\s+/, '');
    // An incident needs something that pins it down: a name, a nationality, a place or a date ("the Syrian
    // conflict" at a sentence start is pinned by its demonym).
    // "the mutual release of detained persons carried out by Ukraine and Russia": pinned by its actor told after it.
    // event.incident-since (ev14): "the armed clashes on the border since 24 July": pinned by the date it began.
    if (
      !/\p{Lu}|\d/u.test(phrase.slice(1)) &&
      !findGazetteerHits(phrase).length &&
      !actorAfter(text, end) &&
      !SINCE_DATE.test(text.slice(end, end + 30)) &&
      !capitalPossessive(phrase) && // event.incident-capital-actor (ev21): "Pyongyang's launch of a satellite"
      !namedModifier(text, m.index, phrase) // event.incident.named-modifier (top27): "the Rohingya crisis"
    )
      continue;
    if (notAnIncident(ctx, m, phrase)) continue;
    if (timeMark(text, m.index, m.index + phrase.length)) continue;
    const f = add('Event', phrase, m.index, 'event.incident');
    if (f && verb && f.name.includes(verb)) {
      const named = f.name.replace(verb, '');
      ctx.renameAll('Event', f.name, named);
      f.name = named;
    }
    if (f) found.push(f);
    // "Russia's invasion of Ukraine" is also written without its actor: "the invasion of Ukraine".
    // "Russia's illegal and unjustifiable war of aggression …" also as "war of aggression …".
    const bare = f && /^(?:\p{Lu}[\p{L}.-]*\s+)?\p{Lu}[\p{L}.-]*['’]s\s+(.+)$/u.exec(f.name);
    const head =
      bare && /\b(?:illegal|unprovoked|unjustifiable|unjustified|brutal|full-scale)\b/.test(bare[1]!)
        ? /(?:\b(?:war|invasion|aggression|attacks?|strikes?|occupation|seizure)\b.*)$/.exec(bare[1]!)
        : null;
    for (const alias of [bare?.[1], head?.[0]])
      if (f && alias && alias !== f.name)
        ctx.add('Event', f.name, { surface: alias, start: f.end - alias.length, end: f.end }, 'event.incident');
  }
  // event.named-disaster (top9): "Hurricane Beryl", "Typhoon Haiyan", "Cyclone Freddy".
  for (const m of matchesIf(text, NAMED_DISASTER, NAMED_DISASTER_NEEDS)) {
    const f = add('Event', m[0], m.index, 'event.named-disaster');
    if (f) found.push(f);
  }
  mergeOneWar(ctx, found);
}

/** What follows a match of INCIDENT in the text. */
const after = (text: string, m: RegExpMatchArray, n: number) =>
  text.slice(m.index! + m[0].length, m.index! + m[0].length + n);

/** "the launch of the Global Gateway investment package": a launch of what is not fired is no incident (inc13). */
const FIRED_THING = /\b(?:missiles?|rockets?|satellites?|ICBMs?|ballistic|projectiles?|spacecraft|drones?)\b/i;

/** The matches of INCIDENT that name no incident: a complaint's withdrawal, a place's situation, routine launches. */
function notAnIncident(ctx: Ctx, m: RegExpMatchArray, phrase: string): boolean {
  const text = ctx.text;
  // event.incident-as-modifier (fl19b): "the occupation forces", "the occupation regime": a modifier, no incident.
  // Not after "by": "the detentions of X by Russian occupation forces" is the detentions' complement, read as before.
  if (
    incidentAsModifier(after(text, m, 20)) &&
    !/\bby[^\S\n]+(?:the[^\S\n]+)?$/.test(text.slice(Math.max(0, m.index! - 8), m.index!))
  )
    return true;
  // "withdrawal" is an incident of a state or its forces ("withdrawal of the United States from the JCPoA"), not of
  // a complaint; so are an exit, a drawdown, a disengagement told with who leaves, and a border's closure (top27).
  if (departureUnnamed(m[0], after(text, m, 60))) return true;
  // "the situation in Ukraine", "on the Korean Peninsula", "around Gaza": a place's state of affairs, whose subject is
  // the place (undated); "the situation at the border between Belarus and the European Union" is a happening of its own.
  if (
    /situation$/i.test(m[0]) &&
    /^\s+(?:in|on|around|regarding|concerning|surrounding|inside)\s+(?:the\s+)?\p{Lu}/u.test(after(text, m, 40)) &&
    !/\b(?:border|between|frontier|line)\b/i.test(phrase) &&
    // "the situation in Myanmar since 1 February 2021": dated, a crisis of its own.
    !/^[^.;]{0,50}?\bsince\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/.test(
      after(text, m, 80),
    )
  )
    return true;
  // "condemned North Korea's ballistic missile launches": repeated launches are incidents when reacted to, not when
  // a subject of routine ("share information on North Korea's missile launches").
  if (
    /launches$/i.test(m[0]) &&
    !/\b(?:condemn|denounc|deplor|protest|criticis|criticiz|concern|violat|provocat)/i.test(
      ctx.sentences[ctx.sentenceAt(m.index!)]!.text,
    )
  )
    return true;
  // "release" is an incident only of someone: "release of the three detained Americans".
  if (/\brelease$/i.test(m[0]) && !/\brelease\s+of\b/i.test(phrase)) return true;
  // "the outbreak of war in Sudan": the war is the incident (inc13); "the Ebola outbreak in Uganda" is one.
  // "its outbreak on 15 April": an outbreak needs what broke out before it.
  if (/\boutbreak$/i.test(m[0]) && (/^outbreak\s+of\b/i.test(phrase) || /^(?:the\s+|an?\s+)?outbreak$/i.test(m[0])))
    return true;
  if (/\blaunch$/i.test(m[0]) && /^launch\s+of\b/i.test(phrase) && !FIRED_THING.test(phrase)) return true;
  if (bareViolence(m[0]) && !kindOfViolence(m[0])) return true; // violence-by-adjective (top19), kind-of-violence (top23)
  if (mediationWithoutSides(m[0], phrase) || bareProcess(m[0], phrase)) return true; // mediation-between, led-peace-process (top23)
  if (situationOfPeople(m[0], after(text, m, 60))) return true; // event.incident.not-situation-of-people (top22)
  if (/\bcollision$/i.test(m[0]) && figurativeCollision(after(text, m, 40))) return true; // fl20b
  if (ev21NotIncident(text, m.index!, m[0], phrase)) return true; // event.incident-told-definitely, bare coup (ev21)
  return false;
}

/** A storm named by its kind and its given name. */
const NAMED_DISASTER = /\b(?:Hurricane|Typhoon|Cyclone|Tropical[^\S\n]+Storm|Storm)[^\S\n]+\p{Lu}\p{Ll}+\b/gu;
/** What every match of NAMED_DISASTER holds (`mayMatch`). */
const NAMED_DISASTER_NEEDS = ['Hurricane', 'Typhoon', 'Cyclone', 'Storm'];

/** "since the outbreak of the", "since the start of the": an incident told as a point in time. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:outbreak|start|beginning|onset)\s+of\s+(?:the\s+)?$/i;
/** "… the COVID-19 pandemic began", "… broke out": the same, told by a verb of beginning after it. */
const BEGAN_AFTER = /^\s+(?:began|started|broke\s+out|erupted)\b/;

/**
 * event.incident.not-time-mark: "the first since the COVID-19 pandemic began", "since the outbreak of the pandemic": an
 * incident named only to date something else is no event of the readout (a pandemic or disaster dealt with is).
 */
function timeMark(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (
    SINCE_BEFORE.test(before) || (/\bsince\s+(?:the\s+)?$/i.test(before) && BEGAN_AFTER.test(text.slice(end, end + 20)))
  );
}

/** "carried out by Ukraine and the Russian Federation", "committed by the militia": an incident's actor after it. */
const ACTOR_AFTER =
  /^,?[^\S\n]+(?:carried[^\S\n]+out|conducted|committed|perpetrated|staged|launched|undertaken)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?/;

/** event.incident.actor-after: whether a state or organisation is named as the actor right after an incident's phrase. */
function actorAfter(text: string, end: number): boolean {
  const m = ACTOR_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const at = end + m[0].length;
  return findGazetteerHits(text.slice(at, at + 60)).some((h) => h.start === 0 && !h.demonym);
}

/** Heads of an ongoing armed conflict: one per pair of states in a readout, however it is worded. */
const WAR_HEAD = /\b(?:war|conflict|crisis|hostilities)$/i;

/**
 * event.incident.same-war: "the Ukrainian crisis", "the conflict in Ukraine" and "the Russian-Ukrainian war" in one
 * readout are one conflict: later forms whose states overlap an earlier one's take its name.
 */
export function mergeOneWar(ctx: Ctx, found: Found[]): void {
  const statesOf = (name: string) =>
    new Set(
      findGazetteerHits(name)
        .filter((h) => h.type === 'State')
        .map((h) => h.name),
    );
  const wars = found.filter((f) => WAR_HEAD.test(f.name.replace(/\s+(?:in|of|on|between)\s.*$/, '')));
  for (const [i, later] of wars.entries()) {
    const ls = statesOf(later.name);
    const first = wars.slice(0, i).find((x) => x.name !== later.name && [...statesOf(x.name)].some((st) => ls.has(st)));
    if (!first) continue;
    const old = later.name;
    ctx.renameAll('Event', old, first.name);
    for (const f of found) if (f.name === old) f.name = first.name;
  }
}
