// Which state each person speaks for when no title says it: the readout's counterpart state, context cues around a
// mention (lists, sides, delegations, "represented"), and the two leaders of a bilateral readout.
import { includedInHeadsDelegation } from './rules-fl28c.ts';
import { PERSON_WITH_NOT_COUNTERPART } from './rules-fl18b.ts';
import { FLA10_PATTERNS } from './rules-fla10.ts';
import { PERSON_REPRESENTED_BY_ITS_AND_BY } from './rules-fl26b.ts';
import type { Ctx } from './context.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { hitsStartingIn } from './hit-index.ts';
import { lacksLeaderTitle, LEADER_TITLES } from './lexicons.ts';
import { groupBy } from './text.ts';
import { counterpartFromState } from './rules-fl27b.ts';
import { PERSON_BEHALF_BY_STACKED_TITLE } from './rules-fl30b-words.ts';
import type { PersonMention, TitleRef } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';

/** The other state of a bilateral readout: paired with the issuer in a compound ("Japan-Russia") in the opening lines. */
export function counterpartState(ctx: Ctx, hits: GazetteerHit[], home: string | undefined): string | undefined {
  if (!home) return undefined;
  const limit = ctx.sentences[Math.min(3, ctx.sentences.length - 1)]?.end ?? 0;
  const others = new Set<string>();
  for (const a of hits) {
    if (a.start > limit || a.type !== 'State') continue;
    const b = hits.find((x) => x.start === a.end + 1 && ctx.text[a.end] === '-' && x.type === 'State');
    if (b && a.name === home) others.add(b.name);
    if (b && b.name === home) others.add(a.name);
  }
  if (others.size === 1) return [...others][0];
  if (others.size > 1) return undefined;
  // No "Japan-Russia" pairing: the one other state the readout keeps naming ("Iran" in a visit to Tehran).
  const count = new Map<string, number>();
  for (const h of hits) if (h.type === 'State' && h.name !== home) count.set(h.name, (count.get(h.name) ?? 0) + 1);
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked[0] && ranked[0][1] >= 3 && (ranked[1]?.[1] ?? 0) < ranked[0][1]) return ranked[0][0];
  // "welcomed King Abdullah II of Jordan": the guest's state, named with "of" in the opening lines.
  const guest = hits.find(
    (h) =>
      h.start <= limit &&
      h.type === 'State' &&
      h.name !== home &&
      !h.demonym &&
      /\b(?:with|welcomed|met|received|hosted|called)\b[^.\n]{0,60}\sof\s+(?:the\s+)?$/.test(
        ctx.text.slice(Math.max(0, h.start - 70), h.start),
      ),
  );
  return guest?.name;
}

/** What one sentence offers the context rules of `stateFromContext`. */
interface SentenceSides {
  text: string;
  start: number;
  end: number;
  hits: GazetteerHit[];
  /** "On the Chinese side, …": the side the whole sentence speaks of. */
  leadSide?: string;
  /** The issuer's partner in a bilateral compound of the sentence, else of the readout. */
  counterpart?: string;
  /** The two states of the sentence in order, else the readout's two sides. */
  pair: string[];
  home?: string;
  /** The state a fuller mention of the same surname gives ("President Putin" after "Vladimir Putin of Russia"). */
  namesakeState?: (m: PersonMention) => string | undefined;
}

/**
 * Rule person.sentence-side: "On the Chinese side, …", "For the EU, …", a list line "- For Timor-Leste: X, …", "The Russian delegation was headed by A and
 * included B and C": a sentence that opens on a side speaks of that side's people.
 */
export const SENTENCE_SIDE =
  /^(?:[-•*]\s*)?(?:(?:On|For)\s+the\s+|For\s+(?=[^:,\n]{2,60}:)|The\s+(?=\S+(?:\s\S+)?\s+(?:delegation|side|team)\b))/;

const sideHit = (h: GazetteerHit | undefined) =>
  h && (h.type === 'State' || h.type === 'Organization') ? h.name : undefined;

/**
 * "the Chinese side, led by", "delegation of the Government of X, headed by", "the X negotiating panel was chaired
 * by", "the Swiss mediation was conducted by": the side before a leader's name.
 */
/**
 * Rule person.title-phrase-state (rol14): "the Special Envoy of the President of the Russian Federation for the Middle
 * East and Africa, Deputy Foreign Minister X": a title phrase naming a state ("of the Russian Federation") in apposition
 * right before the name gives the person that state, not the issuer's.
 */
const TITLE_PHRASE_STATE = {
  /** Right before the state: "(Envoy|Minister|…) of the President of the", "… of". */
  before:
    /\b(?:Envoy|Representative|Minister|Ambassador|Adviser|Advisor|Negotiator|Secretary|Commissioner|Chairman|Director)\b[^,;()]{0,60}\bof\s+(?:the\s+)?$/,
  /** From the state to the name: the rest of the title, a comma, the name's own title words. */
  after: /^[^,;()]{0,70},\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u,
};

const LED_BY_SIDE =
  /(?:(?:[Tt]he|[Aa]n?)\s+(\S+(?:\s\S+)?)\s+(?:side|delegation|team|panel|mediation|facilitation)|delegation\s+of\s+(?:the\s+)?(?:Government\s+of\s+)?(\S+(?:\s\S+)?)),?\s+(?:was\s+)?(?:led|headed|chaired|conducted)\s+by\s+(?:\S+\s+){0,3}$/;

/** "from Bhutan, led by Foreign Secretary", "; for Australia, Ambassador": a listed side right before a title. */
const LISTED_SIDE =
  /(?:\bfrom\s+(?:the\s+)?(\S+(?:\s\S+){0,2}?),\s+(?:led|headed)\s+by|(?:^|[:;]\s*)[Ff]or\s+(?:the\s+)?(\S+(?:\s\S+){0,2}?),)\s+(?:[\p{L}.'’-]+\s+){0,5}$/u;

/** "…, who represented / stood in for": the gap between a stand-in and the principal named after it. */
const REPRESENTED_PRINCIPAL =
  /^\s*,?\s*(?:who\s+)?(?:represented|represents|representing|stood\s+in\s+for|standing\s+in\s+for|deputi[sz]ed\s+for)\s+(?:the\s+)?$/;

/** "… spoke for MERCOSUR through Foreign Minister X": the person acts for the sentence's subject. */
const THROUGH = /\b(?:through|via)\s+(?:(?:its|their|the)\s+)?(?:\S+\s+){0,4}$/;

/**
 * Rule person.represented-by-its: "Peru was represented by its ambassador, Luis Prado": the person is of that side;
 * fl25a: the occasion may take two words ("was represented at the opening session by its Head of State, …").
 */
const REPRESENTED_BY_ITS =
  /\b(?:was|were|is|are|will\s+be)\s+represented\s+(?:(?:at|in)\s+the\s+\w+(?:\s+\w+)?\s+)?by\s+(?:(?:its|their)\s+(?:[^,;.]{1,60},\s+)?)?(?:\S+\s+){0,3}$/;
/** Rule person.represented-gapped: "A was represented by X, and B by Deputy Prime Minister Y": Y is of B. */
const REPRESENTED_GAPPED = /\band\s+(?:the\s+)?(\S+(?:\s\S+)?)\s+by\s+(?:\S+\s+){0,4}$/;
const REPRESENTED_VERB = /\brepresented\s+(?:(?:at|in)\s+the\s+\w+(?:\s+\w+)?\s+)?by\b/;

/** Rule person.behalf-by: "signed on behalf of Canada by Ambassador Anne Roy": the person after "by" is of that side. */
const BEHALF_BY =
  /\b(?:on\s+behalf\s+of|(?:signed|initialled|initialed)\s+for|and\s+for)\s+(?:the\s+)?([^,;]{2,60}?)\s+by\s+(?:\S+\s+){0,3}$/;

/**
 * Rule person.side-gapped: "…, and the NDFP panel by Luis Jalandoni" after a "led/chaired by" in the sentence; off13:
 * after a comma too, in a list of three ("… was led by A, the Finnish delegation by B, and the Swedish delegation by C").
 */
const GAPPED_SIDE = /(?:\band|,)\s+(?:the\s+)?(\S+(?:\s\S+)?)\s+(?:side|delegation|team|panel)\s+by\s+(?:\S+\s+){0,3}$/;
const LED_VERB = /\b(?:led|headed|chaired)\s+by\b/;

const SIDE_NOUN = '(?:negotiating\\s+)?(?:delegation|side|team|panel)';
const HEADS_SIDE_AFTER = new RegExp(
  `^\\s*(?:,[^,;.]{0,90},\\s*)?(?:,\\s*)?(?:who\\s+)?(?:headed|led|chaired|heads|leads|chairs|leading|heading|chairing)\\s+(?:the\\s+)?(?=\\S+\\s+${SIDE_NOUN}\\b)`,
);
const ON_SIDE_AFTER = /^\s*(?:on|for)\s+the\s+(?=\S+\s+side\b)/;
const ON_SIDE_BEFORE = /\bon\s+the\s+(\S+)\s+side\s+by\s+(?:\S+\s+){0,8}$/;
const INCLUDED_BEFORE = /\b(?:which|and|that)\s+(?:also\s+)?included\s+(?:\S+\s+){0,4}$/;
const SIDE_NOUN_RE = new RegExp(`\\b${SIDE_NOUN}\\b`, 'g');

/**
 * Rule person.side-cue: "X, …, headed the GRP delegation", "conducted on the Brazilian side by X", "led by X on the
 * Chinese side", "a Russian delegation headed by A, which included X": the side of a delegation, team or panel that
 * the words around a name tie it to.
 */
function sideCue(before: string, after: string, ss: SentenceSides, from: number, end: number): string | undefined {
  const base = from - before.length;
  const ahead = HEADS_SIDE_AFTER.exec(after) ?? ON_SIDE_AFTER.exec(after) ?? FLA10_PATTERNS.partOnSide.exec(after);
  // The side's hit may start at its article ("for the American side").
  const at = end + (ahead?.[0].length ?? 0);
  if (ahead)
    return sideHit(ss.hits.find((h) => h.start === at) ?? ss.hits.find((h) => h.start >= at - 4 && h.start < at));
  const on = ON_SIDE_BEFORE.exec(before);
  // The side's hit may start at its article ("the Brazilian side").
  const onAt = on ? base + on.index + on[0].indexOf(on[1]!) : -1;
  if (on) return sideHit(ss.hits.find((h) => h.start <= onAt && h.end > onAt));
  const inc = INCLUDED_BEFORE.exec(before);
  const noun = inc ? [...before.slice(0, inc.index).matchAll(SIDE_NOUN_RE)].pop() : undefined;
  if (inc && noun && inc.index - noun.index < 140) {
    const at = base + noun.index;
    return sideHit(ss.hits.filter((h) => h.start < at && h.end >= at - 2).pop());
  }
  // Rule person.subject-through: "Argentina, which holds the presidency, spoke for MERCOSUR through Foreign Minister
  // X": the state the sentence opens with acts through the person.
  if (THROUGH.test(before)) {
    const subject = ss.hits.find((h) => h.start === base && h.type === 'State' && !h.demonym);
    if (subject) return subject.name;
  }
  const its = REPRESENTED_BY_ITS.exec(before);
  if (its) {
    const at = base + its.index;
    const side = sideHit(ss.hits.filter((h) => h.end <= at && h.end >= at - 2).pop());
    if (side) return side;
  }
  // person.represented-by-its-and-by (fl26b): "… represented by its A, X, and by the B, Y": Y is of that side too.
  const andBy = PERSON_REPRESENTED_BY_ITS_AND_BY.before.exec(before);
  if (andBy) {
    const at = base + andBy.index;
    const side = sideHit(ss.hits.filter((h) => h.end <= at && h.end >= at - 2).pop());
    if (side) return side;
  }
  const behalf = BEHALF_BY.exec(before);
  if (behalf) {
    const at = base + behalf.index + behalf[0].indexOf(behalf[1]!);
    const st = sideHit(ss.hits.find((h) => h.start >= at - 4 && h.start <= at + 1));
    if (st) return st;
  }
  // person.behalf-by-stacked-title (fl30b): "on behalf of the Government of X by Deputy Chairman …, Minister … A".
  const stacked = before.includes(' by ') ? PERSON_BEHALF_BY_STACKED_TITLE.before.exec(before) : null;
  if (stacked) {
    const from0 = base + stacked.index + stacked[0].indexOf(stacked[1]!);
    const st = sideHit(ss.hits.find((h) => h.start >= from0 - 4 && h.end <= from0 + stacked[1]!.length));
    if (st) return st;
  }
  const rg = REPRESENTED_VERB.test(before) ? REPRESENTED_GAPPED.exec(before) : null;
  if (rg) {
    const st = sideHit(ss.hits.find((h) => h.start === base + rg.index + rg[0].indexOf(rg[1]!)));
    if (st) return st;
  }
  const gap = LED_VERB.test(before) ? GAPPED_SIDE.exec(before) : null;
  // The side's hit may start at its article ("the Chilean delegation").
  const gapAt = gap ? base + gap.index + gap[0].indexOf(gap[1]!) : -1;
  if (gap) return sideHit(ss.hits.find((h) => h.start >= gapAt - 4 && h.start <= gapAt));
  return undefined;
}

function sentenceSides(
  ctx: Ctx,
  s: Ctx['sentences'][number],
  hits: GazetteerHit[],
  home: string | undefined,
  docCounterpart: string | undefined,
): SentenceSides {
  const sh = hitsStartingIn(hits, s.start, s.end).filter((h) => h.end <= s.end);
  const lead = SENTENCE_SIDE.exec(s.text);
  // rol14: the side's hit may start at the article the opening words end with ("On the Kyrgyz side the talks …").
  const leadAt = s.start + (lead?.[0].length ?? 0);
  const leadSide = lead
    ? sideHit(sh.find((h) => h.start === leadAt) ?? sh.find((h) => h.start < leadAt && h.end > leadAt))
    : undefined;
  let counterpart = docCounterpart;
  for (const a of sh) {
    const b = sh.find((x) => x.start === a.end + 1 && ctx.text[a.end] === '-');
    if (b && home && a.name === home && b.type === 'State') counterpart = b.name;
    if (b && home && b.name === home && a.type === 'State') counterpart = a.name;
  }
  // "the New START Treaty between the United States and Russia, extended by Presidents Biden and Putin".
  const pairStates = [...new Set(sh.filter((h) => h.type === 'State').map((h) => h.name))];
  const pair = pairStates.length === 2 ? pairStates : home && docCounterpart ? [home, docCounterpart] : [];
  return {
    text: ctx.text,
    start: s.start,
    end: s.end,
    hits: sh,
    pair,
    ...(leadSide ? { leadSide } : {}),
    ...(counterpart ? { counterpart } : {}),
    ...(home ? { home } : {}),
  };
}

/** The state of one mention from its sentence: the rules in order, first answer wins. */
function stateFromContext(
  m: PersonMention,
  prev: PersonMention | undefined,
  own: (m: PersonMention) => string | undefined,
  ss: SentenceSides,
): string | undefined {
  const { text } = ss;
  const from = m.from ?? m.start;
  const gap = prev ? text.slice(prev.to ?? prev.end, from) : '';
  const before = text.slice(ss.start, from);
  const after = text.slice(m.to ?? m.end, ss.end);
  // A list continuing a person of known state; two leaders side by side are usually of two states.
  const leader = (x: PersonMention) => x.titles.some((t) => LEADER_TITLES.test(t.title));
  if (prev && /^\s*(,|;|,?\s*and)\s*$/.test(gap) && own(prev) && !(leader(m) && leader(prev))) return own(prev);
  // Rule person.joined-by: "… met US President Joe Biden, who was accompanied by Secretary of State Antony
  // Blinken"; "President Putin was joined by …" takes Putin's state from his fuller mention elsewhere.
  const prevState = prev && (own(prev) ?? ss.namesakeState?.(prev));
  if (prevState && /\b(accompanied|joined|assisted)\s+by\s+$/.test(gap)) return prevState;
  // Rule person.head-of-delegation-included (fl28c): "X, who arrived at the head of a delegation that included A".
  if (prevState && includedInHeadsDelegation(gap)) return prevState;
  // Rule person.represented-principal: "Prime Minister Madbouly of Egypt, who represented President el-Sisi": the
  // principal someone stands in for is of the stand-in's state.
  if (prevState && REPRESENTED_PRINCIPAL.test(gap)) return prevState;
  // Rule person.counterpart-from (fl27b): "her counterpart from San Marino, the Secretary of State for …, X".
  const counterpartFrom = counterpartFromState(text, ss.start, from, ss.hits);
  if (counterpartFrom) return counterpartFrom;
  // Rule person.listed-side (rol15): "negotiators from Bhutan, led by Foreign Secretary X", "…: for Tuvalu, Foreign
  // Minister X; for Australia, Ambassador Y": the side right before the person's title.
  const listed = LISTED_SIDE.exec(before);
  const listedName = listed ? (listed[1] ?? listed[2])! : '';
  const listedAt = listed ? ss.start + listed.index + listed[0].indexOf(listedName) : -1;
  const listedSide = listed ? sideHit(ss.hits.find((h) => h.start >= listedAt - 4 && h.start <= listedAt)) : undefined;
  if (listedSide) return listedSide;
  const ledBy = LED_BY_SIDE.exec(before);
  if (ledBy) {
    const at = ss.start + ledBy.index;
    const st = sideHit(ss.hits.filter((h) => h.start >= at && h.end <= from).pop());
    if (st) return st;
  }
  const cue = sideCue(before, after, ss, from, m.to ?? m.end);
  if (cue) return cue;
  const phrase = ss.hits
    .filter((h) => h.type === 'State' && !h.demonym && h.end <= m.start)
    .find(
      (h) =>
        TITLE_PHRASE_STATE.before.test(text.slice(Math.max(ss.start, h.start - 90), h.start)) &&
        TITLE_PHRASE_STATE.after.test(text.slice(h.end, m.start)),
    );
  if (phrase) return phrase.name;
  const rep = /^\s*,?\s*(?:represented|led|headed)\s+(?:the\s+)?/.exec(after);
  const end = m.to ?? m.end;
  const repSt = rep ? sideHit(ss.hits.find((h) => h.start >= end && h.start <= end + rep[0].length + 4)) : undefined;
  if (repSt) return repSt;
  if (ss.leadSide) return ss.leadSide;
  if (
    ss.counterpart &&
    /\bwith\s+(?:\S+\s+){0,3}$/.test(before) &&
    !/\btogether\s+with\s+(?:\S+\s+){0,3}$/.test(before) &&
    !PERSON_WITH_NOT_COUNTERPART.pattern.test(before) // fl18b
  )
    return ss.counterpart;
  if (
    ss.counterpart &&
    ss.home &&
    /\bwith\b/.test(after) &&
    /^\S*\s*$/.test(text.slice(ss.start, from).replace(/^(On\s+\S+\s+\S+,?\s*)/, ''))
  )
    return ss.home;
  return undefined;
}

/**
 * Rule office.pair-leader-held (fl15c): "The President of the Republic, A, … their respective Heads of State, B and C":
 * a pair member whose leader title the side would give is held there by another person of the readout (A, President of
 * the issuing state) is not of that side; the context rules decide instead.
 */
function leaderHeld(
  mentions: readonly PersonMention[],
  m: PersonMention,
  state: string,
  own: (x: PersonMention) => string | undefined,
  home: string | undefined,
): boolean {
  // "President of the Republic" and "President" are one head: the words before "of".
  const head = (t: string) => t.split(/\s+of\s+/)[0]!;
  const leader = m.titles.filter((t) => LEADER_TITLES.test(t.title) && !t.former).map((t) => head(t.title));
  return (
    leader.length > 0 &&
    mentions.some(
      (x) =>
        x.raw !== m.raw &&
        !m.raw.includes(x.raw) &&
        !x.raw.includes(m.raw) &&
        // An unowned title of the readout's own ("the President of the Republic") is the issuing state's; a pair
        // member's is its pair's to decide.
        x.titles.some(
          (t) =>
            !t.former && leader.includes(head(t.title)) && (own(x) ?? (t.owner || x.pair ? undefined : home)) === state,
        ),
    )
  );
}

/**
 * States of people whose titles do not say it, read from context: a list continuing a person of known state
 * ("US President Joe Biden, Secretary of State Antony Blinken"), "On the Chinese side, …", "the X delegation,
 * led by …", "…, represented the Lao PDR", and the counterpart "with" in a bilateral "Japan-China" sentence.
 */
export function deriveStates(
  ctx: Ctx,
  mentions: PersonMention[],
  hits: GazetteerHit[],
  home: string | undefined,
  docCounterpart: string | undefined,
): Map<PersonMention, string> {
  const out = new Map<PersonMention, string>();
  const own = (m: PersonMention) =>
    m.ofState ?? m.titles.find((t) => t.owner?.type === 'State')?.owner?.name ?? out.get(m);
  // The two leaders' states, when the readout names two leaders of two states: the sides of a pair otherwise unsided.
  const leaderStates = [
    ...new Set(mentions.filter((m) => m.titles.some((t) => LEADER_TITLES.test(t.title))).map(own)),
  ].filter(Boolean) as string[];
  // Each sentence's mentions and each surname's, grouped once (in the list's order) rather than filtered per sentence.
  const inSentence = groupBy(mentions, (m) => String(m.sentence));
  // The states the readout names, in order, the issuer's aside (office.pair-leader-held).
  const docStates = [...new Set(hits.filter((h) => h.type === 'State' && !h.demonym).map((h) => h.name))].filter(
    (st) => st !== home,
  );
  const namesakes = groupBy(mentions, surnameOf);
  for (const s of ctx.sentences) {
    const ms = [...(inSentence.get(String(s.index)) ?? [])].sort((a, b) => a.start - b.start);
    if (!ms.length) continue;
    const ss = sentenceSides(ctx, s, hits, home, docCounterpart);
    ss.namesakeState = (m) => namesakeState(namesakes.get(surnameOf(m)) ?? [], m, own);
    if (!ss.pair.length && leaderStates.length === 2) ss.pair = leaderStates;
    ms.forEach((m, i) => {
      if (own(m)) return;
      // office.pair-leader-held (fl15c): not a state whose same leader's office another person of the readout holds;
      // then the first state the readout names whose leader nobody holds, the partner's side aside.
      if (m.pair && ss.pair.length === 2) {
        const free = (st: string) => !leaderHeld(mentions, m, st, (x) => own(x) ?? out.get(x), home);
        // The partner's side stays the partner's: "Presidents A and B" of the readout's two sides but one taken.
        const partner = ss.pair[1 - m.pair.index];
        // (fl29b) person.list-item-apposition: when the partner holds a state by his own words ("A, Deputy Speaker of
        // the National Assembly of X, and B"), B's is the other of the two the sentence (or the one before) names.
        const partnerOwn = pairPartnerState(ms, m, own);
        const other = partnerOwn && otherOfTwo(ctx, hits, s, partnerOwn);
        if (other) {
          out.set(m, other);
          return;
        }
        const st = [ss.pair[m.pair.index]!, ...docStates.filter((x) => x !== partner)].find(free);
        if (st) out.set(m, st);
        return;
      }
      const st = stateFromContext(m, ms[i - 1], own, ss);
      // Not a leader the state does not have ("Prime Minister Modi" is no US leader).
      if (st && !m.titles.some((t) => lacksLeaderTitle(st, t.title))) out.set(m, st);
    });
  }
  return out;
}

/** The one state other than `st` of the two that sentence `s` (else the one before it) names, if it names two. */
function otherOfTwo(ctx: Ctx, hits: GazetteerHit[], s: Ctx['sentences'][number], st: string): string | undefined {
  for (const x of [s, ctx.sentences[s.index - 1]]) {
    if (!x) continue;
    const states = [
      ...new Set(
        hitsStartingIn(hits, x.start, x.end)
          .filter((h) => h.type === 'State')
          .map((h) => h.name),
      ),
    ];
    if (states.length === 2 && states.includes(st)) return states.find((n) => n !== st);
  }
  return undefined;
}

/** The state a pair member's partner (in the same sentence) holds by its own words, if any. */
function pairPartnerState(
  ms: readonly PersonMention[],
  m: PersonMention,
  own: (m: PersonMention) => string | undefined,
): string | undefined {
  const p = m.pair && ms.find((x) => x !== m && x.raw === m.pair!.partner && x.pair);
  return p ? own(p) : undefined;
}

const surnameOf = (m: PersonMention) => m.raw.split(/\s+/).pop() ?? '';

/** The one state other mentions of the same surname are given by their own words. */
function namesakeState(
  mentions: PersonMention[],
  m: PersonMention,
  own: (m: PersonMention) => string | undefined,
): string | undefined {
  const states = new Set(
    mentions
      .filter((x) => x !== m && surnameOf(x) === surnameOf(m))
      .map((x) => own(x))
      .filter(Boolean),
  );
  return states.size === 1 ? [...states][0] : undefined;
}

const leaderTitleOf = (c: PersonCluster) =>
  c.mentions.flatMap((m) => m.titles).find((t) => LEADER_TITLES.test(t.title) && !/Vice|Deputy/.test(t.title));

/**
 * Leaders with no state: "President Kim Dae-jung" beside President Yoon takes the side whose leaders bear that title;
 * with the guest's leader qualified by state, a bare leader is the host's; else the first is the issuer's and a later
 * one, of another title, the counterpart's ("Prime Minister Shinzo Abe and President Vladimir Putin").
 */
export function assignLeaderSides(
  clusters: PersonCluster[],
  home: string | undefined,
  counterpart: string | undefined,
  explicitOnly: (m: PersonMention) => string | undefined,
  hits: GazetteerHit[] = [],
): void {
  let homeLeader: string | undefined;
  const leadersOf = (st: string | undefined) =>
    new Set(
      clusters
        .filter((c) => st && c.state === st)
        .map((c) => leaderTitleOf(c)?.title)
        .filter(Boolean),
    );
  const qualifiedCounterpart = clusters.some(
    (c) => c.state === counterpart && leaderTitleOf(c) && c.mentions.some((m) => explicitOnly(m) === counterpart),
  );
  const sided: PersonCluster[] = [];
  for (const c of [...clusters].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)) {
    const lt = leaderTitleOf(c);
    if (!lt) continue;
    if (c.state === home) homeLeader ??= lt.title;
    if (c.state) continue;
    sided.push(c);
    const atHome = leadersOf(home);
    const atOther = leadersOf(counterpart);
    if (home && counterpart && atHome.has(lt.title) && !atOther.has(lt.title) && atOther.size) {
      c.state = home;
      continue;
    }
    if (home && counterpart && atOther.has(lt.title) && !atHome.has(lt.title) && atHome.size) {
      c.state = counterpart;
      continue;
    }
    if (home && qualifiedCounterpart) {
      c.state = home;
      homeLeader ??= lt.title;
      continue;
    }
    // "the state visit of Prime Minister Modi" in a US readout: the issuer has no such leader.
    if (lacksLeaderTitle(home, lt.title)) {
      if (counterpart && !lacksLeaderTitle(counterpart, lt.title)) c.state = counterpart;
      continue;
    }
    if (homeLeader === undefined) {
      homeLeader = lt.title;
      if (home) c.state = home;
    } else if (counterpart) c.state = counterpart;
    // Rule person.one-leader-per-state: a state has one President at a time; a second bare one is another state's.
    if (c.state && heldBySomeoneElse(clusters, c, c.state, lt.title)) {
      const free = freeLeaderState(clusters, c, lt.title, hits);
      if (free) c.state = free;
      else delete c.state;
    }
  }
  for (const c of sided) notTakenLeaderSide(clusters, c, explicitOnly, hits);
  coordinatedLeaders(clusters, [home, counterpart], explicitOnly);
}

/**
 * Rule person.coordinated-leaders: "then Prime Minister Nguyen Xuan Phuc and then Prime Minister Malcolm Turnbull":
 * two holders of one leader title joined in one phrase lead two states; the second, with no state of its own words,
 * takes the readout's other side.
 */
function coordinatedLeaders(
  clusters: PersonCluster[],
  sides: (string | undefined)[],
  explicitOnly: (m: PersonMention) => string | undefined,
): void {
  const titled = clusters.flatMap((c) =>
    c.mentions.flatMap((m) => m.titles.filter((t) => LEADER_TITLES.test(t.title)).map((t) => ({ c, m, t }))),
  );
  for (const a of titled)
    for (const b of titled) {
      const gap = (b.m.from ?? b.m.start) - (a.m.to ?? a.m.end);
      if (a.c === b.c || a.m.sentence !== b.m.sentence || gap < 1 || gap > 12 || a.t.title !== b.t.title) continue;
      if (!a.c.state || b.c.state !== a.c.state || b.c.mentions.some((m) => explicitOnly(m))) continue;
      const other = sides.find((st) => st && st !== a.c.state);
      if (other) b.c.state = other;
    }
}

/**
 * Rule person.one-leader-per-state, for any side given above: a state whose President is named with the state in
 * his own title ("the President of the United States of America, Joe Biden") has no second one.
 */
function notTakenLeaderSide(
  clusters: PersonCluster[],
  c: PersonCluster,
  explicitOnly: (m: PersonMention) => string | undefined,
  hits: GazetteerHit[],
): void {
  const lt = leaderTitleOf(c);
  if (!c.state || !lt) return;
  const taken = clusters.some(
    (b) =>
      b !== c &&
      b.state === c.state &&
      b.mentions.some((m) => explicitOnly(m) === c.state && m.titles.some((t) => t.title === lt.title && !t.former)),
  );
  if (!taken) return;
  const free = freeLeaderState(clusters, c, lt.title, hits);
  if (free) c.state = free;
  else delete c.state;
}

/** Another current holder of the same leader title in that state. */
function heldBySomeoneElse(clusters: PersonCluster[], c: PersonCluster, st: string, title: string): boolean {
  return clusters.some(
    (b) => b !== c && b.state === st && b.mentions.some((m) => m.titles.some((t) => t.title === title && !t.former)),
  );
}

/**
 * The state the readout names most, among those whose leader title is not yet held and that have such a leader:
 * "President Erdoğan and President Putin" in a readout that gave Türkiye and Ukraine their Presidents.
 */
function freeLeaderState(
  clusters: PersonCluster[],
  c: PersonCluster,
  title: string,
  hits: GazetteerHit[],
): string | undefined {
  const count = new Map<string, number>();
  for (const h of hits)
    if (h.type === 'State' && !heldBySomeoneElse(clusters, c, h.name, title) && !lacksLeaderTitle(h.name, title))
      count.set(h.name, (count.get(h.name) ?? 0) + 1);
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : undefined;
}

/** "The President of Russia pointed out …": a leader's title alone, held by no one named, is the untitled principal's. */
export function giveTitleRefsToPrincipals(clusters: PersonCluster[], refs: TitleRef[]): void {
  for (const r of refs) {
    // A lowercase "the Kenyan president" is someone the readout need not name (office.lowercase-owned).
    if (!r.owner || r.owner.type !== 'State' || r.lowercase || !LEADER_TITLES.test(r.title)) continue;
    const held = clusters.some((c) =>
      c.mentions.some((m) => m.titles.some((t) => t.title === r.title && (t.owner?.name ?? c.state) === r.owner!.name)),
    );
    if (held) continue;
    const untitled = [...clusters]
      .filter((c) => c.mentions.every((m) => !m.titles.length) && (!c.state || c.state === r.owner!.name))
      .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)[0];
    if (!untitled) continue;
    untitled.mentions[0]!.titles.push({ ...r, former: false, rule: 'office.title-ref-principal' });
    untitled.state ??= r.owner.name;
  }
}
