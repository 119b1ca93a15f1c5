import { readdirSync } from 'node:fs';
import { loadFile } from '/work/wt-x-ent/importer/load.ts';
import { findGazetteerHits } from '/work/wt-x-ent/importer/extract/gazetteer.ts';
import { issuingState } from '/work/wt-x-ent/importer/extract/index.ts';
const skip = /2023-05-14-michel|2021-10-08-mexico|2024-03-01-kenya|2025-05-21-pakistan|2024-07-02-philippines|2023-07-27-holy-see/;
for (const f of readdirSync('../shared/corpus/dev').sort()) {
  if (skip.test(f)) continue;
  const doc = await loadFile(`../shared/corpus/dev/${f}`);
  const hits = findGazetteerHits(doc.text);
  console.log(f.slice(0, 60).padEnd(62), issuingState(doc.text, hits, `${doc.source ?? ''} ${doc.url ?? ''}`));
}
