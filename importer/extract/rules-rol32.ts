// The rol32 round's role rules (issue 6), written after sorting the annotated samples' missed and false
// NEGOTIATES_FOR and NEGOTIATES by cause (docs/first-look.md, rol32). Rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import { LEADER_TITLES } from './lexicons.ts';

/** Patterns of the rol32 rules, as named data. */
export const ROL32_PATTERNS = {
  /**
   * An active negotiator told with the side they act for: "who negotiated on behalf of the Government", "who negotiated
   * for the Government throughout the talks", "who conducted the negotiations on behalf of the President", "led the
   * talks on behalf of the United Nations", "conducted these negotiations for Burkina Faso", "which Dr X will lead on
   * behalf of the Government of Tanzania" (the talks named before). Not "negotiations were held on behalf of".
   */
  negotiatedFor:
    /\b(?:negotiat(?:ed|es?|ing)|(?:conduct(?:ed|s|ing)?|led|leads?|leading|will\s+lead|steered|steers)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:negotiations|talks)|will\s+lead\s+them)\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[A-Z]/,
  /**
   * The nouns a negotiator is told by in a sentence with no verb of negotiating: "chief negotiator(s)", "head of the
   * MODEL delegation", "head of the negotiating team".
   */
  chiefNoun:
    /\bchief\s+negotiators?\b|\bhead\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}(?:delegation|negotiating\s+team)\b/gi,
  /** What may stand between a name and the noun after it: ", the Prime Minister's Europe Adviser and ". */
  nameThenNoun: /^\s*,\s*(?!and\b)(?:(?!\b(?:by|with|to|included?|accompanied)\b)[^;:])*$/i,
  /** What may stand between a singular noun and the name after it: " of the OACPS, Prof. ", " for the boundaries, ". */
  nounThenName: /^(?:(?!\b(?:and|by|to|with)\b)[^;:])*$/i,
  /** After a plural noun, the list it opens: " of the two parties, A, Director …, and ", "Chief negotiators A and B". */
  pluralThenList: /^\s*(?:(?:of|for)\b[^,]*)?,|^(?:\s+(?:and|\p{Lu}[\p{L}.'’-]*),?)*\s*$/u,
  /**
   * The Council's rotating presidency a minister acts for: "on behalf of the Belgian Presidency of the Council of the
   * EU", "for the Spanish Presidency of the Council", "on behalf of the Luxembourg Presidency" (the adjective's offset
   * is group 1's).
   */
  councilPresidency:
    /\b(?:on\s+behalf\s+of|for)\s+the\s+(\p{Lu}[\p{L}-]+)\s+Presidency\b(?!\s+of\s+the\s+(?!Council\b))/u,
};

/** Literals every `negotiatedFor` match holds (one of them), asked before the regex. */
const NEGOTIATED_FOR_NEEDS = [' on behalf of ', ' for '];

/**
 * Rule negotiates.negotiated-for (NEGOTIATES): a sentence that says a person negotiated, or conducted or led the
 * negotiations or talks, on behalf of or for a side names a negotiator; the agreement is chosen as for
 * `negotiates.responsible` (rules-agreements.ts addNegotiators). Returns the rule id when the sentence is such a cue.
 */
export function negotiatedForCue(text: string): 'negotiates.negotiated-for' | undefined {
  if (!NEGOTIATED_FOR_NEEDS.some((w) => text.includes(w))) return undefined;
  return ROL32_PATTERNS.negotiatedFor.test(text) ? 'negotiates.negotiated-for' : undefined;
}

/** Literals every `chiefNoun` match holds (one of them). */
const CHIEF_NOUN_NEEDS = ['negotiator', 'head of'];

/**
 * Rule negotiates.chief-noun-apposed (a veto of `negotiates.responsible`): in a sentence told as about negotiators only
 * by a noun ("chief negotiator", "head of the X delegation"), only the people that noun is said of negotiated: "Mr A,
 * chief negotiator of LURD", "the Chief Negotiator of the OACPS, Prof. B", "the chief negotiators of the two parties,
 * C, …, and D". Not "the Chief Negotiator and Minister E held a meeting", nor "Chief Negotiator and Political Adviser to
 * the leader F", nor "accompanied by G and by the chief negotiator". `start`/`end` are the person's offsets in `text`.
 */
export function apposedToChiefNoun(text: string, start: number, end: number): boolean {
  if (!CHIEF_NOUN_NEEDS.some((w) => text.toLowerCase().includes(w))) return false;
  for (const m of text.matchAll(ROL32_PATTERNS.chiefNoun)) {
    const from = m.index;
    const to = from + m[0].length;
    if (end <= from) {
      const gap = text.slice(end, from);
      if (gap.length <= 80 && ROL32_PATTERNS.nameThenNoun.test(gap)) return true;
    } else if (start >= to) {
      const gap = text.slice(to, start);
      const plural = /s$/i.test(m[0]);
      if (
        plural
          ? gap.length <= 250 && ROL32_PATTERNS.pluralThenList.test(gap)
          : gap.length <= 60 && ROL32_PATTERNS.nounThenName.test(gap)
      )
        return true;
    }
  }
  return false;
}

/** Whether a sentence told as about negotiators is told so only by a noun: without its nouns `told` no longer holds. */
export function toldOnlyByNoun(text: string, told: (t: string) => boolean): boolean {
  if (!CHIEF_NOUN_NEEDS.some((w) => text.toLowerCase().includes(w))) return false;
  return !told(text.replace(ROL32_PATTERNS.chiefNoun, (x) => ' '.repeat(x.length)));
}

/**
 * Rule negotiates-for.council-presidency-union: "The European Union was represented by A, Minister of Foreign Affairs
 * of Belgium, on behalf of the Belgian Presidency of the Council of the EU", "chaired by B on behalf of the Luxembourg
 * Presidency": the minister acts for the European Union (named in the readout), beside the Council; the presidency's
 * own state and a "Presidency of the Council" read as a body are taken back. Not a head of state or government (who
 * hosts for the presidency).
 */
function councilPresidencyUnion(k: RelKit): void {
  const { ctx } = k;
  const eu = ctx.named('Organization', 'European Union')[0]?.key;
  if (!eu) return;
  const drop = new Set<object>();
  for (const r of ctx.relationsOf('NEGOTIATES_FOR')) {
    const s = ctx.sentences[r.sentence];
    const m = s && s.text.includes('Presidency') ? ROL32_PATTERNS.councilPresidency.exec(s.text) : null;
    const c = m && k.people.clusters.find((x) => k.key(x) === r.from);
    if (!s || !m || !c || (k.people.offices.get(c) ?? []).some((o) => LEADER_TITLES.test(o.title))) continue;
    const adj = s.start + m.index + m[0].indexOf(m[1]!);
    const state = k.hits.find((h) => h.type === 'State' && h.start === adj);
    const to = ctx.entity(r.to);
    if ((state && k.hitKeys.get(state) === r.to) || /^Presidency of the Council\b/.test(to?.name ?? '')) drop.add(r);
    if (r.to !== eu) ctx.relate('NEGOTIATES_FOR', r.from, eu, r.sentence, 'negotiates-for.council-presidency-union');
  }
  if (drop.size) ctx.replaceRelations(ctx.relations.filter((r) => !drop.has(r)));
}

/** Adds the rol32 rules' relations and takes back what they show wrong. */
export function addRol32Relations(k: RelKit): void {
  councilPresidencyUnion(k);
}
