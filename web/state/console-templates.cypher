// Console queries for analysts, kept as data (not app code): the server runs every console query in
// READ mode. Each block starts with `// @name <title>`; names starting with `@` are used by the app.

// @name @default
MATCH (p:Person)-[r:HOLDS_OFFICE]->(o:Office)
RETURN p, r, o LIMIT 25

// @name @neighbourhood
MATCH (n {id: $id})-[r]-(m)
RETURN n, r, m

// @name Who negotiates for whom
MATCH (p:Person)-[r:NEGOTIATES_FOR]->(x)
RETURN p, r, x

// @name Offices of a person over time
MATCH (p:Person)-[h:HOLDS_OFFICE]->(o:Office)
RETURN p.name AS person, o.name AS office, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.former AS former
ORDER BY person, firstSeen

// @name Agreements and what they are based on
MATCH (a:Agreement)
OPTIONAL MATCH (a)-[r:BASED_ON]->(b:Agreement)
RETURN a, r, b

// @name Who took part in which event
MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)
RETURN p, r, e ORDER BY e.date

// @name Parties to each agreement
MATCH (s)-[r:PARTY_TO]->(a:Agreement)
RETURN a.name AS agreement, collect(s.name) AS parties
