// Left panel: the as-of date of both views, with playback through the readouts' and events' dates.
import { useEffect, useMemo } from 'react';
import { nextDate, previousDate, timelineDates } from '../../graph/as-of.ts';
import { graph, useGraphState } from '../../state/graph-store.ts';
import { setPlaying, startTimeSync, useTime } from '../../state/time.ts';
import { setAsOf, uiStore, useUi } from '../../state/ui-store.ts';

/** Milliseconds between two playback steps. */
export const PLAY_STEP_MS = 1500;

/** The index of the last date on or before `asOf` (the slider's position). */
const positionOf = (dates: readonly string[], asOf: string | undefined): number =>
  asOf ? dates.filter((d) => d <= asOf).length - 1 : dates.length - 1;

/** The "As of" block: date input, step back, play/pause, step forward, a slider over the dates, clear. */
export function TimeSection() {
  const asOf = useUi((s) => s.asOf);
  const playing = useTime((s) => s.playing);
  const loading = useTime((s) => s.loading);
  const stats = useGraphState((s) => s.stats);
  const version = useGraphState((s) => s.version);
  const dates = useMemo(() => {
    void version; // events come and go with the graph
    return timelineDates(stats?.documents ?? [], graph);
  }, [stats, version]);

  useEffect(() => startTimeSync(), []);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = nextDate(dates, uiStore.get().asOf);
      if (next) setAsOf(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, dates]);

  const play = () => {
    // From the start when nothing is set or the end is reached.
    if (!asOf || !nextDate(dates, asOf)) setAsOf(dates[0]);
    setPlaying(true);
  };
  const step = (date: string | undefined) => {
    setPlaying(false);
    if (date) setAsOf(date);
  };
  const position = positionOf(dates, asOf);
  return (
    <section className="filter-group" data-testid="time-control">
      <h3>As of</h3>
      <div className="asof-row">
        <input
          type="date"
          aria-label="As of date"
          data-testid="as-of-date"
          value={asOf ?? ''}
          onChange={(e) => {
            setPlaying(false);
            setAsOf(e.target.value || undefined);
          }}
        />
        <button
          type="button"
          className="icon"
          aria-label="Show every date"
          title="Show every date"
          data-testid="as-of-clear"
          disabled={!asOf}
          onClick={() => {
            setPlaying(false);
            setAsOf(undefined);
          }}
        >
          ×
        </button>
      </div>
      <div className="asof-buttons">
        <button
          type="button"
          aria-label="Previous date"
          title="Previous date"
          disabled={!dates.length}
          onClick={() => step(previousDate(dates, asOf))}
        >
          ⏮
        </button>
        <button
          type="button"
          data-testid="as-of-play"
          aria-label={playing ? 'Pause' : 'Play through the dates'}
          title={playing ? 'Pause' : 'Play through the dates'}
          disabled={!dates.length}
          onClick={() => (playing ? setPlaying(false) : play())}
        >
          {playing ? '⏸' : '▶'}
        </button>
        <button
          type="button"
          aria-label="Next date"
          title="Next date"
          disabled={!dates.length}
          onClick={() => step(nextDate(dates, asOf))}
        >
          ⏭
        </button>
        <input
          type="range"
          aria-label="Dates of the readouts and events"
          min={0}
          max={Math.max(0, dates.length - 1)}
          value={Math.max(0, position)}
          disabled={!dates.length}
          onChange={(e) => step(dates[Number(e.target.value)])}
        />
      </div>
      <p className="muted small" data-testid="as-of-caption">
        {asOf
          ? `As it stood on ${asOf}${loading ? ' (loading…)' : ''}`
          : `Every date · ${dates.length} dates to step through`}
      </p>
    </section>
  );
}
