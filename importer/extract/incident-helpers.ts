// Who is no party of an incident told in its sentence (issue 6, round inc13): who only helped or sympathised, and the
// body that considered it. Used by the incident rules (rules-parties.ts) and the inc13 rules.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';

type Span = { start: number; end: number };

/** "the support of the UAE", "the condolences of the Spanish people", "the solidarity of France": who offers them. */
const HELPER_BEFORE =
  /\b(?:support|help|assistance|aid|condolences|sympathy|sympathies|solidarity)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/i;
/** "Australian assistance", "the French firefighters", "Türkiye stood by …", "which the EU does not recognise". */
const HELPER_AFTER =
  /^(?:[^\S\n]+(?:assistance|aid|help|support|firefighters|rescuers|rescue[^\S\n]+teams|relief[^\S\n]+teams)\b|[^\S\n]+(?:stood|stands|stand)[^\S\n]+(?:by|with)\b|[^\S\n]+(?:does|do|did)[^\S\n]+not[^\S\n]+recogni[sz]e\b)/i;

/**
 * Rule involves.not-helper: a state or organisation named as offering help, support or sympathy about an incident
 * ("sought the support of the UAE following the hijacking …", "offered Australian assistance following the landslide
 * …", "the French firefighters deployed to help fight the wildfires", "Türkiye stood by the Pakistani people in the
 * face of the floods") or as refusing to recognise its outcome is no party of it; one inside its name stays.
 */
export function helperNotParty(text: string, h: Span, e: Span): boolean {
  if (h.start >= e.start && h.end <= e.end) return false;
  return (
    HELPER_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start)) ||
    HELPER_AFTER.test(text.slice(h.end, h.end + 40))
  );
}

/** "The Peace and Security Council …, at its 1168th meeting …, considered the seizure of power …". */
const CONSIDERED_BEFORE =
  /\b(?:considered|examined|deliberated[^\S\n]+on|took[^\S\n]+stock[^\S\n]+of|reviewed)[^\S\n]+(?:the[^\S\n]+)?$/i;

/**
 * Rule involves.not-considering-body: a body that opens the sentence and "considered", "examined" or "reviewed" an
 * incident (a council's communiqué) is the meeting that dealt with it, not its party; nor is the body it belongs to
 * ("of the African Union") named in its own name.
 */
export function consideringBody(k: RelKit, h: GazetteerHit, e: Span): boolean {
  if (h.type !== 'Organization' || h.end > e.start) return false;
  const s = k.ctx.sentences[k.ctx.sentenceAt(h.start)]!;
  if (!CONSIDERED_BEFORE.test(k.ctx.text.slice(Math.max(s.start, e.start - 40), e.start))) return false;
  // The body opens the sentence ("The Peace and Security Council of the African Union, at its …").
  const subject = k.hits.filter((x) => x.type === 'Organization' && x.start >= s.start && x.start - s.start < 70);
  return subject.some((x) => x.start <= h.start && h.end <= Math.max(x.end, x.start + 70));
}
