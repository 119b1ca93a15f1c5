// A person's offices as a timeline: one bar per office from first to last seen, on a shared time axis,
// with the as-of date marked.
import type { RelationshipRow } from '../../../graph/types.ts';
import { focusEntity } from '../../state/actions.ts';
import { useUi } from '../../state/ui-store.ts';

const day = (d: string | undefined): string | undefined => d?.slice(0, 10);
const time = (d: string): number => Date.parse(`${d}T00:00:00Z`);

/** Left offset and width (percent) of each row's bar on the axis spanning every row's dates. */
export function tenureBars(rows: readonly { firstSeen?: string; lastSeen?: string }[], asOf?: string) {
  const dates = rows.flatMap((r) => [day(r.firstSeen), day(r.lastSeen)]).filter((d): d is string => !!d);
  if (asOf) dates.push(asOf);
  const min = Math.min(...dates.map(time));
  const span = Math.max(1, Math.max(...dates.map(time)) - min);
  const at = (d: string) => ((time(d) - min) / span) * 100;
  return {
    bars: rows.map((r) => {
      const first = day(r.firstSeen) ?? day(r.lastSeen);
      const last = day(r.lastSeen) ?? first;
      return first && last ? { left: at(first), width: at(last) - at(first) } : undefined;
    }),
    asOf: asOf && dates.length > 1 ? at(asOf) : undefined,
  };
}

/** The "Offices" section of a person's panel. */
export function OfficeTimeline({ rows }: { rows: RelationshipRow[] }) {
  const asOf = useUi((s) => s.asOf);
  const sorted = [...rows].sort((a, b) =>
    (a.attributes.firstSeen ?? '9999').localeCompare(b.attributes.firstSeen ?? '9999'),
  );
  const { bars, asOf: marker } = tenureBars(
    sorted.map((r) => r.attributes),
    asOf,
  );
  return (
    <section className="panel-section" data-testid="office-timeline">
      <h4>Offices over time</h4>
      <ul className="tenure">
        {sorted.map((r, i) => {
          const bar = bars[i];
          const a = r.attributes;
          return (
            <li key={r.key} data-testid="tenure-row">
              <button type="button" className="link strong" onClick={() => void focusEntity(r.other.id)}>
                {r.other.name}
              </button>
              {a.former && <span className="tag">former</span>}
              <div className="tenure-track" aria-hidden>
                {bar && <div className="tenure-bar" style={{ left: `${bar.left}%`, width: `${bar.width}%` }} />}
                {marker !== undefined && <div className="tenure-asof" style={{ left: `${marker}%` }} />}
              </div>
              <div className="muted small">
                {a.firstSeen || a.lastSeen
                  ? `first seen ${day(a.firstSeen) ?? '?'} · last seen ${day(a.lastSeen) ?? '?'}`
                  : 'dates unknown'}
                {' · '}
                {a.docs.length} readout{a.docs.length === 1 ? '' : 's'}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
