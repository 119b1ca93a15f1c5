// The rol19 round's reading of "the Secretary-General's envoy" (issue 6), shared by rol18's
// negotiates-for.sg-envoy-of-issuer and rol19's negotiates-for.body-sg-envoy: which Secretary-General a bare
// "Secretary-General's" names. Kept apart from rules-rol19.ts so that rules-rol18.ts can read it without a cycle.
import type { RelKit } from './rel-kit.ts';

/** Patterns of the Secretary-General rules, as named data. */
export const ROL19_SG_PATTERNS = {
  /** Between the envoy's title and the envoy: a complement, then a comma ("special envoy on Myanmar, X"). */
  sgComplement: /^(?:\s+(?:for|on|to)\s+[^,;.()]{1,60}?)?\s*,\s+/,
  /** A capitalised word right before "Secretary-General's": another body's ("the Commonwealth Secretary-General's"). */
  otherBodyBefore: /(\p{Lu}[\p{L}-]*)\s+$/u,
};

/**
 * Rule negotiates-for.sg-of-other-body: "the Commonwealth Secretary-General's Special Envoy" names another body's
 * Secretary-General, not the UN's (`before`: the text right before "Secretary-General's").
 */
export function sgOfOtherBody(before: string): boolean {
  const w = ROL19_SG_PATTERNS.otherBodyBefore.exec(before);
  return !!w && w[1] !== 'The';
}

/**
 * Rule negotiates-for.unnamed-sg-is-un: with no organisation named in the readout (`orgCount`) and none issuing it
 * but the UN, an unqualified "the Secretary-General's special envoy" is the UN Secretary-General's.
 */
export function unnamedSgIsUn(k: RelKit, orgCount: number): boolean {
  return orgCount === 0 && (!k.people.homeOrg || k.people.homeOrg === 'United Nations');
}
