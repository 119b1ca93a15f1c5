// Relation rules of the top30 round (issue 6, DISCUSSED on the annotated samples, false and missed by cause).
import type { RelKit } from './rel-kit.ts';

interface Span {
  start: number;
  end: number;
}

/**
 * discussed.not-uncued: a state or body named in a sentence that holds no word of discussing, of a stance or of a
 * topic ("The Agreement provides for a Truth and Reconciliation Commission … under the supervision of ECOMOG", "The
 * Union was represented by the negotiating team of the European Commission", "Sixty-seven States and the European
 * Union signed the Agreement on its first day", "President Widodo leaves tomorrow for Mozambique", "Candidates had also
 * been put forward by The Gambia and Lesotho") is told as a provision, a signatory, a participant, a place or a piece of
 * narrative, not as something the meeting dealt with. `discussed.topic` gives the main meeting every state and body
 * the readout names; this keeps those named where the text speaks of them ("discussed", "exchanged views on", "the
 * situation in", "relations with", "support for", "concern over", "policies toward", "violate … sovereignty"). An item of
 * a list ("(i) …", "- …") is read with its lead-in ("The leaders agreed on the following:"). "Recalled" tells
 * background and "dialogue" names a process: neither is a cue.
 */
export const UNCUED_TOPIC = {
  id: 'discussed.not-uncued',
  cue: /\b(?:discuss\w*|turning\s+to|regard\w*|respect\s+to|as\s+for|concerning|backed|backing|endors\w*|talk\w*|spoke|exchang\w+|review\w*|focus\w*|agenda|welcom\w+|support\w*|situation|relations?|relationship|co-?operation|concern\w*|condemn\w*|call\w*\s+(?:on|for|upon)|urg\w+|rais\w+|brief\w*|updat\w+|inform\w*|noted|note\s+of|took\s+stock|stock\s+of|assess\w*|progress|reaffirm\w*|reiterat\w*|express\w*|thank\w*|appreciat\w+|commend\w*|congratulat\w*|agreed|stress\w*|underlin\w+|emphasi\w+|dealt|deal\s+with|address\w*|touched|covered|consider\w*|examin\w+|partnership|ties|crisis|conflict|dispute|war|membership|accession|role|efforts?|initiative|work\s+of|consult\w*|coordinat\w+|engagement|negotiations?\s+(?:with|between)|questions?|issues?|matters?|tensions?|committ\w*|polic(?:y|ies)|pointed\s+out|violat\w+|violence|sovereignty|humanitarian|assistance|position|views?|ahead|looking|prospects?|future)\b/i,
  item: /^\s*(?:[-•*–]|\(?[ivx]{1,4}\)|\(?\d{1,2}[.)]|\(?[a-h]\))\s/i,
  leadIn: /:\s*$/,
};

/** Whether the state or body hit `h` is named in a sentence (or list item and its lead-in) with no topic cue. */
export function uncuedTopic(k: RelKit, h: Span): boolean {
  const ss = k.ctx.sentences;
  const si = k.ctx.sentenceAt(h.start);
  if (UNCUED_TOPIC.cue.test(ss[si]!.text)) return false;
  for (let j = si - 1; j >= Math.max(0, si - 15) && UNCUED_TOPIC.item.test(ss[j + 1]!.text); j--) {
    if (UNCUED_TOPIC.cue.test(ss[j]!.text)) return false;
    if (UNCUED_TOPIC.leadIn.test(ss[j]!.text)) break;
  }
  return true;
}

/**
 * discussed.state-list-run: the enumeration veto of discussed.topic ("citizens of Iran, Ukraine, Sweden, Afghanistan
 * … died": four states or more in a sentence list, they do not discuss) holds only for states in one run of a list,
 * joined by commas, "and" or "or", in a list of the agents of a mediated, witnessed or hosted process ("the
 * ceasefire negotiations between Israel and Hamas, mediated by Qatar, Egypt and the United States"), or in the list of
 * those another meeting was held with ("convened by the Secretary-General in Geneva with Greece, Türkiye and the UK"). Four states spread
 * over the clauses of a sentence ("welcomed the accession of Gabon and Togo and discussed the situation in Ukraine and
 * the conflict in Sudan", "the border controversies between Guyana and Venezuela and between Belize and Guatemala") are
 * each a subject of the meeting.
 */
export const STATE_LIST_RUN = {
  id: 'discussed.state-list-run',
  sep: /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?(?:(?:Republic|Kingdom|State|Government)\s+of\s+(?:the\s+)?)?$/i,
  min: 4,
  agents:
    /\b(?:hosted|organi[sz]ed|chaired|convened|facilitated|mediated|brokered|sponsored|co-chaired|witnessed|guaranteed)\s+by\s+(?:the\s+)?$/i,
  /** "the informal meeting on Cyprus convened by the Secretary-General in Geneva with Greece, Türkiye and the UK". */
  withList:
    /\b(?:convened|held|hosted|organi[sz]ed|meeting|met|talks|consultations)\b[^.;,]{0,80}?\bwith\s+(?:the\s+)?$/i,
};

/**
 * Whether the state hit `h` stands in a run of at least four states joined as one list in its sentence, or in a list
 * of the agents of a mediated or hosted process.
 */
export function inStateListRun(k: RelKit, h: Span): boolean {
  const { ctx } = k;
  const s = ctx.sentences[ctx.sentenceAt(h.start)]!;
  const states = k.hitsIn(s.start, s.end).filter((x) => x.type === 'State' && !x.demonym);
  states.sort((a, b) => a.start - b.start);
  let run = new Set<string>();
  let first = 0;
  let mine = false;
  for (let i = 0; i < states.length; i++) {
    const x = states[i]!;
    if (i > 0 && !STATE_LIST_RUN.sep.test(ctx.text.slice(states[i - 1]!.end, x.start))) {
      if (mine) break;
      run = new Set();
      first = i;
    }
    run.add(x.name);
    if (x.start === h.start) mine = true;
  }
  if (!mine) return false;
  const before = ctx.text.slice(Math.max(s.start, states[first]!.start - 40), states[first]!.start);
  const wide = ctx.text.slice(Math.max(s.start, states[first]!.start - 120), states[first]!.start);
  return run.size >= STATE_LIST_RUN.min || STATE_LIST_RUN.agents.test(before) || STATE_LIST_RUN.withList.test(wide);
}

/**
 * discussed.not-neighbour-event: an event told only as the frame or the neighbour in time of a meeting ("is expected
 * to meet Prime Minister May on the margins of the United Nations General Assembly", "his meeting with President Xi on
 * the sidelines of the Belt and Road Forum", "The talks were held in the run-up to the visit to Russia of Prime
 * Minister Abe", "The Summit was preceded by the Joint Meeting of the Council of Ministers", "The summit will be
 * followed on Monday by the first Mid-Year Coordination Meeting") places that meeting in time; it is not something the
 * meeting dealt with. Every mention of the event must be so told.
 */
export const NEIGHBOUR_EVENT = {
  id: 'discussed.not-neighbour-event',
  before:
    /\b(?:(?:on|in|at)\s+the\s+(?:margins?|sidelines?|fringes?)\s+of|(?:preceded|followed)(?:\s+on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2}\s+\p{Lu}\p{Ll}+)?)?\s+by|in\s+the\s+run-up\s+to)\s+(?:the\s+|a\s+|an\s+|further\s+)?$/iu,
};

/** Whether every mention of an event is told as a meeting's frame or neighbour in time. */
export function neighbourEvent(k: RelKit, mentions: readonly Span[]): boolean {
  const { ctx } = k;
  return mentions.every((x) => {
    const s = ctx.sentences[ctx.sentenceAt(x.start)]!;
    const before = ctx.text.slice(Math.max(s.start, x.start - 60), x.start);
    return /margin|sideline|fringe|preceded|followed|run-up/i.test(before) && NEIGHBOUR_EVENT.before.test(before);
  });
}
