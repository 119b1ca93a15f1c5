// The fl17b round's relation rules (issue 6), read from three first-look samples in new styles and tested on made-up
// sentences in rules-fl17b.test.ts. Rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import { REACHED_AT_AFTER_PROCESS } from './rules-fl17b.ts';

/**
 * Rule reached-at.after-process (see REACHED_AT_AFTER_PROCESS): the agreement a sentence tells reached after a
 * negotiating process is reached at it: the last agreement named in the sentence before the verb, else, when the
 * sentence's subject is "The agreement", the agreement last named before the sentence.
 */
export function reachedAtAfterProcess(k: RelKit): void {
  const { ctx, ev, nameOf } = k;
  for (const e of ev.eventMentions) {
    if (e.planned || !REACHED_AT_AFTER_PROCESS.process.test(nameOf(e))) continue;
    const s = ctx.sentences[e.sentence]!;
    const cue = REACHED_AT_AFTER_PROCESS.cue.exec(ctx.text.slice(s.start, e.start));
    if (!cue) continue;
    // "adopted the X at the World Health Assembly, after three years of negotiations": a gathering the agreement was
    // reached at, named before the process, is where it was reached; the process is its history.
    if (REACHED_AT_AFTER_PROCESS.atBefore.test(cue[0])) continue;
    const inSentence = ev.agreementMentions.filter((a) => a.sentence === e.sentence && a.end <= e.start).pop();
    const before = REACHED_AT_AFTER_PROCESS.subject.test(s.text)
      ? ev.agreementMentions.filter((a) => a.end <= s.start).pop()
      : undefined;
    const ag = inSentence ?? before;
    if (ag) ctx.relate('REACHED_AT', ag.key, e.key, e.sentence, REACHED_AT_AFTER_PROCESS.id);
  }
}
