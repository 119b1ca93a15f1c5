// Rules of round par33 (issue 6): PARTICIPATED_IN recall on the annotated samples (docs/first-look.md, par33).
import type { RelKit } from './rel-kit.ts';

export const PAR33_PATTERNS = {
  /** A whole the GUIDE gives the host of only where the text says so: a visit (and its kinds). */
  visit: /\b(?:visits?|tours?|trips?)\b/i,
};

/**
 * Rule participated.part-up-to-whole: whoever takes part in an event that is PART_OF another event (a meeting on the
 * margins of a summit, a session of a meeting, a round of a process) takes part in the whole (GUIDE, "On the margins /
 * sidelines / occasion of": the meeting is PART_OF the summit and its participants PARTICIPATED_IN that gathering;
 * "Sessions of a meeting … their participants take part in the whole"). A visit (a tour, a trip) is no such whole: its host takes part
 * in it only where the text says so (GUIDE), and the samples' gold gives a visit neither the host's people nor the
 * guest's ministers met inside it. Runs after every other rule, one step up the PART_OF chain at a time.
 */
export function participatePartUpToWhole(k: RelKit): void {
  const { ctx } = k;
  for (let round = 0; round < 3; round++) {
    let added = 0;
    const have = new Set(ctx.relationsOf('PARTICIPATED_IN').map((r) => `${r.from}\u0000${r.to}`));
    for (const p of [...ctx.relationsOf('PART_OF')]) {
      const part = ctx.entity(p.from);
      const whole = ctx.entity(p.to);
      if (part?.type !== 'Event' || whole?.type !== 'Event' || p.from === p.to) continue;
      if (PAR33_PATTERNS.visit.test(whole.name ?? '')) continue;
      for (const r of [...ctx.relationsOf('PARTICIPATED_IN')].filter((x) => x.to === p.from)) {
        const key = `${r.from}\u0000${p.to}`;
        if (have.has(key)) continue;
        have.add(key);
        ctx.relate('PARTICIPATED_IN', r.from, p.to, p.sentence, 'participated.part-up-to-whole');
        added++;
      }
    }
    if (!added) break;
  }
}
