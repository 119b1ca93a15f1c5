// The events bank's runner (scripts/bank.mjs events): writes each passage as a readout with its expected facts as a
// gold file, runs `kg extract` on them all through the shared scorer (../shared/eval/score.mjs, lenient Event
// matching), and prints per case the facts of the bank's area found, missed and falsely found, then the pass rate
// (facts found / facts expected).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Scores the bank `mod` (EVENT_BANK, BANK_EVENT_RELATIONS, optional BANK_ENTITY_TYPES: the entity types of its area,
 * Event unless it says) named `bankName`; `opt` reads the command's options.
 */
export function runScoredBank(bankName, mod, args, opt) {
  const scorer = resolve('../shared/eval/score.mjs');
  if (!existsSync(scorer)) {
    console.error(`bank: the shared scorer is missing (${scorer}); it lives in ../shared beside the repo`);
    process.exit(2);
  }
  const only = opt('--only', '').split(',').filter(Boolean);
  const cases = mod.EVENT_BANK.filter((c) => !only.length || only.includes(c.id));
  const relTypes = new Set(mod.BANK_EVENT_RELATIONS);
  const entTypes = new Set(mod.BANK_ENTITY_TYPES ?? ['Event']);

  const keep = opt('--keep', '');
  const dir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'kg-bank-'));
  mkdirSync(dir, { recursive: true });
  const texts = join(dir, 'texts');
  const gold = join(dir, 'gold');
  mkdirSync(texts, { recursive: true });
  mkdirSync(gold, { recursive: true });
  for (const c of cases) {
    const front = [`date: ${c.date}`, c.title ? `title: ${c.title}` : '', c.source ? `source: ${c.source}` : '']
      .filter(Boolean)
      .join('\n');
    const body = (c.title ? `${c.title}\n\n` : '') + c.text + '\n';
    writeFileSync(join(texts, `${c.id}.txt`), `---\n${front}\n---\n${body}`);
    const relations = c.relations.map(([type, from, to]) => ({ type, from, to }));
    const doc = { document: { file: `${c.id}.txt`, date: c.date }, entities: c.entities, relations };
    writeFileSync(join(gold, `${c.id}.json`), JSON.stringify(doc, null, 1));
  }
  // A relation type "TYPE>Label" (agreements-3: "DISCUSSED>Agreement") counts only relations of TYPE whose target is
  // of that label: the runner then extracts first, to know the predicted targets' labels.
  const typed = [...relTypes].some((t) => t.includes('>'));
  const predTypes = new Map();
  const scoreArgs = [scorer, '--gold', gold, '--texts', texts, '--verbose'];
  if (typed) {
    const files = cases.map((c) => join(texts, `${c.id}.txt`));
    const out = execFileSync(process.execPath, ['importer/kg.js', 'extract', ...files], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    writeFileSync(join(dir, 'pred.jsonl'), out);
    for (const line of out.split('\n').filter(Boolean)) {
      const doc = JSON.parse(line);
      const id = doc.document.file.replace(/\.txt$/, '');
      predTypes.set(id, new Map(doc.entities.map((e) => [e.name, e.type])));
    }
    scoreArgs.push('--pred', join(dir, 'pred.jsonl'));
  } else scoreArgs.push('--cmd', 'node importer/kg.js extract');
  const r = spawnSync(process.execPath, scoreArgs, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (!keep) rmSync(dir, { recursive: true, force: true });
  const lines = r.stdout.split('\n');
  const inArea = (what, labelOf) => {
    const type = what.split(' ')[0];
    if (entTypes.has(type) || relTypes.has(type)) return true;
    const to = what.split(' -> ').slice(1).join(' -> ');
    return typed && relTypes.has(`${type}>${labelOf(to)}`);
  };
  let expected = 0;
  let found = 0;
  let falses = 0;
  let passed = 0;
  const rows = [];
  for (const c of cases) {
    const goldType = (n) => c.entities.find((e) => e.name === n)?.type;
    const predType = (n) => predTypes.get(c.id)?.get(n);
    const exp =
      c.entities.filter((e) => entTypes.has(e.type)).length +
      c.relations.filter(([t, , to]) => relTypes.has(t) || relTypes.has(`${t}>${goldType(to)}`)).length;
    const mine = lines.filter((l) => l.startsWith(`${c.id}.txt: `)).map((l) => l.slice(c.id.length + 6));
    const missed = mine.filter((l) => l.startsWith('missed ') && inArea(l.slice(7), goldType));
    const spurious = mine.filter((l) => l.startsWith('spurious ') && inArea(l.slice(9), predType));
    const ok = missed.length === 0 && spurious.length === 0;
    expected += exp;
    found += exp - missed.length;
    falses += spurious.length;
    if (ok) passed++;
    rows.push({ id: c.id, ok, expected: exp, found: exp - missed.length, missed, spurious });
  }
  if (args.includes('--json')) console.log(JSON.stringify({ expected, found, falses, passed, cases: rows }));
  else {
    for (const row of rows) {
      console.log(
        `${row.ok ? 'PASS' : 'FAIL'} ${row.id} ${row.found}/${row.expected}${row.spurious.length ? ` +${row.spurious.length} false` : ''}`,
      );
      if (args.includes('--quiet')) continue;
      for (const m of [...row.missed, ...row.spurious]) console.log(`     ${m}`);
    }
    console.log(
      `bank ${bankName}: ${passed}/${cases.length} cases pass; facts found ${found}/${expected} ` +
        `(${((100 * found) / expected).toFixed(1)} %), false facts ${falses}`,
    );
  }
}
