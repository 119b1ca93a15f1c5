// Right column: the selected entity or relationship, and the readout reader when one is open.
import { useUi, selectNode, openReader } from '../../state/ui-store.ts';
import { EntityPanel } from './EntityPanel.tsx';
import { ReaderView } from './ReaderView.tsx';
import { RelationPanel } from './RelationPanel.tsx';

/** The selection panel (hidden when nothing is selected and no readout is open). */
export function SidePanel() {
  const selection = useUi((s) => s.selection);
  const reader = useUi((s) => s.reader);
  if (!selection && !reader) return null;
  return (
    <aside className="side-panel" aria-label="Selection">
      <div className="side-top">
        <span className="eyebrow">
          {selection?.kind === 'edge' ? 'Relationship' : selection ? 'Entity' : 'Readout'}
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
      </div>
      {reader && <ReaderView target={reader} />}
    </aside>
  );
}
