// The import boundaries of the layout and the home of Cypher text, checked by scanning the sources:
// graph/ never imports importer/ or web/; web/ imports only types from graph/ and never neo4j-driver;
// Cypher text lives only in graph/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (['node_modules', 'target', 'samples', 'dist'].includes(name)) continue;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(rel);
  }
  return out;
}

/** Sources that ship (tests may use values and Cypher to check the product). */
const appSources = (dir: string) => sources(dir).filter((f) => !/\.test(-\w+)?\.tsx?$|test-(helper|fixture)/.test(f));

/** Every `import … from '…'` / `export … from '…'` / `import('…')` with whether it is type-only. */
function imports(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    found.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push({ spec: m[1]!, typeOnly: false });
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ spec: m[1]!, typeOnly: false });
  return found;
}

const resolvesInto = (file: string, spec: string, folder: string) =>
  spec.startsWith('.') && relative(ROOT, join(ROOT, file, '..', spec)).startsWith(folder + '/');

const CYPHER =
  /\b(MATCH|MERGE|OPTIONAL MATCH)\s*\(|\bCREATE\s+(CONSTRAINT|INDEX|FULLTEXT)|\bUNWIND\s+\$|\bDETACH\s+DELETE\b/;

describe('import boundaries', () => {
  it('graph/ never imports importer/ or web/', () => {
    const bad = sources('graph').flatMap((f) =>
      imports(f)
        .filter((i) => resolvesInto(f, i.spec, 'importer') || resolvesInto(f, i.spec, 'web'))
        .map((i) => `${f} imports ${i.spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('web/ imports only types from graph/ and never neo4j-driver', () => {
    const bad = appSources('web').flatMap((f) =>
      imports(f)
        .filter(
          (i) =>
            i.spec === 'neo4j-driver' ||
            resolvesInto(f, i.spec, 'importer') ||
            (resolvesInto(f, i.spec, 'graph') && !i.typeOnly),
        )
        .map((i) => `${f} imports ${i.spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('Cypher text lives only in graph/', () => {
    const bad = [...appSources('importer'), ...appSources('web')].filter((f) =>
      CYPHER.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(bad).toEqual([]);
  });

  it('the scanner sees a violation when there is one', () => {
    expect(CYPHER.test('const q = "MATCH (n:Person) RETURN n"')).toBe(true);
    expect(resolvesInto('graph/store.ts', '../importer/load.ts', 'importer')).toBe(true);
    expect(resolvesInto('graph/store.ts', './schema.ts', 'importer')).toBe(false);
  });
});
