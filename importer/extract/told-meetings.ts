// Meetings and calls told in passing between two named people, besides the readout's own event: "Mr. Shotaro
// Yachi … held talks with Mr. Yang Jiechi", "Prime Minister Abe and President Park held a telephone talk".
import { coordinatedSubjectHost } from './rules-fl18b.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { demonymTitleHolder } from './rules-fl29b.ts';
import { resolveDate } from '../dates.ts';
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';
import type { PeopleFacts } from './types.ts';
import type { PairTold, PersonMention } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { FAMILY_FIRST_STATES, GIVEN_NAME_STATES } from './states.ts';
import { LEADER_TITLES } from './lexicons.ts';
import { HONORIFIC_RE, longDate } from './text.ts';
import { appositionLength } from './told-visits.ts';
import { conventionalShortName } from './rules-nam13.ts';
import { MET_SEPARATELY_RULE, ownPlace, separateGuests } from './rules-separately.ts';
import { pinyinFamilyFirst } from './rules-ev18.ts';
import { EV23_MET_GATE, EV23_PATTERNS } from './rules-ev23.ts';
import { textHas } from './gates.ts';
import { EVENT_QUALIFIED_MEETING_NOUN } from './rules-evs28.ts';
import {
  EVENT_AUDIENCE_GRANTED,
  EVENT_INAUGURATION,
  EVENT_TOLD_MET_TITLE_SUBJECT,
  titleSubject,
  titledGuestGap,
} from './rules-fl20a.ts';

/**
 * ev23 (event.told-met-framed): "Vance met President Zelensky in the margins of the conference": "met" in a later
 * sentence that places the meeting on the margins or sidelines of a gathering (group 1 is "met"); gated by the frame.
 */
function framedMet(ctx: Ctx): RegExpExecArray[] {
  if (!textHas(ctx, EV23_MET_GATE)) return [];
  return [...ctx.text.matchAll(EV23_PATTERNS.metFramed)];
}

/** A trip's name: a visit holds the meetings its sentence tells after it. */
const TRIP = /\b(?:visit|mission|trip|tour)\b/i;
const HONORIFIC_FREE = (s: string) => s.replace(HONORIFIC_RE, '').trim();

// ev23 (event.told-their-first): "A and B held their first bilateral meeting in five years".
const TOLD =
  /\b(?:held|had)[^\S\n]+(?:an?[^\S\n]+|their[^\S\n]+(?:first|second|third|fourth|fifth|last|latest|next)?[^\S\n]*)?(?:(?:separate|brief|further|another|bilateral)[^\S\n]+)?(talks|telephone talk|telephone conversation|telephone conference|telephone call|phone call|video conference|meeting|conversation)\b/g;

/** A person's family name: the one-word form the text uses ("President Park"), else by the state's naming order. */
export function familyName(c: PersonCluster): string {
  // "Ferdinand Marcos Jr." is Marcos: a generational suffix is no family name.
  const toks = c.name.split(' ').filter((t, i, all) => i === 0 || i < all.length - 1 || !GENERATION.test(t));
  const short = c.mentions.map((x) => x.raw).find((r) => !/\s/.test(r) && toks.includes(r));
  // Vietnamese write the family name first but call a person by the last name ("Prime Minister Chinh").
  const first =
    c.state && ((FAMILY_FIRST_STATES.has(c.state) && c.state !== 'Vietnam') || GIVEN_NAME_STATES.has(c.state));
  if (short ?? first) return short ?? toks[0]!;
  // (ev18) event.pair-pinyin-family-name: "Xi Jinping" is Xi where no state tells the order.
  const conventional = conventionalShortName(toks) ?? pinyinFamilyFirst(toks);
  if (conventional) return conventional;
  // "Luigi Di Maio", "Ursula von der Leyen": a family name keeps its particles; "King Mohammed VI" is known by his
  // name and numeral.
  if (toks.length > 1 && REGNAL.test(toks[toks.length - 1]!)) return toks.slice(-2).join(' ');
  let i = toks.length - 1;
  while (i > 1 && SURNAME_PARTICLE.test(toks[i - 1]!)) i--;
  return toks.slice(i).join(' ');
}
/** A generational suffix after a name: "Jr.", "Sr.". */
const GENERATION = /^(?:Jr|Sr)\.?$/;
/** A regnal numeral after a monarch's name: "VI", "II", "XVI". */
const REGNAL = /^[IVX]{1,5}$/;
/** Particles that open a family name: "Di Maio", "von der Leyen", "de Klerk". */
const SURNAME_PARTICLE = /^(?:di|de|da|del|della|der|den|van|von|le|la|du|dos|das)$/i;

/** Rules whose events are narrated happenings of the readout rather than subjects its meeting dealt with. */
export const NARRATED_RULES = new Set([
  'event.told',
  'event.told-met',
  MET_SEPARATELY_RULE,
  'event.told-met-title',
  'event.courtesy-call',
  'event.separate-meeting',
  'event.told-any-clause',
  // ev14: calls told in passing (rules-ev14.ts).
  'event.call-between',
  'event.call-frame',
  // fl20a: audiences and inaugurations told in a visit (rules-fl20a.ts).
  EVENT_AUDIENCE_GRANTED.id,
  EVENT_INAUGURATION.id,
  EVENT_TOLD_MET_TITLE_SUBJECT.id,
  // evs28: a meeting told in passing by a qualified noun ("held a brief bilateral meeting").
  EVENT_QUALIFIED_MEETING_NOUN.id,
]);

/**
 * Adds the meetings told between two named people outside the main event's own sentences, named after the two
 * ("Abe-Park telephone talk"), the way the main event is when the readout gives it no name.
 */
export function findToldMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  const text = ctx.text;
  const firstProse = ctx.sentences.find((s) => !s.heading)?.index;
  const mentions = [...people.personKey.keys()];
  const surname = (m: PersonMention) => familyName(people.clusters.find((x) => x.mentions.includes(m))!);
  for (const m of [...text.matchAll(TOLD), ...framedMet(ctx)]) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    if (s.heading || si === firstProse || si === main?.sentence) continue;
    const inS = mentions.filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
    const before = inS.filter((p) => (p.to ?? p.end) <= m.index);
    const nounAt = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    let pair: PersonMention[] | undefined;
    // "Prime Minister Abe and President Park held a telephone talk".
    const [a, b] = before.slice(-2);
    if (
      a &&
      b &&
      /^,?\s+and\s+$/.test(text.slice(a.to ?? a.end, b.from ?? b.start)) &&
      /^\s*$/.test(text.slice(b.to ?? b.end, m.index))
    )
      pair = [a, b];
    // "Mr. Shotaro Yachi, …, held talks with Mr. Yang Jiechi".
    const withP = inS.find(
      (p) =>
        (p.from ?? p.start) >= end &&
        ((m[1] === 'met' ? /^\s+(?:with\s+)?(?:[\w.]+\s+){0,3}$/ : /^\s+with\s+(?:[\w.]+\s+){0,3}$/).test(
          text.slice(end, p.from ?? p.start),
        ) ||
          // event.met-titled-guest (fl20a): "held a bilateral meeting with the Minister of X, the Hon. Y".
          titledGuestGap(text.slice(end, p.from ?? p.start).replace(/^\s+with\s+/, ''))),
    );
    // Talks "with A, with B and with C" during a visit are its business, not one meeting.
    const more = withP && /\bwith\b/.test(text.slice(withP.to ?? withP.end, s.end));
    if (!pair && withP && before.length && !more) pair = [before[before.length - 1]!, withP];
    if (!pair || surname(pair[0]!) === surname(pair[1]!)) continue;
    // The readout's own call told again ("Prime Minister Abbott speaks with Prime Minister Rutte" in the title).
    const mainName = main && ctx.entity(main.key)?.name;
    if (mainName && pair.every((p) => mainName.includes(surname(p)))) continue;
    // …or by the two people who held it in the opening ("Prime Minister Abe held a Japan-China Summit Meeting with
    // President Xi … Prime Minister Abe held talks with President Xi").
    const openers = new Set([firstProse, main?.sentence]);
    const clusterOf = (p: PersonMention) => people.clusters.find((c) => c.mentions.includes(p))!;
    if (pair.every((p) => clusterOf(p).mentions.some((x) => openers.has(x.sentence)))) continue;
    const f = add('Event', text.slice(m.index, end), m.index, 'event.told');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.told') continue;
    f.name = `${surname(pair[0]!)}-${surname(pair[1]!)} ${m[1] === 'met' ? 'meeting' : m[1]!}`;
    ctx.rename(c.key, f.name);
    ctx.respan(c.key, m[1]!, nounAt);
  }
}

/** "A and B hosted C and D": the verbs by which hosts tell whom they had at a meeting. */
const HOSTED = /\b(?:hosted|welcomed|received)\b/;
/** A city the sentence places something in: "in New Delhi". */
const IN_CITY = /\bin\s+\p{Lu}\p{Ll}/u;

/**
 * Rule event.hosted-named: "The inaugural X-Y 2+2 Ministerial Dialogue was held in New Delhi. A and B hosted C and D.":
 * right after the sentence that names the readout's meeting, hosts who "hosted" or "received" their guests, with no
 * place of their own, tell who held that meeting, not a meeting of their own (participated.hosted-named).
 */
export function hostsNamedMeeting(ctx: Ctx, main: { sentence: number; name: string } | undefined, si: number): boolean {
  const s = ctx.sentences[si];
  if (!main || !s || si <= main.sentence) return false;
  // Only the first prose sentence after the meeting's: the ones between are headings.
  for (let i = main.sentence + 1; i < si; i++) if (!ctx.sentences[i]!.heading) return false;
  return (
    !s.heading &&
    !TRIP.test(main.name) &&
    !/\b(?:call|telephone|phone|conversation|video)\b/i.test(main.name) &&
    HOSTED.test(s.text) &&
    !IN_CITY.test(s.text)
  );
}

/** "X met (with) Y", "X received Y": a meeting told by its verb alone, the guest right after it. */
const MET =
  /\b(?:met|meets)(?:[^\S\n]+with)?[^\S\n]+|\b(?:held|holds)[^\S\n]+(?:an?[^\S\n]+)?(?:(?:bilateral|working|official)[^\S\n]+)?(?:summit|meeting|talks)[^\S\n]+with[^\S\n]+|(?<!\b(?:was|were|been|be)[^\S\n]+)\b(?:received|receives|hosted|hosts)[^\S\n]+|\b(?:called|calls|paid[^\S\n]+a[^\S\n]+call)[^\S\n]+on[^\S\n]+|\b(?:spoke|speaks|talked)[^\S\n]+(?:on[^\S\n]+the|by)[^\S\n]+(?:tele)?phone[^\S\n]+with[^\S\n]+/g;
/**
 * Rule event.told-received: "President Jokowi was received in Kyiv by President Zelenskyy": the guest before, the host
 * after; only with a place of its own ("was received by X" during a visit is part of it).
 */
const RECEIVED_BY = /\b(?:was|were)[^\S\n]+received[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}-]+)[^\S\n]+by[^\S\n]+/gu;
/** What may stand between "received … by" and the host's name: nothing, or a capitalised title ("President of Ukraine"). */
const HOST_TITLE_GAP =
  /^(?:\s{0,3}|(?:\p{Lu}[\p{L}-]*|of|the|for)(?:[^\S\n]+(?:\p{Lu}[\p{L}-]*|of|the|for)){0,6}[^\S\n]+)$/u;
/** What may stand between the verb and the guest's name: "his Italian counterpart", "today". */
// fl11b: also a venue or a city between the verb and the guest, "received today at the San Martín Palace the Minister".
const MET_GAP =
  /^(?:(?:today|also|separately|later|then|briefly|his|her|their|its|the|[\p{L}-]+\s+counterpart|counterpart|(?:at|in)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?:[^\S\n]+|(?=,))|,[^\S\n]*){0,5}$/u;

/**
 * "Earlier in the day, Minister X met with his Italian counterpart Y", "The Crown Prince received Secretary Z": a
 * meeting told by its verb alone outside the readout's own sentences, named after the two ("X-Y meeting"), with its
 * place when the sentence gives one ("… met Y in Kyiv").
 */
export function findMetMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  const mentions = [...people.personKey.keys()];
  for (const m of ctx.text.matchAll(MET)) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    const inS = mentions.filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
    const end = m.index + m[0].length;
    // event.met-titled-guest (fl20a): "met the Minister of Trade of Cordia, Mr Z".
    const gapOk = (g: string) => MET_GAP.test(g) || titledGuestGap(g);
    const guest = inS.find((p) => (p.from ?? p.start) >= end && gapOk(ctx.text.slice(end, p.from ?? p.start)));
    const before = inS.filter((p) => (p.to ?? p.end) <= m.index).pop();
    // event.told-met-coordinated-subject (fl18b): "X paid a courtesy call on Y and met Z": X met Z.
    // event.told-met-title-subject (fl20a): "The Minister also met …", the opening's minister.
    const byTitle = before
      ? undefined
      : (openingTitleHolder(ctx, people, titleSubject(ctx.text.slice(s.start, m.index))) ??
        demonymHolderBefore(ctx, people, s.start, m.index));
    const host = (before && coordinatedSubjectHost(ctx.text, inS, before, m.index)) ?? byTitle;
    if (!guest || !host) continue;
    if (hostsNamedMeeting(ctx, main && { sentence: main.sentence, name: main.name }, si)) continue;
    // Only the host's own verb: "X, who met Y" is fine, "X said that Z met Y" has no Z.
    if (!byTitle && /[.;:]|\bthat\b/.test(ctx.text.slice(host.to ?? host.end, m.index))) continue;
    const place = /^[^.;]{0,40}?\bin[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/u.exec(
      ctx.text.slice(guest.to ?? guest.end, s.end),
    )?.[1];
    // "spoke on the telephone with X": a call, with no place; "held a summit (talks) with X": that noun.
    const call = /phone/.test(m[0]);
    const held = /^(?:held|holds)\b/.test(m[0]) ? /\b(summit|meeting|talks)\b/.exec(m[0])?.[1] : undefined;
    // "held talks with A, with B and with C": the talks of a stay with several people, not one pair's meeting.
    if (held && /^[^.;]{0,120}?,\s*(?:and\s+)?with\b/.test(ctx.text.slice(guest.to ?? guest.end, s.end))) continue;
    // event.told-met-in-visit: "X paid an official visit to Y …, during which she met Z": a meeting within the visit the
    // opening tells, after it in the same sentence.
    const inVisit = !!main && !main.planned && main.sentence === si && m.index > main.end && TRIP.test(main.name);
    // event.met-separately (fl15b): "received A and B separately" is one meeting with each.
    const guests = separateGuests(ctx.text, end, guest, inS);
    for (const [i, g] of guests.entries())
      addPairMeeting(ctx, people, main, add, {
        ...(inVisit ? { inOpening: true } : {}),
        host,
        guest: g,
        place: call ? undefined : guests.length > 1 ? ownPlace(ctx.text, g, guests[i + 1], s.end) : place,
        from: g === guest ? m.index : (g.from ?? g.start),
        to: g.end,
        rule: guests.length > 1 ? MET_SEPARATELY_RULE : byTitle ? EVENT_TOLD_MET_TITLE_SUBJECT.id : 'event.told-met',
        ...(call ? { noun: 'telephone conversation' } : held ? { noun: held } : {}),
        ...(guests.length > 1 ? { several: true } : {}),
      });
  }
  // RECEIVED_BY needs the word "received": a text without it (most) is not scanned.
  for (const m of ctx.text.includes('received') ? ctx.text.matchAll(RECEIVED_BY) : []) {
    const si = ctx.sentenceAt(m.index);
    const inS = mentions.filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
    const end = m.index + m[0].length;
    // "received in Kyiv by President of Ukraine Volodymyr Zelenskyy": the host's title may stand before the name.
    const host = inS.find(
      (p) => (p.from ?? p.start) >= end && HOST_TITLE_GAP.test(ctx.text.slice(end, p.from ?? p.start)),
    );
    const guest = inS
      .filter((p) => (p.to ?? p.end) <= m.index && /^\s*$/.test(ctx.text.slice(p.to ?? p.end, m.index)))
      .pop();
    if (!guest || !host) continue;
    addPairMeeting(ctx, people, main, add, {
      host: guest,
      guest: host,
      place: m[1],
      from: m.index,
      to: host.end,
      rule: 'event.told-received',
    });
  }
}

/**
 * Rule event.told-met-title-subject (rules-fl20a.ts): the person a bare title subject stands for, the first person
 * named in the readout's opening sentence whose title holds that word ("The Minister" of "Senator X, Minister of
 * Foreign Affairs, led …").
 */
/**
 * Rule event.told-met-demonym-title-holder (rules-fl29b.ts): "The Armenian Prime Minister also met …": the one person
 * named before the sentence who holds that state's office of that title (his first mention).
 */
function demonymHolderBefore(ctx: Ctx, people: PeopleFacts, from: number, at: number): PersonMention | undefined {
  const stateOf = (d: string) =>
    findGazetteerHits(d).find((h) => h.type === 'State' && h.demonym && h.start === 0)?.name;
  const holders = [...people.offices].flatMap(([c, os]) =>
    c.mentions.some((x) => x.end <= from) ? os.map((o) => ({ who: c, title: o.title, owner: o.owner })) : [],
  );
  return demonymTitleHolder(ctx.text.slice(from, at), stateOf, holders)?.mentions[0];
}

function openingTitleHolder(ctx: Ctx, people: PeopleFacts, title: string | undefined): PersonMention | undefined {
  if (!title) return undefined;
  const opening = ctx.sentences.find((x) => !x.heading)?.index;
  const word = new RegExp(`\\b${title}\\b`);
  return [...people.personKey.keys()]
    .filter((p) => p.sentence === opening)
    .sort((a, b) => a.start - b.start)
    .find((p) => p.titles.some((t) => word.test(t.title)) || word.test(titledSpan(ctx.text, p)));
}

/** A person's mention with the title written right before it ("The Minister of X, Ana Vella"), for title look-ups. */
function titledSpan(text: string, p: PersonMention): string {
  const from = p.from ?? p.start;
  return (
    text
      .slice(Math.max(0, from - 80), p.to ?? p.end)
      .split(/[.;]/)
      .pop() ?? ''
  );
}

/** The meeting of a told pair, named "X-Y meeting (in Place)", unless it is the readout's own or named there. */
export function addPairMeeting(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
  t: PairTold,
): Found | undefined {
  const firstProse = ctx.sentences.find((s) => !s.heading)?.index;
  const clusterOf = (p: PersonMention) => people.clusters.find((c) => c.mentions.includes(p))!;
  const mainName = main && ctx.entity(main.key)?.name;
  const openers = new Set([firstProse, main?.sentence]);
  const si = ctx.sentenceAt(t.from);
  if (ctx.sentences[si]!.heading || (openers.has(si) && !t.inOpening)) return undefined;
  // "X met Y …, in the first formal Japan-China Foreign Ministers' Meeting": the verb tells a meeting named there.
  if (!t.several && namedHere(ctx, si, t.from, t.to)) return undefined;
  const [a, b] = [clusterOf(t.host), clusterOf(t.guest)];
  if (a === b || familyName(a) === familyName(b)) return undefined;
  if (mainName && [a, b].every((c) => mainName.includes(familyName(c)))) return undefined;
  if (!t.inOpening && [a, b].every((c) => c.mentions.some((x) => openers.has(x.sentence)))) return undefined;
  const f = add('Event', ctx.text.slice(t.from, t.to), t.from, t.rule);
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== t.rule) return undefined;
  f.name = `${familyName(a)}-${familyName(b)} ${t.noun ?? 'meeting'}${t.place ? ` in ${t.place}` : ''}`;
  ctx.rename(c.key, f.name);
  c.alias = false;
  // evk32a: a guest named in another sentence (a delegation's leader, the readout's subject) does not stretch the span.
  const guestAt = t.guest.from ?? t.guest.start;
  if (ctx.sentenceAt(guestAt) === si) ctx.respan(c.key, c.name, guestAt);
  c.props.kind = t.noun && /call|conversation/.test(t.noun) ? 'call' : 'meeting';
  return f;
}
/** A clause of its own: "… was received in Kyiv by Y, and shortly after took part in the G7 Summit". */
const CLAUSE_BREAK = /,\s*(?:and|but|while|whereas|before|after)\s/;
/** A meeting named in the sentence as what was held, not as its frame ("on the margins of the APEC Meeting"). */
export function namedHere(ctx: Ctx, si: number, from: number, to: number): boolean {
  return ctx
    .inSentence(si)
    .some(
      (c) =>
        c.type === 'Event' &&
        !CLAUSE_BREAK.test(c.start >= to ? ctx.text.slice(to, c.start) : ctx.text.slice(c.end, from)) &&
        /\b(?:meeting|summit|talks|dialogue|consultations)$/i.test(c.name) &&
        !/\b(?:occasion|margins?|sidelines?|fringes?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$|\b(?:since|after|before|ahead\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(
          ctx.text.slice(Math.max(0, c.start - 40), c.start),
        ),
    );
}

const VISIT_VERB =
  /^,?[^\S\n]+(?:(will|would|to|is to|is due to|is expected to|plans to|intends to|then|also|has|had)[^\S\n]+)?(?:visit|visits|visited|travel(?:l?ed)?[^\S\n]+to|paid a visit to)[^\S\n]+((?:the[^\S\n]+)?\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?(?:,[^\S\n]+\p{Lu}[\p{L}-]+)*(?:,?[^\S\n]+and[^\S\n]+\p{Lu}[\p{L}-]+)?)/u;
const FUTURE_AUX = /^(will|would|to|is to|is due to|is expected to|plans to|intends to)$/;

/**
 * Visits told with a verb: "Minister Lavrov will visit Japan", "Mr. Mike Pompeo, Secretary of State …, travelled to
 * North Korea" → "Lavrov's visit to Japan", "Pompeo's visit to North Korea" (planned when the verb is future).
 */
export function findVisitVerbs(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  // The visitor named right before the verb, or "he"/"she" after a verb of saying: "Trump thanked Xi … and said he
  // would travel to China" (the subject of the sentence).
  const told: [PersonMention, number, number][] = [...people.personKey.keys()].map((m) => [
    m,
    m.from ?? m.start,
    m.to ?? m.end,
  ]);
  // event.visit-verb.when: "Prime Minister X stated that … when he visited Beijing in 2006": the same subject.
  for (const p of ctx.text.matchAll(
    /\b(?:(?:said|says|added|announced|noted|stated)\s+(?:that\s+)?|when\s+)(?:he|she)\b/g,
  )) {
    const si = ctx.sentenceAt(p.index);
    const subject = [...people.personKey.keys()].filter((m) => m.sentence === si).sort((a, b) => a.start - b.start)[0];
    const at = p.index + p[0].length;
    // Only a subject that opens the sentence is sure to be the "he" of it.
    if (subject && (subject.from ?? subject.start) - ctx.sentences[si]!.start < 3 && subject.start < p.index)
      told.push([subject, at - 2 - (/she$/.test(p[0]) ? 1 : 0), at]);
  }
  for (const [m, from, end] of told) {
    // "Li Hui, formerly China's Ambassador to Russia, will travel to Ukraine": past one apposition.
    const skip = appositionLength(ctx.text.slice(end, end + 120));
    const v = VISIT_VERB.exec(ctx.text.slice(end + skip, end + skip + 120));
    if (!v) continue;
    const c = people.clusters.find((x) => x.mentions.includes(m));
    if (!c) continue;
    // "Mr Emmanuel Bonne … travelled to Tehran" tells the readout's own mission to Tehran.
    const mainEvent = main && ctx.entity(main.key);
    if (mainEvent && /\b(visit|mission|trip)\b/i.test(mainEvent.name) && mainEvent.name.includes(v[2]!)) continue;
    const spanEnd = end + skip + v.index + v[0].length;
    const f = add('Event', ctx.text.slice(from, spanEnd), from, 'event.visit-verb');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.visit-verb') continue;
    // Named after the visitor as the text calls them: "Minister Lavrov will visit Japan" → "Minister Lavrov's visit to
    // Japan"; "Mr. Mike Pompeo, …, travelled to North Korea" → "Pompeo's visit to North Korea".
    const fam = familyName(c);
    const titled = HONORIFIC_FREE(m.surface);
    const nameToks = new Set(c.name.split(' '));
    const title = titled.endsWith(fam)
      ? titled
          .slice(0, -fam.length)
          .split(/\s+/)
          .filter((t) => t && !nameToks.has(t))
          .join(' ')
      : '';
    // A family name written first ("Li Hui") names the visitor only with the given name.
    const who = title ? `${title} ${fam}` : c.name.endsWith(fam) ? fam : c.name;
    // "will travel to Agra, Mumbai and Bengaluru": visits to several places.
    const several = /,|\sand\s/.test(v[2]!);
    f.name = `${who}'s ${several ? 'visits' : 'visit'} to ${v[2]!}`;
    ctx.rename(e.key, f.name);
    e.props.kind = 'visit';
    if (FUTURE_AUX.test(v[1] ?? '')) {
      f.planned = true;
      e.props.status = 'planned';
      delete e.props.date;
    }
    const surface = v[0].replace(/^,?\s+/, '');
    ctx.respan(e.key, surface, spanEnd - surface.length);
  }
}

/**
 * "the telephone conversation of more than an hour that the President of the Republic held on Saturday 6 July with …",
 * "the telephone conversation on 11 May between …".
 */
const DATED =
  /\bthe[^\S\n]+(telephone conversation|telephone call|phone call|video conference|meeting|talks)\b(?:[^.]{0,80}?\b(?:held|had)[^\S\n]+|[^\S\n]+)on[^\S\n]+((?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[^\S\n]+)?(?:\d{1,2}[^\S\n]+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)[^\S\n]+\d{1,2})(?:,?[^\S\n]+\d{4})?)/g;

/**
 * A meeting or call told with the day it was held, other than the readout's own: named by that day ("telephone
 * conversation of 6 July 2019"), as the readout gives it no other name.
 */
export function findDatedMeetings(
  ctx: Ctx,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  for (const m of ctx.text.matchAll(DATED)) {
    const iso = resolveDate(m[2]!, ctx.doc.date);
    const when = iso && longDate(iso);
    if (!iso || !when || iso === ctx.doc.date || ctx.sentenceAt(m.index) === main?.sentence) continue;
    const noun = m[1]!;
    const at = m.index + m[0].indexOf(noun);
    const f = add('Event', `${noun}`.includes(' ') ? noun : `the ${noun}`, at, 'event.dated');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.dated') continue;
    f.name = `${noun} of ${when}`;
    ctx.rename(c.key, f.name);
    c.props.date = iso;
    c.props.kind = /telephone|phone/.test(noun) ? 'call' : 'meeting';
  }
}

/** "held separate talks with the two delegations": a series of meetings, told one by one after. */
export const SEPARATE = /\bseparate\s+(?:talks|meetings|bilateral meetings)\b/i;

/**
 * "On the occasion of the summit …, Guy Parmelin and Ignazio Cassis held separate talks with the two delegations. …
 * the two Federal Councillors met US President Joe Biden …": each meeting of the series is an event of its own,
 * named after the person met ("meeting with US President Joe Biden"), held by those who held the talks.
 */
export function findSeparateMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  const opening = ctx.sentences.find((s) => !s.heading && SEPARATE.test(s.text));
  if (!opening) return;
  for (const s of ctx.sentences.filter((x) => x.index > opening.index && !x.heading)) {
    const met = /\bmet\s+/.exec(s.text);
    if (!met) continue;
    const after = s.start + met.index + met[0].length;
    const guest = [...people.personKey.keys()].find((m) => m.sentence === s.index && (m.from ?? m.start) === after);
    if (!guest) continue;
    const surface = ctx.text.slice(after, guest.end);
    const f = add('Event', surface, after, 'event.separate-meeting');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.separate-meeting') continue;
    f.name = `meeting with ${surface}`;
    ctx.rename(c.key, f.name);
    c.props.kind = 'meeting';
  }
}

/**
 * Rule event.pair-again: "The two Presidents had previously met in New York on 20 September 2022", "The two Leaders
 * had last met on the sidelines of the G20 Summit in Rome", "when they met in Albania in mid-August", "who last spoke
 * by telephone in April": an earlier meeting or call of the readout's own pair, told by its verb.
 */
export const PAIR_AGAIN = {
  /** The pair, an optional marker of the past, the verb. */
  // ev14: "The two had spoken by telephone on 14 November" (the pair's noun may be left out; "spoken" as well).
  told: /\b(?:[Tt]he\s+two(?:\s+(?:[Ll]eaders|[Pp]residents|[Pp]rime\s+[Mm]inisters|[Ff]oreign\s+[Mm]inisters|[Mm]inisters|[Hh]eads\s+of\s+[Ss]tate))?(?=(?:,\s+who)?\s+(?:had|have|last|previously|first|earlier|already|met|spoke|spoken|talked)\b)|[Bb]oth\s+leaders|\b(?:when|since|after)\s+they)(?:,\s+who)?\s+(?:had\s+|have\s+)?(?:(last|previously|first|earlier|already)\s+)?(met|spok(?:e|en)\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)|talked\s+by\s+(?:tele)?phone)\b/g,
  /**
   * The pair's earlier meeting told by a noun: "The ministers' last formal meeting took place in November 2019 in
   * Nagoya", "Their previous meeting was held in Lima"; the marker of the past, the noun.
   */
  toldByNoun:
    /\b(?:[Tt]he\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|ministers|heads\s+of\s+state)['’]|[Tt]heir)\s+(last|previous|first|earlier)\s+(?:(?:formal|bilateral|in-person|face-to-face|official)\s+)?(meeting|(?:telephone|phone)\s+(?:call|conversation))\s+(?:took\s+place|was\s+held)\b/g,
  /** "in New York", "in Albania": the first capitalised place after the verb. */
  place: /\bin\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?![\p{L}'’-])/gu,
  /** "on 20 September 2022", "in October 2021", "in mid-August", "in April". */
  when: /\b(?:on\s+(\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)|in\s+(?:mid-|early\s+|late\s+)?((?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?))\b/,
};
const MONTH_ONLY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The readout's pair: the two family names its own meeting is named after ("Niinistö-Erdoğan meeting in Ankara"). */
function mainPair(ctx: Ctx, people: PeopleFacts, main: Found | undefined): [string, string] | undefined {
  const name = main && ctx.entity(main.key)?.name;
  const m = name && /^(\S+)-(\S+)\s/.exec(name);
  const fams = new Set(people.clusters.map(familyName));
  if (m && fams.has(m[1]!) && fams.has(m[2]!)) return [m[1]!, m[2]!];
  // Else the readout's two leaders, of two states.
  const leaders = people.clusters.filter((c) =>
    (people.offices.get(c) ?? []).some((o) => LEADER_TITLES.test(o.title) && !/Vice|Deputy|Former/.test(o.title)),
  );
  const states = new Set(leaders.map((c) => c.state ?? people.offices.get(c)?.[0]?.owner));
  return leaders.length === 2 && states.size === 2 ? [familyName(leaders[0]!), familyName(leaders[1]!)] : undefined;
}

export function findPairAgain(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  // event.pair-again.noun: the same, told by a noun ("Their last meeting took place in …"). The pair is looked for
  // only when the text tells a meeting again (perf18a: mainPair was a third of the rule's time).
  const told = [...ctx.text.matchAll(PAIR_AGAIN.told), ...ctx.text.matchAll(PAIR_AGAIN.toldByNoun)];
  if (!told.length) return;
  const pair = mainPair(ctx, people, main);
  if (!pair) return;
  for (const m of told) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    if (s.heading || si === main?.sentence) continue;
    const rest = ctx.text.slice(m.index + m[0].length, s.end);
    const when = PAIR_AGAIN.when.exec(rest);
    // Without a marker of the past or a date, "the two leaders met" may tell the readout's own meeting again.
    if (!m[1] && !when && !/^when|^since|^after/.test(m[0])) continue;
    const place = [...rest.matchAll(PAIR_AGAIN.place)].map((x) => x[1]!).find((w) => !MONTH_ONLY.test(w));
    const call = !/^(?:met|meeting)$/.test(m[2]!);
    const noun = call ? 'telephone conversation' : 'meeting';
    const day = when?.[1];
    const iso = day ? resolveDate(day, ctx.doc.date) : undefined;
    const where = !call && place ? ` in ${place}` : '';
    const date = iso ? longDate(iso) : (when?.[2] ?? when?.[1]);
    const name = `${pair[0]}-${pair[1]} ${noun}${where}${date ? `${iso ? (where ? ' on' : ' of') : ' in'} ${date}` : ''}`;
    // The subject and verb as the span: what follows may hold another event ("on the sidelines of the G20 Summit").
    const f = add('Event', m[0], m.index, 'event.pair-again');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.pair-again') continue;
    f.name = name;
    ctx.rename(c.key, name);
    ctx.respan(c.key, name, c.start);
    c.alias = false;
    c.props.kind = call ? 'call' : 'meeting';
    c.props.status = 'held';
    if (iso) c.props.date = iso;
  }
}

/**
 * Rule event.listed-meeting: a list item of a programme that names a meeting with someone ("- a meeting with King Felipe
 * VI at the Royal Palace;", "• talks with Prime Minister X"): an event of its own, named after the person met
 * ("meeting with King Felipe VI"); the relation rules give it the person, the visitor and the visit
 * (rules-ev6.ts listedMeetingRelations).
 */
const LISTED_MEETING =
  /^\s*(?:[-*•–]|\d+[.)])\s+(?:[^:\n]{1,30}:\s+|\d{1,2}[:.h]\d\d\s+)?(?:(?:an?|the)\s+)?((?:(?:bilateral|official|working|private)\s+)?(?:meeting|talks|lunch|luncheon|dinner|audience|conversation)\s+with\s+)/i;

export function findListedMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  let bySentence: Map<number, PersonMention[]> | undefined;
  for (const s of ctx.sentences) {
    const m = LISTED_MEETING.exec(s.text);
    if (!m) continue;
    // The people of each sentence, grouped once (only for a readout with such a list).
    bySentence ??= groupMentions(people);
    const after = s.start + m.index + m[0].length;
    const guest = (bySentence.get(s.index) ?? []).find(
      (p) => (p.from ?? p.start) >= after && (p.from ?? p.start) <= after + 40,
    );
    if (!guest) continue;
    const at = s.start + m.index + m[0].indexOf(m[1]!);
    const surface = ctx.text.slice(at, guest.end);
    const f = add('Event', surface, at, 'event.listed-meeting');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.listed-meeting') continue;
    f.name = surface.replace(/\s+/g, ' ');
    ctx.rename(c.key, f.name);
    c.props.kind = 'meeting';
  }
}

function groupMentions(people: PeopleFacts): Map<number, PersonMention[]> {
  const out = new Map<number, PersonMention[]>();
  for (const p of people.personKey.keys()) out.set(p.sentence, [...(out.get(p.sentence) ?? []), p]);
  return out;
}
