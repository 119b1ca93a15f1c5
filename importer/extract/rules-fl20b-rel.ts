// Relation rules of round fl20b (issue 6); the rule data and pure helpers are in rules-fl20b.ts.
import type { RelKit } from './rel-kit.ts';
import { PARTICIPATED_REPORTED_VISIT, reportedVisitVerbAt } from './rules-fl20b.ts';

const VISIT_NAME = /\bvisit\b/i;

/**
 * Rule participated.reported-visit (rules-fl20b.ts): the one who reports on his visit made it; the meeting of the
 * report's sentence (another event told there, else the readout's own when told there) discussed it.
 */
export function participateReportedVisit(k: RelKit): void {
  const { ctx, main, personsIn, clusterOf, ev, nameOf } = k;
  for (const visit of ev.eventMentions.filter((e) => !e.planned && VISIT_NAME.test(nameOf(e)))) {
    const s = ctx.sentences[visit.sentence]!;
    const verbAt = reportedVisitVerbAt(ctx.text.slice(s.start, visit.start));
    if (verbAt < 0) continue;
    const reporter = [...personsIn(s.index)]
      .filter(([p]) => (p.to ?? p.end) <= s.start + verbAt)
      .sort((a, b) => a[0].start - b[0].start)
      .pop();
    if (reporter) k.participate(visit, clusterOf.get(reporter[0])!, s.index, PARTICIPATED_REPORTED_VISIT.id);
    const meeting =
      ev.eventMentions.find((e) => e.sentence === s.index && e.key !== visit.key && !VISIT_NAME.test(nameOf(e))) ??
      (main && main.key !== visit.key && main.sentence === s.index ? main : undefined);
    if (meeting) ctx.relate('DISCUSSED', meeting.key, visit.key, s.index, PARTICIPATED_REPORTED_VISIT.discussedId);
  }
}
