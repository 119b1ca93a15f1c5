// The roles9 round's relation rules (issue 6, construction 8), written on the fourth, blind roles bank
// (bank-roles-4.ts): mediators and facilitators who act for their own state, and envoys a named sender gives "his"
// title to in apposition. Rule ids are what --explain prints.
import type { PersonMention } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { STATE_NAMES } from './rel-kit.ts';
import { AIDE_TO_LEADER } from './people.ts';
import { holderOf } from './rules-new4.ts';
import { ownerKey } from './rules-roles8.ts';
import { endOf, startOf } from './mention-span.ts';
import { execIf } from './text.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the roles9 rules, as named data. */
export const ROLES9_PATTERNS = {
  /** A person who mediates: "X, who facilitated the indirect talks", "A and B mediated between the two sides". */
  mediates:
    /^\s*,?\s*(?:who\s+)?(?:(?:has|had|have)\s+)?(?:also\s+|jointly\s+)?(?:mediated|co-mediated|facilitated|co-facilitated|brokered|(?:is|was|are|were|been)\s+(?:mediating|facilitating))\s+(?:between\b|(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:talks|negotiations|dialogue|process|deal|agreement|ceasefire|truce|exchange)\b)/u,
  /** "X, in his capacity as mediator", "in her capacity as facilitator". */
  capacity:
    /^\s*,\s*in\s+(?:his|her)\s+capacity\s+as\s+(?:the\s+)?(?:chief\s+|lead\s+|co-)?(?:mediator|facilitator|negotiator)\b/,
  /** What may stand between coordinated mediators: "A, and Qatar's prime minister, B, mediated". */
  coordinated: /^\s*,?\s*and\s+[^;.]{0,60}$/,
  /** A state's possessive before a lowercase role in apposition: "Egypt's intelligence chief, A". */
  possessiveRole: /^['’]s\s+[\p{Ll}\s-]{2,40},\s*$/u,
  /** "instructed X to lead the negotiations", "tasked X with leading the talks": X leads them. */
  taskedToLead:
    /\b(?:instructed|tasked|asked|mandated|charged|appointed|designated|named)\b[^.;]{0,120}?\b(?:to\s+(?:lead|head|conduct|handle)|with\s+(?:leading|heading|conducting|handling))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:negotiations|talks|consultations)\b/u,
  /** Aide titles (not envoys): they report to the leader they serve. */
  aideTitle: /\b(?:Adviser|Advisor|Aide|Assistant|Chief of Staff)\b/,
  /** Between an aide's apposition and the principal's name: a comma and an honorific at most. */
  principalAfter: /^\s*,\s*(?:(?:H\.\s?E\.|H\.H\.|Sheikh|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*$/,
  /** A possessive right before a title: "his [Special Envoy …]". */
  his: /\b(?:his|her)\s+$/,
  /** What a sender did to the envoy it names "his": sent, appointed, or had the talks facilitated by them. */
  gaveRole:
    /\b(?:dispatched|dispatches|sent|sends|appointed|appoints|named|names|designated|designates|tasked|mandated|(?:facilitated|mediated|convened|led|represented)\s+by|through)\b/,
  /** Envoy titles. */
  envoyTitle: /\b(?:Envoy|Representative|Emissary)\b/i,
  /** "… dispatched his Special Envoy for Sudan, Ambassador X": a sender's envoy in apposition, right before X. */
  hisEnvoy:
    /\b(?:his|her)\s+(?:(?:Special|Personal|special|personal|Deputy|deputy|High|high)\s+)*(?:Envoy|Representative|envoy|representative|Emissary|emissary)\b(?:\s+(?:for|on|to)\s+[^,;.()]{1,60}?)?\s*,\s+$/,
};

/** The state a mediator acts for: their office's, the "of X" or "X's role," before them, else their own. */
export function ownState(k: RelKit, s: Sentence, p: PersonMention): string | undefined {
  const c = k.clusterOf.get(p);
  const office = (c ? (k.people.offices.get(c) ?? []) : []).map((o) => o.owner).find((o) => o && STATE_NAMES.has(o));
  if (office) return office;
  if (p.ofState) return p.ofState;
  const hit = k
    .hitsIn(s.start, startOf(p))
    .filter((h) => h.type === 'State')
    .pop();
  if (hit && ROLES9_PATTERNS.possessiveRole.test(k.ctx.text.slice(hit.end, startOf(p)))) return hit.name;
  return c?.state;
}

/** The words between two people; a title read into both mentions ("A, and Qatar's prime minister, B") counts once. */
const gap = (text: string, a: PersonMention, b: PersonMention) =>
  text.slice(Math.min(endOf(a) <= startOf(b) ? endOf(a) : a.end, b.start), Math.max(startOf(b), a.end));

/**
 * Rule negotiates-for.mediator-own-state: "Oman's Foreign Minister X, who facilitated the indirect talks between Iran
 * and the United States", "Egypt's intelligence chief, A, and Qatar's prime minister, B, mediated between the two
 * sides", "Minister of State X, in his capacity as mediator": a mediator with no principal named acts for their own
 * state (never for the parties they mediate between).
 */
function mediatorOwnState(k: RelKit, s: Sentence): void {
  const ps = [...k.personsIn(s.index)].sort((a, b) => a[0].start - b[0].start);
  const text = k.ctx.text;
  ps.forEach(([p], i) => {
    const after = text.slice(endOf(p), s.end);
    if (!ROLES9_PATTERNS.mediates.test(after) && !ROLES9_PATTERNS.capacity.test(after)) return;
    let j = i;
    while (j > 0 && ROLES9_PATTERNS.coordinated.test(gap(text, ps[j - 1]![0], ps[j]![0]))) j--;
    for (const [q, qk] of ps.slice(j, i + 1)) {
      if (k.ctx.hasRelationFrom('NEGOTIATES_FOR', qk)) continue;
      const state = ownState(k, s, q);
      const sk = state ? k.stateKey(state) : undefined;
      if (sk) k.ctx.relate('NEGOTIATES_FOR', qk, sk, s.index, 'negotiates-for.mediator-own-state');
    }
  });
}

/**
 * Rule negotiates-for.his-envoy-apposition: "The Chairperson of the AU Commission, X, has dispatched his Special Envoy
 * for Sudan, Ambassador Y, to Port Sudan": Y acts for the sender, the last person named before "his", else the one
 * holder of a title named before it, else that title's organisation or state.
 */
function hisEnvoyApposition(k: RelKit, s: Sentence): void {
  const ps = k.personsIn(s.index);
  for (const [p, pk] of ps) {
    const before = k.ctx.text.slice(s.start, startOf(p));
    // The envoy title may be the person's own, read into the mention: "his [Special Envoy for Sudan, Ambassador Y]".
    const own = p.titles.some((t) => ROLES9_PATTERNS.envoyTitle.test(t.title));
    const m = ROLES9_PATTERNS.hisEnvoy.exec(before) ?? (own ? ROLES9_PATTERNS.his.exec(before) : null);
    if (!m) continue;
    const at = s.start + m.index;
    const sender = ps.filter(([q]) => endOf(q) <= at).pop();
    const ref = sender ? undefined : [...k.people.refs].reverse().find((r) => r.sentence === s.index && r.end <= at);
    // The sender gave the role: "has dispatched his Special Envoy", "facilitated by his Envoy" ("received his special
    // envoy" makes no one an envoy).
    const from = sender ? endOf(sender[0]) : ref ? ref.end : at;
    if (!ROLES9_PATTERNS.gaveRole.test(k.ctx.text.slice(from, at))) continue;
    const principal = sender ? sender[1] : ref ? (holderOf(k, ref) ?? ownerKey(k, ref)) : undefined;
    if (principal && principal !== pk)
      k.ctx.relate('NEGOTIATES_FOR', pk, principal, s.index, 'negotiates-for.his-envoy-apposition');
  }
}

/** What every match of ROLES9_PATTERNS.taskedToLead holds (`mayMatch`). */
const TASKED_TO_LEAD_NEEDS = ['negotiations', 'talks', 'consultations'];

/**
 * Rule negotiates-for.tasked-to-lead: "President X instructed his National Security Adviser, Y, to lead the
 * negotiations with Washington": the person tasked (named between the verb and "to lead") acts for their office's state,
 * else for the state of the one who gave the task.
 */
function taskedToLead(k: RelKit, s: Sentence): void {
  const m = execIf(s.text, ROLES9_PATTERNS.taskedToLead, TASKED_TO_LEAD_NEEDS);
  if (!m) return;
  const from = s.start + m.index;
  const to = from + m[0].length;
  // The one who gives the task: their state stands for a tasked person whose title has no state of its own.
  const boss = k
    .personsIn(s.index)
    .filter(([p]) => p.end <= from)
    .sort((a, b) => a[0].start - b[0].start)
    .pop();
  for (const [p, pk] of k.personsIn(s.index)) {
    if (p.start <= from || p.end >= to) continue;
    const state = ownState(k, s, p) ?? (boss ? ownState(k, s, boss[0]) : undefined);
    const sk = state ? k.stateKey(state) : undefined;
    if (sk) k.ctx.relate('NEGOTIATES_FOR', pk, sk, s.index, 'negotiates-for.tasked-to-lead');
  }
}

/**
 * Rule reports-to.aide-then-principal: "Redwan Hussien, National Security Adviser to the Prime Minister, Abiy Ahmed":
 * the name right after an aide's title "to the <leader>" in apposition is the leader the aide serves.
 */
function aideThenPrincipal(k: RelKit, s: Sentence): void {
  const ps = [...k.personsIn(s.index)].sort((a, b) => a[0].start - b[0].start);
  ps.forEach(([p, pk], i) => {
    const next = ps[i + 1];
    // An aide reports to the leader; an envoy "of the President, X" acts for X (the envoy rules).
    if (!next || !p.titles.some((t) => AIDE_TO_LEADER.test(t.title) && ROLES9_PATTERNS.aideTitle.test(t.title))) return;
    if (ROLES9_PATTERNS.principalAfter.test(k.ctx.text.slice(endOf(p), startOf(next[0]))) && next[1] !== pk)
      k.ctx.relate('REPORTS_TO', pk, next[1], s.index, 'reports-to.aide-then-principal');
  });
}

export function addRoles9Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) aideThenPrincipal(k, s);
  for (const s of k.ctx.sentences) taskedToLead(k, s);
  for (const s of k.ctx.sentences) hisEnvoyApposition(k, s);
}

/** Runs after the rules that name a mediator's principal. */
export function addRoles9Fallbacks(k: RelKit): void {
  for (const s of k.ctx.sentences) mediatorOwnState(k, s);
}
