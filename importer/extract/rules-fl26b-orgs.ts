// Rule of round fl26b (issue 6) read by the gazetteer's organisation patterns, in a module of its own (no imports) so
// that gazetteer.ts imports nothing that imports it back. Tests in rules-fl26b.test.ts.

/**
 * Rule org.not-document-name (widens gazetteer.ts's NOT_ORG): "the Protocol of Accession of the Union of the Comoros",
 * "the Communiqué of the Presidency of the Union", "the Accord of the Council": a name whose words hold the kind of a
 * document is that document (or a heading), not an organisation, though it ends on an organisation's head noun.
 */
export const ORG_NOT_DOCUMENT_NAME = {
  id: 'org.not-document-name',
  /** Document kinds NOT_ORG did not hold. */
  words: /\b(?:Protocol|Communiqu[eé]|Accord)(?![\p{L}\d])/u,
};
