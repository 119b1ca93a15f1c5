// What the benchmark's parts share: timing, percentiles, sizes on disk, and the report that prints each
// figure as a line (stderr with --json) and keeps it for the JSON object (stable field names).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type Figures = Record<string, unknown>;

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

/** The p-th percentile (0..1) of `xs`, nearest rank. */
export const pct = (xs: number[], p: number): number =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]! : NaN;

/** p50 / p95 / p99 / max of latencies in ms. */
export function latencies(xs: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  return {
    n: xs.length,
    p50: round(pct(xs, 0.5)),
    p95: round(pct(xs, 0.95)),
    p99: round(pct(xs, 0.99)),
    max: round(Math.max(...xs)),
  };
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

/** Bytes under `dir`, and the bytes of Neo4j transaction logs among them. */
export async function diskUsage(dir: string): Promise<{ bytes: number; txLogBytes: number }> {
  let bytes = 0;
  let txLogBytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const size = (await stat(join(e.parentPath, e.name)).catch(() => undefined))?.size ?? 0;
    bytes += size;
    if (e.name.includes('transaction.db')) txLogBytes += size;
  }
  return { bytes, txLogBytes };
}

export const mb = (bytes: number): number => round(bytes / 2 ** 20);

/** Prints figures as lines (to stderr when the JSON goes to stdout) and keeps them by section. */
export class Report {
  readonly figures: Record<string, Figures> = {};
  constructor(private readonly json: boolean) {}

  private out(text: string): void {
    if (this.json) console.error(text);
    else console.log(text);
  }

  section(title: string): void {
    this.out(`\n## ${title}`);
  }

  /** One figure: `section.key` in the JSON, `label  text` on the console. */
  add(section: string, key: string, value: unknown, label: string, text: string): void {
    (this.figures[section] ??= {})[key] = value;
    this.out(`${label.padEnd(46)} ${text}`);
  }

  /** A latency figure: p50 / p95 / p99 ms. */
  addLatency(section: string, key: string, xs: number[], label: string, extra = ''): void {
    const l = latencies(xs);
    this.add(section, key, l, label, `p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms (n=${l.n})${extra}`);
  }

  note(text: string): void {
    this.out(text);
  }
}

/** CPU ms (user + system) of a process or one of its threads, from /proc (Linux); NaN elsewhere. */
export async function procCpuMs(pid: number | undefined, tid?: number): Promise<number> {
  if (pid === undefined) return NaN;
  const path = tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`;
  const stat = await readFile(path, 'utf8').catch(() => '');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return stat ? (ticks * 1000) / CLOCK_TICKS : NaN;
}

const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

/** CPU ms so far of this process's main thread, of all its threads (workers included), and of `otherPid`. */
export async function cpuSnapshot(otherPid?: number): Promise<{ main: number; all: number; other: number }> {
  const usage = process.cpuUsage();
  return {
    main: await procCpuMs(process.pid, process.pid),
    all: (usage.user + usage.system) / 1000,
    other: await procCpuMs(otherPid),
  };
}
