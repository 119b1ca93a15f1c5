// `kg cypher` text output and arguments: `--param key=value` parsing and an aligned table of the
// console's plain JSON rows (nodes, relationships and paths shown compactly, long cells cut).

/**
 * `key=value` pairs as query parameters: the value is JSON when it parses (`n=5`, `names=["a","b"]`),
 * else the raw string (`name=Shinzo Abe`). Throws naming a pair without `=` or with a bad key.
 */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_]\w*$/.test(key)) {
      throw new Error(`kg cypher: --param "${pair}" is not key=value (e.g. --param name="Shinzo Abe" --param n=5)`);
    }
    const raw = pair.slice(eq + 1);
    try {
      params[key] = JSON.parse(raw);
    } catch {
      params[key] = raw;
    }
  }
  return params;
}

/** `--limit` as a positive integer; throws naming the bad value. */
export function parseLimit(value: string | number | undefined, fallback = 1000): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`kg cypher: --limit "${value}" is not a positive whole number`);
  return n;
}

type Plain = Record<string, unknown>;
const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlainNode = (v: Plain) => Array.isArray(v.labels) && typeof v.id === 'string' && isObject(v.properties);
const isPlainRel = (v: Plain) => typeof v.type === 'string' && 'start' in v && 'end' in v && isObject(v.properties);
const isPlainPath = (v: Plain) => Array.isArray(v.nodes) && Array.isArray(v.relationships);

/** One cell as text: a node `(:Person Shinzo Abe)`, a relationship `[:HOLDS_OFFICE a->b]`, others as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    if (isPlainNode(value)) {
      const name = (value.properties as Plain).name ?? value.id;
      return `(:${(value.labels as string[]).join(':')} ${String(name)})`;
    }
    if (isPlainRel(value)) return `[:${String(value.type)} ${String(value.start)}->${String(value.end)}]`;
    if (isPlainPath(value)) {
      return (
        (value.nodes as unknown[]).map(cellText).join('-') + ` (${(value.relationships as unknown[]).length} hops)`
      );
    }
  }
  if (Array.isArray(value) && value.some(isObject)) return `[${value.map(cellText).join(', ')}]`;
  return JSON.stringify(value);
}

/** Cuts a cell to `width` characters (one line), ending with an ellipsis when cut. */
function fit(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= width ? line : line.slice(0, Math.max(1, width - 1)) + '…';
}

/**
 * An aligned text table with a header, a rule and a closing count line.
 * @example formatTable(['name'], [['Shinzo Abe']], { truncated: false }) // 'name\n----------\nShinzo Abe\n\n1 row'
 */
export function formatTable(
  columns: readonly string[],
  rows: readonly unknown[][],
  opts: { truncated: boolean; maxCell?: number },
): string {
  const maxCell = opts.maxCell ?? 48;
  const cells = rows.map((row) => columns.map((_c, i) => fit(cellText(row[i]), maxCell)));
  const widths = columns.map((c, i) => Math.max(fit(c, maxCell).length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(columns.map((c) => fit(c, maxCell))), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells) out.push(line(r));
  const count = `${rows.length} row${rows.length === 1 ? '' : 's'}`;
  out.push('', opts.truncated ? `${count} (truncated: more rows exist; raise --limit)` : count);
  return out.join('\n');
}
