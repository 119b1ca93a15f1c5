// The roles8 round's relation rules (issue 6, construction 8), written on the left cases of the third roles bank
// (bank-roles-3.ts): principals named by a title alone, and envoys a state sends in apposition.
import { ORGANISATION_OWN_TITLES } from './lexicons.ts';
import type { RelKit } from './rel-kit.ts';
import { holderOf } from './rules-new4.ts';
import type { TitleRef } from './types.ts';
import { startOf } from './mention-span.ts';
import { allMatches } from './text.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the roles8 rules, as named data. */
export const ROLES8_PATTERNS = {
  /** "as his Special Representative", "as her Personal Envoy": the role a sender gives. */
  asHisRole:
    /\bas\s+(?:his|her|its)\s+(?:(?:Deputy\s+)?(?:Special|Personal|special|personal)\s+)?(?:Envoy|Representative|envoy|representative|Emissary|emissary)\b/g,
  /** What the sender did: "has appointed", "dispatched", "named". */
  sendingVerb:
    /^\s*(?:has\s+|have\s+|had\s+|today\s+|also\s+)*(?:dispatched|dispatches|sent|sends|appointed|appoints|named|names|designated|designates|tasked|mandated)\b/,
  /** "China sent Li Hui, its Special Representative for Eurasian Affairs, to …": a state sends its envoy. */
  stateSent: /^\s+(?:has\s+|have\s+|also\s+)?(?:dispatched|sent|sends|dispatches)\s+$/,
  /** "Islamabad sent Defence Minister X to the talks": whom a state sends to negotiations acts for it. */
  sentToTalks: /^\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:talks|negotiations|consultations|round)\b/u,
  /** ", its Special Envoy", ", its Special Representative for …": the envoy's title after the name. */
  itsEnvoy:
    /^\s*,\s+its\s+(?:(?:Special|Personal|special|personal)\s+)?(?:Envoy|Representative|envoy|representative)\b/,
};

/**
 * The entity key of the owner of a title reference: the state or organisation it is of, else, for an organisation's
 * own title ("the Secretary-General"), the organisation that issued the readout; only when the text names it.
 */
export function ownerKey(k: RelKit, ref: TitleRef): string | undefined {
  const owner =
    ref.owner ??
    (k.people.homeOrg && ORGANISATION_OWN_TITLES.test(ref.title)
      ? { type: 'Organization' as const, name: k.people.homeOrg }
      : undefined);
  const hit = owner && k.hits.find((h) => h.type === owner.type && h.name === owner.name);
  return hit ? k.hitKeys.get(hit) : undefined;
}

/**
 * Rule negotiates-for.title-appointed: "The Secretary-General has appointed Ms. X of Ghana as his Special
 * Representative for Libya": a sender named by a title alone. X acts for the title's holder when the document names
 * exactly one, else for the organisation or state the title is of; nothing when neither is known.
 */
function titleAppointed(k: RelKit, s: Sentence): void {
  for (const m of allMatches(s.text, ROLES8_PATTERNS.asHisRole)) {
    const at = s.start + m.index;
    // The sender's title used alone is read below as a title, not counted as a second person (person.title-ref).
    const persons = k.personsIn(s.index).filter(([p]) => startOf(p) < at && p.rule !== 'person.title-ref');
    if (persons.length !== 1) continue;
    const [agent, agentKey] = persons[0]!;
    const ref = [...k.people.refs].reverse().find((r) => r.sentence === s.index && r.end <= startOf(agent));
    if (!ref || !ROLES8_PATTERNS.sendingVerb.test(k.ctx.text.slice(ref.end, startOf(agent)))) continue;
    const principal = holderOf(k, ref) ?? ownerKey(k, ref);
    if (principal && principal !== agentKey)
      k.ctx.relate('NEGOTIATES_FOR', agentKey, principal, s.index, 'negotiates-for.title-appointed');
  }
}

/**
 * Rule negotiates-for.state-sent-its-envoy: "China sent Li Hui, its Special Representative for Eurasian Affairs, to
 * Kyiv": the envoy acts for the state that sent them (not for the places they went to).
 */
function stateSentItsEnvoy(k: RelKit, s: Sentence): void {
  for (const [p, pk] of k.personsIn(s.index)) {
    const next = k.ctx.text.slice(p.end, p.end + 60);
    if (!ROLES8_PATTERNS.itsEnvoy.test(next) && !ROLES8_PATTERNS.sentToTalks.test(next)) continue;
    const state = k
      .hitsIn(s.start, startOf(p))
      .filter((h) => (h.type === 'State' || h.type === 'Organization') && !h.demonym)
      .pop();
    if (!state || !ROLES8_PATTERNS.stateSent.test(k.ctx.text.slice(state.end, startOf(p)))) continue;
    k.ctx.relate('NEGOTIATES_FOR', pk, k.hitKeys.get(state)!, s.index, 'negotiates-for.state-sent-its-envoy');
  }
}

/** Adds the roles8 round's NEGOTIATES_FOR relations. */
export function addRoles8Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    titleAppointed(k, s);
    stateSentItsEnvoy(k, s);
  }
}
