// Render-nothing controller: restores the view from the URL when the first graph is ready, then keeps
// the URL on the view (web/state/url-sync.ts). Declared after CameraController, whose reset it follows.
import { useSigma } from '@react-sigma/core';
import { useEffect, useState } from 'react';
import { useGraphState } from '../../state/graph-store.ts';
import { followView, restoreView } from '../../state/url-sync.ts';

/** Links the URL and the view. */
export function UrlController(): null {
  const sigma = useSigma();
  const ready = useGraphState((s) => s.status.kind === 'ready' && s.status.source === 'all');
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (!ready || restored) return;
    restoreView(sigma, location.search);
    setRestored(true);
  }, [sigma, ready, restored]);

  useEffect(() => (restored ? followView(sigma) : undefined), [sigma, restored]);
  return null;
}
