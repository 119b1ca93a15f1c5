// Relation rules of round fl20a (issue 6); the rule data and pure helpers are in rules-fl20a.ts.
import type { RelKit } from './rel-kit.ts';
import { EVENT_INAUGURATION } from './rules-fl20a.ts';

/**
 * Rule participated.inauguration-subject (with event.inauguration): "Prime Minister X and Prime Minister Y jointly
 * inaugurated the Z Hospital": the people named before the verb in its sentence, the clause's subject, take part in
 * the inauguration. Only people before the verb and after the sentence's last semicolon or "while"; a person after
 * it ("… the hospital built by Minister W") takes no part.
 */
export const PARTICIPATED_INAUGURATION_SUBJECT = {
  id: 'participated.inauguration-subject',
  clauseBreak: /[;]|\bwhile\b|\bwhereas\b/,
};

/** Rule participated.inauguration-subject: the subject's people take part in the inauguration told after them. */
export function participateInaugurationSubject(k: RelKit): void {
  const { ctx, ev, clusterOf, personsIn, participate } = k;
  for (const e of ev.eventMentions) {
    if (ctx.entity(e.key)?.rule !== EVENT_INAUGURATION.id) continue;
    const s = ctx.sentences[e.sentence]!;
    const verbAt = ctx.text.lastIndexOf('inaugurated', e.start);
    if (verbAt < s.start) continue;
    for (const [m] of personsIn(e.sentence)) {
      if ((m.to ?? m.end) > verbAt) continue;
      if (PARTICIPATED_INAUGURATION_SUBJECT.clauseBreak.test(ctx.text.slice(m.to ?? m.end, verbAt))) continue;
      const c = clusterOf.get(m);
      if (c) participate(e, c, e.sentence, PARTICIPATED_INAUGURATION_SUBJECT.id);
    }
  }
}
