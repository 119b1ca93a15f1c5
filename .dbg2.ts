import { loadFile } from '/work/wt-x-ent/importer/load.ts';
import { findGazetteerHits } from '/work/wt-x-ent/importer/extract/gazetteer.ts';
const doc = await loadFile(process.argv[2]!);
for (const h of findGazetteerHits(doc.text).filter(h=>h.start<900)) console.log(h.start, h.type, h.name, JSON.stringify(h.surface), h.demonym?'dem':'', JSON.stringify(doc.text.slice(h.start-30,h.start)));
