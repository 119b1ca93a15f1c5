// Left column: the issuers (governments and organisations that published the readouts) as a
// multi-select with their document counts, and the switch "stated by two or more issuers".
import { useMemo } from 'react';
import { issuerCounts } from '../../graph/source-filter.ts';
import { useGraphState } from '../../state/graph-store.ts';
import { setMultiIssuerOnly, toggleIssuer, useUi } from '../../state/ui-store.ts';
import { MultiSelect } from '../panels/MultiSelect.tsx';

/** The Sources filter group. */
export function SourcesFilter() {
  const documents = useGraphState((s) => s.documents);
  const issuerFilter = useUi((s) => s.issuerFilter);
  const multiIssuerOnly = useUi((s) => s.multiIssuerOnly);
  const options = useMemo(
    () =>
      issuerCounts(documents ?? []).map((i) => ({
        value: i.issuer,
        label: i.issuer,
        hint: `${i.documents}`,
      })),
    [documents],
  );
  const selected = useMemo(() => new Set(issuerFilter), [issuerFilter]);
  return (
    <>
      <MultiSelect
        title="Issuers"
        testId="issuer-filter"
        options={options}
        selected={selected}
        onToggle={toggleIssuer}
      />
      <section className="filter-group">
        <label className="switch-row" title="Facts that only one issuer states are drawn lighter">
          <input
            type="checkbox"
            data-testid="multi-issuer-only"
            checked={multiIssuerOnly}
            onChange={(e) => setMultiIssuerOnly(e.target.checked)}
          />
          <span>Stated by two or more issuers</span>
        </label>
      </section>
    </>
  );
}
