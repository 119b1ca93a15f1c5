// Rules of round fl29a (issue 6), written after the first look at three new samples (a princely government's web page
// on a treaty signing at the United Nations, a Caribbean foreign ministry's plain-text statement on a facilitated
// dialogue, a Caribbean information service's Markdown release on a Commonwealth summit). Each rule is a general
// construction; tests on made-up sentences, negative ones included, in rules-fl29a.test.ts. Rule data (patterns) are
// named next to the rules. The event rule lives in rules-fl29a-events.ts (it needs the context's types, which reach
// titles.ts, which imports this file). Two more live beside their data: state.saint-abbreviated in states.ts, and the
// Caribbean and Monegasque styles among the HONORIFICS of lexicons.ts.
import { honorificAt } from './text.ts';

const SP = String.raw`[^\S\n]+`;

/**
 * Rule person.plural-of-states-qualified (widens person.plural-of-states of plural-people.ts): "the three former Prime
 * Ministers of The Bahamas, Jamaica and Saint Lucia, A, B and C", "the two outgoing Presidents of X and Y, A and B": a
 * count and a word of time between "the" and the plural title. Each name still holds its state's singular title
 * (past offices count: the gold gives the former premier the premiership).
 */
export const PERSON_PLURAL_OF_STATES_QUALIFIED = {
  id: 'person.plural-of-states-qualified',
  /** The optional count and time word, as regex source placed after "the". */
  qualifier: String.raw`(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:former|outgoing|incoming|current|then)\s+)?`,
  /** A time word that makes the listed people former holders. */
  former: /\b(?:former|outgoing|then)\s/,
};

/**
 * Rule office.chair-of-heads-body: "Chairman of the Conference of Heads of Government of CARICOM", "Chairperson of the
 * Assembly of Heads of State and Government of the African Union", "Chairman of the Authority of Heads of State and
 * Government of ECOWAS": the chair of a regional organisation's summit organ is one title, owned by the organisation
 * named last (before, the title stopped at "the Conference" and had no owner). Only a chair's or president's title of
 * a conference, authority, assembly or summit, and only an organisation the gazetteer knows after the last "of".
 */
export const OFFICE_CHAIR_OF_HEADS_BODY = {
  id: 'office.chair-of-heads-body',
  /** The title read so far. */
  head: /\b(?:Chair|Chairman|Chairperson|Chairwoman|President)\s+of\s+the\s+(?:Conference|Authority|Assembly|Summit)$/,
  /** Right after it, up to the organisation. */
  body: /^\s+of\s+(?:the\s+)?(?:Heads\s+of\s+(?:State\s+and\s+)?Government|Heads\s+of\s+State)\s+of\s+(?:the\s+)?/,
};

/**
 * Rule office.chair-of-heads-body: the chair of a summit organ is a member state's leader, not an official of the
 * organisation: such a title places its holder in no state ("President X, Chairman of the Authority of Heads of State
 * and Government of ECOWAS" keeps X's presidency from taking ECOWAS as its owner).
 */
export const chairOfHeadsTitle = (title: string): boolean =>
  /\b(?:Chair|Chairman|Chairperson|Chairwoman|President)\s+of\s+the\s+(?:Conference|Authority|Assembly|Summit)\s+of\s+(?:the\s+)?Heads\b/.test(
    title,
  );

/**
 * Rule office.chair-of-heads-body: where the title read from `start` to `at` continues "of Heads of … of <organisation>",
 * the end of the organisation's name, the end of the title before its last "of", and the organisation; else undefined.
 */
export function chairOfHeadsBody(
  text: string,
  start: number,
  at: number,
  hits: readonly { type: string; name: string; start: number; end: number }[],
): { end: number; titleEnd: number; owner: { type: 'Organization'; name: string } } | undefined {
  const R = OFFICE_CHAIR_OF_HEADS_BODY;
  // perf32: `startsWith` at `at` (no slice of the text at every complement of every title read).
  if (!text.startsWith(' of Heads', at) && !text.startsWith(' of the Heads', at)) return undefined;
  if (!R.head.test(text.slice(start, at))) return undefined;
  const b = R.body.exec(text.slice(at, at + 60));
  const org = b ? hits.find((h) => h.type === 'Organization' && h.start === at + b[0].length) : undefined;
  if (!b || !org) return undefined;
  const titleEnd = at + b[0].replace(/\s+of\s+(?:the\s+)?$/, '').length;
  return { end: org.end, titleEnd, owner: { type: 'Organization', name: org.name } };
}

/**
 * Rule office.and-chained-titles (widens office.second-title-modifier's "A and B, Name" of people.ts): "The Prime
 * Minister and Minister of Finance of X and Chairman of the Conference of …, the Hon. Y": up to three titles after the
 * first, each joined by "and", the last followed by a comma; every title is the name's (before, a third title dropped
 * the first). Undefined unless the chain ends with a comma.
 */
export const OFFICE_AND_CHAINED_TITLES = { id: 'office.and-chained-titles', max: 3 };

/** Rule office.and-chained-titles: the titles chained by `andThen` from `from`, the last one before a comma. */
export function andChainedTitles<T extends { end: number }>(
  text: string,
  from: number,
  andThen: RegExp,
  parse: (at: number) => T | undefined,
): T[] | undefined {
  const out: T[] = [];
  let end = from;
  for (let k = 0; k < OFFICE_AND_CHAINED_TITLES.max; k++) {
    const a = andThen.exec(text.slice(end, end + 24));
    const t = a ? parse(end + a[0].length) : undefined;
    if (!t) return undefined;
    out.push(t);
    end = t.end;
    if (/^,\s/.test(text.slice(end, end + 2))) return out;
  }
  return undefined;
}

/**
 * Rule negotiates-for.who-clause-list (widens negotiates-for.who-clause-agent of fl15b, which gives a relative clause's
 * "on behalf of" to its antecedent alone): "the three former Prime Ministers …, the Rt. Hon. A, the Most Hon. B and Dr.
 * the Hon. C, who acted on behalf of the Conference": when the antecedent closes a list of names joined by commas and
 * "and" (styles allowed before each name), every name of the list acts for the principal. Not a name joined by a verb
 * or any other word ("A met B, who acted on behalf of X" gives B alone).
 */
export const NEGOTIATES_FOR_WHO_CLAUSE_LIST = {
  id: 'negotiates-for.who-clause-list',
  /** The joint between two listed names, before any style. */
  joint: /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)/,
};

/** Whether `gap` (between two names) is only a list joint, with a style before the second name. */
function listJoint(gap: string): boolean {
  const j = NEGOTIATES_FOR_WHO_CLAUSE_LIST.joint.exec(gap);
  if (!j) return false;
  const rest = gap.slice(j[0].length);
  return rest === '' || honorificAt(rest)?.[0].length === rest.length;
}

/**
 * Rule negotiates-for.who-clause-list: the trailing items of `items` (in text order, spans from `span`) that form one
 * list with the last item; at least the last.
 */
export function coordinatedTail<T>(
  text: string,
  items: readonly T[],
  span: (x: T) => { start: number; end: number },
): T[] {
  let k = items.length - 1;
  for (; k > 0; k--) {
    const [a, b] = [span(items[k - 1]!), span(items[k]!)];
    // Two mentions of one name (a span read twice) are one item.
    if (a.end > b.start) continue;
    if (!listJoint(text.slice(a.end, b.start))) break;
  }
  return items.slice(k);
}

/**
 * Rule negotiates-for.behalf-of-organ: "who acted on behalf of the Conference of Heads of Government of the Community",
 * "signed on behalf of the Council of Ministers of the EAC": a principal told as an organisation's organ of heads or
 * ministers acts for the organisation named after it (the gazetteer knows the organisation, not its organ). Only an
 * organ noun followed by "of Heads / Ministers / Leaders", and only an organisation right after its last "of".
 */
export const NEGOTIATES_FOR_BEHALF_OF_ORGAN = {
  id: 'negotiates-for.behalf-of-organ',
  organ: new RegExp(
    String.raw`^(?:Conference|Council|Assembly|Authority|Summit|Meeting)${SP}of${SP}(?:the${SP})?(?:Heads|Ministers|Foreign${SP}Ministers|Leaders)\b[^,.;:()]{0,60}${SP}of${SP}(?:the${SP})?$`,
    'u',
  ),
};

/** Rule negotiates-for.behalf-of-organ: the organisation's hit after the organ starting at `at`, if any. */
export function organPrincipalHit<H extends { type: string; start: number }>(
  text: string,
  hits: readonly H[],
  at: number,
): H | undefined {
  if (!/^(?:Conference|Council|Assembly|Authority|Summit|Meeting)\b/.test(text.slice(at, at + 12))) return undefined;
  return hits.find(
    (h) =>
      h.type === 'Organization' &&
      h.start > at &&
      h.start < at + 140 &&
      NEGOTIATES_FOR_BEHALF_OF_ORGAN.organ.test(text.slice(at, h.start)),
  );
}

/**
 * Rule office.as-title-of-clause-subject (widens office.as-title-of-other of fl18b): "The Minister … said that The
 * Bahamas, as Chair of the Community, remains ready …", "… noted that Grenada, as the incoming Chair, would host …": an
 * "as" title set off by a comma after the subject of a "that" clause, a name in capitals that is no person, belongs to
 * that subject, not to the speaker named before; office.as-title gives the speaker nothing. "said that President X, as
 * Chair, …" (a person right before "as") is read as before.
 */
export const OFFICE_AS_TITLE_OF_CLAUSE_SUBJECT = {
  id: 'office.as-title-of-clause-subject',
  pattern: new RegExp(
    String.raw`\b(?:that|whereas|while)${SP}(?:[Tt]he${SP})?\p{Lu}[\p{L}'’-]*(?:${SP}(?:and${SP})?\p{Lu}[\p{L}'’-]*){0,3},${SP}as${SP}(?:the${SP})?(?:\p{Ll}+${SP})?$`,
    'u',
  ),
};

/** Rule office.as-title-of-clause-subject: `between` (the person's mention → the title) ends in such a subject. */
export const asTitleOfClauseSubject = (between: string): boolean =>
  between.includes(' as ') && OFFICE_AS_TITLE_OF_CLAUSE_SUBJECT.pattern.test(between);
