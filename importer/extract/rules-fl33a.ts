// Rules of round fl33a (issue 6), written after the first look at three new samples (the Tajik presidency's web page
// on a trilateral summit in Khujand, the Cuban presidency's Markdown release on a ceasefire signed in Havana, the
// Finnish presidency's plain-text release on a state visit to Ankara). Each rule is a general construction found in
// at least one other readout (named in docs/first-look.md); tests on made-up sentences, negative ones included, in
// rules-fl33a.test.ts. This file imports only types of the extractor, so any stage may import it.
import type { Ctx } from './context.ts';
import type { Found, TitleRef } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { startOf, endOf } from './mention-span.ts';
import { holderOf } from './rules-new4.ts';

/**
 * Rule agreement.title-comma-series-closed: "the Agreement on the Bilateral, National and Temporary Ceasefire",
 * "the Bicentennial Framework for Security, Public Health and Safe Communities", "the Agreement on Economic, Trade
 * and Technical Cooperation": a formal title's complement may list capitalised words with commas, closed by "and" and
 * one to three capitalised words that end the title (a stop, comma, colon, semicolon, bracket, the end of the line or
 * a lowercase word follows). The name was cut at the first comma and the tail ("Temporary Ceasefire", "Safe
 * Communities") read as a person. agreement.title-comma-series (rules-fl22b.ts) links a series only when its last noun
 * governs a further complement ("… and Maintenance of Facilities"); this rule is its closed form. Guards: the closing
 * words are followed by no verb of a clause ("the Agreement on Trade, Japan and France will …", "…, Japan and France
 * signed …", "the Declaration of Principles, Trade and Fisheries being …": no -ing word either) and no possessive, and each item has at most three words.
 */
export const AGREEMENT_TITLE_COMMA_SERIES_CLOSED = { id: 'agreement.title-comma-series-closed' };

/** Rule agreement.title-comma-series-closed: lowercase words that open a clause after a list of names, not a title. */
const CLAUSE_VERBS =
  'will|would|shall|should|can|could|may|might|must|have|has|had|are|is|was|were|agreed|signed|said|says|also|' +
  'to|who|which|that|did|do|does|met|held|discussed|expressed|welcomed|reaffirmed|noted|underlined|stressed|been';

/**
 * Rule agreement.title-comma-series-closed: the comma linker of a title whose comma series closes the title, as a
 * pattern source. `word` is the title-word pattern of agreements.ts, `sp` its spacing.
 */
export function titleCommaSeriesClosedLink(word: string, sp: string): string {
  const item = String.raw`${word}(?:${sp}${word}){0,2}`;
  const end = String.raw`(?=[.,;:()\]]|\n|$|${sp}[([]|${sp}(?!(?:${CLAUSE_VERBS})\b)(?!\p{Ll}+ing\b)\p{Ll})`;
  return String.raw`,${sp}(?=${item}(?:,${sp}${item})*,?${sp}and${sp}${item}(?!['’]s)${end})`;
}

/**
 * Rule person.not-title-series-item (with agreement.title-comma-series-closed): "the Treaty of Friendship, Good
 * Neighbourliness and Cooperation", "the Bicentennial Framework for Security, Public Health and Safe Communities": two
 * capitalised words after a comma (or after the "and" that closes the series) inside a formal title's series are an
 * item of the title, not a person. Asked by the
 * person reader (people.ts) at `p`, where a bare full name would start: the comma before it closes a head's
 * complement of capitalised words ("Treaty of Friendship, ", "Framework for Security, Public Health, "), and the
 * series is closed by "and" and a capitalised word after the name. "the Treaty of Friendship, Ambassador Jane Doe and
 * …" stays a name only when what follows the comma is no series; "signed the Treaty of Friendship, John Smith said"
 * keeps its name (no "and" closes a series).
 */
export const PERSON_NOT_TITLE_SERIES_ITEM = { id: 'person.not-title-series-item' };

const SERIES_HEAD = String.raw`\b(?:Agreement|Treaty|Convention|Protocol|Memorandum(?:\s+of\s+Understanding)?|Declaration|Accord|Charter|Framework|Arrangement|Pact)`;
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
const CAPS = String.raw`${CAP}(?:\s+${CAP}){0,2}`;
const SERIES_BEFORE = new RegExp(
  String.raw`${SERIES_HEAD}\s+(?:on|of|for)\s+(?:the\s+)?${CAPS}(?:,\s+${CAPS})*,\s+$`,
  'u',
);
const SERIES_AFTER = new RegExp(String.raw`^(?:,\s+${CAPS})*,?\s+and\s+${CAP}`, 'u');

/** "… for Security, Public Health and ": the closing "and" of a title's comma series, before its last item. */
const SERIES_CLOSING = new RegExp(
  String.raw`${SERIES_HEAD}\s+(?:on|of|for)\s+(?:the\s+)?${CAPS}(?:,\s+${CAPS})+,?\s+and\s+$`,
  'u',
);

/** Rule person.not-title-series-item: is the name read from `p` to `end` an item of a title's comma series? */
export function titleSeriesItem(text: string, p: number, end: number): boolean {
  const before = text.slice(Math.max(0, p - 160), p);
  if (/\sand\s+$/.test(before)) return SERIES_CLOSING.test(before);
  if (!/,\s+$/.test(before)) return false;
  return SERIES_BEFORE.test(before) && SERIES_AFTER.test(text.slice(end, end + 80));
}

/**
 * Rule event.ceremony-of-event: "attended … the closing ceremony of the third cycle of the peace talks between A and
 * B (X), at which …", "will attend the opening ceremony of the FOCAC Summit, where …": an opening, closing or inaugural
 * ceremony of a named gathering is an event of its own (a session of that gathering), named with it up to the first
 * bracket, comma, stop or clause word. The readout's ceremony was read as a "signing ceremony" or not at all. Not when
 * what follows "of the" is lowercase only ("the opening ceremony of the new terminal" names a building's ceremony, kept
 * only if a gathering word is in it).
 */
export const EVENT_CEREMONY_OF_EVENT = {
  id: 'event.ceremony-of-event',
  pattern:
    /\b((?:opening|closing|inaugural)[^\S\n]+ceremony[^\S\n]+of[^\S\n]+the[^\S\n]+([^,;.()\n]{4,140}?))(?=[^\S\n]*[,;.()]|[^\S\n]+(?:where|at[^\S\n]+which|in[^\S\n]+which|which|that|on[^\S\n]+\d|on[^\S\n]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\n|$)/gu,
  /** What the gathering's name must hold: a gathering word. */
  gathering:
    /\b(?:[Ss]ummit|[Cc]onference|[Mm]eeting|[Tt]alks|[Cc]ycle|[Rr]ound|[Ss]ession|[Ff]orum|[Gg]ames|[Cc]ongress|[Aa]ssembly|[Dd]ialogue|[Cc]ommission|[Cc]ouncil|[Nn]egotiations)\b/,
};

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** Rule event.ceremony-of-event over the text, gated on "ceremony of the". */
export function findCeremonyOfEvent(ctx: Ctx, add: AddEvent): void {
  const text = ctx.text;
  if (!text.includes('ceremony of the')) return;
  for (const m of text.matchAll(EVENT_CEREMONY_OF_EVENT.pattern)) {
    const what = m[2]!;
    if (!/\p{Lu}/u.test(what) && !/\b(?:cycle|round|talks|summit|conference)\b/.test(what)) continue;
    if (!EVENT_CEREMONY_OF_EVENT.gathering.test(what)) continue;
    add('Event', m[1]!, m.index, EVENT_CEREMONY_OF_EVENT.id);
  }
}

/** Rule event.ceremony-of-event: "third cycle of the talks" is no shorter form of "closing ceremony of the third …". */
export function ceremonyOfOther(short: string, long: string): boolean {
  const head = /^(?:the\s+)?(?:opening|closing|inaugural)\s+ceremony\s+of\s+/i;
  return head.test(long) && !head.test(short);
}

/**
 * Rule agreement.venue-headed: "at the El Laguito Protocol Hall in Havana", "in the Treaty Room of the Department of
 * State": an agreement head (Protocol, Treaty, Charter, Accord, Agreement, Declaration) followed by a room or
 * building noun names a venue, not an agreement. agreement.venue-name (rules-fl14a.ts) reads "Convention" before
 * "Centre" only; this is its form for the other heads and rooms. Not "the Protocol Hall" alone kept when a title goes
 * on after the head ("the Protocol on Hall …" is no venue: the noun must follow the head right away).
 */
export const AGREEMENT_VENUE_HEADED = {
  id: 'agreement.venue-headed',
  head: /\b(?:Protocol|Treaty|Charter|Accord|Agreement|Declaration|Convention)$/,
  after: /^[^\S\n]+(?:Hall|Room|Salon|Chamber|Centre|Center|Complex|Palace|Building|House|Gallery)\b/,
};

/** Rule agreement.venue-headed: does the agreement span `x` end in a head that a venue noun follows? */
export function venueHeaded(text: string, x: { surface: string; start: number }): boolean {
  const R = AGREEMENT_VENUE_HEADED;
  if (!R.head.test(x.surface)) return false;
  const end = x.start + x.surface.length;
  return R.after.test(text.slice(end, end + 12));
}

/**
 * Rule reached-at.during-which-signed: "his state visit to Bishkek on 13 March, during which he and President X signed
 * the Treaty … on the State Border", "held a virtual summit on 18 February, during which Minister A and Minister B
 * signed the Agreement": an agreement that a relative clause "during which / at which / in the course of which" says
 * someone signed (concluded, initialled, adopted) is reached at the event that clause hangs on: the last event named in
 * the sentence before the cue, with at most a place and a date (no verb, no other clause) between. reached-at.at-which
 * (rules-ev6.ts) reads the passive form only ("at which the Treaty was signed"). Not when another clause stands between
 * the cue and the agreement (a stop, a semicolon, "and then …").
 */
export const REACHED_AT_DURING_WHICH_SIGNED = {
  id: 'reached-at.during-which-signed',
  cue: /,?[^\S\n]+(?:during|at|in[^\S\n]+the[^\S\n]+course[^\S\n]+of)[^\S\n]+which[^\S\n]+/g,
  /** From the cue to the agreement: a subject of a few words, then the signing verb and an article. */
  clause:
    /^[^;:.()]{1,120}?\b(?:signed|concluded|initialled|initialed|adopted)[^\S\n]+(?:(?:the|a|an|two|three|several)[^\S\n]+)?$/,
  /** Between the event's name and the cue: a place, a date, nothing with a verb. */
  gap: /^(?:[^\S\n]+(?:in|on|at|to|of)[^\S\n]+(?:the[^\S\n]+)?[\p{Lu}\d][\p{L}\d-]*(?:[^\S\n]+[\p{Lu}\d][\p{L}\d-]*)*)*$/u,
};

/** Rule reached-at.during-which-signed over the agreement mentions. */
export function reachedAtDuringWhichSigned(k: RelKit): void {
  const { ctx, ev } = k;
  const R = REACHED_AT_DURING_WHICH_SIGNED;
  for (const a of ev.agreementMentions) {
    const s = ctx.sentences[a.sentence];
    if (!s) continue;
    const before = ctx.text.slice(s.start, a.start);
    if (!before.includes('which')) continue;
    const cue = [...before.matchAll(R.cue)].pop();
    if (!cue || !R.clause.test(before.slice(cue.index + cue[0].length))) continue;
    const cueAt = s.start + cue.index;
    const host = ev.eventMentions
      .filter((e) => e.sentence === a.sentence && e.end <= cueAt && !e.planned)
      .sort((x, y) => x.end - y.end)
      .pop();
    if (!host || !R.gap.test(ctx.text.slice(host.end, cueAt))) continue;
    ctx.relate('REACHED_AT', a.key, host.key, a.sentence, R.id);
  }
}

/**
 * Rule participated.held-qualified-with: "On the margins of the summit, the Leader of the Nation also held a separate
 * conversation with the President of Uzbekistan on …", "He also held a short bilateral conversation with the Austrian
 * Federal Minister of the Interior on …": the meeting told in passing by a qualified noun (event.qualified-meeting-noun)
 * has for participants the subject of "held / had" and the person after "with". The subject may be a title used alone
 * (its one holder), a named person, or "He" / "She" opening the clause (the first person named in the sentence
 * before). The person after "with" only when named or titled right after it ("with the President of X", "with
 * Minister Y"); nothing when the clause before the verb names no one and no pronoun opens it.
 */
export const PARTICIPATED_HELD_QUALIFIED_WITH = {
  id: 'participated.held-qualified-with',
  verb: /\b(?:held|had)[^\S\n]+(?:a|an)[^\S\n]+$/,
  pronoun: /^(?:[^,;]{0,80},[^\S\n]*)?(?:He|She)[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?$/,
  with: /^[^\S\n]+with[^\S\n]+/,
};

/** The one holder of a title used alone; with its owner ("the President of Uzbekistan"), the one of that owner. */
function ownedHolder(k: RelKit, ref: TitleRef): string | undefined {
  const owner = ref.owner?.name;
  if (!owner) return holderOf(k, ref);
  const t = ref.title.toLowerCase();
  const holders = k.people.clusters.filter((c) =>
    (k.people.offices.get(c) ?? []).some((o) => o.title.toLowerCase() === t && o.owner === owner),
  );
  return holders.length === 1 ? k.key(holders[0]!) : undefined;
}

/** Rule participated.held-qualified-with over the meetings of event.qualified-meeting-noun. */
export function participatedHeldQualifiedWith(k: RelKit): void {
  const { ctx, ev } = k;
  const R = PARTICIPATED_HELD_QUALIFIED_WITH;
  for (const e of ev.eventMentions) {
    // Not e.planned: "held" before the noun tells a meeting held, whatever a later clause plans ("… for the next").
    if (ctx.entity(e.key)?.rule !== 'event.qualified-meeting-noun') continue;
    const s = ctx.sentences[e.sentence];
    if (!s) continue;
    const clauseStart = s.start + Math.max(0, ctx.text.slice(s.start, e.start).lastIndexOf(';') + 1);
    const before = ctx.text.slice(clauseStart, e.start);
    const verb = R.verb.exec(before);
    if (!verb) continue;
    const verbAt = clauseStart + verb.index;
    const who: string[] = [];
    // The subject: the last person or title named before the verb in the clause.
    const named = k
      .personsIn(s.index)
      .filter(([m]) => startOf(m) >= clauseStart && endOf(m) <= verbAt)
      .pop();
    const ref = k.people.refs.filter((r) => r.sentence === s.index && r.start >= clauseStart && r.end <= verbAt).pop();
    const subject = named && (!ref || endOf(named[0]) >= ref.end) ? named[1] : ref ? ownedHolder(k, ref) : undefined;
    if (subject) who.push(subject);
    else if (R.pronoun.test(ctx.text.slice(clauseStart, verbAt)) && s.index > 0) {
      const prev = k.personsIn(s.index - 1)[0];
      if (prev) who.push(prev[1]);
    }
    const w = R.with.exec(ctx.text.slice(e.end, e.end + 10));
    if (w) {
      const at = e.end + w[0].length;
      const near = (x: number) => x >= at && x <= at + 4;
      const guest = k.personsIn(s.index).find(([m]) => near(startOf(m)));
      const gref = k.people.refs.find((r) => r.sentence === s.index && near(r.start));
      const g = guest ? guest[1] : gref ? ownedHolder(k, gref) : undefined;
      if (g) who.push(g);
    }
    for (const p of new Set(who)) ctx.relate('PARTICIPATED_IN', p, e.key, s.index, R.id);
  }
}
