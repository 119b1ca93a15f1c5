// ent21 (issue 6): a state's name inside the name of a place that is not the state, for the gazetteer (kept apart
// from rules-ent21.ts, which reads people and titles, so that gazetteer.ts imports no person types).
import { MAJOR_CITIES } from './cities.ts';

/**
 * Rule state.inside-place-name: a state's name that is part of a place's name names the place, not the state: "Port of
 * Spain" (Trinidad and Tobago's capital), "the Gulf of Guinea", "the Bight of Benin", "the Jordan Valley", "the Niger
 * Delta", "the Congo Basin", "Northern Ireland", and a US state after a US city ("Atlanta, Georgia").
 */
export const STATE_INSIDE_PLACE = {
  id: 'state.inside-place-name',
  /** Right before the state's name ("Port of ", "Port-of-", "Gulf of ", "Bight of the "). */
  before:
    /(?:\bPort[^\S\n]+of[^\S\n]+|\bPort-of-|\b(?:Gulf|Bight)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?|\bNorthern[^\S\n]+)$/,
  /** Right after it ("Valley", "River", "Delta", "Basin", "Rift"; ent22: a barracks, "Burma Camp" in Accra). */
  after: /^[^\S\n]+(?:Valley|River|Delta|Basin|Rift|Camp|Barracks)\b/,
  /** A US city and a comma before it ("Atlanta, "): the city's state is read from `MAJOR_CITIES`. */
  cityComma: /(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*)?),[^\S\n]+$/u,
};

/** Whether the state name at [start, end) of `text` (canonical `name`) is part of a place's name (see the rule). */
export function stateInsidePlace(text: string, start: number, end: number, name: string): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (STATE_INSIDE_PLACE.before.test(before)) return true;
  if (STATE_INSIDE_PLACE.after.test(text.slice(end, end + 8))) return true;
  // "Atlanta, Georgia": the city lies in another state, so the name after it is a region of that state.
  const city = before.endsWith(' ') && STATE_INSIDE_PLACE.cityComma.exec(text.slice(Math.max(0, start - 30), start));
  const home = city ? MAJOR_CITIES[city[1]!] : undefined;
  // Only after a US city: "in Ankara, Somalia and Ethiopia agreed" names the states.
  return home === 'United States' && name !== home;
}
