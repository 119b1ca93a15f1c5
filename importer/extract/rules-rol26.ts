// The rol26 round's role rules (issue 6), written on the seventeenth, blind roles bank (bank-roles-17.ts): heads of
// delegation told in lines, list items or table rows after a heading ("Heads of delegation: X — A, Minister …",
// "| India | A, Additional Secretary |", "Government of X – A, Chief Negotiator; Y – B"), a signer given the side another
// signer of the sentence acts for ("signed for France by A and for Poland by B": B is not France's), and a committee's
// chair taken for a delegation's head ("chaired by Ambassador A of Ecuador"). Rule ids are what --explain prints.
import { negotiatesForCounterpartGapped } from './rules-fl27c.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { isSide } from './kit-people.ts';
import { sameEntity } from './rules-rol20.ts';
import { gatheringList, peopleListHeader } from './rules-fl15b.ts';
import { whenWord, wordGate } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol26 rules, as named data. */
export const ROL26_PATTERNS = {
  /**
   * A heading of heads of delegation, up to its colon: "Heads of delegation at the Washington meeting …:", "The
   * delegations were headed by:", "Heads of delegation:".
   */
  heading:
    /\b(?:[Hh]eads?\s+of\s+(?:the\s+)?delegations?|[Dd]elegations\s+(?:were|are)\s+(?:headed|led)\s+by)\b[^\n:;.]{0,120}:/g,
  /** Before an item's side: nothing, a list mark, a table bar, "for", "the". */
  itemOpen: /^[^\S\n]*(?:[-–—•*|][^\S\n]*)?(?:for[^\S\n]+)?(?:the[^\S\n]+)?$/i,
  /** Between an item's side and its head: a dash, colon or bar (an acronym in brackets may stand first). */
  itemLink: /^(?:[^\S\n]*\([^)\n]{1,20}\))?[^\S\n]*(?:[—–:|]|-(?=[^\S\n]))[^\S\n]*(?:the[^\S\n]+)?$/,
  /** An item's end: a new line, a semicolon, or a full stop that ends the list. */
  itemEnd: /\n|;|\.(?:\s|$)/g,
  /** Before a person: the chair of a committee or meeting, not a delegation's head ("chaired by Ambassador"). */
  chairedBy: /\b(?:co-)?(?:chaired|presided(?:\s+over)?)\s+by\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,6}$/u,
  /** What is chaired, before the cue: a gathering or body, not a side's panel ("The GRP negotiating panel was chaired by"). */
  chairedBody: /\b(?:committee|meeting|session|conference|negotiations|talks|dialogue|forum|round|plenary|summit)\b/i,
  sidesBody: /\b(?:panel|delegation|team|side)s?\b/i,
  /** "each on behalf of his party", "on behalf of their countries", "on behalf of the party": a principal by kind. */
  behalfOwn:
    /\b(each\s+)?on\s+behalf\s+of\s+(the|his|her|their)\s+(?:respective\s+)?(part(?:y|ies)|countr(?:y|ies)|governments?)\b/g,
  /** A negotiation or signing in the sentence ("negotiated by", "signed by", "concluded"). */
  negotiatedOrSigned: /\b(?:negotiat(?:ed|ing)|signed|concluded|initial(?:l)?ed)\b/,
  /** After a party's name and before its officer's: "CDU leader", "the SPD's co-leaders", "ANC Secretary-General". */
  orgOfficer:
    /^(?:['’]s?)?[^\S\n]+(?:co-)?(?:leaders?|chair(?:man|woman|person)?|president|secretary[- ]general|general[^\S\n]+secretary)[^\S\n]+$/i,
};

const P = ROL26_PATTERNS;

/** The sentence's people in text order. */
const inOrder = (k: RelKit, s: Sentence): Person[] => [...k.personsIn(s.index)].sort((a, b) => a[0].start - b[0].start);

/** The owners (State or Organization keys) of a person's offices, by the kind the cue names. */
function ownersOf(k: RelKit, p: PersonMention, kind: 'State' | 'Organization'): string[] {
  const c = k.clusterOf.get(p);
  const offices = c ? (k.people.offices.get(c) ?? []) : [];
  const keys = offices
    .map((o) => k.stateKey(o.owner))
    .filter((x): x is string => !!x && k.ctx.entity(x)?.type === kind);
  return [...new Set(keys)];
}

/**
 * Rule negotiates-for.behalf-of-own: "signed by A, Secretary of Organisation of X, and by B, Secretary General of Y,
 * each on behalf of his party"; "signed by Minister A of X and Minister B of Y on behalf of their countries"; "the deal
 * he had negotiated on behalf of the party" after "X leader A": each signer before the cue (the last one for "his",
 * "her", "the") acts for the party (an organisation) or country (a state) of their own office, when they hold one of
 * that kind only.
 */
function behalfOfOwn(k: RelKit, s: Sentence): void {
  for (const m of s.text.matchAll(P.behalfOwn)) {
    const at = s.start + m.index;
    const kind = /^part/i.test(m[3]!) ? 'Organization' : 'State';
    const before = inOrder(k, s).filter(([p]) => p.end <= at);
    const agents = m[1] || m[2] === 'their' ? before : before.slice(-1);
    for (const [p, key] of agents) {
      const owners = ownersOf(k, p, kind);
      const owner = owners.length === 1 ? owners[0] : kind === 'Organization' ? orgBefore(k, s, p) : undefined;
      if (owner && owner !== key) k.ctx.relate('NEGOTIATES_FOR', key, owner, s.index, 'negotiates-for.behalf-of-own');
    }
  }
}

/** The organisation whose officer the person is told as, right before the name ("DUP leader A"). */
function orgBefore(k: RelKit, s: Sentence, p: PersonMention): string | undefined {
  const start = Math.min(p.start, p.from ?? p.start);
  const org = k
    .hitsIn(s.start, start)
    .filter((h) => h.type === 'Organization')
    .pop();
  return org && P.orgOfficer.test(k.ctx.text.slice(org.end, start)) ? k.hitKeys.get(org) : undefined;
}

/**
 * Rule negotiates-for.org-officer-by: "The coalition agreement was negotiated by CDU leader A, CSU chairman B and the
 * SPD's co-leaders C and D": in a negotiation or signing, a party's or organisation's leader, chair, president or
 * secretary-general named right after it acts for it (co-leaders joined by "and" both).
 */
function orgOfficerBy(k: RelKit, s: Sentence): void {
  if (!P.negotiatedOrSigned.test(s.text)) return;
  const people = inOrder(k, s);
  const text = k.ctx.text;
  people.forEach(([p, key], i) => {
    let j = i;
    let org = orgBefore(k, s, p);
    // "the SPD's co-leaders C and D": D, after "and", takes C's organisation.
    while (!org && j > 0 && /^\s+and\s+$/.test(text.slice(people[j - 1]![0].end, people[j]![0].start))) {
      j--;
      org = orgBefore(k, s, people[j]![0]);
    }
    if (org && org !== key) k.ctx.relate('NEGOTIATES_FOR', key, org, s.index, 'negotiates-for.org-officer-by');
  });
}

/** The first person named in [from, to) and the sentence they are in. */
function personIn(k: RelKit, from: number, to: number): Person | undefined {
  const si = k.ctx.sentenceAt(from);
  const sj = k.ctx.sentenceAt(to);
  const people: Person[] = [];
  for (let i = si; i <= sj; i++) people.push(...k.personsIn(i));
  return people.filter(([p]) => p.start >= from && p.end <= to).sort((a, b) => a[0].start - b[0].start)[0];
}

/**
 * Rule negotiates-for.delegation-lines: after a heading of heads of delegation, each line, list item or table row that
 * opens with a side and then a dash, colon or bar gives the person named after it that side ("Egypt — A, Minister of
 * Foreign Affairs"; "| India | A, Additional Secretary |"; "Government of X – A, Chief Negotiator; Y (Z) – B"). A row
 * that opens with no side (a table's header or rule) is passed over; "Observers: …" opens with none either.
 */
function delegationLines(k: RelKit): void {
  const text = k.ctx.text;
  for (const h of text.matchAll(P.heading)) {
    let at = h.index + h[0].length;
    for (let n = 0; n < 12 && at < text.length; n++) {
      P.itemEnd.lastIndex = at;
      const stop = P.itemEnd.exec(text);
      const end = stop ? stop.index : text.length;
      if (end === at && stop?.[0] === '\n' && text.slice(at, at + 2) === '\n\n') break;
      const side = firstSide(k, at, end);
      const person = side && P.itemOpen.test(text.slice(at, side.start)) ? personAfter(k, side, end) : undefined;
      const key = side ? k.hitKeys.get(side) : undefined;
      if (person && key && person[1] !== key && !presentAtGathering(text, at))
        k.ctx.relate('NEGOTIATES_FOR', person[1], key, person[0].sentence, 'negotiates-for.delegation-lines');
      if (!stop || stop[0].startsWith('.')) break;
      at = end + 1;
    }
  }
}

/**
 * A list of those present at a summit, conference, session or ceremony, not at a meeting or talks
 * (negotiates-for.not-gathering-list, rules-fl15b.ts): its heads of delegation take part, they do not negotiate.
 */
function presentAtGathering(text: string, at: number): boolean {
  return gatheringList(text, at) && !/\bmeeting\b/i.test(peopleListHeader(text, at) ?? '');
}

/** The first side in [from, to), the longest of those that start there ("South Sudan Opposition Movements Alliance"). */
function firstSide(k: RelKit, from: number, to: number) {
  const sides = k.hitsIn(from, to).filter(isSide);
  const start = Math.min(...sides.map((h) => h.start));
  return sides.filter((h) => h.start === start).sort((a, b) => b.end - a.end)[0];
}

/** The person right after an item's side and its dash, colon or bar. */
function personAfter(k: RelKit, side: { end: number }, end: number): Person | undefined {
  const p = personIn(k, side.end, end);
  if (!p) return undefined;
  const start = Math.min(p[0].start, p[0].from ?? p[0].start);
  return P.itemLink.test(k.ctx.text.slice(side.end, Math.max(side.end, start))) ? p : undefined;
}

/** A NEGOTIATES_FOR relation to drop: from a person, to a side, in a sentence. */
type Drop = { from: string; to: string; si: number };

/**
 * Rule negotiates-for.not-other-signers-side: in one sentence, a person read as acting for two sides loses the one
 * another person of the sentence acts for alone ("signed for France by A and for Poland by Prime Minister B": B acts
 * for Poland, A for France).
 */
function otherSignersSides(k: RelKit): Drop[] {
  const nf = k.ctx.relationsOf('NEGOTIATES_FOR');
  const drops: Drop[] = [];
  for (const r of nf) {
    const mine = nf.filter((x) => x.sentence === r.sentence && sameEntity(k, x.from, r.from));
    // Two sides, both states or organisations ("special envoy of President A, headed the American team": a person and
    // a state are no two sides).
    if (new Set(mine.map((x) => k.ctx.entity(x.to)?.name)).size !== 2) continue;
    if (mine.some((x) => k.ctx.entity(x.to)?.type === 'Person')) continue;
    const others = nf.filter((x) => x.sentence === r.sentence && !sameEntity(k, x.from, r.from));
    const other = others.find((x) => sameEntity(k, x.to, r.to));
    if (!other) continue;
    // The other person acts for this side only, and this person for another side too.
    const otherSides = others.filter((x) => sameEntity(k, x.from, other.from));
    if (otherSides.every((x) => sameEntity(k, x.to, r.to))) drops.push({ from: r.from, to: r.to, si: r.sentence });
  }
  return drops;
}

/**
 * Rule negotiates-for.not-chair: "The intergovernmental negotiating committee …, chaired by Ambassador A of Ecuador,
 * adjourned": the chair of a committee or meeting is no head of a delegation (no side from that reading).
 */
function chairDrops(k: RelKit, s: Sentence, drops: Drop[]): void {
  const text = k.ctx.text;
  for (const [p, key] of k.personsIn(s.index)) {
    const start = Math.min(p.start, p.from ?? p.start);
    const cue = P.chairedBy.exec(text.slice(Math.max(s.start, start - 80), start));
    if (!cue) continue;
    const body = text.slice(s.start, start - cue[0].length);
    // "The Marshall Islands negotiating committee was chaired by": a side's own body.
    if (!P.chairedBody.test(body) || P.sidesBody.test(body) || k.hitsIn(s.start, s.start + body.length).some(isSide))
      continue;
    for (const r of k.ctx.relationsOf('NEGOTIATES_FOR'))
      if (r.sentence === s.index && r.rule === 'negotiates-for.delegation-head' && sameEntity(k, r.from, key))
        drops.push({ from: r.from, to: r.to, si: r.sentence });
  }
}

/** Each rule's trigger words (a sentence holding none is skipped). */
export const ROL26_GATES = {
  chairDrops: wordGate('chaired', 'presided'),
  behalfOfOwn: wordGate('behalf'),
  orgOfficerBy: wordGate(
    'leader',
    'leaders',
    'chairman',
    'chairwoman',
    'chair',
    'chairperson',
    'president',
    'secretary',
  ),
};

const gatedChairDrops = whenWord(ROL26_GATES.chairDrops, chairDrops);
const gatedBehalfOfOwn = whenWord(ROL26_GATES.behalfOfOwn, behalfOfOwn);
const gatedOrgOfficerBy = whenWord(ROL26_GATES.orgOfficerBy, orgOfficerBy);

/** Adds the rol26 rules' relations. */
export function addRol26Relations(k: RelKit): void {
  if (k.ctx.lowerText().includes('delegation')) delegationLines(k);
  for (const s of k.ctx.sentences) {
    gatedBehalfOfOwn(k, s);
    gatedOrgOfficerBy(k, s);
  }
  negotiatesForCounterpartGapped(k); // fl27c: "…, and his counterpart on behalf of Togo"
}

/** Drops what the rol26 negatives name (run after every rule that reads sides). */
export function dropRol26Negatives(k: RelKit): void {
  const drops = otherSignersSides(k);
  for (const s of k.ctx.sentences) gatedChairDrops(k, s, drops);
  if (!drops.length) return;
  const dropped = (r: { type: string; from: string; to: string; sentence: number }) =>
    r.type === 'NEGOTIATES_FOR' &&
    drops.some((d) => d.si === r.sentence && sameEntity(k, d.from, r.from) && sameEntity(k, d.to, r.to));
  if (k.ctx.relations.some(dropped)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !dropped(r)));
}
