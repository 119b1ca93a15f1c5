// A set of text spans that answers "which spans overlap, lie inside or contain [start, end)?" by binary search, not
// by a scan: spans sorted by start, and the longest span bounds how far back an overlapping one can start. Rules that
// asked these questions of every mention of a document made extraction quadratic in its length.
export interface Span {
  start: number;
  end: number;
}

export class SpanSet<T extends Span = Span> {
  private readonly byStart: T[] = [];
  private longest = 0;

  constructor(spans: Iterable<T> = []) {
    for (const s of spans) this.add(s);
  }

  add(span: T): void {
    this.byStart.splice(this.firstStartingAtOrAfter(span.start + 1), 0, span);
    this.longest = Math.max(this.longest, span.end - span.start);
  }

  /** Whether a span of the set overlaps [start, end) (x.start < end and x.end > start). */
  overlaps(start: number, end: number): boolean {
    return this.some(start - this.longest, end, (x) => x.end > start);
  }

  /** The spans overlapping [start, end), by start. */
  overlapping(start: number, end: number): T[] {
    return this.collect(start - this.longest, end, (x) => x.end > start);
  }

  /** The spans inside [start, end) (x.start ≥ start and x.end ≤ end), by start. */
  inside(start: number, end: number): T[] {
    return this.collect(start, end, (x) => x.end <= end);
  }

  /** Whether a span of the set contains [start, end) (x.start ≤ start and x.end ≥ end). */
  contains(start: number, end: number): boolean {
    return this.some(start - this.longest, start + 1, (x) => x.end >= end);
  }

  /** Whether a span starting in [from, until) passes `test`. */
  private some(from: number, until: number, test: (x: T) => boolean): boolean {
    const stop = this.firstStartingAtOrAfter(until);
    for (let i = this.firstStartingAtOrAfter(from); i < stop; i++) if (test(this.byStart[i]!)) return true;
    return false;
  }

  /** The spans starting in [from, until) that pass `test`. */
  private collect(from: number, until: number, test: (x: T) => boolean): T[] {
    const out: T[] = [];
    const stop = this.firstStartingAtOrAfter(until);
    for (let i = this.firstStartingAtOrAfter(from); i < stop; i++)
      if (test(this.byStart[i]!)) out.push(this.byStart[i]!);
    return out;
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
