// The `kg` command line: one subcommand per job, each implemented in importer/commands/<name>.ts
// and loaded lazily, so `kg extract` never loads the Neo4j driver or the web server.
import { Command } from 'commander';

const program = new Command()
  .name('kg')
  .description('Readout Graph: diplomatic readouts → a Neo4j knowledge graph → an explorer in the browser')
  .showHelpAfterError();

program
  .command('extract')
  .description('extract entities and relations (no database); prints one JSON object per document')
  .argument('<files...>', 'readouts (.txt, .md, .html)')
  .option('--explain', 'also print, for each entity and relation, the rule that produced it')
  .option('--extractor <name>', 'rules (default) or llm', 'rules')
  .action(async (files: string[], opts) => (await import('./commands/extract.ts')).runExtract(files, opts));

program
  .command('import')
  .description('extract readouts and write them to Neo4j (idempotent)')
  .argument('<paths...>', 'files or directories')
  .option('--on-error <policy>', 'fail (stop at the first failed document) or skip', 'skip')
  .option('--extractor <name>', 'rules (default) or llm', 'rules')
  .action(async (paths: string[], opts) => (await import('./commands/import.ts')).runImport(paths, opts));

program
  .command('cypher')
  .description('run a Cypher query (read-only unless --write)')
  .argument('<query>', 'Cypher text')
  .option('--write', 'allow writes')
  .option('--json', 'print JSON instead of a table')
  .option('--param <key=value...>', 'query parameters (JSON values)')
  .option('--limit <n>', 'row cap', '1000')
  .action(async (query: string, opts) => (await import('./commands/cypher.ts')).runCypher(query, opts));

program
  .command('export')
  .description('export the graph, a query result or a neighbourhood')
  .requiredOption('--format <format>', 'graphml | gexf | json | csv | cypher')
  .option('--query <cypher>', 'export the graph returned by a read query')
  .option('--around <name>', 'export the neighbourhood of the entity with this name or alias')
  .option('--depth <n>', 'neighbourhood depth with --around', '1')
  .option('--out <file>', 'write to this file (csv: a prefix for -nodes.csv and -edges.csv)')
  .action(async (opts) => (await import('./commands/export.ts')).runExport(opts));

program
  .command('serve')
  .description('serve the HTTP API and the built explorer')
  .option('--port <n>', 'port', process.env.API_PORT ?? '7475')
  .option('--host <host>', 'interface to bind', '127.0.0.1')
  .option('--no-web', 'API only')
  .option('--token <token>', 'bearer token the API requires (default KG_API_TOKEN); needed beyond loopback')
  .option('--allowed-host <name...>', 'Host names accepted besides localhost (DNS-rebinding check)')
  .option('--allow-no-token', 'bind beyond loopback without a token (not recommended)')
  .action(async (opts) => (await import('./commands/serve.ts')).runServe(opts));

program
  .command('start')
  .description('the quick start: reach or start Neo4j, import the bundled samples, serve the explorer')
  .option('--port <n>', 'port', process.env.API_PORT ?? '7475')
  .option('--host <host>', 'interface to bind', '127.0.0.1')
  .option('--token <token>', 'bearer token the API requires (default KG_API_TOKEN); needed beyond loopback')
  .option('--allowed-host <name...>', 'Host names accepted besides localhost (DNS-rebinding check)')
  .option('--allow-no-token', 'bind beyond loopback without a token (not recommended)')
  .action(async (opts) => (await import('./commands/start.ts')).runStart(opts));

program
  .command('neo4j')
  .description('run the embedded Neo4j 5.26 in the foreground (NEO4J_DATA_DIR, NEO4J_BOLT_PORT)')
  .action(async () => (await import('./commands/neo4j.ts')).runNeo4j());

program
  .command('bench')
  .description('measure extraction, import, writer, read and explorer speed, memory and disk; prints figures')
  .option('--json', 'print every figure as one JSON object on stdout (lines go to stderr)')
  .option('--docs <n>', 'readouts in the import run (default 1000)')
  .option('--large', 'also import 5,000 readouts (minutes on 2 cores)')
  .option('--nodes <n>', 'nodes of the synthetic read graph (default 100000)')
  .option('--relationships <n>', 'relationships of the synthetic read graph (default 1000000)')
  .option('--clients <n>', 'concurrent HTTP clients (default 20)')
  .option('--seconds <n>', 'seconds of the concurrency run (default 30)')
  .option(
    '--quick',
    'small sizes (200 readouts, 10k nodes, 100k relationships, 10 s, texts to 200k chars, an explorer of 5k nodes), to check the bench',
  )
  .option('--only <parts>', 'only these parts: extraction,import,writer,reads,concurrency,explorer (comma-separated)')
  .action(async (opts) => (await import('./commands/bench.ts')).runBench(opts));

await program.parseAsync(process.argv);
