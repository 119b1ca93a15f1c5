// Right column: the selected entity or relationship, and the readout reader when one is open.
import { useCompare } from '../../state/compare-store.ts';
import { useUi, selectNode, openReader } from '../../state/ui-store.ts';
import { CompareView } from '../compare/CompareView.tsx';
import { EntityPanel } from './EntityPanel.tsx';
import { ReaderView } from './ReaderView.tsx';
import { RelationPanel } from './RelationPanel.tsx';

/** The selection panel (hidden when nothing is selected and no readout is open). */
export function SidePanel() {
  const selection = useUi((s) => s.selection);
  const reader = useUi((s) => s.reader);
  const comparing = useCompare((s) => s.kind !== 'idle');
  if (!selection && !reader && !comparing) return null;
  return (
    <aside className="side-panel" aria-label="Selection">
      <div className="side-top">
        <span className="eyebrow">
          {selection?.kind === 'edge' ? 'Relationship' : selection ? 'Entity' : comparing ? 'Comparison' : 'Readout'}
        </span>
        <button
          type="button"
          className="icon"
          aria-label="Close the panel"
          onClick={() => {
            selectNode(null);
            openReader(undefined);
          }}
        >
          ×
        </button>
      </div>
      <div className={reader ? 'side-details with-reader' : 'side-details'}>
        {selection?.kind === 'node' && <EntityPanel id={selection.id} />}
        {selection?.kind === 'edge' && <RelationPanel edgeKey={selection.key} carried={selection.info} />}
        {!selection && comparing && <CompareView />}
      </div>
      {reader && <ReaderView target={reader} />}
    </aside>
  );
}
