// `kg extract <files…>`: the dry run. One JSON line per document on stdout; a failing file is reported on
// stderr by name, the others still print, and the exit code is 1 at the end.
import { extractFile, toExtractionOutput } from '../pipeline.ts';

/** Extracts each file and prints its Extraction as one JSON line. */
export async function runExtract(files: string[], opts: { explain?: boolean; extractor?: string } = {}): Promise<void> {
  let failed = 0;
  for (const path of files) {
    try {
      const doc = await extractFile(path, { extractor: opts.extractor ?? 'rules' });
      process.stdout.write(JSON.stringify(toExtractionOutput(doc, opts.explain)) + '\n');
    } catch (err) {
      failed++;
      process.stderr.write(`kg extract: ${path}: ${(err as Error).message}\n`);
    }
  }
  if (failed) {
    process.stderr.write(`kg extract: ${failed} of ${files.length} file(s) failed\n`);
    process.exitCode = 1;
  }
}
