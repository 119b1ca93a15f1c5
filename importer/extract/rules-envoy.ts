// Rule negotiates-for.envoy-of (issue 6, construction 8): "X travelled to Kyiv as special envoy of President Y",
// "X attended as envoy of the Chair of the OSCE, Foreign Minister Y", "X, Personal Representative of the Chair of the
// OSCE, …": the person before the role acts for the principal named after it, a person when one is named, else the
// state or organisation the role is "of".
import { holdsRoleBefore, titledListItem } from './rules-fl25a.ts';
import type { PersonMention } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { envoyTitleName } from './rules-fl14a.ts';
import { matchesIf } from './text.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the envoy rule, as named data. */
export const ENVOY_PATTERNS = {
  /** The role noun and its "of"/"to", any case: "special envoy of", "Personal Representative of the". */
  role: /\b(as\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?)?((?:special|personal|plenipotentiary)\s+(?:envoy|representative)|envoy|emissary|representative)\s+(of|to)\s+(?:the\s+)?/gi,
  /** "dispatched X to Warsaw as his special envoy": the role of the sentence's subject (rule negotiates-for.as-his-envoy). */
  asHisEnvoy: /\bas\s+(?:his|her)\s+(?:special\s+|personal\s+)?(?:envoy|representative|emissary)\b/gi,
  /** What the subject did to make the agent its envoy. */
  sendingVerb:
    /\b(?:dispatched|dispatches|sent|sends|appointed|appoints|named|names|designated|designates|tasked|mandated)\b/,
  /** The agent stands right before a role in apposition: "X, Special Envoy of". */
  apposition: /^\s*,\s*(?:the\s+)?$/,
  /** …or before an "as" clause of a few words: "X travelled to Kyiv as envoy of". */
  asClause: /^[^,;.]{0,80}$/,
  /** The principal is named straight after the role ("President Y") or after its title and a comma. */
  principalGap: /^[^,;()]{0,70}(?:,\s+)?$/,
  /** The title of a principal named by office alone: "the Chair of the OSCE", "the UN Secretary-General". */
  principalTitle:
    /\b(?:Chairperson-in-Office|Chairperson|Chairman|Chair|Secretary-General|Secretary General|President|Prime Minister|Chancellor|King)\b/i,
  /** The role's complement runs to the next comma, semicolon or clause word. */
  complementEnd: /[,;]|\s(?:who|which|and|met|held|to|in|on|at)\s/,
};

/** Trigger words of the envoy patterns, under their case flag: every match holds one (`mayMatch`). */
const ENVOY_NEEDS = {
  role: /envoy|emissary|representative/i,
  asHisEnvoy: /envoy|representative|emissary/i,
};

/** The agent of a role matched at `at`: the last person before it, in apposition or before an "as" clause. */
function agentBefore(k: RelKit, s: Sentence, at: number, asForm: boolean): [PersonMention, string] | undefined {
  const before = k
    .personsIn(s.index)
    .filter(([p]) => p.end <= at)
    .pop();
  if (!before) return undefined;
  // The mention may already hold the role as its apposition: "Ambassador X, Special Envoy of …".
  const end = Math.min(before[0].to ?? before[0].end, at);
  if ((before[0].to ?? before[0].end) > at && !asForm) return before;
  const gap = k.ctx.text.slice(end, at);
  // negotiates-for.envoy-not-own-holder (rules-fl25a.ts): "the Special Envoy of A, Mr X, the Special Envoy of B, Mr Y".
  if (!asForm && titledListItem(before[0], gap)) return undefined;
  return (asForm ? ENVOY_PATTERNS.asClause : ENVOY_PATTERNS.apposition).test(gap) ? before : undefined;
}

/** The principal named after the role: a person within the complement or in apposition to it. */
function personAfter(k: RelKit, s: Sentence, from: number): string | undefined {
  const text = k.ctx.text;
  const person = k.personsIn(s.index).find(([p]) => {
    // negotiates-for.envoy-not-own-holder (rules-fl25a.ts): "…, the Special Envoy of the Chairperson …, Mr Y": Y holds
    // the role written before the comma, so Y is no principal.
    if (holdsRoleBefore(p, from)) return false;
    const pFrom = (p.from ?? p.start) >= from ? (p.from ?? p.start) : p.start;
    return pFrom >= from && ENVOY_PATTERNS.principalGap.test(text.slice(from, pFrom));
  });
  return person?.[1];
}

/** With no person named: the holder of the principal's title ("the UN Secretary-General"), else the side "of". */
function sideAfter(k: RelKit, s: Sentence, from: number): string | undefined {
  const text = k.ctx.text;
  const end = ENVOY_PATTERNS.complementEnd.exec(text.slice(from, s.end));
  const stop = from + (end ? end.index : s.end - from);
  // A person named inside the complement who is not its head is no principal, nor is their state.
  if (k.personsIn(s.index).some(([p]) => p.start >= from && p.start < stop)) return undefined;
  const side = k
    .hitsIn(from, stop)
    .find((h) => (h.type === 'State' || h.type === 'Organization') && h.start >= from && h.end <= stop);
  const title = ENVOY_PATTERNS.principalTitle.exec(text.slice(from, stop));
  const holder = title && side ? titleHolder(k, title[0], side.name) : undefined;
  return holder ?? (side ? k.hitKeys.get(side) : undefined);
}

/** The one person of the readout holding `title` of `owner` ("the UN Secretary-General" → its holder). */
function titleHolder(k: RelKit, title: string, owner: string): string | undefined {
  const t = title.toLowerCase();
  const holders = k.people.clusters.filter((c) =>
    (k.people.offices.get(c) ?? []).some((o) => o.owner === owner && o.title.toLowerCase().startsWith(t)),
  );
  return holders.length === 1 ? k.key(holders[0]!) : undefined;
}

/**
 * Rule negotiates-for.envoy-of: an envoy or representative "of"/"to" a principal acts for that principal. The pass
 * `person` takes principals named after the role; the pass `side` (run after the other role rules) the holder of a
 * principal's title or the side "of", for agents that act for nobody yet.
 */
export function envoyOf(k: RelKit, s: Sentence, pass: 'person' | 'side'): void {
  for (const m of matchesIf(s.text, ENVOY_PATTERNS.role, ENVOY_NEEDS.role)) {
    const asForm = Boolean(m[1]);
    // A bare "representative" is a role only in an "as" clause: "as representative of the Secretary-General".
    if (!asForm && /^representative$/i.test(m[2]!)) continue;
    const at = s.start + m.index;
    const agent = agentBefore(k, s, at, asForm);
    if (!agent) continue;
    const from = at + m[0].length;
    const principal =
      pass === 'person'
        ? personAfter(k, s, from)
        : /^of$/i.test(m[3]!) && !k.ctx.hasRelationFrom('NEGOTIATES_FOR', agent[1])
          ? sideAfter(k, s, from)
          : undefined;
    if (principal && principal !== agent[1])
      k.ctx.relate('NEGOTIATES_FOR', agent[1], principal, s.index, 'negotiates-for.envoy-of');
  }
  if (pass !== 'person') return;
  // negotiates-for.envoy-title-name (fl14a): "the Special Envoy of President Y for Latin America, X".
  const ps = k.personsIn(s.index);
  const keyOf = new Map(ps.map(([p, key]) => [p, key]));
  for (const [agent, principal] of envoyTitleName(
    k.ctx.text,
    s,
    ps.map(([p]) => p),
  )) {
    const [a, b] = [keyOf.get(agent)!, keyOf.get(principal)!];
    if (a !== b) k.ctx.relate('NEGOTIATES_FOR', a, b, s.index, 'negotiates-for.envoy-title-name');
  }
}

/**
 * Rule negotiates-for.as-his-envoy: "President X dispatched Ambassador Y to Warsaw as his special envoy": the person
 * before "as" acts for the person the sentence opens with.
 */
export function asHisEnvoy(k: RelKit, s: Sentence): void {
  for (const m of matchesIf(s.text, ENVOY_PATTERNS.asHisEnvoy, ENVOY_NEEDS.asHisEnvoy)) {
    const at = s.start + m.index;
    const agent = agentBefore(k, s, at, true);
    const subject = k.personsIn(s.index)[0];
    if (!agent || !subject || subject[0].start >= agent[0].start || subject[1] === agent[1]) continue;
    // The subject sent or named the agent: "dispatched", "appointed", "sent".
    const verb = k.ctx.text.slice(subject[0].to ?? subject[0].end, agent[0].from ?? agent[0].start);
    if (!ENVOY_PATTERNS.sendingVerb.test(verb)) continue;
    // negotiates-for.not-passive-sender (rol15): "X, designated by President Y as his representative": in the passive
    // the person before "as" is the one who sends.
    if (/\bby\s+(?:[\p{L}.'’-]+\s+){0,4}$/u.test(k.ctx.text.slice(subject[0].to ?? subject[0].end, agent[0].start)))
      continue;
    k.ctx.relate('NEGOTIATES_FOR', agent[1], subject[1], s.index, 'negotiates-for.as-his-envoy');
  }
}
