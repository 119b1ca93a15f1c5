// The fl14b round's rules (issue 6), written on three first-look samples in styles new to the project (a South Asian
// foreign ministry's press release, a Pacific prime minister's media release, a regional organisation's web page) and
// tested on made-up sentences in rules-fl14b.test.ts. Rule ids are what --explain prints. This file imports nothing
// from the stages that call it, so that no import cycle forms.
import { MAJOR_CITIES } from './cities.ts';
import { CAPITAL_STATE } from './states.ts';
import { matchesIf } from './text.ts';

/** Patterns of the fl14b rules, as named data. */
export const FL14B_PATTERNS = {
  /**
   * Rule event.main-held-passive: an opening whose subject is the meeting and whose verb says it was held ("On 4 July,
   * the meeting of the Council of Ministers of the Union was held in X", "The Fifth Joint Commission took place in Y")
   * tells the readout's own event, whatever a generic headline says. What may stand before the event: a date or place
   * lead and an article.
   */
  heldPassiveLead: /^(?:(?:On|In|At|Today|Yesterday)\b[^,\n]{0,60},[^\S\n]*)?(?:the[^\S\n]+)?$/iu,
  /** … and what must follow it: "was held", "were convened", "took place" (an acronym in brackets may come first). */
  heldPassiveAfter:
    /^[^\S\n]*(?:\([^)\n]{1,20}\)[^\S\n]*)?(?:(?:was|were)[^\S\n]+(?:held|convened|opened|conducted)|took[^\S\n]+place)\b/iu,
  /**
   * Rule participated.delegation-composition: a sentence whose subject is a side's delegation and whose verb lists its
   * members ("The Nepali delegation comprised A, B and senior officials", "The delegation of Chile included C",
   * "Their delegations consisted of …"): its people took part in the readout's event, even when a sentence on
   * something else stands between. Only at the start of the sentence: "a visit by a delegation that included X" is not
   * the readout's delegation.
   */
  delegationComposition:
    /^(?:The|Their|Its|His|Her|Both)[^\S\n]+(?:(?:two|\p{Lu}[\p{L}'’-]+)[^\S\n]+){0,2}(?:delegations?|teams?)(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,3})?[^\S\n]+(?:also[^\S\n]+)?(?:included|includes|comprised|comprises|consisted[^\S\n]+of|(?:was|were)[^\S\n]+composed[^\S\n]+of)\b/u,
  /**
   * Rule reached-at.passive-also: agreements told before a passive verb of reaching reach the readout's event ("A
   * Memorandum on X and an Agreement on Y were also exchanged on the occasion", "the Protocol was duly signed"): an
   * adverb may stand between, and "exchanged" is such a verb as "signed".
   */
  passiveReached:
    /\b(?:was|were)[^\S\n]+(?:(?:also|then|duly|subsequently|formally)[^\S\n]+)?(?:signed|concluded|adopted|exchanged|initialled|initialed)\b/u,
  /**
   * Rule agreement.approved-list: a verb of adoption before a list of programmatic documents, each capitalised and
   * closed by a head (Strategy, Initiative, Concept, Programme, Roadmap, Plan, Agenda) with its complements ("approved
   * the Union Development Strategy until 2035 and the Initiative on Regional Water Security"): each item is an
   * agreement, the second as much as the first. The verb, then the list (read item by item with approvedItem).
   */
  approvedVerb: /\b(?:approved|adopted|endorsed)[^\S\n]+(?=the[^\S\n]+\p{Lu})/gu,
  approvedItem:
    /^(?:the[^\S\n]+)?((?:(?:\p{Lu}[\p{L}'’-]*|(?:19|20)\d\d)[^\S\n]+){0,5}(?:Strategy|Initiative|Concept|Programme|Program|Roadmap|Plan|Agenda)(?:[^\S\n]+(?:until|to|for|on|of)[^\S\n]+(?:the[^\S\n]+)?(?:(?:19|20)\d\d|\p{Lu}[\p{L}'’-]*(?:(?:,?[^\S\n]+(?:and|for|of|the|on|in)[^\S\n]+|,[^\S\n]+|[^\S\n]+)\p{Lu}[\p{L}'’-]*)*))?)/u,
  /** Between two items: ", the", " and the", ", and the". */
  approvedNext: /^(?:,[^\S\n]+and|,|[^\S\n]+and)[^\S\n]+(?=the[^\S\n]+\p{Lu})/u,
  /**
   * Rule event.visit-of-lowercase: a visit told in lowercase with its visitor and destination ("the official visit of
   * Rt. Hon. Prime Minister A B to India from 31 May", "during the state visit of President A B to Chile"): an Event
   * named by the phrase. The visitor part holds no sentence punctuation (quotes of a nickname are allowed) and names
   * a person (a capitalised word); the destination is capitalised.
   */
  visitOfLowercase:
    /\b(?:(?:official|state|working|first|recent|historic|two-day|three-day)[^\S\n]+){0,2}visit[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?=[^\n.;:,]{0,15}\p{Lu})[^\n;:,()]{3,80}?[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+){0,2}/gu,
  /**
   * Rule event.quoted-name: a meeting whose name the text quotes before its noun ('an "Outreach Plus" meeting was held',
   * 'the "Friends of the Sahel" summit'): an Event named by the quoted words and the noun. Group 1 is the quoted name,
   * group 2 the noun.
   */
  quotedMeeting:
    /\b(?:the|an?)[^\S\n]+["“]([\p{Lu}\d][^"”\n]{1,40})["”][^\S\n]+(meeting|summit|dialogue|talks|session|conference)\b/gu,
  /**
   * Rule negotiates-for.on-his-behalf: "X … delivered the address of Prime Minister Y on his behalf", "conveyed the
   * greetings of President Y on her behalf": what someone delivers of a named person "on his / her behalf" makes the
   * deliverer act for that person (NEGOTIATES_FOR), and that person no attendee. The span from the thing delivered to
   * "behalf" holds the principal.
   */
  onHisBehalf:
    /\b(?:address|message|speech|statement|remarks|greetings|letter|invitation|condolences)[^\S\n]+of[^\S\n]+[^.;:\n]{3,80}?[^\S\n]+on[^\S\n]+(?:his|her)[^\S\n]+behalf\b/giu,
  /**
   * Rule part-of.not-before-after: a sentence that opens by placing what it tells before or after a gathering
   * ("Before the Summit, …", "Ahead of the talks, …", "After the conference, …") tells no part of that gathering.
   */
  beforeAfterMain:
    /^(?:Before|Ahead[^\S\n]+of|Prior[^\S\n]+to|After|Following|On[^\S\n]+the[^\S\n]+eve[^\S\n]+of)[^\S\n]+the[^\S\n]+(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,4}(?:Summit|summit|Meeting|meeting|talks|Conference|conference|Forum|session)\b/u,
  /**
   * Rule event.ordinal-head-of-body: a name that is an ordinal and a bare head ("the Third Summit", "the 5th Meeting")
   * runs on over the body it is of: "the Third Summit of the Forum for Andean Cooperation with …". The head alone …
   */
  ordinalBareHead:
    // fl27b: a sentence's capitalised "The" may open it ("The Fifth Summit of the Americas ended …").
    /^(?:The[^\S\n]+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th))[^\S\n]+(?:Summit|Meeting|Conference|Session)$/u,
  /** … and the body after it: capitalised words joined by for / of / and / on, closed by punctuation or lowercase. */
  ofBodyTail:
    /^[^\S\n]+of[^\S\n]+the[^\S\n]+\p{Lu}[\p{L}'’-]*(?:(?:[^\S\n]+(?:for|of|and|on)[^\S\n]+(?:the[^\S\n]+)?|[^\S\n]+)\p{Lu}[\p{L}'’-]*){0,6}(?=[^\S\n]*(?:[,.;:()]|$)|[^\S\n]+\p{Ll})/u,
};

/**
 * Rule event.ordinal-head-of-body: `surface` at `start`, run on over "of the <body>" when it is an ordinal and a head.
 * A body that is an organisation the gazetteer knows (`isOrgAt`: "the 40th Summit of the Gulf Cooperation Council")
 * is left to the rules of organisations' gatherings, which name the event without it.
 */
export function ordinalHeadOfBody(
  text: string,
  start: number,
  surface: string,
  isOrgAt: (at: number) => boolean = () => false,
): string {
  if (!FL14B_PATTERNS.ordinalBareHead.test(surface)) return surface;
  const end = start + surface.length;
  const tail = FL14B_PATTERNS.ofBodyTail.exec(text.slice(end, end + 160));
  if (!tail || isOrgAt(end + tail[0].search(/\p{Lu}/u))) return surface;
  return surface + tail[0];
}

/** Rule negotiates-for.on-his-behalf: the spans (start, end) of "the address of Y on his behalf" in `text`. */
export function onHisBehalfSpans(text: string): [number, number][] {
  return matchesIf(text, FL14B_PATTERNS.onHisBehalf, ON_HIS_BEHALF_NEEDS).map((m) => [m.index, m.index + m[0].length]);
}

/** What every match of FL14B_PATTERNS.onHisBehalf holds, under its case flags (`mayMatch`). */
const ON_HIS_BEHALF_NEEDS = /behalf/iu;
/** Trigger words of the other fl14b patterns run on whole texts: every match holds one (`mayMatch`). */
export const FL14B_NEEDS = {
  quotedMeeting: ['"', '“'],
  visitOfLowercase: ['visit'],
  approvedVerb: ['approved', 'adopted', 'endorsed'],
};

/** Rule event.quoted-name: the meetings named in quotes (see FL14B_PATTERNS.quotedMeeting), unquoted. */
export function quotedMeetings(text: string): { surface: string; start: number; name: string }[] {
  return matchesIf(text, FL14B_PATTERNS.quotedMeeting, FL14B_NEEDS.quotedMeeting).map((m) => {
    const start = m.index + m[0].indexOf(m[1]!) - 1;
    return { surface: text.slice(start, m.index + m[0].length), start, name: `${m[1]!} ${m[2]!}` };
  });
}

/** Rule agreement.approved-list: the programmatic documents a verb of adoption lists (see FL14B_PATTERNS). */
export function approvedListSpans(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  for (const v of matchesIf(text, FL14B_PATTERNS.approvedVerb, FL14B_NEEDS.approvedVerb)) {
    let at = v.index + v[0].length;
    for (;;) {
      const item = FL14B_PATTERNS.approvedItem.exec(text.slice(at, at + 200));
      if (!item) break;
      const name = item[1]!.replace(/,$/, '');
      if (name.split(/\s+/).length >= 2)
        out.push({ surface: name, start: at + item[0].indexOf(name), rule: 'agreement.approved-list' });
      at += item[0].length;
      const next = FL14B_PATTERNS.approvedNext.exec(text.slice(at, at + 10));
      if (!next) break;
      at += next[0].length;
    }
  }
  return out;
}

/**
 * Rule event.main-held-passive: whether the event at [start, end) is the subject of its sentence (which starts at
 * `sentenceStart`) and is told as held ("the meeting of … was held").
 */
export function heldPassive(text: string, sentenceStart: number, start: number, end: number): boolean {
  return (
    FL14B_PATTERNS.heldPassiveLead.test(text.slice(sentenceStart, start)) &&
    FL14B_PATTERNS.heldPassiveAfter.test(text.slice(end, end + 60))
  );
}

/**
 * Rule person.not-a-city: a bare two-word "full name" that is a capital or a major city of the gazetteers ("… who is
 * visiting Port Moresby on behalf of …", "flew on to Kuala Lumpur, where …") is a place, never a person.
 */
export function isCityName(raw: string): boolean {
  return CAPITAL_STATE.has(raw) || Object.hasOwn(MAJOR_CITIES, raw);
}

/**
 * Rule event.visit-to-full-state: a visit's place cut after two words ("his first visit to Papua New" of "… to Papua
 * New Guinea") runs on to the end of the state the gazetteer finds there. Returns the surface, extended or not.
 */
export function visitToFullState(
  surface: string,
  start: number,
  hits: readonly { start: number; end: number; type: string }[],
  text: string,
): string {
  const end = start + surface.length;
  const state = hits.find((h) => h.type === 'State' && h.start > start && h.start < end && h.end > end);
  return state && !text.slice(end, state.end).includes('\n') ? text.slice(start, state.end) : surface;
}
