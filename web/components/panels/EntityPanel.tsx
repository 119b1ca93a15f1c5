// The selected entity: name, type, aliases, offices with first/last seen, relationships grouped by
// type (other end clickable, evidence sentence and document), documents, and the node actions.
import { getEntity } from '../../api/client.ts';
import { humanizeRelation, relationColor } from '../../graph/appearance.ts';
import type { RelationType } from '../../../graph/schema.ts';
import type { ApiNode, EntityDetail, EvidenceRef, RelationshipRow } from '../../../graph/types.ts';
import { expand, focusEntity } from '../../state/actions.ts';
import { setQuery } from '../../state/console-store.ts';
import { neighbourhoodQuery } from '../../state/console-templates.ts';
import { openReader, selectEdge, setConsoleOpen, setMode, startPath, useUi } from '../../state/ui-store.ts';
import type { EdgeInfo } from '../../state/ui-store.ts';
import { useAsync } from '../../state/use-async.ts';
import { ApiError } from '../../api/client.ts';
import { OfficeHolders } from '../negotiations/OfficeHolders.tsx';
import { OfficeTimeline } from '../negotiations/OfficeTimeline.tsx';
import { TypeBadge } from '../TypeBadge.tsx';
import { SourceCount } from '../sources/SourceCount.tsx';
import { EvidenceQuote, evidenceTotal } from './EvidenceQuote.tsx';

/** Entities the negotiations view can centre on. */
const NEGOTIATION_FOCUS = new Set(['Person', 'Agreement', 'State', 'Organization']);

const propsShown = ['title', 'state', 'kind', 'date', 'place', 'status', 'year', 'iso2', 'iso3'];

/** The relationship of a row, in the shape the relationship panel reads. */
function rowInfo(node: ApiNode, row: RelationshipRow): EdgeInfo {
  const self = { id: node.key, name: node.attributes.label, entityType: node.attributes.entityType };
  const other = row.other;
  return {
    key: row.key,
    source: row.direction === 'out' ? self : other,
    target: row.direction === 'out' ? other : self,
    attributes: row.attributes,
  };
}

function openEvidence(node: ApiNode, row: RelationshipRow, ev?: EvidenceRef) {
  selectEdge(
    row.key,
    ev ? { docId: ev.doc, highlight: { start: ev.start, end: ev.end } } : undefined,
    rowInfo(node, row),
  );
}

function RelationshipGroup({ node, type, rows }: { node: ApiNode; type: RelationType; rows: RelationshipRow[] }) {
  return (
    <section className="panel-section">
      <h4>
        <span className="swatch line" style={{ background: relationColor(type) }} />
        {humanizeRelation(type)} <span className="muted">{rows.length}</span>
      </h4>
      <ul className="rel-rows">
        {rows.map((r) => (
          <li key={r.key} data-testid="relationship-row">
            <div className="rel-head">
              <span className="dir" title={r.direction === 'out' ? 'outgoing' : 'incoming'}>
                {r.direction === 'out' ? '→' : '←'}
              </span>
              <button type="button" className="link strong" onClick={() => void focusEntity(r.other.id)}>
                {r.other.name}
              </button>
              <TypeBadge type={r.other.entityType} />
              <SourceCount attributes={r.attributes} />
            </div>
            {r.attributes.evidence[0] && (
              <EvidenceQuote evidence={r.attributes.evidence[0]} onOpen={(ev) => openEvidence(node, r, ev)} />
            )}
            {evidenceTotal(r.attributes) > 1 && (
              <button
                type="button"
                className="link small"
                onClick={() => openEvidence(node, r, r.attributes.evidence[0])}
              >
                + {evidenceTotal(r.attributes) - 1} more sentence{evidenceTotal(r.attributes) > 2 ? 's' : ''}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EntityBody({ detail }: { detail: EntityDetail }) {
  const { node, relationships, documents } = detail;
  const pathFrom = useUi((s) => s.pathFrom);
  const props = Object.entries(node.attributes.props).filter(
    ([k, v]) => propsShown.includes(k) && v !== null && v !== '',
  );
  const offices = node.attributes.entityType === 'Person' ? (relationships.HOLDS_OFFICE ?? []) : [];
  const groups = (Object.entries(relationships) as [RelationType, RelationshipRow[]][]).filter(
    ([t, rows]) => rows.length > 0 && !(t === 'HOLDS_OFFICE' && offices.length),
  );
  return (
    <>
      <header className="panel-header">
        <h2 data-testid="entity-name">{node.attributes.label}</h2>
        <TypeBadge type={node.attributes.entityType} />
      </header>
      {node.attributes.aliases.length > 0 && (
        <p className="aliases" data-testid="entity-aliases">
          <span className="muted">also </span>
          {node.attributes.aliases.map((a) => (
            <span key={a} className="chip">
              {a}
            </span>
          ))}
        </p>
      )}
      {props.length > 0 && (
        <dl className="props">
          {props.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{Array.isArray(v) ? v.join(', ') : String(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="panel-actions">
        <button type="button" data-testid="expand-button" onClick={() => void expand(node.key)}>
          Expand neighbours
        </button>
        <button
          type="button"
          className={pathFrom ? 'active' : ''}
          onClick={() => startPath(pathFrom ? undefined : node.key)}
        >
          {pathFrom ? 'Cancel path' : 'Path to…'}
        </button>
        <button
          type="button"
          onClick={() => {
            setQuery(neighbourhoodQuery(), { id: node.key });
            setConsoleOpen(true);
          }}
        >
          Open in console
        </button>
        {NEGOTIATION_FOCUS.has(node.attributes.entityType) && (
          <button type="button" data-testid="negotiations-button" onClick={() => setMode('negotiations', node.key)}>
            Negotiations
          </button>
        )}
      </div>
      {offices.length > 0 && <OfficeTimeline rows={offices} />}
      {node.attributes.entityType === 'Office' && <OfficeHolders id={node.key} />}
      {groups.map(([t, rows]) => (
        <RelationshipGroup key={t} node={node} type={t} rows={rows} />
      ))}
      {documents.length > 0 && (
        <section className="panel-section">
          <h4>Readouts</h4>
          <ul className="docs">
            {documents.map((d) => (
              <li key={d.id}>
                <button type="button" className="link" onClick={() => openReader({ docId: d.id })}>
                  {d.title}
                </button>
                {d.date && <span className="muted small"> · {d.date.slice(0, 10)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The right panel for a selected entity. */
export function EntityPanel({ id }: { id: string }) {
  const state = useAsync(id, getEntity);
  return (
    <div className="entity-panel" data-testid="entity-panel">
      {state.kind === 'loading' && <p className="muted pad">Loading…</p>}
      {state.kind === 'error' && (
        <p className="error-text pad">
          {state.error instanceof ApiError && state.error.status === 404
            ? `No entity “${id}”.`
            : `Could not load “${id}”: ${String((state.error as Error).message ?? state.error)}`}
        </p>
      )}
      {state.kind === 'ready' && <EntityBody detail={state.value} />}
    </div>
  );
}
