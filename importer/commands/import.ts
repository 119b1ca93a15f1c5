// `kg import <paths…>`: opens the graph (graph/neo4j-provider.ts), imports readout files and directories
// with a progress bar, prints the run summary and exits non-zero naming each failed document.
import { basename } from 'node:path';

import cliProgress from 'cli-progress';

import { describeGraphSource, openGraph, type OpenGraph } from '../../graph/neo4j-provider.ts';
import { importPaths, READOUT_EXTENSIONS, type ImportSummary, type OnError } from '../write.ts';

export interface ImportCommandOptions {
  onError?: string;
  extractor?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The closing summary of an import run, several lines of plain text. */
export function formatImportSummary(s: ImportSummary): string {
  const lines = [
    `kg import: ${plural(s.imported, 'document')} imported, ${s.unchanged} unchanged, ${s.failed} failed ` +
      `(${plural(s.files, 'readout file')}, ${(s.ms / 1000).toFixed(1)} s)`,
    `  nodes: ${s.nodesCreated} created, ${s.nodesMatched} matched; ` +
      `relationships: ${s.relationshipsCreated} created, ${s.relationshipsMatched} matched`,
  ];
  if (s.skippedFiles.length > 0) {
    lines.push(
      `  skipped ${plural(s.skippedFiles.length, 'file')} that ${s.skippedFiles.length === 1 ? 'is' : 'are'} not a ` +
        `readout (${READOUT_EXTENSIONS.join(', ')}): ${s.skippedFiles.map((f) => basename(f)).join(', ')}`,
    );
  }
  if (s.skippedLinks.length > 0) {
    lines.push(
      `  skipped ${plural(s.skippedLinks.length, 'symbolic link')} (not followed): ` +
        s.skippedLinks.map((f) => basename(f)).join(', '),
    );
  }
  if (s.failures.length > 0) {
    lines.push('  failed documents:');
    for (const f of s.failures) lines.push(`    ${f.file}: ${f.message}`);
  }
  if (s.stoppedBecause) {
    lines.push(`  stopped early: ${s.stoppedBecause}`);
    if (s.notAttempted > 0) lines.push(`  ${plural(s.notAttempted, 'file')} not attempted`);
  }
  return lines.join('\n');
}

/** One line for an error: its message, then its hint when it has one. */
function errorLine(err: unknown): string {
  const e = err as { message?: string; hint?: string };
  return `kg import: ${e?.message ?? String(err)}${e?.hint ? `\n  ${e.hint}` : ''}`;
}

/**
 * Runs `kg import`. Sets process.exitCode to 1 when a document failed, the run stopped early or no
 * database could be reached; 2 for a bad option.
 */
export async function runImport(paths: string[], opts: ImportCommandOptions = {}): Promise<void> {
  const onError = (opts.onError ?? 'skip') as OnError;
  if (onError !== 'fail' && onError !== 'skip') {
    console.error(`kg import: --on-error must be "fail" or "skip", not "${opts.onError}"`);
    process.exitCode = 2;
    return;
  }
  let graph: OpenGraph | undefined;
  let bar: cliProgress.SingleBar | undefined;
  try {
    // Our own progress lines only; the embedded JVM's log lines start with "neo4j:".
    graph = await openGraph({ log: (line) => void (line.startsWith('neo4j:') || console.error(line)) });
    console.error(`kg import: using ${describeGraphSource(graph.source)}`);
    const summary = await importPaths(graph, paths, {
      onError,
      extractor: opts.extractor,
      onStart: (total) => {
        // A bar only on a terminal and for several files; redirected output gets the summary alone.
        if (total < 2 || !process.stderr.isTTY) return;
        bar = new cliProgress.SingleBar(
          { format: 'importing {bar} {value}/{total} {file}', noTTYOutput: false, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { file: '' });
      },
      onProgress: (done, _total, file) => bar?.update(done, { file: basename(file) }),
    });
    bar?.stop();
    bar = undefined;
    const text = formatImportSummary(summary);
    if (summary.failed > 0 || summary.stoppedBecause) {
      console.error(text);
      process.exitCode = 1;
    } else {
      console.log(text);
    }
  } catch (err) {
    bar?.stop();
    console.error(errorLine(err));
    process.exitCode = 1;
  } finally {
    await graph?.close().catch(() => undefined);
  }
}
