// Relation rules of round fl20b (issue 6); the rule data and pure helpers are in rules-fl20b.ts.
import type { RelKit } from './rel-kit.ts';
import {
  INVOLVES_SESSION_OF_ISSUER_BODY,
  PARTICIPATED_REPORTED_VISIT,
  reportedVisitVerbAt,
  sessionOfUnnamedBody,
} from './rules-fl20b.ts';

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

/** Rule involves.session-of-issuer-body (rules-fl20b.ts): a numbered session of the issuing organisation's body. */
export function involvesSessionOfIssuerBody(k: RelKit): void {
  const org = k.people.homeOrg;
  if (!org || k.people.home) return;
  const orgKey = [...k.hitKeys].find(([h]) => h.type === 'Organization' && h.name === org)?.[1];
  if (!orgKey) return;
  const seen = new Set<string>();
  for (const e of k.ev.eventMentions) {
    if (seen.has(e.key) || !sessionOfUnnamedBody(k.nameOf(e))) continue;
    seen.add(e.key);
    k.ctx.relate('INVOLVES', e.key, orgKey, e.sentence, INVOLVES_SESSION_OF_ISSUER_BODY.id);
  }
}
