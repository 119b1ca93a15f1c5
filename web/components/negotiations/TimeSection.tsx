// Left panel: the as-of date of both views, with playback through the readouts' and events' dates.
import { useEffect, useMemo } from 'react';
import { nextDate, previousDate, timelineDates } from '../../graph/as-of.ts';
import { graph, useGraphState } from '../../state/graph-store.ts';
import { setPlaying, startTimeSync, useTime } from '../../state/time.ts';
import { setAsOf, uiStore, useUi } from '../../state/ui-store.ts';

/** Small inline icons (the media glyphs are missing from many system fonts). */
const ICONS = {
  previous: 'M3 2h2v12H3zM14 2v12L6 8z',
  next: 'M11 2h2v12h-2zM2 2v12l8-6z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden>
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

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
  const documents = useGraphState((s) => s.documents);
  const version = useGraphState((s) => s.version);
  const dates = useMemo(() => {
    void version; // events come and go with the graph
    return timelineDates(documents ?? [], graph);
  }, [documents, version]);

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
          <Icon name="previous" />
        </button>
        <button
          type="button"
          data-testid="as-of-play"
          aria-label={playing ? 'Pause' : 'Play through the dates'}
          title={playing ? 'Pause' : 'Play through the dates'}
          disabled={!dates.length}
          onClick={() => (playing ? setPlaying(false) : play())}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          aria-label="Next date"
          title="Next date"
          disabled={!dates.length}
          onClick={() => step(nextDate(dates, asOf))}
        >
          <Icon name="next" />
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
