#!/usr/bin/env node
// Entry point of the `kg` CLI: runs the TypeScript sources through tsx, so no build step is needed.
import { spawn } from 'node:child_process';

import { register } from 'tsx/esm/api';

// `kg import` and `kg bench` run with four V8 flags, in this process and in the extraction workers (V8's
// flags are the process's and cannot change once the heap is set up: a crash), so these commands start Node
// again with them (README "Benchmark"):
// - garbage collection on the thread that made the garbage: by default marking and scavenges also run on
//   V8's shared helper threads, and with two extraction workers, the main thread and Neo4j on two cores
//   that cost an import of 1,000 readouts about a third more CPU in the workers;
// - an 8× interrupt budget: a function is optimised by TurboFan after eight times the work, so the
//   extraction workers compile less of the extractor that a run of 1,000 readouts barely reuses (about
//   3 ms of CPU per readout less in the workers, the main thread unchanged);
// - regexes compiled to machine code on their first run instead of interpreted first (V8's regexp tier-up): the
//   extractor runs hundreds of regexes over each readout, and with the tier-up extraction took about 6 % more CPU
//   per readout (370 readouts on one thread, three pairs alternated: 6.4–6.7 against 6.1–6.3 ms);
// - every function compiled by Sparkplug (V8's baseline compiler: bytecode turned into machine code in one fast
//   pass, no optimisation) when it first runs, instead of interpreted until it has run for a while: with the 8×
//   budget most of the extractor's code waits long for TurboFan, and a run of 1,000 readouts spent about 4 % less
//   CPU extracting (README "Benchmark", perf22a).
// The GC flag marks a Node already started with them (a Node started by hand with it is left as it is).
const GC_FLAG = '--single-threaded-gc';
const V8_FLAGS = [GC_FLAG, '--interrupt-budget=540000', '--no-regexp-tier-up', '--always-sparkplug'];
const BATCH_COMMANDS = new Set(['import', 'bench']);

if (BATCH_COMMANDS.has(process.argv[2] ?? '') && !process.execArgv.includes(GC_FLAG)) {
  const child = spawn(process.execPath, [...V8_FLAGS, ...process.execArgv, ...process.argv.slice(1)], {
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
