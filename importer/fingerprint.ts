// What produced a stored document's facts: the extractor's name and a digest of the importer's sources (every
// stage from load to resolve, gazetteers and lexicons included). `kg import` stores it on the Document beside the
// readout's sha256, and leaves a document alone only when both are the same: after an upgrade whose rules or
// identity keys changed, re-importing the same files extracts and writes them again, and the retraction of the
// old version removes facts and entities (such as an office under a former id) that no longer follow from it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
/** Folders of importer/ that do not shape an extraction (the CLI, the benchmark). */
const NOT_EXTRACTION = new Set(['bench', 'commands', 'samples']);

/** The importer's source files that shape an extraction, relative to importer/, sorted. */
export function extractionSources(root = ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === root && NOT_EXTRACTION.has(entry.name))) walk(path);
      } else if (/\.(ts|json)$/.test(entry.name) && !/\.test(-helper)?\.ts$/.test(entry.name)) {
        out.push(relative(root, path));
      }
    }
  };
  walk(root);
  return out.sort();
}

/** 16 hex digits of the sha256 of `extractionSources(root)`, names and contents. */
export function sourcesDigest(root = ROOT): string {
  const hash = createHash('sha256');
  for (const file of extractionSources(root))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

let cached: string | undefined;

/** `<extractor>:<sourcesDigest()>`; the digest is computed once per process. */
export function extractorStamp(extractor = 'rules'): string {
  cached ??= sourcesDigest();
  return `${extractor}:${cached}`;
}
