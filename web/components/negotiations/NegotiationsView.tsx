// The negotiations view (mode 'negotiations'): over the canvas, the chains principal ← negotiator →
// agreement and negotiator → superior for the whole graph or one agreement, state or person, as of the
// chosen date; a picker changes the focus, the right panel shows what is clicked.
import { useMemo, useRef, useState } from 'react';
import type { NegotiationsResponse } from '../../../graph/types.ts';
import { getNegotiations } from '../../api/client-negotiations.ts';
import { humanizeRelation } from '../../graph/appearance.ts';
import { setMode, useUi } from '../../state/ui-store.ts';
import { useAsync } from '../../state/use-async.ts';
import { NEGOTIATION_TYPES, NegotiationDiagram, strokeOf } from './NegotiationDiagram.tsx';
import '../../styles/negotiations.css';

const loadByKey = (key: string): Promise<NegotiationsResponse> => {
  const [focus, asOf] = JSON.parse(key) as [string | null, string | null];
  return getNegotiations(focus ?? undefined, asOf ?? undefined);
};

/** Agreements, states/organisations and people of the whole graph, for the focus picker. */
function FocusPicker({ focus }: { focus?: string }) {
  const all = useAsync(JSON.stringify([null, null]), loadByKey);
  const groups = useMemo(() => {
    if (all.kind !== 'ready') return [];
    const parties = all.value.parties;
    const sides = new Map<string, string>();
    for (const p of parties) {
      if (p.entityType === 'State' || p.entityType === 'Organization') sides.set(p.id, p.name);
      if (p.side) sides.set(p.side.id, p.side.name);
    }
    const people = parties.filter((p) => p.entityType === 'Person').map((p) => [p.id, p.name] as const);
    return [
      {
        label: 'Agreements',
        options: parties.filter((p) => p.entityType === 'Agreement').map((p) => [p.id, p.name] as const),
      },
      { label: 'States and organisations', options: [...sides].sort((a, b) => a[1].localeCompare(b[1])) },
      { label: 'People', options: people },
    ];
  }, [all]);
  const known = groups.some((g) => g.options.some(([id]) => id === focus));
  return (
    <select
      aria-label="Negotiations of"
      data-testid="neg-focus"
      value={focus ?? ''}
      onChange={(e) => setMode('negotiations', e.target.value || null)}
    >
      <option value="">All negotiations</option>
      {focus && !known && <option value={focus}>{focus}</option>}
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

function Summary({ data }: { data: NegotiationsResponse }) {
  const agreements = data.parties.filter((p) => p.entityType === 'Agreement').length;
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  return (
    <span className="muted small" data-testid="neg-summary">
      {n(data.chains.length, 'negotiator')} · {n(agreements, 'agreement')} · {n(data.documents.length, 'readout')}
    </span>
  );
}

function Body({ focus, asOf }: { focus?: string; asOf?: string }) {
  const state = useAsync(JSON.stringify([focus ?? null, asOf ?? null]), loadByKey);
  // Shrink a wide diagram to the width of the view, or show it at its size (scrolling).
  const [fit, setFit] = useState(false);
  // While the next answer loads (a new date during playback), keep drawing the last one.
  const last = useRef<NegotiationsResponse | undefined>(undefined);
  if (state.kind === 'ready') last.current = state.value;
  if (state.kind === 'error') {
    const err = state.error as Error;
    return <p className="error-text pad">Could not load the negotiations: {err.message ?? String(err)}</p>;
  }
  const data = state.kind === 'ready' ? state.value : last.current;
  if (!data) return <p className="muted pad">Loading the negotiations…</p>;
  return (
    <>
      <div className="neg-status">
        <Summary data={data} />
        {state.kind === 'loading' && (
          <span className="muted small" data-testid="neg-updating">
            updating…
          </span>
        )}
        <button type="button" className="link small" data-testid="neg-fit" onClick={() => setFit(!fit)}>
          {fit ? 'Actual size' : 'Fit to width'}
        </button>
      </div>
      {data.links.length === 0 ? (
        <p className="muted pad" data-testid="neg-empty">
          No negotiation {data.focus ? `around ${data.focus.name} ` : ''}
          {asOf ? `attested by readouts dated on or before ${asOf}.` : 'in the readouts.'}
        </p>
      ) : (
        <div className="neg-scroll">
          <NegotiationDiagram data={data} fit={fit} />
        </div>
      )}
    </>
  );
}

/** The view; renders nothing in graph mode. */
export function NegotiationsView() {
  const mode = useUi((s) => s.mode);
  const focus = useUi((s) => s.negotiationsFocus);
  const asOf = useUi((s) => s.asOf);
  if (mode !== 'negotiations') return null;
  return (
    <section className="negotiations-view" data-testid="negotiations-view" aria-label="Negotiations">
      <header className="neg-header">
        <h2>Negotiations</h2>
        <FocusPicker focus={focus} />
        {asOf && (
          <span className="chip" data-testid="neg-as-of">
            as of {asOf}
          </span>
        )}
        <ul className="neg-legend" aria-label="Relationships">
          {NEGOTIATION_TYPES.map((t) => (
            <li key={t}>
              <span className="swatch line" style={{ background: strokeOf(t) }} />
              {humanizeRelation(t)}
            </li>
          ))}
        </ul>
      </header>
      <Body focus={focus} asOf={asOf} />
    </section>
  );
}
