// The fl13a round's participation rule (issue 6): a call or a visit whose maker the sentence names by a title alone.
// Tested on made-up sentences in rules-fl13a.test.ts; the rule id is what --explain prints.
import { EVENT_GROUP_HELD_HEADS } from './rules-fl26b.ts';
import { FL14B_PATTERNS } from './rules-fl14b.ts';
import type { Ctx } from './context.ts';
import { matchesIf } from './text.ts';
import { officeIdentityKey } from './office-identity.ts';
import type { RelKit } from './rel-kit.ts';
import { STATES } from './states.ts';
import type { Found, PersonCluster } from './types.ts';

/** Patterns of the rule participated.title-caller, as named data. */
export const FL13A_EVENT_PATTERNS = {
  /**
   * The end of the text before a call or a visit: "the <state's demonym> <title> (then) paid a (courtesy) " or "… paid
   * an official ", the subject a title of up to five capitalised words.
   */
  titleMaker:
    /\bthe[^\S\n]+((?:\p{Lu}[\p{L}-]*[^\S\n]+){1,5})(?:(?:also|then|later|first)[^\S\n]+)?(?:paid|pays|made|makes)[^\S\n]+(?:a|an)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}$/u,
  /**
   * Rule participated.earlier-rounds: a sentence that builds on or follows up earlier meetings ("builds on the two rounds
   * of talks held in Ankara", "follows up on the consultative meeting held in Jeddah"): the people it names after that
   * took part in those, not in the readout's own meeting.
   */
  buildsOnMeeting:
    /\b(?:builds?|built|building)[^\S\n]+(?:up[^\S\n]+)?on[^\S\n]+(?:the|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}(?:rounds?|meetings?|talks|summits?|negotiations|consultations)\b/i,
  /** Event names the rule serves: calls and visits. */
  callOrVisit: /\b(?:call|visit)\b/i,
};

const STATE_OF_WORD = new Map<string, string>();
for (const s of STATES) for (const d of [...s.demonyms, ...s.names]) if (!d.includes(' ')) STATE_OF_WORD.set(d, s.name);

/**
 * The one person of the readout who holds the office a title subject names ("Chinese Foreign Minister": the Minister of
 * Foreign Affairs of China), or undefined when none or several do. A title with no state word takes any owner.
 */
export function titleSubjectHolder(
  subject: string,
  clusters: readonly PersonCluster[],
  officesOf: (c: PersonCluster) => readonly { title: string; owner: string }[],
): PersonCluster | undefined {
  const words = subject.trim().split(/\s+/);
  const state = STATE_OF_WORD.get(words[0]!);
  const title = (state ? words.slice(1) : words).join(' ');
  if (!title) return undefined;
  const want = (owner: string) => officeIdentityKey(`${title} of ${owner}`);
  const holders = clusters.filter((c) =>
    officesOf(c).some(
      (o) => (!state || o.owner === state) && officeIdentityKey(`${o.title} of ${o.owner}`) === want(o.owner),
    ),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * Rule participated.title-caller: "On 28 January, the Chinese Foreign Minister paid a courtesy call on Prime Minister
 * X": the call's (or visit's) maker, told by a title that one person of the readout holds, took part in it.
 */
export function participateTitleCaller(k: RelKit): void {
  const { ctx, ev, people, nameOf } = k;
  for (const e of ev.eventMentions.filter((x) => !x.planned && FL13A_EVENT_PATTERNS.callOrVisit.test(nameOf(x)))) {
    const s = ctx.sentences[e.sentence]!;
    const m = FL13A_EVENT_PATTERNS.titleMaker.exec(ctx.text.slice(s.start, e.start));
    if (!m) continue;
    const holder = titleSubjectHolder(m[1]!, people.clusters, (c) => people.offices.get(c) ?? []);
    if (holder) k.participate(e, holder, e.sentence, 'participated.title-caller');
  }
}

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/**
 * Rule event.possessive-with: "recalled his meeting with President X in Beijing on the sidelines of …", "her talks with
 * Y in Geneva": a meeting known by its possessor, its counterpart and its place, named "<kind> in <place>". The readout's
 * own meeting is told otherwise; this is another one.
 */
export const POSSESSIVE_WITH =
  /\b(?:his|her|their)[^\S\n]+(meeting|talks|summit|conversation)[^\S\n]+with[^\S\n]+((?:[^.;,\n](?!\bin[^\S\n]))*?[^\S\n])in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)\b/gu;

export function findPossessiveWith(ctx: Ctx, add: AddEvent): void {
  for (const m of ctx.text.matchAll(POSSESSIVE_WITH)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const f = add('Event', m[0].slice(m[0].indexOf(m[1]!)), at, 'event.possessive-with');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.possessive-with') continue;
    f.name = `${m[1]!} in ${m[3]!}`;
    ctx.rename(e.key, f.name);
  }
}

/**
 * Rule participated.possessor: "The Prime Minister recalled his meeting with President X in Beijing": the person the
 * sentence names last before the possessive (the subject "his" refers to) held that meeting with X.
 */
export function participatePossessor(k: RelKit): void {
  const { ctx, ev, clusterOf, personsIn } = k;
  for (const e of ev.eventMentions.filter((x) => ctx.entity(x.key)?.rule === 'event.possessive-with')) {
    const s = ctx.sentences[e.sentence]!;
    const before = personsIn(e.sentence)
      .filter(([m]) => (m.to ?? m.end) <= e.start && m.start >= s.start)
      .sort((a, b) => a[0].start - b[0].start)
      .pop();
    if (!before || /[;:]/.test(ctx.text.slice(before[0].to ?? before[0].end, e.start))) continue;
    k.participate(e, clusterOf.get(before[0])!, e.sentence, 'participated.possessor');
  }
}

/**
 * Rule event.group-held: "the three leaders then held a trilateral meeting", "The two Foreign Ministers then held
 * talks": a session told by the number of those who held it, its kind the noun after "held"; named "<kind> of the
 * <number> <group>". Only what was held (no "will hold").
 */
export const GROUP_HELD = new RegExp(
  `\\b[Tt]he[^\\S\\n]+(two|three|four|five)[^\\S\\n]+((?:\\p{Lu}[\\p{L}-]*[^\\S\\n]+){0,3}(?:leaders|Ministers|Presidents|Foreign[^\\S\\n]+Ministers|${EVENT_GROUP_HELD_HEADS.group}))[^\\S\\n]+(?:(?:then|later|also|subsequently|first)[^\\S\\n]+)?held[^\\S\\n]+(?:(?:a|an)[^\\S\\n]+)?((?:(?:bilateral|trilateral|restricted|expanded|separate|further)[^\\S\\n]+)?(?:talks|meeting|consultations|discussions))\\b`,
  'gu',
);

/**
 * Rule event.sidelines-held: "On the sidelines of the meeting, A held a bilateral meeting with B": a meeting of its own
 * within the readout's (the definite "the meeting" is the readout's own); its kind the noun after "held".
 */
export const SIDELINES_HELD =
  /\b[Oo]n[^\S\n]+the[^\S\n]+(?:sidelines|margins)[^\S\n]+of[^\S\n]+the[^\S\n]+(?:meeting|summit|conference|talks|visit|session|forum)[^\S\n]*,(?:(?:Mr|Ms|Mrs|Dr)\.|[^.;\n]){1,80}?\b(?:held|had)[^\S\n]+(?:(?:a|an)[^\S\n]+)?((?:bilateral|separate|one-on-one)[^\S\n]+(?:talks|meeting))[^\S\n]+with\b/gu;

/** What every match of GROUP_HELD and SIDELINES_HELD holds (`mayMatch`). */
const GROUP_HELD_NEEDS = ['held'];
const SIDELINES_HELD_NEEDS = ['sidelines', 'margins'];

const VISIT = /\bvisit\b/i;
const QUALIFIED_KIND = /^(?:bilateral|trilateral|restricted|expanded|separate|further)\s/;

export function findGroupHeld(ctx: Ctx, main: Found | undefined, add: AddEvent): void {
  for (const [re, rule, needs] of [
    [GROUP_HELD, 'event.group-held', GROUP_HELD_NEEDS],
    [SIDELINES_HELD, 'event.sidelines-held', SIDELINES_HELD_NEEDS],
  ] as const)
    for (const m of matchesIf(ctx.text, re, needs)) {
      const kind = rule === 'event.group-held' ? m[3]! : m[1]!;
      // "Prime Minister X welcomed Prime Minister Y … The two leaders then held talks": plain talks after a meeting
      // told already are that meeting; only a visit has such sessions, or a kind of its own ("trilateral meeting").
      if (rule === 'event.group-held' && main && !VISIT.test(main.name) && !QUALIFIED_KIND.test(kind)) continue;
      // One noun is no name: a group's session is read from its number on ("two Foreign Ministers then held talks");
      // a qualified kind ("trilateral meeting") is a name as it stands.
      const plain = rule === 'event.group-held' && !QUALIFIED_KIND.test(kind);
      const from = plain ? m[0].indexOf(m[1]!) : m[0].lastIndexOf(kind);
      const f = add('Event', m[0].slice(from, m[0].lastIndexOf(kind) + kind.length), m.index + from, rule);
      const e = f && ctx.entity(f.key);
      if (!f || !e || e.rule !== rule || f.key === main?.key) continue;
      if (plain) {
        f.name = `${kind} of the ${m[1]!} ${m[2]!.replace(/\s+/g, ' ')}`;
        ctx.rename(e.key, f.name);
      }
    }
}

/** The rule id of event.group-held, for the rules that leave its sessions to it. */
export const GROUP_HELD_RULE = 'event.group-held';

/** Whether an event was found by event.sidelines-held (its "on the sidelines of" names the whole, not the part). */
export const sidelinesHeld = (rule: string): boolean => rule === 'event.sidelines-held';

/** The people a group noun of event.group-held stands for: leaders, or holders of the titles it names. */
function groupMembers(k: RelKit, group: string, pool: readonly PersonCluster[]): PersonCluster[] {
  if (EVENT_GROUP_HELD_HEADS.leaders.test(group)) return pool.filter((c) => k.leaders.includes(c));
  const head = group.replace(/Ministers$/, 'Minister').trim();
  const want = (o: { title: string; owner: string }) =>
    officeIdentityKey(`${head} of ${o.owner}`) === officeIdentityKey(`${o.title} of ${o.owner}`) ||
    (head === 'Minister' && /\bMinister\b/.test(o.title));
  return pool.filter((c) => (k.people.offices.get(c) ?? []).some(want));
}

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * Rules part-of.group-held and participated.group-held: a session "the three leaders then held" is part of the readout's
 * own meeting, and its holders are the people of that meeting the group noun names (leaders, or holders of the title)
 * when their number is the one the text gives; else, the readout's people with that title.
 */
export function groupHeldRelations(k: RelKit): void {
  const { ctx, ev, main, participants } = k;
  for (const e of ev.eventMentions.filter((x) => ctx.entity(x.key)?.rule === 'event.group-held')) {
    const s = ctx.sentences[e.sentence]!;
    const m = new RegExp(GROUP_HELD.source, 'u').exec(s.text);
    if (!m) continue;
    const n = COUNT[m[1]!]!;
    const group = m[2]!.replace(/\s+/g, ' ');
    // part-of.not-before-after (fl14b): "Before the Summit, the two Prime Ministers held bilateral talks": a session held
    // before or after the readout's meeting is no part of it.
    if (main && main.key !== e.key && !FL14B_PATTERNS.beforeAfterMain.test(s.text))
      ctx.relate('PART_OF', e.key, main.key, e.sentence, 'part-of.group-held');
    const inMain = groupMembers(k, group, [...(main ? (participants.get(main.key) ?? []) : [])]);
    const all = groupMembers(k, group, k.people.clusters);
    const told = main
      ? groupMembers(k, group, [...new Set(k.personsIn(main.sentence).map(([x]) => k.clusterOf.get(x)!))])
      : [];
    const holders = [inMain, told, all].find((x) => x.length === n) ?? [];
    for (const c of holders) k.participate(e, c, e.sentence, 'participated.group-held');
  }
}
