// Render-nothing controller: centres the camera on a node when asked (search, clicks in panels),
// and registers the renderer for actions outside the canvas (PNG export, test hook).
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { useGraphState } from '../../state/graph-store.ts';
import { setSigma } from '../../state/sigma-ref.ts';
import { useUi } from '../../state/ui-store.ts';

/** Animates the camera to `cameraTarget` whenever it changes; resets it when a new graph is loaded. */
export function CameraController(): null {
  const sigma = useSigma();
  const target = useUi((s) => s.cameraTarget);
  const status = useGraphState((s) => s.status);

  useEffect(() => {
    if (status.kind === 'ready') sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }, [sigma, status]);

  useEffect(() => {
    setSigma(sigma);
    return () => setSigma(null);
  }, [sigma]);

  useEffect(() => {
    const ids = target?.ids.filter((id) => sigma.getGraph().hasNode(id)) ?? [];
    if (!ids.length) return;
    // Render first so the normalisation covers newly merged nodes, then map graph → camera frame
    // (display data may hold raw coordinates between a refresh and the next render).
    sigma.refresh();
    const points = ids.map((id) => {
      const { x, y } = sigma.getGraph().getNodeAttributes(id) as { x: number; y: number };
      return sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    });
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // The whole graph spans about 1 unit of the frame at ratio 1; leave a margin around the group.
    const spread = Math.max(maxX - minX, maxY - minY);
    const ratio =
      ids.length === 1 ? Math.min(sigma.getCamera().ratio, 0.5) : Math.min(1.2, Math.max(0.15, spread * 1.5));
    void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }, [sigma, target]);
  return null;
}
