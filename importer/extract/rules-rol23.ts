// The rol23 round's role rules (issue 6), written on the fourteenth, blind roles bank (bank-roles-14.ts): sides
// represented "respectively" by as many people ("The co-chairs, the EU, the OSCE and the UN, were represented by A, B
// and C respectively"), a side's negotiators "led by" someone ("Negotiators for the FARC, led by X", "The FARC
// negotiators, led by X"), a side fronted in its own clause ("For the European Union, X took the floor; …"), a side
// that appoints or designates someone as its facilitator, envoy or representative ("The East African Community
// designated former President X as facilitator of …", "The Government designated X as its representative to the
// talks"), a leader who sends a titled envoy ("President A sent Special Envoy X to Beijing") and a negotiating group's
// chair told in the sentence after the group ("The African Group of Negotiators met in Nairobi. Its chair, X of Kenya,
// said …").
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { startOf } from './mention-span.ts';
import { isSide, peopleInOrder } from './kit-people.ts';
import { homeKey, personAt, talksAround } from './rules-rol20.ts';
import { whenWord, wordGate } from './gates.ts';
import { LEADER_TITLES } from './lexicons.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Patterns of the rol23 rules, as named data. */
export const ROL23_PATTERNS = {
  /** "were represented by", "are led by", "were headed, respectively, by": the cue before the people in order. */
  representedBy: /\b(?:were|are)\s+(?:represented|led|headed)\s*,?\s*(?:respectively\s*,?\s*)?by\s+/,
  /** "… A, B and C respectively." / "…, respectively.": the list's end. */
  respectivelyEnd: /^\s*,?\s*respectively\b/,
  /** Between two people of the list: a comma, "and" or both. */
  listGap: /^\s*(?:,\s*(?:and\s+)?|and\s+)$/,
  /** Between two sides of the list: a comma, "and", "the". */
  sideGap: /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/,
  /** "Negotiators for the FARC, led by", "the negotiating team of the Government, headed by" (before the side). */
  negotiatorsFor: /\b(?:[Nn]egotiators|negotiating\s+(?:team|panel|delegation))\s+(?:for|of)\s+(?:the\s+)?$/,
  /** After the side: ", led by" / ", headed by" (a title may follow before the name). */
  ledByAfter: /^\s*,\s+(?:led|headed)\s+by\s+/,
  /** "The FARC negotiators, led by": the side, its negotiators, then ", led by". */
  sideNegotiatorsLedBy:
    /^(?:['’]s?)?\s+(?:negotiators|negotiating\s+(?:team|panel|delegation))\s*,\s+(?:led|headed)\s+by\s+/,
  /** Up to a title of four capitalised or lower-case words before the name. */
  titleGap: /^(?:\s*(?:its|his|her|their|the)?\s*(?:[\p{L}.'’-]+\s+){0,4})?$/u,
  /** "For the European Union, X took the floor" at the start of a sentence or after a semicolon. */
  frontedForBefore: /(?:^|;\s*)(?:and\s+)?For\s+(?:the\s+)?$/,
  frontedForAfter: /^\s*,\s+/,
  frontedForCue: /(?:^|;\s*)(?:and\s+)?For\s/,
  /** A verb of speaking or acting after the person of a fronted "For the X," clause. */
  // Acting at the table, not commenting: "For Australia, the Prime Minister said the talks had been useful" is no side
  // (rol15's negative), so "said" and "stated" are not read.
  frontedVerb: /^\s*(?:,\s*[^,;]{1,60},\s*)?(?:took|spoke|signed|delivered|presented|made|negotiated)\b/,
  /** "designated former President X as facilitator of", "appointed X its special envoy", "named X as its representative". */
  appointedAs: /\b(?:has\s+|have\s+)?(?:appointed|designated|named|nominated|mandated)\s+(?:former\s+)?$/,
  asRole:
    /^\s*,?\s*(?:as\s+)?(?:(?:its|the|a|their)\s+)?(?:(?:special|personal|chief|lead|principal|high)\s+)*(?:facilitator|mediator|envoy|negotiator|representative)\b/i,
  /** The sentence opens with the side that appoints: "The East African Community designated", "The Government has". */
  subjectOpening: /^\s*(?:The\s+)?$/,
  government: /^\s*The\s+Government\s+(?:has\s+|have\s+)?(?:appointed|designated|named|nominated|mandated)\s+$/,
  /** "President A sent Special Envoy X to", "dispatched Personal Envoy X to". */
  sentEnvoy:
    /^\s+(?:sent|dispatched)\s+(?:(?:his|her)\s+)?(?:(?:Special|Personal|special|personal)\s+)?(?:Envoy|envoy)\s+$/,
  /** "Its chair, X of Kenya," in the sentence after a negotiating group. */
  itsChair: /^\s*Its\s+(?:chair|chairman|chairperson|coordinator|lead\s+negotiator)\s*,\s+/,
  /** A negotiating group's name: "African Group of Negotiators", "Group of 77", "Least Developed Countries Group". */
  groupName: /\b(?:Group|Alliance|Coalition)\b/,
  /** A sentence about negotiations at a conference: a COP, talks, a round, negotiations. */
  negotiating: /\bnegotiat|\btalks\b|\bCOP\s?\d|\bconference\b|\bround\b|\bsession\b/i,
};

const P = ROL23_PATTERNS;

const relate = (k: RelKit, from: string | undefined, to: string | undefined, si: number, rule: string) => {
  if (from && to && from !== to) k.ctx.relate('NEGOTIATES_FOR', from, to, si, rule);
};

/** The sides of [from, to) in order, each joined to the one before by a comma or "and" (a list). */
function sideList(k: RelKit, from: number, to: number): GazetteerHit[] {
  const text = k.ctx.text;
  const hits = k.hitsIn(from, to).filter(isSide);
  const list: GazetteerHit[] = [];
  for (const h of hits) {
    const last = list[list.length - 1];
    if (last && h.start < last.end) continue;
    if (last && !P.sideGap.test(text.slice(last.end, h.start))) list.length = 0;
    list.push(h);
  }
  return list;
}

/**
 * Rule negotiates-for.respectively-represented: "The co-chairs, the EU, the OSCE and the UN, were represented by A, B
 * and C respectively": as many people as the list of sides just before the cue, in order, each acting for its side,
 * and none for another side of the list.
 */
function respectivelyRepresented(k: RelKit, s: Sentence): void {
  const cue = P.representedBy.exec(s.text);
  if (!cue) return;
  const at = s.start + cue.index;
  const text = k.ctx.text;
  const people: Person[] = [];
  for (const p of peopleInOrder(k, s).filter(([m]) => startOf(m) >= at + cue[0].length)) {
    const last = people[people.length - 1];
    if (last && !P.listGap.test(text.slice(last[0].to ?? last[0].end, startOf(p[0])))) break;
    people.push(p);
  }
  const last = people[people.length - 1];
  const respectively = /\brespectively\b/.test(cue[0]) || (last && P.respectivelyEnd.test(text.slice(last[0].end)));
  if (people.length < 2 || !respectively) return;
  const sides = sideList(k, s.start, at).slice(-people.length);
  if (sides.length !== people.length) return;
  const own = new Map(people.map(([, pk], i) => [pk, k.hitKeys.get(sides[i]!)]));
  const listed = new Set(own.values());
  // negotiates-for.respectively-not-crossed: no person of the list acts for another side of the list.
  k.ctx.replaceRelations(
    k.ctx.relations.filter(
      (r) =>
        !(r.type === 'NEGOTIATES_FOR' && r.sentence === s.index && own.has(r.from) && listed.has(r.to)) ||
        own.get(r.from) === r.to,
    ),
  );
  for (const [pk, to] of own) relate(k, pk, to, s.index, 'negotiates-for.respectively-represented');
}

/**
 * Rule negotiates-for.negotiators-for-led-by: "Negotiators for the FARC, led by X," / "the negotiating team of the
 * ELN, headed by X" / "The FARC negotiators, led by X": the head of a side's negotiators.
 */
function negotiatorsLedBy(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const before = P.negotiatorsFor.test(text.slice(Math.max(s.start, h.start - 40), h.start));
    const cue = before
      ? P.ledByAfter.exec(text.slice(h.end, s.end))
      : P.sideNegotiatorsLedBy.exec(text.slice(h.end, s.end));
    if (!cue) continue;
    const head = personAt(k, s, h.end + cue.index + cue[0].length, P.titleGap);
    if (head) relate(k, head[1], k.hitKeys.get(h), s.index, 'negotiates-for.negotiators-for-led-by');
  }
}

/**
 * Rule negotiates-for.fronted-for-side: "For the European Union, X took the floor; …" (a clause that opens with "For"
 * and a side, then its person and a verb of speaking or acting).
 */
function frontedForSide(k: RelKit, s: Sentence): void {
  // "for" is a common word: only a sentence holding a capitalised "For" at its start or after a semicolon is read.
  if (!P.frontedForCue.test(s.text)) return;
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    if (!P.frontedForBefore.test(text.slice(s.start, h.start))) continue;
    const comma = P.frontedForAfter.exec(text.slice(h.end, s.end));
    if (!comma) continue;
    const p = personAt(k, s, h.end + comma[0].length, P.titleGap);
    if (p && P.frontedVerb.test(text.slice(p[0].to ?? p[0].end, s.end)))
      relate(k, p[1], k.hitKeys.get(h), s.index, 'negotiates-for.fronted-for-side');
  }
}

/**
 * Rule negotiates-for.side-designated-as: "The East African Community designated former President X as facilitator
 * of the Nairobi process", "The Government designated X as its representative to the talks" (the issuer's state): the
 * side that opens the sentence appoints the person to act for it.
 */
function sideDesignatedAs(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const [p, pk] of peopleInOrder(k, s)) {
    const before = text.slice(s.start, startOf(p));
    const verb = P.appointedAs.exec(before);
    if (!verb || !P.asRole.test(text.slice(p.to ?? p.end, s.end))) continue;
    const opening = before.slice(0, verb.index);
    const side = k.hitsIn(s.start, s.start + verb.index).filter(isSide)[0];
    const to =
      side &&
      P.subjectOpening.test(text.slice(s.start, side.start)) &&
      /^\s*$/.test(text.slice(side.end, s.start + verb.index))
        ? k.hitKeys.get(side)
        : P.government.test(before) && !/\bGovernment\s+of\b/.test(s.text)
          ? homeKey(k)
          : undefined;
    if (to && !/[,;]/.test(opening)) relate(k, pk, to, s.index, 'negotiates-for.side-designated-as');
  }
}

/** Rule negotiates-for.sent-titled-envoy: "President A sent Special Envoy X to Beijing": the sending leader's envoy. */
function sentTitledEnvoy(k: RelKit, s: Sentence): void {
  const ps = peopleInOrder(k, s);
  for (let i = 1; i < ps.length; i++) {
    const [sender, envoy] = [ps[i - 1]!, ps[i]!];
    const gap = k.ctx.text.slice(sender[0].to ?? sender[0].end, envoy[0].start);
    if (!P.sentEnvoy.test(gap)) continue;
    const leader =
      k.leaders.includes(k.clusterOf.get(sender[0])!) || sender[0].titles.some((t) => LEADER_TITLES.test(t.title));
    if (leader) relate(k, envoy[1], sender[1], s.index, 'negotiates-for.sent-titled-envoy');
  }
}

/**
 * Rule negotiates-for.group-chair-next-sentence: "The African Group of Negotiators met in Nairobi ahead of COP29. Its
 * chair, X of Kenya, said …": the chair of a negotiating group (a Group, Alliance or Coalition) that opens the sentence
 * before, in negotiations.
 */
function groupChairNextSentence(k: RelKit, s: Sentence): void {
  const prev = k.ctx.sentences[s.index - 1];
  const cue = prev ? P.itsChair.exec(s.text) : null;
  if (!prev || !cue) return;
  const group = k.hitsIn(prev.start, prev.end).find((h) => h.type === 'Organization');
  if (!group || !P.groupName.test(group.name) || !P.subjectOpening.test(k.ctx.text.slice(prev.start, group.start)))
    return;
  if (!P.negotiating.test(prev.text + ' ' + s.text) && !talksAround(k, s)) return;
  const chair = personAt(k, s, s.start + cue.index + cue[0].length, P.titleGap);
  if (chair) relate(k, chair[1], k.hitKeys.get(group), s.index, 'negotiates-for.group-chair-next-sentence');
}

/** Each rule's trigger words (a sentence holding none is skipped). */
export const ROL23_GATES = {
  respectivelyRepresented: wordGate('respectively'),
  negotiatorsLedBy: wordGate('negotiators', 'negotiating'),
  frontedForSide: wordGate('for'),
  sideDesignatedAs: wordGate('appointed', 'designated', 'named', 'nominated', 'mandated'),
  sentTitledEnvoy: wordGate('sent', 'dispatched'),
  groupChairNextSentence: wordGate('its'),
};

const gated = {
  respectivelyRepresented: whenWord(ROL23_GATES.respectivelyRepresented, respectivelyRepresented),
  negotiatorsLedBy: whenWord(ROL23_GATES.negotiatorsLedBy, negotiatorsLedBy),
  frontedForSide: whenWord(ROL23_GATES.frontedForSide, frontedForSide),
  sideDesignatedAs: whenWord(ROL23_GATES.sideDesignatedAs, sideDesignatedAs),
  sentTitledEnvoy: whenWord(ROL23_GATES.sentTitledEnvoy, sentTitledEnvoy),
  groupChairNextSentence: whenWord(ROL23_GATES.groupChairNextSentence, groupChairNextSentence),
};

/** Adds the rol23 rules' relations. */
export function addRol23Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.respectivelyRepresented(k, s);
    gated.negotiatorsLedBy(k, s);
    gated.frontedForSide(k, s);
    gated.sideDesignatedAs(k, s);
    gated.sentTitledEnvoy(k, s);
    gated.groupChairNextSentence(k, s);
  }
}
