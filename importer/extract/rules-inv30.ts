// Rules of the inv30 round (issue 6, the annotated samples' missed INVOLVES sorted by cause, docs/first-look.md): INVOLVES
// links between an event and a state or organisation the extractor already finds as nodes. A body's next or planned
// gathering told by its organ or kind alone ("the next meeting of the Ministerial Council", "the next Summit") is the
// body's, when the readout names that organ or kind after the body elsewhere ("the OSCE Ministerial Council", "the
// MERCOSUR Summit").
import { findGazetteerHits, type GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import { jointPair } from './rules-fl16a.ts';
import type { Found } from './types.ts';

/**
 * involves.series-body: a gathering of a series told without its body, still to come or the next one ("the next meeting
 * of the Ministerial Council will be held in Dublin", "Argentina will host the next Summit", "recommendations for the
 * next Ministerial Conference"), that nobody in the readout took part in, involves the one organisation the readout
 * names right before that organ or kind ("the OSCE Ministerial Council", "the SCO Council of Heads of State") or inside
 * another gathering's name ending in it ("the MERCOSUR Summit", "the Twelfth WTO Ministerial Conference"). GUIDE:
 * INVOLVES "also serves events whose only stated parties are states or organisations"; the dev gold gives a planned
 * gathering the body its name gives (involves.in-name.planned), which these names leave out.
 */
export const SERIES_BODY = {
  id: 'involves.series-body',
  /** A name told as the next of a series ("next meeting", "following Summit", "upcoming session"). */
  next: /^(?:the\s+)?(?:next|following|upcoming|forthcoming)\s+/i,
  /** The organ of "meeting of the <organ>", without a trailing place ("… in China"); group 1. */
  organ:
    /\b(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}-]*)*)/u,
  /** The kind of gathering after "next" (its words capitalised or not), without a trailing place; group 1. */
  kind: /^(?:the\s+)?(?:next|following|upcoming|forthcoming)\s+((?:[\p{L}-]+\s+){0,2}?(?:[Ss]ummit|[Cc]onference|[Mm]eeting|[Ss]ession|[Ff]orum))\b/u,
  /** "<organ> of (the) " right before a body's name ("Council of Heads of State of the SCO"); group 1, the organ. */
  ofBody: /(?:^|\s)([^\s].*?)\s+of\s+(?:the\s+)?$/,
  /** An organ named with its body: "Foreign Affairs Council of the European Union"; group 1, the body. */
  organOf: /\sof\s+((?:the\s+)?\p{Lu}.*)$/u,
  /** A kind too plain to name a series of one body. */
  plain: /^(?:meeting|session|round|summit)$/i,
};

/** The key of the one organisation `words` name whole ("OSCE", "the European Union"), if the readout has it. */
function orgKeyOf(k: RelKit, words: string): string | undefined {
  const t = words.replace(/^the\s+/i, '').trim();
  const hs = findGazetteerHits(t).filter((h) => h.type === 'Organization' && !h.demonym);
  return hs.length === 1 && hs[0]!.start === 0 && hs[0]!.end === t.length ? k.stateKey(hs[0]!.name) : undefined;
}

/**
 * The key of the one organisation named right before `tail` ("OSCE" in "the OSCE Ministerial Council", read as one
 * name or two), right after "<tail> of (the)" ("the Council of Heads of State of the SCO"), or inside the name of
 * another gathering that ends in `tail` ("MERCOSUR" in "MERCOSUR Summit"); undefined when none or several.
 */
function bodyOfTail(k: RelKit, x: Found, tail: string): string | undefined {
  const { ctx } = k;
  const lower = tail.toLowerCase();
  const found = new Map<string, string>();
  const add = (key: string | undefined) => key && found.set(ctx.entity(key)?.name ?? key, key);
  // A plain kind ("the next Summit") is the series of the readout's own gathering only.
  const plain = SERIES_BODY.plain.test(tail);
  if (plain && !/^\p{Lu}/u.test(tail)) return undefined;
  for (const h of plain ? [] : k.hits) {
    if (h.type !== 'Organization' || h.demonym || !k.hitKeys.has(h)) continue;
    if (h.start >= x.start && h.end <= x.end) continue;
    const after = ctx.text.slice(h.end, h.end + tail.length + 1).toLowerCase();
    const before = ctx.text.slice(Math.max(0, h.start - tail.length - 8), h.start).toLowerCase();
    if (after === ` ${lower}` || SERIES_BODY.ofBody.exec(before)?.[1] === lower) add(k.hitKeys.get(h));
    const surface = ctx.text.slice(h.start, h.end);
    if (surface.length > tail.length + 1 && surface.toLowerCase().endsWith(` ${lower}`))
      add(orgKeyOf(k, surface.slice(0, surface.length - tail.length - 1)));
  }
  for (const y of plain ? (k.main ? [k.main] : []) : k.ev.eventMentions) {
    // The readout's own "LXV Summit of Heads of State of … MERCOSUR" holds the plain kind anywhere in its name.
    const yName = k.nameOf(y).toLowerCase();
    if (y.key === x.key || !(plain ? new RegExp(`\\b${lower}\\b`).test(yName) : yName.endsWith(lower))) continue;
    for (const h of k.hitsIn(y.start, y.end)) {
      if (h.type !== 'Organization' || h.demonym || !k.hitKeys.has(h)) continue;
      // "the 18th OSCE Ministerial Council" read as one name: the body is the words before the organ.
      const surface = ctx.text.slice(h.start, h.end);
      if (surface.toLowerCase().endsWith(lower)) add(orgKeyOf(k, surface.slice(0, surface.length - tail.length)));
      else add(k.hitKeys.get(h));
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** involves.series-body: relates a series' next or planned gathering told without its body to that body. */
export function involvesSeriesBody(k: RelKit): void {
  const { ctx } = k;
  for (const x of k.ev.eventMentions) {
    if (x === k.main || k.nameOf(x) === k.mainName || (k.participants.get(x.key)?.size ?? 0) > 0) continue;
    const name = k.nameOf(x);
    const next = SERIES_BODY.next.test(name);
    if (!next && !x.planned) continue;
    const organ = SERIES_BODY.organ.exec(name)?.[1];
    const kind = next ? SERIES_BODY.kind.exec(name)?.[1] : undefined;
    const tail = organ ?? kind;
    if (!tail) continue;
    // "the next meeting of the Foreign Affairs Council of the European Union": the body after the organ's "of".
    const parentWords = organ && SERIES_BODY.organOf.exec(organ)?.[1];
    const parent = parentWords ? orgKeyOf(k, parentWords) : undefined;
    // Another body named inside the gathering's own name is read by the older rules.
    const inName = k.hitsIn(x.start, x.end).filter((h) => h.type === 'Organization' && !h.demonym);
    if (!parent && inName.some((h) => ctx.text.slice(h.start, h.end) !== tail)) continue;
    const key = parent ?? bodyOfTail(k, x, tail);
    if (key) ctx.relate('INVOLVES', x.key, key, x.sentence, SERIES_BODY.id);
  }
}

/**
 * involves.witnessed-by: the states and bodies told as witnesses of a signing ("The Agreement was witnessed by ECOWAS,
 * the United Nations and the African Union", "Representatives of the African Union and of the United Nations were
 * also present as witnesses", "the African Union and the United Nations, whose representatives witnessed the
 * signature") are parties of the signing the readout's agreement was reached at (GUIDE: INVOLVES serves events whose
 * stated parties are states or organisations; they are no PARTY_TO). People told as witnesses are left to the
 * participation rules: a list starts at a body's or state's name or at "representatives of".
 */
export const WITNESSED_BY = {
  id: 'involves.witnessed-by',
  /** "witnessed by" before the list. */
  by: /\bwitnessed\s+by\s+/g,
  /** After the list: "were (also) present as witnesses", ", whose representatives witnessed". */
  after:
    /^\s+(?:were|was)\s+(?:also\s+)?present\s+as\s+witnesses\b|^,\s+whose\s+representatives\s+(?:also\s+)?witnessed\b/,
  /** Before a list item: "the", "representatives of (the)". */
  lead: /^(?:the\s+)?(?:(?:[Rr]epresentatives|[Dd]elegations)\s+of\s+(?:the\s+)?)?/,
  /** A signing's name. */
  signing: /\b(?:signing|signature|ceremony)\b/i,
  /** Witnesses told first, at the sentence's start ("Representatives of A and of B were also present as witnesses"). */
  asWitnesses: /\bas\s+witnesses\b/,
  /** Right after an item: a comma, a stop, a conjunction or a verb, not a title ("the SADC Facilitator, …"). */
  itemEnd: /^(?:\s*[,.;)]|\s+(?:and|as|during|were|was|whose|who|which)\b|\s*$)/,
  /** Right before an item: a preposition ending a longer name ("the United Nations Operation in Burundi"). */
  inName: /\b(?:in|for|on)\s+(?:the\s+)?$/,
  /** Between two items of the list. */
  glue: /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:the\s+)?$/,
};

const partyHit = (h: GazetteerHit) => (h.type === 'State' || h.type === 'Organization') && !h.demonym;
/** A list item: a party's name standing whole, not a title's or a longer name's part. */
const listItem = (k: RelKit, h: GazetteerHit) =>
  partyHit(h) &&
  WITNESSED_BY.itemEnd.test(k.ctx.text.slice(h.end, h.end + 12)) &&
  !WITNESSED_BY.inName.test(k.ctx.text.slice(Math.max(0, h.start - 12), h.start));

/** The party hits of a list told forward from `pos` ("ECOWAS, the United Nations and the African Union"). */
function listForward(k: RelKit, pos: number, end: number): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  for (;;) {
    pos += WITNESSED_BY.lead.exec(k.ctx.text.slice(pos, pos + 40))?.[0].length ?? 0;
    const h = k.hits.find((x) => x.start === pos && x.end <= end && listItem(k, x));
    if (!h) return out;
    out.push(h);
    const next = k.hits.find((x) => x.start > h.end && x.end <= end && partyHit(x) && x.start - h.end < 40);
    if (!next) return out;
    const gap = k.ctx.text
      .slice(h.end, next.start)
      .replace(/(?:[Rr]epresentatives|[Dd]elegations)\s+of\s+(?:the\s+)?$/, '');
    if (!WITNESSED_BY.glue.test(gap)) return out;
    pos = next.start;
  }
}

/** The party hits of a list told backward from `end` ("the African Union and the United Nations"). */
function listBackward(k: RelKit, end: number, start: number): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  let h = k.hits.find((x) => x.end === end && x.start >= start && listItem(k, x));
  while (h) {
    out.push(h);
    const cur = h;
    const prev = k.hits.filter((x) => x.end < cur.start && x.start >= start && listItem(k, x)).pop();
    if (!prev || !WITNESSED_BY.glue.test(k.ctx.text.slice(prev.end, cur.start))) break;
    h = prev;
  }
  return out;
}

/**
 * The signing a sentence's witnesses saw: where an agreement the sentence names was reached; else the one signing or
 * ceremony the readout's agreements were reached at, its own meeting if that is a signing, or the last signing told up
 * to the sentence. A meeting that only discussed an agreement signed elsewhere ("They discussed the agreement signed
 * in Washington, witnessed by A and B") has no witnesses.
 */
function witnessedEvent(k: RelKit, si: number): string | undefined {
  const reached = k.ctx.relationsOf('REACHED_AT');
  const inSentence = k.ev.agreementMentions.filter((a) => a.sentence === si).map((a) => a.key);
  const own = reached.find((r) => inSentence.includes(r.from));
  if (own) return own.to;
  const signingKey = (key: string) => WITNESSED_BY.signing.test(k.ctx.entity(key)?.name ?? '');
  const targets = [...new Set(reached.map((r) => r.to))].filter(signingKey);
  if (targets.length === 1) return targets[0];
  if (k.main && signingKey(k.main.key)) return k.main.key;
  return k.ev.eventMentions.filter((e) => e.sentence <= si && signingKey(e.key)).pop()?.key;
}

/** involves.witnessed-by: relates the signing to the states and bodies told as its witnesses. */
export function involvesWitnessedBy(k: RelKit): void {
  const { ctx } = k;
  for (const s of ctx.sentences) {
    if (!s.text.includes('witness')) continue;
    const found: GazetteerHit[] = [];
    for (const m of s.text.matchAll(WITNESSED_BY.by))
      found.push(...listForward(k, s.start + m.index + m[0].length, s.end));
    if (WITNESSED_BY.asWitnesses.test(s.text)) found.push(...listForward(k, s.start, s.end));
    for (const h of k.hits) {
      if (h.start < s.start || h.end > s.end || !partyHit(h)) continue;
      if (WITNESSED_BY.after.test(ctx.text.slice(h.end, h.end + 60))) found.push(...listBackward(k, h.end, s.start));
    }
    const e = found.length ? witnessedEvent(k, s.index) : undefined;
    if (!e) continue;
    for (const h of found) {
      const key = k.hitKeys.get(h);
      if (key && !ctx.entity(e)!.name.includes(h.name)) ctx.relate('INVOLVES', e, key, s.index, WITNESSED_BY.id);
    }
  }
}

/**
 * involves.border-clash-pair: armed clashes, skirmishes or a border conflict, dispute or war that names no party,
 * told in a readout of two states whose sentence names no third state ("recalling the armed clashes on the border in
 * April 2021", "the armed clash of 28 May in the Mom Bei area, in which a soldier of the Royal Cambodian Armed Forces
 * lost his life"), were between those two states (GUIDE: INVOLVES every state the text "names or plainly implies as
 * actor, target or affected party").
 */
export const BORDER_CLASH_PAIR = {
  id: 'involves.border-clash-pair',
  /** The incident's head: clashes, skirmishes, a border conflict, dispute, war, incident or tension. */
  head: /\b(?:(?:armed\s+)?clash(?:es)?|skirmish(?:es)?|border\s+(?:conflict|dispute|war|incidents?|tensions?))\b/i,
};

/** involves.border-clash-pair: relates a clash named without its parties to the readout's two states. */
export function involvesBorderClashPair(k: RelKit): void {
  const { ctx } = k;
  const clashes = k.ev.eventMentions.filter((e) => e !== k.main && BORDER_CLASH_PAIR.head.test(k.nameOf(e)));
  if (!clashes.length) return;
  const pair = jointPair(k);
  if (!pair || pair.size !== 2) return;
  for (const e of clashes) {
    if (k.hitsIn(e.start, e.end).some((h) => partyHit(h) && !pair.has(h.name))) continue;
    const s = ctx.sentences[e.sentence]!;
    if (k.hitsIn(s.start, s.end).some((h) => h.type === 'State' && !pair.has(h.name))) continue;
    for (const st of pair) {
      const key = k.stateKey(st);
      if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, BORDER_CLASH_PAIR.id);
    }
  }
}

/** The inv30 relation rules, called last in addTopicRelations (rules-topics.ts). */
export function addInv30Relations(k: RelKit): void {
  involvesSeriesBody(k);
  involvesWitnessedBy(k);
  involvesBorderClashPair(k);
}
