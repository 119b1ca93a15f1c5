// Turns the model's replies (entities and relations by name) into the candidates the shared resolver takes:
// canonical names, mentions found in the text, relation ends matched by name or alias, evidence sentences located.
// Relations the ontology forbids, whose ends are unknown or whose evidence cannot be found are dropped with a warning.
import { AGREEMENT_STATUSES, EVENT_KINDS, isAllowedRelation, RELATION_ENDPOINTS } from '../../graph/schema.ts';
import type { EntityLabel } from '../../graph/schema.ts';
import type { EntityProps } from '../../graph/types.ts';
import type { Candidates } from '../extract/index.ts';
import type { EntityCandidate, LoadedDocument, RelationCandidate, Sentence } from '../types.ts';
import { canonicalEntity, canonicalOffice, findState } from './canonical.ts';
import type { OfficeOwner } from './canonical.ts';
import { findMentions, locateEvidence, normalise } from './evidence.ts';
import type { LlmEntity, LlmReply } from './schema.ts';

export const LLM_RULE = 'llm';

/** One entity after merging the chunks: canonical identity plus every name the model used for it. */
interface Merged {
  type: EntityLabel;
  name: string;
  props: EntityProps;
  /** The model's names and aliases (may include forms the text does not use). */
  names: Set<string>;
  /** Key of the entity's first candidate; relations point at it. */
  key?: string;
}

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Properties the model may give, kept only where the ontology's value lists allow them. */
function modelProps(e: LlmEntity): EntityProps {
  const p: EntityProps = {};
  if (e.type === 'Event') {
    if (e.kind)
      p.kind = (EVENT_KINDS as readonly string[]).includes(e.kind.toLowerCase()) ? e.kind.toLowerCase() : 'other';
    if (e.date && isoDate.test(e.date)) p.date = e.date;
    if (e.place) p.place = e.place;
    if (e.status === 'held' || e.status === 'planned') p.status = e.status;
  } else if (e.type === 'Agreement') {
    if (e.kind) p.kind = e.kind;
    if (e.year !== undefined) p.year = e.year;
    const status = AGREEMENT_STATUSES.find((s) => s === e.status?.toLowerCase());
    if (status) p.status = status;
  }
  return p;
}

/** OFFICE_OF targets by the model's office name, so a bare title can be completed with its owner. */
function officeOwners(replies: LlmReply[]): Map<string, OfficeOwner> {
  const owners = new Map<string, OfficeOwner>();
  for (const reply of replies) {
    for (const r of reply.relations) {
      if (r.type !== 'OFFICE_OF') continue;
      const target = reply.entities.find(
        (e) => normalise(e.name) === normalise(r.to) && (e.type === 'State' || e.type === 'Organization'),
      );
      const type = target?.type ?? (findState(r.to) ? 'State' : undefined);
      if (type !== 'State' && type !== 'Organization') continue;
      const owner = canonicalEntity(type, target?.name ?? r.to);
      if (!owners.has(normalise(r.from))) owners.set(normalise(r.from), { type, name: owner.name });
    }
  }
  return owners;
}

/** The state of each person the model gave an office (for name order: "XI Jinping" stays family name first). */
function personStates(replies: LlmReply[], owners: Map<string, OfficeOwner>): Map<string, string> {
  const states = new Map<string, string>();
  for (const r of replies.flatMap((x) => x.relations)) {
    if (r.type !== 'HOLDS_OFFICE') continue;
    const owner = owners.get(normalise(r.to));
    const state = owner ? (owner.type === 'State' ? owner.name : undefined) : canonicalOffice(r.to).state;
    if (state && !states.has(normalise(r.from))) states.set(normalise(r.from), state);
  }
  return states;
}

/**
 * Builds resolver candidates from the model's replies for one document.
 * @param warn receives one line per dropped relation.
 */
export function repliesToCandidates(
  doc: LoadedDocument,
  sentences: Sentence[],
  replies: LlmReply[],
  warn: (message: string) => void,
): Candidates {
  const owners = officeOwners(replies);
  const states = personStates(replies, owners);
  const merged = new Map<string, Merged>();
  /** Every name and alias the model used → the entities it may denote. */
  const byName = new Map<string, Merged[]>();
  for (const e of replies.flatMap((r) => r.entities)) {
    const { name, props } = canonicalEntity(e.type, e.name, {
      owner: owners.get(normalise(e.name)),
      state: states.get(normalise(e.name)),
    });
    const id = `${e.type}|${normalise(name)}`;
    let m = merged.get(id);
    if (!m) merged.set(id, (m = { type: e.type, name, props: {}, names: new Set() }));
    for (const [k, v] of Object.entries({ ...props, ...modelProps(e) }))
      if ((m.props as Record<string, unknown>)[k] === undefined) (m.props as Record<string, unknown>)[k] = v;
    for (const n of [e.name, name, ...e.aliases]) {
      m.names.add(n);
      const list = byName.get(normalise(n)) ?? [];
      if (!list.includes(m)) byName.set(normalise(n), [...list, m]);
    }
  }

  const sentenceAt = (pos: number) => sentences.find((s) => s.start <= pos && pos < s.end)?.index ?? 0;
  const entities: EntityCandidate[] = [];
  for (const m of merged.values()) {
    const found = [...m.names].flatMap((surface) => findMentions(doc.text, surface));
    const unique = [...new Map(found.map((f) => [`${f.start}:${f.end}`, f])).values()].sort(
      (a, b) => a.start - b.start,
    );
    // An entity the model names only in canonical form ("Fumio Kishida" for "KISHIDA Fumio") still exists.
    const spans = unique.length ? unique : [{ start: 0, end: 0 }];
    for (const { start, end } of spans) {
      const key = `llm${entities.length}`;
      m.key ??= key;
      const surface = end > start ? doc.text.slice(start, end) : m.name;
      entities.push({
        key,
        type: m.type,
        name: m.name,
        surface,
        start,
        end,
        sentence: sentenceAt(start),
        rule: LLM_RULE,
        props: m.props,
      });
    }
  }

  const relations: RelationCandidate[] = [];
  for (const r of replies.flatMap((x) => x.relations)) {
    const ends = RELATION_ENDPOINTS[r.type];
    const label = `${r.type} "${r.from}" -> "${r.to}"`;
    const fromAll = byName.get(normalise(r.from)) ?? [];
    const toAll = byName.get(normalise(r.to)) ?? [];
    if (!fromAll.length || !toAll.length) {
      warn(`dropped ${label}: "${!fromAll.length ? r.from : r.to}" is not among the entities`);
      continue;
    }
    const from = fromAll.find((m) => (ends.from as readonly string[]).includes(m.type));
    const to = toAll.find((m) => (ends.to as readonly string[]).includes(m.type));
    if (!from || !to || !isAllowedRelation(r.type, from.type, to.type)) {
      const got = `${(from ?? fromAll[0]!).type} -> ${(to ?? toAll[0]!).type}`;
      warn(`dropped ${label}: ${got} is not allowed (${r.type} links ${ends.from.join('|')} -> ${ends.to.join('|')})`);
      continue;
    }
    if (from === to) continue;
    const sentence = locateEvidence(doc.text, sentences, r.evidence, { from: [...from.names], to: [...to.names] });
    if (!sentence) {
      warn(`dropped ${label}: its evidence is not in the text and no sentence mentions both ends`);
      continue;
    }
    const rel: RelationCandidate = {
      type: r.type,
      from: from.key!,
      to: to.key!,
      sentence: sentence.index,
      rule: LLM_RULE,
    };
    if (r.former) rel.former = true;
    relations.push(rel);
  }
  return { entities, relations };
}
