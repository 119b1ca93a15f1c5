// Whole-text scans kept for the last text they were asked of (issue 9, perf23a). This file imports nothing, so that
// any rule module can use it without an import cycle.

/**
 * `scan(text)`, kept for the last text it was asked of: a whole-text scan that two stages of one document ask for
 * (the event stage and the relation stage, or every organisation hit) runs once per document. The answer is a
 * function of the text alone and shared by the callers, which must not change it.
 */
export function lastOfText<T>(scan: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: scan(text) };
    return last.value;
  };
}
