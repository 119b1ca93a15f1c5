// Participation and PART_OF: who took part in which event (same sentence, "the two leaders", delegations,
// attendance lists), and events held on the occasion / margins of another or as its sessions.
import type { Found } from './events.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { INCIDENT_NAME, PLANNED, type RelKit } from './rel-kit.ts';

const PART_OF_RE = /\b(?:on|at)\s+the\s+(?:occasion|margins?|sidelines?|fringes?)\s+of\b/i;
const ATTEND_RE = /\b(?:to attend|attending|while attending|in order to attend)\b/i;
const ATTENDED_RE =
  /\b(attended|represented|was also present|were also present|were present|was present|joined|accompanied)\b/i;
const TWO_LEADERS =
  /\b(the two|both) (leaders|ministers|foreign ministers|presidents|prime ministers|heads of state|sides)\b/i;
/** A mention of the readout's own event without its name: "the Meeting", "the talks", "the round". */
const MAIN_ALIAS =
  /\bthe\s+(?:[\w-]+\s+)?(Meeting|Summit|Dialogue|meeting|summit|talks|call|conversation|round|visit|consultations|negotiations|ceremony|mission|Visit)\b/;
/** The opening's own telling of the main event: "Vladimir Putin had a telephone conversation with …". */
const OPENING_ALIAS =
  /\b(?:had|held|holds|has)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|summit|talks|call|conversation|telephone conversation|telephone talk|video conference)\b/i;
const CONTINUE_RE = /\b(met|meets|held talks|was received|were received|called on|paid a courtesy call|had talks)\b/i;
const HELD_RE =
  /\b(held|hold|holds|met|meets|attended|attending|attend|took part|participated|joined|visited|hosted|spoke|speaks|talked|had an? (?:[\w-]+\s+)?(?:telephone conversation|conversation|call|talk|meeting|exchange)|launched|opened|co-chaired|chaired|led|headed|accompanied|signed|put their signatures|received|were present|was present|travelled|traveled|arrived|represented|convened)\b/i;

/** Adds PARTICIPATED_IN and PART_OF relations. */
export function addParticipation(k: RelKit): void {
  const { ctx, ev, clusterOf, personsIn, leaders, main, mainName, nameOf, participants, participate } = k;
  // Participation: people named in a sentence that mentions a held event with a meeting verb.
  const mainSentences = new Set(
    ctx.entities.filter((c) => c.type === 'Event' && c.name === mainName).map((c) => c.sentence),
  );
  const inMain = new Set<PersonCluster>();
  let lastMainSentence = -1;
  let mainCount = 0;
  // People named in the main event's own name ("Telephone conversation with Prime Minister … Netanyahu",
  // "Mission of Mr Emmanuel Bonne … to Tehran") take part in it.
  if (main)
    for (const c of ctx.entities.filter((x) => x.type === 'Event' && x.name === mainName && x.end > x.start))
      for (const [m] of [...k.people.personKey.entries()].filter(([p]) => p.start >= c.start && p.end <= c.end))
        participate(main, clusterOf.get(m)!, m.sentence, 'participated.named-in-event');
  for (const s of ctx.sentences) {
    if (PLANNED.test(s.text)) continue;
    const evs = ev.eventMentions.filter((e) => e.sentence === s.index && !e.planned && nameOf(e) !== mainName);
    const firstProse = ctx.sentences.find((x) => !x.heading)?.index;
    const aliasOfMain =
      !evs.length && (MAIN_ALIAS.test(s.text) || (s.index === firstProse && OPENING_ALIAS.test(s.text)));
    const mentionsMain = main && (mainSentences.has(s.index) || aliasOfMain);
    const ps = personsIn(s.index);
    const held = HELD_RE.test(s.text);
    if (held) {
      // "the Japan-ROK Summit Meeting with Mr. Moon Jae-in, …, and the Japan-China Summit Meeting with … Li Keqiang":
      // a person named "with" one meeting of a list did not attend the others that name their own counterpart.
      const boundTo = new Map<PersonCluster, Found>();
      for (const e of evs)
        for (const [m] of ps) {
          const gap = ctx.text.slice(e.end, m.from ?? m.start);
          if ((m.from ?? m.start) > e.end && /^,?\s+with\s+(?:[\w.]+\s+){0,3}$/.test(gap))
            boundTo.set(clusterOf.get(m)!, e);
        }
      const hasOwn = new Set(boundTo.values());
      for (const e of evs) {
        // Nobody takes part in an attack or a downing told beside a meeting.
        if (INCIDENT_NAME.test(nameOf(e))) continue;
        for (const [m] of ps) {
          const b = boundTo.get(clusterOf.get(m)!);
          if (b && b !== e && hasOwn.has(e)) continue;
          participate(e, clusterOf.get(m)!, s.index, 'participated.same-sentence');
        }
      }
      if (main && mentionsMain)
        for (const [m] of ps) participate(main, clusterOf.get(m)!, s.index, 'participated.main-sentence');
    }
    // "the leaders" of a two-leader readout are those two.
    const twoLeaders =
      TWO_LEADERS.test(s.text) || (leaders.length === 2 && /\bthe (leaders|presidents)\b/i.test(s.text));
    // "the two ministers" are the two ministers who held the main event; "the two leaders" the two heads.
    const noun = TWO_LEADERS.exec(s.text)?.[2]?.toLowerCase() ?? 'leaders';
    const mainPair = main ? [...(participants.get(main.key) ?? [])] : [];
    const pair =
      /ministers|sides/.test(noun) && !/prime/.test(noun) && mainPair.length === 2 ? mainPair : leaders.slice(0, 2);
    const pairInMain = !mainPair.length || pair.every((c) => mainPair.includes(c));
    // "the leaders noted … their Hamburg meeting": the pair's own earlier meeting, whatever the verb.
    const theirs = twoLeaders
      ? evs.filter(
          (e) =>
            !INCIDENT_NAME.test(nameOf(e)) &&
            /\btheir\s+(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(Math.max(s.start, e.start - 30), e.start)),
        )
      : [];
    for (const e of theirs) for (const c of pair) participate(e, c, s.index, 'participated.their-event');
    if (twoLeaders && held) {
      // "the two leaders presented the results at a joint press conference": the sessions named with them too.
      const sessions = evs.filter((e) => ctx.entities.find((c) => c.key === e.key)!.rule.startsWith('event.session'));
      // "instructions given by the two leaders at the Japan-ROK Summit Meeting held in Seoul": that meeting.
      const at = evs.find(
        (e) =>
          !INCIDENT_NAME.test(nameOf(e)) &&
          /\b(?:at|during|in)\s+(?:the|their|a)\s+(?:[\w-]+\s+){0,2}$/.test(
            ctx.text.slice(Math.max(s.start, e.start - 30), e.start),
          ),
      );
      const other = at
        ? [at]
        : evs.length === 1 && !INCIDENT_NAME.test(nameOf(evs[0]!)) && /\b(at|during|held)\b/.test(s.text)
          ? evs
          : [];
      const targets =
        main && (mentionsMain || !evs.length) && !at && pairInMain ? [main, ...sessions] : [...sessions, ...other];
      for (const e of targets) for (const c of pair) participate(e, c, s.index, 'participated.the-two-leaders');
    }
    // Delegation heads, the people a visitor met, and who else attended: "The UK delegation was led by …",
    // "In Tehran, Mr Bonne met …", "… represented the Lao PDR", "Pence … attended the ceremony".
    if (main && !evs.length && ps.length) {
      const ledBy = [...s.text.matchAll(/\b(?:led|headed|accompanied)\s+by\s+/gi)].map(
        (x) => s.start + x.index + x[0].length,
      );
      const ledThe = /\b(?:led|headed)\s+the\s+(?:\S+\s+)?(?:delegation|side|team)\b/i.test(s.text);
      const withKnown = CONTINUE_RE.test(s.text) && ps.some(([m]) => inMain.has(clusterOf.get(m)!));
      const streak = ATTENDED_RE.test(s.text) && lastMainSentence === s.index - 1;
      const signing = /^signing\b/.test(mainName ?? '') && /\b(signed|signatures?)\b/i.test(s.text);
      for (const [m] of ps) {
        const from = m.from ?? m.start;
        const led =
          ledBy.some((at) => from >= at && from - at < 4) ||
          (ledThe && from < s.start + s.text.search(/\b(?:led|headed)\s+the\b/i));
        if (led || withKnown || streak || signing)
          participate(
            main,
            clusterOf.get(m)!,
            s.index,
            led
              ? 'participated.delegation'
              : withKnown
                ? 'participated.met-visitor'
                : streak
                  ? 'participated.attended'
                  : 'participated.signed',
          );
      }
    }
    if (main && participants.get(main.key)?.size !== mainCount) {
      lastMainSentence = s.index;
      mainCount = participants.get(main.key)?.size ?? 0;
    }
    if (main) for (const c of participants.get(main.key) ?? []) inMain.add(c);
  }
  if (main && !participants.get(main.key)?.size)
    for (const c of leaders.slice(0, 2)) participate(main, c, main.sentence, 'participated.main-leaders');

  // PART_OF: "on the occasion / margins / sidelines of <event>", "in Beijing to attend <event>, held <event>";
  // sessions of the main event ("small-group meeting", "joint press conference").
  const partOf = (child: Found, parent: Found, si: number, rule: string) => {
    if (nameOf(child) === nameOf(parent)) return;
    ctx.relate('PART_OF', child.key, parent.key, si, rule);
    parent.planned = false;
    for (const c of participants.get(child.key) ?? []) participate(parent, c, si, 'participated.part-of');
    if (child.key === main?.key)
      for (const c of participants.get(main.key) ?? []) participate(parent, c, si, 'participated.part-of');
  };
  for (const s of ctx.sentences) {
    const inS = ev.eventMentions.filter((e) => e.sentence === s.index);
    const m = PART_OF_RE.exec(s.text) ?? ATTEND_RE.exec(s.text);
    if (m) {
      const at = s.start + m.index;
      const parent = inS.find((e) => e.start > at);
      const child =
        (parent && inS.find((e) => nameOf(e) !== nameOf(parent) && !INCIDENT_NAME.test(nameOf(e)))) ??
        (main && parent && nameOf(main) !== nameOf(parent) ? main : undefined);
      if (parent && child) partOf(child, parent, s.index, 'part-of.occasion');
    }
    // "President Yoon, who arrived in Tokyo for a two-day working visit to Japan, held a Korea-Japan summit": the
    // meeting is part of the visit, which the visitor (named before it) made.
    const visit = inS.find(
      (e) =>
        /\bvisit/i.test(nameOf(e)) &&
        /\b(?:for|on|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}$/.test(
          ctx.text.slice(Math.max(s.start, e.start - 40), e.start),
        ),
    );
    if (main && visit && mainSentences.has(s.index) && nameOf(visit) !== mainName) {
      ctx.relate('PART_OF', main.key, visit.key, s.index, 'part-of.during-visit');
      for (const [m] of personsIn(s.index).filter(([x]) => x.start < visit.start))
        participate(visit, clusterOf.get(m)!, s.index, 'participated.visitor');
    }
    if (main)
      for (const e of inS)
        if (ctx.entities.find((c) => c.key === e.key)!.rule.startsWith('event.session'))
          partOf(e, main, s.index, 'part-of.session');
  }
}
