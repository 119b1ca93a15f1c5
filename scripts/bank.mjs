#!/usr/bin/env node
// Runs a paraphrase bank (importer/extract/bank-<name>.ts) and prints each case's missed and false facts
// and the pass rate: `node scripts/bank.mjs roles [--all]` (--all also lists the cases that pass).
import { register } from 'tsx/esm/api';

register();
const { runBankCase, scoreBank } = await import('../importer/extract/bank.ts');
const name = process.argv[2] ?? 'roles';
const all = process.argv.includes('--all');
const mod = await import(`../importer/extract/bank-${name}.ts`);
const cases = Object.values(mod).find(Array.isArray);
if (!cases) {
  console.error(`bank: importer/extract/bank-${name}.ts exports no array of cases`);
  process.exit(2);
}
const results = cases.map(runBankCase);
for (const r of results) {
  const ok = r.missed.length === 0 && r.falseFacts.length === 0;
  if (ok && !all) continue;
  console.log(`${ok ? 'pass' : 'FAIL'} ${r.id}`);
  for (const m of r.missed) console.log(`   missed ${m}`);
  for (const f of r.falseFacts) console.log(`   false  ${f}`);
}
const s = scoreBank(results);
console.log(
  `bank ${name}: facts found ${s.found}/${s.expected} (${(s.found / s.expected).toFixed(2)}), ` +
    `cases passed ${s.passed}/${results.length}, false facts ${s.falseFacts}`,
);
