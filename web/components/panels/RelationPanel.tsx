// The selected relationship: both ends (clickable), dates for offices, and every evidence sentence
// with its document; a sentence opens the readout below with that sentence highlighted.
import { humanizeRelation, relationColor } from '../../graph/appearance.ts';
import type { NodeLabel } from '../../../graph/schema.ts';
import { focusEntity } from '../../state/actions.ts';
import { graph, useGraphState } from '../../state/graph-store.ts';
import { openReader, useUi } from '../../state/ui-store.ts';
import type { EdgeEnd, EdgeInfo } from '../../state/ui-store.ts';
import { TypeBadge } from '../TypeBadge.tsx';
import { SourceCount } from '../sources/SourceCount.tsx';
import { EvidenceQuote } from './EvidenceQuote.tsx';

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

/** The right panel for a selected relationship. */
export function RelationPanel({ edgeKey, carried }: { edgeKey: string; carried?: EdgeInfo }) {
  useGraphState((s) => s.version);
  const reader = useUi((s) => s.reader);
  const info = edgeInfo(edgeKey, carried);
  if (!info) return <p className="muted pad">This relationship is no longer in view.</p>;
  const { attributes: a } = info;
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
          Evidence <span className="muted">{a.evidence.length}</span>
        </h4>
        <SourceCount attributes={a} />
        {a.evidence.map((ev, i) => (
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
        {a.evidence.length === 0 && <p className="muted small">No evidence sentence stored.</p>}
      </section>
    </div>
  );
}
