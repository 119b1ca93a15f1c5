// Events named by their parties or their body: "the negotiations between Russia and Ukraine", "talks between the
// Russian and Ukrainian delegations in Istanbul", "the inaugural session of the South Africa-Kenya Bi-National Commission".
import { EVENT_SPELLED_ORDINAL_SESSION } from './rules-fl19a.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { CAPITAL_STATE } from './states.ts';
import { alt, matchAllInLines, matchesIf } from './text.ts';
import { isMembersBody } from './rules-fl15b.ts';
import { bodyRunOnToOrg, isBodyWithRemit } from './rules-fl20a.ts';
import { EVENT_PROCEEDINGS_BETWEEN } from './rules-fl15c.ts';
import { partyGroupsLength } from './rules-aud18.ts';
import { partyLeadLength } from './rules-fl27c.ts';
import { EVENT_REGULAR_SESSION_OF_BODY } from './rules-fl28a.ts';

/** A talks noun with an optional kind, then "between": the parties follow. */
// event.proceedings-between (fl15c): "the conciliation proceedings between A and B" (EVENT_PROCEEDINGS_BETWEEN).
const TALKS_BETWEEN = new RegExp(
  String.raw`\b(?:(?:(?:peace|direct|bilateral|trilateral|trade|ceasefire|high-level|political|strategic|normali[sz]ation)[^\S\n]+)?(?:negotiations|talks|dialogues?|consultations|contacts|process)|${EVENT_PROCEEDINGS_BETWEEN.head})[^\S\n]+between[^\S\n]+`,
  'gi',
);
/** What every match of TALKS_BETWEEN holds, under its case flag (`mayMatch`). */
const TALKS_BETWEEN_NEEDS = /between/i;
/**
 * Rule event.between-bodies: the parties' bodies named before them ("the foreign ministries of", "the governments of";
 * top10: "representatives of", "the deputy foreign ministers of").
 */
const PARTY_BODIES =
  /^(?:the[^\S\n]+)?(?:foreign[^\S\n]+ministries|ministries[^\S\n]+of[^\S\n]+foreign[^\S\n]+affairs|(?:deputy[^\S\n]+|vice[^\S\n]+)?foreign[^\S\n]+ministers|governments|ministries|parliaments|representatives)[^\S\n]+of[^\S\n]+/i;
/** What may stand after the second party: "delegations", "governments", then a place ("in Istanbul"). */
const PARTY_NOUN = /^[^\S\n]+(?:delegations|sides|governments|authorities|teams|negotiators|leaders)\b/;
const PLACE = /^[^\S\n]+(?:[Hh]eld[^\S\n]+)?in[^\S\n]+\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?/u;

/** A capital's name starting at `at`, as a span (CAPITAL_STATE). */
function capitalAt(text: string, at: number): { end: number } | undefined {
  const m = CAPITAL_AT.exec(text.slice(at, at + 40));
  return m ? { end: at + m[0].length } : undefined;
}
const CAPITAL_AT = new RegExp(`^${alt(CAPITAL_STATE.keys())}(?![\\p{L}])`, 'u');

/** Spans of talks between two or more named states or organisations (parties named, or by their demonyms). */
export function talksBetween(text: string, hits: GazetteerHit[]): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  // "talks between Washington and Pyongyang": capitals standing for their states are parties too (top9).
  const hitAt = (at: number) =>
    hits.find((h) => h.start === at && (h.type === 'State' || h.type === 'Organization')) ?? capitalAt(text, at);
  for (const m of matchesIf(text, TALKS_BETWEEN, TALKS_BETWEEN_NEEDS)) {
    // "consultations between the foreign ministries of Poland and Lithuania": the parties' bodies before them.
    // event.between-party-groups (aud18): "negotiations between the expert groups of A and B".
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    let at = m.index + m[0].length + (PARTY_BODIES.exec(rest)?.[0].length ?? partyGroupsLength(rest));
    let parties = 0;
    // "Russia and Ukraine", "the EU, China and India", "the Russian and Ukrainian delegations".
    for (;;) {
      // event.between-plural-state-forms (fl27c): "the Republics of San Marino and Andorra".
      const h = hitAt(at + partyLeadLength(text.slice(at, at + 40)));
      if (!h) break;
      parties++;
      at = h.end;
      const sep = /^(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)/.exec(text.slice(at, at + 6));
      if (!sep || !hitAt(at + sep[0].length + partyLeadLength(text.slice(at + sep[0].length, at + sep[0].length + 40))))
        break;
      at += sep[0].length;
    }
    if (parties < 2) continue;
    at += PARTY_NOUN.exec(text.slice(at, at + 20))?.[0].length ?? 0;
    at += PLACE.exec(text.slice(at, at + 40))?.[0].length ?? 0;
    // event.round-between: "the fourth round of political consultations between …": the round is the event.
    const round = ROUND_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const start = m.index - (round?.[0].length ?? 0);
    out.push({ surface: text.slice(start, at), start });
  }
  return out;
}
/** An ordinal round right before talks between parties: "fourth round of ", "12th round of the ". */
const ROUND_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|\d+(?:st|nd|rd|th))[^\S\n]+round[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/i;

/** "the inaugural session of the South Africa-Kenya Bi-National Commission", "the 5th meeting of the Joint Council". */
// event.spelled-ordinal-session (fl19a): "the eighteenth meeting of the …" as "the 18th meeting of the …".
// event.regular-session-of-body (fl28a): "the Forty-Third Regular Meeting of …", "the 18th Special Meeting of …".
const SESSION_OF = new RegExp(
  String.raw`\b(?:(?:(?:inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|${EVENT_SPELLED_ORDINAL_SESSION.source}|\d+(?:st|nd|rd|th)|ordinary|extraordinary|${EVENT_REGULAR_SESSION_OF_BODY.qualifiers.join('|')}|annual|plenary|joint|ministerial|high-level)[^\S\n]+)+|(?<=\b(?:the|a|today['’]s|their|its|this)[^\S\n]+))(?:session|meeting|sitting)[^\S\n]+of[^\S\n]+the[^\S\n]+`,
  'gi',
);
/** What every match of SESSION_OF holds, on one line (`matchAllInLines`). */
const SESSION_OF_LINE = /(?:session|meeting|sitting)[^\S\n]+of[^\S\n]+the[^\S\n]/i;
const BODY_HEAD =
  /\b(?:Commission|Council|Committee|Forum|Dialogue|Assembly|Board|Mechanism|Working Group|Contact Group|Group)$/;
// event.regular-session-of-body (fl28a): "the Conference of Heads of Government of the Caribbean Community" too.
const BODY_OF = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]*[^\S\n]+)*?(?:Commission|Council|Committee|Assembly|Board|${EVENT_REGULAR_SESSION_OF_BODY.bodies.join('|')})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}`,
  'u',
);

/** Sessions of a standing body named as such: the body is an organisation, its session an event. */
export function sessionsOf(text: string, hits: GazetteerHit[]): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  for (const m of matchAllInLines(text, SESSION_OF, SESSION_OF_LINE)) {
    const at = m.index + m[0].length;
    // event.org-gathering: "the ministerial meeting of the Quad", "the annual session of the OSCE": a qualified
    // gathering of any organisation the gazetteer knows.
    const qualified = !/^(?:session|meeting|sitting)\b/i.test(m[0]);
    const orgs = hits.filter((h) => h.start === at && h.type === 'Organization').sort((a, b) => b.end - a.end);
    const body =
      orgs.find((h) => BODY_HEAD.test(h.surface))?.end ??
      // A body the gazetteer does not know: capitalised words ending in a body noun.
      (() => {
        const w =
          /^(?:[\p{Lu}][\p{L}'’-]*[^\S\n]+(?:(?:of|for|on|and)[^\S\n]+(?:the[^\S\n]+)?)?){0,6}[\p{Lu}][\p{L}-]*/u.exec(
            text.slice(at, at + 120),
          );
        if (!w) return undefined;
        // event.session-of-members-body (fl15b): "the IGAD Assembly of Heads of State and Government".
        // event.session-of-body-for (fl20a): "the Council for Foreign and Community Relations".
        if (BODY_HEAD.test(w[0]) || isMembersBody(w[0])) return at + w[0].length;
        if (isBodyWithRemit(w[0]))
          return bodyRunOnToOrg(
            text,
            at + w[0].length,
            (o) => hits.find((h) => h.type === 'Organization' && !h.pattern && h.start === o)?.end,
          );
        // "the Assembly of the African Union": a body of an organisation the gazetteer knows.
        const end = at + w[0].length;
        return BODY_OF.test(w[0]) && hits.some((h) => h.type === 'Organization' && h.end === end) ? end : undefined;
      })() ??
      (qualified ? orgs[0]?.end : undefined);
    if (body) out.push({ surface: text.slice(m.index, body), start: m.index });
  }
  return out;
}
