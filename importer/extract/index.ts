// Stage 3 entry: sentences → entity candidates and relation candidates (rule-based, deterministic).
// Order: states and organisations (gazetteer) → people and their offices → events and agreements → relations.
import type { EntityCandidate, LoadedDocument, RelationCandidate, Sentence } from '../types.ts';
import { Ctx } from './context.ts';
import { findEventsAndAgreements } from './events.ts';
import { findGazetteerHits, findPatternOrgs, type GazetteerHit } from './gazetteer.ts';
import {
  ACTOR_NOUNS,
  INCIDENT_NOUNS as INCIDENT_LIST,
  ISSUER_CUES,
  lacksLeaderTitle,
  LEADER_TITLES,
  ORG_HEADS,
  STATE_TITLES,
  titleHome,
} from './lexicons.ts';
import { pluralOffices, shortFormOf, spokespersonForms, titleBodies, titleForms } from './offices.ts';
import { findPeople, type PersonMention, type TitleRef } from './people.ts';
import { addSurnameMentions, clusterPeople, type PersonCluster } from './persons-resolve.ts';
import { addRelations } from './relations.ts';
import { alt, NON_NAME } from './text.ts';
import { officeName } from './titles.ts';
import { STATE_BY_NAME, withArticle } from './states.ts';

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

/** The government that issued the readout: a press-office cue, else the first state in the opening lines. */
export function issuingState(text: string, hits: GazetteerHit[], source = ''): string | undefined {
  const head = `${source}\n${text.slice(0, 600)}`;
  for (const [re, state] of ISSUER_CUES) if (re.test(head)) return state;
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
    /\bwith\b[^.\n]{0,60}$|\b(?:welcome[sd]|receive[sd]|host(?:s|ed)|meets|met|call(?:s|ed)|telephone[sd])\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,6}of\s+(?:the\s+)?$/u.test(
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

/**
 * A bare title ("Foreign Secretary", "Premier") whose state was guessed keeps it only when that state has the title;
 * else the one state that has it ("Premier Li" in a New Zealand readout is China's), else no state.
 */
function ownTitleHome<T extends { type: 'State' | 'Organization'; name: string }>(
  title: string,
  guessed: T | undefined,
) {
  if (guessed?.type === 'Organization') return guessed;
  const st = titleHome(title, guessed?.name);
  return st === guessed?.name ? guessed : st ? { type: 'State' as const, name: st } : undefined;
}

/** Working facts about people and offices that relation rules read. */
export interface PeopleFacts {
  clusters: PersonCluster[];
  /** Candidate key of each person mention. */
  personKey: Map<PersonMention, string>;
  /** Office candidate keys held by each cluster, with the office's bare title and owner. */
  offices: Map<PersonCluster, { key: string; title: string; owner: string }[]>;
  refs: TitleRef[];
  home?: string;
}

/** An organisation named by a common noun takes "the" ("the European Commission"); a proper name does not ("Ansar Allah"). */
const ORG_WITH_ARTICLE =
  /\b(Commission|Council|Union|Nations|Organi[sz]ation|Bank|Authority|Fund|Department|Ministry|Force|Party|Assembly|Parliament|Court|Agency|Committee|Secretariat|Office|Group|Forum|Alliance|League|Community|Communities|Movement|Front|Army|Conference|Association|Institute|Centre|Center|Programme|Service|Bureau|States|Coalition|Federation|Cooperation)\b/;
const ownerName = (owner: string, type: 'State' | 'Organization') =>
  type === 'State' ? withArticle(owner) : ORG_WITH_ARTICLE.test(owner) ? `the ${owner}` : owner;

function addPeople(
  ctx: Ctx,
  hits: GazetteerHit[],
  hitKeys: Map<GazetteerHit, string>,
  home: string | undefined,
): PeopleFacts {
  const mentions: PersonMention[] = [];
  const refs: TitleRef[] = [];
  for (const s of ctx.sentences) {
    const r = findPeople(ctx.text, s, hits);
    mentions.push(...r.people);
    refs.push(...r.refs);
  }
  const derived = deriveStates(ctx, mentions, hits, home, counterpartState(ctx, hits, home));
  // An organisation named after its state ("Communist Party of China") places its officials in that state.
  // A government department ("Federal Department of Foreign Affairs") places its head in the issuing state.
  const orgState = (org: string | undefined) =>
    org ? (stateInName(org) ?? (home && /\b(?:Department|Ministry|Directorate)\b/.test(org) ? home : org)) : undefined;
  const explicitOnly = (m: PersonMention) =>
    m.ofState ??
    m.titles.find((t) => t.owner?.type === 'State')?.owner?.name ??
    orgState(m.titles.find((t) => t.owner)?.owner?.name);
  const clusters = clusterPeople(mentions, explicitOnly, (m) => derived.get(m));
  addSurnameMentions(ctx.text, clusters, hits, (o) => ctx.sentenceAt(o), NON_NAME);
  const personKey = new Map<PersonMention, string>();
  const offices = new Map<PersonCluster, { key: string; title: string; owner: string }[]>();
  const ownerKey = (name: string, type: 'State' | 'Organization') => {
    const hit = hits.find((h) => h.name === name && h.type === type && hitKeys.has(h));
    return hit
      ? hitKeys.get(hit)!
      : ctx.add(
          type,
          name,
          undefined,
          `${type.toLowerCase()}.owner-inferred`,
          type === 'State' ? isoOf(name) : {},
          false,
        );
  };
  // A title the issuer lacks belongs to the one state the text gives it to elsewhere ("U.S. Secretary of State"), else
  // to the counterpart when the counterpart has it.
  const titleStates = new Map<string, Set<string>>();
  for (const m of mentions)
    for (const t of m.titles) {
      const st = t.owner?.type === 'State' ? t.owner.name : m.ofState;
      if (st) titleStates.set(t.title, (titleStates.get(t.title) ?? new Set()).add(st));
    }
  const titleState = {
    get: (title: string): string | undefined => {
      if (counterpart && !lacksLeaderTitle(counterpart, title)) return counterpart;
      const st = titleStates.get(title);
      return st?.size === 1 ? [...st][0] : undefined;
    },
  };
  // A readout of an organisation (no issuing state) that names one state only: untitled officials are that state's.
  const namedStates = new Set(hits.filter((h) => h.type === 'State').map((h) => h.name));
  // The state must be a person's ("the President of Brazil"), not a topic ("discussed Ukraine").
  // Not when someone is another's counterpart ("his Egyptian counterpart"): the two are of different states.
  const soleState =
    namedStates.size === 1 &&
    !mentions.some((m) => m.rule === 'person.counterpart') &&
    mentions.some((m) => explicitOnly(m) === [...namedStates][0])
      ? [...namedStates][0]
      : undefined;
  // Leaders with no state: the first is the issuer's; a later one, of another title, the counterpart's
  // ("Prime Minister Shinzo Abe and President Vladimir Putin" in a Japan-Russia readout).
  const counterpart = counterpartState(ctx, hits, home);
  let homeLeader: string | undefined;
  const leaderTitle = (c: PersonCluster) =>
    c.mentions.flatMap((m) => m.titles).find((t) => LEADER_TITLES.test(t.title) && !/Vice|Deputy/.test(t.title));
  const leadersOf = (st: string | undefined) =>
    new Set(
      clusters
        .filter((c) => st && c.state === st)
        .map((c) => leaderTitle(c)?.title)
        .filter(Boolean),
    );
  // A counterpart leader whose title names the state ("President of the Republic of Maldives").
  const qualifiedCounterpart = clusters.some(
    (c) => c.state === counterpart && leaderTitle(c) && c.mentions.some((m) => explicitOnly(m) === counterpart),
  );
  for (const c of [...clusters].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)) {
    const lt = leaderTitle(c);
    if (!lt) continue;
    if (c.state === home) homeLeader ??= lt.title;
    if (c.state) continue;
    // "President Kim Dae-jung" in a readout of President Yoon with Prime Minister Kishida: the title that only one
    // side's leaders bear names the side.
    const atHome = leadersOf(home);
    const atOther = leadersOf(counterpart);
    if (home && counterpart && atHome.has(lt.title) && !atOther.has(lt.title) && atOther.size) {
      c.state = home;
      continue;
    }
    if (home && counterpart && atOther.has(lt.title) && !atHome.has(lt.title) && atHome.size) {
      c.state = counterpart;
      continue;
    }
    // The readout qualifies the guest's leader by state; a leader with a bare title is then the host's.
    if (home && qualifiedCounterpart) {
      c.state = home;
      homeLeader ??= lt.title;
      continue;
    }
    // "the state visit of Prime Minister Modi" in a US readout: the issuer has no such leader.
    if (lacksLeaderTitle(home, lt.title)) {
      if (counterpart && !lacksLeaderTitle(counterpart, lt.title)) c.state = counterpart;
      continue;
    }
    if (homeLeader === undefined) {
      homeLeader = lt.title;
      if (home) c.state = home;
    } else if (counterpart) c.state = counterpart;
  }
  // "The President of Russia pointed out …": a leader's title alone, held by no one named, is the untitled principal's.
  for (const r of refs) {
    if (!r.owner || r.owner.type !== 'State' || !LEADER_TITLES.test(r.title)) continue;
    if (
      clusters.some((c) =>
        c.mentions.some((m) =>
          m.titles.some((t) => t.title === r.title && (t.owner?.name ?? c.state) === r.owner!.name),
        ),
      )
    )
      continue;
    const untitled = [...clusters]
      .filter((c) => c.mentions.every((m) => !m.titles.length) && (!c.state || c.state === r.owner!.name))
      .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)[0];
    if (!untitled) continue;
    untitled.mentions[0]!.titles.push({ ...r, former: false, rule: 'office.title-ref-principal' });
    untitled.state ??= r.owner.name;
  }
  for (const c of clusters) {
    const list: { key: string; title: string; owner: string }[] = [];
    offices.set(c, list);
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
    // Longest titles first, so that "Chancellor Merkel" in the headline joins the later "Federal Chancellor".
    const pairs = c.mentions
      .flatMap((m) => m.titles.map((t) => ({ m, t })))
      .sort((a, b) => b.t.title.length - a.t.title.length);
    for (const { m, t } of pairs) {
      const key = personKey.get(m)!;
      // "Special Presidential Envoy … Ambassador Marshall Billingslea", "Ambassador Billingslea": a style, not a post.
      if (t.title === 'Ambassador' && !t.owner && pairs.some((x) => x.t.title !== 'Ambassador')) continue;
      {
        // "Minister Kishida" after "Mr. Fumio Kishida, Minister for Foreign Affairs": the same office, shortened.
        const same = list.find((o) => o.title !== t.title && !t.owner && shortFormOf(t.title, o.title));
        if (same) {
          const okey = ctx.add(
            'Office',
            ctx.entities.find((e) => e.key === same.key)!.name,
            { surface: t.surface, start: t.start, end: t.end },
            'office.shortened-title',
          );
          ctx.relate('HOLDS_OFFICE', key, okey, m.sentence, 'office.shortened-title', t.former);
          continue;
        }
        const guessed =
          t.owner ??
          (c.state
            ? { type: STATE_BY_NAME.has(c.state) ? ('State' as const) : ('Organization' as const), name: c.state }
            : home && !lacksLeaderTitle(home, t.title)
              ? { type: 'State' as const, name: home }
              : home && titleState.get(t.title)
                ? { type: 'State' as const, name: titleState.get(t.title)! }
                : !home &&
                    soleState &&
                    !titleStates.get(t.title)?.has(soleState) &&
                    !lacksLeaderTitle(soleState, t.title)
                  ? { type: 'State' as const, name: soleState }
                  : undefined);
        const owner = t.owner || c.mentions.some((x) => explicitOnly(x)) ? guessed : ownTitleHome(t.title, guessed);
        // An office whose state cannot be told is left out rather than guessed (its holder stays).
        if (!owner) continue;
        // "Special Envoy of the UN Secretary-General for Yemen": the title names its organisation already.
        const named = hits.some(
          (h) => h.name === owner.name && h.start >= t.start && h.end <= t.end && t.title.includes(h.surface),
        );
        const name = named ? t.title : officeName(t, ownerName(owner.name, owner.type));
        const props = { title: t.title, ...(owner ? { state: owner.name } : {}) };
        const okey = ctx.add('Office', name, { surface: t.surface, start: t.start, end: t.end }, t.rule, props);
        // "President of the Republic of Korea" is the same office as "President of South Korea": keep both forms.
        const official = owner.type === 'State' ? STATE_BY_NAME.get(owner.name)?.official : undefined;
        if (official && !t.ownerInside && !t.ownerAt)
          ctx.add(
            'Office',
            name,
            { surface: officeName(t, `the ${official}`), start: t.start, end: t.end },
            t.rule,
            props,
          );
        // Other usual forms of a short title: "Treasury Secretary" is the "Secretary of the Treasury"; "Trade
        // Representative" of the United States is the "United States Trade Representative".
        for (const alias of [
          ...titleForms(t.title, owner.name, ownerName(owner.name, owner.type)),
          ...(owner.type === 'State' ? spokespersonForms(t.title, owner.name) : []),
        ])
          ctx.add('Office', name, { surface: alias, start: t.start, end: t.end }, t.rule, props);
        if (t.written) {
          const w = { ...t, title: t.written };
          ctx.add(
            'Office',
            name,
            { surface: officeName(w, ownerName(owner.name, owner.type)), start: t.start, end: t.end },
            t.rule,
            props,
          );
        }
        ctx.relate('HOLDS_OFFICE', key, okey, m.sentence, t.rule, t.former);
        if (owner)
          ctx.relate('OFFICE_OF', okey, ownerKey(owner.name, owner.type), ctx.sentenceAt(t.start), 'office.owner');
        list.push({ key: okey, title: t.title, owner: owner?.name ?? '' });
      }
    }
  }
  // "Turkey's Ministers of Justice and Interior": offices of a state that the text names without a holder.
  for (const o of pluralOffices(ctx.text, hits)) {
    const okey = ctx.add(
      'Office',
      officeName(o, ownerName(o.owner, 'State')),
      o,
      'office.plural-title',
      {
        title: o.title,
        state: o.owner,
      },
      false,
    );
    ctx.relate('OFFICE_OF', okey, ownerKey(o.owner, 'State'), ctx.sentenceAt(o.start), 'office.owner');
  }
  return { clusters, personKey, offices, refs, ...(home ? { home } : {}) };
}

/** The other state of a bilateral readout: paired with the issuer in a compound ("Japan-Russia") in the opening lines. */
function counterpartState(ctx: Ctx, hits: GazetteerHit[], home: string | undefined): string | undefined {
  if (!home) return undefined;
  const limit = ctx.sentences[Math.min(3, ctx.sentences.length - 1)]?.end ?? 0;
  const others = new Set<string>();
  for (const a of hits) {
    if (a.start > limit || a.type !== 'State') continue;
    const b = hits.find((x) => x.start === a.end + 1 && ctx.text[a.end] === '-' && x.type === 'State');
    if (b && a.name === home) others.add(b.name);
    if (b && b.name === home) others.add(a.name);
  }
  if (others.size === 1) return [...others][0];
  if (others.size > 1) return undefined;
  // No "Japan-Russia" pairing: the one other state the readout keeps naming ("Iran" in a visit to Tehran).
  const count = new Map<string, number>();
  for (const h of hits) if (h.type === 'State' && h.name !== home) count.set(h.name, (count.get(h.name) ?? 0) + 1);
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked[0] && ranked[0][1] >= 3 && (ranked[1]?.[1] ?? 0) < ranked[0][1]) return ranked[0][0];
  // "welcomed King Abdullah II of Jordan": the guest's state, named with "of" in the opening lines.
  const guest = hits.find(
    (h) =>
      h.start <= limit &&
      h.type === 'State' &&
      h.name !== home &&
      !h.demonym &&
      /\b(?:with|welcomed|met|received|hosted|called)\b[^.\n]{0,60}\sof\s+(?:the\s+)?$/.test(
        ctx.text.slice(Math.max(0, h.start - 70), h.start),
      ),
  );
  return guest?.name;
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

function isoOf(name: string): { iso2?: string; iso3?: string } {
  const s = STATE_BY_NAME.get(name);
  return s ? { ...(s.iso2 ? { iso2: s.iso2 } : {}), ...(s.iso3 ? { iso3: s.iso3 } : {}) } : {};
}

/** Runs every extraction rule over the document's sentences. */
export function extractCandidates(doc: LoadedDocument, sentences: Sentence[]): Candidates {
  const ctx = new Ctx(doc, sentences);
  const gaz = findGazetteerHits(doc.text);
  const patternOrgs = findPatternOrgs(doc.text, gaz, ORG_HEADS);
  // An organisation named inside a longer organisation name ("Global Coalition against Daesh") is part of it.
  const inner = (h: GazetteerHit) =>
    h.type === 'Organization' &&
    !/\sof\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, h.start - 8), h.start)) &&
    patternOrgs.some((p) => p.start <= h.start && p.end >= h.end && p.end - p.start > h.end - h.start);
  const hits = [...gaz.filter((h) => !inner(h)), ...patternOrgs].sort((a, b) => a.start - b.start);
  const hitKeys = new Map<GazetteerHit, string>();
  const bodies = titleBodies(ctx, hits);
  for (const h of hits) {
    if (bodies.has(h.name)) continue;
    const rule =
      h.name !== h.surface && h.type === 'Organization' && !h.state && /^[A-Z][A-Za-z-]{1,9}$/.test(h.surface)
        ? 'org.acronym'
        : h.type === 'State'
          ? h.demonym
            ? 'state.demonym'
            : /side|delegation/.test(h.surface)
              ? 'state.side'
              : 'state.name'
          : 'org.name';
    hitKeys.set(h, ctx.add(h.type, h.name, h, rule, h.type === 'State' ? isoOf(h.name) : {}));
  }
  const home = issuingState(doc.text, hits, `${doc.source ?? ''} ${doc.url ?? ''}`);
  const people = addPeople(ctx, hits, hitKeys, home);
  const events = findEventsAndAgreements(ctx, hits, people);
  addRelations(ctx, hits, hitKeys, people, events);
  return { entities: ctx.entities, relations: ctx.relations };
}

/**
 * States of people whose titles do not say it, read from context: a list continuing a person of known state
 * ("US President Joe Biden, Secretary of State Antony Blinken"), "On the Chinese side, …", "the X delegation,
 * led by …", "…, represented the Lao PDR", and the counterpart "with" in a bilateral "Japan-China" sentence.
 */
function deriveStates(
  ctx: Ctx,
  mentions: PersonMention[],
  hits: GazetteerHit[],
  home: string | undefined,
  docCounterpart: string | undefined,
): Map<PersonMention, string> {
  const text = ctx.text;
  const out = new Map<PersonMention, string>();
  const own = (m: PersonMention) =>
    m.ofState ?? m.titles.find((t) => t.owner?.type === 'State')?.owner?.name ?? out.get(m);
  const stateHit = (h: GazetteerHit | undefined) =>
    h && (h.type === 'State' || h.type === 'Organization') ? h.name : undefined;
  for (const s of ctx.sentences) {
    const ms = mentions.filter((m) => m.sentence === s.index).sort((a, b) => a.start - b.start);
    const sh = hits.filter((h) => h.start >= s.start && h.end <= s.end);
    // "On the Chinese side, members … Yi Gang …": the whole sentence.
    const lead = /^(?:On|For)\s+the\s+/.exec(s.text);
    const leadSide = lead
      ? stateHit(sh.find((h) => h.start === s.start + lead[0].length - 4 || h.start === s.start + lead[0].length))
      : undefined;
    // Bilateral compound ("Japan-China", "Korea-Japan") with the issuer on one side.
    let counterpart: string | undefined = docCounterpart;
    for (const a of sh) {
      const b = sh.find((x) => x.start === a.end + 1 && text[a.end] === '-');
      if (b && home && a.name === home && b.type === 'State') counterpart = b.name;
      if (b && home && b.name === home && a.type === 'State') counterpart = a.name;
    }
    // "the New START Treaty between the United States and Russia, extended by Presidents Biden and Putin": the two
    // states of the sentence in order, else the readout's two sides ("Prime Ministers Howard and Abe").
    const pairStates = [...new Set(sh.filter((h) => h.type === 'State').map((h) => h.name))];
    const sidesOfPair = pairStates.length === 2 ? pairStates : home && docCounterpart ? [home, docCounterpart] : [];
    ms.forEach((m, i) => {
      if (own(m)) return;
      if (m.pair && sidesOfPair.length === 2) {
        out.set(m, sidesOfPair[m.pair.index]!);
        return;
      }
      const from = m.from ?? m.start;
      const prev = ms[i - 1];
      const gap = prev ? text.slice(prev.to ?? prev.end, from) : '';
      const before = text.slice(s.start, from);
      const after = text.slice(m.to ?? m.end, s.end);
      let st: string | undefined;
      // Two leaders side by side ("Prime Minister Abe and President Putin") are usually of two states.
      const leader = (x: PersonMention) => x.titles.some((t) => LEADER_TITLES.test(t.title));
      if (prev && /^\s*(,|;|,?\s*and)\s*$/.test(gap) && own(prev) && !(leader(m) && leader(prev))) st = own(prev);
      // "… met US President Joe Biden, who was accompanied by Secretary of State Antony Blinken".
      if (!st && prev && own(prev) && /\b(accompanied|joined|assisted)\s+by\s+$/.test(gap)) st = own(prev);
      const ledBy =
        /(?:the\s+(\S+(?:\s\S+)?)\s+(?:side|delegation)|delegation\s+of\s+(?:the\s+)?(?:Government\s+of\s+)?(\S+(?:\s\S+)?)),?\s+(?:was\s+)?(?:led|headed)\s+by\s+(?:\S+\s+){0,3}$/.exec(
          before,
        );
      if (!st && ledBy) {
        const at = s.start + ledBy.index;
        st = stateHit(sh.filter((h) => h.start >= at && h.end <= from).pop());
      }
      if (!st) {
        const rep = /^\s*,?\s*(?:represented|led|headed)\s+(?:the\s+)?/.exec(after);
        if (rep)
          st = stateHit(sh.find((h) => h.start >= (m.to ?? m.end) && h.start <= (m.to ?? m.end) + rep[0].length + 4));
      }
      if (!st && leadSide) st = leadSide;
      if (
        !st &&
        counterpart &&
        /\bwith\s+(?:\S+\s+){0,3}$/.test(before) &&
        !/\btogether\s+with\s+(?:\S+\s+){0,3}$/.test(before)
      )
        st = counterpart;
      if (
        !st &&
        counterpart &&
        home &&
        /\bwith\b/.test(after) &&
        /^\S*\s*$/.test(text.slice(s.start, from).replace(/^(On\s+\S+\s+\S+,?\s*)/, ''))
      )
        st = home;
      // Not a leader the state does not have ("Prime Minister Modi" is no US leader).
      if (st && !m.titles.some((t) => lacksLeaderTitle(st, t.title))) out.set(m, st);
    });
  }
  return out;
}
