// The console's second line of defence: refuses Cypher that writes before it reaches Neo4j (the first line
// is the READ access mode of the session). Strings, comments and quoted names are blanked before scanning.
import { GraphStoreError } from './errors.ts';

/** Each write clause (case-insensitive keywords) with the name used in the error message. */
const WRITE_CLAUSES: readonly [RegExp, string][] = [
  [/\bCREATE\b/i, 'CREATE'],
  [/\bMERGE\b/i, 'MERGE'],
  [/\bDETACH\b/i, 'DETACH DELETE'],
  [/\bDELETE\b/i, 'DELETE'],
  [/\bSET\b/i, 'SET'],
  [/\bREMOVE\b/i, 'REMOVE'],
  [/\bDROP\b/i, 'DROP'],
  [/\bFOREACH\b/i, 'FOREACH'],
  [/\bLOAD\s+CSV\b/i, 'LOAD CSV'],
  [/\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i, 'CALL { … } IN TRANSACTIONS'],
  [/\b(?:ALTER|GRANT|DENY|REVOKE|RENAME|TERMINATE)\b/i, 'administration commands'],
  [/\b(?:START|STOP)\s+DATABASE\b/i, 'START/STOP DATABASE'],
];

/** Procedures that write or administer; other procedures (db.labels, apoc.path.*, …) stay allowed. */
const WRITE_PROCEDURES: readonly [RegExp, string][] = [
  [/\bCALL\s+dbms\.(?!components\b)/i, 'dbms procedures'],
  [/\bCALL\s+db\.(?:create|index\.fulltext\.(?:create|drop)|clearQueryCaches|checkpoint)/i, 'db write procedures'],
  [
    /\bCALL\s+apoc\.(?:create|merge|refactor|periodic|do|nodes\.(?:delete|link|collapse)|cypher\.(?:doIt|run(?:Write|Schema|Many|Timeboxed))|trigger|load|import|export|schema\.assert|atomic|lock|uuid|ttl|systemdb|graph\.fromDocument)\b/i,
    'APOC write procedures',
  ],
];

/**
 * The query with string literals, comments and backtick-quoted names replaced by spaces (lengths kept),
 * so that `WHERE n.name = 'Set up'` or `` n.`create` `` is not mistaken for a clause.
 */
export function blankLiterals(query: string): string {
  return query.replace(/'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|`[^`]*`?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g, (m) =>
    ' '.repeat(m.length),
  );
}

/** The first write construct in the query, or undefined when it reads only. */
export function findWriteConstruct(query: string): string | undefined {
  const text = blankLiterals(query);
  for (const [pattern, name] of WRITE_PROCEDURES) if (pattern.test(text)) return name;
  // Keywords used as names are not clauses: properties (`n.set`), parameters (`$create`), labels and
  // types (`:Merge`) and map keys (`{delete: 1}`).
  const clauses = text
    .replace(/([{,]\s*)([A-Za-z_]\w*)(?=\s*:)/g, (_m, pre: string, key: string) => pre + ' '.repeat(key.length))
    .replace(/[.$:]\s*[A-Za-z_]\w*/g, (m) => ' '.repeat(m.length));
  // Name the construct that comes first in the query.
  let first: { at: number; name: string } | undefined;
  for (const [pattern, name] of WRITE_CLAUSES) {
    const at = clauses.search(pattern);
    if (at >= 0 && (!first || at < first.at)) first = { at, name };
  }
  return first?.name;
}

/** Throws GraphStoreError('FORBIDDEN') naming the write construct when the query would write. */
export function assertReadOnly(query: string): void {
  const found = findWriteConstruct(query);
  if (found) {
    throw new GraphStoreError('FORBIDDEN', `graph/cypher-console: ${found} is not allowed: the console is read-only`, {
      hint: 'Use `kg cypher --write` to change the graph on purpose, or `kg import` to add readouts.',
    });
  }
}
