// The rol22 round's role rules (issue 6), written on the thirteenth, blind roles bank (bank-roles-13.ts), whose
// passages tell the role across sentences: a delegation or team introduced in one sentence and its head in the next
// ("A Saudi delegation arrived … for talks with the Houthis. It is led by Ambassador X."; "Its chief negotiator is X";
// "The head of the delegation was X"; "Qatar has mediated the talks … Its mediator, Minister of State X, …"), two
// sides named in one sentence and their heads in order in the next ("A and B each sent a delegation to the talks. They
// were headed respectively by X and Y."; "Leading the two delegations were X, …, and Y, …"), a second clause with its
// verb or noun gapped after a first one that already gave a side ("X headed the American delegation and Y the Iranian
// one"; "Apostolidis heads the Greek team …; Önal, the Turkish."; "Y heads the TPLF's."), a side's possessive team as
// the label of a colon list ("Palau's negotiating team: A (chair), B and C"), "for"-items after a colon ("The heads of
// delegation were: for the Government of Sudan, A; for the SPLM-North, B"), and a member of a side's negotiating team
// or delegation in apposition ("X, a member of the ELN's peace delegation,"; "X, one of the Government's
// plenipotentiaries in the talks,").
// Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';
import { endOf, startOf } from './mention-span.ts';
import { isSide, peopleInOrder as ordered } from './kit-people.ts';
import { homeKey, personAt, sameEntity, talksAround } from './rules-rol20.ts';
import { whenWord, wordGate } from './gates.ts';
import { addRol22MoreRelations } from './rules-rol22-more.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** Up to six words (a title) between a cue and the name. */
const TITLE_GAP = /^(?:\s*[\p{L}.'’-]+){0,6}\s*$/u;

/** Patterns of the rol22 rules, as named data. */
export const ROL22_PATTERNS = {
  /** "It is led by", "The delegation was headed by", "The team is chaired by": the head of the team just told. */
  ledNext:
    /^\s*(?:It|The\s+(?:delegation|team|panel|mission))\s+(?:is|was|will\s+be|has\s+been)\s+(?:led|headed|chaired|coordinated)\s+by\s+/,
  /** "Its chief negotiator is", "The head of the delegation was", "The delegation's leader is". */
  headIsNext:
    /^\s*(?:(?:Its|The\s+(?:delegation|team|panel)['’]s)\s+(?:(?:chief|lead|principal)\s+negotiator|head|leader|chair(?:man|person)?)|The\s+(?:head|leader|chair(?:man|person)?)\s+of\s+the\s+(?:delegation|team|panel))\s+(?:is|was)\s+/,
  /** "Its mediator, Minister of State X,", "Its High Representative for the Horn of Africa, former President X,". */
  roleNext:
    /^\s*Its\s+(?:(?:special|personal|chief|lead|high|senior)\s+)*(?:mediator|envoy|representative|negotiator|facilitator)\b[^,.;]{0,80}?,\s+/i,
  /** After a side: its team ("Saudi delegation", "Serbia's team", "ECOWAS mediation delegation"). */
  teamAfterSide:
    /^(?:['’]s?)?\s+(?:(?:negotiating|negotiation|mediation|peace|government)\s+)?(?:delegation|team|panel|mission)\b/,
  /** Before a side: "A delegation of the", "the team of". */
  teamBeforeSide: /\b(?:delegation|team|mission)\s+of\s+(?:the\s+)?$/i,
  /** A side as the sentence's subject, after a dateline at most: "DOHA (AFP) - Qatar has …", "The African Union has". */
  subjectBefore: /^\s*(?:[^\n.;]{0,60}?\([^()]{1,30}\)\s*[-–—]+\s+|[\p{Lu}\s,]+[-–—:]\s+)?(?:The\s+)?$/u,
  /** "They were headed respectively by", "Leading the two delegations were", "The two teams were led by". */
  twoInOrder:
    /\b(?:(?:Leading|Heading)\s+the\s+two\s+(?:delegations|teams|sides)\s+were|(?:They|The\s+two\s+(?:delegations|teams|sides))\s+were\s+(?:led|headed)\s*,?\s*(?:respectively\s*,?\s*)?by)\s+/,
  /** After a side that a person was read to act for: its noun, then "and" or a comma or semicolon to the next clause. */
  gapAfterFirst:
    /^(?:\s+(?:one|side|team|delegation|panel))?(?:['’]s?)?(?:\s+(?:in|at|for)\s+the\s+[^,;.]{1,40}?)?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u,
  /** Between the second person and its side: ", the" or " the" (the verb and the role gapped). */
  gapBeforeSecond: /^\s*,?\s+(?:the\s+)?$/,
  /** After the second side: "one", or a possessive with its noun elided, then the clause's end. */
  endOfSecond: /^(?:\s+one\b|['’]s?)?\s*(?:[.;]|$)/,
  /** "Y heads the TPLF's.": a leading verb, a side's possessive and the clause's end (the team told before). */
  leadsElided: /^\s+(?:heads|leads|headed|led|chairs|chaired)\s+(?:the\s+)?$/,
  elidedEnd: /^['’]s?\s*(?:[.;]|$)/,
  teamWord: /\b(?:delegation|team|panel|side)\b/,
  /** "Palau's negotiating team: A (chair), B and C." */
  teamColon: /^['’]s?\s+(?:negotiating|negotiation)\s+(?:team|delegation)\s*:\s+/,
  /** "The heads of delegation were: for the Government of Sudan, A; for the SPLM-North, B." */
  colonCue: /\b(?:heads?\s+of\s+(?:the\s+)?delegations?|negotiators|representatives|delegations)\s+(?:were|are)\s*:/i,
  forItemBefore: /(?::|;)\s*for\s+(?:the\s+)?(?:(?:Government|government)\s+of\s+(?:the\s+)?)?$/,
  forItemAfter: /^\s*,\s*/,
  /** "X, a member of the ELN's peace delegation", "X, one of the Government's plenipotentiaries". */
  memberOf: /^\s*,\s+(?:(?:one|two)\s+of|(?:a\s+)?(?:senior\s+)?member\s+of)\s+(?:the\s+)?/,
  memberTeam:
    /^['’]s?\s+(?:(?:peace|negotiating|negotiation)\s+(?:delegation|team|panel)|negotiators|plenipotentiaries|negotiating\s+delegation)\b/,
  /** "Heading the Qatari delegation was X", "Leading Kenya's team is X" (inverted, one side). */
  invertedHeading: /(?:^|[.;]\s+|,\s+)(?:Heading|Leading)\s+(?:the\s+)?$/,
  invertedAfter:
    /^(?:['’]s?)?(?:\s+(?:(?:negotiating|negotiation|government)\s+)?(?:delegation|team|side|panel))?\s+(?:was|is)\s+/,
  /** A side's hit that holds its team noun ("the Qatari delegation"). */
  teamInHit: /\s(?:delegation|team|side|panel)$/i,
  teamNounAfter: /^(?:['’]s?)?\s+(?:(?:negotiating|negotiation|government)\s+)?(?:delegation|team|side|panel)\b/,
  /** "His deputy, X, chaired …" after a sentence that gave its leader a side. */
  deputyNext: /^\s*(?:His|Her)\s+(?:deputy|deputy\s+chief\s+negotiator|deputy\s+head)\s*,\s+/,
  /** "The Indonesian negotiating delegation, consisting of A and B," (a negotiating team's members). */
  teamConsisting:
    /^(?:['’]s?)?\s+(?:negotiating|negotiation)\s+(?:team|delegation)\s*,?\s+(?:consisting\s+of|comprising|composed\s+of|made\s+up\s+of)\s+/,
  /** "Kosovo's chief negotiator and First Deputy Prime Minister X": a role and an office coordinated before the name. */
  roleAndTitle: /^['’]s?\s+(?:(?:chief|lead|principal|top)\s+)?negotiator\s+and\s+/,
  /** "He represents the TPLF in the talks", "She leads the Fijian delegation": the subject of the sentence before. */
  pronounRepresents:
    /^\s*(?:He|She)\s+(?:represents|is\s+representing|will\s+represent|leads|heads|is\s+leading|is\s+heading|will\s+lead|will\s+head)\s+(?:the\s+)?/,
  /** The subject of the sentence before: its first person, at most after an honorific or a title of three words. */
  subjectOpening:
    /^\s*(?:[^\n.;]{0,60}?\([^()]{1,30}\)\s*[-–—]+\s+|[\p{Lu}\s,]+[-–—:]\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/u,
  /** "X, in charge of border affairs, led the Cambodian side": an apposition between the agent and the verb. */
  appositionLeads: /^\s*,\s+[^,;]{1,60},\s+(?:led|headed|leads|heads)\s+(?:the\s+)?$/,
  /** "Two mediators took part: Qatar's Prime Minister A and Egypt's intelligence chief B." */
  pluralRoleColon:
    /\b(?:co-mediators|mediators|co-facilitators|guarantors|chief\s+negotiators|negotiators|envoys|plenipotentiaries)\b[^:;.]{0,30}:\s+/gi,
  colonListEnd: /[;.]|,\s+(?!and\b)[a-z]/,
  possessiveItem: /^(?:\s*(?:,|and)\s*)*(?:the\s+)?$/,
  governmentMember:
    /^\s*,\s+(?:(?:one|two)\s+of|(?:a\s+)?(?:senior\s+)?member\s+of)\s+the\s+[Gg]overnment['’]s\s+(?:(?:peace|negotiating|negotiation)\s+(?:delegation|team|panel)|negotiators|plenipotentiaries)\b/,
};

const P = ROL22_PATTERNS;

const relate = (k: RelKit, from: string | undefined, to: string | undefined, si: number, rule: string) => {
  if (from && to && from !== to) k.ctx.relate('NEGOTIATES_FOR', from, to, si, rule);
};

/** The first side of `prev` told with a team ("A Saudi delegation", "Serbia's team", "A delegation of the ELN"). */
function teamSideOf(k: RelKit, prev: Sentence): GazetteerHit | undefined {
  const text = k.ctx.text;
  return k
    .hitsIn(prev.start, prev.end)
    .filter(isSide)
    .find(
      (h) =>
        P.teamAfterSide.test(text.slice(h.end, prev.end)) ||
        /\s(?:delegation|team|side)$/i.test(h.surface) ||
        P.teamBeforeSide.test(text.slice(prev.start, h.start)),
    );
}

/** The side `prev` opens with as its subject ("Qatar has mediated …", "The African Union has taken charge …"). */
function subjectSideOf(k: RelKit, prev: Sentence): GazetteerHit | undefined {
  const first = k.hitsIn(prev.start, prev.end).find(isSide);
  return first && P.subjectBefore.test(k.ctx.text.slice(prev.start, first.start)) ? first : undefined;
}

/**
 * Rule negotiates-for.team-next-sentence: "A Saudi delegation arrived in Sanaa for talks with the Houthis. It is led by
 * Ambassador X." / "Its chief negotiator is X." / "The head of the delegation was X." (the side of the team the sentence
 * before tells); "Qatar has mediated the talks … Its mediator, Minister of State X, met …" (the side the sentence before
 * opens with): in talks or mediation, never at a summit.
 */
function teamNextSentence(k: RelKit, s: Sentence): void {
  const prev = k.ctx.sentences[s.index - 1];
  if (!prev) return;
  const team = P.ledNext.exec(s.text) ?? P.headIsNext.exec(s.text);
  const role = team ? null : P.roleNext.exec(s.text);
  if (!team && !role) return;
  const side = team ? teamSideOf(k, prev) : subjectSideOf(k, prev);
  if (!side || !talksAround(k, s)) return;
  const agent = personAt(k, s, s.start + (team ?? role)![0].length, TITLE_GAP);
  relate(k, agent?.[1], k.hitKeys.get(side), s.index, 'negotiates-for.team-next-sentence');
}

/** The distinct sides of a span in order, by entity key. */
function sidesInOrder(k: RelKit, from: number, to: number): string[] {
  const keys: string[] = [];
  for (const h of k.hitsIn(from, to).filter(isSide)) {
    const key = k.hitKeys.get(h);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * Rule negotiates-for.two-delegations-in-order: "The Government of Yemen and Ansar Allah each sent a delegation to the
 * talks in Bern. They were headed respectively by A and B."; "Delegations of Saudi Arabia and Iran held talks in
 * Beijing. Leading the two delegations were A, …, and B, …": the two sides named before the cue (in its sentence or the
 * one before), the two people after it, in order.
 */
function twoDelegationsInOrder(k: RelKit, s: Sentence): void {
  const m = P.twoInOrder.exec(s.text);
  if (!m || !talksAround(k, s)) return;
  const at = s.start + m.index;
  const here = sidesInOrder(k, s.start, at);
  const prev = k.ctx.sentences[s.index - 1];
  const sides = here.length ? here : prev ? sidesInOrder(k, prev.start, prev.end) : [];
  const stop = /;/.exec(k.ctx.text.slice(at, s.end));
  const end = stop ? at + stop.index : s.end;
  const people = ordered(k, s).filter(([p]) => startOf(p) >= at + m[0].length && p.end <= end);
  if (sides.length !== 2 || people.length !== 2) return;
  if (!/\band\b/.test(k.ctx.text.slice(endOf(people[0]![0]), startOf(people[1]![0])))) return;
  people.forEach(([, pk], i) => relate(k, pk, sides[i], s.index, 'negotiates-for.two-delegations-in-order'));
}

/** The sides that person `pk` was read to act for in sentence `s`, with their hits in `s` after `after`. */
function sidesReadFor(k: RelKit, s: Sentence, pk: string, after: number): GazetteerHit[] {
  const keys = new Set(
    k.ctx.relations
      .filter((r) => r.type === 'NEGOTIATES_FOR' && r.sentence === s.index && r.from === pk)
      .map((r) => r.to),
  );
  const keyOf = (h: GazetteerHit) => k.hitKeys.get(h) ?? k.stateKey(h.name) ?? '';
  return k.hitsIn(after, s.end).filter((h) => isSide(h) && [...keys].some((key) => sameEntity(k, key, keyOf(h))));
}

/**
 * Rule negotiates-for.gapped-second-side: after a clause that gave a person a side, "… and Y the Iranian one", "…; Y,
 * the Turkish.", "…, and Y the Platform's": the second person acts for the second side, the verb and the role gapped.
 */
function gappedSecondSide(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  const people = ordered(k, s);
  people.forEach(([p1, pk1], i) => {
    const second = people[i + 1];
    if (!second) return;
    const [p2, pk2] = second;
    const first = sidesReadFor(k, s, pk1, endOf(p1)).find((h) => P.gapAfterFirst.test(text.slice(h.end, startOf(p2))));
    if (!first) return;
    const side = k.hitsIn(p2.end, s.end).find((h) => isSide(h) && P.gapBeforeSecond.test(text.slice(p2.end, h.start)));
    if (!side || side.name === first.name || !P.endOfSecond.test(text.slice(side.end, s.end))) return;
    relate(k, pk2, k.hitKeys.get(side), s.index, 'negotiates-for.gapped-second-side');
  });
}

/**
 * Rule negotiates-for.leads-elided-team: "Redwan leads the government delegation; Getachew Reda heads the TPLF's.": a
 * leading verb before a side's possessive whose noun is elided, a team told earlier in the sentence, in talks.
 */
function leadsElidedTeam(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    if (!P.elidedEnd.test(text.slice(h.end, s.end))) continue;
    const agent = ordered(k, s)
      .filter(([p]) => p.end <= h.start)
      .pop();
    if (!agent || !P.leadsElided.test(text.slice(agent[0].end, h.start))) continue;
    if (!P.teamWord.test(text.slice(s.start, startOf(agent[0]))) || !talksAround(k, s)) continue;
    relate(k, agent[1], k.hitKeys.get(h), s.index, 'negotiates-for.leads-elided-team');
  }
}

/**
 * Rules negotiates-for.team-colon-list and negotiates-for.colon-for-items: "Palau's negotiating team: A (chair), B and
 * C." (each for the side); "The heads of delegation were: for the Government of Sudan, A; for the SPLM-North, B." (each
 * for the side of its item); in talks.
 */
function colonLists(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  let talks: boolean | undefined;
  const inTalks = () => (talks ??= talksAround(k, s));
  const cue = P.colonCue.exec(s.text);
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const label = P.teamColon.exec(text.slice(h.end, s.end));
    if (label && inTalks()) {
      const from = h.end + label[0].length;
      const stop = /;/.exec(text.slice(from, s.end));
      const to = stop ? from + stop.index : s.end;
      for (const [p, pk] of ordered(k, s))
        if (startOf(p) >= from && p.end <= to) relate(k, pk, key, s.index, 'negotiates-for.team-colon-list');
    }
    if (!cue || h.start < s.start + cue.index || !P.forItemBefore.test(text.slice(s.start, h.start))) continue;
    const comma = P.forItemAfter.exec(text.slice(h.end, s.end));
    const named = comma && inTalks() ? personAt(k, s, h.end + comma[0].length, TITLE_GAP) : undefined;
    if (named && /^\s*(?:[;.]|$)/.test(text.slice(endOf(named[0]), s.end)))
      relate(k, named[1], key, s.index, 'negotiates-for.colon-for-items');
  }
}

/**
 * Rule negotiates-for.member-of-sides-team: "X, a member of the ELN's peace delegation,"; "X, one of the Government's
 * plenipotentiaries in the talks with the ELN," (the issuer's state): a member of a side's negotiating team, in talks.
 */
function memberOfSidesTeam(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  let talks: boolean | undefined;
  const inTalks = () => (talks ??= talksAround(k, s));
  for (const [p, pk] of ordered(k, s)) {
    // After the name itself: the apposition may be read as the person's title too ("member of the ELN").
    const after = text.slice(p.end, s.end);
    if (P.governmentMember.test(after) && inTalks())
      relate(k, pk, homeKey(k), s.index, 'negotiates-for.member-of-sides-team');
    const member = P.memberOf.exec(after);
    if (!member) continue;
    const at = p.end + member[0].length;
    const side = k.hitsIn(at, s.end).find((h) => isSide(h) && h.start === at);
    if (side && P.memberTeam.test(text.slice(side.end, s.end)) && inTalks())
      relate(k, pk, k.hitKeys.get(side), s.index, 'negotiates-for.member-of-sides-team');
  }
}

/**
 * Rules negotiates-for.inverted-heading, negotiates-for.team-consisting-of and negotiates-for.role-and-title: in talks,
 * "Heading the Qatari delegation was Dr X"; "The Indonesian negotiating delegation, consisting of A and B, met …" (each
 * member); "Kosovo's chief negotiator and First Deputy Prime Minister X said" (no talks needed: the role says it).
 */
function sideTeamForms(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  let talks: boolean | undefined;
  const inTalks = () => (talks ??= talksAround(k, s));
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    const key = k.hitKeys.get(h);
    const after = text.slice(h.end, s.end);
    const teamTold = P.teamInHit.test(h.surface) || P.teamNounAfter.test(after);
    const inverted =
      teamTold && P.invertedHeading.test(text.slice(s.start, h.start)) ? P.invertedAfter.exec(after) : null;
    if (inverted && inTalks())
      relate(
        k,
        personAt(k, s, h.end + inverted[0].length, TITLE_GAP)?.[1],
        key,
        s.index,
        'negotiates-for.inverted-heading',
      );
    const consisting = P.teamConsisting.exec(after);
    if (consisting && inTalks())
      for (const [, pk] of listAt(k, s, h.end + consisting[0].length))
        relate(k, pk, key, s.index, 'negotiates-for.team-consisting-of');
    const role = P.roleAndTitle.exec(after);
    if (role)
      relate(k, personAt(k, s, h.end + role[0].length, TITLE_GAP)?.[1], key, s.index, 'negotiates-for.role-and-title');
  }
}

/** The people of `s` from `from` joined by commas and "and", each with a title of up to six words before. */
function listAt(k: RelKit, s: Sentence, from: number): Person[] {
  const text = k.ctx.text;
  const out: Person[] = [];
  let at = from;
  for (const [p, pk] of ordered(k, s)) {
    if (p.start < at) continue;
    const gap = text.slice(at, p.start);
    if (!(out.length ? /^\s*(?:,\s*)?(?:and\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/u : TITLE_GAP).test(gap)) break;
    out.push([p, pk]);
    at = p.end;
  }
  return out;
}

/**
 * Rules negotiates-for.deputy-next-sentence and reports-to.deputy-next-sentence: "David Frost led the UK team. His
 * deputy, Oliver Lewis, chaired the sessions on …": the deputy acts for the side the sentence before gave its first
 * person, and reports to that person.
 */
function deputyNextSentence(k: RelKit, s: Sentence): void {
  const m = P.deputyNext.exec(s.text);
  const prev = m ? k.ctx.sentences[s.index - 1] : undefined;
  if (!m || !prev) return;
  const lead = ordered(k, prev)[0];
  const deputy = personAt(k, s, s.start + m[0].length);
  if (!lead || !deputy || deputy[1] === lead[1]) return;
  const sides = k.ctx.relations
    .filter((r) => r.type === 'NEGOTIATES_FOR' && r.sentence === prev.index && r.from === lead[1])
    .map((r) => r.to);
  if (!sides.length) return;
  for (const to of new Set(sides)) relate(k, deputy[1], to, s.index, 'negotiates-for.deputy-next-sentence');
  k.ctx.relate('REPORTS_TO', deputy[1], lead[1], s.index, 'reports-to.deputy-next-sentence');
}

/**
 * Rule negotiates-for.pronoun-represents: "Getachew Reda arrived in Pretoria on Monday. He represents the TPLF in the
 * talks …": the person the sentence before opens with acts for the side right after the verb (with its team, or
 * "represents"), in talks.
 */
function pronounRepresents(k: RelKit, s: Sentence): void {
  const m = P.pronounRepresents.exec(s.text);
  const prev = m ? k.ctx.sentences[s.index - 1] : undefined;
  if (!m || !prev) return;
  const subject = ordered(k, prev)[0];
  if (!subject || !P.subjectOpening.test(k.ctx.text.slice(prev.start, startOf(subject[0])))) return;
  const at = s.start + m[0].length;
  const side = k.hitsIn(at, s.end).find((h) => isSide(h) && h.start === at);
  if (!side || !talksAround(k, s)) return;
  const after = k.ctx.text.slice(side.end, s.end);
  const team = P.teamInHit.test(side.surface) || P.teamNounAfter.test(after);
  if (!team && !/represent/.test(m[0])) return;
  relate(k, subject[1], k.hitKeys.get(side), s.index, 'negotiates-for.pronoun-represents');
}

/**
 * Rules negotiates-for.apposition-leads and negotiates-for.plural-role-colon: in talks, "Senior Minister X, in charge of
 * border affairs, led the Cambodian side" (an apposition between the agent and the verb); "Two mediators took part:
 * Qatar's Prime Minister A and Egypt's intelligence chief B" (each for the possessive opening its item).
 */
function appositionAndColonRoles(k: RelKit, s: Sentence): void {
  const text = k.ctx.text;
  if (!talksAround(k, s)) return;
  for (const h of k.hitsIn(s.start, s.end).filter(isSide)) {
    if (!P.teamInHit.test(h.surface) && !P.teamNounAfter.test(text.slice(h.end, s.end))) continue;
    const agent = ordered(k, s)
      .filter(([p]) => p.end <= h.start && P.appositionLeads.test(text.slice(p.end, h.start)))
      .pop();
    relate(k, agent?.[1], k.hitKeys.get(h), s.index, 'negotiates-for.apposition-leads');
  }
  for (const m of s.text.matchAll(P.pluralRoleColon)) {
    const from = s.start + m.index + m[0].length;
    const stop = P.colonListEnd.exec(text.slice(from, s.end));
    const to = stop ? from + stop.index : s.end;
    let prev = from;
    for (const [p, pk] of ordered(k, s).filter(([q]) => startOf(q) >= from && q.end <= to)) {
      const side = k
        .hitsIn(prev, p.start)
        .find(
          (h) =>
            isSide(h) &&
            /^['’]s?\s/.test(text.slice(h.end, h.end + 3)) &&
            P.possessiveItem.test(text.slice(prev, h.start)),
        );
      if (side) relate(k, pk, k.hitKeys.get(side), s.index, 'negotiates-for.plural-role-colon');
      prev = p.end;
    }
  }
}

/** The words one of which every sentence a rol22 rule acts on holds (gates.ts), from its patterns. */
export const ROL22_GATES = {
  /** teamNextSentence: the opening words of ledNext, headIsNext and roleNext. */
  teamNextSentence: wordGate('it', 'its', 'delegation', 'team', 'panel', 'mission'),
  /** twoDelegationsInOrder: twoInOrder's "two" or "respectively". */
  twoDelegationsInOrder: wordGate('two', 'respectively'),
  /** leadsElidedTeam: leadsElided's verbs. */
  leadsElidedTeam: wordGate('heads', 'leads', 'headed', 'led', 'chairs', 'chaired'),
  /** colonLists: teamColon's "negotiating"/"negotiation", colonCue's "were"/"are". */
  colonLists: wordGate('negotiating', 'negotiation', 'were', 'are'),
  /** memberOfSidesTeam: memberOf's "member" or "one"/"two of". */
  memberOfSidesTeam: wordGate('member', 'of'),
  /** sideTeamForms: invertedHeading's verbs, teamConsisting's verbs, roleAndTitle's "negotiator". */
  sideTeamForms: wordGate('heading', 'leading', 'consisting', 'comprising', 'composed', 'made', 'negotiator'),
  /** pronounRepresents: the verbs of pronounRepresents. */
  pronounRepresents: wordGate([
    'represents',
    'representing',
    'represent',
    'leads',
    'heads',
    'leading',
    'heading',
    'lead',
    'head',
  ]),
  /** appositionAndColonRoles: appositionLeads' verbs, pluralRoleColon's nouns. */
  appositionAndColonRoles: wordGate(
    ['led', 'headed', 'leads', 'heads'],
    ['mediators', 'co-mediators', 'facilitators', 'guarantors', 'negotiators', 'envoys', 'plenipotentiaries'].filter(
      (w) => !w.includes('-'),
    ),
  ),
  /** deputyNextSentence: "deputy". */
  deputyNextSentence: wordGate('deputy'),
};

const gated = {
  teamNextSentence: whenWord(ROL22_GATES.teamNextSentence, teamNextSentence),
  twoDelegationsInOrder: whenWord(ROL22_GATES.twoDelegationsInOrder, twoDelegationsInOrder),
  leadsElidedTeam: whenWord(ROL22_GATES.leadsElidedTeam, leadsElidedTeam),
  colonLists: whenWord(ROL22_GATES.colonLists, colonLists),
  memberOfSidesTeam: whenWord(ROL22_GATES.memberOfSidesTeam, memberOfSidesTeam),
  sideTeamForms: whenWord(ROL22_GATES.sideTeamForms, sideTeamForms),
  deputyNextSentence: whenWord(ROL22_GATES.deputyNextSentence, deputyNextSentence),
  pronounRepresents: whenWord(ROL22_GATES.pronounRepresents, pronounRepresents),
  appositionAndColonRoles: whenWord(ROL22_GATES.appositionAndColonRoles, appositionAndColonRoles),
};

/** Adds the rol22 rules' relations (after the other role rules: the gapped clause reads what they found). */
export function addRol22Relations(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    gated.teamNextSentence(k, s);
    gated.twoDelegationsInOrder(k, s);
    gated.leadsElidedTeam(k, s);
    gated.colonLists(k, s);
    gated.memberOfSidesTeam(k, s);
    gated.sideTeamForms(k, s);
    gated.pronounRepresents(k, s);
    gated.appositionAndColonRoles(k, s);
  }
  addRol22MoreRelations(k);
  // gappedSecondSide reads a side found before in its sentence: only sentences holding a NEGOTIATES_FOR are looked at.
  const read = new Set(k.ctx.relations.filter((r) => r.type === 'NEGOTIATES_FOR').map((r) => r.sentence));
  for (const s of k.ctx.sentences) if (read.has(s.index)) gappedSecondSide(k, s);
  for (const s of k.ctx.sentences) gated.deputyNextSentence(k, s);
}
