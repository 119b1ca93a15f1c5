// The fl14a round's rules (issue 6): constructions shown by three first-look samples in new styles (a regional
// community's summit release, a Central American foreign ministry's press release, a Gulf news agency's wire). Each
// rule is a general construction, its patterns named data here, its hook in the stage it belongs to.
import { instructingPrincipalAt } from './rules-fl32a.ts';
import type { Found } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { matchesIf } from './text.ts';

/** Patterns of the fl14a rules, as named data. */
export const FL14A_PATTERNS = {
  /** participated.in-attendance: "Also in attendance were A, B and C"; "A and B were also in attendance". */
  inAttendance: /\b(?:(?:also\s+)?in\s+attendance\s+(?:were|was)|(?:were|was)\s+(?:also\s+)?in\s+attendance)\b/i,
  /** participated.hosted-by: "The Summit was co-chaired by A and B, and was hosted by C": the host took part. */
  hostedBy: /\b(?:was|were)\s+(?:also\s+)?hosted\s+by\s+/gi,
  /**
   * participated.delegation-made-up: "The X delegation was made up of A, B and C", "was composed of", "consisted of":
   * the members of a delegation at the readout's meeting.
   */
  delegationMadeUp:
    /\b(?:delegation|team|side)s?\s+(?:(?:was|were)\s+(?:made\s+up|composed)\s+of|consisted\s+of|comprising)\b/i,
  /**
   * participated.title-apposition: between "accompanied / led by" and the person, a capitalised title in apposition
   * closed by a comma ("accompanied by the Special Envoy for Latin America, X"; "led by the Minister of State, Y").
   */
  titleApposition: /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|and|on|the|to))*,\s+$/u,
  /** The "on behalf of" cue, with any article after it. */
  onBehalf: /\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+/gi,
  /** Between "on behalf of" and its principal: honorifics and a title only ("His Majesty King", "President"). */
  principalLead: /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u,
  /** agreement.venue-name: "Convention" as the head of a building's name ("the X International Convention Centre"). */
  venueAfter: /^\s+(?:Centre|Center|Hall|Complex|Palace|Building|Bureau)\b/,
  /**
   * negotiates-for.envoy-title-name: "the Special Envoy of President Y for Latin America, X": a role with its
   * principal, then the holder's name after a comma.
   */
  envoyRole:
    /\b(?:(?:Special|Personal)\s+(?:Envoy|Representative)|Envoy|Emissary)\s+of\s+(?=(?:the\s+)?(?:President|Prime\s+Minister|King|Chancellor|Secretary-General|Secretary\s+General)\b)/g,
  /** After the principal: a remit of a few words, then the comma before the holder's name. */
  envoyHolderGap: /^(?:\s+(?:for|to|on)\s+[^,;.()]{1,50})?,\s+$/,
};

/** A person mention's bounds, as the stages give them (title included from `from`, name up to `to`). */
export interface MentionBounds {
  start: number;
  end: number;
  from?: number;
  to?: number;
}

/**
 * Rules negotiates-for.principal-not-agent and participated.principal-absent: a person named right after "on behalf
 * of" in the sentence starting at `sentStart` ("signed on behalf of His Majesty King X") is the principal of that
 * clause: neither the agent of a later "on behalf of" in the same sentence nor, by that mention, a participant.
 */
export function behalfPrincipal(text: string, sentStart: number, m: MentionBounds): boolean {
  const from = m.from ?? m.start;
  const before = text.slice(sentStart, from);
  // participated.not-instructing-principal (fl32a): "…, on the instructions of the President …, His Excellency Y, the …".
  if (instructingPrincipalAt(text, sentStart, from)) return true;
  const cue = [...before.matchAll(FL14A_PATTERNS.onBehalf)].pop();
  if (!cue) return false;
  const lead = before.slice(cue.index + cue[0].length);
  return FL14A_PATTERNS.principalLead.test(lead);
}

/** Rule agreement.venue-name: an agreement head that is a building's name ("Convention Centre") names no agreement. */
export function venueNamed(text: string, span: { surface: string; start: number }): boolean {
  if (!/\bConvention$/.test(span.surface)) return false;
  return FL14A_PATTERNS.venueAfter.test(
    text.slice(span.start + span.surface.length, span.start + span.surface.length + 12),
  );
}

/**
 * Rule negotiates-for.envoy-title-name: in "the Special Envoy of President Y for Latin America, X" the holder X, named
 * after the role, its principal and a comma, acts for Y. Returns [agent, principal] pairs of person mentions.
 */
export function envoyTitleName<M extends MentionBounds>(
  text: string,
  sentence: { start: number; text: string },
  persons: M[],
): [M, M][] {
  const out: [M, M][] = [];
  for (const r of sentence.text.matchAll(FL14A_PATTERNS.envoyRole)) {
    const after = sentence.start + r.index + r[0].length;
    const principal = persons.find((p) => (p.to ?? p.end) > after && p.start < after + 40);
    if (!principal) continue;
    const pEnd = Math.max(principal.to ?? principal.end, principal.end);
    const agent = persons.find((p) => p !== principal && (p.from ?? p.start) >= pEnd);
    if (!agent) continue;
    if (FL14A_PATTERNS.envoyHolderGap.test(text.slice(pEnd, agent.from ?? agent.start))) out.push([agent, principal]);
  }
  return out;
}

/** Patterns of the fl14a party rules, as named data. */
export const FL14A_PARTY_PATTERNS = {
  /** party-to.signed-with: "the Memorandum … signed with the People's Republic of China in 2017". */
  signedWith: /^[^.;:]{0,40}?\b(?:signed|concluded|agreed|reached)\s+with\s+(?:the\s+)?$/,
  /** party-to.two-governments: "the memorandum signed by the two governments", "concluded between both countries". */
  twoSides:
    /^[^.;:]{0,140}?\b(?:signed|concluded|agreed|adopted|reached)\s+(?:by|between)\s+(?:the\s+two|both)\s+(?:governments|countries|states|sides|parties|nations)\b/,
};

/** A gazetteer hit as the party rules see it. */
export interface SideHit {
  type: string;
  start: number;
  end: number;
}

/**
 * Rule party-to.signed-with: an agreement "signed with" a state is that state's and the one other state the sentence
 * names before the agreement ("Panama will not renew the memorandum signed with China": Panama and China). Returns
 * the partner and the states named before; the caller keeps them only when those are one state.
 */
export function signedWithParties<H extends SideHit>(
  text: string,
  sentStart: number,
  a: { start: number; end: number },
  hits: H[],
): { partner?: H; before: H[] } {
  const states = hits.filter((h) => h.type === 'State');
  const partner = states.find(
    (h) => h.start >= a.end && FL14A_PARTY_PATTERNS.signedWith.test(text.slice(a.end, h.start)),
  );
  if (!partner) return { before: [] };
  return { partner, before: states.filter((h) => h.start >= sentStart && h.end <= a.start) };
}

/**
 * Rule party-to.two-governments: "the memorandum of understanding signed by the two governments" is the readout's two
 * sides', even where the sentence tells something done under it ("flights carried out under the memorandum …").
 */
export function twoSidesSigned(text: string, a: { start: number }, sentEnd: number): boolean {
  return FL14A_PARTY_PATTERNS.twoSides.test(text.slice(a.start, sentEnd));
}

/**
 * Rule based-on.lead-agreement: "the agreement" as a later sentence's subject ("He said the agreement builds on the
 * 1991 Defence Cooperation Agreement"), with no agreement of that noun in the two sentences before, is the one the
 * readout's first sentence names, when that sentence names exactly one of that noun and the subject comes before `si`.
 */
export function leadAgreement(k: RelKit, noun: string, si: number): Found | undefined {
  const first = k.ev.agreementMentions.find((x) => !k.ctx.sentences[x.sentence]!.heading);
  if (!first || first.sentence >= si) return undefined;
  const lead = k.ev.agreementMentions.filter(
    (x) => x.sentence === first.sentence && k.nameOf(x).toLowerCase().includes(noun),
  );
  return new Set(lead.map((x) => k.nameOf(x))).size === 1 ? lead[0] : undefined;
}

/** office.behalf-issuer: "on behalf of His Majesty", "on behalf of HRH": honorifics between the cue and the title. */
const BEHALF_HONORIFIC =
  /\bon\s+behalf\s+of\s+(?:the\s+)?(?:(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency)|HRH|H\.M\.|HM)\s+$/;

/** Whether the text before a title ends with "on behalf of" and an honorific ("… on behalf of His Majesty "). */
export function behalfHonorific(before: string): boolean {
  return BEHALF_HONORIFIC.test(before);
}

/**
 * Rule event.directed-to-meet: "The Summit directed the Chiefs of Defence Forces of the EAC and SADC to meet within five
 * days": a body of officials told to meet makes a planned meeting, "meeting of the <body>". Group 1 is the body: capitalised
 * words ending in a plural noun, with "of", "and", "the" between.
 */
export const DIRECTED_TO_MEET =
  /\b(?:directed|instructed|tasked|mandated|requested)[^\S\n]+the[^\S\n]+((?:\p{Lu}[\p{L}-]*[^\S\n]+)(?:(?:of|and|the|for|\p{Lu}[\p{L}-]*)[^\S\n]+){0,8}?)to[^\S\n]+(?:meet|convene)\b/gu;

/** What every match of DIRECTED_TO_MEET holds (`mayMatch`). */
const DIRECTED_TO_MEET_NEEDS = ['meet', 'convene'];

/** The bodies event.directed-to-meet reads: a plural head among the capitalised words ("Chiefs", "Ministers"). */
const PLURAL_BODY =
  /\b(?:Chiefs|Ministers|Commanders|Experts|Officials|Negotiators|Heads|Directors|Governors|Forces|Secretaries)\b/;

/** Rule event.directed-to-meet: the planned meetings' names and where their body starts. */
export function directedToMeet(text: string): { name: string; start: number; surface: string }[] {
  const out: { name: string; start: number; surface: string }[] = [];
  for (const m of matchesIf(text, DIRECTED_TO_MEET, DIRECTED_TO_MEET_NEEDS)) {
    const body = m[1]!.trim();
    if (!PLURAL_BODY.test(body)) continue;
    out.push({ name: `meeting of the ${body}`, start: m.index + m[0].indexOf(m[1]!), surface: body });
  }
  return out;
}
