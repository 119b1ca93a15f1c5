// Events and agreements: capitalised names ending in an event or agreement head ("24th Japan-Russia Summit
// Meeting", "Japan-Soviet Joint Declaration"), lowercase agreements with a modifier ("peace treaty"),
// "X's visit to Y", and the readout's main event (from the title, else the first meeting, call or visit).
import type { EventKind } from '../../graph/schema.ts';
import { resolveDate } from '../dates.ts';
import type { Ctx } from './context.ts';
import { findGazetteerHits, type GazetteerHit } from './gazetteer.ts';
import type { PeopleFacts } from './index.ts';
import { EVENT_HEADS } from './lexicons.ts';
import { acronymAfter, agreementSpans } from './agreements.ts';
import { alt } from './text.ts';

export interface Found {
  key: string;
  type: 'Event' | 'Agreement';
  name: string;
  start: number;
  end: number;
  sentence: number;
  planned: boolean;
}

export interface EventFacts {
  main?: Found;
  /** First mention of each event / agreement. */
  events: Found[];
  agreements: Found[];
  /** Every mention (first mentions and later, shorter or abbreviated ones). */
  eventMentions: Found[];
  agreementMentions: Found[];
}

// A capitalised word; a period only inside an abbreviation ("U.S."), never a sentence end ("Japan. The").
const CAPW =
  "(?:[\\p{Lu}\\d][\\p{L}\\d'’+-]*(?:\\.\\p{Lu}[\\p{L}\\d'’+-]*)*(?:(?<=\\p{Lu}\\.\\p{Lu})\\.)?|\\d\\+\\d|\\(\\p{Lu}{2,}\\))";
const LINK = '(?:[^\\S\\n]+(?:and|of|on)[^\\S\\n]+(?:the[^\\S\\n]+)?|[^\\S\\n]+|[^\\S\\n]*-[^\\S\\n]*)';
const NAMED_EVENT = new RegExp(
  `(?:\\b\\d+(?:st|nd|rd|th)[^\\S\\n]+)?${CAPW}(?:${LINK}${CAPW})*?[^\\S\\n]+${alt(EVENT_HEADS)}(?![\\p{L}])(?:[^\\S\\n]+\\((?:\\d\\+\\d|[A-Z]{2,})\\))?`,
  'gu',
);
/** "EU-Canada summit", "16th Korea-Japan summit", "U.S.-Russia summit in Geneva", "Xi-Trump meeting". */
const COMPOUND_EVENT =
  /(?:\b\d+(?:st|nd|rd|th)[^\S\n]+)?(?<![\p{L}-])(?:\p{Lu}[\p{L}.]*-)+\p{Lu}[\p{L}.]*[^\S\n]+(?:summit meeting|summit|meeting|talks|telephone conversation|telephone call|telephone talk|phone call|dialogue|consultations|negotiations)\b(?:[^\S\n]+in[^\S\n]+\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)?/gu;
/** Sessions of a meeting: "small-group meeting", "expanded meeting", "joint press conference", "closing session". */
export const SESSION =
  /\b(?:small-group meeting|expanded meeting|extended meeting|restricted meeting|one-on-one meeting|tête-à-tête|joint press conference|joint press occasion|press conference|closing session|opening session|signing ceremony|ceremonial welcome|delegation-level talks|group photo ceremony)\b/giu;
/** Incidents: "seizure of Ukrainian naval vessels in the Kerch Strait", "failed coup attempt of July 15". */
const INCIDENT =
  /(?<![\p{L}])(?:(?:failed|illegal|deadly|terrorist|armed|military|missile|nuclear|\p{Lu}[\p{L}-]*)[^\S\n]+){0,2}(?:seizure|attack|attacks|strike|strikes|bombing|launch|coup attempt|crisis|conflict|incident|downing|shooting down|crash|withdrawal|poaching|invasion|occupation|detention|situation)\b/gu;
/** Words that end an incident's complement (a new clause or list). */
const COMPLEMENT_STOP = new Set(
  'and or but that which who whose to was were is are has have had will would as while when after before since because including with'.split(
    ' ',
  ),
);

/** The complement after an incident head: "of Ukrainian naval vessels in the Kerch Strait", up to a clause break. */
function incidentComplement(text: string, at: number): number {
  let end = at;
  const re = /^[^\S\n]+(of|on|in|at|against|from|around|over|near|by)[^\S\n]+/;
  for (let round = 0; round < 3; round++) {
    const m = re.exec(text.slice(end, end + 12));
    if (!m) break;
    let j = end + m[0].length;
    let words = 0;
    let last = end;
    for (;;) {
      const w = /^([\p{L}\d][\p{L}\d.'’-]*)/u.exec(text.slice(j, j + 40));
      // "between Belarus and the European Union": the "and" belongs to "between".
      if (w?.[1] === 'and' && /\bbetween\s+(?:the\s+)?\S+\s*$/.test(text.slice(end, j))) {
        j += 3;
        const sp2 = /^[^\S\n]+(?:the[^\S\n]+)?/.exec(text.slice(j, j + 6));
        if (!sp2) break;
        j += sp2[0].length;
        continue;
      }
      if (
        !w ||
        COMPLEMENT_STOP.has(w[1]!) ||
        words >= 7 ||
        (words > 0 && /^[a-z]+ed$/.test(w[1]!) && !/^(detained|armed|united)$/.test(w[1]!))
      )
        break;
      if (/^(of|on|in|at|around|over|near)$/.test(w[1]!)) break;
      words++;
      j += w[1]!.replace(/\.$/, '').length;
      last = j;
      const sp = /^[^\S\n]+/.exec(text.slice(j, j + 3));
      if (!sp) break;
      j += sp[0].length;
    }
    if (last === end) break;
    end = last;
  }
  return end;
}

const LEAD_STOP =
  /^(Holds|Hold|Meets|Speaks|Visits|Receives|Calls|Hosts|Welcomes|Attends|Signs|Says|Concludes|Endorse|Endorses|The|This|That|These|Those|On|In|At|During|After|Before|Both|Under|With|For|As|To|From|By|Following|Since|While|Regarding|Readout|Overview|Chairman['’]s|Press|Based)\s+/;
const PLANNED =
  /\b(will|would|shall|to be held|planned|plan to|scheduled|upcoming|coming|forthcoming|next|agreed to hold|hope|prior to|early in the new year|intend)\b/i;

const EVENT_KIND: [RegExp, EventKind][] = [
  [/telephone|phone|call\b/i, 'call'],
  [/summit/i, 'summit'],
  [/visit|mission|trip/i, 'visit'],
  [/conference|forum/i, 'conference'],
  [/meeting|talks|dialogue|consultation|negotiation|round|session/i, 'meeting'],
  [/seizure|attack|strike|bombing|launch|coup|crisis|war|conflict|incident|downing|shoot/i, 'incident'],
];
const kindOf = (name: string): EventKind => EVENT_KIND.find(([re]) => re.test(name))?.[1] ?? 'other';

const AGREEMENT_KIND: [RegExp, string][] = [
  [/treaty/i, 'treaty'],
  [/declaration/i, 'declaration'],
  [/joint statement|statement/i, 'joint statement'],
  [/memorandum|mou/i, 'memorandum'],
  [/framework/i, 'framework'],
  [/resolution/i, 'resolution'],
  [/ceasefire|cessation/i, 'ceasefire'],
  [/consensus/i, 'consensus'],
  [/plan/i, 'action plan'],
];

function clean(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim();
  for (;;) {
    const n = t.replace(LEAD_STOP, '').replace(/^(of|the|and|for|on|to|with|\d+\.)\s+/, '');
    if (n === t) break;
    t = n;
  }
  return t;
}

/** Finds events and agreements and the readout's main event. */
export function findEventsAndAgreements(ctx: Ctx, hits: GazetteerHit[], people: PeopleFacts): EventFacts {
  const text = ctx.text;
  const docDate = ctx.doc.date;
  const events: Found[] = [];
  const agreements: Found[] = [];
  const eventMentions: Found[] = [];
  const agreementMentions: Found[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const personSpan = (s: number, e: number) =>
    [...people.personKey.keys()].some((m) => s < m.end && e > m.start && !(s <= m.start && e >= m.end));
  const add = (type: 'Event' | 'Agreement', surface0: string, start0: number, rule: string): Found | undefined => {
    let surface = surface0;
    let start = start0;
    if (rule.endsWith('.named')) {
      // A name never swallows a person: "President Yoon Suk Yeol Holds Korea-Japan Summit" → "Korea-Japan Summit".
      const inside = [...people.personKey.keys()].filter((m) => m.start >= start && m.end <= start + surface.length);
      const last = inside.sort((a, b) => b.end - a.end)[0];
      if (last) {
        const cut = /\p{Lu}/u.exec(text.slice(last.end, start + surface.length));
        if (!cut) return undefined;
        const ns = last.end + cut.index;
        surface = text.slice(ns, start + surface.length);
        start = ns;
      }
    }
    const name = clean(surface);
    if (name.split(/\s+/).length < 2 && !/\d|[A-Z]{3,}/.test(name)) return undefined;
    const s = start + surface.indexOf(name);
    const e = s + name.length;
    if (!free(s, e) || personSpan(s, e)) return undefined;
    taken.push([s, e]);
    const sentence = ctx.sentenceAt(s);
    const sent = ctx.sentences[sentence]!;
    const planned = type === 'Event' && PLANNED.test(sent.text);
    const props: Record<string, unknown> = {};
    if (type === 'Event') {
      props.kind = kindOf(name);
      props.status = planned ? 'planned' : 'held';
      const d = resolveDate(sent.text, docDate);
      if (d && !planned) props.date = d;
    } else {
      props.kind = AGREEMENT_KIND.find(([re]) => re.test(name))?.[1] ?? 'agreement';
      const y = /\b(19|20)\d\d\b/.exec(name)?.[0];
      if (y) props.year = +y;
      props.status = /\bnegotiat|draft|future|proposed/i.test(sent.text) ? 'under negotiation' : 'concluded';
    }
    // A shortened mention of an event or agreement already named ("Foreign Ministers' Meeting") is that one.
    const lname = name.toLowerCase();
    const prior = (type === 'Event' ? events : agreements).find(
      (x) => x.name !== name && (x.name.toLowerCase().endsWith(` ${lname}`) || x.name.toLowerCase() === lname),
    );
    if (prior) {
      const k = ctx.add(type, prior.name, { surface: name, start: s, end: e }, `${rule}.shortened`);
      const f = { ...prior, key: k, start: s, end: e, sentence, planned: prior.planned };
      (type === 'Event' ? eventMentions : agreementMentions).push(f);
      return f;
    }
    const key = ctx.add(type, name, { surface: name, start: s, end: e }, rule, props);
    const f: Found = { key, type, name, start: s, end: e, sentence, planned };
    (type === 'Event' ? events : agreements).push(f);
    (type === 'Event' ? eventMentions : agreementMentions).push(f);
    if (type === 'Agreement') {
      const acro = acronymAfter(text, e);
      for (const a of acro?.starts ?? []) {
        if (!free(a, a + acro!.acronym.length)) continue;
        taken.push([a, a + acro!.acronym.length]);
        const k = ctx.add(
          'Agreement',
          name,
          { surface: acro!.acronym, start: a, end: a + acro!.acronym.length },
          'agreement.acronym',
        );
        agreementMentions.push({ ...f, key: k, start: a, end: a + acro!.acronym.length, sentence: ctx.sentenceAt(a) });
      }
    }
    return f;
  };
  for (const a of agreementSpans(text).filter((x) => x.rule === 'agreement.named' || x.rule === 'agreement.mou'))
    add('Agreement', a.surface, a.start, a.rule);
  for (const m of text.matchAll(NAMED_EVENT)) add('Event', m[0], m.index, 'event.named');
  for (const m of text.matchAll(COMPOUND_EVENT)) add('Event', m[0], m.index, 'event.compound');
  for (const m of text.matchAll(SESSION)) add('Event', m[0], m.index, 'event.session');
  for (const m of text.matchAll(
    /\b(?:(?:President|Prime Minister|Minister|Chancellor|Secretary)\s+)?\p{Lu}[\p{L}-]+['’]s\s+(?:\w+\s+)?visit\s+to\s+(?:the\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?/gu,
  ))
    add('Event', m[0], m.index, 'event.visit');
  for (const m of text.matchAll(INCIDENT)) {
    const phrase = text.slice(m.index, incidentComplement(text, m.index + m[0].length)).replace(/^(The|A|An)\s+/, '');
    // An incident needs something that pins it down: a name, a nationality, a place or a date.
    if (!/\p{Lu}|\d/u.test(phrase.slice(1))) continue;
    add('Event', phrase, m.index, 'event.incident');
  }
  for (const a of agreementSpans(text).filter((x) => x.rule !== 'agreement.named' && x.rule !== 'agreement.mou'))
    add('Agreement', a.surface, a.start, a.rule);
  mergeLongerForms(ctx, events);
  mergeLongerForms(ctx, agreements);
  events.sort((a, b) => a.start - b.start);
  agreements.sort((a, b) => a.start - b.start);
  const main = findMain(ctx, events, people, add);
  if (main && !eventMentions.includes(main)) eventMentions.push(main);
  eventMentions.sort((a, b) => a.start - b.start);
  agreementMentions.sort((a, b) => a.start - b.start);
  return { ...(main ? { main } : {}), events, agreements, eventMentions, agreementMentions };
}

const MAIN_NOUN =
  /\b(telephone conversation|telephone call|telephone talk|phone call|video conference|summit meeting|summit|meeting|talks|consultations|negotiations|conversation|visit|mission)\b/i;
/** A title that is itself the event's name: "Telephone conversation with …", "Readout of the President's Meeting with …". */
const TITLE_EVENT =
  /^(?:Readout of (?:the )?)?((?:[\p{L}'’.-]+\s+){0,3}(?:telephone conversation|telephone call|conversation|meeting|call|talks|visit|mission|summit)\b.*?)(?:\s*:.*)?$/iu;
/** A title with a verb of speaking or meeting names a call or meeting: "Prime Minister X speaks with President Y". */
const TITLE_VERB =
  /\b(speaks|spoke|talks|talked|meets|met|holds talks|held talks|receives|received|calls|called)\s+with\b/i;
/** "UK and EU conclude first round of future relationship negotiations", "consultations in Rimbo". */
const TITLE_NP =
  /\b((?:(?:first|second|third|fourth|fifth|next|final|new)\s+)?round\s+of\s+[\w\s-]*?negotiations|\p{Lu}[\p{L}-]+\s+(?:consultations|talks|negotiations)\s+in\s+\p{Lu}\p{L}+)\b/u;

function findMain(
  ctx: Ctx,
  events: Found[],
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): Found | undefined {
  const title =
    ctx.sentences.find((s) => s.text === ctx.doc.title) ??
    ctx.sentences.find((s) => s.heading && !/^(Readout|Press release|Media note)$/i.test(s.text));
  const first = ctx.sentences.find((s) => !s.heading);
  const isParent = (e: Found) =>
    /\b(?:occasion|margins?|sidelines?|fringes?)\s+of\s+(?:the\s+)?$/i.test(
      ctx.text.slice(Math.max(0, e.start - 40), e.start),
    );
  // 1. A title that names a meeting with someone ("… Meeting with President X of Turkey").
  const withTitle = title && TITLE_EVENT.exec(title.text);
  if (
    title &&
    withTitle &&
    /\b(with|between)\b/.test(withTitle[1]!) &&
    /^\S+\s+(?:\S+\s+){0,3}?(?:telephone conversation|conversation|meeting|call|talks)\b/i.test(withTitle[1]!)
  ) {
    const f = addMain(
      ctx,
      events,
      withTitle[1]!.replace(/[\s,;:]+$/, ''),
      title.start + title.text.indexOf(withTitle[1]!),
      'event.main-title',
    );
    if (f) return f;
  }
  // 2. A named event in the title.
  const heads = ctx.sentences
    .slice(0, 4)
    .filter((x) => x.heading)
    .map((x) => x.index);
  const inTitle =
    (title && events.find((e) => e.sentence === title.index && !e.planned && !isParent(e))) ??
    events.find((e) => heads.includes(e.sentence) && !e.planned && !isParent(e));
  if (inTitle) {
    // "U.S.-Russia Arms Control Negotiations in Vienna": a title names the place too.
    const place = /^[^\S\n]+in[^\S\n]+\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?(?=[^\S\n]*$)/u.exec(
      ctx.text.slice(inTitle.end, ctx.sentences[inTitle.sentence]!.end),
    );
    if (place) {
      const c = ctx.entities.find((x) => x.key === inTitle.key)!;
      const old = c.name;
      const name = `${old}${place[0]}`;
      for (const x of ctx.entities) if (x.type === 'Event' && x.name === old) x.name = name;
      for (const f of [...events]) if (f.name === old) f.name = name;
    }
    return inTitle;
  }
  // "China, U.S. sign phase one economic and trade agreement": the signing is the event.
  if (title && /\bsign(s|ed)?\b/i.test(title.text)) {
    const ag = ctx.entities.find((c) => c.type === 'Agreement' && c.start >= title.start && c.end <= title.end);
    if (ag) {
      const f = addMain(ctx, events, `signing of the ${ag.name}`, ag.start, 'event.main-signing', ag.surface);
      if (f) return f;
    }
  }
  // 2. The title names the event ("Telephone conversation with …", "… speaks with …").
  if (title) {
    const t = title.text;
    const m = TITLE_EVENT.exec(t) ?? TITLE_NP.exec(t);
    const whole = !m && TITLE_VERB.test(t) ? t : undefined;
    const phrase = m ? m[1]! : whole;
    if (phrase) {
      const at = title.start + t.indexOf(phrase);
      const f = addMain(ctx, events, phrase.replace(/[\s,;:]+$/, ''), at, 'event.main-title');
      if (f) return f;
    }
  }
  const opening = first && events.find((e) => e.sentence === first.index && !e.planned && !isParent(e));
  if (opening) return opening;
  // 3. The first meeting, call or visit of the text, named after its two principals.
  for (const s of ctx.sentences.slice(0, 8)) {
    const m = MAIN_NOUN.exec(s.text);
    if (!m) continue;
    const inS = [...people.personKey.keys()].filter((p) => p.sentence === s.index);
    const surnames = [
      ...new Set(
        inS.map((p) =>
          people.clusters
            .find((c) => c.mentions.includes(p))!
            .name.split(' ')
            .pop()!,
        ),
      ),
    ];
    const noun = m[1]!.toLowerCase();
    const at = s.start + m.index;
    if (surnames.length >= 2) {
      const f = addMain(ctx, events, `${surnames.slice(0, 2).join('-')} ${noun}`, at, 'event.main-described', m[0]);
      if (f) return f;
    }
    return add('Event', s.text.slice(m.index, m.index + m[0].length), at, 'event.main');
  }
  return undefined;
}

function addMain(ctx: Ctx, events: Found[], name: string, at: number, rule: string, surface = name): Found | undefined {
  if (name.split(/\s+/).length < 2) return undefined;
  const kind = kindOf(name);
  const key = ctx.add('Event', name, { surface, start: at, end: at + surface.length }, rule, {
    kind,
    status: 'held',
    ...(ctx.doc.date ? { date: ctx.doc.date } : {}),
  });
  const f: Found = {
    key,
    type: 'Event',
    name,
    start: at,
    end: at + surface.length,
    sentence: ctx.sentenceAt(at),
    planned: false,
  };
  events.unshift(f);
  return f;
}

const ORDINALS = /^(\d+(st|nd|rd|th)|first|second|third|inaugural|the|of|and|\(.*\))$/i;
/** A name with states written one way: "Japan-Republic of Korea (ROK) …" and "Japan-ROK …" read the same. */
function normalName(name: string): string {
  let t = name.replace(/\s*\([^)]*\)/g, '');
  const hits = findGazetteerHits(t).filter((h) => h.type === 'State' && !h.demonym);
  for (const h of [...hits].reverse()) t = t.slice(0, h.start) + h.name.replace(/\s+/g, '_') + t.slice(h.end);
  return t;
}
const tokenSet = (raw: string) =>
  new Set(
    normalName(raw)
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !ORDINALS.test(w))
      .map((w) => w.replace(/[()’']/g, '')),
  );

/**
 * Two forms of one name: "Japan-Russia Summit Meeting" (title) and "24th Japan-Russia Summit Meeting", or
 * "India-Japan Foreign and Defence Ministerial Dialogue (2+2)" and "First India-Japan 2+2 Foreign and Defence
 * Ministerial Dialogue": when one's words are all in the other's, the fuller name names both.
 */
function mergeLongerForms(ctx: Ctx, found: Found[]): void {
  const agreements = found[0]?.type === 'Agreement';
  for (const short of found) {
    const ts = tokenSet(short.name);
    if (ts.size < 2) continue;
    const long = found.find((x) => {
      if (x.name === short.name || x.name.length < short.name.length) return false;
      const tl = tokenSet(x.name);
      return [...ts].every((w) => tl.has(w)) && tl.size >= ts.size;
    });
    if (!long) continue;
    // Agreements keep the form first used ("ceasefire in Hodeidah"); events the fuller one ("24th … Summit Meeting").
    if (agreements && short.start < long.start) {
      const old = long.name;
      for (const c of ctx.entities) if (c.type === long.type && c.name === old) c.name = short.name;
      for (const f of found) if (f.name === old) f.name = short.name;
      continue;
    }
    const old = short.name;
    for (const c of ctx.entities) if (c.type === short.type && c.name === old) c.name = long.name;
    for (const f of found) if (f.name === old) f.name = long.name;
  }
}
