// Parties of incidents and of bilateral exercises and consultations (INVOLVES), and the parts of an agreement
// reached where the whole was (REACHED_AT): rules run by rules-topics.ts before DISCUSSED.
import { helpedThrough } from './rules-prc29-incidents.ts';
import { ev21NotParty } from './rules-ev21-filters.ts';
import { consideringBody, helperNotParty } from './incident-helpers.ts';
import { notIncidentParty } from './rules-ev7.ts';
import { designatesPerson } from './rules-inv12.ts';
import { INCIDENT_NOUNS } from './lexicons.ts';
import { INCIDENT_NAME, STATE_NAMES, type RelKit } from './rel-kit.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { alt, esc, execIf, groupBy, matchesIf } from './text.ts';
import type { Found } from './types.ts';
import { definiteByPlace } from './definite-meetings.ts';
import { otherTopicItem } from './rules-fl13b.ts';
import { chairHolder } from './rules-top19.ts';
import { itemBeforeIncident } from './rules-top22.ts';
import { briefedBody, condemner } from './rules-top23.ts';

/** Victims, casualties and the dead of an incident, told in the sentences after it: their states are affected. */
const VICTIMS = /\b(victims|casualties|killed|died|dead|on board|passengers|wounded|injured|shot down|was downed)\b/i;
/** Harm told of an incident referred back to later ("provinces hit hardest by the earthquakes, which also caused heavy loss of life in Syria"). */
const HARMED = /\b(?:hit|struck|affected|devastated|loss of life|killed|died|victims|damaged?|destroyed|displaced)\b/i;
const INCIDENT_HEAD = new RegExp(`\\b${alt(INCIDENT_NOUNS)}\\b`, 'gi');

/**
 * involves.referred-harm: later sentences that refer back to an incident by its head noun ("the earthquakes") and
 * tell of the harm it did: the states named there were affected.
 */
function harmSentences(k: RelKit, e: { sentence: number; end: number }, name: string): number[] {
  const head = [...name.matchAll(INCIDENT_HEAD)].pop()?.[0];
  if (!head) return [];
  const back = new RegExp(`\\b(?:the|these|those|this|that)\\s+${esc(head)}\\b`, 'i');
  return harmTold(k.ctx)
    .filter((s) => s.index > e.sentence && back.test(s.text))
    .map((s) => s.index);
}

/** The sentences (not headings) that tell of harm, found once per document rather than once per incident. */
const harmToldOf = new WeakMap<RelKit['ctx'], RelKit['ctx']['sentences']>();
function harmTold(ctx: RelKit['ctx']): RelKit['ctx']['sentences'] {
  let found = harmToldOf.get(ctx);
  if (!found) harmToldOf.set(ctx, (found = ctx.sentences.filter((s) => !s.heading && HARMED.test(s.text))));
  return found;
}

/**
 * A list boundary between two items of a sentence: ", and on reconstruction after the earthquakes", "the crisis in
 * Haiti and on reform of the Security Council" (an "and" opening a new complement).
 */
const LIST_BOUNDARY =
  /,\s+(?:and|as\s+well\s+as)\s+|;\s|\s+and\s+(?:also\s+)?(?:on|about|regarding|concerning|over)\s+/;
/**
 * "the military offensive in Karabakh and the humanitarian needs of the refugees arriving in Armenia", "the clashes
 * between Thailand and Cambodia and ASEAN's efforts": "and" before a determiner and a common noun, or before a
 * possessive, opens the next item of a list (top9).
 */
const ITEM_AFTER = /\s+and\s+(?:the|its|their|his|her)\s+\p{Ll}/u;
/** ", and while …", ", whereas …": a subordinate clause of its own. */
const OWN_CLAUSE = /,\s+(?:and\s+)?(?:while|whereas|although|though)\s/;
/** "the earthquake that struck Morocco and offered French assistance": a new clause after the incident, its own verb. */
const CLAUSE_AFTER =
  /\s+and\s+(?:also\s+)?(?:offered|pledged|announced|expressed|thanked|welcomed|discussed|agreed|stressed|reaffirmed|called|urged|promised|sent|provided)\s/;
/** "relations between Finland and Türkiye", "Saudi-Ukrainian relations": states of a relationship, not of an incident. */
const RELATIONS_BEFORE = /\brelations\s+(?:between|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$/u;
const RELATIONS_AFTER = /^(?:-[\p{L}-]+)?\s+(?:(?:bilateral|economic|trade|diplomatic)\s+)?(?:relations|ties)\b/u;

/**
 * involves.incident-sentence keeps a state or organisation named in the incident's own item of the sentence: not one
 * of another item of a list ("on the NATO membership of Finland and Sweden, and on reconstruction after the
 * earthquakes"), nor one side of a relationship ("Saudi-Ukrainian relations and … the Ukrainian crisis"), unless it
 * is the incident's actor ("this step by North Korea").
 */
export function apartFromIncident(
  text: string,
  h: { start: number; end: number },
  e: { start: number; end: number },
): boolean {
  if (h.start >= e.start && h.end <= e.end) return false;
  const between = h.end <= e.start ? text.slice(h.end, e.start) : text.slice(e.end, h.start);
  // ", and while the case brought by Guyana …": a subordinate clause of its own, even for an agent after "by" (top9).
  if (OWN_CLAUSE.test(between)) return true;
  if (itemBeforeIncident(text, h, e)) return true; // involves.not-item-before-incident (top22)
  if (h.start >= e.end ? condemner(text, h) : briefedBody(text, h)) return true; // not-condemner, not-briefed-body (top23)
  if (/\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(0, h.start - 8), h.start))) return false;
  if (
    RELATIONS_BEFORE.test(text.slice(Math.max(0, h.start - 60), h.start)) ||
    RELATIONS_AFTER.test(text.slice(h.end, h.end + 40))
  )
    return true;
  return (
    LIST_BOUNDARY.test(between) ||
    (h.start >= e.end &&
      (CLAUSE_AFTER.test(between) ||
        ITEM_AFTER.test(between) ||
        (/\s+and\s+(?:the\s+)?$/.test(between) && /^['’]s\s/.test(text.slice(h.end, h.end + 3)))))
  );
}

/** "opposed the withdrawal …", "condemned the attack …": a stance taken on an incident, right before its mention. */
const STANCE_BEFORE =
  /\b(?:opposed|opposes|oppose|condemned|condemns|condemn|deplored|deplores|critici[sz]ed|critici[sz]es|regretted|regrets|protested|protests|denounced|denounces)\s+(?:(?:the|this|that|its|their)\s+)?$/i;
/**
 * "Canada's concerns about …", "Japan's position on …": a state holding a stance; "Egypt's condolences over the
 * floods", "France's support after the earthquake" (top10): a state offering sympathy or help, no party.
 */
const STANCE_AFTER =
  /^['’]s\s+(?:(?:deep|serious|grave|strong)\s+)?(?:concerns?|position|views?|condemnation|opposition|condolences|sympathy|sympathies|solidarity|support|assistance|aid|help)\b/i;

/**
 * "China hopes to see …", "Japan supports …", "France condemns …", "Germany commits itself to supporting Ukraine against
 * …" (inv12): a state as the subject of a stance verb.
 */
const STANCE_SUBJECT =
  /^\s+(?:(?:also|firmly|strongly|fully|again)\s+)?(?:hopes|supports|urges|calls\s+(?:on|for)|welcomes|condemns|opposes|deplores|regrets|believes|wishes|stands\s+ready|is\s+ready|commits\s+itself\s+to|remains\s+committed\s+to|(?:will\s+)?continues?\s+to\s+(?:support|stand)|reaffirm(?:s|ed)\s+its\s+(?:support|solidarity))\b/;

/**
 * involves.not-stance: a state that takes a stance on an incident ("France, which has consistently opposed the
 * withdrawal of the United States from the JCPoA, remains committed, together with Germany …"; "raised Canada's
 * concerns about … the situation of Uyghurs in Xinjiang") speaks about it; it is not one of its parties, unless named
 * as its actor ("by X"), inside its name, or in a clause on it ("…, which had endangered Canadian personnel").
 */
function stanceHolder(
  text: string,
  h: { start: number; end: number },
  e: { start: number; end: number },
  sentenceStart: number,
): boolean {
  if (h.start >= e.start && h.end <= e.end) return false;
  if (/\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(0, h.start - 8), h.start))) return false;
  if (STANCE_AFTER.test(text.slice(h.end, h.end + 40)) || STANCE_SUBJECT.test(text.slice(h.end, h.end + 30)))
    return true;
  // "…, which had endangered Canadian personnel": who the incident harmed, told in a clause on it.
  if (h.start >= e.end && /^[^,;]*,\s*which\b/.test(text.slice(e.end, h.start))) return false;
  return STANCE_BEFORE.test(text.slice(Math.max(sentenceStart, e.start - 60), e.start));
}

/**
 * Incidents involve every state and organisation named with them as actor, target or affected party: in the
 * sentence that tells of it ("four Israeli F-16 fighters were carrying out strikes", "the Government of Iran
 * acknowledged that its armed forces had shot down …", "which had endangered Canadian personnel") and in the
 * following sentences about its victims ("Among the victims were 57 Canadian citizens, along with citizens of …").
 * Places ("in Hangzhou, China") and the states of people merely named there are not parties.
 */
export function addIncidentParties(k: RelKit): void {
  const { ctx, hits, hitKeys, ev, nameOf } = k;
  const eventsIn = groupBy(ev.eventMentions, (x) => String(x.sentence));
  for (const e of ev.eventMentions) {
    if (e === k.main || nameOf(e) === k.mainName || !INCIDENT_NAME.test(nameOf(e))) continue;
    // An election's party is the state it is held in, named in its name ("presidential election in Venezuela").
    if (/\belections?\b/i.test(nameOf(e))) continue;
    const sentences = [e.sentence];
    for (let i = e.sentence + 1; i <= e.sentence + 2 && i < ctx.sentences.length; i++)
      if (VICTIMS.test(ctx.sentences[i]!.text) && !ctx.sentences[i]!.heading) sentences.push(i);
      else break;
    const harmed = harmSentences(k, e, nameOf(e)).filter((si) => !sentences.includes(si));
    sentences.push(...harmed);
    for (const si of sentences) {
      const s = ctx.sentences[si]!;
      // Another incident in the same sentence keeps its own parties ("strikes …, which had endangered …" aside).
      const others = (eventsIn.get(String(si)) ?? []).filter((x) => x.key !== e.key && nameOf(x) !== nameOf(e));
      for (const h of k.hitsIn(s.start, s.end)) {
        if (others.some((x) => h.start >= x.start && h.end <= x.end)) continue;
        if (ev.agreementMentions.some((x) => h.start >= x.start && h.end <= x.end)) continue;
        if (ctx.covering('Office', h.start, h.end).length || notIncidentParty(k, h, e)) continue;
        if (chairHolder(ctx.text, h)) continue; // involves.not-chair-holder (top19)
        if (si === e.sentence && designatesPerson(k, h, e)) continue;
        if (si === e.sentence && (apartFromIncident(ctx.text, h, e) || stanceHolder(ctx.text, h, e, s.start))) continue;
        // involves.other-topic-item (fl13b): "discussed the situation in Ukraine, … and the conflict in Sudan".
        if (si === e.sentence && otherTopicItem(ctx.text, h, e, s.start)) continue;
        // inc13: who only helped or sympathised, and the body that considered the incident.
        if (helperNotParty(ctx.text, h, e) || (si === e.sentence && consideringBody(k, h, e))) continue;
        if (si === e.sentence && helpedThrough(ctx.text, s, h, e)) continue; // involves.not-helped-through (prc29)
        if (si === e.sentence && ev21NotParty(ctx.text, h, e)) continue; // ev21: a stance's subject, a title's body
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
          si === e.sentence
            ? 'involves.incident-sentence'
            : harmed.includes(si)
              ? 'involves.referred-harm'
              : 'involves.victims',
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
  const { ctx, ev, nameOf, participants } = k;
  const pair = readoutPair(k);
  if (!pair) return;
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
    for (const st of pair) {
      const key = k.stateKey(st);
      if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.bilateral');
    }
  }
}

/**
 * The readout's two states: those of the people who held its main event, or else its two sides ("Swiss delegation
 * holds talks with Presidents Biden and Putin": a host at the meeting). None when there are not exactly two.
 */
export function readoutPair(k: RelKit): Set<string> | undefined {
  const { main, participants, people } = k;
  if (!main) return undefined;
  const states = new Set<string>();
  for (const c of participants.get(main.key) ?? []) {
    const owner = (people.offices.get(c) ?? []).map((o) => o.owner).find((o) => STATE_NAMES.has(o)) ?? c.state;
    if (owner && STATE_NAMES.has(owner)) states.add(owner);
  }
  const sideStates = [...k.sides].filter((x) => STATE_NAMES.has(x));
  // Two sides of which one is a body ("the Government of Ethiopia and the TPLF"): the sides, not a facilitator's state.
  if (k.sides.size === 2 && sideStates.length < 2) return new Set(k.sides);
  return states.size === 2 ? states : sideStates.length === 2 ? new Set(sideStates) : undefined;
}

/** "The agreement also contains an executive mechanism … and a statement of understanding on Taiz". */
const CONTAINS =
  /\b(?:agreement|accord|declaration|document|deal)\s+(?:also\s+)?(?:contains|includes|comprises|consists of|sets out)\b/i;
/** What every match of CONTAINS holds, under its case flag (`mayMatch`). */
const CONTAINS_NEEDS = /contains|includes|comprises|consists|sets/i;

/** The parts of an agreement reached at an event were reached there too. */
export function addComponentsReached(k: RelKit): void {
  const { ctx, ev, nameOf } = k;
  const reached = ctx.relationsOf('REACHED_AT');
  const reachedName = (key: string) => ctx.entity(key)!.name;
  for (const s of ctx.sentences) {
    const m = execIf(s.text, CONTAINS, CONTAINS_NEEDS);
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

/** Who a gathering brought together, who took part in it as a state or body, who organised or hosted it. */
const GATHER =
  /\b(?:brings\s+together|brought\s+together|bringing\s+together|gathers|gathered|with\s+the\s+participation\s+of|(?:co-)?organi[sz]ed\s+by|(?:co-)?hosted\s+by|(?:in\s+the\s+presence\s+of|attended\s+by)(?=\s+(?:the\s+)?representatives\s+of\b))\s+(?:the\s+)?/gi;
/** What every match of GATHER holds, under its case flag (`mayMatch`). */
const GATHER_NEEDS = /together|gather|participation|organi|hosted|presence|attended/i;
/** "the leaders of", "the Chairperson of the", "a delegation of": the body a person stands for. */
const FOR_BODY =
  /^(?:the\s+|a\s+)?(?:leaders?|heads?|representatives?|delegations?|Chairperson|Chair|President|Secretary-General|Ministers?)\s+of\s+(?:the\s+)?/i;
const LIST_SEP = /^(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+(?:of\s+)?|\s+as\s+well\s+as\s+)(?:the\s+)?/;

/**
 * involves.gathered: the states and bodies a gathering "brings together", held "with the participation of", or that
 * "co-organised" or "hosted" it ("The Summit … brings together the leaders of Libya, Chad …, with the participation
 * of the Chairperson of the African Union Commission"; "the NATO Leaders' Summit hosted by Lithuania"): a list right
 * after the cue, for the event named just before it or the one "The Summit" opening the sentence refers to. inv30: also
 * the bodies whose unnamed representatives an event was held "in the presence of" or "attended by" ("was sworn in …,
 * in the presence of representatives of ECOWAS, the African Union and the United Nations"), "and of" joining the list.
 */
export function addGatheredParties(k: RelKit): void {
  const { ctx, hits, hitKeys, nameOf } = k;
  for (const s of ctx.sentences) {
    // A later cue of the sentence goes on with the same gathering ("co-organised by the United States, represented
    // by …, with the participation of China").
    let last: ReturnType<typeof gatheringBefore>;
    for (const m of matchesIf(s.text, GATHER, GATHER_NEEDS)) {
      const at = s.start + m.index;
      const e = gatheringBefore(k, s, at) ?? last;
      if (!e) continue;
      last = e;
      let pos = at + m[0].length;
      for (;;) {
        pos += FOR_BODY.exec(ctx.text.slice(pos, pos + 40))?.[0].length ?? 0;
        const h = hits.find((x) => x.start === pos && (x.type === 'State' || x.type === 'Organization') && !x.demonym);
        if (!h || !hitKeys.has(h) || nameOf(e) === h.name) break;
        ctx.relate('INVOLVES', e.key, hitKeys.get(h)!, s.index, 'involves.gathered');
        const sep = LIST_SEP.exec(ctx.text.slice(h.end, h.end + 20));
        if (!sep) break;
        pos = h.end + sep[0].length;
      }
    }
  }
}

/** The gathering a cue at `at` tells of: the event named last before it in the sentence, or "The Summit" opening it. */
function gatheringBefore(k: RelKit, s: { index: number; start: number; text: string }, at: number) {
  const { ctx, ev, nameOf } = k;
  const before = ev.eventMentions.filter(
    (e) => e.sentence === s.index && e.end <= at && at - e.end < 60 && !INCIDENT_NAME.test(nameOf(e)),
  );
  if (before.length) return before[before.length - 1];
  const head =
    /^(?:The|This)\s+(?:[\w-]+\s+)?(Summit|Meeting|Conference|Forum|Dialogue|Talks|meeting|summit|talks)\b/.exec(
      ctx.text.slice(s.start, at),
    )?.[1];
  if (!head) return undefined;
  // The most often named gathering of that kind, else the first: the readout's own, not one recalled in passing.
  const same = ev.eventMentions.filter(
    (e) => e.start < s.start && nameOf(e).toLowerCase().includes(head.toLowerCase()) && !INCIDENT_NAME.test(nameOf(e)),
  );
  const count = (n: string) => ev.eventMentions.filter((e) => nameOf(e) === n).length;
  return same.reduce<(typeof same)[number] | undefined>(
    (best, e) => (!best || count(nameOf(e)) > count(nameOf(best)) ? e : best),
    undefined,
  );
}

/** "Türkiye, which hosted the negotiations …", "thanked Switzerland for hosting": a state that hosts a gathering. */
const HOSTED_AFTER = /^(?:,?\s+which|\s+(?:has|had))?\s+(?:hosted|hosts)\s+(?:the\s+)?/;
const THANKED_FOR_HOSTING =
  /^\s+for\s+(?:its\s+\w+\s+(?:and\s+)?)?(?:for\s+)?hosting(?:\s+(?:the|this|these|us|them)\s+(?:talks|meetings?|negotiations|summit|consultations|round)?\b|\s*[,.;]|\s+and\b)/;

/**
 * involves.host: a state or body told as hosting a gathering ("Türkiye, which hosted the negotiations between the
 * parties in İstanbul") is one of its parties; thanked "for hosting", it hosted the readout's own meeting.
 */
export function addHostParties(k: RelKit): void {
  const { ctx, hits, hitKeys, ev, main, nameOf } = k;
  for (const h of hits) {
    if ((h.type !== 'State' && h.type !== 'Organization') || h.demonym || !hitKeys.has(h)) continue;
    const after = ctx.text.slice(h.end, h.end + 80);
    const m = HOSTED_AFTER.exec(after);
    const at = m ? h.end + m[0].length : -1;
    const e = m
      ? ev.eventMentions.find((x) => x.start >= at && x.start - at < 40 && !INCIDENT_NAME.test(nameOf(x)))
      : THANKED_FOR_HOSTING.test(after) && /\bthank/i.test(ctx.text.slice(Math.max(0, h.start - 40), h.start))
        ? main
        : undefined;
    if (e && nameOf(e) !== h.name)
      ctx.relate('INVOLVES', e.key, hitKeys.get(h)!, ctx.sentenceAt(h.start), 'involves.host');
  }
}

/** "talks between", "meeting … in Riyadh on 18 February between": the cue, close after an event's mention. */
const BETWEEN_AFTER = /^[^,;:.]{0,60}?\bbetween\s+/;
/** What may stand before a side's name: "the delegations of", "a", "the". */
const SIDE_LEAD = /^(?:(?:the|a|an)\s+)?(?:delegations?\s+of\s+(?:the\s+)?)?/i;
/** "and a Russian delegation", "and the United States": the second side. */
const SECOND_SIDE = /\band\s+(?:(?:the|a|an)\s+)?(?:delegations?\s+of\s+(?:the\s+)?)?$/i;

/**
 * involves.between-sides: a meeting told as held "between" two states or bodies ("the talks between the delegations
 * of Ukraine and the United States", "the meeting hosted in Riyadh between a U.S. delegation headed by X and a
 * Russian delegation") involves both, whoever is named for them.
 */
export function addBetweenSides(k: RelKit): void {
  betweenSides(k, k.ev.eventMentions, 'involves.between-sides');
  // involves.between-described: "the talks between the delegations of Ukraine and the United States", told of the
  // readout's "Jeddah talks" by their place (event.definite-by-place).
  betweenSides(k, definiteByPlace(k), 'involves.between-described');
}

function betweenSides(k: RelKit, mentions: readonly Found[], rule: string): void {
  const { ctx, hits, hitKeys, ev, main, nameOf } = k;
  for (const e of mentions) {
    if (e === main || nameOf(e) === k.mainName || INCIDENT_NAME.test(nameOf(e))) continue;
    const s = ctx.sentences[e.sentence]!;
    const m = BETWEEN_AFTER.exec(ctx.text.slice(e.end, s.end));
    if (!m) continue;
    const at = e.end + m[0].length;
    if (ev.eventMentions.some((x) => x.start >= e.end && x.start < at)) continue;
    // (ev10) "the signing of the Agreement on X between A and B": the parties of the agreement named in between.
    if (ev.agreementMentions.some((x) => x.start >= e.end && x.start < at)) continue;
    const lead = SIDE_LEAD.exec(ctx.text.slice(at, at + 30))?.[0].length ?? 0;
    const party = (x: GazetteerHit) => (x.type === 'State' || x.type === 'Organization') && hitKeys.has(x);
    const first = hits.find((x) => x.start === at + lead && party(x));
    const second =
      first &&
      hits.find(
        (x) =>
          x.start > first.end &&
          x.end <= s.end &&
          party(x) &&
          x.name !== first.name &&
          SECOND_SIDE.test(ctx.text.slice(first.end, x.start)),
      );
    if (!first || !second) continue;
    for (const h of [first, second])
      if (nameOf(e) !== h.name) ctx.relate('INVOLVES', e.key, hitKeys.get(h)!, e.sentence, rule);
  }
}
