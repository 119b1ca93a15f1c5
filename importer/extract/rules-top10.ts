// Rules of the top10 round (issue 6): the parties of events whose only stated parties are states or organisations.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/** "in Singapore", "at the United Nations": a place or venue before a name inside an event's name, no party. */
const PLACE_BEFORE = /\b(?:in|at|near|to)\s+(?:the\s+)?$/i;

/**
 * The states and organisations an event's name gives as its parties ("the Philippines–Japan Vice-Ministerial Strategic
 * Dialogue", "the 12th meeting of the Qatari-Turkish Joint Economic Committee", "consultations between Japan and Viet
 * Nam"), each once: not those named as its place ("consultations in Singapore").
 */
export function partiesInName(k: RelKit, e: Found): GazetteerHit[] {
  const seen = new Set<string>();
  return k.hitsIn(e.start, e.end).filter((h) => {
    if ((h.type !== 'State' && h.type !== 'Organization') || !k.hitKeys.has(h) || seen.has(h.name)) return false;
    if (PLACE_BEFORE.test(k.ctx.text.slice(Math.max(e.start, h.start - 12), h.start))) return false;
    seen.add(h.name);
    return true;
  });
}

/** The states and organisations the readout's named people hold offices of or stand for. */
function peoplesParties(k: RelKit): Set<string> {
  return new Set(
    k.people.clusters.flatMap((c) =>
      [c.state, ...(k.people.offices.get(c) ?? []).map((o) => o.owner)].filter((x): x is string => !!x),
    ),
  );
}

/**
 * Whether an event told without anyone who took part is named by two or more parties none of whose people the readout
 * names ("The Philippines–Japan Vice-Ministerial Strategic Dialogue convened in Manila"): such talks are known by their
 * parties. A dialogue any of whose ministers the readout names ("Foreign Secretary X and Foreign Minister Y discussed …") is
 * theirs, however loosely the text ties them to it.
 */
export function unattendedByParties(k: RelKit, e: Found): boolean {
  const parties = partiesInName(k, e);
  if (parties.length < 2) return false;
  const own = peoplesParties(k);
  return !parties.some((h) => own.has(h.name));
}
