// Rules of the fl32b round (issue 6), found on the first look of three samples in the house styles of international
// bodies (the Eurasian Economic Commission's plain-text news, the Benelux Union's web page, OPEC's Markdown release)
// and stated as general constructions of diplomatic prose; each is tested on made-up sentences in rules-fl32b.test.ts.
import type { Ctx } from './context.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/**
 * Rule negotiates-for.fronted-for-side: "For Belgium the treaty was signed by A, Deputy Prime Minister, and by B,
 * Minister of Justice", "For the FMLN, the Agreement was signed by …", "For the European Union, the agreements were
 * signed by the High Representative, X, and by Y": a sentence that opens with "For" and a side, then says its text was
 * signed (or initialled) by people. Every person named after "by" acts for that side, up to a semicolon, another side
 * ("and for Chile by …", "on behalf of …") or a witness clause ("in the presence of …").
 * Also the side that owns a bare title of those signatories (office.fronted-side-owner, people-stage.ts).
 */
export const NEGOTIATES_FOR_FRONTED_FOR_SIDE = {
  id: 'negotiates-for.fronted-for-side',
  /** The opening "For" and its article; the side must start right after. */
  opener: /^For\s+(?:the\s+)?/,
  /** After the side: the signed text and "signed by" ("the treaty was signed by", "it was signed by"). */
  signedBy:
    /^['’]?s?,?\s+(?:(?:the|its|this|these|both)\s+(?:[\p{L}-]+\s+){0,3}|it\s+|they\s+)(?:was|were|has\s+been|have\s+been)\s+(?:signed|initialled|initialed)\s+by\s+/u,
  /** What ends the side's reach before a person: another side, a semicolon or a witness. */
  stop: /;|\b(?:for|on\s+behalf\s+of|in\s+the\s+name\s+of|in\s+the\s+presence\s+of|witnessed|while|whereas)\b/i,
};

/** The side hit a sentence opens with ("For the FMLN, …") and the end of its "… was signed by", if it reads so. */
export function frontedForSide(
  text: string,
  s: Pick<Sentence, 'start' | 'end'>,
  hits: readonly GazetteerHit[],
): { side: GazetteerHit; by: number } | undefined {
  if (!text.startsWith('For ', s.start)) return undefined;
  const o = NEGOTIATES_FOR_FRONTED_FOR_SIDE.opener.exec(text.slice(s.start, s.start + 12));
  if (!o) return undefined;
  const at = s.start + o[0].length;
  const side = hits
    .filter((h) => h.start === at && (h.type === 'State' || h.type === 'Organization') && !h.demonym)
    .sort((a, b) => b.end - a.end)[0];
  if (!side) return undefined;
  const m = NEGOTIATES_FOR_FRONTED_FOR_SIDE.signedBy.exec(text.slice(side.end, Math.min(s.end, side.end + 80)));
  return m ? { side, by: side.end + m[0].length } : undefined;
}

/** Rule negotiates-for.fronted-for-side: the signatories after "by" act for the side the sentence opens with. */
export function addFrontedForSide(k: RelKit, s: Sentence): void {
  const f = frontedForSide(k.ctx.text, s, k.hits);
  const sideKey = f ? k.hitKeys.get(f.side) : undefined;
  if (!f || !sideKey) return;
  const ps = k
    .personsIn(s.index)
    .filter(([p]) => (p.from ?? p.start) >= f.by - 1)
    .sort((a, b) => a[0].start - b[0].start);
  for (const [p, pk] of ps) {
    if (NEGOTIATES_FOR_FRONTED_FOR_SIDE.stop.test(k.ctx.text.slice(f.by, p.from ?? p.start))) break;
    k.ctx.relate('NEGOTIATES_FOR', pk, sideKey, s.index, NEGOTIATES_FOR_FRONTED_FOR_SIDE.id);
  }
}

/**
 * Rule office.fronted-side-owner: "For Belgium the treaty was signed by A, Deputy Prime Minister and Minister of
 * Security and the Interior, and by B, Minister of Justice", "On behalf of the Grand Duchy of Luxembourg, the Deputy
 * Prime Minister and Minister of Internal Security, C, and the Minister of Justice, D, put their signatures to the
 * text": a bare title of a signatory, in a sentence that opens with the state it signs for, is that state's, when no
 * other state, side or witness clause stands between the opening and the title. Read before any guess from the issuer,
 * the host or the document's other states (a treaty of three states, reported by their common body, left these
 * titles with no owner, or gave them the first state named).
 */
export const OFFICE_FRONTED_SIDE_OWNER = {
  id: 'office.fronted-side-owner',
  /** "On behalf of the (Government of the) …" opening the sentence; the state must start right after. */
  behalf: /^On\s+behalf\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?/,
  /** The sentence signs: a signing word. */
  signs: /\b(?:signed|signature|signatures|initialled|initialed)\b/,
};

/** Rule office.fronted-side-owner: the state a signatory's bare title at `titleStart` belongs to, if any. */
export function frontedSideState(
  text: string,
  s: Pick<Sentence, 'start' | 'end'>,
  titleStart: number,
  hits: readonly GazetteerHit[],
): string | undefined {
  let side: GazetteerHit | undefined;
  let from = 0;
  const f = frontedForSide(text, s, hits);
  if (f) {
    side = f.side;
    from = f.by;
  } else if (text.startsWith('On behalf of ', s.start)) {
    const o = OFFICE_FRONTED_SIDE_OWNER.behalf.exec(text.slice(s.start, s.start + 40));
    const at = o ? s.start + o[0].length : -1;
    side = hits.filter((h) => h.start === at && h.type === 'State' && !h.demonym).sort((a, b) => b.end - a.end)[0];
    if (!side || !OFFICE_FRONTED_SIDE_OWNER.signs.test(text.slice(side.end, s.end))) return undefined;
    from = side.end;
  }
  if (!side || side.type !== 'State' || titleStart < from) return undefined;
  const other = hits.some((h) => h.start >= side.end && h.end <= titleStart && h.name !== side.name && !h.demonym);
  if (other || NEGOTIATES_FOR_FRONTED_FOR_SIDE.stop.test(text.slice(from, titleStart))) return undefined;
  return side.name;
}

/**
 * Rule negotiates-for.fronted-behalf-list (widens negotiates-for.fronted-behalf-side of rules-roles.ts): "On behalf of
 * the Grand Duchy, the Deputy Prime Minister, X, and the Minister of Justice, Y, put their signatures": the signatories
 * listed after the opening each act for its side, also when "the" or "by" comes before the next one's title (the first
 * version stopped at the article, so only X acted).
 */
export const FRONTED_BEHALF_LIST = {
  id: 'negotiates-for.fronted-behalf-list',
  /** Between two listed signatories (the next one's title and name excluded): a comma or "and", "by", "the". */
  joiner: /^\s*(?:,|,?\s+and)(?:\s+by)?(?:\s+the)?\s+$/,
};

/**
 * Rule party-to.signatory-side: "For Belgium the treaty was signed by A", "The Netherlands was represented by B",
 * "On behalf of the Grand Duchy of Luxembourg, C … put their signatures to the text": whoever acts for a side
 * (NEGOTIATES_FOR a state or organisation) at the signing an agreement was reached at (REACHED_AT) makes that side a
 * party to it. Only a signing, or an event that reached one agreement alone: a summit where several agreements were
 * reached does not make every delegation a party to each. Read last, once roles, participation and REACHED_AT are in.
 */
export const PARTY_TO_SIGNATORY_SIDE = {
  id: 'party-to.signatory-side',
  /** An event that is a signing by its name. */
  signing: /\bsign(?:ing|ature)\b/i,
};

/** Rule party-to.signatory-side, over the document's relations (by entity name, as candidates merge by name). */
export function partyToSignatorySide(ctx: Ctx): void {
  const name = (key: string) => {
    const c = ctx.entity(key);
    return c ? `${c.type}\u0000${c.name}` : key;
  };
  const rels = ctx.relations;
  const reached = new Map<string, string[]>();
  for (const r of rels)
    if (r.type === 'REACHED_AT') reached.set(name(r.to), [...(reached.get(name(r.to)) ?? []), r.from]);
  if (!reached.size) return;
  const parties = new Set(rels.filter((r) => r.type === 'PARTY_TO').map((r) => `${name(r.from)}|${name(r.to)}`));
  const eventsOf = new Map<string, string[]>();
  for (const r of rels)
    if (r.type === 'PARTICIPATED_IN') eventsOf.set(name(r.from), [...(eventsOf.get(name(r.from)) ?? []), r.to]);
  for (const r of rels.filter((x) => x.type === 'NEGOTIATES_FOR')) {
    const side = ctx.entity(r.to);
    if (!side || (side.type !== 'State' && side.type !== 'Organization')) continue;
    for (const e of eventsOf.get(name(r.from)) ?? []) {
      const agreements = [...new Set(reached.get(name(e)) ?? [])];
      const names = new Set(agreements.map(name));
      if (names.size !== 1 || !PARTY_TO_SIGNATORY_SIDE.signing.test(ctx.entity(e)?.name ?? '')) continue;
      for (const a of agreements) {
        if (parties.has(`${name(r.to)}|${name(a)}`)) continue;
        parties.add(`${name(r.to)}|${name(a)}`);
        ctx.relate('PARTY_TO', r.to, a, r.sentence, PARTY_TO_SIGNATORY_SIDE.id);
      }
    }
  }
}
