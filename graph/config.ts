// Reads the Neo4j settings from the environment once and validates them.

export interface Neo4jConfig {
  /** bolt://, bolt+s://, neo4j://, neo4j+s:// (Aura, clusters). Undefined: start or find one (neo4j-provider.ts). */
  uri?: string;
  user: string;
  password: string;
  database?: string;
}

const URI_SCHEMES = /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/;

/** The settings from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; throws naming a bad one. */
export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const uri = env.NEO4J_URI?.trim() || undefined;
  if (uri && !URI_SCHEMES.test(uri)) {
    throw new Error(
      `graph/config: NEO4J_URI "${uri}" is not a Neo4j URI; expected bolt://host:7687, neo4j://… or neo4j+s://… (Aura)`,
    );
  }
  return {
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE?.trim() || undefined,
  };
}
