// Rule state.capital-metonym (issue 6, roles9): wire copy names states by their capitals ("Moscow's envoy", "Beijing's
// chief negotiator", "represented Ankara at the talks", "Islamabad sent X", "Kyiv was represented by", "… and Kyiv by
// Y"). A capital is read as its state only in such a role cue, never as a bare place ("talks in Moscow").
import countries from 'world-countries';

import type { GazetteerHit } from './gazetteer.ts';
import { STATES, type StateInfo } from './states.ts';
import { alt } from './text.ts';
import { capitalActs } from './rules-ent22.ts';

/** Capitals under other spellings than world-countries gives, or without its suffix ("Washington D.C."). */
const CAPITAL_ALIASES: Record<string, string[]> = {
  UA: ['Kiev'],
  US: ['Washington'],
  IN: ['Delhi'],
  // ent22: Myanmar's capital as wire copy spells it.
  MM: ['Naypyitaw', 'Nay Pyi Taw'],
};

/** Role nouns after a capital's possessive that make it the state acting: "Moscow's envoy", "Kyiv's delegation". */
export const CAPITAL_ROLE_NOUNS =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:envoys?|negotiators?|delegations?|team|representatives?|point\s+man|point\s+person|mediators?|emissary|emissaries|side|ambassador|diplomats?|officials)\b/u;
/** A capital as the subject of sending or being represented: "Islamabad sent", "Kabul was represented by". */
export const CAPITAL_AS_SUBJECT =
  /^\s+(?:sent|dispatched|fielded|was\s+represented|were\s+represented|is\s+represented|will\s+be\s+represented)\b/;
/** A capital as the object of representing: "represented Ankara at the talks", "representing Tehran". */
export const CAPITAL_AS_OBJECT =
  /\b(?:represented|representing|represents|spoke\s+for|speaking\s+for|negotiating\s+for|negotiated\s+for)\s+$/;
/** Gapping after a represented-by clause: "…, and Kyiv by Defence Minister Y". */
export const CAPITAL_GAPPED = { before: /\b(?:and|while)\s+$/, after: /^\s+by\s+\p{Lu}/u };

function capitalTable(): Map<string, StateInfo> {
  const byIso = new Map(STATES.filter((s) => s.iso2).map((s) => [s.iso2!, s]));
  const names = new Set(STATES.flatMap((s) => s.names));
  const out = new Map<string, StateInfo>();
  for (const c of countries) {
    const state = byIso.get(c.cca2);
    if (!state) continue;
    for (const cap of [...c.capital, ...(CAPITAL_ALIASES[c.cca2] ?? [])]) {
      // A capital that is also a state's name ("Singapore", "Kuwait") is found as the state already.
      if (/\s[A-Z]\.[A-Z]\.$/.test(cap) || names.has(cap) || out.has(cap)) continue;
      out.set(cap, state);
    }
  }
  return out;
}

const CAPITALS = capitalTable();

/** The state whose capital `name` is ("Beirut" → Lebanon), if any. */
export const capitalState = (name: string): string | undefined => CAPITALS.get(name)?.name;
const RE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(CAPITALS.keys())})(?![\\p{L}\\p{N}])`, 'gu');

function roleCue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 60);
  return (
    CAPITAL_ROLE_NOUNS.test(after) ||
    CAPITAL_AS_SUBJECT.test(after) ||
    CAPITAL_AS_OBJECT.test(before) ||
    (CAPITAL_GAPPED.before.test(before) && CAPITAL_GAPPED.after.test(after)) ||
    // Rule state.capital-actor (ent22): "Kinshasa accused Kigali …", "Washington and Tehran held talks".
    capitalActs(text, start, end, (name) => CAPITALS.has(name))
  );
}

/** State mentions told by a capital in a role cue; none inside another hit. */
export function capitalMetonymHits(text: string, hits: GazetteerHit[]): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (hits.some((h) => h.start < end && h.end > start) || !roleCue(text, start, end)) continue;
    const state = CAPITALS.get(m[1]!)!;
    out.push({ type: 'State', name: state.name, surface: m[1]!, start, end, demonym: false, state, capital: true });
  }
  return out;
}
