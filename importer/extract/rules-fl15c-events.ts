// Event rules of round fl15c (issue 6); see rules-fl15c.ts for the entity rules of the round.
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';

/**
 * Rule event.signing-at-ceremony: "A and B signed the Treaty, at a ceremony at United Nations Headquarters in New
 * York", "signed the Agreement in a ceremony in the Hall of Columns": the ceremony the signing sentence names is the
 * signing itself, one event; the meeting phrase read for it ("ceremony at United Nations Headquarters …") becomes a
 * form of the readout's signing. Only in the sentence of the main signing, with "at/in/during a ceremony" after the
 * verb; a ceremony of its own ("after the welcome ceremony", "the ceremony will be held") is left alone.
 */
export const EVENT_SIGNING_AT_CEREMONY = {
  id: 'event.signing-at-ceremony',
  /** From the verb to right before the ceremony's name. */
  lead: /\bsign(?:ed|s)?\b[^.;]*?[^\S\n]+(?:at|in|during)[^\S\n]+an?[^\S\n]+$/,
  /** The ceremony's own name. */
  name: /^(?:signing[^\S\n]+)?ceremony\b/i,
};

/** A held signing told in the sentence at `si`, else the readout's own signing. */
function signingOf(ctx: Ctx, events: Found[], main: Found | undefined, si: number): Found | undefined {
  const signing = (x: Found) => !x.planned && /^signing\b/i.test(x.name);
  return events.find((x) => signing(x) && x.sentence === si) ?? (main && signing(main) ? main : undefined);
}

/** Merges the ceremony named in a sentence telling a signing into it (see EVENT_SIGNING_AT_CEREMONY). */
export function mergeSigningCeremony(ctx: Ctx, events: Found[], main: Found | undefined): void {
  const R = EVENT_SIGNING_AT_CEREMONY;
  for (const e of events) {
    const c = ctx.entity(e.key);
    if (!c || c.rule !== 'event.meeting-phrase' || e.planned || !R.name.test(e.name)) continue;
    const s = ctx.sentences[e.sentence]!;
    const lead = R.lead.exec(ctx.text.slice(s.start, e.start));
    const target = lead && signingOf(ctx, events, main, s.index);
    if (!lead || !target || target === e) continue;
    // What the sentence signs is the signing's agreement, or no agreement the rules read.
    const from = s.start + lead.index;
    const signed = ctx.inSentence(s.index).filter((x) => x.type === 'Agreement' && x.start >= from && x.end <= e.start);
    if (signed.some((x) => !target.name.endsWith(x.name))) continue;
    const old = e.name;
    ctx.renameAll('Event', old, target.name);
    for (const f of events) if (f.name === old) f.name = target.name;
  }
}

/**
 * Rule event.facilitated-by: "years of negotiations facilitated by the OAS", "the talks mediated by Qatar and Egypt",
 * "the dialogue brokered by the African Union": negotiations told with the states or organisations that facilitate,
 * mediate, broker or host them are an event, named with them (so that they are INVOLVED in it). The facilitators must
 * follow "by" at once; a person ("facilitated by the Special Envoy") or a lowercase body names none.
 */
export const EVENT_FACILITATED_BY = {
  id: 'event.facilitated-by',
  told: /\b(?:(?:peace|direct|indirect|political|proximity)[^\S\n]+)?(?:negotiations|talks|dialogue|consultations|mediation)[^\S\n]+(?:facilitated|mediated|brokered|hosted|convened|sponsored)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?/g,
};

/** The spans event.facilitated-by reads: the negotiations noun to the end of the facilitators' list. */
export function facilitatedBy(
  text: string,
  hits: readonly { start: number; end: number; type: string }[],
): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  if (!/\b(?:facilitated|mediated|brokered|hosted|convened|sponsored)\s+by\b/.test(text)) return out;
  const party = (at: number) => hits.find((h) => h.start === at && (h.type === 'State' || h.type === 'Organization'));
  for (const m of text.matchAll(EVENT_FACILITATED_BY.told)) {
    let h = party(m.index + m[0].length);
    if (!h) continue;
    let end = h.end;
    // "by Qatar and Egypt", "by the United States, Qatar and Egypt".
    for (;;) {
      const sep = /^(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)(?:the[^\S\n]+)?/.exec(text.slice(end, end + 10));
      h = sep ? party(end + sep[0].length) : undefined;
      if (!sep || !h) break;
      end = h.end;
    }
    out.push({ surface: text.slice(m.index, end), start: m.index });
  }
  return out;
}
