// The fl30b round's rules (issue 6), from three first-look samples in new house styles (docs/first-look.md, section
// fl30b). Each is a general construction of readouts, never one passage's wording. The organisation-name rule lives in
// rules-fl30b-orgs.ts and the patterns older rule files read in rules-fl30b-words.ts.
import type { Ctx } from './context.ts';
import { titleHolderRefs } from './participants-of.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { INCIDENT_NAME, plannedBeforeSpeech, type RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/**
 * Rule event.main-outcome-at: "The European Union and India decided today in Porto to resume negotiations …. The
 * decision was taken at the EU-India Leaders' Meeting, hosted by …": a readout that opens with its outcome and names
 * the gathering where it was reached in the next sentence ("was taken / reached / agreed / adopted / announced at the
 * X") has X as its own event, when no other rule found one. Only a gathering (meeting, summit, talks, conference,
 * session, council, dialogue), held (not planned), in the opening sentence or the one after it.
 */
export const EVENT_MAIN_OUTCOME_AT = {
  id: 'event.main-outcome-at',
  before:
    /\b(?:was|were|had[^\S\n]+been)[^\S\n]+(?:taken|reached|agreed|adopted|made|announced)[^\S\n]+(?:today[^\S\n]+)?(?:at|during)[^\S\n]+(?:the[^\S\n]+)?$/,
  gathering: /\b(?:meeting|summit|talks|conference|session|council|dialogue)\b/i,
};

/** Rule event.main-outcome-at: the readout's own event, told as where its opening's outcome was reached. */
export function outcomeAtMain(ctx: Ctx, mentions: readonly Found[]): Found | undefined {
  const R = EVENT_MAIN_OUTCOME_AT;
  const opening = ctx.sentences.find((s) => !s.heading && /\p{Ll}/u.test(s.text) && s.text.length > 60);
  if (!opening) return undefined;
  return mentions.find((f) => {
    if (f.type !== 'Event' || f.planned || !R.gathering.test(f.name)) return false;
    if (f.sentence !== opening.index && f.sentence !== opening.index + 1) return false;
    const s = ctx.sentences[f.sentence]!;
    return !s.heading && R.before.test(ctx.text.slice(s.start, f.start));
  });
}

/**
 * Rule participated.not-time-anchor: "The Indian Prime Minister took part by videoconference, while the European
 * leaders were gathered in Porto, one day after the Porto Social Summit": a gathering named only to date another
 * ("one day after", "two weeks before", "shortly after the X") is no event the sentence's people take part in, nor the
 * event a paragraph's "also took part" sentences go on about.
 */
export const PARTICIPATED_NOT_TIME_ANCHOR = {
  id: 'participated.not-time-anchor',
  before:
    /\b(?:(?:one|a|two|three|four|several|a[^\S\n]+few)[^\S\n]+(?:day|days|week|weeks|month|months)|(?:shortly|just|immediately))[^\S\n]+(?:after|before)[^\S\n]+(?:the[^\S\n]+)?$/i,
};

/** Rule participated.not-time-anchor: whether the event at `at` is named only to date something else. */
export function timeAnchorAt(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at - 60), at);
  return (before.includes('after') || before.includes('before')) && PARTICIPATED_NOT_TIME_ANCHOR.before.test(before);
}

/**
 * Rule participated.took-part-bare: "The Indian Prime Minister took part by videoconference, while …", "The Presidents
 * of the European Council and of the European Commission, A and B, also took part.": a verb of taking part with no
 * object ("in …", "at …") tells that its subject took part in the readout's own event, when the sentence names no
 * other held event (one named only to date it, "one day after the X", does not count) and stands within three
 * sentences after the main event's. The people (or the titles one person holds) before the verb, in its clause.
 */
export const PARTICIPATED_TOOK_PART_BARE = {
  id: 'participated.took-part-bare',
  verb: /\b(?:also[^\S\n]+)?(?:took[^\S\n]+part|participated)(?:[^\S\n]+(?:by[^\S\n]+(?:videoconference|video[^\S\n]+link|video)|virtually|remotely|online|in[^\S\n]+person|as[^\S\n]+(?:observers?|guests?)))?(?=[^\S\n]*(?:[.;]|,[^\S\n]+(?:while|as|and|but|which)\b|$))/u,
  /** Before the verb, in its clause: a negation, a modal or a future reads no fact. */
  notHeld:
    /\b(?:not|never|neither|nor|will|would|shall|is[^\S\n]+to|are[^\S\n]+to|expected|invited|scheduled|unable)\b/i,
};

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

/** Rule participated.took-part-bare: see PARTICIPATED_TOOK_PART_BARE. */
export function participateTookPartBare(k: RelKit, participate: Participate): void {
  const R = PARTICIPATED_TOOK_PART_BARE;
  const { ctx, ev, main, mainName, nameOf, personsIn, clusterOf } = k;
  if (!main || main.planned || !mainName || INCIDENT_NAME.test(mainName)) return;
  for (const s of ctx.sentences) {
    if (s.heading || s.index <= main.sentence || s.index > main.sentence + 3) continue;
    if (!(s.text.includes('took part') || s.text.includes('participated'))) continue;
    const m = R.verb.exec(s.text);
    if (!m || plannedBeforeSpeech(s.text) || R.notHeld.test(s.text.slice(0, m.index))) continue;
    const other = ev.eventMentions.some(
      (e) =>
        e.sentence === s.index && nameOf(e) !== mainName && !e.planned && !timeAnchorAt(ctx.text, s.start, e.start),
    );
    if (other) continue;
    const at = s.start + m.index;
    for (const [p] of personsIn(s.index))
      if ((p.from ?? p.start) < at) participate(main, clusterOf.get(p)!, s.index, R.id);
    for (const [r, c] of titleHolderRefs(k.people, s.index)) if (r.start < at) participate(main, c, s.index, R.id);
  }
}
