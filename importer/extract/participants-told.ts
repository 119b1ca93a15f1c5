// Participation rules that read who took part from how a sentence tells it, beside the readout's meetings:
// signatories at the meeting ("the Treaty …, signed by Minister A and Minister B").
import type { Found } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { plannedBeforeSpeech, type RelKit } from './rel-kit.ts';

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

/** "signed by", "exchanged by", "initialled by": the signatories follow. */
const SIGNED_BY = /\b(?:signed|exchanged|initial(?:l)?ed|inked)\s+by\s+/gi;
/** A meeting told over the telephone or by video: nobody signs at it; a visit is made by its visitors, not its signatories. */
const NOT_SIGNED_AT = /\b(?:call|telephone|phone|conversation|video|visit)\b/i;
/** Between "signed by" and a signatory: titles and names of earlier signatories, no new clause. */
const SIGNATORY_GAP = /^[^;:.()]*$/;
const WITNESSED = /\b(?:witnessed|in\s+the\s+presence\s+of)\b/i;

/**
 * participated.signer: the people who signed or exchanged an agreement at the readout's meeting ("a) the Treaty for
 * the Extradition of Fugitives, signed by Minister A and Minister B;") took part in it; not a signing told with an
 * earlier year ("signed by X in Khartoum in 2015"), nor one still to come, nor at a call or during a visit.
 */
export function participateSigners(k: RelKit, participate: Participate): void {
  const { ctx, main, mainName, clusterOf, personsIn, docYear } = k;
  if (!main || NOT_SIGNED_AT.test(mainName ?? '')) return;
  for (const s of ctx.sentences) {
    if (s.heading || plannedBeforeSpeech(s.text)) continue;
    for (const m of s.text.matchAll(SIGNED_BY)) {
      const at = s.start + m.index + m[0].length;
      const clause = ctx.text.slice(at, s.end).split(/[;]/)[0]!;
      const years = [...clause.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => +y[0]);
      if (docYear && years.some((y) => y < docYear)) continue;
      for (const [p] of personsIn(s.index)) {
        const from = p.from ?? p.start;
        const gap = ctx.text.slice(at, from);
        if (from < at || from > at + clause.length || !SIGNATORY_GAP.test(gap) || WITNESSED.test(gap)) continue;
        participate(main, clusterOf.get(p)!, s.index, 'participated.signer');
      }
    }
  }
}
