// One evidence sentence with its document; clicking opens the readout with the sentence highlighted.
import { useState } from 'react';
import type { EvidenceRef } from '../../../graph/types.ts';

interface Props {
  evidence: EvidenceRef;
  onOpen: (ev: EvidenceRef) => void;
}

/** A quoted sentence and a link to its readout. */
export function EvidenceQuote({ evidence, onOpen }: Props) {
  // Long sentences are clamped to a few lines; a click shows them whole.
  const [expanded, setExpanded] = useState(false);
  return (
    <figure className="evidence">
      <blockquote
        data-testid="evidence-sentence"
        className={expanded ? 'expanded' : ''}
        title={expanded ? undefined : 'Click to show the whole sentence'}
        onClick={() => setExpanded(!expanded)}
      >
        “{evidence.sentence.trim()}”
      </blockquote>
      <figcaption>
        <button
          type="button"
          className="link"
          data-testid="evidence-open"
          onClick={() => onOpen(evidence)}
          title="Open the readout at this sentence"
        >
          {evidence.docTitle ?? evidence.doc} ↗
        </button>
        {evidence.docIssuer && <span className="muted small"> · {evidence.docIssuer}</span>}
      </figcaption>
    </figure>
  );
}

/** How many sentences attest the fact: its count when the edge carries only the first of them. */
export const evidenceTotal = (a: { evidence: EvidenceRef[]; evidenceCount?: number }): number =>
  Math.max(a.evidenceCount ?? 0, a.evidence.length);
