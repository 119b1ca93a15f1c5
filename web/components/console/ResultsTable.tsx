// Console rows as a table: nodes as a badge and name, relationships as their type, lists joined.
import { TypeBadge } from '../TypeBadge.tsx';
import type { CypherResponse } from '../../../graph/types.ts';

interface WireNode {
  id?: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface WireRel {
  type: string;
  properties: Record<string, unknown>;
}

const isNode = (v: unknown): v is WireNode =>
  typeof v === 'object' && v !== null && Array.isArray((v as WireNode).labels) && 'properties' in v;
const isRel = (v: unknown): v is WireRel =>
  typeof v === 'object' && v !== null && typeof (v as WireRel).type === 'string' && 'properties' in v;

function Cell({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">null</span>;
  if (isNode(value)) {
    const name = value.properties.name ?? value.properties.title ?? value.id;
    return (
      <span className="cell-node">
        {value.labels[0] && <TypeBadge type={value.labels[0]} />} {String(name)}
      </span>
    );
  }
  if (isRel(value)) return <span className="cell-rel">:{value.type}</span>;
  if (Array.isArray(value))
    return (
      <span>
        {value.map((v, i) => (
          <span key={i}>
            {i > 0 && ', '}
            <Cell value={v} />
          </span>
        ))}
      </span>
    );
  if (typeof value === 'object') return <code>{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

/** The result table. */
export function ResultsTable({ result }: { result: CypherResponse }) {
  if (!result.rows.length) return <p className="muted pad">No rows.</p>;
  return (
    <table className="results" data-testid="console-results">
      <thead>
        <tr>
          <th className="rownum">#</th>
          {result.columns.map((c) => (
            <th key={c}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.rows.map((row, i) => (
          <tr key={i}>
            <td className="rownum">{i + 1}</td>
            {row.map((v, j) => (
              <td key={j}>
                <Cell value={v} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
