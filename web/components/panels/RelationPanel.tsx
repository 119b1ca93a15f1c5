// The selected relationship: both ends (clickable), dates for offices, and its evidence sentences with
// their documents (the first comes with the edge, the others are fetched a page at a time); a sentence
// opens the readout below with that sentence highlighted.
import { useEffect, useState } from 'react';

import type { EdgeAttributes, EvidenceRef } from '../../../graph/types.ts';
import { getEvidence } from '../../api/client.ts';
import { humanizeRelation, relationColor } from '../../graph/appearance.ts';
import type { NodeLabel } from '../../../graph/schema.ts';
import { focusEntity } from '../../state/actions.ts';
import { graph, useGraphState } from '../../state/graph-store.ts';
import { openReader, useUi } from '../../state/ui-store.ts';
import type { EdgeEnd, EdgeInfo, ReaderTarget } from '../../state/ui-store.ts';
import { TypeBadge } from '../TypeBadge.tsx';
import { SourceCount } from '../sources/SourceCount.tsx';
import { EvidenceQuote, evidenceTotal } from './EvidenceQuote.tsx';

function endOf(id: string): EdgeEnd {
  const a = graph.getNodeAttributes(id);
  return { id, name: a.label, entityType: a.entityType as NodeLabel };
}

/** The edge from the canvas when drawn there, else the copy carried by the selection. */
function edgeInfo(key: string, carried?: EdgeInfo): EdgeInfo | undefined {
  if (!graph.hasEdge(key)) return carried;
  const [s, t] = graph.extremities(key);
  return { key, source: endOf(s), target: endOf(t), attributes: graph.getEdgeAttributes(key) };
}

function End({ end }: { end: EdgeEnd }) {
  return (
    <div className="rel-end">
      <button type="button" className="link strong" onClick={() => void focusEntity(end.id)}>
        {end.name}
      </button>
      <TypeBadge type={end.entityType} />
    </div>
  );
}

/** Sentences fetched per click on "more". */
const EVIDENCE_PAGE = 50;

/** The edge's evidence, and a loader of the next page while the fact has more attestations than that. */
function useEvidence(key: string, a: EdgeAttributes) {
  const [pages, setPages] = useState<{ key: string; evidence: EvidenceRef[]; error?: string }>();
  useEffect(() => setPages(undefined), [key]);
  const evidence = pages?.key === key ? pages.evidence : a.evidence;
  const total = evidenceTotal(a);
  const fetched = pages?.key === key && !pages.error ? pages.evidence : [];
  const loadMore = () => {
    // Pages come in document order, the edge's own sentence among them: the first page replaces it,
    // the next ones are appended.
    getEvidence(key, fetched.length, EVIDENCE_PAGE)
      .then((p) => setPages({ key, evidence: [...fetched, ...p.evidence] }))
      .catch((err: unknown) => setPages({ key, evidence, error: (err as Error).message }));
  };
  return { evidence, total, loadMore, error: pages?.key === key ? pages.error : undefined };
}

/** The right panel for a selected relationship. */
export function RelationPanel({ edgeKey, carried }: { edgeKey: string; carried?: EdgeInfo }) {
  useGraphState((s) => s.version);
  const reader = useUi((s) => s.reader);
  const info = edgeInfo(edgeKey, carried);
  if (!info) return <p className="muted pad">This relationship is no longer in view.</p>;
  return <RelationDetail info={info} reader={reader} />;
}

function RelationDetail({ info, reader }: { info: EdgeInfo; reader?: ReaderTarget }) {
  const { attributes: a } = info;
  const { evidence, total, loadMore, error } = useEvidence(info.key, a);
  return (
    <div className="relation-panel" data-testid="relation-panel">
      <header className="panel-header column">
        <End end={info.source} />
        <div className="rel-type" style={{ color: relationColor(a.relType) }}>
          ↓ {humanizeRelation(a.relType)}
        </div>
        <End end={info.target} />
      </header>
      {(a.firstSeen || a.lastSeen || a.former) && (
        <p className="muted small pad-x">
          {a.former ? 'former · ' : ''}
          {a.firstSeen || a.lastSeen
            ? `seen ${a.firstSeen?.slice(0, 10) ?? '?'} → ${a.lastSeen?.slice(0, 10) ?? '?'}`
            : ''}
        </p>
      )}
      <section className="panel-section">
        <h4>
          Evidence <span className="muted">{total}</span>
        </h4>
        <SourceCount attributes={a} />
        {evidence.map((ev, i) => (
          <div
            key={`${ev.doc}:${ev.start}:${i}`}
            className={
              reader?.docId === ev.doc && reader.highlight?.start === ev.start
                ? 'evidence-item current'
                : 'evidence-item'
            }
          >
            <EvidenceQuote
              evidence={ev}
              onOpen={() => openReader({ docId: ev.doc, highlight: { start: ev.start, end: ev.end } })}
            />
          </div>
        ))}
        {evidence.length < total && (
          <button type="button" className="link small" data-testid="more-evidence" onClick={loadMore}>
            + {total - evidence.length} more sentence{total - evidence.length > 1 ? 's' : ''}
          </button>
        )}
        {error && <p className="error small">{error}</p>}
        {evidence.length === 0 && <p className="muted small">No evidence sentence stored.</p>}
      </section>
    </div>
  );
}
