// Two forms of one event or agreement name in a readout ("Japan-Russia Summit Meeting" and "24th Japan-Russia Summit
// Meeting"): the candidates of the shorter take the fuller name.
import { ceremonyOfOther } from './rules-fl33a.ts';
import { isProcessName } from './rules-ev26.ts';
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { otherInstrument } from './rules-new7.ts';
import { isEarlierName, namedInsideTitle } from './rules-flb10.ts';
import { otherDestination } from './rules-fl14c.ts';
import { namesOneWay, ordinalFigure } from './rules-fl20a.ts';
import { builtOnOther } from './rules-agr20.ts';

const ORDINAL_WORD = /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|next|further|final)$/i;
// event.merge-spelled-ordinal (fl20a): "4th" and "fourth", "22nd" and "twenty-second" compare as one ordinal.
const ordinalsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => ORDINAL_WORD.test(w) || ordinalFigure(w) !== w)
    .map(ordinalFigure);
const ORDINALS = /^(\d+(st|nd|rd|th)|first|second|third|inaugural|the|of|and|\(.*\))$/i;
/** A name with states written one way: "Japan-Republic of Korea (ROK) …" and "Japan-ROK …" read the same. */
function normalName(name: string): string {
  const t = name.replace(/\s*\([^)]*\)/g, '');
  // event.merge-org-acronym (fl20a): organisations too ("CARICOM" and "Caribbean Community").
  return namesOneWay(t, findGazetteerHits(t));
}
const tokenSet = (raw: string) =>
  new Set(
    normalName(raw)
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !ORDINALS.test(w))
      .map((w) => w.replace(/[()’']/g, '')),
  );

/**
 * Two forms of one name: "Japan-Russia Summit Meeting" (title) and "24th Japan-Russia Summit Meeting", or
 * "India-Japan Foreign and Defence Ministerial Dialogue (2+2)" and "First India-Japan 2+2 Foreign and Defence
 * Ministerial Dialogue": when one's words are all in the other's, the fuller name names both.
 */
export function mergeLongerForms(ctx: Ctx, found: Found[]): void {
  const agreements = found[0]?.type === 'Agreement';
  const tokens = memo(tokenSet);
  const ordinals = memo(ordinalsOf);
  // A name that found no fuller form finds none again until a rename: linear in the readout's length.
  const noLonger = new Map<string, number>();
  let renames = 0;
  for (const short of found) {
    if (noLonger.get(short.name) === renames) continue;
    const ts = new Set(tokens(short.name));
    // "a draft free trade agreement" is the text of the "Comprehensive Free Trade Agreement" under negotiation.
    if (agreements) ts.delete('draft');
    if (ts.size < 2) continue;
    const oa = ordinals(short.name);
    // The tests are pure: the cheap one (every word of the shorter name in the longer) first (perf20a).
    const long = firstByName(found, (x) => {
      if (x.name === short.name || x.name.length < short.name.length) return false;
      const tl = tokens(x.name);
      if (tl.size < ts.size || ![...ts].every((w) => tl.has(w))) return false;
      if (agreements && (otherInstrument(short.name, x.name) || namedInsideTitle(short.name, x.name))) return false;
      if (agreements && builtOnOther(short.name, x.name)) return false; // agreement.built-on-other (agr20)
      if (agreements && (isEarlierName(ctx, x.name) || isEarlierName(ctx, short.name))) return false;
      // event.visit-destination (fl14c): "visit to A" is no shorter form of a visit to B.
      if (!agreements && otherDestination(short.name, x.name)) return false;
      // (ev26) event.process-named: "the Normandy format" is no shorter form of "the first summit in the Normandy format".
      if (!agreements && isProcessName(short.name) && !isProcessName(x.name)) return false;
      if (!agreements && ceremonyOfOther(short.name, x.name)) return false; // event.ceremony-of-event (fl33a)
      // "first round" and "second round" are two events.
      const ob = ordinals(x.name);
      return !(oa.length && ob.length && oa.join() !== ob.join());
    });
    if (!long) {
      noLonger.set(short.name, renames);
      continue;
    }
    renames++;
    // Agreements keep the form first used ("ceasefire in Hodeidah"); events the fuller one ("24th … Summit Meeting").
    if (agreements && short.start < long.start) {
      const old = long.name;
      ctx.renameAll(long.type, old, short.name);
      for (const f of found) if (f.name === old) f.name = short.name;
      continue;
    }
    const old = short.name;
    ctx.renameAll(short.type, old, long.name);
    for (const f of found) if (f.name === old) f.name = long.name;
  }
}

/** ", known as the", ", also referred to as": what follows is another name of what precedes. */
const KNOWN_AS = /^,?\s+(?:(?:also|commonly|hereinafter)\s+)?(?:known|referred\s+to|called)\s+as\s+(?:the\s+)?$/;

/**
 * Rule agreement.known-as (and event.known-as): "the Initiative on the Safe Transportation of Grain …, known as the
 * Black Sea Initiative": the name after "known as" is another name of the one right before it, which names both (even
 * where the short name came first, in a headline).
 */
export function mergeKnownAs(ctx: Ctx, mentions: Found[], found: Found[]): void {
  const text = ctx.text;
  for (const b of mentions) {
    const a = mentions.find((x) => x.end <= b.start && x.name !== b.name && KNOWN_AS.test(text.slice(x.end, b.start)));
    if (!a) continue;
    const old = b.name;
    ctx.renameAll(b.type, old, a.name);
    for (const f of [...found, ...mentions]) if (f.name === old) f.name = a.name;
  }
}

/** The first found whose name passes a test that reads only the name: each name is tested once. */
function firstByName(found: Found[], test: (f: Found) => boolean): Found | undefined {
  const tried = new Set<string>();
  for (const f of found) {
    if (tried.has(f.name)) continue;
    tried.add(f.name);
    if (test(f)) return f;
  }
  return undefined;
}

function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (!cache.has(s)) cache.set(s, fn(s));
    return cache.get(s)!;
  };
}
