// The extractor's modules import each other without cycles (type imports included): shared types live in types.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = dirname(fileURLToPath(import.meta.url));

/** Each module's local imports and re-exports ("import … from './x.ts'", "export … from './x.ts'"). */
export function importGraph(sources: Map<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, src] of sources) {
    const deps = [...src.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]\.\/([\w.-]+\.ts)['"]/gm)].map(
      (m) => m[1]!,
    );
    const bare = [...src.matchAll(/^\s*import\s+['"]\.\/([\w.-]+\.ts)['"]/gm)].map((m) => m[1]!);
    graph.set(
      file,
      [...new Set([...deps, ...bare])].filter((d) => sources.has(d)),
    );
  }
  return graph;
}

/** The first import cycle found by a depth-first walk, as a path that ends where it starts; undefined if none. */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string): string[] | undefined => {
    if (state.get(f) === 'done') return undefined;
    if (state.get(f) === 'open') return [...path.slice(path.indexOf(f)), f];
    state.set(f, 'open');
    path.push(f);
    for (const d of graph.get(f) ?? []) {
      const cycle = visit(d);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(f, 'done');
    return undefined;
  };
  for (const f of [...graph.keys()].sort()) {
    const cycle = visit(f);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('importer/extract import graph', () => {
  it('finds a cycle in a made-up graph, through type imports and re-exports too', () => {
    const sources = new Map([
      ['a.ts', "import { b } from './b.ts';"],
      ['b.ts', "import type {\n  C,\n} from './c.ts';"],
      ['c.ts', "export { a } from './a.ts';"],
      ['d.ts', "import { a } from './a.ts';"],
    ]);
    expect(findCycle(importGraph(sources))).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    sources.set('c.ts', "import { x } from '../x.ts';");
    expect(findCycle(importGraph(sources))).toBeUndefined();
  });

  it('has no cycle among the modules of importer/extract', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const sources = new Map(files.map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
    const graph = importGraph(sources);
    expect([...graph.values()].flat().length).toBeGreaterThan(files.length);
    expect(findCycle(graph)).toBeUndefined();
  });
});
