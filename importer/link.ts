// Cross-document identity: links the people of a document to people already in the graph, so that
// "Shinzo Abe", "Prime Minister Abe" and "Vladimir Putin" / "Vladimir Vladimirovich Putin" stay one
// node across readouts, while two people sharing a surname in different states stay two.
// Pure: the known people are read beforehand (graph/identity-store.ts).
import type { KnownPerson } from '../graph/identity-store.ts';
import type { DocumentForWrite, ExtractedEntity } from '../graph/types.ts';
import { sameGivenName } from './extract/lexicons.ts';

/** Lower-case tokens of a name: accents folded, hyphens joined ("Suk-yeol" → "sukyeol"). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The tokens worth looking up in the store for a document's people: their name tokens, and the parts of
 * hyphenated ones ("Suk-yeol" → "sukyeol", "suk", "yeol") as the full-text index splits them.
 */
export function lookupTokens(doc: DocumentForWrite): string[] {
  const tokens = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== 'Person') continue;
    for (const t of nameTokens(e.name)) tokens.add(t);
    for (const t of nameTokens(e.name.replace(/-/g, ' '))) tokens.add(t);
  }
  return [...tokens].filter((t) => t.length > 1);
}

/**
 * A token with the usual transliteration variants folded, so that "Sergei" and "Sergey", "Yuri"
 * and "Yury", or "Mohammad" and "Mohamad" compare equal: y and j as i, doubled letters single.
 */
export function looseSpelling(token: string): string {
  return token.replace(/[yj]/g, 'i').replace(/(.)\1+/g, '$1');
}

type Compatibility = 'same' | 'fuller' | 'surname' | 'none';

/**
 * Keys under which a name can be found again: each token in loose spelling, and all of them joined.
 * Two names that compareNames() finds compatible always share a key, so candidates come from a map
 * look-up, never from comparing every person with every other.
 */
function nameKeys(name: string): string[] {
  const loose = nameTokens(name).map(looseSpelling);
  return [...new Set([...loose, `=${loose.join('')}`])];
}

/**
 * Known people indexed by name keys, optionally over a base index (the batch's people under the
 * store's): an id present here hides the same id in the base.
 */
export class KnownPeople {
  private readonly byKey = new Map<string, KnownPerson[]>();
  private readonly byId = new Map<string, KnownPerson>();

  constructor(
    people: Iterable<KnownPerson> = [],
    private readonly base?: KnownPeople,
  ) {
    for (const k of people) this.add(k);
  }

  add(k: KnownPerson): void {
    if (this.byId.has(k.id)) return;
    this.byId.set(k.id, k);
    for (const key of nameKeys(k.name)) {
      const list = this.byKey.get(key);
      if (list) list.push(k);
      else this.byKey.set(key, [k]);
    }
  }

  get(id: string): KnownPerson | undefined {
    return this.byId.get(id) ?? this.base?.get(id);
  }

  /** The known people sharing a name key with `name` (the only ones compareNames can match). */
  candidates(name: string): KnownPerson[] {
    const out = new Map<string, KnownPerson>();
    for (const key of nameKeys(name)) for (const k of this.byKey.get(key) ?? []) out.set(k.id, k);
    for (const k of this.base?.candidates(name) ?? []) if (!this.byId.has(k.id)) out.set(k.id, k);
    return [...out.values()];
  }
}

/**
 * How the name `a` (from the document) relates to the stored name `b`:
 * `same` — equal up to case, accents and hyphenation; `fuller` — same first and last token, one has
 * extra middle names (a patronymic); `surname` — `a` is a single token that is `b`'s first or last.
 */
export function compareNames(a: string, b: string): Compatibility {
  // "Joseph R. Biden Jr.": a generational suffix is no surname.
  const bare = (ts: string[]) => (ts.length > 2 && /^(?:jr|sr|ii|iii|iv)$/.test(ts.at(-1)!) ? ts.slice(0, -1) : ts);
  const at = bare(nameTokens(a));
  const bt = bare(nameTokens(b));
  if (at.length === 0 || bt.length === 0) return 'none';
  if (at.map(looseSpelling).join('') === bt.map(looseSpelling).join('')) return 'same';
  // The same words in the other order: "KISHIDA Fumio" and "Fumio Kishida".
  const sorted = (ts: string[]) => ts.map(looseSpelling).sort().join(' ');
  if (at.length > 1 && sorted(at) === sorted(bt)) return 'same';
  if (at.length === 1) return bt.length > 1 && (bt[0] === at[0] || bt.at(-1) === at[0]) ? 'surname' : 'none';
  if (bt.length === 1) return 'none';
  const sameFirst = looseSpelling(at[0]!) === looseSpelling(bt[0]!);
  const sameEnds = sameFirst && at.at(-1) === bt.at(-1);
  if (sameEnds && at.length !== bt.length) return 'fuller';
  // "Joe Biden" and "Joseph R. Biden": a short form of the given name (same length or not).
  return !sameFirst && sameGivenName(at[0]!, bt[0]!) && at.at(-1) === bt.at(-1) ? 'fuller' : 'none';
}

/** The states of the offices a person holds in this document. */
function statesOf(doc: DocumentForWrite, person: ExtractedEntity): string[] {
  const offices = new Map(doc.entities.filter((e) => e.type === 'Office').map((e) => [e.id, e]));
  return doc.relations
    .filter((r) => r.type === 'HOLDS_OFFICE' && r.from === person.id)
    .map((r) => offices.get(r.to)?.state)
    .filter((s): s is string => Boolean(s));
}

/**
 * Whether the document's person should take the candidate's identity: a stored person always wins
 * (ids stay stable); between two documents of one batch the fuller name wins, then the smaller id,
 * so that both documents agree on one node.
 */
function yieldsTo(person: ExtractedEntity, k: KnownPerson): boolean {
  if (k.stored) return true;
  const pn = nameTokens(person.name).length;
  const kn = nameTokens(k.name).length;
  return kn > pn || (kn === pn && k.id < person.id);
}

function chooseMatch(doc: DocumentForWrite, person: ExtractedEntity, known: KnownPeople): KnownPerson | undefined {
  const states = statesOf(doc, person);
  const serves = (k: KnownPerson) =>
    states.length === 0 || k.states.length === 0 || k.states.some((s) => states.includes(s));
  const scored = known
    .candidates(person.name)
    .filter((k) => k.id !== person.id && yieldsTo(person, k))
    .map((k) => ({ k, how: compareNames(person.name, k.name) }))
    .filter(({ how }) => how !== 'none');
  // An exact or fuller-name match must not conflict on state; a surname alone needs a shared state.
  const strong = scored.filter(({ k, how }) => (how === 'same' || how === 'fuller') && serves(k));
  if (strong.length > 0) return onePerson(strong.map((x) => x.k));
  const bySurname = scored.filter(
    ({ k, how }) => how === 'surname' && states.length > 0 && k.states.some((s) => states.includes(s)),
  );
  return onePerson(bySurname.map((x) => x.k));
}

/** The fullest of the candidates when they all name one person ("Vladimir Putin" and its fuller form), else none. */
function onePerson(cands: KnownPerson[]): KnownPerson | undefined {
  const [best, ...rest] = [...cands].sort(
    (a, b) =>
      nameTokens(b.name).length - nameTokens(a.name).length ||
      Number(!!b.stored) - Number(!!a.stored) ||
      a.id.localeCompare(b.id),
  );
  return best && rest.every((k) => compareNames(k.name, best.name) !== 'none') ? best : undefined;
}

/**
 * The people of a batch of documents about to be imported together, as candidates for each other:
 * only full names (two tokens or more), with the states of the offices they hold.
 */
export function knownFromDocuments(docs: DocumentForWrite[]): KnownPerson[] {
  const people = new RunPeople();
  for (const doc of docs) people.addDocument(doc);
  return people.list();
}

/**
 * The people of an import run, gathered document by document as they are extracted (full names only,
 * with the states of their offices), indexed for linking. `addDocument` says under which name keys a
 * person came or changed, so that the documents already linked with those keys can be linked again.
 */
export class RunPeople {
  readonly index = new KnownPeople();
  private readonly byId = new Map<string, KnownPerson>();

  /** Adds the document's people; returns the name keys of those new to the run or with a new state. */
  addDocument(doc: DocumentForWrite): string[] {
    const changed = new Set<string>();
    for (const e of doc.entities) {
      if (e.type !== 'Person' || nameTokens(e.name).length < 2) continue;
      let k = this.byId.get(e.id);
      const states = statesOf(doc, e);
      if (!k) {
        k = { id: e.id, name: e.name, aliases: [], states: [] };
        this.byId.set(e.id, k);
        this.index.add(k);
        for (const key of nameKeys(k.name)) changed.add(key);
      } else if (states.some((s) => !k!.states.includes(s))) {
        for (const key of nameKeys(k.name)) changed.add(key);
      }
      // The index holds this very object: its states and aliases grow in place.
      k.aliases = [...new Set([...k.aliases, ...e.aliases])];
      k.states = [...new Set([...k.states, ...states])];
    }
    return [...changed];
  }

  list(): KnownPerson[] {
    return [...this.byId.values()];
  }
}

/** The name keys of a document's people (under which a newcomer to the run may change their linking). */
export function personKeys(doc: DocumentForWrite): string[] {
  return [...new Set(doc.entities.filter((e) => e.type === 'Person').flatMap((e) => nameKeys(e.name)))];
}

/** Which known person each of the document's people becomes (absent: it keeps its own id). */
function personRemap(doc: DocumentForWrite, known: KnownPeople): Map<string, KnownPerson> {
  const remap = new Map<string, KnownPerson>();
  for (const e of doc.entities) {
    if (e.type !== 'Person' || known.get(e.id)?.stored) continue;
    const match = chooseMatch(doc, e, known);
    if (match) remap.set(e.id, match);
  }
  return remap;
}

/**
 * The document linked to `people` (linkPersons), and what linking made of its people as a string: equal
 * strings, equal linked documents.
 */
export function linkWithSignature(
  doc: DocumentForWrite,
  people: KnownPeople,
): { doc: DocumentForWrite; signature: string } {
  const remap = personRemap(doc, people);
  return { doc: applyRemap(doc, remap), signature: JSON.stringify([...remap].map(([id, k]) => [id, k.id, k.name])) };
}

/**
 * Rewrites the document's people that are already known under another id: the stored id and name
 * win, the document's forms become aliases, and every relation and mention follows.
 * @example linkPersons(doc, await findKnownPersons(conn, lookupTokens(doc)))
 */
export function linkPersons(doc: DocumentForWrite, people: KnownPerson[] | KnownPeople): DocumentForWrite {
  const known = people instanceof KnownPeople ? people : new KnownPeople(people);
  return applyRemap(doc, personRemap(doc, known));
}

/** The document with its people given the ids and names of those they are linked to. */
function applyRemap(doc: DocumentForWrite, remap: Map<string, KnownPerson>): DocumentForWrite {
  if (remap.size === 0) return doc;

  const byId = new Map<string, ExtractedEntity>();
  for (const e of doc.entities) {
    const k = remap.get(e.id);
    const next: ExtractedEntity = k
      ? { ...e, id: k.id, name: k.name, aliases: [...new Set([e.name, ...e.aliases])].filter((a) => a !== k.name) }
      : e;
    const prev = byId.get(next.id);
    byId.set(
      next.id,
      prev
        ? { ...prev, aliases: [...new Set([...prev.aliases, ...next.aliases])].filter((a) => a !== prev.name) }
        : next,
    );
  }
  const id = (x: string) => remap.get(x)?.id ?? x;
  const seen = new Set<string>();
  const relations = doc.relations
    .map((r) => ({ ...r, from: id(r.from), to: id(r.to) }))
    .filter((r) => {
      if (r.from === r.to) return false;
      const key = `${r.type}|${r.from}|${r.to}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    ...doc,
    entities: [...byId.values()],
    relations,
    mentions: doc.mentions.map((m) => ({ ...m, entityId: id(m.entityId) })),
  };
}
