// A small label badge in the label's colour (the same colour as in the canvas and the legend).
import { labelColor } from '../graph/appearance.ts';

/** `Person`, `State`, … as a coloured pill. */
export function TypeBadge({ type }: { type: string }) {
  return (
    <span className="type-badge" style={{ ['--c' as string]: labelColor(type) }}>
      {type}
    </span>
  );
}
