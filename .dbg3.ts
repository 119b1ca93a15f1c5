import { extractText, toExtractionOutput } from '/work/wt-x-ent/importer/pipeline.ts';
const text = process.argv[2]!;
const out = toExtractionOutput(extractText(text, { file: 'x.txt' }), true);
const name = new Map(out.entities.map((e) => [e.id, e.name]));
for (const e of out.entities) console.log(e.type, e.name, JSON.stringify(e.aliases), (e as any).rules?.join(','));
for (const r of out.relations) console.log(r.type, name.get(r.from), '->', name.get(r.to), (r as any).rule);
