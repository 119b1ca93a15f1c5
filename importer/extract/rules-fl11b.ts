// The fl11b round's rules (issue 6, constructions 1, 2, 6 and 8), written on three first-look samples in styles
// new to the project (a Gulf wire agency, a prime minister's office, a Latin American foreign ministry in English)
// and tested on made-up sentences in rules-fl11b.test.ts. Rule ids are what --explain prints.
import { MONTHS, REGION_WORDS, SEATS_OF_GOVERNMENT, TITLE_HEADS, WEEKDAYS } from './lexicons.ts';
import type { PersonCluster } from './persons-resolve.ts';
import type { RelKit } from './rel-kit.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the fl11b rules, as named data. */
export const FL11B_PATTERNS = {
  /** Rule person.month-surname: a month word that no day number or year follows. */
  notDateAfter: /^(?![^\S\n]*,?[^\S\n]*\d)/,
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
  /** Rule office.behalf-principal: "… on behalf of " right before a principal's bare title. */
  behalfBefore: /\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?$/i,
  /** The possessor before an agent's title: "the President-elect's Special Envoy to the Middle East, ". */
  possessorBefore: /\bthe\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s+[^,;.]{0,80},?\s*$/u,
  /**
   * Rule office.organ-prefix: an agency's name or acronym before the head of one of its offices ("Mossad Director X",
   * "ISA Director Y", "White House Middle East Coordinator Z", "Kremlin Spokesman W"): one to three capitalised words
   * (regions may follow), then a head that an agency's officer bears.
   */
  organPrefix:
    /^((?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+)(?:[^\S\n]+\p{Lu}[\p{Ll}-]+){0,3})[^\S\n]+(?=(?:Director-General|Director General|Director|Coordinator|Spokesperson|Spokesman|Spokeswoman|Press Secretary|Chief of Staff)(?![\p{L}-]))/u,
};

/** Words that never name an agency before a title: months, days, titles, determiners and sentence adverbs. */
const NOT_ORGAN = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...TITLE_HEADS.flatMap((t) => t.split(/\s+/)),
  ...'The This That These Those A An On In At For And But By With From To Of As Its His Her Their Our Both Also Today Yesterday Tomorrow Later Earlier Meanwhile Then Deputy Vice Senior Acting Former Executive Assistant Associate Regional National Federal State Foreign Special General'.split(
    ' ',
  ),
]);
const REGIONS = new Set(REGION_WORDS);

const MONTH_SET = new Set(MONTHS);

/**
 * Rule person.month-surname: "Prime Minister Theresa May", "Ms Anne June said": a month word right after a given name,
 * closing the capitalised chain and followed by no day number or year, is the surname. `chain` is the capitalised
 * chain as read, `cleaned` the name before the month was cut, `after` the text after the chain. Returns the name with
 * its surname, or undefined.
 */
export function monthSurname(chain: string, cleaned: string, after: string): string | undefined {
  const toks = chain.replace(/['’]s$/, '').split(/\s+/);
  const got = cleaned ? cleaned.split(/\s+/).length : 0;
  if (got < 1 || toks.length !== got + 1 || !MONTH_SET.has(toks[got]!)) return undefined;
  if (!FL11B_PATTERNS.notDateAfter.test(after)) return undefined;
  return `${cleaned} ${toks[got]}`;
}

/**
 * Rule office.organ-prefix: an agency's name before an officer's head at the start of `rest` ("Mossad " in "Mossad
 * Director David Barnea"): its length, and the state it stands for when it is a seat of government ("White House
 * Middle East Coordinator" is the United States'). Region words may close the prefix. Undefined when there is none.
 */
export function organPrefix(rest: string): { length: number; seat?: string } | undefined {
  const m = FL11B_PATTERNS.organPrefix.exec(rest);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  let organ = words.length;
  while (organ > 0 && REGIONS.has(words[organ - 1]!)) organ--;
  const name = words.slice(0, organ).join(' ');
  if (SEATS_OF_GOVERNMENT[name]) return { length: m[0].length, seat: SEATS_OF_GOVERNMENT[name] };
  if (organ === 0 || words.slice(0, organ).some((w) => NOT_ORGAN.has(w))) return undefined;
  return { length: m[0].length };
}

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
  const P = FL11B_PATTERNS;
  const m = P.teamBehalf.exec(s.text);
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
      (p.from ?? p.start) >= after - 1 && FL11B_PATTERNS.titleGap.test(k.ctx.text.slice(after, p.from ?? p.start)),
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
    if (!FL11B_PATTERNS.hisBehalf.test(k.ctx.text.slice(end, s.end))) return;
    const poss = FL11B_PATTERNS.possessorBefore.exec(k.ctx.text.slice(s.start, p.from ?? p.start));
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

/**
 * Rule office.behalf-principal: "B, Special Envoy of the President of the United States, who is conducting the talks on
 * behalf of President Z": the bare title of the principal named after "on behalf of" is the office an agent's title in
 * the same sentence names with its state ("of the President of the United States"). `states` are the sentence's state
 * hits before the title. Returns that state's name, or undefined.
 */
export function behalfPrincipalState(
  text: string,
  sentenceStart: number,
  titleStart: number,
  title: string,
  states: readonly { start: number; name: string }[],
): string | undefined {
  if (!FL11B_PATTERNS.behalfBefore.test(text.slice(Math.max(sentenceStart, titleStart - 24), titleStart)))
    return undefined;
  const before = text.slice(sentenceStart, titleStart);
  const named = new RegExp(`\\bof\\s+the\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+of\\s+(?:the\\s+)?$`);
  const found = states.filter((h) => named.test(before.slice(0, h.start - sentenceStart)));
  return found.length === 1 ? found[0]!.name : undefined;
}
