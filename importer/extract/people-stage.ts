// The people stage: person mentions → people (clusters) → Person candidates, their offices (HOLDS_OFFICE) and the
// offices' states or organisations (OFFICE_OF). Each step a named function; the owner of an office is guessed by
// `guessOwner` from the title, the person's state, the issuer and the readout's other states.
import { chairOfHeadsTitle } from './rules-fl29a.ts';
import { stackedHeadOfStateAt } from './rules-fl28a.ts';
import { itsTitleState, onlyTitledState } from './rules-fl27c-owner.ts';
import { asRoleOfOrganization } from './rules-fl23a.ts';
import { hostCapital, ISSUER_ORGAN_REMIT } from './rules-ent22.ts';
import { citizensAbroad } from './rules-ent23.ts';
import { orgAcronymForms } from './rules-ent24.ts';
import { OFFICE_DESIGNATED_BY_BODY } from './rules-fl22b.ts';
import { soleTitleHolders } from './rules-ent21.ts';
import { OFFICE_MET_ON_VISIT, metObjectBefore } from './rules-fl18b.ts';
import { WHO_IS_CURRENT_RULE } from './rules-fl15b.ts';
import { behalfHonorific } from './rules-fl14a.ts';
import type { Ctx } from './context.ts';
import { findGazetteerHits, hitsWithin, type GazetteerHit } from './gazetteer.ts';
import { LEADER_TITLES, lacksLeaderTitle, ORGANISATION_OWN_TITLES, titleHome } from './lexicons.ts';
import { addTitleRefMentions } from './rules-fl11a.ts';
import { euCommissioner, pluralOffices, shortFormOf, spokespersonForms, titleForms } from './offices.ts';
import { takePeople, type PersonMention, type TitleRef } from './people.ts';
import { assignLeaderSides, counterpartState, deriveStates, giveTitleRefsToPrincipals } from './person-sides.ts';
import { addSurnameMentions, clusterPeople, type PersonCluster } from './persons-resolve.ts';
import { STATE_BY_NAME, STATES, withArticle } from './states.ts';
import { groupBy, NON_NAME } from './text.ts';
import { officeName } from './titles.ts';
import { titlesFromDeputies } from './rules-fl20b.ts';
import type { PeopleFacts } from './types.ts';
import { hitsStartingIn } from './hit-index.ts';
import { FORM_WORD_ALONE, representedPrincipalState } from './rules-fla10.ts';
import { addHeadOfStateRefs, whoseTitleState } from './rules-fl26b.ts';
import { behalfPrincipalState } from './rules-fl11b.ts';
import { capitalState } from './capital-metonyms.ts';
import { delegationListState, orgsOfTitles, orgTitleElsewhere } from './rules-fl13b.ts';
import { delegationLedByState, orgPrefixedTitle } from './rules-fl22a.ts';
import { sideCueState } from './rules-rol24-office.ts';
import { frontedSideState } from './rules-fl32b.ts';
import { headOfStateOf, isHeadOfState, OFFICE_HEAD_OF_STATE_PRESIDENT, presidentialState } from './rules-fl27a.ts';
import { actingSideState } from './rules-rol26-office.ts';
import { metInPlaceState, pairedOtherState, pairedStateLeader } from './rules-off27.ts';
import { subnationalTitles } from './rules-off27-subnational.ts';
import { tableRowPeople } from './rules-off27-table.ts';
import { behalfAfterTitle, behalfWhoAgentState, itsTitleOrganisation } from './rules-prc30.ts';
import { takenLeaderSentenceState } from './rules-off31.ts';
import {
  headOfStateRefTitle,
  OFFICE_HEAD_OF_STATE_REF_PRESIDENT,
  orgNamedInTitle,
  orgOnlyTitle,
} from './rules-off32.ts';

export type { PeopleFacts } from './types.ts';

type Owner = { type: 'State' | 'Organization'; name: string };
type Title = PersonMention['titles'][number];
type OfficeList = { key: string; title: string; owner: string }[];

/** An organisation named by a common noun takes "the" ("the European Commission"); a proper name does not ("Ansar Allah"). */
const ORG_WITH_ARTICLE =
  /\b(Commission|Council|Union|Nations|Organi[sz]ation|Bank|Authority|Fund|Department|Ministry|Force|Party|Assembly|Parliament|Court|Agency|Committee|Secretariat|Office|Group|Forum|Alliance|League|Community|Communities|Movement|Front|Army|Conference|Association|Institute|Centre|Center|Programme|Service|Bureau|States|Coalition|Federation|Cooperation|Commonwealth)\b/;
const ownerName = (owner: string, type: 'State' | 'Organization') =>
  type === 'State' ? withArticle(owner) : ORG_WITH_ARTICLE.test(owner) ? `the ${owner}` : owner;

export function isoOf(name: string): { iso2?: string; iso3?: string } {
  const s = STATE_BY_NAME.get(name);
  return s ? { ...(s.iso2 ? { iso2: s.iso2 } : {}), ...(s.iso3 ? { iso3: s.iso3 } : {}) } : {};
}

/**
 * The state an organisation's name ends with ("Communist Party of China" → China), if any, or the state of a
 * national body named inside it ("Office of the … Commission of the CPC Central Committee" → CPC → China).
 */
function stateInName(org: string, inner = true): string | undefined {
  const m = / of (?:the )?(.+)$/.exec(org);
  const hit = m
    ? findGazetteerHits(m[1]!).find((h) => h.type === 'State' && h.start === 0 && h.end === m[1]!.length)
    : undefined;
  if (hit || !inner) return hit?.name;
  const states = new Set(
    findGazetteerHits(org)
      .filter((h) => h.type === 'Organization' && h.name !== org)
      .map((h) => stateInName(h.name, false)),
  );
  // Only one national body, of one state: two would leave the owner a guess.
  return states.size === 1 ? [...states][0] : undefined;
}

/**
 * A bare title ("Foreign Secretary", "Premier") whose state was guessed keeps it only when that state has the title;
 * else the one state that has it ("Premier Li" in a New Zealand readout is China's), else no state.
 */
function ownTitleHome(title: string, guessed: Owner | undefined): Owner | undefined {
  if (guessed?.type === 'Organization') return guessed;
  const st = titleHome(title, guessed?.name);
  return st === guessed?.name ? guessed : st ? { type: 'State' as const, name: st } : undefined;
}

/** What the owner guess of every office reads: the document's states and the titles' states elsewhere. */
interface OwnerEnv {
  ctx: Ctx;
  hits: GazetteerHit[];
  hitKeys: Map<GazetteerHit, string>;
  home: string | undefined;
  counterpart: string | undefined;
  /** A mention's state as its own words give it ("of Turkey", "Japanese Foreign Minister", "CPC"). */
  explicitOnly: (m: PersonMention) => string | undefined;
  /** The states each title is given elsewhere in the text. */
  titleStates: Map<string, Set<string>>;
  /** The organisations each title is given elsewhere in the text. */
  titleOrgs: Map<string, Set<string>>;
  /** The one state an organisation's readout names, when it is a person's. */
  soleState: string | undefined;
  /** Hits by the name of their state or organisation, in text order. */
  hitsNamed: Map<string, GazetteerHit[]>;
  /** The organisation that issued the readout, when its source names one and no state. */
  homeOrg: string | undefined;
  /** The document's people, for whose leader titles are taken (office.home-leader-taken). */
  clusters: PersonCluster[];
}

function explicitStateOf(home: string | undefined): (m: PersonMention) => string | undefined {
  // An organisation named after its state ("Communist Party of China") places its officials in that state.
  // A government department ("Federal Department of Foreign Affairs") places its head in the issuing state.
  const orgState = (org: string | undefined) =>
    org ? (stateInName(org) ?? (home && /\b(?:Department|Ministry|Directorate)\b/.test(org) ? home : org)) : undefined;
  return (m) =>
    m.ofState ??
    m.titles.find((t) => t.owner?.type === 'State')?.owner?.name ??
    // office.who-is-current (fl15b): "President X, who is the current Chairperson of the AU" stays no AU official.
    // office.designated-by-body (rules-fl22b.ts): a role a body gave the person does not make him its official.
    orgState(
      m.titles.find(
        (t) =>
          t.owner &&
          t.rule !== OFFICE_DESIGNATED_BY_BODY.id &&
          !(t.rule === WHO_IS_CURRENT_RULE && m.titles.length > 1) &&
          // (fl23a) person.as-role-no-state: "Mr X was appointed SADC Facilitator": a role, not a state.
          !asRoleOfOrganization(t) &&
          // office.chair-of-heads-body (fl29a): the chair of a summit organ is no official of the organisation.
          !chairOfHeadsTitle(t.title),
      )?.owner?.name,
    );
}

/** The states each title is given by a prefix, an "of" or the holder's "of <state>". */
function statesOfTitles(mentions: PersonMention[]): Map<string, Set<string>> {
  const titleStates = new Map<string, Set<string>>();
  for (const m of mentions)
    for (const t of m.titles) {
      const st = t.owner?.type === 'State' ? t.owner.name : m.ofState;
      if (st) titleStates.set(t.title, (titleStates.get(t.title) ?? new Set()).add(st));
    }
  return titleStates;
}

/**
 * A readout of an organisation (no issuing state) that names one state only: untitled officials are that state's.
 * The state must be a person's ("the President of Brazil"), not a topic; and nobody another's counterpart.
 */
function soleStateOf(
  hits: GazetteerHit[],
  mentions: PersonMention[],
  explicitOnly: (m: PersonMention) => string | undefined,
): string | undefined {
  const namedStates = new Set(hits.filter((h) => h.type === 'State').map((h) => h.name));
  const only = [...namedStates][0];
  return namedStates.size === 1 &&
    !mentions.some((m) => m.rule === 'person.counterpart') &&
    mentions.some((m) => explicitOnly(m) === only)
    ? only
    : undefined;
}

/**
 * The owner of a title: its own words, else the person's state, else the issuer (when it has the title), else the
 * one state the text gives the title elsewhere or the counterpart, else an organisation readout's sole state.
 */
function guessOwner(env: OwnerEnv, c: PersonCluster, t: Title): Owner | undefined {
  const { home, counterpart, titleStates, soleState } = env;
  const stateless = !t.owner && (!c.state || c.state === home) && !c.mentions.some((x) => env.explicitOnly(x));
  if (stateless && homeLeaderTaken(env, c, t))
    return visitedCapitalOwner(env, t) ?? pairedLeaderOwner(env, c, t) ?? takenLeaderOwner(env, c, t);
  const paired = stateless ? pairedLeaderOwner(env, c, t) : undefined;
  if (paired) return paired;
  const titleState = () => {
    if (counterpart && !lacksLeaderTitle(counterpart, t.title)) return counterpart;
    const st = titleStates.get(t.title);
    return st?.size === 1 ? [...st][0] : undefined;
  };
  const guessed: Owner | undefined =
    t.owner ??
    orgInTitleOwner(env, t) ??
    signedForOwner(env, t) ??
    delegationListOwner(env, t) ??
    sideCueOwner(env, t) ??
    frontedSideOwner(env, t) ??
    whoseStateOwner(env, t) ??
    itsOrganisationOwner(env, t) ??
    actingSideOwner(env, t) ??
    representedPrincipalOwner(env, t) ??
    behalfPrincipalOwner(env, t) ??
    portfolioDemonymOwner(t.title) ??
    visitedStateOwner(env, t) ??
    metOnVisitOwner(env, t) ??
    (c.mentions.some((x) => env.explicitOnly(x)) ? undefined : visitedCapitalOwner(env, t)) ??
    hostCapitalOwner(env, c, t) ??
    metInPlaceOwner(env, c, t) ??
    (!env.home && !c.state && ISSUER_ORGAN_REMIT.remit.test(t.title)
      ? issuerOrganisationOwner(env, c, t)
      : undefined) ??
    orgTitleElsewhereOwner(env, c, t) ??
    (c.state
      ? { type: STATE_BY_NAME.has(c.state) ? 'State' : 'Organization', name: c.state }
      : home && !lacksLeaderTitle(home, t.title)
        ? { type: 'State', name: home }
        : home && titleState()
          ? { type: 'State', name: titleState()! }
          : !home && soleState && !titleStates.get(t.title)?.has(soleState) && !lacksLeaderTitle(soleState, t.title)
            ? { type: 'State', name: soleState }
            : undefined);
  const ofIssuer = guessed ? undefined : issuerOrganisationOwner(env, c, t);
  if (ofIssuer) return ofIssuer;
  // Rule office.owner-has-title (off13): "His Majesty King Abdullah II" beside a republic's President is not that
  // republic's King: a guessed state that has no such office leaves the office's state out.
  // A state the text gives the person ("Prime Minister Ana Soto of Chile") is kept whatever the table says.
  const stated = c.mentions.some((x) => env.explicitOnly(x));
  // office.org-title-no-guessed-state (off32): a bare "Secretary-General" is an organisation's, not a guessed state's.
  if (!t.owner && !stated && guessed?.type === 'State' && orgOnlyTitle(t.title))
    return issuerOrganisationOwner(env, c, t);
  // office.only-titled-state (fl27c): then the one state the text names that has such a title, if any.
  if (!t.owner && !stated && guessed?.type === 'State' && lacksLeaderTitle(guessed.name, t.title))
    return onlyTitledOwner(env, t);
  return t.owner || c.mentions.some((x) => env.explicitOnly(x)) ? guessed : ownTitleHome(t.title, guessed);
}

/** Rule office.org-named-in-title (rules-off32.ts): "chief negotiator of LURD" is LURD's office. */
function orgInTitleOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const name = orgNamedInTitle(env.ctx.text, t.start, t.end, env.hits);
  return name ? { type: 'Organization', name } : undefined;
}

/** Rule office.taken-leader-sentence-state (rules-off31.ts): the one other state of the sentence with such a post. */
function takenLeaderOwner(env: OwnerEnv, c: PersonCluster, t: Title): Owner | undefined {
  // Only a full name ("President Macky Sall"): a surname is office.paired-state-leader's (off27), which a state only
  // discussed ("President Lula received President Peña … Bolivia's accession") must not answer.
  if (t.former || !c.mentions.some((m) => m.titles.includes(t) && /\s/.test(m.raw))) return undefined;
  const si = env.ctx.sentenceAt(t.start);
  const s = env.ctx.sentences[si];
  if (!s) return undefined;
  const named = env.hits
    .filter((h) => h.type === 'State' && !h.demonym && h.start >= s.start && h.end <= s.end)
    .map((h) => h.name);
  const taken = (st: string) =>
    env.clusters.some(
      (b) =>
        b !== c &&
        b.mentions.some(
          (m) =>
            m.sentence === si &&
            m.titles.some((x) => x.title === t.title && (x.owner?.name ?? b.state ?? m.ofState) === st),
        ),
    );
  const name = takenLeaderSentenceState(named, env.home, (st) => !lacksLeaderTitle(st, t.title), taken);
  return name ? { type: 'State', name } : undefined;
}

/** Rule office.met-in-place (rules-off27.ts): "held talks with Prime Minister B in Singapore". */
function metInPlaceOwner(env: OwnerEnv, c: PersonCluster, t: Title): Owner | undefined {
  if (t.owner || (c.state && c.state !== env.home) || c.mentions.some((x) => env.explicitOnly(x))) return undefined;
  const m = c.mentions.find((x) => x.titles.includes(t));
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  if (!m || !s || m.end <= t.start) return undefined;
  const stateHit = (place: string) =>
    env.hits.find((h) => h.type === 'State' && h.start === m.end + env.ctx.text.slice(m.end).indexOf(place))?.name;
  const name = metInPlaceState(
    env.ctx.text.slice(s.start, t.start),
    env.ctx.text.slice(m.end, s.end),
    env.home,
    (place) => capitalState(place) ?? stateHit(place),
  );
  return name ? { type: 'State', name } : undefined;
}

/** Rule office.paired-state-leader (rules-off27.ts): "Prime Minister A met President Putin" and "the H–X partnership". */
function pairedLeaderOwner(env: OwnerEnv, c: PersonCluster, t: Title): Owner | undefined {
  if (t.former || !LEADER_TITLES.test(t.title)) return undefined;
  const sentence = env.ctx.sentenceAt(t.start);
  const paired = pairedOtherState(env.ctx.text, env.hits, env.home);
  // The earlier leader is the issuer's side: one of the paired state ("Prime Minister Kishida of Japan and I … the
  // declaration signed by Prime Ministers Howard and Abe") leaves the later names to the rules of their own.
  const earlierLeader = env.clusters.some(
    (b) =>
      b !== c &&
      b.state !== paired &&
      b.mentions.some(
        (m) => m.sentence === sentence && m.start < t.start && m.titles.some((x) => LEADER_TITLES.test(x.title)),
      ),
  );
  const name = pairedStateLeader(
    c.mentions.map((m) => m.raw),
    earlierLeader,
    paired,
    (st) => lacksLeaderTitle(st, t.title),
  );
  return name ? { type: 'State', name } : undefined;
}

/**
 * Rule office.home-leader-taken (off13): "President Trump's envoy … met President Vladimir Putin" in a White House
 * readout: a leader title whose holder has no state of his own is not the issuer's when another person of the issuer
 * holds that title (a state has one President at a time); the office's state is then left to other cues.
 */
function homeLeaderTaken(env: OwnerEnv, c: PersonCluster, t: Title, owner = env.home): boolean {
  if (!LEADER_TITLES.test(t.title) || t.former || !owner) return false;
  const sentence = env.ctx.sentenceAt(t.start);
  // A past holder may share the sentence: "the Declaration adopted by President Kim Dae-jung … in October 1998".
  if (YEAR.test(env.ctx.sentences[sentence]?.text ?? '')) return false;
  const first = c.mentions[0]!.start;
  // Another holder of the title in the same sentence: owned by `owner` in words, or an earlier one of that state.
  const ownerOf = (b: PersonCluster, x: Title) =>
    x.owner?.name ?? (b.mentions[0]!.start < first ? (b.state ?? env.home) : undefined);
  return env.clusters.some(
    (b) =>
      b !== c &&
      b.mentions.some(
        (m) =>
          m.sentence === sentence && m.titles.some((x) => x.title === t.title && !x.former && ownerOf(b, x) === owner),
      ),
  );
}
const YEAR = /\b(?:1[89]|20)\d\d\b/;

/**
 * Rule office.place-title: a local head ("Governor of Kahramanmaraş") in a readout of a visit to one other state is that
 * state's: the issuer's leader met them there.
 */
function visitedStateOwner(env: OwnerEnv, t: Title): Owner | undefined {
  if (!t.place) return undefined;
  return onlyVisitedState(env, /\bvisit\s+to\s+(?:the\s+)?$/i, 16);
}

/** The one state other than the issuer's that `visitTo` (tested on the `lookBack` characters before it) names. */
function onlyVisitedState(env: OwnerEnv, visitTo: RegExp, lookBack: number): Owner | undefined {
  const visited = new Set(
    env.hits
      .filter(
        (h) =>
          h.type === 'State' &&
          h.name !== env.home &&
          visitTo.test(env.ctx.text.slice(Math.max(0, h.start - lookBack), h.start)),
      )
      .map((h) => h.name),
  );
  return visited.size === 1 ? { type: 'State', name: [...visited][0]! } : undefined;
}

/**
 * Rule office.met-on-visit (fl18b, rules-fl18b.ts): a bare title of someone the visitor met, in a readout of a visit
 * to one other state, is that state's.
 */
function metOnVisitOwner(env: OwnerEnv, t: Title): Owner | undefined {
  if (t.owner || !env.home) return undefined;
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  if (!s || !metObjectBefore(env.ctx.text.slice(s.start, t.start))) return undefined;
  return onlyVisitedState(env, OFFICE_MET_ON_VISIT.visitTo, 90);
}

/**
 * Rule office.visited-capital (off13): "Special Envoy X travelled to Moscow, where he met President Y", "the Minister will
 * travel to Beirut, where she will meet President Z": a bare title of someone met where the sentence's traveller went
 * is that capital's state's, not the issuer's.
 */
const VISITED_CAPITAL =
  /\b(?:travel(?:l)?ed|travels|will\s+travel|arrived|flew|went|was|is|will\s+be)\s+(?:to|in)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?:\s+(?:on|this|next|later|last)\s+[^,.;]{1,20})?\s*,\s+where\s+(?:he|she|they|the\s+\p{L}+)\s+(?:will\s+)?(?:also\s+)?(?:met|meet|meets|held\s+talks\s+with|hold\s+talks\s+with|called\s+on|call\s+on|was\s+received\s+by|will\s+be\s+received\s+by)\s+(?:with\s+)?(?:the\s+)?$/u;

function visitedCapitalOwner(env: OwnerEnv, t: Title): Owner | undefined {
  if (t.owner) return undefined;
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  const m = s ? VISITED_CAPITAL.exec(env.ctx.text.slice(s.start, t.start)) : null;
  const state = m ? capitalState(m[1]!) : undefined;
  return state && state !== env.home ? { type: 'State', name: state } : undefined;
}

/** Rule office.host-in-capital (ent22, rules-ent22.ts): "Head of Government X received … in Rabat the Prime Minister …". */
function hostCapitalOwner(env: OwnerEnv, c: PersonCluster, t: Title): Owner | undefined {
  if (t.owner || c.state || c.mentions.some((x) => env.explicitOnly(x))) return undefined;

  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  const cap = s ? hostCapital(env.ctx.text.slice(s.start, t.start), env.ctx.text.slice(t.start, s.end)) : undefined;
  const state = cap ? capitalState(cap) : undefined;
  return state ? { type: 'State', name: state } : undefined;
}

/** The state of each demonym ("Moroccan" → Morocco), for demonyms inside a portfolio. */
const STATE_OF_DEMONYM = new Map(STATES.flatMap((st) => st.demonyms.map((d) => [d, st.name] as const)));
const DEMONYM_SET: ReadonlySet<string> = new Set(STATE_OF_DEMONYM.keys());

/** A minister's portfolio, after "of" or "for": an envoy "for Afghan Affairs" serves another state. */
const MINISTER_PORTFOLIO = /^(?:(?:Deputy|Vice|Assistant|State)\s+)?(?:Minister|Secretary)\s(?:of|for)\s(.+)$/;

/**
 * Rule office.portfolio-demonym: "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates": a
 * state's demonym inside a minister's portfolio names the title's state.
 */
function portfolioDemonymOwner(title: string): Owner | undefined {
  const portfolio = MINISTER_PORTFOLIO.exec(title)?.[1];
  if (!portfolio) return undefined;
  const states = new Set(
    portfolio
      .split(/[\s,]+/)
      .map((w, i, ws) => STATE_OF_DEMONYM.get(citizensAbroad(w, ` ${ws[i + 1] ?? ''}`, DEMONYM_SET) ?? w))
      .filter(Boolean),
  );
  return states.size === 1 ? { type: 'State', name: [...states][0]! } : undefined;
}

/**
 * Rule office.issuing-organisation: in a readout an organisation issues ("source: Council of Europe"), a bare title
 * it gives its own officers ("Secretary General Marija Pejčinović Burić") with no other owner is that organisation's.
 */
function issuerOrganisationOwner(env: OwnerEnv, c: PersonCluster, t: Title): Owner | undefined {
  if (!env.homeOrg || t.former || !ORGANISATION_OWN_TITLES.test(t.title)) return undefined;
  // office.home-leader-taken: "The President of the European Council, A, … met President B": not a second one.
  if (homeLeaderTaken(env, c, t, env.homeOrg)) return undefined;
  const state = LEADER_TITLES.test(t.title) ? sentenceSoleState(env, t.start) : undefined;
  return state ? { type: 'State', name: state } : { type: 'Organization', name: env.homeOrg };
}

/** What may stand between a title and "signed … for <State>": the name, and the rest of the clause. */
const SIGNED_FOR = /^[^.;:]{0,80}?\bsigned\b[^.;:]{0,40}?\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/;
/**
 * Rule office.behalf-after-name (off13): "… and by Ambassador Iain Frew on behalf of the Government of the United
 * Kingdom": the holder's name, then "on behalf of" a state's government; that state owns the bare title.
 */
const BEHALF_AFTER_NAME =
  /^[^\S\n]+(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,3}\p{Lu}[\p{L}.'’-]*,?[^\S\n]+on[^\S\n]+behalf[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:Government[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?$/u;

/**
 * Rule office.signed-for: "Foreign Minister Sameh Shoukry signed it for Egypt": a bare title whose holder signs for a
 * state in the same clause is that state's.
 */
function signedForOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  if (!s) return undefined;
  // office.behalf-issuer (fl14a): a principal named after "on behalf of" does not sign for the state a later clause names.
  const before = env.ctx.text.slice(s.start, t.start);
  if (BEHALF_OF_BEFORE.test(before) || behalfHonorific(before)) return undefined;
  const hit = hitsStartingIn(env.hits, t.end + 1, s.end).find((h) => {
    const between = env.ctx.text.slice(t.end, h.start);
    return (
      h.type === 'State' &&
      h.end <= s.end &&
      (SIGNED_FOR.test(between) ||
        BEHALF_AFTER_NAME.test(between) ||
        // office.behalf-after-title (prc30): "Mr. X, Secretary at …, on behalf of the Government of India".
        behalfAfterTitle(before, between, env.ctx.text.slice(h.end, h.end + 6)))
    );
  });
  return hit ? { type: 'State', name: hit.name } : undefined;
}

/** Rule office.org-title-elsewhere (rules-fl13b.ts): "Secretary-General" that the text gives one organisation. */
function orgTitleElsewhereOwner(env: OwnerEnv, c: PersonCluster, t: Title): Owner | undefined {
  if (c.mentions.some((x) => env.explicitOnly(x))) return undefined;
  // office.org-prefixed-title (fl22a): "the United Nations Secretary-General" elsewhere in the text.
  const org =
    orgTitleElsewhere(t.title, env.titleOrgs) ??
    orgPrefixedTitle(
      env.ctx.text,
      t.title,
      env.hits.filter((h) => h.type === 'Organization'),
    );
  return org ? { type: 'Organization', name: org } : undefined;
}

/** Rule office.delegation-list (rules-fl13b.ts): a bare title that "the X delegation included" is X's. */
function delegationListOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  if (!s) return undefined;
  const sides = env.hits.filter((h) => h.type === 'State' && h.start >= s.start && h.end <= t.start);
  // office.delegation-led-by-state (fl22a): "a delegation of X led by A, <title>, and B, <title>".
  const name =
    delegationListState(env.ctx.text, t.start, sides) ??
    delegationLedByState(
      env.ctx.text,
      t.start,
      sides.filter((h) => !h.demonym),
    );
  return name ? { type: 'State', name } : undefined;
}

/** Rule office.side-cue-owner (rules-rol24-office.ts): the state of the side the title is introduced with. */
function sideCueOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  const name = s ? sideCueState(env.ctx.text, s.start, t.start, env.hits) : undefined;
  return name ? { type: 'State', name } : undefined;
}

/** Rule office.fronted-side-owner (rules-fl32b.ts): "For Belgium the treaty was signed by A, Deputy Prime Minister". */
function frontedSideOwner(env: OwnerEnv, t: Title): Owner | undefined {
  if (t.owner) return undefined;
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  const name = s ? frontedSideState(env.ctx.text, s, t.start, env.hits) : undefined;
  return name ? { type: 'State', name } : undefined;
}

/** Rule office.only-titled-state (rules-fl27c-owner.ts): the one named state that has a rare title. */
function onlyTitledOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  const named = env.hits.filter((h) => h.type === 'State' && !h.demonym);
  const inSentence = named.filter((h) => s && h.start >= s.start && h.end <= s.end).map((h) => h.name);
  const name = onlyTitledState(t.title, inSentence) ?? onlyTitledState(t.title, new Set(named.map((h) => h.name)));
  return name ? { type: 'State', name } : undefined;
}

/** Rule office.whose-title-state (rules-fl26b.ts): "<State>, whose Prime Minister, X": that state's office. */
function whoseStateOwner(env: OwnerEnv, t: Title): Owner | undefined {
  if (t.owner) return undefined;
  const states = env.hits.filter((h) => h.type === 'State' && !h.demonym && h.end <= t.start && h.end >= t.start - 16);
  // office.its-title-state (fl27c): "the Italian Republic and its Minister of …, X".
  const name = states.length
    ? (whoseTitleState(env.ctx.text, t.start, states) ?? itsTitleState(env.ctx.text, t.start, states))
    : undefined;
  return name ? { type: 'State', name } : undefined;
}

/** Rules office.gapped-side-by, office.comma-name-behalf, office.line-side (rules-rol26-office.ts). */
function actingSideOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  const name = s ? actingSideState(env.ctx.text, s.start, s.end, t, env.hits) : undefined;
  return name ? { type: 'State', name } : undefined;
}

/** Rule office.its-title-organisation (rules-prc30.ts): "The MDC … was represented by its Secretary-General, X". */
function itsOrganisationOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  if (!s || t.owner) return undefined;
  const name = itsTitleOrganisation(env.ctx.text, s.start, t.start, env.hits);
  return name ? { type: 'Organization', name } : undefined;
}

/** Rule office.represented-principal (rules-fla10.ts): the state whose representative acted for this title's holder. */
function representedPrincipalOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  if (!s) return undefined;
  const states = env.hits.filter((h) => h.type === 'State' && !h.demonym && h.start >= s.start && h.end <= t.start);
  const name = representedPrincipalState(env.ctx.text, s.start, t.start, states);
  return name ? { type: 'State', name } : undefined;
}

/** Rule office.behalf-principal (rules-fl11b.ts): the state an agent's title gives the principal's office. */
function behalfPrincipalOwner(env: OwnerEnv, t: Title): Owner | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(t.start)];
  if (!s || t.owner) return undefined;
  const states = env.hits.filter((h) => h.type === 'State' && !h.demonym && h.start >= s.start && h.end <= t.start);
  const name =
    behalfPrincipalState(env.ctx.text, s.start, t.start, t.title, states) ?? behalfSoleState(env, s.start, t, states);
  return name ? { type: 'State', name } : undefined;
}

/**
 * Rule office.behalf-sole-state (off13): "Prince X, Crown Prince and Prime Minister of the Kingdom of Bahrain, on behalf
 * of King Y": a head of state named after "on behalf of", in a sentence that names one state before it, which has
 * such a head, is that state's.
 */
function behalfSoleState(
  env: OwnerEnv,
  sentenceStart: number,
  t: Title,
  states: readonly GazetteerHit[],
): string | undefined {
  const before = env.ctx.text.slice(sentenceStart, t.start);
  if (!LEADER_TITLES.test(t.title) || !(BEHALF_OF_BEFORE.test(before) || behalfHonorific(before))) return;
  const names = new Set(states.map((h) => h.name));
  const only = names.size === 1 ? [...names][0]! : undefined;
  if (only && !lacksLeaderTitle(only, t.title)) return only;
  // office.behalf-who-agent (prc30): "the United States Secretary of State, X, who is visiting … on behalf of President Y".
  const agent = behalfWhoAgentState(
    env.ctx.text,
    t.start,
    states.filter((h) => !h.capital),
  );
  if (agent && !lacksLeaderTitle(agent, t.title)) return agent;
  // office.behalf-issuer (fl14a): "… who is on an official visit to the United States, signed on behalf of His
  // Majesty King X": no state of the sentence has the title, the issuer has it.
  const home = env.home;
  return [...names].every((n) => lacksLeaderTitle(n, t.title)) && home && !lacksLeaderTitle(home, t.title)
    ? home
    : undefined;
}
const BEHALF_OF_BEFORE = /\bon\s+behalf\s+of\s+(?:the\s+)?$/;

/**
 * Rule office.sentence-state: "heading the delegation of the UAE on behalf of President Sheikh X" in an
 * organisation's readout: a head-of-state title in a sentence that names one state and no organisation is that
 * state's, not the issuing organisation's.
 */
function sentenceSoleState(env: OwnerEnv, at: number): string | undefined {
  const s = env.ctx.sentences[env.ctx.sentenceAt(at)];
  if (!s) return undefined;
  const inS = env.hits.filter((h) => h.start >= s.start && h.end <= s.end);
  if (inS.some((h) => h.type === 'Organization')) return undefined;
  const states = new Set(inS.filter((h) => h.type === 'State').map((h) => h.name));
  return states.size === 1 ? [...states][0] : undefined;
}

/** Candidate key of a state or organisation, adding it when only an office names it. */
function ownerKey(env: OwnerEnv, name: string, type: 'State' | 'Organization'): string {
  const hit = env.hits.find((h) => h.name === name && h.type === type && env.hitKeys.has(h));
  return hit
    ? env.hitKeys.get(hit)!
    : env.ctx.add(
        type,
        name,
        undefined,
        `${type.toLowerCase()}.owner-inferred`,
        type === 'State' ? isoOf(name) : {},
        false,
      );
}

/** The Person candidates of one person: each mention, its bare name, and the name without middle initials. */
function addPersonCandidates(ctx: Ctx, c: PersonCluster, personKey: Map<PersonMention, string>): void {
  for (const m of c.mentions) {
    const key = ctx.add('Person', c.name, { surface: m.surface, start: m.start, end: m.end }, m.rule);
    personKey.set(m, key);
    if (m.raw !== m.surface && m.raw !== c.name)
      ctx.add('Person', c.name, { surface: m.raw, start: m.start, end: m.end }, m.rule);
  }
  // "Antony J. Blinken" is also written "Antony Blinken": the form without middle initials.
  const bare = c.name.replace(/^(\p{Lu}[\p{Ll}\p{M}'’-]+)(?:\s+\p{Lu}\.)+(?=\s+\p{Lu}\p{Ll})/u, '$1');
  if (bare !== c.name) {
    const m0 = c.mentions[0]!;
    ctx.add('Person', c.name, { surface: bare, start: m0.start, end: m0.end }, m0.rule);
  }
}

/** A formal state name takes "the": "the Republic of Türkiye", "the Russian Federation", "the Kingdom of Spain". */
const FORMAL_STATE_NAME =
  /^(?:Republic|Kingdom|Federation|State|Union|Islamic|People's|Democratic|Federal|Socialist|Commonwealth|Grand Duchy|Sultanate|Principality|Russian Federation|Swiss Confederation)\b/;

/**
 * The office under the owner's other spellings in the text ("… of Türkiye" beside "… of Turkey", "… of Viet Nam") and
 * with the owner simply after the title ("Special Envoy to the peace process of Norway").
 */
/** A state's names as the readout writes them ("Türkiye", "the Republic of Türkiye"), each with its article. */
function stateSpellings(env: OwnerEnv, owner: Owner): string[] {
  if (owner.type !== 'State') return [];
  const spellings = new Set(
    (env.hitsNamed.get(owner.name) ?? [])
      .filter((h) => !h.demonym && h.type === 'State' && /^\p{Lu}/u.test(h.surface) && !FORM_WORD_ALONE.test(h.surface))
      .map((h) => h.surface.replace(/^the\s+/i, '')),
  );
  const article = (sp: string) =>
    STATE_BY_NAME.get(owner.name)?.article || FORMAL_STATE_NAME.test(sp) ? `the ${sp}` : sp;
  return [...spellings].map(article);
}

function ownerSpellings(env: OwnerEnv, t: Title, owner: Owner, name: string): string[] {
  if (t.ownerInside || t.ownerAt) return [];
  // office.org-acronym-forms (rules-ent24.ts): "Director-General of the WTO".
  if (owner.type === 'Organization')
    return orgAcronymForms(
      t.title,
      (env.hitsNamed.get(owner.name) ?? []).map((h) => h.surface),
    );
  if (owner.type !== 'State') return [];
  const out = stateSpellings(env, owner).map((sp) => officeName(t, sp));
  if (/\sto\s/.test(t.title)) out.push(`${t.title} of ${ownerName(owner.name, owner.type)}`);
  return out.filter((x) => x !== name);
}

/** "President of the Republic" of France, as written and as "President of the French Republic". */
function republicForms(title: string, owner: Owner): string[] {
  if (owner.type !== 'State' || !/\bof the Republic$/.test(title)) return [];
  const demonym = STATE_BY_NAME.get(owner.name)?.demonyms[0];
  return [title, ...(demonym ? [title.replace(/the Republic$/, `the ${demonym} Republic`)] : [])];
}

/** The Office candidate of a title and its usual other forms (official state name, inverted, as written). */
function addOfficeForms(env: OwnerEnv, t: Title, owner: Owner): string {
  const { ctx, hits } = env;
  // "Special Envoy of the UN Secretary-General for Yemen": the title names its organisation already.
  // office.owner-word-in-title: a demonym inside a portfolio ("Egyptian Expatriates") does not name the owner.
  const named = hitsWithin(hits, t.start, t.end).some(
    (h) => h.name === owner.name && !h.demonym && t.title.includes(h.surface),
  );
  const phrase = ownerName(owner.name, owner.type);
  const name = named ? t.title : officeName(t, phrase);
  const props = { title: t.title, state: owner.name };
  const at = (surface: string) => ({ surface, start: t.start, end: t.end });
  const okey = ctx.add('Office', name, at(t.surface), t.rule, props);
  // "President of the Republic of Korea" is the same office as "President of South Korea": keep both forms.
  const official = owner.type === 'State' ? STATE_BY_NAME.get(owner.name)?.official : undefined;
  if (official && !t.ownerInside && !t.ownerAt)
    ctx.add('Office', name, at(officeName(t, `the ${official}`)), t.rule, props);
  // "Treasury Secretary" is the "Secretary of the Treasury"; a spokesperson is the foreign ministry's.
  // office.title-forms-each-spelling (off32): "Foreign Minister Hakan Fidan" in a text that writes "Türkiye" is also
  // the "Minister of Foreign Affairs of Türkiye", not only "… of Turkey": each other form with each spelling.
  const phrases = [phrase, ...(t.ownerInside || t.ownerAt ? [] : stateSpellings(env, owner))];
  for (const alias of [
    ...new Set(phrases.flatMap((p) => titleForms(t.title, owner.name, p))),
    ...(owner.type === 'State' ? spokespersonForms(t.title, owner.name) : []),
  ])
    ctx.add('Office', name, at(alias), t.rule, props);
  if (t.written) ctx.add('Office', name, at(officeName({ ...t, title: t.written }, phrase)), t.rule, props);
  for (const alias of republicForms(t.title, owner)) ctx.add('Office', name, at(alias), t.rule, props);
  for (const alias of ownerSpellings(env, t, owner, name)) ctx.add('Office', name, at(alias), t.rule, props);
  return okey;
}

/** Bare titles that are a style when the person bears a fuller title: "Ambassador", "Secretary". */
const STYLE_TITLES = /^(?:Ambassador|Secretary)$/;

/** HOLDS_OFFICE and OFFICE_OF for every title of one person, longest titles first. */
function addClusterOffices(env: OwnerEnv, c: PersonCluster, personKey: Map<PersonMention, string>): OfficeList {
  const { ctx } = env;
  const list: OfficeList = [];
  // Longest titles first, so that "Chancellor Merkel" in the headline joins the later "Federal Chancellor".
  // office.head-of-government-in-presidential-stack (fl28a): "President of the Republic, Head of State, Head of
  // Government, X": that "Head of Government" stands for the presidency as the "Head of State" before it does.
  const hosOf = (t: Title) => {
    const hs = stackedHeadOfStateAt(t.title, t.former, ctx.text, t.start);
    return isHeadOfState(hs < 0 ? t.title : 'Head of State', t.former, ctx.text, hs < 0 ? t.start : hs);
  };
  const pairs = c.mentions
    .flatMap((m) => m.titles.map((t) => ({ m, t })))
    .sort((a, b) => b.t.title.length - a.t.title.length)
    // office.head-of-state-president (fl27a): "Head of State" after the presidency's own title, which it stands for.
    .sort((a, b) => Number(hosOf(a.t)) - Number(hosOf(b.t)));
  // "Special Presidential Envoy … Ambassador Marshall Billingslea", "Ambassador Billingslea": a style, not a post.
  // Rule office.style-title: "Secretary Jesus Dureza, Presidential Adviser …" likewise (a cabinet rank as a style).
  const hasOtherTitle = pairs.some((x) => !STYLE_TITLES.test(x.t.title));
  for (const pair of pairs) {
    const { m } = pair;
    let { t } = pair;
    const key = personKey.get(m)!;
    if (STYLE_TITLES.test(t.title) && !t.owner && hasOtherTitle) continue;
    // "Minister Kishida" after "Mr. Fumio Kishida, Minister for Foreign Affairs": the same office, shortened.
    // "Russian Foreign Minister" beside "Minister of Foreign Affairs of Russia": one office (the same owner).
    const hos = hosOf(t);
    const same = list.find(
      (o) =>
        o.title !== t.title &&
        (!t.owner || t.owner.name === o.owner) &&
        (shortFormOf(t.title, o.title) || (hos && headOfStateOf(o.title))),
    );
    if (same) {
      const name = ctx.entity(same.key)!.name;
      const okey = ctx.add(
        'Office',
        name,
        { surface: t.surface, start: t.start, end: t.end },
        'office.shortened-title',
      );
      ctx.relate('HOLDS_OFFICE', key, okey, m.sentence, 'office.shortened-title', t.former);
      continue;
    }
    const guessed = guessOwner(env, c, t);
    // An office whose state cannot be told is left out rather than guessed (its holder stays).
    if (!guessed) continue;
    // office.head-of-state-president (fl27a): a republic's "Head of State" is its President (fl28c: also a republic
    // whose common name is its official one, the Central African or the Dominican Republic).
    const official = STATE_BY_NAME.get(guessed.name)?.official ?? guessed.name;
    if (hos && guessed.type === 'State' && presidentialState(official))
      t = { ...t, title: 'President', written: t.title, rule: OFFICE_HEAD_OF_STATE_PRESIDENT.id };
    const eu = euCommissioner(t.title, guessed);
    const owner = eu?.owner ?? guessed;
    const okey = addOfficeForms(env, eu ? { ...t, title: eu.title, written: t.title, ownerInside: true } : t, owner);
    ctx.relate('HOLDS_OFFICE', key, okey, m.sentence, t.rule, t.former);
    ctx.relate('OFFICE_OF', okey, ownerKey(env, owner.name, owner.type), ctx.sentenceAt(t.start), 'office.owner');
    list.push({ key: okey, title: t.title, owner: owner.name });
  }
  return list;
}

/** "Turkey's Ministers of Justice and Interior": offices of a state that the text names without a holder. */
function addPluralOffices(env: OwnerEnv): void {
  const { ctx } = env;
  for (const o of pluralOffices(ctx.text, env.hits)) {
    const props = { title: o.title, state: o.owner };
    const okey = ctx.add('Office', officeName(o, ownerName(o.owner, 'State')), o, 'office.plural-title', props, false);
    ctx.relate('OFFICE_OF', okey, ownerKey(env, o.owner, 'State'), ctx.sentenceAt(o.start), 'office.owner');
  }
}

/**
 * Rule office.title-ref: "the President of the Republic" in a readout of its presidency, "the President of Russia"
 * with no one named to it: the office is there even when its holder is not named (a named holder has it already).
 */
function addTitleRefOffices(env: OwnerEnv, refs: TitleRef[], offices: Map<PersonCluster, OfficeList>): void {
  const { ctx, home } = env;
  const held = new Set([...offices.values()].flat().map((o) => `${o.title}|${o.owner}`));
  for (const r of refs) {
    const republic = /^President of the Republic$/.test(r.title);
    if (!republic && !(LEADER_TITLES.test(r.title) && r.owner?.type === 'State')) {
      addOwnedRef(env, r, held);
      continue;
    }
    const owner: Owner | undefined =
      r.owner?.type === 'State' ? r.owner : home ? { type: 'State', name: home } : undefined;
    if (!owner || lacksLeaderTitle(owner.name, r.title.replace(/ of the Republic$/, ''))) continue;
    const okey = addOfficeForms(env, { ...r, former: false, rule: 'office.title-ref' }, owner);
    ctx.relate('OFFICE_OF', okey, ownerKey(env, owner.name, 'State'), ctx.sentenceAt(r.start), 'office.owner');
  }
}

/**
 * Rule office.title-ref-owned: "with the participation of the Chairperson of the African Union Commission", "a new
 * Ambassador of Ukraine to China", "Australia's Minister for Resources": an office the text names with its owner,
 * though not its holder, is an office all the same.
 */
const OWNED_REF_TITLE = (title: string) =>
  // A member is a member state, not an office; only envoys serve "to" a place ("State Visit of the President … to X").
  !/^Members?\b/.test(title) &&
  (!/\sto\s/.test(title) ||
    /^(?:[\w-]+\s+)*(?:Ambassador|Envoy|High Commissioner|Representative|Consul)\b/.test(title));

function addOwnedRef(env: OwnerEnv, ref: TitleRef, held: Set<string>): void {
  // office.head-of-state-ref-president (off32): "the Senegalese Head of State" is the President of Senegal.
  const president = ref.owner ? headOfStateRefTitle(ref.title, ref.owner) : undefined;
  const r = president ? { ...ref, title: president, written: ref.title } : ref;
  const rule = president ? OFFICE_HEAD_OF_STATE_REF_PRESIDENT.id : 'office.title-ref-owned';
  if (!r.owner || r.lowercase || held.has(`${r.title}|${r.owner.name}`) || !OWNED_REF_TITLE(r.title)) return;
  const okey = addOfficeForms(env, { ...r, former: false, rule }, r.owner);
  env.ctx.relate(
    'OFFICE_OF',
    okey,
    ownerKey(env, r.owner.name, r.owner.type),
    env.ctx.sentenceAt(r.start),
    'office.owner',
  );
  held.add(`${r.title}|${r.owner.name}`);
}

/** Person mentions and bare titles of every sentence. */
function collectMentions(ctx: Ctx, hits: GazetteerHit[]): { mentions: PersonMention[]; refs: TitleRef[] } {
  const mentions: PersonMention[] = [];
  const refs: TitleRef[] = [];
  for (const s of ctx.sentences) {
    const r = takePeople(ctx.text, s, hits);
    mentions.push(...r.people);
    refs.push(...r.refs);
  }
  return { mentions, refs };
}

/** The people stage: Person and Office candidates with HOLDS_OFFICE and OFFICE_OF; the facts relation rules read. */
export function addPeople(
  ctx: Ctx,
  hits: GazetteerHit[],
  hitKeys: Map<GazetteerHit, string>,
  home: string | undefined,
  homeOrg?: string,
): PeopleFacts {
  const { mentions, refs } = collectMentions(ctx, hits);
  mentions.push(...soleTitleHolders(refs, mentions)); // person.sole-title-holder (ent21)
  titlesFromDeputies(ctx.text, mentions, (i) => ctx.sentences[i]!.start); // office.deputy-principal (fl20b)
  subnationalTitles(ctx.text, mentions, ctx.sentences, hits, home); // office.subnational (off27)
  mentions.push(
    ...tableRowPeople(
      ctx.text,
      hits,
      (a, b) => mentions.some((m) => m.start < b && m.end > a),
      (o) => ctx.sentenceAt(o),
    ),
  ); // office.table-row-cells (off27)
  const counterpart = counterpartState(ctx, hits, home);
  const derived = deriveStates(ctx, mentions, hits, home, counterpart);
  const explicitOnly = explicitStateOf(home);
  const clusters = clusterPeople(mentions, explicitOnly, (m) => derived.get(m), home);
  addSurnameMentions(ctx.text, clusters, hits, (o) => ctx.sentenceAt(o), NON_NAME);
  const env: OwnerEnv = {
    ctx,
    hits,
    hitKeys,
    home,
    counterpart,
    explicitOnly,
    titleStates: statesOfTitles(mentions),
    titleOrgs: orgsOfTitles([...mentions, ...refs.map((r) => ({ titles: [r] }))]),
    soleState: soleStateOf(hits, mentions, explicitOnly),
    hitsNamed: groupBy(hits, (h) => h.name),
    homeOrg: home ? undefined : homeOrg,
    clusters,
  };
  assignLeaderSides(clusters, home, counterpart, explicitOnly, hits);
  giveTitleRefsToPrincipals(clusters, refs);
  const personKey = new Map<PersonMention, string>();
  const offices = new Map<PersonCluster, OfficeList>();
  for (const c of clusters) {
    addPersonCandidates(ctx, c, personKey);
    offices.set(c, addClusterOffices(env, c, personKey));
  }
  addPluralOffices(env);
  addTitleRefOffices(env, refs, offices);
  addTitleRefMentions(refs, offices, personKey, (c) => personKey.get(c.mentions[0]!)!, home ?? env.homeOrg);
  // person.head-of-state-ref (fl26b): "The Head of State signed …": the issuer's sole head of state.
  addHeadOfStateRefs({
    text: ctx.text,
    home,
    clusters,
    officesOf: (c) => offices.get(c as PersonCluster) ?? [],
    sentenceAt: (o) => ctx.sentenceAt(o),
    add: (c, m) => {
      c.mentions.push(m);
      personKey.set(m, personKey.get(c.mentions[0]!)!);
    },
  });
  return {
    clusters,
    personKey,
    offices,
    refs,
    ...(home ? { home } : {}),
    ...(env.homeOrg ? { homeOrg: env.homeOrg } : {}),
  };
}
