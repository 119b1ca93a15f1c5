// Cypher script export: literals escaped so that no value can end a string or inject a statement.
import { describe, expect, it } from 'vitest';

import { cypherLiteral, cypherName, cypherString, toCypherScript } from './cypher-script.ts';
import { SAMPLE_GRAPH } from './sample-graph.test-fixture.ts';

describe('cypherString', () => {
  it('escapes quotes, backslashes and line breaks', () => {
    expect(cypherString("l'entretien")).toBe("'l\\'entretien'");
    expect(cypherString('say "hi"')).toBe('\'say \\"hi\\"\'');
    expect(cypherString('back\\slash')).toBe("'back\\\\slash'");
    expect(cypherString('a\nb\r\tc')).toBe("'a\\nb\\r\\tc'");
    expect(cypherString('nul\u0000 ls\u2028')).toBe("'nul\\u0000 ls\\u2028'");
  });

  it('cannot be broken out of', () => {
    const evil = "x'}) DETACH DELETE n; //\\";
    const lit = cypherString(evil);
    // Every quote inside the literal is escaped: the only unescaped quotes are the two delimiters.
    const unescaped = [...lit.matchAll(/(?<!\\)(?:\\\\)*'/g)];
    expect(unescaped).toHaveLength(2);
    expect(lit.endsWith("\\\\'")).toBe(true);
  });
});

describe('cypherLiteral and cypherName', () => {
  it('writes typed literals', () => {
    expect(cypherLiteral(1956)).toBe('1956');
    expect(cypherLiteral(2.5)).toBe('2.5');
    expect(cypherLiteral(true)).toBe('true');
    expect(cypherLiteral(null)).toBe('null');
    expect(cypherLiteral(['a', "b'"])).toBe("['a', 'b\\'']");
    expect(cypherName('firstSeen')).toBe('firstSeen');
    expect(cypherName('odd key`')).toBe('`odd key```');
  });
});

describe('toCypherScript', () => {
  const script = toCypherScript(SAMPLE_GRAPH);
  const lines = script.trim().split('\n');

  it('writes one MERGE per node and per relationship, one statement per line', () => {
    expect(lines.filter((l) => l.startsWith('MERGE (n:'))).toHaveLength(SAMPLE_GRAPH.nodes.length);
    expect(lines.filter((l) => l.startsWith('MATCH (a:'))).toHaveLength(SAMPLE_GRAPH.edges.length);
    expect(lines.every((l) => l.startsWith('//') || l.endsWith(';'))).toBe(true);
    expect(script).toContain(
      "MERGE (n:Agreement {id: 'agreement:japan-soviet-joint-declaration'}) SET n:Entity, n += {",
    );
    expect(script).toContain('year: 1956');
  });

  it('keeps the evidence as the attestations of the storage model', () => {
    const holds = lines.find((l) => l.includes('[r:HOLDS_OFFICE]'))!;
    expect(holds).toContain("docs: ['document:a', 'document:b']");
    expect(holds).toContain('attestations: 2');
    expect(holds).toContain(
      "{doc: 'document:a', sentence: 'Mr. Igor Morgulov, Deputy Minister,\\nattended.', start: 10, end: 55}",
    );
    expect(holds).toContain("MERGE (t:Attestation {fact: 'HOLDS_OFFICE:");
    expect(holds).toContain("doc: 'document:a'");
    expect(holds).toContain('former: false');
    expect(holds).toContain("\\'yes\\' & left\\r\\n\\ttoo.");
  });

  it('rejects a label outside the ontology', () => {
    const bad = structuredClone(SAMPLE_GRAPH);
    (bad.nodes[0]!.attributes as { entityType: string }).entityType = 'Person) DETACH DELETE (x';
    expect(() => toCypherScript(bad)).toThrow(/unknown label/);
  });
});
