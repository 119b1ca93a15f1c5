// For the rules' unit tests: extracts made-up readout text and gives its relations by name.
import { extractText, toExtractionOutput } from '../pipeline.ts';
import { findGazetteerHits } from './gazetteer.ts';

/** A relation of made-up readout text with its ends by name and, when explained, the rule that made it. */
export type NamedRelation = { type: string; from: string; to: string; rule?: string };

/** A named relation as a `TYPE|from name|to name` string. */
export const asFact = (r: NamedRelation) => `${r.type}|${r.from}|${r.to}`;

/**
 * The `kg extract` output of `text`, its relations with their ends by name (`named`), and those relations as
 * `TYPE|from name|to name` strings (`rels`).
 * @example extractFacts('…').rels.has('HOLDS_OFFICE|Taro Kono|Minister for Foreign Affairs of Japan')
 */
export function extractFacts(
  text: string,
  meta: { file?: string; date?: string; source?: string } = {},
  explain = false,
): { out: ReturnType<typeof toExtractionOutput>; rels: Set<string>; named: NamedRelation[] } {
  const out = toExtractionOutput(extractText(text, { file: 'test.txt', ...meta }), explain);
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const named = out.relations.map((r) => ({ ...r, from: name.get(r.from)!, to: name.get(r.to)! }) as NamedRelation);
  return { out, rels: new Set(named.map(asFact)), named };
}

/**
 * The relations of made-up readout text dated 3 May 2024 (with `--explain`), ends by name: all, those of one type,
 * and those one rule made as `TYPE|from|to`.
 * @example madeUpRelations('…').of('DISCUSSED').map((r) => r.to)
 */
export function madeUpRelations(text: string, date = '2024-05-03') {
  const { out, named } = extractFacts(text, { file: 'made-up.txt', date }, true);
  return {
    out,
    rels: named,
    of: (type: string) => named.filter((r) => r.type === type),
    byRule: (rule: string) => named.filter((r) => r.rule === rule).map(asFact),
  };
}

/**
 * Events of made-up readout text dated `date`, with their names and look-ups of relations by type.
 * @example eventFacts('…').has('PART_OF', 'Ruiz-Mora meeting', 'NATO Summit')
 */
export function eventFacts(text: string, date = '2024-05-03') {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt', date }, true);
  const events = out.entities.filter((e) => e.type === 'Event');
  const has = (type: string, from: string, to: string) => rels.has(`${type}|${from}|${to}`);
  const of = (type: string) => [...rels].filter((r) => r.startsWith(`${type}|`));
  return { events, names: events.map((e) => e.name), has, of };
}

/**
 * The role facts of made-up readout text (dated 1 June 2025, `source` as the issuer): its relations, those a given rule
 * gave (`by`), its people and its NEGOTIATES_FOR relations.
 * @example roleFacts('…').by('negotiates-for.side-comma-name')
 */
export function roleFacts(text: string, source?: string) {
  const { out, rels, named } = extractFacts(text, { file: 'made-up.txt', date: '2025-06-01', source }, true);
  const by = (rule: string) => named.filter((r) => r.rule === rule).map(asFact);
  const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
  const negotiates = [...rels].filter((r) => r.startsWith('NEGOTIATES_FOR|'));
  return { rels, by, people, negotiates };
}

/** The Agreement names of made-up readout text dated 3 May 2024. */
export function agreementNames(text: string): string[] {
  return extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' })
    .out.entities.filter((e) => e.type === 'Agreement')
    .map((e) => e.name);
}

/**
 * The entities of made-up readout text (dated 1 June 2025, `source` as the issuer) as `Type|name`, with every alias in
 * `forms`, and its relations by name.
 * @example entityFacts('…').forms.has('Office|Minister in the Presidency of South Africa')
 */
export function entityFacts(text: string, source?: string) {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt', date: '2025-06-01', ...(source ? { source } : {}) });
  const ents = out.entities.filter((e) => ['Person', 'Office', 'State', 'Organization'].includes(e.type));
  const forms = new Set(ents.flatMap((e) => [e.name, ...e.aliases].map((n) => `${e.type}|${n}`)));
  const names = new Set(ents.map((e) => `${e.type}|${e.name}`));
  return { rels, forms, names };
}

/** The states the gazetteer finds in `text`, by name. */
export const gazetteerStates = (text: string) =>
  findGazetteerHits(text)
    .filter((h) => h.type === 'State')
    .map((h) => h.name);
