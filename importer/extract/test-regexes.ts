// For the pattern checks of literal-need.test.ts and cue-gates.test.ts: every regex the extractor's modules export.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The regexes the extractor's modules export (pattern tables too, three levels deep; not the banks). */
export async function exportedRegexes(): Promise<RegExp[]> {
  const dir = import.meta.dirname;
  const out = new Set<RegExp>();
  const walk = (v: unknown, depth: number): void => {
    if (v instanceof RegExp) out.add(v);
    else if (depth < 3 && v && typeof v === 'object' && !ArrayBuffer.isView(v))
      for (const x of v instanceof Map ? v.values() : Object.values(v)) walk(x, depth + 1);
  };
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test') && !f.startsWith('bank'));
  for (const f of files) walk(await import(join(dir, f)), 0);
  return [...out];
}
