#!/usr/bin/env node
// `npm test`: the whole suite, in order — typecheck, lint, format check, unit tests, integration
// tests against a real Neo4j, browser tests in Chromium — then one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'kg-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, env = {}) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } });
  const ok = r.status === 0;
  console.log(
    `=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return ok;
}

/** A check that is not a test runner counts as one test. */
function check(name, cmd, args) {
  const ok = run(name, cmd, args);
  if (ok === undefined) return;
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

/** A vitest project: counts its tests from the JSON report. */
function vitest(name, project, pre) {
  if (only.length && !only.includes(name)) return;
  if (pre && !run(`${name} (prepare)`, pre[0], pre.slice(1))) {
    failed++;
    failures.push(`${name}: prepare`);
    return;
  }
  const report = join(out, `${project}.json`);
  const ok = run(name, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    passed += j.numPassedTests ?? 0;
    failed += j.numFailedTests ?? 0;
    if ((j.numFailedTests ?? 0) > 0 || !ok) failures.push(name);
    if (!ok && (j.numFailedTests ?? 0) === 0) failed++; // a suite that failed to load or set up
    if ((j.numTotalTests ?? 0) === 0) {
      failed++;
      failures.push(`${name}: no tests ran`);
    }
  } else {
    failed++;
    failures.push(`${name}: no report`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', 'unit');
vitest('integration', 'integration');
vitest('browser', 'browser', ['npx', 'vite', 'build']);

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
