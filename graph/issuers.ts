// How many issuers state a fact: the distinct governments or organisations that published its
// documents. Names compare case-insensitively; a document of unknown issuer does not count.

/** An issuer name as a key: trimmed and lower-cased (as READ_DOCUMENT_IDS_OF_ISSUERS compares them). */
export const issuerKey = (issuer: string): string => issuer.trim().toLowerCase();

/** Distinct known issuers among `docs`, given each document's issuer. */
export function countIssuers(docs: readonly string[], issuerOf: ReadonlyMap<string, string>): number {
  const seen = new Set<string>();
  for (const d of docs) {
    const issuer = issuerOf.get(d);
    if (issuer?.trim()) seen.add(issuerKey(issuer));
  }
  return seen.size;
}
