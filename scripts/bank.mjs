#!/usr/bin/env node
// Runs a paraphrase bank (importer/extract/bank-<name>.ts) and prints each case's missed and false facts and the
// pass rate.
//   node scripts/bank.mjs roles [--all]         the nf6 banks: in-process (importer/extract/bank.ts); --all also
//                                                lists the cases that pass
//   node scripts/bank.mjs events [--only id,id] [--json] [--quiet] [--keep DIR]
//                                                the events bank (importer/extract/bank-events.ts): each passage is
//                                                written as a readout with its expected facts as a gold file and scored
//                                                with the shared scorer (../shared/eval/score.mjs, lenient Event
//                                                matching); facts of its area (Events, PARTICIPATED_IN, PART_OF,
//                                                DISCUSSED, INVOLVES, REACHED_AT) found, missed and falsely found
// `--bank NAME` names the bank too.
import { register } from 'tsx/esm/api';

register();
const args = process.argv.slice(2);
const opt = (flag, dflt) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : dflt;
};
const name =
  opt('--bank') ??
  args.find((a, i) => !a.startsWith('--') && !/^--(?:only|keep|bank)$/.test(args[i - 1] ?? '')) ??
  'roles';
const mod = await import(`../importer/extract/bank-${name}.ts`);
if (mod.EVENT_BANK) {
  const { runScoredBank } = await import('./bank-scored.mjs');
  runScoredBank(name, mod, args, opt);
} else {
  const { runBankCase, scoreBank } = await import('../importer/extract/bank.ts');
  const all = args.includes('--all');
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
}
