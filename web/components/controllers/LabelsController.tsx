// Render-nothing controller: draws the node labels so that they never overlap. Sigma still decides
// which nodes may have a label (hidden, size threshold, forceLabel from the reducers); the first
// label drawn in a frame places them all at once (web/graph/label-layout.ts) in priority order: the
// selected node, then forced labels (its neighbours, a path, a console result), then larger nodes.
import { useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { placeLabels } from '../../graph/label-layout.ts';
import type { LabelCandidate, PlacedLabel } from '../../graph/label-layout.ts';
import { addDrawnLabel, clearDrawnLabels } from '../../state/label-frame.ts';

const OFFSCREEN_MARGIN = 150;

/** The most labels one frame tries to place (highest priority first): a large view never lays out thousands. */
export const MAX_LABEL_CANDIDATES = 500;

const fontOf = (s: Settings): string => `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;

/** Every label sigma may draw this frame, in viewport pixels. */
function candidates(sigma: Sigma, measure: (text: string) => number, threshold: number): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const { width, height } = sigma.getDimensions();
  sigma.getGraph().forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden || !d.label) return;
    const r = sigma.scaleSize(d.size);
    if (!d.forceLabel && r < threshold) return;
    const { x, y } = sigma.framedGraphToViewport(d);
    if (x < -OFFSCREEN_MARGIN || y < -OFFSCREEN_MARGIN || x > width + OFFSCREEN_MARGIN || y > height + OFFSCREEN_MARGIN)
      return;
    const priority = (d.highlighted ? 2000 : 0) + (d.forceLabel ? 1000 : 0) + r;
    out.push({ key, x, y, r, width: 0, priority });
  });
  const kept =
    out.length > MAX_LABEL_CANDIDATES
      ? out.sort((a, b) => b.priority - a.priority).slice(0, MAX_LABEL_CANDIDATES)
      : out;
  // Text is measured only for the labels that may be placed.
  for (const c of kept) c.width = measure(sigma.getNodeDisplayData(c.key)?.label ?? '');
  return kept;
}

/** Replaces sigma's label drawing with the overlap-free one. */
export function LabelsController(): null {
  const sigma = useSigma();
  const setSettings = useSetSettings();
  useEffect(() => {
    let frame: Map<string, PlacedLabel> | undefined;
    const widths = new Map<string, number>();
    const newFrame = () => {
      frame = undefined;
      clearDrawnLabels();
    };
    sigma.on('beforeRender', newFrame);

    const draw: NodeLabelDrawingFunction = (ctx, data, settings) => {
      if (!data.label) return;
      ctx.font = fontOf(settings);
      if (!frame) {
        const measure = (text: string) => {
          let w = widths.get(text);
          if (w === undefined) widths.set(text, (w = ctx.measureText(text).width));
          return w;
        };
        const { width, height } = sigma.getDimensions();
        const placed = placeLabels(
          candidates(sigma, measure, settings.labelRenderedSizeThreshold),
          settings.labelSize,
          {
            bounds: { width, height },
            avoidNodes: true,
          },
        );
        frame = new Map(placed.map((p) => [p.key, p]));
      }
      const spot = frame.get(data.key);
      if (!spot) return;
      const { box } = spot;
      const [tx, ty] = [box.x + 1, box.y + box.h / 2];
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      ctx.lineJoin = 'round';
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
      ctx.strokeText(data.label, tx, ty);
      ctx.fillStyle = settings.labelColor.attribute
        ? String((data as Record<string, unknown>)[settings.labelColor.attribute] ?? settings.labelColor.color)
        : (settings.labelColor.color ?? '#000');
      ctx.fillText(data.label, tx, ty);
      addDrawnLabel({ key: data.key, text: data.label, box });
    };
    // Sigma's own grid would thin the labels per cell; let every candidate through to the placement.
    setSettings({ defaultDrawNodeLabel: draw, labelDensity: 1000 });
    sigma.refresh();
    return () => void sigma.off('beforeRender', newFrame);
  }, [sigma, setSettings]);
  return null;
}
