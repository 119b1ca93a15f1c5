// Rules of the ev10 round (issue 6): the event constructions that first looks of new readouts missed most often
// (docs/first-look.md, "events-4 (ev10)"), stated as general constructions of diplomatic prose. Signings told by a
// noun: "The signing of X took place …", "The signing followed a meeting …" (the signing of what the sentence before
// tells as signed), "X was signed at a ceremony witnessed by …"; their signers and witnesses take part in them, and
// what was signed is reached at them.
import type { Ctx } from './context.ts';
import { kindOf } from './main-event.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { matchesIf } from './text.ts';
import { EVENT_SIGNING_ATTENDED, signingAttendedBefore, toldAsSigner } from './rules-fl26c.ts';
import { PARTICIPATED_SIGNING_SUBJECT_HONORIFICS } from './rules-fl29c-words.ts';

/** Patterns of the signing rules, as named data. */
export const SIGNING_NOUN = {
  /** "The signing (ceremony) of the X", "the signature of the X": the agreement named right after. */
  of: /\b(?:[Tt]he)[^\S\n]+(signing(?:[^\S\n]+ceremony)?|signature|ceremony[^\S\n]+of[^\S\n]+signing)[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?$/u,
  /** What a signing noun is the subject of: "… took place in City", "… was held", "… followed the talks". */
  held: /^[^\S\n]*(?:\([^)]*\)[^\S\n]*)?(?:,[^.;]*?,[^\S\n]*)?(?:took[^\S\n]+place|was[^\S\n]+(?:held|conducted|organi[sz]ed)|followed|preceded|came|was[^\S\n]+followed)\b/u,
  /** A sentence that opens with "The signing (ceremony)" and no "of": the signing the sentence before told. */
  back: /^(?:[\p{Lu}\p{N}][^.]{0,30},[^\S\n]+)?[Tt]he[^\S\n]+(signing(?:[^\S\n]+ceremony)?)(?![^\S\n]+(?:of|for)\b)/u,
  /** "X was (later) signed at a (signing) ceremony": a ceremony told after a passive signing verb. */
  atCeremony:
    /\b(?:was|were)[^\S\n]+(?:\w+[^\S\n]+)?signed[^\S\n]+(?:at|during)[^\S\n]+a[^\S\n]+((?:signing[^\S\n]+)?ceremony)\b/u,
  /**
   * (ev11) "A and B signed X at a ceremony in City", "X was signed … during a signing ceremony": the active verb with the
   * ceremony told after what was signed.
   */
  activeAtCeremony: /\bsign(?:ed|s)\b[^.;]{0,200}?\b(?:at|during)[^\S\n]+a[^\S\n]+((?:signing[^\S\n]+)?ceremony)\b/u,
  /**
   * (ev11) "Also present at the signing were A and B", "The ceremony was attended by A and B": a sentence that names the
   * people present at the signing the sentence before told; group 1 the noun when it opens the sentence.
   */
  presentNext:
    /^(?:Also[^\S\n]+present[^\S\n]+at[^\S\n]+the[^\S\n]+(signing(?:[^\S\n]+ceremony)?|ceremony)[^\S\n]+(?:were|was)\b|[Tt]he[^\S\n]+(?:signing[^\S\n]+)?ceremony[^\S\n]+was[^\S\n]+(?:also[^\S\n]+)?attended[^\S\n]+by\b)/u,
  /** (ev11) "…, with A and B signing for their governments": the signers in a "with" clause. */
  withSigning: /\bwith[^\S\n]+[^.;]*?[^\S\n]+signing[^\S\n]+(?:for|on[^\S\n]+behalf[^\S\n]+of)\b/u,
  /** A verb of signing in a sentence. */
  signed: /\bsign(?:ed|s)?\b/,
  /** "in the presence of A and B", "witnessed by A and B": up to the clause's end. */
  presence:
    /\b(?:in[^\S\n]+the[^\S\n]+presence[^\S\n]+of|witnessed[^\S\n]+by|attended[^\S\n]+by|[Aa]lso[^\S\n]+present[^\S\n]+(?:at[^\S\n]+the[^\S\n]+[\p{Ll}-]+(?:[^\S\n]+ceremony)?[^\S\n]+)?(?:were|was))[^\S\n]+([^.;:()]*)/u,
};

/** A signing event found by a signing-noun rule: the event, the agreement signed, the rule. */
export interface SigningNoun {
  event: Found;
  agreement: Found;
  rule: string;
}

const signings = new WeakMap<Ctx, SigningNoun[]>();

/** The signings found by the signing-noun rules in this document. */
export const signingNouns = (ctx: Ctx): readonly SigningNoun[] => signings.get(ctx) ?? [];

/**
 * Adds the event "signing (ceremony) of the X" over the noun at `at` (its span) and records it; none where another rule
 * already named an event over the noun ("The signing ceremony …" read as a session of the meeting).
 */
function addSigning(ctx: Ctx, noun: string, at: number, ag: Found, rule: string, planned: boolean): Found | undefined {
  if (ctx.covering('Event', at, at + noun.length).length || ctx.within('Event', at, at + noun.length).length)
    return undefined;
  const word = /ceremony/i.test(noun) ? 'signing ceremony' : 'signing';
  const name = `${word} of the ${ag.name.replace(/^the\s+/i, '')}`;
  const key = ctx.add(
    'Event',
    name,
    { surface: noun, start: at, end: at + noun.length },
    rule,
    {
      kind: kindOf(name),
      status: planned ? 'planned' : 'held',
      ...(ctx.doc.date && !planned ? { date: ctx.doc.date } : {}),
    },
    false,
  );
  const f: Found = { key, type: 'Event', name, start: at, end: at + noun.length, sentence: ag.sentence, planned };
  f.sentence = ctx.sentenceAt(at);
  const list = signings.get(ctx) ?? [];
  list.push({ event: f, agreement: ag, rule });
  signings.set(ctx, list);
  return f;
}

const push = (out: Found[], f: Found | undefined) => {
  if (f) out.push(f);
};

/**
 * Rules event.signing-noun, event.signing-back and event.signing-ceremony: "The signing of the X took place in City",
 * "The signing followed a meeting …" after a sentence that tells X as signed, "X was later signed at a ceremony
 * witnessed by …". Returns the new events (first mentions).
 */
export function findSigningNouns(
  ctx: Ctx,
  agreementMentions: readonly Found[],
  planned: (at: number) => boolean,
): Found[] {
  const out: Found[] = [];
  for (const a of agreementMentions) {
    const before = ctx.text.slice(Math.max(0, a.start - 40), a.start);
    const m = SIGNING_NOUN.of.exec(before);
    if (!m || !SIGNING_NOUN.held.test(ctx.text.slice(a.end, ctx.sentences[a.sentence]!.end))) continue;
    const at = a.start - before.length + m.index + m[0].indexOf(m[1]!);
    push(out, addSigning(ctx, m[1]!, at, a, 'event.signing-noun', planned(at)));
  }
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    // (ev11) "Also present at the signing were A and B" after the sentence that signs X.
    const present = SIGNING_NOUN.presentNext.exec(s.text);
    const b = SIGNING_NOUN.back.exec(s.text) ?? (present?.[1] ? present : null);
    const prev = b && ctx.sentences[s.index - 1];
    const ag =
      prev && SIGNING_NOUN.signed.test(prev.text)
        ? agreementMentions.filter((a) => a.sentence === prev.index).pop()
        : undefined;
    if (b && ag && !out.some((f) => f.name.endsWith(ag.name))) {
      const at = s.start + b.index + b[0].indexOf(b[1]!);
      push(out, addSigning(ctx, b[1]!, at, ag, 'event.signing-back', planned(at)));
    }
    const c = SIGNING_NOUN.atCeremony.exec(s.text);
    const signedAg = c && agreementMentions.filter((a) => a.sentence === s.index && a.start < s.start + c.index).pop();
    if (c && signedAg) {
      const at = s.start + c.index + c[0].lastIndexOf(c[1]!);
      push(out, addSigning(ctx, c[1]!, at, signedAg, 'event.signing-ceremony', planned(at)));
    } else pushActiveCeremony(ctx, s, agreementMentions, planned, out);
  }
  return out;
}

/**
 * Rule event.signing-attended (fl26c, rules-fl26c.ts): "X attended the ceremony of signature of the Y", "The highlight
 * was the signature of a Y": the signing of the first mention of each agreement so told. Returns the new events.
 */
export function findSigningAttended(
  ctx: Ctx,
  agreementMentions: readonly Found[],
  planned: (at: number) => boolean,
): Found[] {
  const out: Found[] = [];
  const seen = new Set<string>();
  for (const a of agreementMentions) {
    if (seen.has(a.key)) continue;
    seen.add(a.key);
    const s = ctx.sentences[a.sentence]!;
    const r = !s.heading && signingAttendedBefore(ctx.text, s.start, a.start);
    if (r) push(out, addSigning(ctx, r.noun, r.at, a, EVENT_SIGNING_ATTENDED.id, !r.past && planned(r.at)));
  }
  return out;
}

/** Whether an agreement named `name` is another than `signed` (a bare "agreement" or "treaty" is not). */
const otherAgreement = (name: string, signed: string): boolean =>
  name.toLowerCase() !== signed.toLowerCase() && !/^(?:the\s+)?(?:agreement|treaty|accord|charter)$/i.test(name);

/**
 * Adds signings to the events and the event mentions: in text order among the events when `inOrder` (fl26c: the
 * signings of event.signing-attended, found before the main event), else at the end.
 */
export function addSignings(
  st: { events: Found[]; eventMentions: Found[] },
  found: readonly Found[],
  inOrder: boolean,
): void {
  for (const f of found) {
    if (inOrder) st.events.splice(st.events.filter((e) => e.start < f.start).length, 0, f);
    else st.events.push(f);
    st.eventMentions.push(f);
  }
}

/**
 * Rule participated.signing-attended (fl26c): who attends a signing that event.signing-attended found (the subject
 * before the verb) takes part in it, and so do those the next sentences tell as its signers or as present.
 */
function signingAttendedParticipants(k: RelKit, event: Found, agreement: Found): void {
  const { ctx, personsIn, clusterOf } = k;
  const s = ctx.sentences[event.sentence]!;
  const verbAt = signingAttendedBefore(ctx.text, s.start, agreement.start)?.verbAt;
  for (const [m] of personsIn(event.sentence))
    if (
      verbAt !== undefined &&
      (m.from ?? m.start) < verbAt &&
      !/[.;]/.test(ctx.text.slice(m.start, verbAt).replace(PARTICIPATED_SIGNING_SUBJECT_HONORIFICS.dots, ''))
    )
      k.participate(event, clusterOf.get(m)!, event.sentence, 'participated.signing-attended');
  const last = Math.min(ctx.sentences.length - 1, event.sentence + EVENT_SIGNING_ATTENDED.followSentences);
  for (let si = event.sentence + 1; si <= last; si++) {
    const n = ctx.sentences[si]!;
    // Another agreement named in that sentence is what it tells as signed.
    if (n.heading || ctx.within('Agreement', n.start, n.end).some((x) => otherAgreement(x.name, agreement.name)))
      continue;
    for (const [m] of personsIn(si))
      if (toldAsSigner(n.text, m.start - n.start))
        k.participate(event, clusterOf.get(m)!, si, 'participated.signing-attended');
  }
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Rule event.signing-ceremony-active (ev11): "A and B signed X at a ceremony in City": the ceremony after what the
 * active verb signed.
 */
function pushActiveCeremony(
  ctx: Ctx,
  s: Ctx['sentences'][number],
  agreementMentions: readonly Found[],
  planned: (at: number) => boolean,
  out: Found[],
): void {
  const c = SIGNING_NOUN.activeAtCeremony.exec(s.text);
  if (!c) return;
  const from = s.start + c.index;
  const to = from + c[0].lastIndexOf(c[1]!);
  const ag = agreementMentions.find((a) => a.sentence === s.index && a.start > from && a.end <= to);
  // A signing another rule already made (the headline's "A and B sign X") is that ceremony.
  if (!ag || out.some((f) => f.name.endsWith(ag.name)) || ctx.ofType('Event').some((e) => /^signing\b/.test(e.name)))
    return;
  const f = addSigning(ctx, c[1]!, to, ag, 'event.signing-ceremony-active', planned(to));
  // Named by the place told right after the ceremony, as the text tells it: "signing ceremony in Vilnius".
  const place = /^[^\S\n]+(?:held[^\S\n]+)?in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/u.exec(
    s.text.slice(c.index + c[0].length),
  )?.[1];
  if (f && place && !MONTHS.test(place)) {
    f.name = `signing ceremony in ${place}`;
    ctx.rename(f.key, f.name);
  }
  push(out, f);
}

/**
 * Rules reached-at.signing-noun, participated.signing-presence and participated.signing-signers: what a signing noun
 * names was reached at it; the people "in the presence of" whom or "witnessed by" whom it took place, and the people
 * the sentence of the signing verb names before it ("A and B signed X"), took part in it.
 */
export function signingNounRelations(k: RelKit): void {
  const { ctx, personsIn, clusterOf } = k;
  for (const { event, agreement, rule } of signingNouns(ctx)) {
    if (event.planned) continue;
    ctx.relate('REACHED_AT', agreement.key, event.key, event.sentence, 'reached-at.signing-noun');
    if (rule === EVENT_SIGNING_ATTENDED.id) signingAttendedParticipants(k, event, agreement);
    // (ev11) "… signed X at a ceremony in City. The ceremony was attended by A and B."
    const next = ctx.sentences[event.sentence + 1];
    const told = next && SIGNING_NOUN.presentNext.test(next.text) ? [next.index] : [];
    for (const si of new Set([event.sentence, agreement.sentence, ...told])) {
      const s = ctx.sentences[si]!;
      const p = SIGNING_NOUN.presence.exec(s.text);
      const verb = /\bsigned\b/.exec(s.text);
      const w = SIGNING_NOUN.withSigning.exec(s.text);
      for (const [m] of personsIn(si)) {
        const at = (m.from ?? m.start) - s.start;
        const present = p && at >= p.index && at < p.index + p[0].length;
        const signer =
          (verb && !p && at < verb.index && /^[^.;]*$/.test(s.text.slice(at, verb.index))) ||
          // (ev11) "…, with A and B signing for their governments".
          (w && at >= w.index && at < w.index + w[0].length);
        if (present) k.participate(event, clusterOf.get(m)!, si, 'participated.signing-presence');
        else if (signer && si === agreement.sentence)
          k.participate(event, clusterOf.get(m)!, si, 'participated.signing-signers');
      }
    }
  }
}

/** reached-at.not-main-when-signing: an agreement a signing noun names is reached at that signing, not the main event. */
export const signedAtOwnSigning = (ctx: Ctx, agreementKey: string): boolean =>
  signingNouns(ctx).some((s) => !s.event.planned && s.agreement.key === agreementKey);

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** A body's capitalised name ending in a head of a body that sits ("the Supreme Council of the Gulf Cooperation Council"). */
const BODY_NAME =
  "\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+(?:\\p{Lu}[\\p{L}'’-]*|of|the|and|for|on|-))*?[^\\S\\n]+(?:Council|Committee|Commission|Assembly|Board|Conference|Forum|Parliament|Cabinet|Group|Dialogue)(?:[^\\S\\n]+of[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*)*)?";
const ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th))';
const SITTING = `(?:(?:ordinary|extraordinary|special|regular|annual|plenary|formal|informal)[^\\S\\n]+)?(?:meeting|session|sitting)`;

/** Patterns of the body-sitting rules, as named data. */
export const BODY_SITTING = {
  /**
   * "At its meeting of 20 December 2024, the Federal Council …": groups the sitting, the body. (The numbered form "At its
   * 41st session, …, the Supreme Council adopted" lowered dev relations 0.8460 → 0.8451 on slice readouts, aggregate
   * figures only, and is left out.)
   */
  fronted: new RegExp(
    `\\bAt[^\\S\\n]+its[^\\S\\n]+(${SITTING}[^\\S\\n]+of[^\\S\\n]+\\d{1,2}[^\\S\\n]+\\p{Lu}\\p{Ll}+(?:[^\\S\\n]+\\d{4})?)(?:,[^,;.]{0,80})?,[^\\S\\n]+the[^\\S\\n]+(${BODY_NAME})`,
    'gu',
  ),
  /** "The twelfth meeting of the EU-Kazakhstan Cooperation Council was held": groups the sitting, the body. */
  ordinalOf: new RegExp(
    `\\b[Tt]he[^\\S\\n]+(${ORDINAL}[^\\S\\n]+${SITTING})[^\\S\\n]+of[^\\S\\n]+the[^\\S\\n]+(${BODY_NAME})(?=[^\\S\\n]+(?:was|were|took|opened|convened|met|is|will)\\b)`,
    'gu',
  ),
  /** "The Federal Cabinet, meeting in City on D under the chairmanship of X,": groups the body, the participle. */
  meeting: new RegExp(
    `\\b[Tt]he[^\\S\\n]+(${BODY_NAME}),[^\\S\\n]+(meeting|sitting)[^\\S\\n]+(?:in|on|under)\\b`,
    'gu',
  ),
};

/** Trigger words of BODY_SITTING's patterns: every match holds one (`mayMatch`). */
const BODY_SITTING_NEEDS = { fronted: ['At'], meeting: /,[^\S\n]+(?:meeting|sitting)/ };

/** Words a body name never ends with. */
const trimBody = (b: string): string => b.replace(/(?:\s+(?:of|the|and|for|on|-))+$/u, '');

/** Adds the sitting over `surface` at `at`, named `name` (rule's own name only if the span was free). */
function addSitting(ctx: Ctx, add: AddEvent, surface: string, at: number, name: string, rule: string): void {
  const f = add('Event', surface, at, rule);
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== rule) return;
  f.name = name;
  ctx.rename(c.key, name);
}

/**
 * Rules event.body-sitting-fronted, event.body-sitting-ordinal and event.body-sitting-meeting: a body's sitting told
 * by "At its meeting of 20 December 2024, the X", "The twelfth meeting of the
 * X Council was held", "The X Cabinet, meeting in City … under the chairmanship of": named "<sitting> of the <body>".
 */
export function findBodySittings(ctx: Ctx, add: AddEvent): void {
  for (const m of matchesIf(ctx.text, BODY_SITTING.fronted, BODY_SITTING_NEEDS.fronted)) {
    const body = trimBody(m[2]!);
    const sitting = m[1]!.replace(/\s+/g, ' ');
    const dated = /^(.*?) (of \d.*)$/.exec(sitting);
    const name = dated ? `${dated[1]} of the ${body} ${dated[2]}` : `${sitting} of the ${body}`;
    const at = m.index + m[0].indexOf(m[1]!);
    addSitting(ctx, add, m[1]!.includes(' ') ? m[1]! : `its ${m[1]!}`, at, name, 'event.body-sitting-fronted');
  }
  for (const m of ctx.text.matchAll(BODY_SITTING.ordinalOf)) {
    const body = trimBody(m[2]!);
    addSitting(
      ctx,
      add,
      `${m[1]!} of the ${body}`,
      m.index + m[0].indexOf(m[1]!),
      `${m[1]!} of the ${body}`,
      'event.body-sitting-ordinal',
    );
  }
  for (const m of matchesIf(ctx.text, BODY_SITTING.meeting, BODY_SITTING_NEEDS.meeting)) {
    const body = trimBody(m[1]!);
    const at = m.index + m[0].indexOf(m[1]!);
    addSitting(ctx, add, `${m[1]!}, ${m[2]!}`, at, `meeting of the ${body}`, 'event.body-sitting-meeting');
  }
}

/** Patterns of the earlier-meeting rule, as named data. */
export const EARLIER_MEETING = {
  /**
   * "since their last meeting in Woodside, California, in November 2023", "Their previous meeting, held in Jakarta":
   * groups the noun, the place.
   */
  recalled:
    /\b[Tt]heir[^\S\n]+(?:last|previous|earlier|prior|most[^\S\n]+recent)[^\S\n]+(meeting|summit|talks|call|conversation|consultations)(?:,)?[^\S\n]+(?:held[^\S\n]+)?in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/gu,
};

/**
 * Rule event.earlier-meeting: "their last (previous, earlier, most recent) meeting in City", "Their previous meeting,
 * held in City, …": an earlier meeting of the pair, named by its noun and place ("meeting in Woodside"); the word that
 * tells it was earlier is no part of its name.
 */
export function findEarlierMeetings(ctx: Ctx, add: AddEvent): void {
  for (const m of ctx.text.matchAll(EARLIER_MEETING.recalled)) {
    const at = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
    const name = `${m[1]!} in ${m[2]!}`;
    addSitting(ctx, add, ctx.text.slice(at, m.index + m[0].length), at, name, 'event.earlier-meeting');
  }
}
