// Participation rules that read who took part from how a sentence tells it, beside the readout's meetings:
// signatories at the meeting ("the Treaty …, signed by Minister A and Minister B").
import { timeAnchorAt } from './rules-fl30b.ts';
import { privateSessionName } from './rules-fl28c.ts';
import type { Found } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { INCIDENT_NAME, plannedBeforeSpeech, type RelKit } from './rel-kit.ts';
import { familyName } from './told-meetings.ts';
import { titleHolders } from './participants-of.ts';
import { delegationSessionOf } from './rules-fl13b.ts';
import { allMatches } from './text.ts';

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

/** "signed by", "exchanged by", "initialled by": the signatories follow. */
const SIGNED_BY = /\b(?:signed|exchanged|initial(?:l)?ed|inked)\s+by\s+/gi;
/** A meeting told over the telephone or by video: nobody signs at it; a visit is made by its visitors, not its signatories. */
const NOT_SIGNED_AT = /\b(?:call|telephone|phone|conversation|video|visit)\b/i;
/** Between "signed by" and a signatory: titles and names of earlier signatories, no new clause. */
const SIGNATORY_GAP = /^[^;:.()]*$/;
const WITNESSED = /\b(?:witnessed|in\s+the\s+presence\s+of)\b/i;

/**
 * participated.signer: the people who signed or exchanged an agreement at the readout's meeting ("a) the Treaty for
 * the Extradition of Fugitives, signed by Minister A and Minister B;") took part in it; not a signing told with an
 * earlier year ("signed by X in Khartoum in 2015"), nor one still to come, nor at a call or during a visit.
 */
export function participateSigners(k: RelKit, participate: Participate): void {
  const { ctx, main, mainName, clusterOf, personsIn, docYear } = k;
  if (!main || NOT_SIGNED_AT.test(mainName ?? '')) return;
  for (const s of ctx.sentences) {
    if (s.heading || plannedBeforeSpeech(s.text)) continue;
    for (const m of allMatches(s.text, SIGNED_BY)) {
      const at = s.start + m.index + m[0].length;
      const clause = ctx.text.slice(at, s.end).split(/[;]/)[0]!;
      const years = [...clause.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => +y[0]);
      if (docYear && years.some((y) => y < docYear)) continue;
      for (const [p] of personsIn(s.index)) {
        const from = p.from ?? p.start;
        const gap = ctx.text.slice(at, from);
        if (from < at || from > at + clause.length || !SIGNATORY_GAP.test(gap) || WITNESSED.test(gap)) continue;
        participate(main, clusterOf.get(p)!, s.index, 'participated.signer');
      }
    }
  }
}

/** Cues that a sentence lists who took part: "also took part", "was led by", "accompanied by", "through Minister X". */
const TOOK_PART =
  /\b(?:took\s+part|participated|(?:led|headed|accompanied|represented|joined)\s+by|was\s+present|were\s+present|attended|(?:delegation|team|side)s?\s+(?:also\s+)?(?:included|comprised)|through)\b/i;
/** The readout's own event told without its name. */
const OWN_ALIAS =
  /\bthe\s+(?:[\w-]+\s+)?(?:meeting|summit|talks|call|conversation|visit|consultations|negotiations)\b/i;

/**
 * participated.paragraph-event: the sentences right after a held event that is not the readout's main one, in the same
 * paragraph, that name no event of their own and list who took part ("The final round was held in Brussels. Argentina
 * spoke through Foreign Minister X, accompanied by Minister Y. Foreign Minister Z also took part."): those people took
 * part in that event. Returns the sentences it read, which the main event's delegation rules leave alone.
 */
export function participateParagraphEvent(k: RelKit, participate: Participate): Set<number> {
  const { ctx, ev, main, mainName, nameOf, personsIn, clusterOf } = k;
  const read = new Set<number>();
  let current: Found | undefined;
  for (const s of ctx.sentences) {
    const evs = ev.eventMentions.filter((e) => e.sentence === s.index);
    const prev = ctx.sentences[s.index - 1];
    const sameParagraph = prev && !/\n\s*\n/.test(ctx.text.slice(prev.end, s.start));
    if (evs.length) {
      const held = evs.filter(
        (e) =>
          !e.planned &&
          nameOf(e) !== mainName &&
          !INCIDENT_NAME.test(nameOf(e)) &&
          !timeAnchorAt(ctx.text, s.start, e.start), // participated.not-time-anchor (fl30b)
      );
      const ownToo = main && evs.some((e) => nameOf(e) === mainName);
      // participated.delegation-session (fl13b): of several sessions, the one the delegations sat in.
      const one = held.length === 1 ? held[0] : delegationSessionOf(held, nameOf);
      // participated.not-private-session-delegations (fl28c): a one-on-one meeting's delegations are the whole's.
      current = one && !ownToo && !s.heading && !privateSessionName(nameOf(one)) ? one : undefined;
      continue;
    }
    if (!current || !sameParagraph || s.heading || plannedBeforeSpeech(s.text) || OWN_ALIAS.test(s.text)) {
      current = undefined;
      continue;
    }
    if (!TOOK_PART.test(s.text)) {
      current = undefined;
      continue;
    }
    read.add(s.index);
    for (const [m] of personsIn(s.index))
      participate(current, clusterOf.get(m)!, s.index, 'participated.paragraph-event');
  }
  return read;
}

/** ", who is in Osaka for the", ", who also attends the", ", who was attending the": a relative clause of attendance. */
const WHO_ATTENDS =
  /,\s*who\s+(?:(?:is|was|are|were)\s+(?:also\s+)?(?:in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?(?:for|attending|to\s+attend)|(?:also\s+)?attend(?:s|ed)?)\s+(?:the\s+)?$/u;

/**
 * participated.who-attends: "President X, who is in Osaka for the G20 Summit, …", "Y, who also attends the Osaka
 * meeting, …": the person the relative clause follows takes part in the held event it names.
 */
export function participateWhoAttends(k: RelKit, participate: Participate): void {
  const { ctx, ev, personsIn, clusterOf } = k;
  for (const e of ev.eventMentions) {
    if (e.planned || INCIDENT_NAME.test(k.nameOf(e))) continue;
    const s = ctx.sentences[e.sentence]!;
    const before = ctx.text.slice(Math.max(s.start, e.start - 80), e.start);
    const m = WHO_ATTENDS.exec(before);
    if (!m) continue;
    const at = e.start - before.length + m.index;
    const who = personsIn(e.sentence).find(([p]) => /^\s*$/.test(ctx.text.slice(p.to ?? p.end, at)));
    if (who) participate(e, clusterOf.get(who[0])!, e.sentence, 'participated.who-attends');
  }
}

/** "both Prime Ministers", "the two Presidents": a plural title standing for two people the readout names elsewhere. */
const BOTH_TITLES =
  /\b(?:both|the\s+two)\s+((?:Foreign\s+|Prime\s+|Vice\s+)?(?:Ministers|Presidents|Chancellors|Premiers))\b/;

/**
 * participated.both-titles: "X spoke by telephone with both Prime Ministers": the two holders of that title the readout
 * names, other than those named in the sentence, took part in the sentence's held event (not the readout's own, whose
 * pair other rules read).
 */
export function participateBothTitles(k: RelKit, participate: Participate): void {
  const { ctx, ev, mainName, nameOf, people, personsIn, clusterOf } = k;
  for (const e of ev.eventMentions) {
    if (e.planned || nameOf(e) === mainName || INCIDENT_NAME.test(nameOf(e))) continue;
    const m = BOTH_TITLES.exec(ctx.sentences[e.sentence]!.text);
    if (!m) continue;
    const title = m[1]!.replace(/s\b/g, '');
    const named = new Set(personsIn(e.sentence).map(([p]) => clusterOf.get(p)));
    const holders = people.clusters.filter(
      (c) =>
        !named.has(c) && (people.offices.get(c) ?? []).some((o) => o.title === title || o.title.endsWith(` ${title}`)),
    );
    if (holders.length === 2) for (const c of holders) participate(e, c, e.sentence, 'participated.both-titles');
  }
}

/**
 * participated.pair-again: the readout's pair took part in their earlier meeting told by a noun or a verb
 * (event.pair-again: "The ministers' last formal meeting took place in November 2019 in Nagoya"): the people of the
 * readout's own meeting whose family names the earlier one is named after ("Champagne-Wang meeting in Nagoya …").
 */
export function participatePairAgain(k: RelKit, participate: Participate): void {
  const { ctx, ev, main, participants, nameOf } = k;
  if (!main) return;
  const own = [...(participants.get(main.key) ?? [])];
  for (const e of ev.events) {
    if (e.planned || !ctx.entity(e.key)?.rule.startsWith('event.pair-again')) continue;
    const pair = /^(\S+)-(\S+)\s/.exec(nameOf(e));
    if (!pair) continue;
    for (const c of own)
      if (familyName(c) === pair[1] || familyName(c) === pair[2])
        participate(e, c, e.sentence, 'participated.pair-again');
  }
}

/** "On Monday, …": a sentence that opens with the day it tells of. */
const ON_WEEKDAY = /^On\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * participated.weekday: a meeting or call known by its weekday ("The Monday call", event.weekday) was held by the
 * people of the sentence, in its paragraph or the one before, that opens with that day ("On Monday, in their first
 * conversation, the Chancellor and Mr Lukashenko had addressed …"), a title standing alone for its one holder.
 */
export function participateWeekday(k: RelKit, participate: Participate): void {
  const { ctx, ev, personsIn, clusterOf } = k;
  for (const e of ev.events) {
    if (e.planned || ctx.entity(e.key)?.rule !== 'event.weekday') continue;
    const day = /^(\w+)\s/.exec(k.nameOf(e))?.[1];
    const told = ctx.sentences
      .slice(Math.max(0, e.sentence - 3), e.sentence + 1)
      .find((s) => ON_WEEKDAY.exec(s.text)?.[1] === day);
    if (!told) continue;
    const who = [...personsIn(told.index).map(([m]) => clusterOf.get(m)!), ...titleHolders(k, told.index)];
    for (const c of new Set(who)) participate(e, c, told.index, 'participated.weekday');
  }
}

/** "Press Statement of Special Representative X after the", "Remarks by Minister Y following the". */
const STATEMENT_AFTER =
  /\b(?:(?:Press|Joint|Closing|Opening)\s+)?(?:Statement|Remarks|Briefing|Address)\s+(?:of|by)\s+[^\n.;]{1,80}?\s+(?:after|following|at|during)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/;

/**
 * participated.statement-after: the author of a statement or remarks given after or at a held meeting ("Press
 * Statement of Special Representative X after the meeting of the Trilateral Contact Group") took part in it.
 */
export function participateStatementAuthor(k: RelKit, participate: Participate): void {
  const { ctx, ev, personsIn, clusterOf } = k;
  for (const e of ev.eventMentions) {
    if (e.planned || INCIDENT_NAME.test(k.nameOf(e))) continue;
    const from = Math.max(ctx.sentences[e.sentence]!.start, e.start - 140);
    const m = STATEMENT_AFTER.exec(ctx.text.slice(from, e.start));
    if (!m) continue;
    const at = from + m.index;
    for (const [p] of personsIn(e.sentence))
      if ((p.from ?? p.start) > at && (p.to ?? p.end) <= e.start)
        participate(e, clusterOf.get(p)!, e.sentence, 'participated.statement-after');
  }
}
