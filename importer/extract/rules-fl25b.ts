// Rules of round fl25b (issue 6), written after the first look at three new samples (a central American presidency's
// plain-text release on a peace agreement signed with an armed movement under UN mediation, a central American foreign
// ministry's web page on an agreement signed at a negotiation table with an opposition alliance, a west African foreign
// ministry's Markdown release on a peace agreement signed with two armed movements under a regional mediation). Each
// rule is a general construction; tests on made-up sentences, negative ones included, in rules-fl25b.test.ts. Rule data
// (patterns) are named next to the rules.
import type { GazetteerHit } from './gazetteer.ts';
import { ACRONYM_ORG_HEADS, ORG_HEADS } from './lexicons.ts';

/**
 * Rule org.acronym-defined-name: "the Liberians United for Reconciliation and Democracy (LURD)", "the Movement for
 * Democracy in Liberia (MODEL)": a capitalised name that the text defines by an acronym in parentheses names an
 * organisation when it holds an organisation head ("Movement", "Front", "Alliance" …, wherever it stands: "Movement
 * for …" has its head first, which the head-last pattern reader leaves) or when the acronym is later used as an actor's
 * ("chief negotiator of LURD", "the MODEL delegation", "signed for the LURD"). Every later stand-alone acronym is that
 * organisation. The acronym must spell the name (its first letter the name's, its letters in the name in order). Not a
 * name of an agreement, plan, zone, meeting or goal ("the Comprehensive Peace Agreement (CPA)", "Official Development
 * Assistance (ODA)" is no actor), nor one inside it ("the Intermediate-Range Nuclear Forces (INF) Treaty"), not a name a
 * known hit covers ("the United Nations (UN)").
 */
export const ORG_ACRONYM_DEFINED_NAME = {
  id: 'org.acronym-defined-name',
  /** An acronym in parentheses (group 1), two to eight capitals. */
  acronym: /[^\S\n]\(([A-Z]{2,8})\)/g,
  /** The capitalised name ending right before the parenthesis (group 1): words joined by connectors (not "and the"). */
  name: /(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:(?:(?:of|for|on|in|de|del)(?:[^\S\n]+the)?|and|la|el|des|du)[^\S\n]+)?\p{Lu}[\p{L}'’-]*)+)$/u,
  /** Names of things that are no organisation. */
  notOrg:
    /\b(?:Agreement|Treaty|Accord|Accords|Declaration|Plan|Programme|Program|Initiative|Zone|Goals|Summit|Meeting|Conference|Dialogue|Talks|Act|Protocol|Convention|Strategy|Framework|Memorandum|Process|Corridor|Assistance|Investment|Product|Partnership|Mechanism|Project|Ceasefire|Operation)\b/,
  /** The acronym told as an actor's (before `ACRO`, after it). */
  actorBefore:
    /\b(?:negotiator|negotiators|leader|leaders|head|chairman|chairperson|representative|representatives|spokesman|spokesperson|delegation|commander|commanders|members?|fighters|combatants)\s+of\s+(?:the\s+)?$|\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/,
  actorAfter:
    /^\s+(?:delegation|delegations|side|leader|leaders|leadership|representatives?|negotiators?|fighters|combatants|forces|commanders?|spokes(?:man|woman|person))\b/,
};

const HEAD_WORD = new RegExp(`\\b(?:${[...ORG_HEADS, ...ACRONYM_ORG_HEADS].join('|')})\\b`);

/** The acronym spells the name: same first letter, its letters in the name's in order. */
function spells(acro: string, name: string): boolean {
  const letters = name.toUpperCase();
  if (letters[0] !== acro[0]) return false;
  let at = 0;
  for (const c of acro) {
    at = letters.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Where the stand-alone acronym occurs in `text` (not inside a longer word or a hyphenated one). */
function acronymSpans(text: string, acro: string): number[] {
  const out: number[] = [];
  for (let s = text.indexOf(acro); s >= 0; s = text.indexOf(acro, s + 1))
    if (!/[\p{L}\d-]/u.test(text[s - 1] ?? '') && !/[\p{L}\d-]/u.test(text[s + acro.length] ?? '')) out.push(s);
  return out;
}

/** Told as an actor somewhere: "chief negotiator of LURD", "the MODEL delegation". */
function toldAsActor(text: string, acro: string, spans: number[]): boolean {
  const r = ORG_ACRONYM_DEFINED_NAME;
  return spans.some(
    (s) =>
      text[s - 1] !== '(' &&
      (r.actorBefore.test(text.slice(Math.max(0, s - 40), s)) ||
        r.actorAfter.test(text.slice(s + acro.length, s + acro.length + 30))),
  );
}

/** Rule org.acronym-defined-name: the names' hits and their acronyms' hits in `text`, none a known hit covers. */
export function acronymNameHits(text: string, known: readonly GazetteerHit[]): GazetteerHit[] {
  if (!text.includes('(')) return [];
  const r = ORG_ACRONYM_DEFINED_NAME;
  const out: GazetteerHit[] = [];
  for (const m of text.matchAll(r.acronym)) {
    const acro = m[1]!;
    const before = r.name.exec(text.slice(Math.max(0, m.index - 120), m.index));
    if (!before) continue;
    const name = before[1]!.replace(/^(?:The|the)[^\S\n]+/, '');
    const e = m.index;
    const s = e - name.length;
    if (name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length < 2 || !spells(acro, name)) continue;
    // "the Intermediate-Range Nuclear Forces (INF) Treaty": the acronym inside a longer agreement's name.
    const next = /^[^\S\n]+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(e + m[0].length, e + m[0].length + 30))?.[1] ?? '';
    if (r.notOrg.test(`${name} ${next}`) || known.some((h) => h.start <= s && h.end >= e)) continue;
    if (known.some((h) => h.type === 'Organization' && h.start < e && s < h.end && h.name === name)) continue;
    const spans = acronymSpans(text, acro);
    if (!HEAD_WORD.test(name) && !toldAsActor(text, acro, spans)) continue;
    out.push({ type: 'Organization', name, surface: name, start: s, end: e, demonym: false, pattern: true });
    for (const a of spans)
      if (!known.some((h) => h.start < a + acro.length && a < h.end))
        out.push({
          type: 'Organization',
          name,
          surface: acro,
          start: a,
          end: a + acro.length,
          demonym: false,
          pattern: true,
        });
  }
  return out;
}

/**
 * Rule party-to.signed-in-city-state: "The Government of A and the B today signed in Accra, Ghana, a Comprehensive
 * Peace Agreement": a place told with its state between commas may stand between the verb of signing and the agreement
 * (party-to.signers-active allowed only an aside between commas right after the verb, or no comma at all).
 */
export const SIGNED_IN_CITY_STATE = {
  id: 'party-to.signed-in-city-state',
  /** Source text for party-to.signers-active's verb pattern: " in City, State," (two capitalised names). */
  between: String.raw`\s+(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},`,
};

/**
 * Rule org.short-form-of-longer: "the Civic Alliance for Justice and Democracy …, the Civic Alliance …": an
 * organisation found by its form whose name opens a longer organisation's name of the same text, the rest starting with
 * "for", "of", "on", "in" or "against", is that organisation told short. Not when two longer names share the opening
 * ("the Joint Commission on Trade" and "the Joint Commission on Security": which is meant is not told), nor a one-word
 * name.
 */
export const ORG_SHORT_FORM_OF_LONGER = {
  id: 'org.short-form-of-longer',
  /** The rest of the longer name after the short one and a space. */
  rest: /^(?:for|of|on|in|against)\s/,
};

/** Rule org.short-form-of-longer: `hits` with each short pattern-found name replaced by the one longer name it opens. */
export function withLongerNames(hits: GazetteerHit[]): GazetteerHit[] {
  const names = [...new Set(hits.filter((h) => h.type === 'Organization').map((h) => h.name))];
  const longer = new Map<string, string>();
  for (const h of hits) {
    if (h.type !== 'Organization' || !h.pattern || !h.name.includes(' ') || longer.has(h.name)) continue;
    const opened = names.filter(
      (n) => n.startsWith(`${h.name} `) && ORG_SHORT_FORM_OF_LONGER.rest.test(n.slice(h.name.length + 1)),
    );
    if (opened.length === 1) longer.set(h.name, opened[0]!);
  }
  if (!longer.size) return hits;
  return hits.map((h) => (h.pattern && longer.has(h.name) ? { ...h, name: longer.get(h.name)! } : h));
}
