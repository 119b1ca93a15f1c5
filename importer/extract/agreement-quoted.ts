// Rule agreement.so-called (issue 6, construction 7): "their agreement to the text of the so-called 'Steinmeier
// formula'", "the so-called "Istanbul framework"": a quoted name after "so-called" whose last word is a kind of
// agreement (formula, plan, framework, roadmap, deal, package…) names an agreement.
import type { DescribedSpan as Span } from './agreement-described.ts';

/** Patterns of the rule, as named data. */
export const QUOTED_PATTERNS = {
  /** "so-called" and a quoted capitalised name of up to eight words. */
  soCalled: /\bso-called[^\S\n]+['‘"“]((?:\p{Lu}[\p{L}\d'’-]*[^\S\n]+){0,7}(\p{L}+))['’"”]/gu,
  /** Last words that make the quoted name an agreement's. */
  head: /^(?:formula|plan|framework|roadmap|deal|package|agreement|arrangement|accord|consensus|mechanism|principles|declaration|understanding|initiative|format)$/i,
};

/** Spans of agreements named by a quoted "so-called" name. */
export function quotedAgreementSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(QUOTED_PATTERNS.soCalled)) {
    if (!QUOTED_PATTERNS.head.test(m[2]!)) continue;
    out.push({ surface: m[1]!, start: m.index + m[0].indexOf(m[1]!), rule: 'agreement.so-called' });
  }
  return out;
}
