// The console guard: write clauses and write procedures are refused, reads (even ones whose strings,
// names or properties look like keywords) pass.
import { describe, expect, it } from 'vitest';

import { assertReadOnly, blankLiterals, findWriteConstruct } from './cypher-guard.ts';
import { GraphStoreError } from './errors.ts';

describe('findWriteConstruct', () => {
  it.each([
    ['CREATE (n:Person {name: "x"})', 'CREATE'],
    ['match (n) merge (m:Person {id: "a"})', 'MERGE'],
    ['MATCH (n) DETACH DELETE n', 'DETACH DELETE'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['MATCH (n) SET n.name = "x"', 'SET'],
    ['MATCH (n) SET n:Extra', 'SET'],
    ['MATCH (n) REMOVE n.name', 'REMOVE'],
    ['DROP CONSTRAINT person_id_unique', 'DROP'],
    ['LOAD CSV FROM "file:///x.csv" AS row RETURN row', 'LOAD CSV'],
    ['MATCH (n) FOREACH (x IN [1] | SET n.a = x)', 'FOREACH'],
    ['MATCH (n) CALL { WITH n RETURN n AS m } IN TRANSACTIONS RETURN m', 'CALL { … } IN TRANSACTIONS'],
    ['MATCH (n) CALL (n) { RETURN n AS m } IN 10 CONCURRENT TRANSACTIONS RETURN m', 'CALL { … } IN TRANSACTIONS'],
    ['CALL dbms.security.createUser("x", "y", false)', 'dbms procedures'],
    ['CALL apoc.create.node(["X"], {})', 'APOC write procedures'],
    ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})', 'APOC write procedures'],
    ['CALL db.index.fulltext.drop("entity_names")', 'db write procedures'],
    ['ALTER DATABASE neo4j SET ACCESS READ ONLY', 'administration commands'],
  ])('refuses %s', (query, construct) => {
    expect(findWriteConstruct(query)).toBe(construct);
  });

  it.each([
    'MATCH (p:Person)-[:NEGOTIATES_FOR]->(q) RETURN p.name, q.name',
    "MATCH (n) WHERE n.name = 'Set up a CREATE MERGE DELETE' RETURN n",
    'MATCH (n) WHERE n.`create` = 1 RETURN n.set AS set_, $delete AS d',
    'MATCH (n) RETURN {create: 1, merge: n.name} AS m // DELETE everything later',
    'MATCH (n) /* SET n.x = 1 */ RETURN count(n)',
    'CALL db.labels() YIELD label RETURN label',
    'CALL dbms.components() YIELD name, versions RETURN name, versions',
    'CALL db.index.fulltext.queryNodes("entity_names", "Abe") YIELD node RETURN node',
    'MATCH p = shortestPath((a:Person)-[*..4]-(b:State)) RETURN p',
    'MATCH (n:Document) WHERE n.title CONTAINS "removed" RETURN n.title',
  ])('allows %s', (query) => {
    expect(findWriteConstruct(query)).toBeUndefined();
  });

  it('blanks strings, comments and quoted names, keeping offsets', () => {
    const q = "RETURN 'a\\'b' AS x // c\n, `d e` AS y";
    const blank = blankLiterals(q);
    expect(blank).toHaveLength(q.length);
    expect(blank.replace(/\s+/g, ' ')).toBe('RETURN AS x , AS y');
  });
});

describe('assertReadOnly', () => {
  it('throws a FORBIDDEN GraphStoreError naming the clause', () => {
    try {
      assertReadOnly('MATCH (n) SET n.x = 1');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(GraphStoreError);
      expect((err as GraphStoreError).code).toBe('FORBIDDEN');
      expect((err as Error).message).toMatch(/SET is not allowed: the console is read-only/);
    }
  });

  it('lets a read through', () => {
    expect(() => assertReadOnly('MATCH (n) RETURN n LIMIT 5')).not.toThrow();
  });
});
