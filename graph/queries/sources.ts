// Cypher about where facts come from: a document's issuer (the government or organisation that
// published it) and the documents of given issuers. `DOC_ISSUER` is the one place that says how a
// Document's issuer is read (its `issuer`, else its `source`, for documents imported before issuers).

/** The issuer of the Document bound to `d`, as a Cypher expression (null when unknown). */
export const DOC_ISSUER = 'coalesce(d.issuer, d.source)';

/** $issuers: issuer names trimmed and lower-cased (graph/issuers.ts issuerKey). Ids of the documents those issuers published. */
export const READ_DOCUMENT_IDS_OF_ISSUERS = `
MATCH (d:Document)
WHERE toLower(trim(${DOC_ISSUER})) IN $issuers
RETURN collect(d.id) AS ids`;
