// Readout text → segments for the reader: plain runs, entity mentions (coloured by label) and the
// evidence range to highlight, cut so that no segment straddles a boundary.
export interface MentionRef {
  entityId: string;
  entityType: string;
  name: string;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  mention?: MentionRef;
  /** Inside the highlighted evidence range. */
  highlighted: boolean;
}

/**
 * Cuts `text` at every mention and highlight boundary. Overlapping mentions keep the earlier (then
 * longer) one; spans outside the text are clamped or dropped.
 * @example segmentText('Abe met Putin.', [{entityId:'person:abe', entityType:'Person', name:'Abe', start:0, end:3}])
 */
export function segmentText(
  text: string,
  mentions: readonly MentionRef[],
  highlight?: { start: number; end: number },
): TextSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const sorted = mentions
    .map((m) => ({ ...m, start: clamp(m.start), end: clamp(m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionRef[] = [];
  for (const m of sorted) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);

  const cuts = new Set<number>([0, text.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  const hl = highlight ? { start: clamp(highlight.start), end: clamp(highlight.end) } : undefined;
  if (hl && hl.end > hl.start) cuts.add(hl.start).add(hl.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment[] = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (mi < kept.length && kept[mi]!.end <= start) mi++;
    const m = kept[mi];
    const mention = m && m.start <= start && end <= m.end ? m : undefined;
    const highlighted = !!hl && hl.start <= start && end <= hl.end && hl.end > hl.start;
    segments.push({ start, end, text: text.slice(start, end), mention, highlighted });
  }
  return segments;
}
