// Relation rules over the found entities, sentence by sentence: participation, PART_OF ("on the occasion /
// margins / sidelines of"), DISCUSSED, PARTY_TO, REACHED_AT, BASED_ON, NEGOTIATES, NEGOTIATES_FOR, REPORTS_TO,
// INVOLVES. Each relation names its rule; evidence is the sentence.
import type { Ctx } from './context.ts';
import type { EventFacts, Found } from './events.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { PeopleFacts } from './index.ts';
import type { PersonMention } from './people.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { LEADER_TITLES } from './lexicons.ts';
import { STATE_BY_NAME } from './states.ts';

const STATE_NAMES = new Set(STATE_BY_NAME.keys());

const PART_OF_RE = /\b(?:on|at)\s+the\s+(?:occasion|margins?|sidelines?|fringes?)\s+of\b/i;
const REACH_VERB = /\b(signed|sign|reached|concluded|adopted|endorsed?|put their signatures|exchanged)\b/i;
/** Events whose parties are states rather than participants. */
const INVOLVING_EVENT =
  /\b(seizure|attacks?|strikes?|bombing|launch|coup|crisis|conflict|incident|downing|shooting|crash|withdrawal|poaching|invasion|occupation|detention|release|exercise|war|situation|consultations|process)\b/i;
const NEGOTIATION_ON = /\bnegotiat\w*\s+(?:on|for|of|towards?)\s+/i;
const NEGOTIATOR_RE =
  /\b(responsible for|handled by|handle|handles|lead|leads|led by|in charge of|conducting|conducts|headed by)\b[^.]*negotiat|negotiat[^.]*\b(handled|led|conducted|headed) by\b|\bchief negotiator\b|\bnegotiates for\b|\b(final wording|text) (?:was|were) agreed by\b/i;
const BASIS_RE =
  /\b(on the basis of|based on|builds? on|building on|implements?|implementing|putting into effect|pursuant to|within the framework (?:set out )?(?:in|of))\b/gi;
const ATTEND_RE = /\b(?:to attend|attending|while attending|in order to attend)\b/i;
const ATTENDED_RE =
  /\b(attended|represented|was also present|were also present|were present|was present|joined|accompanied)\b/i;
const INCIDENT_NAME =
  /\b(seizure|attacks?|strikes?|bombing|launch|coup|crisis|conflict|incident|downing|shooting|crash|poaching|invasion|situation)\b/i;
const TWO_LEADERS =
  /\b(the two|both) (leaders|ministers|foreign ministers|presidents|prime ministers|heads of state|sides)\b/i;
/** A mention of the readout's own event without its name: "the Meeting", "the talks", "the round". */
const MAIN_ALIAS =
  /\bthe\s+(?:[\w-]+\s+)?(Meeting|Summit|Dialogue|meeting|summit|talks|call|conversation|round|visit|consultations|negotiations|ceremony|mission|Visit)\b/;
const CONTINUE_RE = /\b(met|meets|held talks|was received|were received|called on|paid a courtesy call|had talks)\b/i;
const PLANNED =
  /\b(will|would|shall|to be held|planned|plan to|scheduled|upcoming|coming|forthcoming|agreed to hold|hope to|look forward)\b/i;
const HELD_RE =
  /\b(held|hold|holds|met|meets|attended|attending|attend|took part|participated|joined|visited|hosted|spoke|speaks|talked|had an? (?:[\w-]+\s+)?(?:telephone conversation|conversation|call|talk|meeting|exchange)|launched|opened|co-chaired|chaired|led|headed|accompanied|signed|put their signatures|received|were present|was present|travelled|traveled|arrived|represented|convened)\b/i;

/** Adds relation candidates between the entities of the document. */
export function addRelations(
  ctx: Ctx,
  hits: GazetteerHit[],
  hitKeys: Map<GazetteerHit, string>,
  people: PeopleFacts,
  ev: EventFacts,
): void {
  const clusterOf = new Map<PersonMention, PersonCluster>();
  for (const c of people.clusters) for (const m of c.mentions) clusterOf.set(m, c);
  const personsIn = (si: number) => [...people.personKey.entries()].filter(([m]) => m.sentence === si);
  const key = (c: PersonCluster) => people.personKey.get(c.mentions[0]!)!;
  const leaders = people.clusters.filter((c) => (people.offices.get(c) ?? []).some((o) => LEADER_TITLES.test(o.title)));
  const hitsIn = (s: number, e: number) => hits.filter((h) => h.start >= s && h.end <= e);
  const main = ev.main;
  DOC_YEAR.value = ctx.doc.date ? +ctx.doc.date.slice(0, 4) : undefined;

  // Participation: people named in a sentence that mentions a held event with a meeting verb.
  const participants = new Map<string, Set<PersonCluster>>();
  const participate = (e: Found, c: PersonCluster, si: number, rule: string) => {
    if (e.planned) return;
    ctx.relate('PARTICIPATED_IN', key(c), e.key, si, rule);
    if (!participants.has(e.key)) participants.set(e.key, new Set());
    participants.get(e.key)!.add(c);
  };
  const mainName = main ? ctx.entities.find((c) => c.key === main.key)!.name : undefined;
  const nameOf = (e: Found) => ctx.entities.find((c) => c.key === e.key)!.name;
  const mainSentences = new Set(
    ctx.entities.filter((c) => c.type === 'Event' && c.name === mainName).map((c) => c.sentence),
  );
  const inMain = new Set<PersonCluster>();
  let lastMainSentence = -1;
  let mainCount = 0;
  for (const s of ctx.sentences) {
    if (PLANNED.test(s.text)) continue;
    const evs = ev.eventMentions.filter((e) => e.sentence === s.index && !e.planned && nameOf(e) !== mainName);
    const aliasOfMain = !evs.length && MAIN_ALIAS.test(s.text);
    const mentionsMain = main && (mainSentences.has(s.index) || aliasOfMain);
    const ps = personsIn(s.index);
    const held = HELD_RE.test(s.text);
    if (held) {
      for (const e of evs)
        for (const [m] of ps) participate(e, clusterOf.get(m)!, s.index, 'participated.same-sentence');
      if (main && mentionsMain)
        for (const [m] of ps) participate(main, clusterOf.get(m)!, s.index, 'participated.main-sentence');
    }
    if (TWO_LEADERS.test(s.text) && held) {
      // "the two leaders presented the results at a joint press conference": the sessions named with them too.
      const sessions = evs.filter((e) => ctx.entities.find((c) => c.key === e.key)!.rule.startsWith('event.session'));
      const targets = main && (mentionsMain || !evs.length) ? [main, ...sessions] : sessions;
      for (const e of targets)
        for (const c of leaders.slice(0, 2)) participate(e, c, s.index, 'participated.the-two-leaders');
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
        (parent && inS.find((e) => nameOf(e) !== nameOf(parent))) ??
        (main && parent && nameOf(main) !== nameOf(parent) ? main : undefined);
      if (parent && child) partOf(child, parent, s.index, 'part-of.occasion');
    }
    if (main)
      for (const e of inS)
        if (ctx.entities.find((c) => c.key === e.key)!.rule.startsWith('event.session'))
          partOf(e, main, s.index, 'part-of.session');
  }

  // Sides of the readout: the states and organisations its title or main event pairs ("EU-Canada summit",
  // "UK and EU conclude …"), else the states of the main event's participants.
  const sides = new Set<string>();
  const titleS = ctx.sentences.find((x) => x.text === ctx.doc.title) ?? ctx.sentences.find((x) => x.heading);
  const mainSpans = ctx.entities.filter((c) => c.type === 'Event' && c.name === mainName && c.end > c.start);
  for (const sp of mainSpans) for (const h of hitsIn(sp.start, sp.end)) sides.add(h.name);
  if (sides.size < 2 && titleS) {
    const th = hitsIn(titleS.start, titleS.end).filter((h) => h.type === 'State' || h.type === 'Organization');
    if (new Set(th.map((h) => h.name)).size >= 2) for (const h of th) sides.add(h.name);
  }
  if (sides.size < 2) {
    const ps = new Set<string>();
    for (const c of participants.get(main?.key ?? '') ?? [])
      for (const o of people.offices.get(c) ?? []) if (o.owner && STATE_NAMES.has(o.owner)) ps.add(o.owner);
    if (ps.size >= 2 && ps.size <= 3) for (const x of ps) sides.add(x);
  }
  const stateKey = (name: string) => {
    const h = hits.find((x) => x.name === name);
    return h
      ? hitKeys.get(h)
      : ctx.entities.find((e) => (e.type === 'State' || e.type === 'Organization') && e.name === name)?.key;
  };

  // PARTY_TO: states in the agreement's name ("Japan-Soviet Joint Declaration"), else the sides of the meeting.
  for (const a of ev.agreements) {
    const named = hitsIn(a.start, a.end);
    const s = ctx.sentences[a.sentence]!;
    const between = /\bbetween\s+(?:the\s+)?/.exec(ctx.text.slice(a.end, a.end + 12))
      ? hitsIn(a.end, Math.min(s.end, a.end + 80)).slice(0, 2)
      : [];
    const parties = [...named, ...between].map((h) => hitKeys.get(h)!);
    if (!parties.length && !/\b(UN|United Nations|Resolution|Security Council)\b/.test(a.name))
      for (const st of sides) {
        const k = stateKey(st);
        if (k) parties.push(k);
      }
    for (const p of new Set(parties))
      ctx.relate('PARTY_TO', p, a.key, a.sentence, named.length ? 'party-to.named' : 'party-to.sides');
  }

  // REACHED_AT and BASED_ON within a sentence.
  for (const s of ctx.sentences) {
    const ags = ev.agreementMentions.filter((a) => a.sentence === s.index);
    if (!ags.length) continue;
    const evs = ev.eventMentions.filter((e) => e.sentence === s.index);
    const reached =
      /\b(reached|signed|adopted|agreed|concluded|endorsed)\b[^.]*?\b(at|during|on the occasion of)\b/i.exec(s.text);
    if (reached) {
      const at = s.start + reached.index;
      const target = evs.find((e) => e.start > at);
      const ag = ags.filter((a) => a.start < (target?.start ?? 0)).pop();
      if (target && ag) ctx.relate('REACHED_AT', ag.key, target.key, s.index, 'reached-at.verb-at-event');
    } else if (main && REACH_VERB.test(s.text) && !evs.some((e) => nameOf(e) !== mainName) && !PLANNED.test(s.text)) {
      // "… signed the X today", "the parties reached agreement on …": concluded at the readout's own event.
      const at = s.start + REACH_VERB.exec(s.text)!.index;
      for (const a of ags)
        if ((s.heading || a.start > at || /\b(was|were) (signed|concluded|adopted)\b/.test(s.text)) && !olderThanDoc(a))
          ctx.relate('REACHED_AT', a.key, main.key, s.index, 'reached-at.main-event');
    }
    for (const basis of s.text.matchAll(BASIS_RE)) {
      const at = s.start + basis.index;
      const base = ags.find((a) => a.start > at);
      const built =
        [...ags].reverse().find((a) => a.start < at) ??
        (/negotiat/i.test(s.text)
          ? (ev.agreementMentions.find(
              (a) => a.start > at && a.name !== base?.name && /treaty|agreement/i.test(a.name),
            ) ??
            ev.agreements.find(
              (a) => a.start < at && a.name !== base?.name && /negotiat/i.test(ctx.sentences[a.sentence]!.text),
            ))
          : undefined);
      if (base && built && base.name !== built.name)
        ctx.relate('BASED_ON', built.key, base.key, s.index, 'based-on.phrase');
    }
  }

  // "The following agreements were signed or exchanged during the visit:" then a list: each item was reached there.
  if (main) {
    let listOpen = false;
    for (const s of ctx.sentences) {
      if (
        /\bfollowing\b[^.]*\b(agreements?|MoUs?|documents|memoranda)\b[^.]*\b(signed|exchanged|concluded|adopted)\b/i.test(
          s.text,
        )
      ) {
        listOpen = true;
        continue;
      }
      if (!listOpen) continue;
      const lineStart = ctx.text.lastIndexOf('\n', s.start - 1) + 1;
      const item = /^\s*(\(?[ivx\d]+[.)]|[-•*])\s/.test(ctx.text.slice(lineStart, lineStart + 8));
      if (s.heading && !item) break;
      if (!item && s.start === lineStart) {
        listOpen = false;
        continue;
      }
      for (const a of ev.agreementMentions
        .filter((x) => x.sentence === s.index && x.start - lineStart < 30)
        .slice(0, 1))
        if (!olderThanDoc(a)) ctx.relate('REACHED_AT', a.key, main.key, s.index, 'reached-at.signed-list');
    }
  }

  // NEGOTIATES: people said to be responsible for, handle, conduct or lead negotiations on an agreement; the
  // agreement is the one "negotiations on" names, else the last one negotiated in the text.
  let lastNegotiated: Found | undefined;
  const negotiators = new Set<PersonCluster>();
  for (const s of ctx.sentences) {
    const ags = ev.agreementMentions.filter((a) => a.sentence === s.index);
    const on = NEGOTIATION_ON.exec(s.text);
    const named = on
      ? ags.find((a) => a.start >= s.start + on.index && a.start <= s.start + on.index + on[0].length + 30)
      : undefined;
    if (named) lastNegotiated = named;
    else if (/negotiat/i.test(s.text) && ags.length && !lastNegotiated)
      lastNegotiated =
        ags.find((a) => /treaty|agreement/i.test(a.name) && !/\breached\b/.test(a.name)) ?? lastNegotiated;
    if (!NEGOTIATOR_RE.test(s.text)) continue;
    const target = named ?? lastNegotiated;
    if (!target) continue;
    for (const [m, k] of personsIn(s.index)) {
      const c = clusterOf.get(m)!;
      if ((people.offices.get(c) ?? []).some((o) => LEADER_TITLES.test(o.title) && !/Vice|Deputy/.test(o.title)))
        continue;
      ctx.relate('NEGOTIATES', k, target.key, s.index, 'negotiates.responsible');
      negotiators.add(c);
    }
  }

  // NEGOTIATES_FOR: negotiators and delegation heads in negotiations act for their state or organisation.
  for (const s of ctx.sentences) {
    if (
      !/negotiat|consultations/i.test(s.text) ||
      !/\b(led|headed|conducting|conducts|negotiates|chief negotiator)\b/i.test(s.text)
    )
      continue;
    for (const [m, k] of personsIn(s.index)) {
      const c = clusterOf.get(m)!;
      const leads =
        /\b(led|headed)\s+by\s+(?:\S+\s+){0,6}$/i.test(ctx.text.slice(s.start, m.from ?? m.start)) ||
        m.titles.some((t) => /negotiator/i.test(t.title)) ||
        /^\s*,?[^.]{0,120}\b(negotiates|is conducting|conducts)\b/.test(ctx.text.slice(m.to ?? m.end, s.end));
      if (!leads) continue;
      const owner = (people.offices.get(c) ?? []).map((o) => o.owner).find((o) => o && STATE_NAMES.has(o)) ?? c.state;
      const forOrg = /\bnegotiates for (?:the\s+)?(\p{Lu}[\p{L}]+)/u.exec(ctx.text.slice(m.to ?? m.end, s.end));
      const target = forOrg ? hits.find((h) => h.name.endsWith(forOrg[1]!) || h.surface === forOrg[1]) : undefined;
      const sk = target ? hitKeys.get(target) : owner ? stateKey(owner) : undefined;
      if (sk)
        ctx.relate(
          'NEGOTIATES_FOR',
          k,
          sk,
          s.index,
          forOrg ? 'negotiates-for.negotiates-for' : 'negotiates-for.delegation-head',
        );
    }
  }

  // REPORTS_TO: "under the (foreign ministers') leadership / direction / authority of"; adviser titles.
  for (const s of ctx.sentences) {
    const m =
      /\bunder\s+the\s+(?:(\S+\s+\S+?)['’]\s+|([\p{L}\s]+?)['’]s\s+)?(leadership|direction|authority|guidance|supervision)(?:\s+of\s+)?/u.exec(
        s.text,
      );
    if (!m) continue;
    const at = s.start + m.index;
    const ps = personsIn(s.index);
    const after = ps.filter(([p]) => p.start > at);
    let bosses: PersonCluster[] = after.length ? [clusterOf.get(after[0]![0])!] : [];
    if (!bosses.length && m[1]) {
      const word = m[1].split(/\s+/)[0]!.toLowerCase();
      bosses = people.clusters.filter((c) =>
        (people.offices.get(c) ?? []).some(
          (o) => o.title.toLowerCase().includes(word) && !/deputy|vice/i.test(o.title),
        ),
      );
    }
    for (const [p, k] of ps.filter(([x]) => x.start < at)) {
      const c = clusterOf.get(p)!;
      const boss = bosses.find((b) => b !== c && (bosses.length === 1 || sameOwner(people, b, c)));
      if (boss) ctx.relate('REPORTS_TO', k, key(boss), s.index, 'reports-to.under-leadership');
    }
  }

  // NEGOTIATES_FOR and REPORTS_TO from titles: "Special Representative for the President", "Adviser to the President".
  for (const c of people.clusters) {
    for (const m of c.mentions)
      for (const t of m.titles) {
        if (!t.principal) continue;
        const pt = t.principal.replace(/^the\s+/, '');
        const owner = (people.offices.get(c) ?? []).find((o) => o.owner)?.owner;
        const boss = people.clusters.find(
          (b) => b !== c && (people.offices.get(b) ?? []).some((o) => o.title === pt && o.owner === owner),
        );
        if (!boss) continue;
        if (/adviser|advisor|aide/i.test(t.title))
          ctx.relate('REPORTS_TO', key(c), key(boss), m.sentence, 'reports-to.adviser-title');
        else if (/envoy|representative|negotiator/i.test(t.title))
          ctx.relate('NEGOTIATES_FOR', key(c), key(boss), m.sentence, 'negotiates-for.envoy-title');
      }
  }
  for (const c of people.clusters) {
    const offs = people.offices.get(c) ?? [];
    const adviser = offs.find((o) => /\b(Adviser|Advisor|Aide)\b/i.test(o.title) && !/\bto\b/.test(o.title));
    if (!adviser) continue;
    const boss = people.clusters.find(
      (b) =>
        b !== c &&
        (people.offices.get(b) ?? []).some(
          (o) => LEADER_TITLES.test(o.title) && !/Vice|Deputy/.test(o.title) && o.owner === adviser.owner,
        ),
    );
    if (boss) ctx.relate('REPORTS_TO', key(c), key(boss), c.mentions[0]!.sentence, 'reports-to.adviser-of-leader');
  }
  for (const s of ctx.sentences) {
    const m = /\bon behalf of\s+(their respective countries|the\s+)?/i.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index;
    const ps = personsIn(s.index).filter(([p]) => p.start < at);
    if (m[1] && /respective/i.test(m[1])) {
      for (const [p, k] of ps) {
        const owner = (people.offices.get(clusterOf.get(p)!) ?? []).find((o) => o.owner)?.owner;
        const sk = owner ? stateKey(owner) : undefined;
        if (sk) ctx.relate('NEGOTIATES_FOR', k, sk, s.index, 'negotiates-for.on-behalf-respective');
      }
      continue;
    }
    const hit = hits.find((h) => h.start >= at + m[0].length - 1 && h.start < at + m[0].length + 4);
    const principal = personsIn(s.index).find(([p]) => p.start > at && p.start < at + m[0].length + 25);
    if (hit) {
      // "President Tusk and President Juncker signed on behalf of the European Union, and Prime Minister Trudeau on
      // behalf of Canada": the people just before each "on behalf of".
      const prevAt = [...s.text.slice(0, m.index).matchAll(/\bon behalf of\b/gi)].pop();
      const from = prevAt ? s.start + prevAt.index + 12 : s.start;
      for (const [, k] of personsIn(s.index).filter(([p]) => p.start >= from && p.start < at))
        ctx.relate('NEGOTIATES_FOR', k, hitKeys.get(hit)!, s.index, 'negotiates-for.on-behalf');
    } else if (principal)
      for (const [, k] of ps) ctx.relate('NEGOTIATES_FOR', k, principal[1], s.index, 'negotiates-for.on-behalf');
  }
  // "It was signed for the Indian side by Shri Ajay Seth …, and for the Maldivian side by …".
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(/\bfor the (\S+(?: \S+)?) (?:side|delegation) by\s+/g)) {
      const at = s.start + m.index;
      const side = hits.find((h) => h.start >= at + 8 && h.end <= at + m[0].length);
      const p = personsIn(s.index).find(([x]) => (x.from ?? x.start) >= at + m[0].length - 1);
      if (side && p) ctx.relate('NEGOTIATES_FOR', p[1], hitKeys.get(side)!, s.index, 'negotiates-for.signed-for-side');
    }
  }

  // DISCUSSED: the main event dealt with the other events and the agreements it did not conclude or rest on.
  if (main) {
    const parents = new Set(ctx.relations.filter((r) => r.type === 'PART_OF').flatMap((r) => [r.to, r.from]));
    const concluded = new Set(
      ctx.relations
        .filter((r) => r.type === 'REACHED_AT' || r.type === 'BASED_ON')
        .map((r) => (r.type === 'BASED_ON' ? r.to : r.from)),
    );
    for (const e of ev.events)
      if (nameOf(e) !== mainName && !parents.has(e.key))
        ctx.relate('DISCUSSED', main.key, e.key, e.sentence, 'discussed.event');
    for (const a of ev.agreements)
      if (!concluded.has(a.key)) ctx.relate('DISCUSSED', main.key, a.key, a.sentence, 'discussed.agreement');
    // States and organisations the readout talks about that are not its own parties: the meeting's topics.
    const own = new Set<string>([...sides, ...(people.home ? [people.home] : [])]);
    for (const c of people.clusters) {
      for (const o of people.offices.get(c) ?? []) if (o.owner) own.add(o.owner);
      if (c.state) own.add(c.state);
    }
    const inNames = (h: GazetteerHit) =>
      [...ev.eventMentions, ...ev.agreementMentions].some((x) => h.start >= x.start && h.end <= x.end) ||
      ctx.entities.some((c) => c.type === 'Office' && h.start >= c.start && h.end <= c.end);
    const named = [...ev.events, ...ev.agreements].map((x) => nameOf(x));
    const incidents = ev.eventMentions.filter((e) => e.key !== main.key && INCIDENT_NAME.test(nameOf(e)));
    const topical = new Map<string, GazetteerHit>();
    for (const h of hits) {
      if (own.has(h.name) || h.demonym || inNames(h) || ctx.sentences[ctx.sentenceAt(h.start)]!.heading) continue;
      if (named.some((n) => n.includes(h.surface) || n.includes(h.name))) continue;
      // States named with an incident are its parties ("citizens of Ukraine, Sweden, Afghanistan … died").
      const inc = incidents.find((e) => e.sentence === ctx.sentenceAt(h.start));
      if (inc && h.type === 'State') {
        ctx.relate('INVOLVES', inc.key, hitKeys.get(h)!, inc.sentence, 'involves.same-sentence');
        continue;
      }
      if (/^\s*(?:,|\s)?\s*(?:to|in|at|from)\s*$/.test(ctx.text.slice(h.start - 4, h.start)) && h.type === 'State')
        continue;
      if (!topical.has(h.name)) topical.set(h.name, h);
    }
    for (const h of topical.values())
      ctx.relate('DISCUSSED', main.key, hitKeys.get(h)!, ctx.sentenceAt(h.start), 'discussed.topic');
  }

  // INVOLVES: states and organisations named inside an incident's or exercise's name (meetings have participants).
  for (const e of ev.events) {
    if (e === main || nameOf(e) === mainName) continue;
    // Meetings that nobody in the readout attended are known by their parties ("Inter-Korean Summit").
    const attended = [...participants.keys()].some(
      (k) => nameOf(ev.eventMentions.find((x) => x.key === k) ?? e) === nameOf(e) && participants.get(k)!.size,
    );
    if (!INVOLVING_EVENT.test(nameOf(e)) && (attended || e.planned || /\bvisit\b/i.test(nameOf(e)))) continue;
    for (const h of hitsIn(e.start, e.end))
      ctx.relate('INVOLVES', e.key, hitKeys.get(h)!, e.sentence, 'involves.in-name');
  }
}

/** An agreement whose name carries a year before the readout's (the "1976 Framework Agreement"). */
function olderThanDoc(this: void, a: Found): boolean {
  const y = /\b(19|20)\d\d\b/.exec(a.name)?.[0];
  return Boolean(y && DOC_YEAR.value && +y < DOC_YEAR.value);
}
const DOC_YEAR: { value?: number } = {};

function sameOwner(people: PeopleFacts, a: PersonCluster, b: PersonCluster): boolean {
  const oa = (people.offices.get(a) ?? []).map((o) => o.owner);
  return (people.offices.get(b) ?? []).some((o) => oa.includes(o.owner));
}
