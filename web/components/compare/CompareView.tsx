// Right column during a comparison: the facts both readouts state, only the first, only the second,
// each with the sentence of each readout; a sentence opens its readout there, a fact selects it.
import type { ComparedFact, DocumentSummary, Evidence } from '../../../graph/types.ts';
import { COMPARE_COLORS, humanizeRelation } from '../../graph/appearance.ts';
import { useCompare } from '../../state/compare-store.ts';
import type { CompareSide } from '../../state/compare-store.ts';
import { centerOn, openReader, selectEdge, setCompare } from '../../state/ui-store.ts';
import { documentLabel } from './ComparePicker.tsx';

const TITLES: Record<CompareSide, string> = {
  both: 'Both state',
  onlyA: 'Only the first states',
  onlyB: 'Only the second states',
};

function Sentence({ doc, ev, side }: { doc: DocumentSummary; ev: Evidence; side: 'a' | 'b' }) {
  return (
    <button
      type="button"
      className="link compare-sentence"
      style={{ borderColor: side === 'a' ? COMPARE_COLORS.onlyA : COMPARE_COLORS.onlyB }}
      title={`Open “${doc.title}” at this sentence`}
      onClick={() => openReader({ docId: doc.id, highlight: { start: ev.start, end: ev.end } })}
    >
      “{ev.sentence.trim()}”
    </button>
  );
}

function Fact({ fact, a, b }: { fact: ComparedFact; a: DocumentSummary; b: DocumentSummary }) {
  return (
    <li className="compare-fact" data-testid="compare-fact">
      <button
        type="button"
        className="link strong"
        onClick={() => {
          selectEdge(fact.key, undefined, {
            key: fact.key,
            source: fact.from,
            target: fact.to,
            attributes: { relType: fact.type, docs: [], evidence: [] },
          });
          centerOn(fact.from.id, fact.to.id);
        }}
      >
        {fact.from.name} <span className="muted">{humanizeRelation(fact.type)}</span> {fact.to.name}
      </button>
      {fact.a && <Sentence doc={a} ev={fact.a} side="a" />}
      {fact.b && <Sentence doc={b} ev={fact.b} side="b" />}
    </li>
  );
}

/** The comparison panel (nothing when no comparison is under way). */
export function CompareView() {
  const state = useCompare((s) => s);
  if (state.kind === 'idle') return null;
  return (
    <div className="compare-view" data-testid="compare-view">
      <header className="panel-header column">
        <div className="eyebrow">Paired readouts</div>
        {state.kind === 'loading' && <p className="muted">Comparing…</p>}
        {state.kind === 'error' && <p className="error-text">Could not compare: {state.message}</p>}
        {state.kind === 'ready' && (
          <>
            <p className="compare-doc">
              <span className="compare-key" style={{ background: COMPARE_COLORS.onlyA }} aria-hidden />{' '}
              {documentLabel(state.result.a)}
            </p>
            <p className="compare-doc">
              <span className="compare-key" style={{ background: COMPARE_COLORS.onlyB }} aria-hidden />{' '}
              {documentLabel(state.result.b)}
            </p>
          </>
        )}
        <button type="button" className="link" onClick={() => setCompare(undefined, undefined)}>
          End the comparison
        </button>
      </header>
      {state.kind === 'ready' &&
        (['both', 'onlyA', 'onlyB'] as const).map((side) => (
          <section key={side} className="panel-section" data-testid={`compare-${side}`}>
            <h4>
              <span className="compare-key" style={{ background: COMPARE_COLORS[side] }} aria-hidden /> {TITLES[side]}{' '}
              <span className="muted" data-testid={`compare-${side}-count`}>
                {state.result[side].length}
              </span>
            </h4>
            <ul>
              {state.result[side].map((f) => (
                <Fact key={f.key} fact={f} a={state.result.a} b={state.result.b} />
              ))}
            </ul>
            {state.result[side].length === 0 && <p className="muted small">None.</p>}
          </section>
        ))}
    </div>
  );
}
