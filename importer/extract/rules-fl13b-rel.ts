// The fl13b round's relation rules (issue 6), read from three first-look samples in new styles and tested on made-up
// sentences in rules-fl13b.test.ts. Rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import { amendedAgreementOf } from './rules-fl13b.ts';

/** Patterns of the fl13b relation rules, as named data. */
export const FL13B_REL_PATTERNS = {
  /**
   * Rule reached-at.closed-with: a gathering that "closed / concluded / ended … with the adoption of" agreements: they
   * were reached at it ("The Summit closed in Apia today with the adoption of the Communiqué and of the Declaration").
   * The gathering is the subject before the verb.
   */
  closedWith:
    /\b(?:closed|concluded|ended|wrapped\s+up|came\s+to\s+a\s+close)\b[^.;]{0,80}?\bwith\s+the\s+(?:adoption|signing|signature|approval|endorsement)\s+of\b/i,
  /**
   * Rule reached-at.concluded-by: "Members concluded the Ministerial Conference … by adopting a series of decisions":
   * what is adopted is reached at the gathering the verb names right after it.
   */
  concludedBy: /\b(?:concluded|closed|ended)\s+(?:the\s+|its\s+|their\s+)?$/i,
  concludedByCue: /\bby\s+(?:adopting|signing|approving|endorsing)\b/i,
  /**
   * Rule participated.spoke-at: "… ," Director-General X told ministers at the closing session", "X said at the
   * summit": what stands between a speaker and the held gathering where the speaker spoke.
   */
  spokeAt:
    /^(?:[^\S\n]*,[^,.;]{0,60},)?[^\S\n]+(?:told|said|stressed|declared|noted|remarked|announced|underlined|emphasi[sz]ed)\b[^.;:"“”]{0,40}?\b(?:at|during)[^\S\n]+(?:the|its|their)[^\S\n]+$/,
  /** Rule sides.org-members: "WTO members", "the Organization's member states" right after the organisation … */
  membersAfter: /^(?:['’]s)?[^\S\n]+(?:members|member\s+states|member\s+countries)\b/,
  /** … or "members of the Alliance" before it … */
  membersBefore: /\b(?:members|member\s+states|member\s+countries)\s+of\s+(?:the\s+)?$/,
  /** … in a sentence where they adopt, agree, conclude, approve, endorse or sign something. */
  adoptVerb:
    /\b(?:adopt(?:ed|ing|s)?|agreed|agree|conclud(?:ed|ing|es)|approv(?:ed|ing|es)|endors(?:ed|ing|es)|sign(?:ed|ing|s)?)\b/i,
};

/**
 * Rules reached-at.closed-with and reached-at.concluded-by: the agreements that a gathering closed with the adoption
 * of, or that it was concluded by adopting, are reached at that gathering (not at a planned one).
 */
export function reachedAtClosedWith(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const evs = ev.eventMentions.filter((e) => e.sentence === s.index && !e.planned);
    const ags = ev.agreementMentions.filter((a) => a.sentence === s.index);
    if (!evs.length || !ags.length) continue;
    const w = FL13B_REL_PATTERNS.closedWith.exec(s.text);
    if (w) {
      const at = s.start + w.index;
      const subject = evs.filter((e) => e.end <= at && /^[^.;]{0,60}$/.test(ctx.text.slice(e.end, at))).pop();
      const cueEnd = at + w[0].length;
      if (subject)
        for (const a of ags.filter((x) => x.start >= cueEnd))
          ctx.relate('REACHED_AT', a.key, subject.key, s.index, 'reached-at.closed-with');
      continue;
    }
    const cue = FL13B_REL_PATTERNS.concludedByCue.exec(s.text);
    if (!cue) continue;
    const cueAt = s.start + cue.index;
    const target = evs.find((e) => {
      if (e.end > cueAt) return false;
      return FL13B_REL_PATTERNS.concludedBy.test(ctx.text.slice(Math.max(s.start, e.start - 20), e.start));
    });
    if (target)
      for (const a of ags.filter((x) => x.start > cueAt))
        ctx.relate('REACHED_AT', a.key, target.key, s.index, 'reached-at.concluded-by');
  }
}

/**
 * Rule based-on.amending-protocol: "the Protocol to upgrade the Free Trade Agreement between A and B" rests on the
 * agreement it upgrades, read inside its own name (agreement.amending-protocol in rules-fl13b.ts).
 */
export function basedOnAmendingProtocol(k: RelKit): void {
  const { ctx, ev } = k;
  for (const p of ev.agreementMentions) {
    const inner = amendedAgreementOf(ctx.text.slice(p.start, p.end));
    if (!inner) continue;
    const amended = ev.agreementMentions.find(
      (a) => a.key !== p.key && a.start > p.start && a.end <= p.end && a.end - a.start >= inner.length - 2,
    );
    if (amended) ctx.relate('BASED_ON', p.key, amended.key, p.sentence, 'based-on.amending-protocol');
  }
}

/**
 * Rule sides.org-members: "WTO members concluded the Conference by adopting …", "the members of the Alliance agreed
 * …": a readout whose agreements an organisation's members adopt has that organisation as its side (not the states
 * of the officials who chair or attend). Returns the organisation's name when one organisation's members adopt or
 * agree something in the text, else undefined.
 */
export function orgMembersSide(k: RelKit): string | undefined {
  const { ctx, hits } = k;
  const P = FL13B_REL_PATTERNS;
  const orgs = new Set(
    hits
      .filter((h) => h.type === 'Organization')
      .filter(
        (h) =>
          P.membersAfter.test(ctx.text.slice(h.end, h.end + 20)) ||
          P.membersBefore.test(ctx.text.slice(Math.max(0, h.start - 20), h.start)),
      )
      .filter((h) => P.adoptVerb.test(ctx.sentences[ctx.sentenceAt(h.start)]?.text ?? ''))
      .map((h) => h.name),
  );
  return orgs.size === 1 ? [...orgs][0] : undefined;
}

/** Rule participated.spoke-at: a speaker who "told ministers at the closing session" took part in that session. */
export function participatedSpokeAt(k: RelKit): void {
  const { ctx, ev, clusterOf } = k;
  for (const e of ev.eventMentions) {
    if (e.planned) continue;
    for (const [m] of k.personsIn(e.sentence)) {
      const end = m.to ?? m.end;
      if (end > e.start || !FL13B_REL_PATTERNS.spokeAt.test(ctx.text.slice(end, e.start))) continue;
      const c = clusterOf.get(m);
      if (c) k.participate(e, c, e.sentence, 'participated.spoke-at');
    }
  }
}
