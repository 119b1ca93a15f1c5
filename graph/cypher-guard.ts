// What the console lets through. The server decides (classifyPlan: the query type and the operators of the
// plan that Neo4j reports for `EXPLAIN <query>`); a lexical pre-check (findForbiddenConstruct), written with
// Cypher's own whitespace, comment and quoting rules, refuses the obvious cases before anything is sent.
import { GraphStoreError } from './errors.ts';

/** The only procedures the console may call: schema and full-text look-ups, all read-only. */
export const CONSOLE_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

const CONSOLE_PROCEDURES_LOWER = new Set([...CONSOLE_PROCEDURES].map((p) => p.toLowerCase()));

/**
 * Cypher's whitespace (Neo4j 5 lexer): more than JavaScript's `\s` (U+001C–U+001F are whitespace to Cypher),
 * plus U+0085 and U+FEFF, which may only widen what the filter sees as a word break.
 */
const CYPHER_SPACE =
  '\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
const SPACES = new RegExp(`[${CYPHER_SPACE}]+`, 'g');

/** Strings, comments (`//` ends at `\r` or `\n`, as in Cypher) and backtick-quoted names, in source order. */
const LEXEMES = /'(?:[^'\\]|\\[\s\S])*'?|"(?:[^"\\]|\\[\s\S])*"?|`(?:[^`]|``)*`?|\/\/[^\r\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;

/**
 * The query with string literals and comments replaced by spaces and backtick-quoted names by their plain
 * text when that is a simple name (`` `dbms` `` → `dbms`), else by spaces; lengths kept.
 */
export function blankLiterals(query: string): string {
  return query.replace(LEXEMES, (m) => {
    if (m.startsWith('`')) {
      const name = m.slice(1, m.endsWith('`') && m.length > 1 ? -1 : undefined).replace(/``/g, '`');
      if (/^[A-Za-z_][\w]*$/.test(name) && name.length + 2 === m.length) return ` ${name} `;
    }
    return ' '.repeat(m.length);
  });
}

/** Each forbidden clause (case-insensitive keywords) with the name used in the error message. */
const FORBIDDEN_CLAUSES: readonly [RegExp, string][] = [
  [/\bCREATE\b/i, 'CREATE'],
  [/\bMERGE\b/i, 'MERGE'],
  [/\bDETACH\b/i, 'DETACH DELETE'],
  [/\bDELETE\b/i, 'DELETE'],
  [/\bSET\b/i, 'SET'],
  [/\bREMOVE\b/i, 'REMOVE'],
  [/\bDROP\b/i, 'DROP'],
  [/\bFOREACH\b/i, 'FOREACH'],
  [/\bLOAD CSV\b/i, 'LOAD CSV'],
  [/\bIN (?:\S+ )?(?:CONCURRENT )?TRANSACTIONS\b/i, 'CALL { … } IN TRANSACTIONS'],
  [/\b(?:ALTER|GRANT|DENY|REVOKE|RENAME|TERMINATE|ENABLE|DEALLOCATE|REALLOCATE)\b/i, 'administration commands'],
  [/\b(?:START|STOP) DATABASE\b/i, 'START/STOP DATABASE'],
  [/\bSHOW\b/i, 'SHOW commands'],
  [/\bUSE\b/i, 'USE (another database)'],
  [/^ ?(?:EXPLAIN|PROFILE)\b/i, 'EXPLAIN/PROFILE'],
];

/** `CALL name.space.proc` (parentheses optional) — not `CALL {` or `CALL (x) {` subqueries. */
const PROCEDURE_CALL = /\bCALL ?([A-Za-z_][\w]*(?: ?\. ?[A-Za-z_][\w]*)*)/gi;

/** The first forbidden construct of the query, or undefined when the lexical pre-check lets it through. */
export function findForbiddenConstruct(query: string): string | undefined {
  const text = blankLiterals(query).replace(SPACES, ' ');
  for (const m of text.matchAll(PROCEDURE_CALL)) {
    const name = (m[1] ?? '').replace(/ /g, '');
    if (!CONSOLE_PROCEDURES_LOWER.has(name.toLowerCase())) return `procedure ${name}`;
  }
  // Keywords used as names are not clauses: properties (`n.set`), parameters (`$create`), labels and
  // types (`:Merge`) and map keys (`{delete: 1}`).
  const clauses = text
    .replace(/([{,] ?)([A-Za-z_]\w*)(?= ?:)/g, (_m, pre: string, key: string) => pre + ' '.repeat(key.length))
    .replace(/[.$:] ?[A-Za-z_]\w*/g, (m) => ' '.repeat(m.length));
  if (/;\s*\S/.test(clauses)) return 'more than one statement';
  // Name the construct that comes first in the query.
  let first: { at: number; name: string } | undefined;
  for (const [pattern, name] of FORBIDDEN_CLAUSES) {
    const at = clauses.search(pattern);
    if (at >= 0 && (!first || at < first.at)) first = { at, name };
  }
  return first?.name;
}

/** One operator of the plan Neo4j reports for EXPLAIN (neo4j-driver's `summary.plan`). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Operators a read-only console must not run even in a read query: files and URLs, admin and SHOW commands. */
const FORBIDDEN_OPERATOR =
  /^(?:LoadCSV|ProcedureCall|SystemProcedureCall|AdministrationCommand|Show\w*|Terminate\w*|\w*Command\w*)$/;

/** The procedure an operator calls, from its Details (`db.labels() :: (label :: STRING)`). */
function procedureOf(node: PlanNode): string {
  const details = String(node.arguments.Details ?? node.arguments.details ?? '');
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
}

/**
 * Why the server's classification of a query makes it unfit for the console, or undefined when it reads
 * only: the query type must be 'r' and no operator may load CSV, call a procedure outside
 * CONSOLE_PROCEDURES, run an administration or SHOW/TERMINATE command, or address another database.
 */
export function classifyPlan(
  queryType: string,
  plan: PlanNode | false | undefined,
  database?: string,
): string | undefined {
  if (queryType !== 'r') return queryType === 'rw' || queryType === 'w' ? 'a write' : `a query of type "${queryType}"`;
  if (!plan) return 'a query without a plan';
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop() as PlanNode;
    const [operator = '', db] = node.operatorType.split('@');
    if (operator === 'ProcedureCall' && CONSOLE_PROCEDURES.has(procedureOf(node))) {
      // allowed
    } else if (FORBIDDEN_OPERATOR.test(operator)) {
      return operator === 'ProcedureCall' ? `procedure ${procedureOf(node)}` : `the ${operator} operation`;
    }
    if (db && (db === 'system' || (database && db !== database))) return `a query on database ${db}`;
    stack.push(...(node.children ?? []));
  }
  return undefined;
}

const HINT =
  'The console reads the graph: MATCH … RETURN, and the procedures ' +
  [...CONSOLE_PROCEDURES].join(', ') +
  '. Use `kg cypher --write` to change the graph on purpose, or `kg import` to add readouts.';

/** The FORBIDDEN error for a construct the console refuses. */
export function forbidden(construct: string): GraphStoreError {
  return new GraphStoreError(
    'FORBIDDEN',
    `graph/cypher-console: ${construct} is not allowed: the console is read-only`,
    {
      hint: HINT,
    },
  );
}

/** Throws GraphStoreError('FORBIDDEN') naming the construct when the lexical pre-check refuses the query. */
export function assertReadOnly(query: string): void {
  const found = findForbiddenConstruct(query);
  if (found) throw forbidden(found);
}
