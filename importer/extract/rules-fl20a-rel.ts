// Relation rules of round fl20a (issue 6); the rule data and pure helpers are in rules-fl20a.ts.
import type { RelKit } from './rel-kit.ts';
import { EVENT_INAUGURATION, EVENT_TOLD_MET_TITLE_SUBJECT, titleSubject } from './rules-fl20a.ts';

/**
 * Rule participated.inauguration-subject (with event.inauguration): "Prime Minister X and Prime Minister Y jointly
 * inaugurated the Z Hospital": the people named before the verb in its sentence, the clause's subject, take part in
 * the inauguration. Only people before the verb and after the sentence's last semicolon or "while"; a person after
 * it ("… the hospital built by Minister W") takes no part.
 */
export const PARTICIPATED_INAUGURATION_SUBJECT = {
  id: 'participated.inauguration-subject',
  clauseBreak: /[;]|\bwhile\b|\bwhereas\b/,
};

/** Rule participated.inauguration-subject: the subject's people take part in the inauguration told after them. */
export function participateInaugurationSubject(k: RelKit): void {
  const { ctx, ev, clusterOf, personsIn, participate } = k;
  for (const e of ev.eventMentions) {
    if (ctx.entity(e.key)?.rule !== EVENT_INAUGURATION.id) continue;
    const s = ctx.sentences[e.sentence]!;
    const verbAt = ctx.text.lastIndexOf('inaugurated', e.start);
    if (verbAt < s.start) continue;
    for (const [m] of personsIn(e.sentence)) {
      if ((m.to ?? m.end) > verbAt) continue;
      if (PARTICIPATED_INAUGURATION_SUBJECT.clauseBreak.test(ctx.text.slice(m.to ?? m.end, verbAt))) continue;
      const c = clusterOf.get(m);
      if (c) participate(e, c, e.sentence, PARTICIPATED_INAUGURATION_SUBJECT.id);
    }
  }
}

/**
 * Rule involves.session-of-org: a held session or meeting of a body named with the organisation the body belongs to
 * ("the Twenty-Second Meeting of the Council for Foreign and Community Relations (COFCOR) of the Caribbean Community",
 * "the 41st Ordinary Session of the Executive Council of the African Union") involves that organisation, as the dev
 * gold gives a gathering the organisation it belongs to ("G20 Foreign Ministers' Meeting" → G20). Only an organisation
 * the gazetteer knows, ending the session's name after "of the" behind a body of its own; a session named by its body
 * alone ("the 5th meeting of the Joint Council", "the 78th session of the United Nations General Assembly") involves
 * nothing here.
 */
export const INVOLVES_SESSION_OF_ORG = {
  id: 'involves.session-of-org',
  rules: new Set(['event.body-session']),
  ofBefore: /\bof[^\S\n]+(?:the[^\S\n]+)?$/,
  /** The organisation right after the session's head is the body itself ("78th session of the United Nations General
   * Assembly", "55th session of the Human Rights Council"): the session is its own, no party (events banks). */
  bodyItself: /\b(?:session|meeting|sitting)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/i,
};

/** Rule involves.session-of-org: each body session whose name ends with its organisation involves it. */
export function involvesSessionOfOrg(k: RelKit): void {
  const { ctx, ev, hitKeys, hitsIn } = k;
  for (const e of ev.eventMentions) {
    const c = ctx.entity(e.key);
    if (!c || !INVOLVES_SESSION_OF_ORG.rules.has(c.rule) || e.planned || c.props.status === 'planned') continue;
    const org = hitsIn(e.start, e.end).find(
      (h) =>
        h.type === 'Organization' &&
        !h.pattern &&
        h.end === e.end &&
        INVOLVES_SESSION_OF_ORG.ofBefore.test(ctx.text.slice(Math.max(0, h.start - 12), h.start)) &&
        !INVOLVES_SESSION_OF_ORG.bodyItself.test(ctx.text.slice(Math.max(0, h.start - 24), h.start)),
    );
    const key = org && hitKeys.get(org);
    if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, INVOLVES_SESSION_OF_ORG.id);
  }
}

/**
 * Rule participated.title-subject (with event.told-met-title-subject): the person a bare title subject stands for
 * ("The Minister also met …", the first person of the opening holding that title) takes part in the meeting told.
 */
export const PARTICIPATED_TITLE_SUBJECT = { id: 'participated.title-subject' };

/** Rule participated.title-subject: the opening's title holder takes part in each meeting told with the title. */
export function participateTitleSubject(k: RelKit): void {
  const { ctx, ev, people, clusterOf, participate } = k;
  const opening = ctx.sentences.find((x) => !x.heading)?.index;
  for (const e of ev.eventMentions) {
    if (ctx.entity(e.key)?.rule !== EVENT_TOLD_MET_TITLE_SUBJECT.id) continue;
    const s = ctx.sentences[e.sentence]!;
    const verb = /\b(?:met|meets|received|receives|hosted|called|held)\b/.exec(s.text);
    const title = verb ? titleSubject(s.text.slice(0, verb.index)) : undefined;
    if (!title) continue;
    const word = new RegExp(String.raw`\b${title}\b`);
    const holder = [...people.personKey.keys()]
      .filter((p) => p.sentence === opening)
      .sort((a, b) => a.start - b.start)
      .find(
        (p) =>
          p.titles.some((t) => word.test(t.title)) ||
          (people.offices.get(clusterOf.get(p)!) ?? []).some((o) => word.test(o.title)) ||
          word.test(
            ctx.text
              .slice(Math.max(0, (p.from ?? p.start) - 80), p.to ?? p.end)
              .split(/[.;]/)
              .pop() ?? '',
          ),
      );
    const c = holder && clusterOf.get(holder);
    if (c) participate(e, c, e.sentence, PARTICIPATED_TITLE_SUBJECT.id);
  }
}
