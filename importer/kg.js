#!/usr/bin/env node
// Entry point of the `kg` CLI: runs the TypeScript sources through tsx, so no build step is needed.
import { spawn } from 'node:child_process';

import { register } from 'tsx/esm/api';

// `kg import` and `kg bench` run with V8's garbage collection on the thread that made the garbage, in this
// process and in the extraction workers. By default marking and scavenges also run on V8's shared helper
// threads: with two extraction workers, the main thread and Neo4j on two cores that cost an import of 1,000
// readouts about a third more CPU in the workers (README "Benchmark"). V8's flags are the process's and
// cannot change once the heap is set up (a crash), so these commands start Node again with the flag.
const GC_FLAG = '--single-threaded-gc';
const BATCH_COMMANDS = new Set(['import', 'bench']);

if (BATCH_COMMANDS.has(process.argv[2] ?? '') && !process.execArgv.includes(GC_FLAG)) {
  const child = spawn(process.execPath, [GC_FLAG, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  // A terminal's Ctrl-C reaches both processes (one process group): the child handles it, this one waits.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    // Die of the same signal (so a shell sees 130 for Ctrl-C), without this process's own handlers.
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  register();
  await import('./cli.ts');
}
