// Runs the extractor on every hand-written readout in test/fixtures/readouts and checks the hand-checked facts in
// test/fixtures/expected (a subset: every listed entity and relation must be found, by canonical name).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { extractFile, toExtractionOutput } from './pipeline.ts';

const ROOT = new URL('../test/fixtures/', import.meta.url).pathname;

interface Expected {
  document: { file: string; date?: string; title?: string };
  entities: { type: string; name: string }[];
  relations: { type: string; from: string; to: string }[];
}

describe('fixture readouts', () => {
  for (const f of readdirSync(join(ROOT, 'expected')).filter((x) => x.endsWith('.json'))) {
    const exp = JSON.parse(readFileSync(join(ROOT, 'expected', f), 'utf8')) as Expected;
    it(`${exp.document.file}: finds the hand-checked entities and relations`, async () => {
      const out = toExtractionOutput(await extractFile(join(ROOT, 'readouts', exp.document.file)));
      if (exp.document.date) expect(out.document.date).toBe(exp.document.date);
      if (exp.document.title) expect(out.document.title).toBe(exp.document.title);
      const names = new Set(out.entities.map((e) => `${e.type}|${e.name}`));
      for (const e of exp.entities) expect(names, `${e.type} ${e.name}`).toContain(`${e.type}|${e.name}`);
      const byId = new Map(out.entities.map((e) => [e.id, e.name]));
      const rels = new Set(out.relations.map((r) => `${r.type}|${byId.get(r.from)}|${byId.get(r.to)}`));
      for (const r of exp.relations)
        expect(rels, `${r.type} ${r.from} -> ${r.to}`).toContain(`${r.type}|${r.from}|${r.to}`);
    });
  }
});

describe('every readout of the repo', () => {
  // Under test an unknown relation end or an off-ontology relation throws (importer/extract/context.ts): each bundled
  // sample and fixture readout must extract without such a rule bug.
  const dirs = [new URL('./samples/', import.meta.url).pathname, join(ROOT, 'readouts'), join(ROOT, 'identity')];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((x) => /\.(txt|md|html)$/.test(x))
      .map((x) => join(d, x)),
  );
  it.each(files)('%s extracts with no rule bug', async (file) => {
    const out = toExtractionOutput(await extractFile(file));
    expect(out.entities.length).toBeGreaterThan(0);
  });
});
