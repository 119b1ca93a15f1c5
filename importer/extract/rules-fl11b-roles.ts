// The fl11b round's role rules (issue 6, construction 8): who acts for whom, read from three first-look samples in new
// styles and tested on made-up sentences in rules-fl11b.test.ts. Rule ids are what --explain prints.
import type { PersonCluster } from './persons-resolve.ts';
import type { RelKit } from './rel-kit.ts';
import { cueGate, sentenceCued } from './gates.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the fl11b role rules, as named data. */
export const FL11B_ROLE_PATTERNS = {
  /** The possessor before an agent's title: "the President-elect's Special Envoy to the Middle East, ". */
  possessorBefore: /\bthe\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s+[^,;.]{0,80},?\s*$/u,
  /**
   * Rule negotiates-for.team-behalf: a team or delegation that acts "on behalf of" a principal, then its head and
   * members ("The X negotiating team, which has been conducting the talks on behalf of the Prime Minister, is headed by
   * A and includes B and C").
   */
  teamBehalf:
    /\b(?:team|delegation|negotiators|panel)\b[^.;]{0,120}?\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?/i,
  /** …its head and members after it. */
  teamMembers:
    /\b(?:headed|led|chaired)\s+by\b|\binclud(?:es|ed|ing)\b|\bcompris(?:es|ed|ing)\b|\bcomposed\s+of\b|\bconsist(?:s|ed|ing)\s+of\b|\bmade\s+up\s+of\b/i,
  /** Only title words between "on behalf of" and the principal's name: "President His Excellency ". */
  titleGap: /^(?:\p{Lu}[\p{L}.-]*[^\S\n]+){0,4}$/u,
  /** A leader's title right after "on behalf of the": the principal named by office. */
  principalTitle:
    /^(President-elect|President|Prime Minister|Chancellor|Premier|King|Queen|Sultan|Emir|Amir|Crown Prince|Secretary-General|Chair|Chairperson)\b(?![\p{L}-])/u,
  /**
   * Rule negotiates-for.his-behalf: "X, who took part in the talks on his behalf": a relative clause of the agent that
   * acts "on his / her behalf".
   */
  hisBehalf: /^,?\s*who\b[^.;]{0,140}?\bon\s+(?:his|her)\s+behalf\b/i,
};

/** The one person holding an office whose bare title is `title`, preferring the owner `owner`. */
function holderOf(k: RelKit, title: string, owner?: string): PersonCluster | undefined {
  const holders = k.people.clusters.filter((c) =>
    (k.people.offices.get(c) ?? []).some((o) => o.title === title && (!owner || o.owner === owner)),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** The side a team is of: a demonym or state right before the team noun ("The Israeli negotiating team"). */
function teamSide(k: RelKit, s: Sentence, teamAt: number) {
  return k
    .hitsIn(s.start, teamAt)
    .filter(
      (h) =>
        (h.type === 'State' || h.type === 'Organization') && /^\s*(?:\S+\s+)?$/.test(k.ctx.text.slice(h.end, teamAt)),
    )
    .pop();
}

/**
 * Rule negotiates-for.team-behalf: "The Israeli negotiating team, which has been conducting the talks on behalf of the
 * Prime Minister, is headed by A and includes B, C and D": the head and the members act for the principal (a person
 * named, or the one holder of the leader's title named, of the team's side or of the issuer) and for the team's side.
 */
export function teamBehalf(k: RelKit, s: Sentence): void {
  const P = FL11B_ROLE_PATTERNS;
  const m = sentenceCued(k, s, TEAM_BEHALF_GATE) ? P.teamBehalf.exec(s.text) : null;
  if (!m || !P.teamMembers.test(s.text.slice(m.index + m[0].length))) return;
  const teamAt = s.start + m.index;
  const after = teamAt + m[0].length;
  const side = teamSide(k, s, teamAt);
  const ps = k.personsIn(s.index);
  // "The delegation was headed by A, who conducted the talks on behalf of B, and included C": the behalf is A's.
  if (ps.some(([p]) => (p.from ?? p.start) > teamAt && p.start < after)) return;
  // The principal right after "on behalf of (the)": a person (titles may come first), else a leader's title or a side.
  const named = ps.find(
    ([p]) =>
      (p.from ?? p.start) >= after - 1 && FL11B_ROLE_PATTERNS.titleGap.test(k.ctx.text.slice(after, p.from ?? p.start)),
  );
  const title = P.principalTitle.exec(k.ctx.text.slice(after, after + 30));
  const boss = named
    ? k.clusterOf.get(named[0])
    : title
      ? (holderOf(k, title[1]!, side?.name) ?? holderOf(k, title[1]!, k.people.home) ?? holderOf(k, title[1]!))
      : undefined;
  const hit = !boss ? k.hits.find((h) => h.start >= after - 1 && h.start < after + 4) : undefined;
  const principal = boss ? k.key(boss) : hit ? k.hitKeys.get(hit) : undefined;
  const sideKey = side ? k.hitKeys.get(side) : undefined;
  const from = named ? (named[0].to ?? named[0].end) : after;
  for (const [p, pk] of ps) {
    if ((p.from ?? p.start) < from || (boss && k.clusterOf.get(p) === boss)) continue;
    if (principal) k.ctx.relate('NEGOTIATES_FOR', pk, principal, s.index, 'negotiates-for.team-behalf');
    if (sideKey && sideKey !== principal)
      k.ctx.relate('NEGOTIATES_FOR', pk, sideKey, s.index, 'negotiates-for.team-behalf');
  }
}

/**
 * Rule negotiates-for.his-behalf: "the President-elect's Special Envoy, X, who took part in the final round of talks on
 * his behalf": the agent acts for the possessor of the title before the name (its one holder), else for the person
 * named just before the agent in the sentence.
 */
export function hisBehalf(k: RelKit, s: Sentence): void {
  const ps = k.personsIn(s.index);
  ps.forEach(([p, pk], i) => {
    const end = p.to ?? p.end;
    if (!FL11B_ROLE_PATTERNS.hisBehalf.test(k.ctx.text.slice(end, s.end))) return;
    const poss = FL11B_ROLE_PATTERNS.possessorBefore.exec(k.ctx.text.slice(s.start, p.from ?? p.start));
    const self = k.clusterOf.get(p);
    const boss = poss ? holderOf(k, poss[1]!) : i > 0 ? k.clusterOf.get(ps[i - 1]![0]) : undefined;
    if (boss && boss !== self) k.ctx.relate('NEGOTIATES_FOR', pk, k.key(boss), s.index, 'negotiates-for.his-behalf');
  });
}

/** The fl11b role rules, run before the fallbacks that give envoys their office's state. */
export function addFl11bRoles(k: RelKit): void {
  for (const s of k.ctx.sentences) {
    teamBehalf(k, s);
    hisBehalf(k, s);
  }
}

/** Sentences holding a word cue of FL11B_ROLE_PATTERNS.teamBehalf (perf29): the others hold no match of it. */
const TEAM_BEHALF_GATE = cueGate(FL11B_ROLE_PATTERNS.teamBehalf);
