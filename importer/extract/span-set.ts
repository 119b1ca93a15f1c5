// A set of text spans that answers "does anything overlap [start, end)?" by binary search, not by a scan: spans
// sorted by start, and the longest span bounds how far back an overlapping one can start.
export interface Span {
  start: number;
  end: number;
}

export class SpanSet {
  private readonly byStart: Span[] = [];
  private longest = 0;

  constructor(spans: Iterable<Span> = []) {
    for (const s of spans) this.add(s);
  }

  add(span: Span): void {
    this.byStart.splice(this.firstStartingAtOrAfter(span.start + 1), 0, span);
    this.longest = Math.max(this.longest, span.end - span.start);
  }

  /** Whether a span of the set overlaps [start, end) (x.start < end and x.end > start). */
  overlaps(start: number, end: number): boolean {
    const until = this.firstStartingAtOrAfter(end);
    for (let i = this.firstStartingAtOrAfter(start - this.longest); i < until; i++)
      if (this.byStart[i]!.end > start) return true;
    return false;
  }

  private firstStartingAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.byStart[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
