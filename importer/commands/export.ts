// `kg export --format F [--query Q | --around NAME [--depth N]] [--out FILE]`: the whole graph, a read
// query's graph or an entity's neighbourhood, written in one of the export formats to a file or stdout.
import { writeFile } from 'node:fs/promises';

import type { GraphConnection } from '../../graph/connection.ts';
import { GraphStoreError } from '../../graph/errors.ts';
import { toCsvTables } from '../../graph/formats/csv.ts';
import { renderExport } from '../../graph/formats/render.ts';
import { openGraph } from '../../graph/neo4j-provider.ts';
import { expandNeighbours, exportGraph, MAX_LIMIT, searchEntities } from '../../graph/read-store.ts';
import { EXPORT_FORMATS, type ApiGraph, type ExportFormat, type SearchHit } from '../../graph/types.ts';

export interface ExportOptions {
  format: string;
  query?: string;
  around?: string;
  depth?: string | number;
  out?: string;
}

class UsageError extends Error {}

/** The hit whose name or an alias equals `name` (case-insensitive), else the best-scored one. */
export function pickEntity(name: string, hits: SearchHit[]): SearchHit | undefined {
  const wanted = name.trim().toLowerCase();
  return (
    hits.find((h) => h.name.toLowerCase() === wanted) ??
    hits.find((h) => h.aliases.some((a) => a.toLowerCase() === wanted)) ??
    hits[0]
  );
}

function parseOptions(opts: ExportOptions): { format: ExportFormat; depth: number } {
  const format = opts.format?.toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new UsageError(`kg export: unknown --format "${opts.format}"; use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (opts.query !== undefined && opts.around !== undefined) {
    throw new UsageError('kg export: give --query or --around, not both');
  }
  const depth = Number(opts.depth ?? 1);
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
    throw new UsageError(`kg export: --depth must be 1, 2 or 3, got "${opts.depth}"`);
  }
  return { format, depth };
}

async function selectGraph(conn: GraphConnection, opts: ExportOptions, depth: number): Promise<ApiGraph> {
  if (opts.around !== undefined) {
    const hit = pickEntity(opts.around, await searchEntities(conn, opts.around, 10));
    if (!hit) {
      throw new GraphStoreError('NOT_FOUND', `kg export: no entity named "${opts.around}"`, {
        hint: 'Check the spelling, or import the readouts that mention it first.',
      });
    }
    console.error(`kg export: around ${hit.name} (${hit.id}), depth ${depth}`);
    return expandNeighbours(conn, hit.id, depth, MAX_LIMIT);
  }
  if (opts.query !== undefined) return exportGraph(conn, { query: opts.query });
  return exportGraph(conn, { filter: {} });
}

/** Runs `kg export`: exit code 2 on bad options, 1 on a database or query error. */
export async function runExport(opts: ExportOptions): Promise<void> {
  let parsed: { format: ExportFormat; depth: number };
  try {
    parsed = parseOptions(opts);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 2;
    return;
  }
  let graph: Awaited<ReturnType<typeof openGraph>> | undefined;
  try {
    graph = await openGraph({ log: (line) => console.error(line) });
    const sub = await selectGraph(graph, opts, parsed.depth);
    const summary = `${sub.nodes.length} nodes, ${sub.edges.length} relationships`;
    if (sub.truncated) console.error(`kg export: warning: the graph was capped at ${MAX_LIMIT} elements`);
    if (!opts.out) {
      process.stdout.write(renderExport(sub, parsed.format).body);
      console.error(`kg export: ${summary} (${parsed.format}) written to stdout`);
    } else if (parsed.format === 'csv') {
      const prefix = opts.out.replace(/\.csv$/i, '');
      const tables = toCsvTables(sub);
      await writeFile(`${prefix}-nodes.csv`, tables.nodes);
      await writeFile(`${prefix}-edges.csv`, tables.edges);
      console.error(`kg export: ${summary} written to ${prefix}-nodes.csv and ${prefix}-edges.csv`);
    } else {
      await writeFile(opts.out, renderExport(sub, parsed.format).body);
      console.error(`kg export: ${summary} written to ${opts.out}`);
    }
  } catch (err) {
    const e = err as Error & { hint?: string };
    console.error(e instanceof GraphStoreError ? e.message : `kg export: ${e.message}`);
    if (e.hint) console.error(`  ${e.hint}`);
    process.exitCode = 1;
  } finally {
    await graph?.close().catch(() => undefined);
  }
}
