// Matches the `kg extract` output of a bank passage against the case's expected facts, for the bank's unit test
// (bank-events.test.ts). A small, in-repo stand-in for the shared scorer's lenient matching (scripts/bank.mjs uses
// the scorer itself): entities by name or alias; Events also by content words, one set contained in the other,
// with people, states and organisations read as one token each and at least one word that is not a kind or title.
import type { BankCase, BankEntity } from './bank-events.ts';
import { bankNorm } from './bank.ts';
import type { toExtractionOutput } from '../pipeline.ts';

type Output = ReturnType<typeof toExtractionOutput>;
type OutEntity = Output['entities'][number];

const STOP = new Set(
  'the a an of in on at for with between and to by its their his her s from as during held which who'.split(' '),
);
const GENERIC = new Set(
  (
    'talks talk meeting summit call telephone phone conversation conference visit visits state official round ' +
    'consultations negotiations dialogue dinner working ceremony signing session bilateral trilateral leaders ' +
    'ministers ministerial minister foreign president prime secretary first second third fourth fifth next'
  ).split(' '),
);

/** Lowercase words without accents, honorifics, "the" or punctuation, padded with spaces (the banks' one normalisation). */
export const normWords = (s: string): string => ` ${bankNorm(s)} `;

const surfaces = (e: { name: string; aliases?: string[] }) =>
  [e.name, ...(e.aliases ?? [])].map((x) => normWords(x).trim()).filter(Boolean);

/** Surfaces of the case's people, states and organisations as tokens (longest first), with people's last words. */
function lexicon(c: BankCase, out: Output): [string, string][] {
  const lex = new Map<string, string>();
  const ends = c.entities.filter((e) => e.type !== 'Event' && e.type !== 'Agreement');
  ends.forEach((e, i) => {
    for (const s of surfaces(e)) if (!s.split(' ').every((w) => GENERIC.has(w))) lex.set(s, `@${i}`);
    if (e.type === 'Person') for (const s of surfaces(e)) lex.set(s.split(' ').pop()!, `@${i}`);
  });
  // The extractor's people under the token of the expected person they match.
  for (const p of out.entities.filter((x) => x.type === 'Person')) {
    const tok = surfaces(p)
      .map((s) => lex.get(s))
      .find(Boolean);
    if (tok) for (const s of [...surfaces(p), ...surfaces(p).map((s) => s.split(' ').pop()!)]) lex.set(s, tok);
  }
  return [...lex.entries()].sort((a, b) => b[0].length - a[0].length);
}

/** What follows these markers names another event ("meeting on the margins of the G7 Summit"). */
const CUT = / (?:on the sidelines of|on the margins of|in the margins of|on the occasion of|during|at) .*$/;

function words(s: string, lex: [string, string][]): Set<string> {
  let t = normWords(s).replace(CUT, ' ');
  for (const [surf, tok] of lex) t = t.split(` ${surf} `).join(` ${tok} `);
  return new Set(t.split(' ').filter((w) => w && !STOP.has(w)));
}

/** Agreement head words, no more distinctive in an agreement's name than a kind word in an event's. */
const AGREEMENT_GENERIC = new Set([
  ...GENERIC,
  ...'agreement agreements treaty declaration statement joint memorandum understanding protocol accord accords framework communique deal pact arrangement'.split(
    ' ',
  ),
]);

function eventsMatch(g: BankEntity, p: OutEntity, lex: [string, string][]): boolean {
  const generic = g.type === 'Agreement' ? AGREEMENT_GENERIC : GENERIC;
  for (const a of [g.name, ...(g.aliases ?? [])])
    for (const b of [p.name, ...(p.aliases ?? [])]) {
      const [wa, wb] = [words(a, lex), words(b, lex)];
      const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
      if (small.size >= 2 && [...small].some((w) => !generic.has(w)) && [...small].every((w) => big.has(w)))
        return true;
    }
  return false;
}

/** The extracted entity each expected entity stands for (by name or alias; Events also by content words). */
export function mapEntities(c: BankCase, out: Output): Map<string, string> {
  const lex = lexicon(c, out);
  const map = new Map<string, string>();
  const used = new Set<string>();
  const same = (g: BankEntity, x: OutEntity) => surfaces(x).some((s) => surfaces(g).includes(s));
  // By name or alias first, then Events by content words.
  const lenient = (g: BankEntity, x: OutEntity) =>
    (g.type === 'Event' || g.type === 'Agreement') && eventsMatch(g, x, lex);
  for (const ok of [same, lenient])
    for (const g of c.entities) {
      const p = !map.has(g.name) && out.entities.find((x) => x.type === g.type && !used.has(x.id) && ok(g, x));
      if (p) {
        map.set(g.name, p.id);
        used.add(p.id);
      }
    }
  return map;
}

/** Expected facts of the area missed, and extracted facts of the area that match none expected. */
export function bankMisses(
  c: BankCase,
  out: Output,
  relTypes: string[],
  entTypes: string[] = ['Event'],
): { missed: string[]; spurious: string[] } {
  const map = mapEntities(c, out);
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const expected = new Set(c.relations.map(([t, a, b]) => `${t}|${map.get(a) ?? a}|${map.get(b) ?? b}`));
  // "TYPE>Label" in relTypes: only relations of TYPE whose target is of that label ("DISCUSSED>Agreement").
  const label = new Map(out.entities.map((e) => [e.id, e.type]));
  const inArea = (r: Output['relations'][number]) =>
    relTypes.includes(r.type) || relTypes.includes(`${r.type}>${label.get(r.to)}`);
  const got = new Set(out.relations.filter(inArea).map((r) => `${r.type}|${r.from}|${r.to}`));
  const missed = [
    ...c.entities.filter((e) => entTypes.includes(e.type) && !map.has(e.name)).map((e) => `${e.type} ${e.name}`),
    ...[...expected].filter((k) => !got.has(k)),
  ];
  const mapped = new Set(map.values());
  const spurious = [
    ...out.entities.filter((e) => entTypes.includes(e.type) && !mapped.has(e.id)).map((e) => `${e.type} ${e.name}`),
    ...[...got]
      .filter((k) => !expected.has(k))
      .map((k) =>
        k
          .split('|')
          .map((x, i) => (i ? (name.get(x) ?? x) : x))
          .join(' '),
      ),
  ];
  return { missed, spurious };
}
