// Stage 3 entry: sentences → entity candidates and relation candidates (rule-based, deterministic).
// Order: states and organisations (gazetteer) → people and their offices → events and agreements → relations.
import { partyToSignatorySide } from './rules-fl32b.ts';
import { withPairPrefix } from './rules-fl28b.ts';
import type { EntityCandidate, LoadedDocument, RelationCandidate, Sentence } from '../types.ts';
import { Ctx } from './context.ts';
import { addEventForms } from './event-aliases.ts';
import { gatheringBodies } from './event-gathering.ts';
import { inOrdinalMeeting } from './rules-fl13c.ts';
import { heldPhraseHosts, negotiatorOf, sessionsOfMain } from './rules-fl15a.ts';
import { negotiationsOnRelations } from './rules-fl17c.ts';
import { inJointBodyMeeting } from './rules-top15-events.ts';
import { inPairBodySitting } from './rules-top18-events.ts';
import { findEventsAndAgreements } from './events.ts';
import { capitalMetonymHits } from './capital-metonyms.ts';
import { formReferenceHits } from './rules-fla10.ts';
import { hyphenMovementHits } from './rules-fl24a.ts';
import { acronymNameHits, withLongerNames } from './rules-fl25b.ts';
import { findGazetteerHits, findPatternOrgs, acronymHits, type GazetteerHit } from './gazetteer.ts';
import { UNION_OF_ISSUER, unionOfIssuerHits } from './rules-ent21.ts';
import { markStateWordsInNames, stateWordEchoes, stateWordInName } from './rules-ent25.ts';
import { addLeaderOffices, withLegislatures } from './rules-ent26.ts';
import { textHas } from './gates.ts';
import {
  ACTOR_NOUNS,
  INCIDENT_NOUNS as INCIDENT_LIST,
  ISSUER_AGENCIES,
  ISSUER_CUES,
  ISSUING_SERVICES,
  ORG_HEADS,
  STATE_TITLES,
} from './lexicons.ts';
import { titleBodies } from './offices.ts';
import { addPeople, isoOf } from './people-stage.ts';
import { addRelations } from './relations.ts';
import { sessionOfWholeParticipants } from './rules-aud18.ts';
import { stateOfGovernmentHost } from './states.ts';
import { alt } from './text.ts';

export type { PeopleFacts } from './types.ts';

export interface Candidates {
  entities: EntityCandidate[];
  relations: RelationCandidate[];
}

/**
 * A state named as the actor of an incident ("North Korea's missile launches", "Russia's invasion") or as a place or
 * topic ("between X and Y", "in X", "on X", "the situation in X"): never the issuer of the readout.
 */
function topicOrActor(text: string, h: GazetteerHit): boolean {
  const before = text.slice(Math.max(0, h.start - 80), h.start);
  const after = text.slice(h.end, h.end + 60);
  if (/\b(?:between|in|on|against|situation\s+in)\s+(?:the\s+)?$/.test(before)) return true;
  if (/\bbetween\s+(?:the\s+)?[^,.;\n]{1,40}\s+and\s+(?:the\s+)?$/.test(before)) return true;
  // "between the delegations of the Russian Federation and Ukraine": the parties of a meeting a third state reports.
  if (/\bbetween\s+(?:the\s+)?(?:delegations|representatives|teams|governments)\s+of\s+(?:the\s+)?$/.test(before))
    return true;
  // "the Sudan Neighbouring Countries Summit", "the Summit of Sudan's Neighbouring Countries": a state naming a
  // gathering is its topic.
  if (/\b(?:Summit|Conference|Forum)\s+of\s+(?:the\s+)?$/.test(before)) return true;
  if (/^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Summit|Conference|Forum|Talks|Dialogue)\b/u.test(after)) return true;
  return new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}?${INCIDENT_NOUNS}\\b`, 'u').test(after);
}
/** What a state is the actor of: its incidents and its actions (lexicons). */
const INCIDENT_NOUNS = alt([...INCIDENT_LIST, ...ACTOR_NOUNS]);

/**
 * States of participants named with a demonym before their title ("Chinese Foreign Minister Wang Yi") when another
 * person bears the same title bare ("Foreign Minister Winston Peters"): the bare one is the issuer's, so the demonym's
 * state is the other side, not the issuer.
 */
function demonymSides(text: string, hits: GazetteerHit[]): Set<string> {
  const out = new Set<string>();
  const titled =
    /^\s+((?:(?:Vice|Deputy|Foreign|Defen[cs]e|Trade|Finance|Prime)\s+)*(?:Minister|President|Premier|Secretary|Chancellor))\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})/u;
  for (const h of hits) {
    if (h.type !== 'State' || !h.demonym) continue;
    const m = titled.exec(text.slice(h.end, h.end + 80));
    if (!m) continue;
    // The same title before another name ("Prime Minister Netanyahu" after "Israeli Prime Minister Benjamin Netanyahu"
    // is the same person), with no state or adjective right before it.
    const names = m[2]!.trim().split(/\s+/);
    const re = new RegExp(`\\b${m[1]!.replace(/\s+/g, '\\s+')}\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'gu');
    for (const b of text.matchAll(re))
      if (!names.includes(b[1]!) && !hits.some((x) => x.end <= b.index && x.end >= b.index - 2)) out.add(h.name);
  }
  return out;
}

/** The organisation that issued the readout: the first one its source names, when the source names no state. */
export function issuingOrganisation(source = ''): string | undefined {
  const service = ISSUING_SERVICES.find(([re]) => re.test(source));
  if (service) return service[1];
  const found = findGazetteerHits(source);
  if (found.some((h) => h.type === 'State')) return undefined;
  return found.find((h) => h.type === 'Organization')?.name;
}

/**
 * The government that issued the readout: a national news agency as the source (rule issuer.agency-source, ent25:
 * "Korean Central News Agency", "Antara", "Armenpress" are their states', before the states their names hold:
 * "Korean" is no South Korea there), else a press-office cue, else the first state in the opening lines.
 */
export const issuingState = (text: string, hits: GazetteerHit[], source = ''): string | undefined =>
  ISSUER_AGENCIES.find(([re]) => re.test(source))?.[1] ?? issuingStateByCues(text, hits, source);

/** The government that issued the readout: a press-office cue, else the first state in the opening lines. */
function issuingStateByCues(text: string, hits: GazetteerHit[], source: string): string | undefined {
  const head = `${source}\n${text.slice(0, 600)}`;
  // Rule issuer.source-state: a source naming one state, before any cue of the text ("State House Kenya", "Ministry of Foreign Affairs of Japan").
  const sourceStates = new Set(
    findGazetteerHits(source)
      .filter((h) => h.type === 'State')
      .map((h) => h.name),
  );
  if (sourceStates.size === 1) return [...sourceStates][0];
  // Rule issuer.service: "European External Action Service": an organisation's service, so no issuing state.
  if (!sourceStates.size && ISSUING_SERVICES.some(([re]) => re.test(source))) return undefined;
  // A source naming an organisation and no state ("European Commission"): the readout has no issuing state.
  const sourceOrg = !sourceStates.size && findGazetteerHits(source).some((h) => h.type === 'Organization');
  if (sourceOrg) return undefined;
  for (const [re, state] of ISSUER_CUES) if (re.test(head)) return state;
  const byHost = stateOfGovernmentHost(head);
  if (byHost) return byHost;
  // A title that only one state uses ("Federal Chancellor Angela Merkel") names the issuer of the readout.
  // Not the guest's title: "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf Scholz".
  for (const [re, state] of STATE_TITLES) {
    const m = re.exec(text.slice(0, 400));
    if (m && !/\bwith\b[^.\n]{0,60}$/.test(text.slice(Math.max(0, m.index - 60), m.index))) return state;
  }
  // "… held a meeting with Ms. X, …, who was visiting Japan": the guest is described by the host's readout.
  const visited =
    /\bwith\b[^\n]{0,160}?,\s+who\s+(?:was|is|were|are)\s+(?:visiting|on\s+an?\s+(?:[\w-]+\s+){0,2}visit\s+to)\s+(?:the\s+)?$/;
  const guestOf = hits.find(
    (h) =>
      h.type === 'State' &&
      !h.demonym &&
      h.start < 600 &&
      visited.test(text.slice(Math.max(0, h.start - 220), h.start)),
  );
  if (guestOf) return guestOf.name;
  // Else the first state the opening names, skipping the one the readout's subject spoke or met "with".
  // The opening: the title lines and the first sentence; a state named there as a topic ("discussed Ukraine")
  // or a place ("in Berlin, Germany") is not the issuer.
  const firstEnd = /\n\s*\n|[.!?](\s|$)/.exec(text.slice(text.search(/\S/) + 1))?.index ?? 400;
  const opening = hits.filter(
    (h) =>
      h.type === 'State' &&
      h.start < Math.min(400, Math.max(firstEnd + 2, 200)) &&
      !/\b(discussed|on|about|regarding|concerning|in|to)\s+(?:the\s+)?$/.test(
        text.slice(Math.max(0, h.start - 20), h.start),
      ) &&
      !topicOrActor(text, h),
  );
  // Abbreviation dots ("with Ms. Kamala Harris, Vice President of …") do not end the "with" phrase.
  // "Today I welcomed Prime Minister Fumio Kishida of Japan", a headline "X receives Prime Minister of Sweden": the
  // guest's state after a verb of receiving.
  const counterpartLike = (h: GazetteerHit) =>
    /\bwith\b[^.;\n]{0,60}$|\b(?:[Ww]elcome[sd]|[Rr]eceive[sd]|[Hh]ost(?:s|ed)|[Mm]eets|[Mm]et|[Cc]all(?:s|ed)|[Tt]elephone[sd])\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,6}of\s+(?:the\s+)?$/u.test(
      text.slice(Math.max(0, h.start - 60), h.start).replace(/\b(Mr|Ms|Mrs|Dr|H\.E|Jr|Sr|St|[A-Z])\./g, '$1'),
    );
  const others = new Set(hits.filter((h) => h.start < 600 && counterpartLike(h)).map((h) => h.name));
  for (const st of demonymSides(text, hits)) others.add(st);
  const free = (h: GazetteerHit) => h.type === 'State' && !others.has(h.name) && !h.demonym;
  // Later in the text only a state the readout keeps naming or pairs with another ("Canada-Mexico") will do.
  const salient = (h: GazetteerHit) =>
    free(h) &&
    !topicOrActor(text, h) &&
    (hits.filter((x) => x.name === h.name).length >= 2 ||
      /^-|-$/.test(text.slice(h.end, h.end + 1) + text.slice(h.start - 1, h.start)));
  // "The President of Russia pointed out …": a readout calls its own principal by title alone; the guest
  // was named "with" in the opening.
  const selfRef = (h: GazetteerHit) =>
    free(h) &&
    /(?:^|[.!?]\s+|\n\s*)The\s+(?:President|Prime Minister|Chancellor|Federal Chancellor|Premier)\s+of\s+(?:the\s+)?$/.test(
      text.slice(Math.max(0, h.start - 60), h.start),
    );
  // "The Russian President congratulated …": the same, with the state's adjective.
  const selfAdj = (h: GazetteerHit) =>
    h.type === 'State' &&
    h.demonym &&
    !others.has(h.name) &&
    /(?:^|[.!?]\s+|\n\s*)The\s+$/.test(text.slice(Math.max(0, h.start - 10), h.start)) &&
    /^\s+(?:President|Prime Minister|Chancellor|Federal Chancellor|Premier)\b/.test(text.slice(h.end, h.end + 20));
  return (opening.find(free) ?? hits.find(selfRef) ?? hits.find(selfAdj) ?? hits.find(salient))?.name;
}

/** The issuing state, found once, when a rule first asks for it. */
function lazyIssuer(doc: LoadedDocument, hits: GazetteerHit[]): () => string | undefined {
  let home: { v: string | undefined } | undefined;
  return () => (home ??= { v: issuingState(doc.text, hits, `${doc.source ?? ''} ${doc.url ?? ''}`) }).v;
}

/** Rule org.pair-prefix (rules-fl28b.ts), with the sittings and meetings of bodies left to the event rules. */
function pairPrefixed(text: string, orgs: GazetteerHit[], gaz: GazetteerHit[]): GazetteerHit[] {
  const sitting = (a: number, b: number) =>
    inOrdinalMeeting(text, a, b) || inJointBodyMeeting(text, a, b) || inPairBodySitting(text, a, b);
  return withPairPrefix(text, orgs, gaz, sitting);
}

/** The relations read once every other is in: the participants of the sessions of the whole, the signatories' sides. */
function lateRelations(ctx: Ctx, events: ReturnType<typeof findEventsAndAgreements>): void {
  sessionOfWholeParticipants(ctx, events); // ev19: also the sessions sessionsOfMain names (participated.session-of-whole)
  partyToSignatorySide(ctx); // fl32b: the side a signatory acts for is a party to what was signed
}
/** Runs every extraction rule over the document's sentences. */
export function extractCandidates(doc: LoadedDocument, sentences: Sentence[]): Candidates {
  const ctx = new Ctx(doc, sentences);
  // person.state-word-name (ent25): "Chad Wolf", "Mark Holland": a state's name inside a person's name is no State.
  const gaz0 = findGazetteerHits(doc.text);
  const inNames0 = gaz0.filter((h) => stateWordInName(doc.text, h, gaz0));
  const inNames = inNames0.length ? [...inNames0, ...stateWordEchoes(doc.text, inNames0, gaz0)] : inNames0;
  markStateWordsInNames(doc.text, inNames);
  const gaz = inNames.length ? gaz0.filter((h) => !inNames.includes(h)) : gaz0;
  // org.pair-prefix (rules-fl28b.ts): "the Grenada–Trinidad and Tobago Joint Boundary Commission".
  const patternOrgs0 = pairPrefixed(doc.text, findPatternOrgs(doc.text, gaz, ORG_HEADS), gaz);
  // org.acronym-defined-name (fl25b): "the Movement for Democracy in Liberia (MODEL)"; what it covers is part of it.
  const acronymNamed = acronymNameHits(doc.text, [...gaz, ...patternOrgs0]);
  const patternOrgs = [...patternOrgs0, ...acronymNamed];
  // An organisation named inside a longer organisation name ("Global Coalition against Daesh") is part of it.
  const inner = (h: GazetteerHit) =>
    h.type === 'Organization' &&
    !/\sof\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, h.start - 8), h.start)) &&
    patternOrgs.some((p) => p.start <= h.start && p.end >= h.end && p.end - p.start > h.end - h.start);
  const inAcronymNamed = (h: GazetteerHit) => acronymNamed.some((a) => a.start <= h.start && a.end >= h.end);
  const named0 = [...gaz.filter((h) => !inner(h) && !inAcronymNamed(h)), ...patternOrgs];
  // org.hyphen-acronym-movement (fl24a): "the leader of the Palipehutu-FNL".
  const named = [...named0, ...hyphenMovementHits(doc.text, named0)];
  // org.short-form-of-longer (fl25b): "the Civic Alliance" after "the Civic Alliance for Justice and Democracy".
  const hits0 = withLongerNames(
    [
      ...named,
      ...acronymHits(doc.text, acronymNamed.length ? gaz.filter((h) => !inAcronymNamed(h)) : gaz),
      ...capitalMetonymHits(doc.text, named),
      ...formReferenceHits(doc.text, named),
      // org.the-union-of-issuer (ent21): "The Union remains …" in a readout of an EU (AU) institution.
      ...(textHas(ctx, UNION_OF_ISSUER.gate)
        ? unionOfIssuerHits(doc.text, issuingOrganisation(`${doc.source ?? ''} ${doc.url ?? ''}`)).filter(
            (u) => !gaz.some((h) => h.start < u.end && u.start < h.end),
          )
        : []),
    ].sort((a, b) => a.start - b.start),
  );
  const hits = withLegislatures(doc.text, hits0, lazyIssuer(doc, hits0)); // org.legislature (ent26)
  const hitKeys = new Map<GazetteerHit, string>();
  const bodies = titleBodies(ctx, hits);
  const gatherings = new Set(gatheringBodies(doc.text, hits));
  for (const h of hits) {
    // event.ordinal-body-meeting (fl13c): "the Third Cuba-EU Joint Council" is a meeting, not the body.
    if (
      bodies.has(h.name) ||
      gatherings.has(h) ||
      (h.type === 'Organization' &&
        (inOrdinalMeeting(doc.text, h.start, h.end) ||
          inJointBodyMeeting(doc.text, h.start, h.end) ||
          inPairBodySitting(doc.text, h.start, h.end)))
    )
      continue;
    const rule =
      h.name !== h.surface && h.type === 'Organization' && !h.state && /^[A-Z][A-Za-z-]{1,9}$/.test(h.surface)
        ? 'org.acronym'
        : h.type === 'State'
          ? h.capital
            ? 'state.capital-metonym'
            : h.demonym
              ? 'state.demonym'
              : /side|delegation/.test(h.surface)
                ? 'state.side'
                : 'state.name'
          : 'org.name';
    hitKeys.set(h, ctx.add(h.type, h.name, h, rule, h.type === 'State' ? isoOf(h.name) : {}));
  }
  const home = issuingState(doc.text, hits, `${doc.source ?? ''} ${doc.url ?? ''}`);
  const source = `${doc.source ?? ''} ${doc.url ?? ''}`;
  const people = addPeople(ctx, hits, hitKeys, home, home ? undefined : issuingOrganisation(source));
  addLeaderOffices(ctx); // office.leader-of-body (ent26)
  const events = findEventsAndAgreements(ctx, hits, people);
  addRelations(ctx, hits, hitKeys, people, events);
  negotiatorOf(ctx);
  negotiationsOnRelations(ctx); // discussed.negotiations-agreement, involves.negotiations-parties (fl17c)
  heldPhraseHosts(ctx, events.main);
  sessionsOfMain(ctx, events.main);
  lateRelations(ctx, events);
  addEventForms(ctx);
  return { entities: ctx.candidates(), relations: ctx.relations };
}
