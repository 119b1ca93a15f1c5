// Event rules of round fl15c (issue 6); see rules-fl15c.ts for the entity rules of the round.
import type { Ctx } from './context.ts';
import { addPairMeeting } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';

/** The host of each meeting event.received-separately made, by document and event key. */
const HOSTS = new WeakMap<Ctx, Map<string, PersonMention>>();
/** The host event.received-separately read for an event it made (participated.received-separately). */
export const receivedSeparatelyHost = (ctx: Ctx, key: string): PersonMention | undefined => HOSTS.get(ctx)?.get(key);

/**
 * Rule event.received-separately: "The President received separately the Minister A and the Minister B", "X met A and
 * B separately", "X held separate meetings with A and with B": one host, two or more guests told by one verb marked
 * "separately" (or "separate meetings/audiences/talks"), so one meeting per guest, each of the host and that guest.
 * The host is the last person named before the verb in its clause; the guests every person named after it in the
 * sentence, before any clause of its own (a semicolon, "where", "during which", "who"). Without the marker (one
 * meeting of all of them) or with fewer than two guests, nothing.
 */
export const EVENT_RECEIVED_SEPARATELY = {
  id: 'event.received-separately',
  /** The host's verb, with the marker before the guests or "separate <meetings>" as the verb's object. */
  verb: /\b(?:received|receives|met(?:[^\S\n]+with)?|meets(?:[^\S\n]+with)?|hosted|welcomed)\b|\b(?:held|had|holds)[^\S\n]+separate[^\S\n]+(?:meetings|talks|audiences|bilateral[^\S\n]+meetings)[^\S\n]+with\b/g,
  /** The marker anywhere in the clause after the verb. */
  marker: /\bseparately\b|^[^\S\n]+separate\b|\bseparate[^\S\n]+(?:meetings|talks|audiences)\b/,
  /** What ends the guests' clause. */
  clauseEnd: /;|\b(?:where|during which|at which|who|after which)\b/,
};

/** The key of a meeting a told-* rule made over [from, to) in sentence `si`, if any. */
function toldAt(ctx: Ctx, si: number, from: number, to: number): string | undefined {
  return ctx
    .inSentence(si)
    .find((c) => c.type === 'Event' && c.rule.startsWith('event.told-') && c.start < to && c.end > from)?.key;
}

/** The meetings of one host with each of several guests received separately (see EVENT_RECEIVED_SEPARATELY). */
export function findReceivedSeparately(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  const R = EVENT_RECEIVED_SEPARATELY;
  if (!/\bseparate(?:ly)?\b/.test(ctx.text)) return;
  const mentions = [...people.personKey.keys()];
  const clusterOf = (p: (typeof mentions)[number]) => people.clusters.find((c) => c.mentions.includes(p));
  for (const s of ctx.sentences) {
    if (s.heading || !/\bseparate(?:ly)?\b/.test(s.text)) continue;
    for (const m of s.text.matchAll(R.verb)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      const stop = R.clauseEnd.exec(ctx.text.slice(end, s.end));
      const clauseEnd = stop ? end + stop.index : s.end;
      if (!R.marker.test(m[0].includes('separate') ? ' separate' : ctx.text.slice(end, clauseEnd))) continue;
      const inS = mentions.filter((p) => p.sentence === s.index).sort((a, b) => a.start - b.start);
      const host = inS.filter((p) => (p.to ?? p.end) <= at).pop();
      if (!host || /[.;:]|\bthat\b/.test(ctx.text.slice(host.to ?? host.end, at))) continue;
      const hostCluster = clusterOf(host);
      const guests = inS.filter(
        (p) => (p.from ?? p.start) >= end && p.end <= clauseEnd && clusterOf(p) !== hostCluster,
      );
      const distinct = guests.filter((g, i) => guests.findIndex((x) => clusterOf(x) === clusterOf(g)) === i);
      if (distinct.length < 2) continue;
      // Each meeting's span is its own: the verb to the first guest, then each later guest's title and name.
      distinct.forEach((guest, i) => {
        const made = addPairMeeting(ctx, people, main, add, {
          host,
          guest,
          place: undefined,
          from: i === 0 ? at : (guest.from ?? guest.start),
          to: guest.end,
          rule: EVENT_RECEIVED_SEPARATELY.id,
          inOpening: true,
          several: true,
        });
        // A meeting another rule already told for the first guest ("event.told-met") is that guest's meeting too.
        const key = made?.key ?? toldAt(ctx, s.index, i === 0 ? at : (guest.from ?? guest.start), guest.end);
        if (key) HOSTS.set(ctx, (HOSTS.get(ctx) ?? new Map<string, PersonMention>()).set(key, host));
      });
    }
  }
}

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
