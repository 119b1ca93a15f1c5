// Paraphrase banks (issue 6): short made-up passages, each with the facts the gold conventions
// (../shared/eval/GUIDE.md) give for it, scored the way the eval scores a readout (a relation counts when
// its type matches and each end matches the entity's name or one of its aliases after normalisation).
import { extractFacts } from './test-facts.ts';

/**
 * One passage of a bank: facts as `TYPE|from|to`, or `Type|name` for an entity of that type with that name or alias
 * (the offices bank); `absent` facts must not come out (`*` matches any end or name).
 */
export interface BankCase {
  id: string;
  text: string;
  facts: string[];
  absent?: string[];
  source?: string;
  date?: string;
}

/**
 * A case with the Person and the Office entity each of its HOLDS_OFFICE facts names added to its facts (GUIDE: both are
 * entities); the offices banks state only the relations.
 */
export function withOfficeEntities<C extends BankCase>(c: C): C {
  const ends = c.facts
    .filter((f) => f.startsWith('HOLDS_OFFICE|'))
    .flatMap((f) => {
      const [, person, office] = f.split('|');
      return [`Person|${person}`, `Office|${office}`];
    });
  return { ...c, facts: [...new Set([...ends, ...c.facts])] };
}

/** What one case gave: the expected facts found and missed, and the absent facts that came out. */
export interface BankResult {
  id: string;
  found: string[];
  missed: string[];
  falseFacts: string[];
}

const HONORIFICS =
  /\b(h\.?\s?e\.?|his excellency|her excellency|mr|mrs|ms|dr|prof|sir|dame|hon|the honourable|the honorable)\b\.?/g;

/** The eval's normalisation of a surface form, with every "the" dropped as well. */
export function bankNorm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(HONORIFICS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Fact {
  type: string;
  from: Set<string>;
  to: Set<string>;
}

/** The case's relations, and its entities as facts of their type with an empty `to`. */
function factsOf(c: BankCase): Fact[] {
  const { out } = extractFacts(c.text, { file: `${c.id}.txt`, source: c.source, date: c.date ?? '2025-06-01' });
  const forms = new Map(out.entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map(bankNorm))]));
  const entities = out.entities.map((e) => ({ type: e.type, from: forms.get(e.id)!, to: new Set<string>() }));
  return [
    ...out.relations.map((r) => ({
      type: r.type,
      from: forms.get(r.from) ?? new Set<string>(),
      to: forms.get(r.to) ?? new Set<string>(),
    })),
    ...entities,
  ];
}

const endMatches = (forms: Set<string>, want: string) => want === '*' || forms.has(bankNorm(want));

function holds(facts: Fact[], wanted: string): boolean {
  const [type, from, to] = wanted.split('|');
  // `Office|name`: an entity fact (entity types are capitalised words, relation types upper case).
  if (to === undefined) return facts.some((f) => f.type === type && !f.to.size && endMatches(f.from, from ?? ''));
  return facts.some((f) => f.type === type && endMatches(f.from, from ?? '') && endMatches(f.to, to ?? ''));
}

/** Extracts one case and compares it with its facts. */
export function runBankCase(c: BankCase): BankResult {
  const facts = factsOf(c);
  return {
    id: c.id,
    found: c.facts.filter((w) => holds(facts, w)),
    missed: c.facts.filter((w) => !holds(facts, w)),
    falseFacts: (c.absent ?? []).filter((w) => holds(facts, w)),
  };
}

/** The pass rate of a bank: facts found over facts expected, cases wholly passed, false facts. */
export function scoreBank(results: BankResult[]): {
  found: number;
  expected: number;
  passed: number;
  falseFacts: number;
} {
  return {
    found: results.reduce((n, r) => n + r.found.length, 0),
    expected: results.reduce((n, r) => n + r.found.length + r.missed.length, 0),
    passed: results.filter((r) => r.missed.length === 0 && r.falseFacts.length === 0).length,
    falseFacts: results.reduce((n, r) => n + r.falseFacts.length, 0),
  };
}
