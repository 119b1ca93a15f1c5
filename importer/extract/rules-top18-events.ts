// Round top18: sittings of a body named by its two sides joined by a hyphen or an en dash ("the next session of the
// Kazakhstan–Kyrgyzstan Supreme Interstate Council", "The 11th EU–Moldova Association Council took place", "the 8th
// meeting of the Uzbek–Turkmen Intergovernmental Commission") (issue 6). The earlier rules (event.ordinal-body-meeting,
// event.joint-body-session) read pairs joined by a hyphen and bodies called Joint or Intergovernmental only; the
// organisation patterns then cut such a body at the en dash ("Kyrgyzstan Supreme Interstate Council"). Imports only
// the gazetteer, so that the event stage and the organisation stage can call it; tests in rules-top18.test.ts.
import { findGazetteerHits } from './gazetteer.ts';
import { lastOfText } from './text-memo.ts';

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}'’.]*";
/** One side: one or two capitalised words ("EU", "New Zealand", "Uzbek"). */
const SIDE = `${CAP}(?:${SP}${CAP})?`;
/** Up to four capitalised words between the pair and the head ("Supreme Interstate", "High-Level Strategic Cooperation"). */
const BODY_WORDS = `(?:\\p{Lu}[\\p{L}'’-]*${SP}){0,4}?`;
const HEAD = '(?:Council|Commission|Committee)';
/** "on Economic Cooperation", "for Trade and Investment". */
const COMPLEMENT = `(?:${SP}(?:on|for)${SP}${CAP}(?:${SP}(?:and${SP})?${CAP}){0,3})?`;
const BODY = `${SIDE}[-–]${SIDE}${SP}${BODY_WORDS}${HEAD}${COMPLEMENT}`;
const ORDINAL =
  '(?:next|upcoming|forthcoming|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))';

/** Patterns of the top18 event rule, as named data. */
export const TOP18_EVENT_PATTERNS = {
  /**
   * Rule event.pair-body-sitting, told in lowercase: "the next session of the Kazakhstan–Kyrgyzstan Supreme Interstate
   * Council", "preparations for the upcoming meeting of the Uzbekistan–Azerbaijan Supreme Interstate Council", "the 8th
   * meeting of the Uzbek–Turkmen Intergovernmental Commission on Economic Cooperation".
   */
  sittingOf: new RegExp(
    `\\b(?:${ORDINAL}${SP})?(?:(?:ministerial|plenary|annual|regular|extraordinary)${SP})?(?:meeting|session|sitting)${SP}of${SP}the${SP}${BODY}`,
    'gu',
  ),
  /**
   * … and told by the body as the subject of a verb of meeting: "The 11th EU–Moldova Association Council took place",
   * "The EU–Moldova Association Council met in Brussels" (the verb is not part of the name; "held its fifth meeting"
   * is event.body-held-its's, whose body may now hold an en dash).
   */
  bodyMet: new RegExp(
    `\\b(?:${ORDINAL}${SP})?${BODY}(?=${SP}(?:held${SP}its|met|meets|convened|opened|closed|took${SP}place|was${SP}held|will${SP}(?:meet|convene|hold)))`,
    'gu',
  ),
};

/**
 * Rule event.meeting-of-ministers-of: "the next trilateral meeting of the foreign ministers of Georgia, Türkiye and
 * Azerbaijan", "the upcoming meeting of the leaders of Chile, Peru and Ecuador": a meeting still to come named by whose
 * ministers or leaders meet, with the list of their states or bodies (group 1 the list). Only with next, upcoming or
 * forthcoming: "consultative meeting of the foreign ministers of A, B and C" in a headline is the readout's own
 * meeting, which its people attend.
 */
const MINISTERS_OF = new RegExp(
  `\\b(?:next|upcoming|forthcoming)${SP}(?:(?:trilateral|quadrilateral|tripartite|joint|annual|regular|informal)${SP})?meeting${SP}of${SP}the${SP}(?:(?:foreign|defence|defense|trade|finance|interior|economy|energy|agriculture|transport)${SP})?(?:ministers|leaders|heads${SP}of${SP}state(?:${SP}and${SP}government)?|heads${SP}of${SP}government|prime${SP}ministers|presidents)(?:${SP}of${SP}foreign${SP}affairs)?${SP}of${SP}((?:the${SP})?${SIDE}(?:,${SP}(?:the${SP})?${SIDE})*,?${SP}and${SP}(?:the${SP})?${SIDE})`,
  'gu',
);

/**
 * The meetings named by whose ministers or leaders meet (event.meeting-of-ministers-of), each side known: read once per
 * text (the event stage and involves.pair-body ask for the same text's; perf23a). The caller must not change them.
 */
export function ministersMeetings(text: string): readonly PairBodySitting[] {
  return ministersMeetingsOf(text);
}

const ministersMeetingsOf = lastOfText(scanMinistersMeetings);

function scanMinistersMeetings(text: string): PairBodySitting[] {
  if (!/meeting\s+of\s+the\s/.test(text)) return [];
  const out: PairBodySitting[] = [];
  for (const m of text.matchAll(MINISTERS_OF)) {
    // A sentence's full stop is no part of the last name ("… and Brazil.").
    const list = m[1]!.replace(/(?<!\.\p{Lu})\.$/u, '');
    const at = m.index + m[0].length - m[1]!.length;
    const items = list.split(/,?\s+and\s+|,\s+/).map((x) => x.replace(/^the\s+/, ''));
    const hits = findGazetteerHits(list).filter((h) => (h.type === 'State' || h.type === 'Organization') && !h.demonym);
    const sides = items.map((x) => hits.find((h) => h.surface === x));
    if (sides.length < 2 || sides.some((h) => !h)) continue;
    out.push({
      surface: m[0].slice(0, m[0].length - m[1]!.length + list.length),
      start: m.index,
      rule: 'event.meeting-of-ministers-of',
      sides: sides.map((h) => [at + h!.start, at + h!.end]),
      heldIts: false,
    });
  }
  return out;
}

/** A sitting: its surface, start and the spans of its two sides (a state, a demonym or a body each). */
export interface PairBodySitting {
  surface: string;
  start: number;
  rule: 'event.pair-body-sitting' | 'event.meeting-of-ministers-of';
  sides: [number, number][];
  /** Told as "The A–B Council held its fifth meeting": event.body-held-its names the meeting; the body is no entity. */
  heldIts: boolean;
}

/** The last text's sittings (the event stage and every organisation hit ask for the same text's). */
let last: { text: string; sittings: PairBodySitting[] } | undefined;

/** The sittings of bodies named by two sides that the gazetteer knows (event.pair-body-sitting). */
export function pairBodySittings(text: string): readonly PairBodySitting[] {
  if (last?.text !== text) last = { text, sittings: scan(text) };
  return last.sittings;
}

function scan(text: string): PairBodySitting[] {
  if (!/[-–]\p{Lu}[^.\n]{0,60}(?:Council|Commission|Committee)/u.test(text)) return [];
  const out: PairBodySitting[] = [];
  for (const re of [TOP18_EVENT_PATTERNS.sittingOf, TOP18_EVENT_PATTERNS.bodyMet])
    for (const m of text.matchAll(re)) {
      if (out.some((o) => m.index < o.start + o.surface.length && m.index + m[0].length > o.start)) continue;
      const sides = sidesAround(m[0]);
      if (sides)
        out.push({
          surface: m[0].replace(/^[Tt]he\s+/, ''),
          start: m.index + (/^[Tt]he\s+/.exec(m[0])?.[0].length ?? 0),
          rule: 'event.pair-body-sitting',
          sides: sides.map(([s, e]) => [m.index + s, m.index + e]),
          heldIts: /^\s+held\s+its\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
        });
    }
  return out;
}

/** The two sides around the pair's dash, when both are states, demonyms or bodies the gazetteer knows. */
function sidesAround(surface: string): [number, number][] | undefined {
  const dash = /[-–](?=\p{Lu})/u.exec(
    surface.replace(/High-Level|Inter-Governmental|Bi-National/g, (x) => x.replace('-', '_')),
  );
  if (!dash) return undefined;
  const hits = findGazetteerHits(surface).filter((h) => h.type === 'State' || h.type === 'Organization');
  const before = hits.find((h) => h.end === dash.index);
  const after = hits.find((h) => h.start === dash.index + 1);
  return before && after
    ? [
        [before.start, before.end],
        [after.start, after.end],
      ]
    : undefined;
}

/** The sittings the event stage adds (those told by "held its" are event.body-held-its's). */
export function pairBodySittingEvents(text: string): PairBodySitting[] {
  // A pair joined by a hyphen is read by the earlier sitting rules (event.ordinal-body-meeting, event.body-sitting-*),
  // whose participant rules know their events: only en-dash pairs are added here.
  return [...pairBodySittings(text).filter((m) => !m.heldIts && m.surface.includes('–')), ...ministersMeetings(text)];
}

/**
 * Whether an organisation hit lies inside such a sitting without being one of its sides: "Moldova Association
 * Council" inside "EU–Moldova Association Council" is no body; "EU" is a side and stays.
 */
export function inPairBodySitting(text: string, start: number, end: number): boolean {
  return pairBodySittings(text).some(
    (m) => start < m.start + m.surface.length && end > m.start && !m.sides.some(([s, e]) => s === start && e === end),
  );
}
