// The parties an agreement's sentence names around it: lists of states and organisations as the subject of its
// signing ("Finland, Sweden and Türkiye signed the Trilateral Memorandum"), in a relative clause after it ("the Code
// of Conduct, which ASEAN and China are negotiating") or after "signed by" ("the Memorandum …, signed by Jordan,
// Russia and the United States").
import { PARTY_LIST_REPEATED_PREPOSITION } from './rules-fl28b.ts';
import { findGazetteerHits, type GazetteerHit } from './gazetteer.ts';
import { hitsStartingIn } from './hit-index.ts';
import { isoOf } from './people-stage.ts';
import { combiningFormStates } from './rules-agr17.ts';
import type { Found } from './types.ts';
import type { RelKit } from './rel-kit.ts';

/** What may separate two items of a list of parties. */
// negotiates-for.respectively-and-of (fl28a): "on behalf of the MPS and of the Forum respectively": "and of" too.
const SEP_AFTER =
  /^(?:,[^\S\n]*(?:and[^\S\n]+(?:of[^\S\n]+)?)?|[^\S\n]+and[^\S\n]+(?:of[^\S\n]+)?|[^\S\n]+as[^\S\n]+well[^\S\n]+as[^\S\n]+)/;
const SEP_BEFORE = /(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)(?:the[^\S\n]+)?$/;
const party = (h: GazetteerHit) => (h.type === 'State' || h.type === 'Organization') && !h.demonym;

/** The list of parties that opens at `at` ("Jordan, Russia and the United States"). */
export function partyListAt(k: RelKit, at: number): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  for (;;) {
    const h = hitsStartingIn(k.hits, at, at + 5).find((x) => party(x) && x.start >= at && x.start <= at + 4);
    if (!h || !/^(?:the\s+)?$/.test(k.ctx.text.slice(at, h.start))) break;
    out.push(h);
    // party-list.repeated-preposition (rules-fl28b.ts): "of A and of B".
    const sep =
      PARTY_LIST_REPEATED_PREPOSITION.sep.exec(k.ctx.text.slice(h.end, h.end + 14)) ??
      SEP_AFTER.exec(k.ctx.text.slice(h.end, h.end + 14));
    if (!sep) break;
    at = h.end + sep[0].length;
  }
  return out;
}

/** The list of parties that closes at `end` ("Finland, Sweden and Türkiye" before "signed"). */
function partyListBefore(k: RelKit, end: number): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  let h = k.hits.findLast((x) => party(x) && x.end <= end && /^\s*$/.test(k.ctx.text.slice(x.end, end)));
  while (h) {
    out.unshift(h);
    const cur: GazetteerHit = h;
    h = k.hits.findLast(
      (x) =>
        party(x) &&
        x.end <= cur.start &&
        cur.start - x.end <= 16 &&
        SEP_BEFORE.test(k.ctx.text.slice(x.end, cur.start)) &&
        !out.includes(x),
    );
  }
  return out;
}

/** "…, which ASEAN and China are negotiating": a relative clause whose subject lists the parties. */
const RELATIVE = /^[^\S\n]*(?:\([A-Z][A-Za-z]{1,8}\))?,?[^\S\n]+(?:which|that)[^\S\n]+(?:the[^\S\n]+)?(?=\p{Lu})/u;
const RELATIVE_VERB =
  /^[^\S\n]+(?:(?:have|has|had|are|were|is|was)[^\S\n]+)?(?:(?:jointly|already|now|still|recently)[^\S\n]+)?(?:signed|concluded|negotiating|negotiated|adopted|ratified|agreed|initialled|reached)\b/;
/** "Finland, Sweden and Türkiye signed the Trilateral Memorandum": the subject right before the signing verb. */
const SUBJECT_VERB =
  /[^\S\n]+(?:(?:have|has|had|also|today|jointly|formally)[^\S\n]+)?(?:signed|concluded|adopted|initialled|ratified|reached)[^\S\n]+(?:(?:the|a|an|their|a[^\S\n]+new)[^\S\n]+)?(?:new[^\S\n]+)?$/;

/** party-to.listed: the parties the sentence lists as subject of the agreement's signing or negotiation (two or more). */
export function listedParties(k: RelKit, a: Found): GazetteerHit[] {
  const { text } = k.ctx;
  const s = k.ctx.sentences[a.sentence]!;
  const rel = RELATIVE.exec(text.slice(a.end, Math.min(s.end, a.end + 30)));
  if (rel) {
    const list = partyListAt(k, a.end + rel[0].length);
    const last = list[list.length - 1];
    if (list.length >= 2 && last && RELATIVE_VERB.test(text.slice(last.end, last.end + 50))) return list;
  }
  const verb = SUBJECT_VERB.exec(text.slice(Math.max(s.start, a.start - 50), a.start));
  if (verb) {
    const list = partyListBefore(k, a.start - verb[0].length);
    if (list.length >= 2 && list[0]!.start >= s.start) return list;
  }
  return [];
}

/**
 * party-to.combining-form: "the Sino-British Joint Declaration": a combining form and the demonym joined to it name
 * the parties (the gazetteer leaves "Sino-" compounds out, as they are rarely states in running text).
 */
export function combiningFormParties(k: RelKit, a: Found): string[] {
  // (agr17) Franco-, Anglo-, Italo-, … beside a state's name as well (COMBINING_FORMS, rules-agr17.ts).
  const forms = combiningFormStates(k.ctx.text.slice(a.start, a.end)).map(([form, s, e]): [string, number, number] => [
    findGazetteerHits(form).find((h) => h.type === 'State')?.name ?? form,
    a.start + s,
    a.start + e,
  ]);
  return forms.map(
    ([name, start, end]) =>
      k.stateKey(name) ??
      k.ctx.add(
        'State',
        name,
        { surface: k.ctx.text.slice(start, end), start, end },
        'state.combining-form',
        isoOf(name),
      ),
  );
}
