// Rules of round fl19b (issue 6), written after the first look at three new samples (a regional community
// secretariat's plain-text release on a negotiating round, a Caucasian foreign ministry's web page on a telephone
// conversation, a Mediterranean foreign ministry's Markdown release on a working visit). Each rule is a general
// construction; tests on made-up sentences, negative ones included, in rules-fl19b.test.ts. The rule data and pure
// helpers are here; the stage hooks in rules-fl19b-rel.ts. This file imports nothing from the stages that call it, so
// that no import cycle forms.

const SP = String.raw`[^\S\n]+`;

/** The verbs of someone who opened, addressed, chaired or closed a gathering or one of its sessions. */
const SESSION_VERB = String.raw`(?:addressed|opened|closed|chaired|co-chaired|presided${SP}over|spoke${SP}at|took${SP}part${SP}in|participated${SP}in)`;

/**
 * Rule participated.session-verb: a person told as opening, addressing, chairing or closing a held gathering or a
 * session of it takes part in it, and, a session of the readout's gathering, in the whole (GUIDE: "Sessions of a
 * meeting … are PART_OF it, and their participants take part in the whole"). Three forms:
 * - `active`, between the person (with any title in apposition) and the gathering: "The Secretary General, Dr X, also
 *   addressed the opening session";
 * - `passive`, between the gathering and the person after "by": "The negotiations were officially opened on 3 May by
 *   the Minister of Trade, Ms Y";
 * - `fronted`, before the gathering, the person following after a comma: "Speaking at the closing session, Dr X
 *   said …", "In the session on trade, Minister Z briefed …".
 * Not a gathering still to come ("will open the summit"), nor a person after "by" with another clause between
 * ("opened by a film that moved Minister Y"), nor a fronted gathering whose comma is followed by no person.
 */
export const PARTICIPATED_SESSION_VERB = {
  id: 'participated.session-verb',
  active: new RegExp(
    String.raw`^(?:,[^,.;:]{0,80})?,?${SP}(?:also${SP}|then${SP}|later${SP}|formally${SP}|officially${SP})?${SESSION_VERB}${SP}(?:the|its|their)${SP}$`,
    'u',
  ),
  passive: new RegExp(
    String.raw`^${SP}(?:was|were|had${SP}been|has${SP}been)${SP}(?:(?:also|officially|formally|jointly)${SP})?(?:opened|closed|addressed|chaired|co-chaired)\b[^.;:]{0,80}?${SP}by${SP}`,
    'u',
  ),
  /**
   * The readout's own gathering as a sentence's subject by its head noun alone ("The negotiations were officially
   * opened …", "The meeting was chaired by …"): the passive form then tells of the main event.
   */
  subject:
    /^(?:The|This)[^\S\n]+(?:negotiations|talks|meeting|summit|conference|round|consultations|dialogue|discussions|forum|retreat)(?=[^\S\n]+(?:was|were|had|has)\b)/u,
  /** How far after "by" the person may start (a title in apposition may stand between: "by the Minister of X, Ms Y"). */
  byReach: 200,
  fronted: new RegExp(
    String.raw`(?:^|[.;:]${SP})(?:Speaking|Addressing|Opening|Closing|In|At|During)${SP}(?:at${SP}|during${SP})?(?:the|its|their)${SP}$`,
    'u',
  ),
  /** "In / At / During the": fronts only a session ("During the state visit of X, A and B held talks" is no part of it). */
  frontedPlace: /(?:^|[.;:][^\S\n]+)(?:In|At|During)[^\S\n]+(?:the|its|their)[^\S\n]+$/u,
  /** Between a fronted gathering and its person: a comma and at most a title ("In the session, Minister Z"). */
  afterFronted: /^[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?(?:[^,.;:]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){0,80}$/u,
};

/** Rule participated.session-verb: does the text between a person and the gathering after it tell the person opened it? */
export function toldOpeningAfter(between: string): boolean {
  return PARTICIPATED_SESSION_VERB.active.test(between);
}

/**
 * Rule participated.session-verb: where, after a gathering, the text tells who opened it ("were opened on 3 May by "):
 * the offset after "by", or undefined.
 */
export function openedByAt(after: string): number | undefined {
  const m = PARTICIPATED_SESSION_VERB.passive.exec(after);
  return m ? m[0].length : undefined;
}

/**
 * Rule participated.session-verb: does a sentence's text before a gathering front it ("Speaking at the", "In the"),
 * and does the text between the gathering and a person after it hold only a comma and a title? "In / At / During the"
 * fronts only a session (`session`).
 */
export function toldFronted(before: string, between: string, session = true): boolean {
  if (!session && PARTICIPATED_SESSION_VERB.frontedPlace.test(before)) return false;
  return PARTICIPATED_SESSION_VERB.fronted.test(before) && PARTICIPATED_SESSION_VERB.afterFronted.test(between);
}

/**
 * Rule event.session-on-topic: a session of the readout's gathering told in lowercase by its topic or its kind ("In the
 * session on peace and security, Minister X briefed …", "Experts took part in the technical sessions", "the thematic
 * sessions on trade and on energy") is an event, a session of the gathering (its rule starts with "event.session":
 * PART_OF the main event, its people taking part in the whole). Not a numbered session of a body ("the 79th session of
 * the General Assembly": "of", not "on"), a session on a date ("the session on 3 May": a topic starts in lowercase), a
 * capitalised "Session on …" (a named event of its own), nor a bare "the session". Group 1 is the phrase.
 */
export const EVENT_SESSION_ON_TOPIC = {
  id: 'event.session-on-topic',
  pattern: new RegExp(
    String.raw`\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)${SP}((?:(?:technical|thematic|working|dedicated|special|parallel|breakout)${SP})?sessions?(?:${SP}on${SP}(?!the${SP}(?:sidelines|margins)\b)(?!(?:the${SP})?(?:[\p{Ll}-]+${SP}){0,3}(?:days?|mornings?|afternoons?|evenings?|nights?|weekend)\b)(?:the${SP})?\p{Ll}[\p{Ll}-]*(?:${SP}(?:and${SP}|of${SP}|on${SP})?(?:the${SP})?\p{Ll}[\p{Ll}-]*){0,5})?)(?=[,;.:]|${SP}(?:was|were|which|that|in|at|during|of${SP}the${SP}(?:round|negotiations|talks|meeting))\b)`,
    'gu',
  ),
  /** The kind-only form must carry its qualifier ("the technical sessions"), the topic form its "on" ("session on trade"). */
  qualified: /^(?:technical|thematic|working|dedicated|special|parallel|breakout)\b|\bon\b/u,
};

/** Rule event.session-on-topic: the sessions a text tells by their topic or kind, with where each starts. */
export function sessionsOnTopic(text: string): { surface: string; start: number }[] {
  if (!text.includes('session')) return [];
  const out: { surface: string; start: number }[] = [];
  for (const m of text.matchAll(EVENT_SESSION_ON_TOPIC.pattern)) {
    if (!EVENT_SESSION_ON_TOPIC.qualified.test(m[1]!)) continue;
    out.push({ surface: m[1]!, start: m.index + m[0].length - m[1]!.length });
  }
  return out;
}

/**
 * Rule alias.pair-of-whole: a session of a meeting (PART_OF it) whose two people both take part in the whole is not
 * "the talks of A and B" too when the whole is itself a meeting of people: that name is the whole's (the plenary talks
 * between the delegations, the one-to-one meeting of two leaders inside their talks). Without it a session and its
 * whole share the reader's name of the meeting, and neither can be told from the other. A meeting PART_OF a summit,
 * conference or visit ("X met Y on the margins of the summit", both attending it) keeps the name.
 */
export const ALIAS_PAIR_OF_WHOLE = {
  id: 'alias.pair-of-whole',
  /** A whole that is a gathering or a trip, not a meeting of people: its pairs keep their names (a bilateral meeting
   * on the margins of a summit both leaders attend). */
  notMeeting: /\b(?:summit|conference|visit|forum|assembly|session|ceremony)\b/i,
};

/** Rule alias.pair-of-whole: do both people of a pair take part in one of the wholes the event is PART_OF? */
export function pairOfWhole(pair: ReadonlySet<string>, wholes: readonly ReadonlySet<string>[]): boolean {
  return wholes.some((w) => [...pair].every((p) => w.has(p)));
}

/**
 * Rule event.incident-as-modifier: an incident noun that modifies the noun after it names no incident: "the Russian
 * occupation forces", "the occupation regime in X", "along the occupation line", "the conflict zone", "the war
 * authorities". The incident rules leave such a match; the noun phrase it stands in (a force, a regime, a line) is no
 * event. "The occupation of the region", "the conflict in X" stay incidents.
 */
export const EVENT_INCIDENT_AS_MODIFIER = {
  id: 'event.incident-as-modifier',
  /** The text right after the incident noun: one of the nouns it may modify. */
  modified: /^[^\S\n]+(?:forces|troops|regime|regimes|authorities|line|lines|zone|zones|administration|army|armies)\b/u,
};

/** Rule event.incident-as-modifier: does the text after an incident noun show it modifying another noun? */
export function incidentAsModifier(after: string): boolean {
  return EVENT_INCIDENT_AS_MODIFIER.modified.test(after);
}

/**
 * Rule agreement.not-state-name: a name read as an agreement whose head is the end of a state's own name ("… for the
 * Government of National Accord", the gazetteer's name of a state's government) names the state, not an agreement:
 * the agreement candidate is dropped. An agreement that merely names a state before its head ("the Libya Accord")
 * stays.
 */
export const AGREEMENT_NOT_STATE_NAME = {
  id: 'agreement.not-state-name',
  /** A state's own name that ends with an agreement's head word. */
  head: /\b(?:Accords?|Agreement|Treaty|Declaration|Charter|Convention|Protocol|Pact|Consensus)$/u,
  /** Any head word of an agreement's name. */
  anyHead:
    /\b(?:Accords?|Agreements?|Treat(?:y|ies)|Declaration|Charter|Convention|Protocol|Pact|Consensus|Memorandum|MoU|Statement|Communiqu[ée]|Framework|Arrangement|Plan)\b/u,
};

/**
 * Rule agreement.not-state-name: does a state's mention inside an agreement's span end where the agreement ends, with
 * the agreement's head word inside it ("Government of National Accord")? "The Treaty … between Italy and Albania" ends
 * with a state's name but not with its head.
 */
export function endsWithStateName(
  states: readonly { end: number; surface: string }[],
  end: number,
  name?: string,
): boolean {
  return states.some(
    (x) =>
      AGREEMENT_NOT_STATE_NAME.head.test(x.surface) &&
      // Its head is the state's: the name ends with the state's name, or holds no head word outside it ("Chairman of
      // the Presidency Council and Prime Minister of the Government of National Accord of Libya").
      (x.end === end || (name !== undefined && !AGREEMENT_NOT_STATE_NAME.anyHead.test(name.replace(x.surface, ' ')))),
  );
}

/**
 * Rule negotiates-for.signed-by-for: in a sentence telling a signing, "… signed by Prime Minister X on behalf of A and by
 * Prime Minister Y for the Government of B": who signs "for" a state or organisation named right after acts for it
 * (GUIDE: "signs 'on behalf of'" or "for X"), and that side is a party to the agreement signed. Only a person right after
 * "by" (a title may stand between), and a side right after "for (the)"; "signed by X for the first time" names no side.
 */
export const NEGOTIATES_FOR_SIGNED_BY_FOR = {
  id: 'negotiates-for.signed-by-for',
  /** A sentence telling a signing or initialling. */
  signing: /\b(?:signed|initialled|initialed)\b/u,
  /** "by <signer> for (the) (Government of (the))" right before a side: group 1 is the signer with any title. */
  cue: /\bby[^\S\n]+((?:[^,;.\s]|\.(?=\S)|[^\S\n])(?:[^,;.]|\.(?=[^\S\n]\p{Lu})){1,70}?),?[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?(?=\p{Lu})/gu,
};

/** Rule negotiates-for.signed-by-for: the "by X for Y" cues of a sentence, with the signer's phrase and where Y starts. */
export function signedByForCues(sentence: string): { signer: string; sideAt: number }[] {
  return [...sentence.matchAll(NEGOTIATES_FOR_SIGNED_BY_FOR.cue)].map((m) => ({
    signer: m[1]!,
    sideAt: m.index + m[0].length,
  }));
}

/** Rule negotiates-for.signed-by-for: does the phrase after "by" name the person (the last word of the name)? */
export function signerIn(phrase: string, name: string): boolean {
  const last = name.split(/\s+/).pop()!;
  return (
    last.length > 2 &&
    new RegExp(`(?:^|[\\s-])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u').test(phrase.trim())
  );
}

/**
 * Rule participated.delegation-included: "The Libyan delegation to the plenary talks included the Deputy Chairman, X,
 * the Minister of Foreign Affairs, Y, and …": the people named after "included" take part in the gathering the
 * delegation went to (a session, and so the whole), or in the readout's own gathering when none is named; so does its
 * head ("The Georgian delegation at the Geneva International Discussions is headed by X"). A delegation
 * still to come ("will include") and a list of things ("the agenda included") are not read. Group 1 names the gathering.
 */
export const PARTICIPATED_DELEGATION_INCLUDED = {
  id: 'participated.delegation-included',
  pattern:
    /\bdelegation(?:[^\S\n]+(?:to|at|for)[^\S\n]+(?:the[^\S\n]+)?([^,;.]{2,60}?))?[^\S\n]+(?:also[^\S\n]+)?(?:included|comprised|was[^\S\n]+composed[^\S\n]+of|(?:is|was|are|were)[^\S\n]+(?:headed|led)[^\S\n]+by)[^\S\n]+/u,
};

/** Rule participated.delegation-included: where the delegation's people start, and the gathering it names, if any. */
export function delegationIncluded(
  sentence: string,
): { from: number; gathering?: string; at?: number; head: boolean } | undefined {
  const m = PARTICIPATED_DELEGATION_INCLUDED.pattern.exec(sentence);
  if (!m) return undefined;
  const at = m[1] ? m.index + m[0].indexOf(m[1]) : undefined;
  // "was led by X, …, who acts on behalf of the Prime Minister, Y": only the head, not the principal named after.
  const head = /\b(?:headed|led)[^\S\n]+by[^\S\n]+$/.test(m[0]);
  return { from: m.index + m[0].length, head, ...(m[1] ? { gathering: m[1], at } : {}) };
}

/**
 * Rule involves.admission-parties: negotiations, talks or a round told right before "for / on the admission (accession,
 * membership) of A into (to, in) B" ("The first round of negotiations for the admission of the Federal Republic of X
 * into the Y Community") involve both A and B, the parties its name states. Only right after the event's own mention;
 * "welcomed the admission of A into B" tells no event.
 */
export const INVOLVES_ADMISSION_PARTIES = {
  id: 'involves.admission-parties',
  cue: /^[^\S\n]+(?:for|on|regarding|concerning)[^\S\n]+(?:the[^\S\n]+)?(?:admission|accession|membership)[^\S\n]+of[^\S\n]+/u,
  /** Between the applicant and the body: "into", "to", "in" (with the body's article). */
  link: /^[^\S\n]+(?:into|to|in)[^\S\n]+(?:the[^\S\n]+)?$/u,
};

/** Rule involves.admission-parties: where the applicant's name may start after an event's mention, if the cue follows. */
export function admissionCueEnd(after: string): number | undefined {
  const m = INVOLVES_ADMISSION_PARTIES.cue.exec(after);
  return m ? m[0].length : undefined;
}

/**
 * Rule discussed.fronted-session: a sentence opened by a session of the readout's gathering ("In the session on peace and
 * security, Minister X briefed the team on A and on B", "During the closing session, …") tells what that session dealt
 * with: what the gathering discussed in that sentence is a topic of the session too (the dev gold gives a session's
 * topics to both). Only a session told at the very start of its sentence.
 */
export const DISCUSSED_FRONTED_SESSION = {
  id: 'discussed.fronted-session',
  /** The sentence's text before the session's mention. */
  fronted: /^(?:In|At|During)[^\S\n]+(?:the|its|their)[^\S\n]+$/u,
};
