// Rules of the dis33 round (issue 6): DISCUSSED precision first, then recall between ends already found, from the
// 179 annotated samples' false and missed DISCUSSED sorted by rule and cause (docs/first-look.md, "DISCUSSED and
// INVOLVES on the annotated samples: precision first, then recall"). Tests in rules-dis33.test.ts. This file imports
// only types and the text helpers, so that no import cycle forms.
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/**
 * Rule discussed.not-other-meeting-party: a state or body that the readout's own INVOLVES already make a party of
 * another meeting the main meeting discussed (its host, facilitator or member: "the talks, facilitated by Norway,
 * reviewed the outcome of the support meeting in Oslo"; "the two leaders will meet within the EU-facilitated
 * dialogue"; "ahead of the NATO Summit in Washington") is that meeting's party, not a subject of its own. Only
 * encounters (meetings, summits, conferences, visits, calls): the party of a discussed incident or situation ("the
 * crisis in Sudan", "ISIS defeated in Syria") stays a subject too, as the dev golds give it. Only the facts of the
 * whole-readout topic rules (discussed.topic, discussed.told-topic). Only hosts, venues and the one body named in the
 * meeting's name (the INVOLVES of `hostRules`; a name holding two parties names sides): the sides of "the negotiations between Russia and Ukraine" or of "the
 * meeting between an Armenian and a Georgian delegation" stay subjects when the meeting goes over them.
 */
export const DISCUSSED_NOT_OTHER_MEETING_PARTY = {
  id: 'discussed.not-other-meeting-party',
  rules: new Set(['discussed.topic', 'discussed.told-topic']),
  encounters: new Set(['meeting', 'summit', 'conference', 'visit', 'call']),
  /** The INVOLVES that make a state or body a host, venue, facilitator or named body of the meeting, not a side. */
  hostRules: new Set([
    'involves.held-in-host',
    'involves.host',
    'involves.planned-host',
    'involves.venue-capital',
    'involves.venue-state',
    'involves.in-name',
    'involves.in-name.planned',
  ]),
};

/** Rule discussed.not-other-meeting-party: drops a topic that is a party of another discussed meeting. */
export function dropOtherMeetingParties(k: RelKit): void {
  const R = DISCUSSED_NOT_OTHER_MEETING_PARTY;
  const { ctx } = k;
  const name = (key: string) => ctx.entity(key)?.name;
  const discussed = ctx.relationsOf('DISCUSSED');
  if (!discussed.some((r) => R.rules.has(r.rule))) return;
  // Parties of encounters, by the encounter's name: "Sri Lanka Support Meeting" → {Norway}. A name holding two
  // parties ("negotiations between Russia and Ukraine") names the sides: none of them counts.
  const partiesOf = new Map<string, Set<string>>();
  const inName = new Map<string, Set<string>>();
  for (const r of ctx.relationsOf('INVOLVES')) {
    const e = ctx.entity(r.from);
    const to = name(r.to);
    if (!e || to === undefined || !R.hostRules.has(r.rule) || !R.encounters.has(String(e.props.kind ?? ''))) continue;
    const map = r.rule.startsWith('involves.in-name') ? inName : partiesOf;
    map.set(e.name, (map.get(e.name) ?? new Set<string>()).add(to));
  }
  for (const [e, set] of inName) if (set.size === 1) partiesOf.set(e, new Set([...(partiesOf.get(e) ?? []), ...set]));
  if (!partiesOf.size) return;
  // The encounters each event discussed, by name.
  const topicsOf = new Map<string, string[]>();
  for (const r of discussed) {
    const from = name(r.from);
    const to = name(r.to);
    if (from === undefined || to === undefined || !partiesOf.has(to)) continue;
    topicsOf.set(from, [...(topicsOf.get(from) ?? []), to]);
  }
  const drop = (r: { type: string; from: string; to: string; rule: string }) => {
    if (r.type !== 'DISCUSSED' || !R.rules.has(r.rule)) return false;
    const to = name(r.to);
    return (topicsOf.get(name(r.from) ?? '') ?? []).some((m) => m !== to && partiesOf.get(m)!.has(to ?? ''));
  };
  if (ctx.relations.some(drop)) ctx.replaceRelations(ctx.relations.filter((r) => !drop(r)));
}

/**
 * Rule discussed.negotiations-length: negotiations told by how long they lasted, as what an agreement came out of
 * ("The text is the result of five months of negotiations", "the agreement crowns more than a year of negotiations",
 * "The Agreement concludes six weeks of negotiations", "the Trade and Cooperation Agreement is the outcome of nine
 * months of negotiations", "reached after thirteen rounds of negotiations"), dealt with that agreement. The agreement
 * is the one named before the negotiations in their sentence, else, when the sentence refers to it ("the text", "the
 * agreement", "the treaty"), the last agreement named before that sentence. The Events are event.duration-of-negotiations
 * and event.rounds-of-negotiations; without a word of outcome before them ("after seven years of talks, the Council
 * broke off the negotiations") nothing is linked.
 */
export const DISCUSSED_NEGOTIATIONS_LENGTH = {
  id: 'discussed.negotiations-length',
  events: new Set(['event.duration-of-negotiations', 'event.rounds-of-negotiations']),
  /** What stands just before the negotiations: the agreement's being their outcome. */
  outcome:
    /\b(?:(?:the|a)\s+(?:(?:direct|successful|happy|natural|logical)\s+)?(?:result|outcome|fruit|culmination|product|conclusion|crowning)\s+of|conclud(?:es|ed|ing)|crown(?:s|ed|ing)|cap(?:s|ped|ping)|(?:reached|agreed|concluded|finali[sz]ed|achieved|signed)\s+(?:(?:today|on\s+\w+)\s+)?after)\s+(?:(?:almost|nearly|some|over|about|around|close\s+to|more\s+than)\s+)?$/i,
  /** The sentence's word for the agreement it tells the outcome of. */
  anaphor:
    /\b(?:the|this)\s+(?:\w+\s+)?(?:text|agreement|treaty|accord|deal|document|memorandum|declaration|protocol|package|convention|compact)s?\b/i,
};

/** Rule discussed.negotiations-length: links length-named negotiations to the agreement they produced. */
export function discussedNegotiationsLength(k: RelKit): void {
  const R = DISCUSSED_NEGOTIATIONS_LENGTH;
  const { ctx, ev } = k;
  if (!ev.agreementMentions.length) return;
  const agreements = [...ev.agreementMentions].sort((a, b) => a.start - b.start);
  for (const e of ev.eventMentions) {
    if (!R.events.has(ctx.entity(e.key)?.rule ?? '')) continue;
    const s = ctx.sentences[e.sentence];
    if (!s || s.heading) continue;
    const before = ctx.text.slice(s.start, e.start);
    if (!R.outcome.test(before)) continue;
    const inSentence = agreements.filter((a) => a.sentence === e.sentence && a.end <= e.start);
    let a: Found | undefined = inSentence.at(-1);
    const anaphor = R.anaphor.exec(before);
    if (!a && anaphor) a = antecedent(k, agreements, s.start, anaphor[0]);
    if (a) ctx.relate('DISCUSSED', e.key, a.key, e.sentence, R.id);
  }
}

/**
 * The agreement "the text" / "the agreement" of a sentence refers to: the readout's own, concluded at one of its
 * events (REACHED_AT), the nearest before the sentence whose name holds the anaphor's noun ("the memorandum" among a
 * memorandum and a joint statement), else the nearest of them; else the last agreement named before the sentence.
 */
function antecedent(k: RelKit, agreements: readonly Found[], before: number, anaphor: string): Found | undefined {
  const { ctx } = k;
  const reached = new Set(ctx.relationsOf('REACHED_AT').map((r) => ctx.entity(r.from)?.name));
  const own = agreements.filter((a) => a.start < before && reached.has(ctx.entity(a.key)?.name)).reverse();
  const noun = /(\w+?)s?$/.exec(anaphor)![1]!.toLowerCase();
  const named = (a: Found) => ctx.entity(a.key)!.name.toLowerCase().includes(noun);
  return own.find(named) ?? own[0] ?? agreements.filter((x) => x.end <= before).at(-1);
}

/**
 * Rule discussed.not-provision: a sentence telling what an agreement or text says ("It establishes a Joint Commission
 * chaired by the two Heads of State", "The document provides for … financing by the United States", "In it, Armenia
 * agreed to facilitate a European Union mission", "Under the Joint Statement, the United Kingdom will …") names the
 * agreement's matter, not the meeting's subjects: the states and bodies it names are no topics of the meeting (the
 * agreement itself stays one where a rule gives it). Only the whole-readout topic rules (discussed.topic,
 * discussed.told-topic); told at the start of the sentence only. "In the Declaration, the leaders endorsed …" tells what
 * the meeting's own people did: not a provision.
 */
export const DISCUSSED_NOT_PROVISION = {
  id: 'discussed.not-provision',
  rules: new Set(['discussed.topic', 'discussed.told-topic']),
  provision:
    /^(?:(?:Under|In|By|Through|With)\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w'’-]+\s+){0,8}?(?:agreement|declaration|statement|document|text|treaty|memorandum|accord|communiqu[ée]|protocol|charter|roadmap|package|it)s?\b[^,;]{0,40},(?!\s+(?:the\s+)?(?:leaders|ministers|heads|participants|presidents|delegations|members|summit|council|conference|meeting)\b)|(?:The|This|That|Each)\s+(?:[\w'’-]+\s+){0,8}?(?:agreement|declaration|document|text|treaty|memorandum|accord|protocol|charter|package|roadmap|communiqu[ée]|statement)s?\s+(?:also\s+|further\s+)?(?:provides?|covers?|sets?|establish(?:es)?|creates?|commits?|includes?|contains?|stipulates?|foresees?|envisages?|obliges?|requires?|recognises?|recognizes?|reaffirms?|calls?)\b|It\s+(?:also\s+|further\s+)?(?:provides|covers|sets|establishes|creates|stipulates|foresees|envisages|commits|recognises|recognizes)\b)/i,
};

/** Rule discussed.not-provision: drops the topics named in a sentence that tells an agreement's provisions. */
export function dropProvisionTopics(k: RelKit): void {
  const R = DISCUSSED_NOT_PROVISION;
  const { ctx } = k;
  const provision = (r: { type: string; rule: string; sentence: number }) =>
    r.type === 'DISCUSSED' &&
    R.rules.has(r.rule) &&
    R.provision.test(ctx.sentences[r.sentence]?.text.trimStart() ?? '');
  if (ctx.relationsOf('DISCUSSED').some(provision)) ctx.replaceRelations(ctx.relations.filter((r) => !provision(r)));
}

/**
 * Rule discussed.not-agent: a state or body named as the agent of another thing the readout names ("the Montevideo
 * Mechanism launched by CARICOM, Mexico and Uruguay", "the statements of support issued by the African Union
 * Commission, IGAD and the League of Arab States", "the advisory opinion sought from the Court by Vanuatu", "the
 * Monitoring Committee, co-chaired by Saudi Arabia and Russia", "under the coordination of the General Secretariat",
 * "its role as co-chair, with France, of the Creditor Committee") is that thing's author, chair or coordinator; the
 * thing is the subject, not its agent. Every item of a list after "by" is one. Read where discussed.topic picks its
 * hits (rules-topics.ts), so that a later mention of the same state as a subject of its own still makes it a topic.
 */
export const DISCUSSED_NOT_AGENT = {
  id: 'discussed.not-agent',
  by: /\b(?:issued|delivered|sought|adopted|approved|proposed|submitted|tabled|drafted|put\s+forward|co-chaired|led|coordinated|requested|handed\s+down|rendered|launched|presented|announced|established|set\s+up|created|deployed)\s+(?:(?:from|to|with)\s+(?:the\s+)?[^,;]{1,60}?\s+)?by\s+(?:the\s+)?(?:[^,;.]{1,60}?(?:,\s+(?:the\s+)?|\s+and\s+(?:the\s+)?)){0,4}$/i,
  under:
    /\b(?:under\s+the\s+(?:coordination|auspices|leadership|chairmanship|aegis)\s+of|co-chair,?\s+with)\s+(?:the\s+)?(?:[^,;.]{1,60}?(?:,\s+(?:the\s+)?|\s+and\s+(?:the\s+)?)){0,4}$/i,
};

/** Rule discussed.not-agent: whether a state or body is named as the agent of another named thing. */
export function namedAsAgent(ctx: Ctx, h: { start: number }): boolean {
  const R = DISCUSSED_NOT_AGENT;
  const s = ctx.sentences[ctx.sentenceAt(h.start)];
  const before = ctx.text.slice(Math.max(s?.start ?? 0, h.start - 240), h.start);
  return R.by.test(before) || R.under.test(before);
}

/** The dis33 rules run at the end of the topic rules (rules-topics.ts): negotiations-length, not-provision. */
export function addDis33Topics(k: RelKit): void {
  discussedNegotiationsLength(k);
  dropProvisionTopics(k);
}
