// The rol31 round's role rules (issue 6), written after sorting the annotated samples' missed and false
// NEGOTIATES_FOR by cause (docs/first-look.md, rol31): envoys "of the two leaders" told before or after their names,
// an envoy's principal named by the leader's title elsewhere in the readout ("Special Envoy of the Minister of Foreign
// Affairs" where "Minister of Foreign Affairs X" is named), and an envoy's remit ("Personal Envoy for Lebanon") taken
// for the side the envoy acts for. Rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import type { PersonCluster, PersonMention } from './types.ts';
import { wordGate, whenWord } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the rol31 rules, as named data. */
export const ROL31_PATTERNS = {
  /** "special representatives of the two leaders", "the envoys of their two leaders", "personal envoys of both leaders". */
  twoLeaders:
    /\b(?:(?:special|personal)\s+)?(?:representatives|envoys|emissaries)\s+of\s+(?:the\s+|their\s+)?(?:two|both)\s+(?:leaders|heads\s+of\s+state|presidents)\b/i,
  /** An envoy's office up to its principal's title: "Special Envoy of the " (of "… of the Minister of Foreign Affairs"). */
  envoyOf:
    /^(?:(?:Deputy|Senior)\s+)?(?:Special\s+|Personal\s+)?(?:Envoy|Representative|Adviser|Advisor)\s+of\s+the\s+/,
  /** Where a principal's title may end: before " of ", " for ", " on " or " to ". */
  cut: /\s+(?:of|for|on|to)\s+/g,
};

const P = ROL31_PATTERNS;

/** The clusters that hold an office (or a bare title in a mention) of a state, other than `c`. */
const stateOf = (k: RelKit, c: PersonCluster): string | undefined => {
  const owners = new Set(
    (k.people.offices.get(c) ?? [])
      .map((o) => k.stateKey(o.owner))
      .filter((x): x is string => !!x && k.ctx.entity(x)?.type === 'State'),
  );
  return owners.size === 1 ? [...owners][0] : undefined;
};

/**
 * Rule negotiates-for.two-leaders-representatives: "Mr. A, Senior Deputy Minister, and Mr. B, Deputy Minister of the
 * Russian Federation, who serve as special representatives of the two leaders, …", "contacts between the special
 * representatives of the two leaders, Deputy Minister B and Senior Deputy Minister A": each person of the sentence who
 * is no leader acts for the readout's leader of their own state. Two people given one leader give nothing (a title
 * read with the wrong state), nor does a person whose state has no leader named or several.
 */
function twoLeadersRepresentatives(k: RelKit, s: Sentence): void {
  if (!P.twoLeaders.test(s.text)) return;
  const leaderOf = (state: string) => {
    const ls = k.leaders.filter((b) => stateOf(k, b) === state);
    return ls.length === 1 ? ls[0] : undefined;
  };
  const pairs: [string, PersonCluster][] = [];
  for (const [p, pk] of k.personsIn(s.index)) {
    const c = k.clusterOf.get(p);
    if (!c || k.leaders.includes(c)) continue;
    const st = stateOf(k, c);
    const boss = st ? leaderOf(st) : undefined;
    if (boss && boss !== c && !pairs.some(([x]) => x === pk)) pairs.push([pk, boss]);
  }
  if (pairs.length < 2 || new Set(pairs.map(([, b]) => b)).size !== pairs.length) return;
  for (const [pk, boss] of pairs)
    k.ctx.relate('NEGOTIATES_FOR', pk, k.key(boss), s.index, 'negotiates-for.two-leaders-representatives');
}

/**
 * The titles an envoy's office may name its principal by, longest first: "Special Envoy of the Minister of Foreign
 * Affairs of Qatar" → "Minister of Foreign Affairs of Qatar", "Minister of Foreign Affairs", "Minister".
 */
export function envoyPrincipalTitles(title: string): string[] {
  const m = P.envoyOf.exec(title);
  if (!m) return [];
  const rest = title.slice(m[0].length);
  if (!/^[A-Z]/.test(rest)) return [];
  const ends = [...rest.matchAll(P.cut)].map((x) => x.index);
  return [rest.length, ...ends.reverse()].map((e) => rest.slice(0, e));
}

/** Whether a mention carries `title` with no owner, or with `owner` as its owner. */
const carries = (m: PersonMention, title: string, owner: string): boolean =>
  m.titles.some((t) => !t.former && t.title === title && (!t.owner || t.owner.name === owner));

/**
 * Rule negotiates-for.envoy-principal-named: "Mr A, Special Envoy of the Minister of Foreign Affairs" in a readout that
 * names "Minister of Foreign Affairs B" (a bare title, or one of the envoy's own state or organisation): A acts for B,
 * not for the office's owner (GUIDE: a person principal when the text names one). One such holder only; none, or
 * several, leave the owner.
 */
function envoyPrincipalNamed(k: RelKit): void {
  const drop: { from: string; to: string }[] = [];
  for (const r of k.ctx.relationsOf('NEGOTIATES_FOR')) {
    if (r.rule !== 'negotiates-for.envoy-of-state') continue;
    const c = k.people.clusters.find((x) => k.key(x) === r.from);
    const office = c && (k.people.offices.get(c) ?? []).find((o) => k.stateKey(o.owner) === r.to);
    if (!c || !office) continue;
    // The longest of the principal's possible titles that someone named carries.
    const holders =
      envoyPrincipalTitles(office.title)
        .map((t) => k.people.clusters.filter((b) => b !== c && b.mentions.some((m) => carries(m, t, office.owner))))
        .find((hs) => hs.length) ?? [];
    if (holders.length !== 1) continue;
    k.ctx.relate('NEGOTIATES_FOR', r.from, k.key(holders[0]!), r.sentence, 'negotiates-for.envoy-principal-named');
    drop.push({ from: r.from, to: r.to });
  }
  if (drop.length)
    k.ctx.replaceRelations(
      k.ctx.relations.filter(
        (r) =>
          !(
            r.type === 'NEGOTIATES_FOR' &&
            r.rule === 'negotiates-for.envoy-of-state' &&
            drop.some((d) => d.from === r.from && d.to === r.to)
          ),
      ),
    );
}

/**
 * Rule negotiates-for.envoy-remit-not-side: "his Personal Envoy for Lebanon, Mr X": an envoy's office whose remit
 * names its owner ("for Lebanon") was given that state as owner; the envoy is sent to it and acts for no one there.
 */
function envoyRemitNotSide(k: RelKit): void {
  const remit = (r: { from: string; to: string; rule?: string }): boolean => {
    if (r.rule !== 'negotiates-for.envoy-of-state') return false;
    const c = k.people.clusters.find((x) => k.key(x) === r.from);
    const name = k.ctx.entity(r.to)?.name;
    if (!c || !name) return false;
    return (k.people.offices.get(c) ?? []).some((o) => o.owner === name && remitNamesOwner(o.title, name));
  };
  const rels = k.ctx.relations;
  if (rels.some((r) => r.type === 'NEGOTIATES_FOR' && remit(r)))
    k.ctx.replaceRelations(rels.filter((r) => !(r.type === 'NEGOTIATES_FOR' && remit(r))));
}

/** Rule negotiates-for.envoy-remit-not-side: whether an envoy's title ends in its remit "for <owner>". */
export const remitNamesOwner = (title: string, owner: string): boolean =>
  /\b(?:Envoy|Representative|Emissary|Coordinator)\b/.test(title) &&
  title.endsWith(owner) &&
  /\bfor\s+(?:the\s+)?$/.test(title.slice(0, title.length - owner.length));

/** Each rule's trigger words (a sentence holding none is skipped). */
export const ROL31_GATES = {
  twoLeaders: wordGate('leaders', 'presidents', 'heads'),
};

const gatedTwoLeaders = whenWord(ROL31_GATES.twoLeaders, twoLeadersRepresentatives);

/** Adds the rol31 rules' relations and takes back what they show wrong. */
export function addRol31Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) gatedTwoLeaders(k, s);
  envoyRemitNotSide(k);
  envoyPrincipalNamed(k);
}
