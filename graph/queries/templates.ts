// Ready-made console queries offered to users (GET /api/templates). They run like any console query:
// read-only, with a timeout and a row cap. Kept here because Cypher text lives only in graph/.

export interface QueryTemplate {
  id: string;
  title: string;
  query: string;
  /** Parameters the query expects, with example values. */
  params?: Record<string, string>;
}

export const CONSOLE_TEMPLATES: readonly QueryTemplate[] = [
  {
    id: 'negotiators',
    title: 'Who negotiates for whom',
    query: 'MATCH (p:Person)-[r:NEGOTIATES_FOR]->(x)\nRETURN p, r, x',
  },
  {
    id: 'offices-over-time',
    title: 'Offices of a person over time',
    query:
      'MATCH (p:Person)-[h:HOLDS_OFFICE]->(o:Office)\nRETURN p.name AS person, o.name AS office, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.former AS former\nORDER BY person, firstSeen',
  },
  {
    id: 'agreements-basis',
    title: 'Agreements and what they are based on',
    query: 'MATCH (a:Agreement)\nOPTIONAL MATCH (a)-[r:BASED_ON]->(b:Agreement)\nRETURN a, r, b',
  },
  {
    id: 'participants',
    title: 'Who took part in which event',
    query: 'MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)\nRETURN p, r, e ORDER BY e.date',
  },
  {
    id: 'parties',
    title: 'Parties to each agreement',
    query: 'MATCH (s)-[r:PARTY_TO]->(a:Agreement)\nRETURN a.name AS agreement, collect(s.name) AS parties',
  },
  {
    id: 'around-entity',
    title: 'Everything around an entity',
    query: 'MATCH (n:Entity {id: $id})-[r]-(m)\nRETURN n, r, m',
    params: { id: 'person:shinzo-abe' },
  },
];

/** The query the console opens with. */
export const DEFAULT_CONSOLE_QUERY = 'MATCH (p:Person)-[r:HOLDS_OFFICE]->(o:Office)\nRETURN p, r, o LIMIT 25';
