// Thin adapter: puts the model's entity names into the ontology's canonical form with the rule extractor's own
// word lists and helpers (honorifics, name order, states, organisations), so both extractors give the same ids for the same entity.
import { slugify } from '../../graph/schema.ts';
import type { EntityLabel } from '../../graph/schema.ts';
import type { EntityProps } from '../../graph/types.ts';
import { ORGANIZATIONS } from '../extract/lexicons.ts';
import { FAMILY_FIRST_STATES, STATES, withArticle } from '../extract/states.ts';
import { HONORIFIC_RE, titleCase } from '../extract/text.ts';
import type { StateInfo } from '../extract/states.ts';

const key = (s: string): string => slugify(s.replace(/^the\s+/i, ''));

const STATE_INDEX = new Map<string, StateInfo>();
for (const s of STATES) for (const n of s.names) if (!STATE_INDEX.has(key(n))) STATE_INDEX.set(key(n), s);
for (const s of STATES) STATE_INDEX.set(key(s.name), s);

const ORG_INDEX = new Map<string, string>();
for (const [canonical, ...aliases] of ORGANIZATIONS)
  for (const n of [canonical!, ...aliases]) ORG_INDEX.set(key(n), canonical!);

/** The state a name denotes ("the Russian Federation" → Russia), or undefined. */
export function findState(name: string): StateInfo | undefined {
  return STATE_INDEX.get(key(name));
}

/**
 * Strips honorifics and restores given-name-first order as the rules do (extract/persons-resolve.ts):
 * "H.E. Mr. MOTEGI Toshimitsu" → "Toshimitsu Motegi", "Lavrov, Sergey Viktorovich" → "Sergey Viktorovich Lavrov".
 * An UPPERCASE family name written first is moved last only for two-word names of states that do not
 * customarily write the family name first (`state`, when known).
 */
export function canonicalPersonName(raw: string, state?: string): string {
  const name = raw.replace(/\s+/g, ' ').trim().replace(HONORIFIC_RE, '');
  // "Lavrov, Sergey Viktorovich" → "Sergey Viktorovich Lavrov"
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  let toks = (comma ? `${comma[2]} ${comma[1]}` : name).split(' ');
  const upperFirst = toks.length === 2 && isUpperWord(toks[0]!) && !isUpperWord(toks[1]!);
  toks = toks.map(titleCase);
  if (upperFirst && !(state && FAMILY_FIRST_STATES.has(state))) toks = [toks[1]!, toks[0]!];
  return toks.join(' ') || raw.trim();
}

const isUpperWord = (w: string): boolean => /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(w);

/** Where an office belongs, as the model's OFFICE_OF relation says (canonical name). */
export interface OfficeOwner {
  type: 'State' | 'Organization';
  name: string;
}

/** "the United Nations" but "NATO", "G20": one-word names take no article (as extract/index.ts writes them). */
const orgWithArticle = (name: string): string => (/ /.test(name) ? `the ${name}` : name);

/**
 * Completes an office title with its owner and names a state canonically: "President of the Russian
 * Federation" → "President of Russia"; "Minister for Foreign Affairs" owned by Japan → "… of Japan".
 */
export function canonicalOffice(raw: string, owner?: OfficeOwner): { name: string; title: string; state?: string } {
  const name = raw.replace(/\s+/g, ' ').trim();
  // The leftmost " of " whose rest names a state: "President of the United States of America".
  for (let at = name.indexOf(' of '); at > 0; at = name.indexOf(' of ', at + 1)) {
    const state = findState(name.slice(at + 4));
    if (state) {
      const title = name.slice(0, at);
      return { name: `${title} of ${withArticle(state.name)}`, title, state: state.name };
    }
  }
  if (!owner) return { name, title: name };
  // The title already names its owner ("Head of … at the European Commission"): nothing to complete.
  if (key(name).endsWith(key(owner.name)) || key(name).includes(`-${key(owner.name)}-`))
    return { name, title: name, state: owner.name };
  const ownerText = owner.type === 'State' ? withArticle(owner.name) : orgWithArticle(owner.name);
  return { name: `${name} of ${ownerText}`, title: name, state: owner.name };
}

/** The canonical name and label-specific properties of an entity the model named. */
export function canonicalEntity(
  type: EntityLabel,
  raw: string,
  context: { owner?: OfficeOwner; state?: string } = {},
): { name: string; props: EntityProps } {
  const trimmed = raw.replace(/\s+/g, ' ').trim();
  switch (type) {
    case 'Person':
      return { name: canonicalPersonName(trimmed, context.state), props: {} };
    case 'State': {
      const s = findState(trimmed);
      if (!s) return { name: trimmed.replace(/^the\s+/i, ''), props: {} };
      return { name: s.name, props: { ...(s.iso2 ? { iso2: s.iso2 } : {}), ...(s.iso3 ? { iso3: s.iso3 } : {}) } };
    }
    case 'Organization':
      return { name: ORG_INDEX.get(key(trimmed)) ?? trimmed.replace(/^the\s+/i, ''), props: {} };
    case 'Office': {
      const o = canonicalOffice(trimmed, context.owner);
      return { name: o.name, props: { title: o.title, ...(o.state ? { state: o.state } : {}) } };
    }
    default:
      return { name: trimmed.replace(/^the\s+/i, ''), props: {} };
  }
}
