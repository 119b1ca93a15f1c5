// `kg cypher <query>`: runs one query through graph/cypher-console.ts (read-only unless --write) and
// prints an aligned table, or JSON with --json. Any error is one clear line and exit status 1.
import { runConsoleQuery } from '../../graph/cypher-console.ts';
import { openGraph, type OpenGraph } from '../../graph/neo4j-provider.ts';
import { formatTable, parseLimit, parseParams } from '../cypher-format.ts';

export interface CypherCommandOptions {
  write?: boolean;
  json?: boolean;
  /** `key=value` pairs; values are JSON when they parse. */
  param?: string[];
  limit?: string | number;
}

/**
 * Runs `kg cypher`. Read-only unless `write`: a write clause is refused before it reaches Neo4j.
 */
export async function runCypher(query: string, opts: CypherCommandOptions = {}): Promise<void> {
  let graph: OpenGraph | undefined;
  try {
    const params = parseParams(opts.param ?? []);
    const rowLimit = parseLimit(opts.limit);
    graph = await openGraph({ log: (line) => void (line.startsWith('neo4j:') || console.error(line)) });
    const result = await runConsoleQuery(graph, query, params, { write: opts.write === true, rowLimit });
    if (opts.json) console.log(JSON.stringify(result, null, 2));
    else console.log(formatTable(result.columns, result.rows, { truncated: result.truncated }));
  } catch (err) {
    const e = err as { message?: string; hint?: string };
    const message = (e?.message ?? String(err)).replace(/\s*\n\s*/g, ' ');
    console.error(`kg cypher: ${message.replace(/^kg cypher: /, '')}${e?.hint ? ` (${e.hint})` : ''}`);
    process.exitCode = 1;
  } finally {
    await graph?.close().catch(() => undefined);
  }
}
