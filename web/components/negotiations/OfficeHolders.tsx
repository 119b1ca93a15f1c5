// An office's panel section: every holder with first and last seen dates, and who held it on a date
// (the as-of date by default).
import { useState } from 'react';
import type { OfficeHoldersResponse } from '../../../graph/types.ts';
import { getOfficeHolders } from '../../api/client-negotiations.ts';
import { focusEntity } from '../../state/actions.ts';
import { useUi } from '../../state/ui-store.ts';
import { useAsync } from '../../state/use-async.ts';

const loadByKey = (key: string): Promise<OfficeHoldersResponse> => {
  const [id, date] = JSON.parse(key) as [string, string | null];
  return getOfficeHolders(id, date ?? undefined);
};

function OnDate({ data }: { data: OfficeHoldersResponse }) {
  if (!data.date) return null;
  const on = data.holdersOnDate ?? [];
  return (
    <p className="small" data-testid="holders-on-date">
      On {data.date}:{' '}
      {on.length === 0
        ? 'nobody known from the readouts.'
        : on.map((h, i) => (
            <span key={h.person.id}>
              {i > 0 && ', '}
              <strong>{h.person.name}</strong>
              <span className="muted">
                {h.heldOn === 'attested' ? ' (seen in office around then)' : ' (last seen before, no successor seen)'}
              </span>
            </span>
          ))}
    </p>
  );
}

/** The "Holders" section of an office's panel. */
export function OfficeHolders({ id }: { id: string }) {
  const asOf = useUi((s) => s.asOf);
  const [date, setDate] = useState<string | undefined>(asOf);
  const state = useAsync(JSON.stringify([id, date ?? null]), loadByKey);
  return (
    <section className="panel-section" data-testid="office-holders">
      <h4>Holders</h4>
      <label className="holders-date">
        Who held it on
        <input
          type="date"
          data-testid="holders-date"
          value={date ?? ''}
          onChange={(e) => setDate(e.target.value || undefined)}
        />
      </label>
      {state.kind === 'loading' && <p className="muted small">Loading…</p>}
      {state.kind === 'error' && (
        <p className="error-text small">Could not load the holders: {(state.error as Error).message}</p>
      )}
      {state.kind === 'ready' && (
        <>
          <OnDate data={state.value} />
          <ul className="offices holders">
            {state.value.holders.map((h) => (
              <li key={h.person.id} className={h.heldOn ? 'held' : ''} data-testid="holder-row">
                <button type="button" className="link strong" onClick={() => void focusEntity(h.person.id)}>
                  {h.person.name}
                </button>
                {h.former && <span className="tag">former</span>}
                <div className="muted small">
                  {h.firstSeen || h.lastSeen
                    ? `first seen ${h.firstSeen?.slice(0, 10) ?? '?'} · last seen ${h.lastSeen?.slice(0, 10) ?? '?'}`
                    : 'dates unknown'}
                  {' · '}
                  {h.docs} readout{h.docs === 1 ? '' : 's'}
                </div>
              </li>
            ))}
            {state.value.holders.length === 0 && <li className="muted small">No holder known.</li>}
          </ul>
        </>
      )}
    </section>
  );
}
