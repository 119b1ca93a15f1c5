// Round top18: DISCUSSED, INVOLVES and PARTY_TO rules (issue 6) — the sides of a sitting of a body named by two sides,
// the body or states a state-only gathering is held under or by, what is no topic of the readout's meeting (a venue
// told with "at", a guarantor, witness or mediator of another's agreement, the background a relations sentence rests
// on), agreements only recalled in lowercase with their signing ("the agreement on …, which the two countries signed
// in 2022", "the 2025 treaty between A and B on …") and their parties ("signed by the presidents of A, B and C", "the
// loan agreement A concluded with B"). Tests in rules-top18.test.ts.
import type { GazetteerHit } from './gazetteer.ts';
import { subjectEnd } from './agreement-described.ts';
import { ministersMeetings, pairBodySittings } from './rules-top18-events.ts';
import type { RelKit } from './rel-kit.ts';

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${CAP}(?:${SP}(?:of${SP}(?:the${SP})?)?${CAP}){0,3}`;

/** Patterns of the top18 rules, as named data. */
export const TOP18_PATTERNS = {
  /**
   * discussed.not-venue-at: "received the Minister at the General Secretariat in Jeddah", "at Ilaro Court on 3
   * October": a body or building the meeting was held at (in the sentence that tells the readout's meeting, a verb
   * of meeting before it, a place, date or the sentence's end after it) is the venue, not a subject.
   */
  venueBefore: /\bat\s+(?:the\s+)?$/,
  meetingVerb:
    /\b(?:received|receives|met|meets|hosted|hosts|held\s+(?:talks|a\s+meeting|consultations)|called\s+on)\b/,
  venueAfter: /^(?:\s+(?:in|on)\s+[\p{Lu}\d]|\s*[,.;]|\s*$)/u,
  /**
   * discussed.not-guarantor: "…, of which Norway and Cuba are guarantor countries", "in which A and B acted as
   * witnesses": the guarantors, witnesses or mediators of another's agreement or process are no subjects.
   */
  roleAfter:
    /^(?:,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})*\s+(?:are|were|is|was|acts?|acted|serves?|served)\s+(?:as\s+)?(?:the\s+)?(?:guarantors?|guarantor\s+(?:countries|states|parties)|witnesses|mediators|co-?mediators|facilitators)\b/u,
  roleWhichBefore: /\b(?:of|in|for)\s+which\s+[^.;]{0,60}$/,
  /**
   * discussed.not-mediator: "signed by A and B in 1966 with the mediation of the Soviet Union", "under the auspices of
   * the OAS", "through the good offices of Qatar": the mediator or sponsor of what is discussed is no subject itself.
   */
  mediatorBefore:
    /\b(?:with|under|through)\s+the\s+(?:mediation|good\s+offices|auspices|facilitation)\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/i,
  /**
   * discussed.not-background-relations: a sentence whose subject is the relations between two sides and whose verb
   * tells what they rest on ("Relations between Mongolia and Kazakhstan rest on the 1993 Treaty …", "Ties between the
   * two countries date back to …") is background told by the issuer, not what the meeting dealt with.
   */
  backgroundRelations:
    /^(?:(?:Bilateral|Diplomatic|The)\s+)?(?:relations|ties|cooperation|partnership)\s+between\s+[^.;]{3,80}?(?<!\b(?:should|must|would|could|will|can|may|might))\s+(?:rests?\s+on|are\s+(?:based|founded|anchored|grounded)\s+(?:on|in)|is\s+(?:based|founded|anchored|grounded)\s+(?:on|in)|dates?\s+back\s+to|are\s+governed\s+by|is\s+governed\s+by)\b/i,
  /**
   * involves.under-auspices: "Talks between Belize and Guatemala … resumed in Washington under the auspices of the
   * Organization of American States": the body a gathering nobody is named at is held under is one of its parties.
   */
  auspicesAfter:
    /^[^.;]{0,120}?\bunder\s+the\s+(?:auspices|aegis|chairmanship|co-chairmanship)\s+of\s+(?:the\s+)?(?=\p{Lu})/u,
  /**
   * involves.officials-of-sides: "Officials of Solomon Islands and Papua New Guinea met in Honiara this week for the
   * first round of maritime boundary negotiations": a gathering whose only stated attendees are two sides' officials.
   */
  officialsOf: new RegExp(
    `^(?:Senior${SP})?(?:[Oo]fficials|[Rr]epresentatives|[Dd]elegations|[Ee]xperts|[Nn]egotiators|[Tt]eams)${SP}(?:of|from)${SP}(?:the${SP})?`,
    'u',
  ),
  officialsMet: /^[^.;]{0,160}?\bmet\b[^.;]{0,80}?\bfor\s+(?:the\s+|a\s+|an\s+)?$/,
  /**
   * agreement.year-between-on: "the 2025 treaty between Tajikistan and Kyrgyzstan on the state border": a recalled
   * agreement told by its year, lowercase head, parties and subject (the year is no part of its name).
   */
  yearBetweenOn: new RegExp(
    `\\b(?:the|an?)${SP}(?:(?:1[89]|20)\\d\\d)${SP}((?:agreement|treaty|memorandum(?:${SP}of${SP}understanding)?|accord|deal|protocol)${SP}between${SP}(?:the${SP})?${NAME}(?:,${SP}(?:the${SP})?${NAME})*${SP}and${SP}(?:the${SP})?${NAME}${SP}on${SP})(?=(?:the${SP})?[a-z])`,
    'gu',
  ),
  /**
   * agreement.on-signed: "the agreement on the demarcation of the state border, which the two countries signed in
   * 2022", "the agreement on the junction point of the state borders signed by the presidents of …": a lowercase head
   * with its subject, named as a signed text by the clause after it.
   */
  onSigned: new RegExp(
    `\\b(?:the|an?)${SP}((?:agreement|treaty|memorandum|protocol|accord|convention)${SP}on${SP})(?=(?:the${SP})?[a-z])`,
    'gu',
  ),
  signedAfter:
    /^,?\s+(?:which\s+(?:the\s+two\s+(?:countries|sides|governments|states)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?)\s+(?:had\s+|have\s+)?(?:signed|concluded|ratified|initialled)|(?:signed|concluded|initialled|ratified)\s+(?:by|between|in\s+(?:\p{Lu}|(?:1[89]|20)\d\d)|last|earlier|on))\b/u,
  /**
   * party-to.signed-by-heads-of: "signed by the presidents of Kyrgyzstan, Tajikistan and Uzbekistan": the states
   * whose leaders or governments signed (the list opens after this lead).
   */
  headsOf:
    /^(?:the\s+)?(?:presidents|leaders|heads\s+of\s+state(?:\s+and\s+government)?|heads\s+of\s+government|prime\s+ministers|foreign\s+ministers|ministers|governments|representatives)\s+of\s+/i,
  /**
   * party-to.contact-clause: "the loan agreement Bolivia concluded with CAF last year": a state or body told right
   * after an agreement as having signed it with another (both are parties).
   */
  contactClause: /^\s+(?:had\s+|has\s+)?(?:signed|concluded|struck|reached)\s+with\s+(?:the\s+)?$/,
};

/** Whether a state or body is no subject of the meeting (discussed.not-venue-at, -not-guarantor, -not-mediator). */
export function notTopicTop18(k: RelKit, h: { start: number; end: number }): boolean {
  return notTopicAt(
    k.ctx.text,
    h,
    k.ctx.sentences[k.ctx.sentenceAt(h.start)]!,
    k.main?.sentence === k.ctx.sentenceAt(h.start),
  );
}

/** notTopicTop18 on the text: `sentence` is the hit's, `meetingSentence` whether it tells the readout's meeting. */
export function notTopicAt(
  text: string,
  h: { start: number; end: number },
  sentence: { start: number },
  meetingSentence: boolean,
): boolean {
  const before = text.slice(Math.max(0, h.start - 60), h.start);
  const after = text.slice(h.end, h.end + 120);
  if (
    meetingSentence &&
    TOP18_PATTERNS.venueBefore.test(before) &&
    TOP18_PATTERNS.venueAfter.test(after) &&
    TOP18_PATTERNS.meetingVerb.test(text.slice(sentence.start, h.start))
  )
    return true;
  if (TOP18_PATTERNS.roleWhichBefore.test(before) && TOP18_PATTERNS.roleAfter.test(after)) return true;
  return TOP18_PATTERNS.mediatorBefore.test(before);
}

/** Whether a sentence tells the background of relations (discussed.not-background-relations). */
export function backgroundRelations(sentence: string): boolean {
  return TOP18_PATTERNS.backgroundRelations.test(sentence.trim());
}

/** A name span of an agreement (the shape agreements.ts takes). */
interface Span {
  surface: string;
  start: number;
  rule: string;
}

/** Agreement spans of agreement.year-between-on and agreement.on-signed. */
export function top18AgreementSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/\b(?:agreement|treaty|memorandum|accord|deal|protocol|convention)\s/.test(text)) return out;
  for (const m of text.matchAll(TOP18_PATTERNS.yearBetweenOn)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = subjectEnd(text, m.index + m[0].length);
    if (end > m.index + m[0].length)
      out.push({ surface: text.slice(start, end), start, rule: 'agreement.year-between-on' });
  }
  for (const m of text.matchAll(TOP18_PATTERNS.onSigned)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = subjectEnd(text, m.index + m[0].length);
    if (end > m.index + m[0].length && TOP18_PATTERNS.signedAfter.test(text.slice(end, end + 80)))
      out.push({ surface: text.slice(start, end), start, rule: 'agreement.on-signed' });
  }
  return out;
}

/** party-to.signed-by-heads-of: how far the list of parties lies after "signed by" ("the presidents of "), or 0. */
export function headsOfLead(text: string, at: number): number {
  return TOP18_PATTERNS.headsOf.exec(text.slice(at, at + 60))?.[0].length ?? 0;
}

const party = (h: GazetteerHit) => (h.type === 'State' || h.type === 'Organization') && !h.demonym;

/** The top18 relation rules, run after the other topic rules. */
export function addTop18Relations(k: RelKit): void {
  involvesPairBody(k);
  involvesUnderAuspices(k);
  involvesOfficialsOfSides(k);
}

/** The top18 party rules, run before the topic rules (a party is no topic of the meeting). */
export function addTop18Parties(k: RelKit): void {
  partiesContactClause(k);
}

/** Whether nobody in the readout is said to take part in an event. */
const unattended = (k: RelKit, key: string) => (k.participants.get(key)?.size ?? 0) === 0;

/**
 * involves.pair-body: a sitting of a body named by two sides ("the next session of the Kazakhstan–Kyrgyzstan Supreme
 * Interstate Council", "the fifth meeting of the Guyana–Suriname Cooperation Council"), or a meeting named by the
 * states whose ministers meet (event.meeting-of-ministers-of), that nobody is named at involves those sides, held or
 * to come.
 */
function involvesPairBody(k: RelKit): void {
  const sittings = [...pairBodySittings(k.ctx.text), ...ministersMeetings(k.ctx.text)];
  if (!sittings.length) return;
  for (const e of k.ev.eventMentions) {
    if (!unattended(k, e.key)) continue;
    // "The A–B Council held its fifth meeting": the meeting's mention follows the body.
    const m = sittings.find(
      (x) =>
        (x.start < e.end && x.start + x.surface.length > e.start) ||
        (x.heldIts && e.start >= x.start + x.surface.length && e.start - x.start - x.surface.length <= 14),
    );
    if (!m) continue;
    for (const [s, end] of m.sides) {
      const h = k.hits.find((x) => x.start === s && x.end === end && (x.type === 'State' || x.type === 'Organization'));
      const key = h && (h.demonym ? k.stateKey(h.name) : (k.hitKeys.get(h) ?? k.stateKey(h.name)));
      if (key) k.ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.pair-body');
    }
  }
}

/** involves.under-auspices: the body or state a gathering nobody is named at is held under. */
function involvesUnderAuspices(k: RelKit): void {
  const { ctx } = k;
  for (const e of k.ev.eventMentions) {
    if (!unattended(k, e.key)) continue;
    const s = ctx.sentences[e.sentence]!;
    const m = TOP18_PATTERNS.auspicesAfter.exec(ctx.text.slice(e.end, s.end));
    if (!m) continue;
    const at = e.end + m[0].length;
    const h = k.hits.find((x) => party(x) && x.start === at && k.hitKeys.has(x));
    if (h) ctx.relate('INVOLVES', e.key, k.hitKeys.get(h)!, e.sentence, 'involves.under-auspices');
  }
}

/** involves.officials-of-sides: "Officials of A and B met … for the <event>": the event involves A and B. */
function involvesOfficialsOfSides(k: RelKit): void {
  const { ctx } = k;
  for (const e of k.ev.eventMentions) {
    if (!unattended(k, e.key)) continue;
    const s = ctx.sentences[e.sentence]!;
    const lead = TOP18_PATTERNS.officialsOf.exec(s.text);
    if (!lead || !TOP18_PATTERNS.officialsMet.test(ctx.text.slice(s.start + lead[0].length, e.start))) continue;
    const at = s.start + lead[0].length;
    const first = k.hits.find((x) => party(x) && x.start === at && k.hitKeys.has(x));
    const second =
      first &&
      k.hits.find(
        (x) =>
          party(x) &&
          k.hitKeys.has(x) &&
          x.start > first.end &&
          /^\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(first.end, x.start)),
      );
    if (!first || !second) continue;
    for (const h of [first, second])
      ctx.relate('INVOLVES', e.key, k.hitKeys.get(h)!, e.sentence, 'involves.officials-of-sides');
  }
}

/** party-to.contact-clause: "the loan agreement Bolivia concluded with CAF": both are parties. */
function partiesContactClause(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    const own = k.hits.find(
      (x) => party(x) && k.hitKeys.has(x) && x.start > a.end && /^\s+(?:the\s+)?$/.test(ctx.text.slice(a.end, x.start)),
    );
    if (!own) continue;
    const partner = k.hits.find(
      (x) =>
        party(x) &&
        k.hitKeys.has(x) &&
        x.start > own.end &&
        x.start - own.end < 40 &&
        TOP18_PATTERNS.contactClause.test(ctx.text.slice(own.end, x.start)),
    );
    if (!partner) continue;
    for (const h of [own, partner])
      ctx.relate('PARTY_TO', k.hitKeys.get(h)!, a.key, a.sentence, 'party-to.contact-clause');
  }
}
