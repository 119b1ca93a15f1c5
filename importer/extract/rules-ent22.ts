// ent22 rules (issue 6): offices, organisations and states the second entities bank (bank-entities-2.ts) found wrong
// or missed, as general constructions: an office named by the seat of government it sits in ("Minister in the
// Presidency"), states told by their capitals as actors ("Washington and Tehran held talks", "Kinshasa accused
// Kigali"), … Word lists live in lexicons.ts (title heads, portfolio words, honorifics, issuer cues) and titles.ts
// (TITLE_SYNONYMS).
import { PORTFOLIO_WORDS } from './lexicons.ts';

/**
 * Rule office.in-the-seat: "Minister in the Presidency", "Minister in the Prime Minister's Office", "Minister of State
 * in the President's Office", "Minister in the Prime Minister's Department": a minister's title may name the seat of
 * government it sits in; that seat is part of the title (not a second title "Prime Minister").
 */
export const IN_THE_SEAT = {
  id: 'office.in-the-seat',
  /** Right after the title's words so far. */
  seat: /^[^\S\n]+in[^\S\n]+the[^\S\n]+(?:Presidency|(?:Prime[^\S\n]+Minister|President|Premier)['’]s[^\S\n]+(?:Office|Department))(?![\p{L}])/u,
  /** The title so far ends in a minister's head. */
  head: /\bMinister(?:[^\S\n]+of[^\S\n]+State)?$/,
};

/** The length of a seat of government right after a minister's title (`title` its words so far), or 0. */
export function inTheSeat(text: string, at: number, title: string): number {
  if (text.charCodeAt(at + 1) !== 105 /* "i" */ || !IN_THE_SEAT.head.test(title)) return 0;
  return IN_THE_SEAT.seat.exec(text.slice(at, at + 48))?.[0].length ?? 0;
}

/**
 * Rule state.capital-actor: a capital told as the state acting (wire style): the subject of a verb of saying, acting
 * or accusing ("Kinshasa accused …", "while Kigali said …", "Washington and Tehran held talks"), or the object of a
 * verb of accusing or urging ("accused Kigali of …", "urged Naypyitaw to …"). Never after a preposition ("talks in
 * Moscow", "flew to Nairobi"), where the capital is a place. Read only at a capital's name (capital-metonyms.ts).
 */
export const CAPITAL_ACTOR = {
  id: 'state.capital-actor',
  /** Capitals that stand for an organisation seated there more than for their state ("London and Brussels agreed"). */
  seats: new Set(['Brussels']),
  /** A preposition right before: the capital is a place. */
  place:
    /\b(?:in|at|to|from|near|via|outside|inside|into|of|for|through|across|around|between|over|towards?|within|and)[^\S\n]+$/i,
  /** "and <Capital>" right after the first capital of a pair ("Washington and Tehran held"). */
  pair: /^[^\S\n]+and[^\S\n]+(\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,2})/u,
  /** A verb of which the capital is the subject, after an optional time ("on Tuesday", "today"). */
  verb: /^(?:[^\S\n]+(?:on[^\S\n]+\p{Lu}\p{Ll}+|today|yesterday|last[^\S\n]+\p{Ll}+|this[^\S\n]+\p{Ll}+|also|again|has|have|had|would|will))?[^\S\n]+(?:accused|accuses|urged|urges|warned|warns|rejected|rejects|denied|denies|condemned|condemns|demanded|demands|insisted|insists|welcomed|welcomes|agreed|agrees|retaliated|responded|announced|recalled|expelled|summoned|pressed|blamed|blames|vowed|threatened|held|signed|said|says|accept(?:ed|s)?|refused|refuses|sought|seeks|wants|wanted)\b/u,
  /** A verb of which the capital is the object. */
  object: /\b(?:accused|accusing|accuses|urged|urging|urges|warned|pressed|blamed|called[^\S\n]+on|condemned)[^\S\n]+$/,
};

/** Whether the capital at [start, end) of `text` acts as its state (`isCapital` tells another capital by its name). */
export function capitalActs(text: string, start: number, end: number, isCapital: (name: string) => boolean): boolean {
  if (CAPITAL_ACTOR.seats.has(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (CAPITAL_ACTOR.object.test(before)) return true;
  const after = text.slice(end, end + 60);
  // The second of a pair: "Washington and Tehran held …".
  const prev = /(\p{Lu}[\p{L}'’-]+)[^\S\n]+and[^\S\n]+$/u.exec(before);
  if (
    prev &&
    isCapital(prev[1]!) &&
    !CAPITAL_ACTOR.place.test(text.slice(Math.max(0, start - 60), start - prev[0].length))
  )
    return CAPITAL_ACTOR.verb.test(after);
  if (CAPITAL_ACTOR.place.test(before)) return false;
  const pair = CAPITAL_ACTOR.pair.exec(after);
  if (pair && isCapital(pair[1]!)) return CAPITAL_ACTOR.verb.test(after.slice(pair[0].length));
  return CAPITAL_ACTOR.verb.test(after);
}

/**
 * Rule office.leads-named-body: "Secretary General of the Indian Ocean Commission", "Executive Secretary of the United
 * Nations Economic Commission for Africa", "Vice Chairman of the National Development and Reform Commission": a
 * body's leader title whose complement is a body found by its form (a commission, community, centre, fund, programme,
 * court, bank, mission, alliance, forces, organisation, agency, authority or institute) belongs to that body, as the dev gold gives "Head of the
 * Federal Department of Foreign Affairs" to the department and "Governor of the Maldives Monetary Authority" to the
 * authority (not to a state named elsewhere in the sentence, nor to an organisation named inside the body's name).
 * An organ named after a known organisation ("the ECOWAS Commission", "the United Nations Economic Commission for
 * Africa") is left as before (its offices are the organisation's: roles-9 reads the ECOWAS mediation team's side from
 * it). Councils and secretariats stay with their state ("Chairman of the Presidential Council" of Libya, the "Secretary
 * General of the National Security Secretariat" of Japan in the dev gold).
 */
export const LEADS_NAMED_BODY = {
  id: 'office.leads-named-body',
  head: /^(?:(?:Deputy|Vice|Executive|First)[^\S\n]+)?(?:Secretary[- ]General|Executive[^\S\n]+Secretary|Director[- ]General|Executive[^\S\n]+Director|Commissioner-General|President|Vice-President|Vice[^\S\n]+President|Chairperson|Vice[- ]Chairman|Vice[- ]Chairperson)$/,
  body: /\b(?:Commission|Community|Centre|Center|Fund|Programme|Court|Bank|Mission|Alliance|Forces|Organi[sz]ation|Agency|Authority|Institute)\b/,
};

/** Whether the title's words so far (`title`) lead the body `name` found by its form. */
export const leadsNamedBody = (title: string, name: string): boolean =>
  LEADS_NAMED_BODY.head.test(title) && LEADS_NAMED_BODY.body.test(name);

/**
 * Rule org.possessive-state-prefix: "China's National Development and Reform Commission", "Ukraine's National Security
 * and Defense Council": a state's possessive before a body found by its form is no part of the body's name.
 */
export const POSSESSIVE_STATE_PREFIX = {
  id: 'org.possessive-state-prefix',
  re: /^([^'’]{2,40})['’]s[^\S\n]+(?=\p{Lu})/u,
};

/** The body's name without a state's possessive before it (`isState` asks whether [from, to) is a state's name). */
export function withoutPossessiveState(
  s: number,
  name: string,
  isState: (from: number, to: number) => boolean,
): { s: number; name: string } {
  const m = name.includes('s ') ? POSSESSIVE_STATE_PREFIX.re.exec(name) : null;
  if (!m || !isState(s, s + m[1]!.length)) return { s, name };
  return { s: s + m[0].length, name: name.slice(m[0].length) };
}

/**
 * Rule office.host-in-capital: "Head of Government X received on Thursday in Rabat the Prime Minister of Y", "Prime
 * Minister X hosted … in Nairobi": a bare title opening the sentence, whose holder receives or hosts in a capital, is
 * that capital's state's (the host's), not the guest's, when the text gives the title no state of its own.
 */
export const HOST_IN_CAPITAL = {
  id: 'office.host-in-capital',
  /** From the title on: the holder's name, the verb, an optional time or venue, then "in <Capital>". */
  re: /^[^,.;()]{0,80}?[^\S\n]+(?:received|receives|hosted|hosts|welcomed|welcomes)[^\S\n]+(?:(?:on|this|last)[^\S\n]+\p{Lu}?\p{Ll}+[^\S\n]+|today[^\S\n]+|yesterday[^\S\n]+)?(?:at[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){1,4})?in[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)?)(?![\p{L}])/u,
  /** Before the title, in its sentence: nothing but an article. */
  opening: /^\s*(?:The\s+)?$/,
};

/** The capital where the holder of the title opening its sentence receives a guest (`before`/`from` around it). */
export function hostCapital(before: string, from: string): string | undefined {
  if (!HOST_IN_CAPITAL.opening.test(before)) return undefined;
  return HOST_IN_CAPITAL.re.exec(from.slice(0, 200))?.[1];
}

/**
 * Rule org.portfolio-list-name: "the Federal Department of Economic Affairs, Education and Research (EAER)", "Ministry
 * of Planning, Development and Special Initiatives": a department's or ministry's name found by its form goes on over
 * a list of portfolio words joined by commas and a final "and" (the form's chain stops at the first comma).
 */
export const ORG_PORTFOLIO_LIST = {
  id: 'org.portfolio-list-name',
  /** The heads whose names list portfolios. */
  head: /^(?:Federal[^\S\n]+)?(?:Ministry|Department)[^\S\n]+(?:of|for)[^\S\n]/,
  /** ", Word Word" items, then ", and Word" or " and Word": the words are checked against PORTFOLIO_WORDS. */
  list: /^((?:,[^\S\n]+\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*)*)+,?[^\S\n]+and[^\S\n]+\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*)*)/u,
};
const PORTFOLIO_SET = new Set(PORTFOLIO_WORDS);

/** How far a department's name (`name`, ending at `end` in `text`) goes on over a portfolio list; `end` if not. */
export function portfolioListNameEnd(text: string, name: string, end: number): number {
  if (text[end] !== ',' || !ORG_PORTFOLIO_LIST.head.test(name)) return end;
  const m = ORG_PORTFOLIO_LIST.list.exec(text.slice(end, end + 120));
  if (!m) return end;
  const words = m[1]!.split(/[\s,]+/).filter((w) => w && w !== 'and');
  return words.every((w) => PORTFOLIO_SET.has(w)) ? end + m[1]!.length : end;
}

/**
 * Rule office.issuer-organ-remit: "Executive Vice-President for Prosperity and Industrial Strategy X met the Moroccan
 * Minister …" in a European Commission readout: an organisation's own title with a remit ("… for <Remit>") and no state
 * of its own belongs to the issuing organisation, before the one state the readout names (the guest's) is guessed;
 * not when the holder acts for a side of their own ("signed on behalf of the African Union by Commissioner …").
 */
export const ISSUER_ORGAN_REMIT = { id: 'office.issuer-organ-remit', remit: /\s(?:for|on)\s+\p{Lu}/u };
