// Which Neo4j the tests may use: their own variables (TEST_NEO4J_URI, TEST_NEO4J_USER, TEST_NEO4J_PASSWORD,
// TEST_NEO4J_DATABASE), never NEO4J_URI, which points at a user's own data.

/**
 * The environment handed to graph/neo4j-provider.ts for the test database: the NEO4J_* variables are
 * replaced by the TEST_NEO4J_* ones (absent: Testcontainers or a throw-away embedded Neo4j).
 */
export function testDatabaseEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const key of ['URI', 'USER', 'PASSWORD', 'DATABASE']) {
    const value = env[`TEST_NEO4J_${key}`];
    if (value === undefined) delete out[`NEO4J_${key}`];
    else out[`NEO4J_${key}`] = value;
  }
  return out;
}
