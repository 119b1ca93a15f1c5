// The node labels drawn in the last canvas frame (key and box in viewport pixels), kept by
// LabelsController for the SVG export and the test hook.
import type { Box } from '../graph/label-layout.ts';

export interface DrawnLabel {
  key: string;
  text: string;
  box: Box;
}

let drawn: DrawnLabel[] = [];

/** Starts a new frame. */
export const clearDrawnLabels = (): void => void (drawn = []);
export const addDrawnLabel = (label: DrawnLabel): void => void drawn.push(label);
/** The labels of the last frame. */
export const drawnLabels = (): readonly DrawnLabel[] => drawn;
