// Relation rules of round fl24b (issue 6); the round's other rules and their data are in rules-fl24b.ts, the tests of
// both in rules-fl24b.test.ts.
import type { Sentence } from '../types.ts';
import type { RelKit } from './rel-kit.ts';
import { whenWord, wordGate } from './gates.ts';
import { agentBefore } from './kit-people.ts';

/**
 * Rule negotiates-for.national-government-issuer: "The Vice President, X, signed on behalf of the National Government",
 * "Y negotiated on behalf of the Federal Government": the issuer's own government named by its kind and no state acts
 * for the issuing state (as negotiates-for.form-behalf-issuer reads "on behalf of the Sultanate"); not "the National
 * Government of X" (the state is then named, read by negotiates-for.on-behalf), not a readout without an issuer.
 */
export const NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER = {
  id: 'negotiates-for.national-government-issuer',
  behalf: /\bon\s+behalf\s+of\s+the\s+(?:[Nn]ational|[Ff]ederal|[Uu]nion|[Cc]entral)\s+Government\b(?!\s+of\b)/g,
  /** The words without which `behalf` cannot match. */
  needs: wordGate('behalf'),
};

function nationalGovernmentBehalf(k: RelKit, s: Sentence): void {
  const home = k.people.home;
  if (!home) return;
  for (const m of s.text.matchAll(NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER.behalf)) {
    const agent = agentBefore(k, s, s.start + m.index)?.[1];
    const side = k.stateKey(home);
    if (agent && side)
      k.ctx.relate('NEGOTIATES_FOR', agent, side, s.index, NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER.id);
  }
}

const gatedNationalGovernment = whenWord(NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER.needs, nationalGovernmentBehalf);

/** Adds the fl24b relation rules' relations. */
export function addFl24bRelations(k: RelKit): void {
  for (const s of k.ctx.sentences) gatedNationalGovernment(k, s);
}
