// Who held an office on a date, from the HOLDS_OFFICE dates alone. `firstSeen`/`lastSeen` are the
// earliest and latest readouts that attest the holder as current, so a holder is certainly in office
// between them ("attested"); after `lastSeen` the holder is presumed still in office ("inferred") until
// another holder of the same office is first seen. Holders known only as "former" have no dates and
// never count. Pure, shared by the office holders route, the negotiations view and the as-of graph.

export interface Tenure {
  /** The holder (a Person id). */
  id: string;
  /** ISO dates (first 10 characters compared). */
  firstSeen?: string;
  lastSeen?: string;
}

export type HeldOn = 'attested' | 'inferred';

const day = (d: string | undefined): string | undefined => d?.slice(0, 10);

/**
 * How each holder of one office stood on `date`: `attested` (first ≤ date ≤ last seen), `inferred`
 * (seen before, nobody else first seen since) or absent (not holding it then, as far as we know).
 * @example holdingOn([{id: 'a', firstSeen: '2018-01-01', lastSeen: '2018-06-01'}], '2018-09-01') // Map {a → 'inferred'}
 */
export function holdingOn(tenures: readonly Tenure[], date: string): Map<string, HeldOn> {
  const d = date.slice(0, 10);
  const out = new Map<string, HeldOn>();
  for (const t of tenures) {
    const first = day(t.firstSeen);
    const last = day(t.lastSeen) ?? first;
    if (!first || !last || first > d) continue;
    if (last >= d) {
      out.set(t.id, 'attested');
      continue;
    }
    const succeeded = tenures.some((o) => {
      const f = day(o.firstSeen);
      return o.id !== t.id && f !== undefined && f > last && f <= d;
    });
    if (!succeeded) out.set(t.id, 'inferred');
  }
  return out;
}

/**
 * True when an event or document date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD…`) is on or before `asOf`;
 * a partial date counts as its first day. Undated things are not before any date.
 */
export function dateOnOrBefore(date: string | undefined, asOf: string): boolean {
  if (!date) return false;
  return date.slice(0, 10) <= asOf.slice(0, 10);
}
