// Stage 4: candidates → canonical entities with stable ids, merged aliases, relations with evidence.
import { entityId, isAllowedRelation } from '../graph/schema.ts';
import type { DocumentForWrite, ExtractedEntity, ExtractedRelation, MentionSpan } from '../graph/types.ts';
import { SchemaViolationError } from './errors.ts';
import type { Candidates } from './extract/index.ts';
import { officeIdentityKey } from './extract/office-identity.ts';
import type { LoadedDocument, Sentence } from './types.ts';

/**
 * The id of a candidate's entity: from its canonical name, an office's from its identity key, so that "Foreign
 * Minister of Russia" and "Minister of Foreign Affairs of Russia" are one node here and across documents.
 */
export function candidateId(type: Candidates['entities'][number]['type'], name: string): string {
  return entityId(type, type === 'Office' ? officeIdentityKey(name) : name);
}

/**
 * The ids made so far, by type and then name, kept across documents (perf30b): readouts repeat their states,
 * organisations, offices and people from one to the next, and an id (a slug, an office's identity key) costs more
 * than a look-up. Emptied when it holds ID_MEMO_MAX names, so that a long import's memory stays bounded.
 */
const idMemo = new Map<string, Map<string, string>>();
let idMemoSize = 0;
const ID_MEMO_MAX = 50_000;

/** `candidateId`, kept in `idMemo`. */
function memoId(type: Candidates['entities'][number]['type'], name: string): string {
  let ofType = idMemo.get(type);
  if (!ofType) idMemo.set(type, (ofType = new Map()));
  let id = ofType.get(name);
  if (id !== undefined) return id;
  id = candidateId(type, name);
  if (idMemoSize >= ID_MEMO_MAX) {
    for (const m of idMemo.values()) m.clear();
    idMemoSize = 0;
  }
  ofType.set(name, id);
  idMemoSize++;
  return id;
}

/** Groups candidates by (type, canonical name) into entities and rewrites relations to entity ids. */
export function resolveDocument(doc: LoadedDocument, sentences: Sentence[], cands: Candidates): DocumentForWrite {
  const byId = new Map<string, ExtractedEntity>();
  const keyToId = new Map<string, string>();
  const mentions: MentionSpan[] = [];
  // A readout's candidates repeat their names (about 60 candidates for 23 names), and readouts one another's: each id
  // is made once (by type, then name: no key string to make and hash per candidate).
  for (const c of cands.entities) {
    const id = memoId(c.type, c.name);
    keyToId.set(c.key, id);
    let e = byId.get(id);
    if (!e) {
      e = { id, type: c.type, name: c.name, aliases: [], ...c.props, rules: [] };
      byId.set(id, e);
    }
    for (const [k, v] of Object.entries(c.props))
      if (v !== undefined && (e as unknown as Record<string, unknown>)[k] === undefined)
        (e as unknown as Record<string, unknown>)[k] = v;
    if (c.alias !== false && c.surface !== c.name && !e.aliases.includes(c.surface)) e.aliases.push(c.surface);
    // Another form of the same office ("Minister for Foreign Affairs of Japan" beside "Foreign Minister of Japan").
    if (c.type === 'Office' && c.name !== e.name && !e.aliases.includes(c.name)) e.aliases.push(c.name);
    if (!e.rules!.includes(c.rule)) e.rules!.push(c.rule);
    if (c.end > c.start) mentions.push({ entityId: id, start: c.start, end: c.end });
  }
  // The facts made so far, by type and ends (nested: no key string per relation).
  const seen = new Map<string, Map<string, Set<string>>>();
  const relations: ExtractedRelation[] = [];
  for (const r of cands.relations) {
    const from = keyToId.get(r.from);
    const to = keyToId.get(r.to);
    if (!from || !to || from === to) continue;
    const fe = byId.get(from)!;
    const te = byId.get(to)!;
    if (!isAllowedRelation(r.type, fe.type, te.type))
      throw new SchemaViolationError(doc.file, `rule ${r.rule} made ${r.type} from ${fe.type} to ${te.type}`);
    if (!firstTime(seen, r.type, from, to)) continue;
    const s = sentences[r.sentence]!;
    const rel: ExtractedRelation = {
      type: r.type,
      from,
      to,
      evidence: { sentence: s.text, start: s.start, end: s.end },
      rule: r.rule,
    };
    if (r.former) rel.former = true;
    relations.push(rel);
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const document = {
    file: doc.file,
    title: doc.title,
    sha256: doc.sha256,
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.source ? { source: doc.source } : {}),
    ...(doc.issuer ? { issuer: doc.issuer } : {}),
    ...(doc.url ? { url: doc.url } : {}),
  };
  return { document, entities: [...byId.values()], relations, text: doc.text, mentions };
}

/** Whether the fact `type` from `from` to `to` is new to `seen` (and now in it). */
function firstTime(seen: Map<string, Map<string, Set<string>>>, type: string, from: string, to: string): boolean {
  let byFrom = seen.get(type);
  if (!byFrom) seen.set(type, (byFrom = new Map()));
  let tos = byFrom.get(from);
  if (!tos) byFrom.set(from, (tos = new Set()));
  if (tos.has(to)) return false;
  tos.add(to);
  return true;
}
