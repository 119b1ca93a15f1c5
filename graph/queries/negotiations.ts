// Read Cypher of the negotiations view and of time (graph/read-negotiations.ts and graph/read-time.ts run
// them). Every node pattern carries its label; every value is a parameter.

// ---------------------------------------------------------------------------------------------
// Who the negotiators are (one query per kind of focus)
// ---------------------------------------------------------------------------------------------

/** Every person who negotiates an agreement or negotiates for someone. */
export const NEG_ALL_NEGOTIATORS = `
MATCH (p:Person)
WHERE EXISTS { (p)-[:NEGOTIATES]->(:Agreement) }
   OR EXISTS { (p)-[:NEGOTIATES_FOR]->(:Person|State|Organization) }
RETURN collect(p.id) AS ids`;

/** $agreements: Agreement ids. The people who negotiate one of them. */
export const NEG_NEGOTIATORS_OF_AGREEMENTS = `
MATCH (p:Person)-[:NEGOTIATES]->(a:Agreement)
WHERE a.id IN $agreements
RETURN collect(DISTINCT p.id) AS ids`;

/**
 * $id: a State or Organization id. The negotiators on its side (an office of it, or negotiating for it
 * or for one of its office holders), and the agreements it is party to or they negotiate.
 */
export const NEG_NEGOTIATORS_OF_STATE = `
MATCH (s:State|Organization {id: $id})
CALL (s) {
  MATCH (p:Person)-[:HOLDS_OFFICE]->(:Office)-[:OFFICE_OF]->(s) RETURN p
  UNION
  MATCH (p:Person)-[:NEGOTIATES_FOR]->(s) RETURN p
  UNION
  MATCH (p:Person)-[:NEGOTIATES_FOR]->(:Person)-[:HOLDS_OFFICE]->(:Office)-[:OFFICE_OF]->(s) RETURN p
}
WITH s, p
WHERE EXISTS { (p)-[:NEGOTIATES]->(:Agreement) } OR EXISTS { (p)-[:NEGOTIATES_FOR]->(:Person|State|Organization) }
WITH s, collect(DISTINCT p.id) AS ids
OPTIONAL MATCH (s)-[:PARTY_TO]->(a:Agreement)
WITH ids, collect(DISTINCT a.id) AS partyTo
OPTIONAL MATCH (n:Person)-[:NEGOTIATES]->(b:Agreement)
WHERE n.id IN ids
WITH ids, partyTo, collect(DISTINCT b.id) AS negotiated
RETURN ids, partyTo + negotiated AS agreements`;

/** $id: a Person id. The people who negotiate for them or report to them. */
export const NEG_NEGOTIATORS_OF_PERSON = `
MATCH (n:Person)-[:NEGOTIATES_FOR|REPORTS_TO]->(p:Person {id: $id})
RETURN collect(DISTINCT n.id) AS ids`;

// ---------------------------------------------------------------------------------------------
// The chains
// ---------------------------------------------------------------------------------------------

/**
 * $ids: Person ids. Their NEGOTIATES_FOR and REPORTS_TO facts, and (when $withNegotiates) their
 * NEGOTIATES facts, limited to the agreements $agreements unless it is null.
 */
export const NEG_LINKS = `
MATCH (p:Person)-[r:NEGOTIATES_FOR|REPORTS_TO]->(q:Person|State|Organization)
WHERE p.id IN $ids
RETURN r, p.id AS fromId, q.id AS toId
UNION
MATCH (p:Person)-[r:NEGOTIATES]->(q:Agreement)
WHERE $withNegotiates AND p.id IN $ids AND ($agreements IS NULL OR q.id IN $agreements)
RETURN r, p.id AS fromId, q.id AS toId`;

/** The people, states, organisations and agreements $ids. */
export const NEG_PARTIES = `
MATCH (n:Person|State|Organization|Agreement)
WHERE n.id IN $ids
RETURN n`;

/** $ids: Person ids. Each person's offices, with the office's state or organisation and the dates. */
export const NEG_PERSON_OFFICES = `
MATCH (p:Person)-[h:HOLDS_OFFICE]->(o:Office)
WHERE p.id IN $ids
OPTIONAL MATCH (o)-[:OFFICE_OF]->(s:State|Organization)
RETURN p.id AS person, o.id AS id, o.name AS name, s.id AS stateId, s.name AS stateName,
  h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.former AS former
ORDER BY person, coalesce(h.firstSeen, ''), o.name`;

/** $ids: Office ids. Every holding of these offices with its dates (to decide who held them when). */
export const NEG_OFFICE_TENURES = `
MATCH (p:Person)-[h:HOLDS_OFFICE]->(o:Office)
WHERE o.id IN $ids
RETURN o.id AS office, p.id AS person, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen`;

/** $asOf: an ISO date. Ids of the documents dated on or before it. */
export const NEG_DOCUMENTS_UNTIL = `
MATCH (d:Document)
WHERE d.date IS NOT NULL AND left(d.date, 10) <= $asOf
RETURN collect(d.id) AS ids`;

// ---------------------------------------------------------------------------------------------
// Office holders
// ---------------------------------------------------------------------------------------------

/** The office $id with its state or organisation and every holder with the dates; no row if unknown. */
export const OFFICE_HOLDERS = `
MATCH (o:Office {id: $id})
OPTIONAL MATCH (o)-[:OFFICE_OF]->(st:State|Organization)
WITH o, head(collect(st)) AS s
OPTIONAL MATCH (p:Person)-[h:HOLDS_OFFICE]->(o)
RETURN o.id AS id, o.name AS name, s.id AS stateId, s.name AS stateName,
  collect(CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name, firstSeen: h.firstSeen,
    lastSeen: h.lastSeen, former: h.former, docs: size(coalesce(h.docs, []))} END) AS holders`;
