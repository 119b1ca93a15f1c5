// fl24a's rule on organisation names that gazetteer.ts reads: apart from rules-fl24a.ts, which reads the gazetteer's
// hits, so that the two do not import each other (no-cycles.test.ts).

/**
 * Rule org.not-leading-article-or-envoys: "An African Union special task force will …", "Representatives of the
 * African Union and of the United Nations … were present", "A Joint Verification and Monitoring Mechanism … is to be
 * set up": an indefinite article opening a sentence, or the people sent by a body ("Representatives of the", "Delegates
 * of", "Observers from the"), is no part of the body's name; the name read starts after them (as org.not-members-of
 * does for "the member States of the"). Group 0 is what to drop from the front of a capitalised chain.
 */
export const ORG_NOT_LEADING_ARTICLE_OR_ENVOYS = {
  id: 'org.not-leading-article-or-envoys',
  pattern:
    /^(?:An?|(?:Representatives|Delegates|Observers|Officials|Envoys|Delegations)[^\S\n]+(?:of|from)(?:[^\S\n]+the)?)[^\S\n]+(?=\p{Lu})/u,
};

/** Rule org.not-leading-article-or-envoys: a capitalised chain starting at `s` without its leading article or envoys. */
export function withoutLeadingEnvoys(s: number, name: string): { s: number; name: string } {
  const m = ORG_NOT_LEADING_ARTICLE_OR_ENVOYS.pattern.exec(name);
  return m ? { s: s + m[0].length, name: name.slice(m[0].length) } : { s, name };
}
