// Rules of the fl31b round (issue 6), found on the first look of three samples in new issuers' styles (the Somali
// foreign ministry's plain-text release, the Libyan Presidential Council's web page, the Sudanese Prime Minister's
// office's Markdown release) and stated as general constructions of diplomatic prose; each is tested on made-up
// sentences in rules-fl31b.test.ts.
import type { GazetteerHit } from './gazetteer.ts';
import { STATE_ORGAN_HEADS } from './lexicons.ts';
import { parseTitleAt, type TitleParse } from './titles.ts';

/**
 * Rule office.and-lower-role: "signed by the Deputy Chairman of the Sovereignty Council and head of the government
 * negotiating delegation, General X", "the Minister of the Presidency and coordinator of the Commission, Dr. Y", "the
 * Minister of Trade and chief negotiator, Z": a title joined by "and" to a second one written in lowercase, a role in
 * the talks, then a comma and the name. The first title is the name's (person.title-comma-name read "and" only before
 * a capitalised title, so the whole apposition was lost); the second is one too when it reads as a title once its
 * first letter is raised ("Coordinator of the Commission", "Chief negotiator"), else it is only passed over. The
 * second part must open with a role noun (head, chief, leader, coordinator, chair, spokesperson, negotiator, envoy,
 * member) and reach the comma within ten words without a verb-like word, a digit or another "and".
 */
export const OFFICE_AND_LOWER_ROLE = {
  id: 'office.and-lower-role',
  /** "and", an optional "the", then a lowercase role noun (an optional rank word before it). */
  opener:
    /^\s+and\s+(?:the\s+)?(?=(?:(?:chief|lead|special|deputy|acting|principal)\s+)?(?:head|chief|leader|coordinator|chair|chairman|chairwoman|chairperson|co-chair|spokesman|spokeswoman|spokesperson|negotiator|envoy|member)\b)/,
  /** The second part up to its comma: words of letters, hyphens and apostrophes, at most ten. */
  part: /^(?:[\p{L}'’-]+\s+){0,9}[\p{L}'’-]+(?=,\s)/u,
  /** Words that make the part a clause, not a title. */
  notTitle: /\b(?:and|who|which|that|is|was|were|are|has|had|have|will|said|says|met|held|led)\b/,
};

/** Rule office.and-lower-role: the end of the lowercase second title after `from` and its title, if it reads as one. */
export function andLowerRole(
  text: string,
  from: number,
  hits: GazetteerHit[],
): { end: number; title?: TitleParse } | undefined {
  if (!text.startsWith(' and ', from) && !text.startsWith('\nand ', from)) return undefined;
  const rest = text.slice(from, from + 24);
  const o = OFFICE_AND_LOWER_ROLE.opener.exec(rest);
  if (!o) return undefined;
  const at = from + o[0].length;
  const p = OFFICE_AND_LOWER_ROLE.part.exec(text.slice(at, at + 120));
  if (!p || OFFICE_AND_LOWER_ROLE.notTitle.test(p[0])) return undefined;
  const end = at + p[0].length;
  const raised = text.slice(0, at) + text[at]!.toUpperCase() + text.slice(at + 1);
  const t = parseTitleAt(raised, at, hits) ?? parseTitleAt(text, at, hits, true);
  return t && t.end === end ? { end, title: t } : { end };
}

/**
 * Rule negotiates-for.behalf-longest-side: "signed on behalf of the Sudanese Revolutionary Front by its Chairman, X",
 * "on behalf of the Libyan National Army", "on behalf of the Syrian Negotiation Commission": where an organisation's
 * name starts with a state's demonym, the organisation is the side, not the state the demonym names (the first found).
 * Not a state's own organ ("on behalf of the Albanian Council of Ministers", "the Italian Government": the state).
 * Used by negotiates-for.on-behalf and negotiates-for.on-behalf-by.
 */
export const NEGOTIATES_FOR_BEHALF_LONGEST_SIDE = {
  id: 'negotiates-for.behalf-longest-side',
  stateOrgan: new RegExp(String.raw`\b(?:${STATE_ORGAN_HEADS.join('|')})\b`),
};

/** Rule negotiates-for.behalf-longest-side: the organisation starting where the state `first` starts, else `first`. */
export function longestAt<H extends { start: number; end: number; type: string; name: string }>(
  hits: readonly H[],
  first: H | undefined,
): H | undefined {
  if (first?.type !== 'State') return first;
  let best = first;
  for (const h of hits) if (h.start === first.start && h.end > best.end && h.type === 'Organization') best = h;
  return best === first || NEGOTIATES_FOR_BEHALF_LONGEST_SIDE.stateOrgan.test(best.name) ? first : best;
}
