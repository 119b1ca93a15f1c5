// The fl13b round's rules (issue 6), written on three first-look samples in styles new to the project (a Latin
// American presidency's note, a multilateral trade body's news item, a Commonwealth Secretariat news page) and tested
// on made-up sentences in rules-fl13b.test.ts. Rule ids are what --explain prints. This file imports nothing from the
// stages that call it (gazetteer, people, titles, events), so that no import cycle forms.
import { OFFICE_DELEGATION_JOINED } from './rules-fl14c.ts';

/** Patterns of the fl13b rules, as named data. */
export const FL13B_PATTERNS = {
  /**
   * Rule org.bare-commonwealth: the bare word "Commonwealth" names the Commonwealth (of Nations) only when no
   * capitalised word or "of" follows it ("Commonwealth Secretariat", "Commonwealth Games", "Commonwealth of Dominica"
   * are other names) …
   */
  // rol19: "the Commonwealth Secretary-General" is the body's own officer.
  // rol21: and its envoys ("Commonwealth Special Envoy to Maldives X", "Commonwealth Good Offices Envoy X").
  bareCommonwealthAfter:
    /^(?![^\S\n]+(?:of\b|(?!Secretary-General\b|(?:(?:Special|Personal|Good|Offices)[^\S\n]+)+Envoy\b)\p{Lu}))/u,
  /**
   * … or when the capitalised words after it end in a gathering's head: the body's own meeting ("Commonwealth Heads of
   * Government Meeting", "Commonwealth Foreign Affairs Ministers' Meeting") …
   */
  bodyGathering:
    /^(?:[^\S\n]+(?:\p{Lu}[\p{L}'’-]*|of|and))*?[^\S\n]+(?:Meeting|Summit|Conference|Forum|Retreat)(?![\p{L}])/u,
  /** … and when it is not a portfolio word of a ministry ("Foreign, Commonwealth and Development Office"). */
  bareCommonwealthBefore: /(?:\bForeign,?|&|\band)[^\S\n]+$/,
  /**
   * Rule event.edition-year: a year right after a gathering's name, or after its acronym in parentheses, belongs to
   * the name ("The Commonwealth Heads of Government Meeting (CHOGM) 2024 closed", "the Leaders' Summit 2023"); not a
   * year that a month, a day or another number continues ("Summit 2023 10", "Meeting 2024-25").
   */
  editionYear: /(?:[^\S\n]+(?:19|20)\d{2}(?![\p{L}\d–-]|[^\S\n]*[,/]?[^\S\n]*\d))?/u,
  /**
   * Rule agreement.amending-protocol: a protocol named by what it does to another agreement ("the Protocol to upgrade
   * the Free Trade Agreement between Peru and Chile", "the Protocol amending the Convention on X"); group 1 is the
   * agreement it changes.
   */
  amendingProtocol:
    /\bProtocol[^\S\n]+(?:to[^\S\n]+(?:amend|upgrade|update|modify|revise|extend)|amending|upgrading|updating|modifying|revising)[^\S\n]+the[^\S\n]+((?:\p{Lu}[\p{L}'’-]*[^\S\n]+)*?(?:Agreement|Treaty|Convention|Accord)(?:[^\S\n]+(?:between|on|of)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:and|of|the)[^\S\n]+\p{Lu}[\p{L}'’-]*)*)?)/gu,
  /**
   * Rule negotiates-for.not-chair: "The negotiations were chaired by Ambassador X of Colombia": who chairs a
   * multilateral negotiation (not co-chairs it for a side, not heads a side's delegation, team or panel) negotiates
   * for no side. Matched against the sentence's text before the person.
   */
  chairOfNegotiations:
    /\b(?:negotiations|talks|consultations|negotiating\s+group|process)\b(?:(?!\b(?:delegation|team|side|panel)\b)[^.;]){0,80}?\s(?:were|was|are|is|had\s+been|have\s+been)\s+chaired\s+by\s+[^.;,]{0,40}$/i,
  /**
   * Rule involves.other-topic-item: the complement of another topic noun before a state ("the situation in ", "the
   * accession of Gabon and "): the state is that item's, not a party of an incident told later in the list.
   */
  otherTopicHead:
    /\bthe[^\S\n]+\p{Ll}+[^\S\n]+(?:in|of|with)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*)*[^\S\n]*(?:,|and)[^\S\n]+)*$/u,
  /** … and a list boundary between that state and the incident (a comma or "and"). */
  listBoundary: /,|\band\b/,
  /** … but not past a contrasting clause ("…, while Acting Minister Y took part on the other side"). */
  contrastClause: /\b(?:while|whilst|whereas|but)\b/i,
  /**
   * Rule participated.delegation-session: the session of a meeting its delegations sit in ("expanded meeting",
   * "delegation-level talks", "talks in an enlarged format").
   */
  delegationSession: /\b(?:expanded|extended|enlarged|delegation-level)\b/i,
  /**
   * Rule office.delegation-list: "the Chinese delegation included the Minister of Foreign Affairs, Wang Yi": what stands
   * between a side's delegation and a bare title that its membership verb lists (no full stop or semicolon between).
   */
  // office.delegation-joined (fl14c, rules-fl14c.ts): "was joined by" lists a member too.
  delegationListGap: new RegExp(
    String.raw`^[^\S\n]+(?:included|includes|comprised|comprises|comprising|including|consisted\s+of|was\s+composed\s+of|was\s+made\s+up\s+of|${OFFICE_DELEGATION_JOINED.verbs})\s[^.;:!?]*$`,
  ),
};

/**
 * Rule org.bare-commonwealth: is the bare "Commonwealth" at `start`-`end` of `text` the Commonwealth of Nations?
 * "the Secretary-General of the Commonwealth", "Commonwealth leaders" yes; "the Commonwealth Secretariat", "the
 * Commonwealth of Dominica", "the Foreign, Commonwealth and Development Office" no.
 */
export function bareCommonwealth(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  return (
    (FL13B_PATTERNS.bareCommonwealthAfter.test(after) || FL13B_PATTERNS.bodyGathering.test(after)) &&
    !FL13B_PATTERNS.bareCommonwealthBefore.test(text.slice(Math.max(0, start - 12), start))
  );
}

/**
 * Rule office.delegation-list: a bare title listed as a member of "the X delegation" ("The Peruvian delegation included
 * the Minister of Foreign Affairs, A; the Chinese delegation included the Minister of Foreign Affairs, B") is X's: the
 * nearest side delegation before the title in its sentence whose membership verb lists it. `sides` are the sentence's
 * side hits ("the Chinese delegation") before the title. Returns that state's name, or undefined.
 */
export function delegationListState(
  text: string,
  titleStart: number,
  sides: readonly { start: number; end: number; name: string; surface: string }[],
): string | undefined {
  const near = [...sides].filter((h) => /delegation$/i.test(h.surface) && h.end <= titleStart).pop();
  const gap = near ? text.slice(near.end, titleStart) : '';
  if (!near || !FL13B_PATTERNS.delegationListGap.test(gap) || FL13B_PATTERNS.contrastClause.test(gap)) return undefined;
  return near.name;
}

/** Rule office.org-title-elsewhere: titles that only an organisation's officers bear. */
export const ORG_ONLY_TITLE =
  /^(?:Deputy\s+)?(?:Secretary[- ]General|Director[- ]General|High Representative|Executive Secretary)$/;

/**
 * Rule office.org-title-elsewhere: "… appointed X as the seventh Secretary-General of the Commonwealth … succeeding Y,
 * who has served as Secretary-General since 2016": a bare title only an organisation's officer bears, which the same
 * text gives one organisation elsewhere, is that organisation's when nothing names its holder's state. `titleOrgs`
 * are the organisations the text gives each title. Returns the organisation's name, or undefined.
 */
export function orgTitleElsewhere(
  title: string,
  titleOrgs: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  if (!ORG_ONLY_TITLE.test(title)) return undefined;
  const orgs = titleOrgs.get(title);
  return orgs?.size === 1 ? [...orgs][0] : undefined;
}

/** The organisations each title is given in the text by its own words ("Secretary-General of the Commonwealth"). */
export function orgsOfTitles(
  mentions: readonly { titles: readonly { title: string; owner?: { type: string; name: string } }[] }[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions)
    for (const t of m.titles)
      if (t.owner?.type === 'Organization') out.set(t.title, (out.get(t.title) ?? new Set()).add(t.owner.name));
  return out;
}

/** Rule agreement.amending-protocol: spans of protocols named by the agreement they amend or upgrade. */
export function amendingProtocolSpans(text: string): { surface: string; start: number; rule: string }[] {
  return [...text.matchAll(FL13B_PATTERNS.amendingProtocol)].map((m) => ({
    surface: m[0],
    start: m.index,
    rule: 'agreement.amending-protocol',
  }));
}

/** Rule based-on.amending-protocol: the agreement an amending protocol's name says it changes, or undefined. */
export function amendedAgreementOf(name: string): string | undefined {
  FL13B_PATTERNS.amendingProtocol.lastIndex = 0;
  const m = FL13B_PATTERNS.amendingProtocol.exec(name);
  FL13B_PATTERNS.amendingProtocol.lastIndex = 0;
  return m && m.index === 0 ? m[1] : undefined;
}

/**
 * Rule involves.other-topic-item: "welcomed the accession of Gabon and Togo and discussed the situation in Ukraine, the
 * Middle East and the conflict in Sudan": a state named before the incident as the complement of another item of the
 * list ("the situation in Ukraine", "the accession of Gabon and Togo") is no party of it. `h` is the state's span, `e`
 * the incident's; true when the state belongs to another item.
 */
export function otherTopicItem(
  text: string,
  h: { start: number; end: number },
  e: { start: number },
  sentenceStart: number,
): boolean {
  if (h.end > e.start) return false;
  return (
    FL13B_PATTERNS.listBoundary.test(text.slice(h.end, e.start)) &&
    FL13B_PATTERNS.otherTopicHead.test(text.slice(Math.max(sentenceStart, h.start - 80), h.start))
  );
}

/**
 * Rule participated.delegation-session: "The two Presidents held a private meeting, followed by an expanded meeting of
 * the two delegations. The Peruvian delegation included …": of a sentence's held sessions, the one delegations sit in
 * is the event the next sentence's delegation members took part in. Returns it when exactly one is, else undefined.
 */
export function delegationSessionOf<T>(held: readonly T[], nameOf: (x: T) => string): T | undefined {
  const sessions = held.filter((e) => FL13B_PATTERNS.delegationSession.test(nameOf(e)));
  return sessions.length === 1 ? sessions[0] : undefined;
}
