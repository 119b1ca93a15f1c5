// The fl14b round's rules (issue 6), written on three first-look samples in styles new to the project (a South Asian
// foreign ministry's press release, a Pacific prime minister's media release, a regional organisation's web page) and
// tested on made-up sentences in rules-fl14b.test.ts. Rule ids are what --explain prints. This file imports nothing
// from the stages that call it, so that no import cycle forms.
import { MAJOR_CITIES } from './cities.ts';
import { CAPITAL_STATE } from './states.ts';

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
};

/** Rule agreement.approved-list: the programmatic documents a verb of adoption lists (see FL14B_PATTERNS). */
export function approvedListSpans(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  for (const v of text.matchAll(FL14B_PATTERNS.approvedVerb)) {
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
