// Person mentions with their titles: honorific + name ("H.E. Mr. MOTEGI Toshimitsu"), title + name
// ("Foreign Minister Wang Yi"), name + apposition ("Donald Tusk, President of the European Council"),
// bare full names, "as <title>" attachments, and bare titles ("the Prime Minister") for coreference.
import type { Sentence } from '../types.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { findPluralTitlePairs } from './plural-people.ts';
import { parseTitleAt, titleStarts, type TitleParse } from './titles.ts';
import { HONORIFIC_RE, isNameLike, NAME, NON_NAME } from './text.ts';

export interface PersonMention {
  start: number;
  end: number;
  surface: string;
  /** Name without honorifics or titles, as written. */
  raw: string;
  sentence: number;
  rule: string;
  titles: (TitleParse & { former?: boolean; rule: string; principalPerson?: string })[];
  /** "President Erdogan of Turkey". */
  ofState?: string;
  /** The whole mention with its titles and appositions. */
  from?: number;
  to?: number;
  /** Written "Lavrov, Sergey Viktorovich". */
  inverted?: boolean;
  /** One of two people behind a plural title ("Prime Ministers Howard and Abe"): position and the other name. */
  pair?: { index: number; partner: string };
}

/** A title used alone ("the Prime Minister", "the President of the Republic"). */
export interface TitleRef extends TitleParse {
  sentence: number;
  /** An envoy title whose principal is named right after it ("Special Envoy of President X"). */
  principalAt?: number;
}

/** What may follow a bare full name for it to count as a person: a comma or a reporting verb. */
const FULL_NAME_NEXT =
  /^(\s*,|\s*$|\s+(had|has|have|held|met|said|says|spoke|speaks|told|called|expressed|stated|welcomed|thanked|noted|stressed|emphasi[sz]ed|underlined|added|agreed|discussed|received|visited|was|is|will|and\s+\p{Lu}|who|also|put|signed|led|joined|took|presented|announced|issued|urged|briefed|conveyed|paid|on\s+behalf)\b)/u;
const NAME_RE = new RegExp(`^${NAME}`, 'u');

/** Trims a name match: possessive, trailing vocabulary words ("Abe Prime"), "of …". */
function cleanName(raw: string): string {
  // Post-nominals are no part of the name: "the Hon Richard Marles MP".
  const toks = raw
    .replace(/['’]s$/, '')
    .replace(/(?:\s+(?:MP|QC|KC|OBE|CBE|KBE|CMG|AO|AC|CGH|EGH|MBE))+$/, '')
    .split(/\s+/);
  // A vocabulary word ends the name: "Yoon Suk Yeol Holds Korea-Japan" → "Yoon Suk Yeol".
  const cut = toks.findIndex(
    (t, i) => i > 0 && (NON_NAME.has(t.replace(/['’]s$/, '')) || /^\p{Lu}[\p{L}.]*-\p{Lu}/u.test(t)),
  );
  if (cut > 0) toks.length = cut;
  while (toks.length && NON_NAME.has(toks[toks.length - 1]!.replace(/['’]s$/, ''))) toks.pop();
  const last = toks.length - 1;
  if (last >= 0) toks[last] = toks[last]!.replace(/['’]s$/, '');
  return toks.join(' ').replace(/[,.]$/, (m) => (/\b(Jr|Sr)\.$/.test(toks.join(' ')) ? m : ''));
}

function readName(text: string, at: number, needFull: boolean): { raw: string; end: number } | undefined {
  const m = NAME_RE.exec(text.slice(at, at + 120));
  if (!m) return undefined;
  let raw = cleanName(m[0]);
  if (!raw || NON_NAME.has(raw.split(/\s+/)[0]!)) return undefined;
  // "Teodoro L. Locsin Jr., Secretary of Foreign Affairs": the suffix keeps its period.
  if (/\b(Jr|Sr)$/.test(raw) && text[at + raw.length] === '.') raw += '.';
  if (needFull && (raw.split(/\s+/).length < 2 || !isNameLike(raw))) return undefined;
  if (!needFull && !isNameLike(raw)) return undefined;
  return { raw, end: at + raw.length };
}

/** Finds person mentions and bare titles in one sentence. */
export function findPeople(
  text: string,
  s: Sentence,
  hits: GazetteerHit[],
): { people: PersonMention[]; refs: TitleRef[] } {
  // "Prime Ministers Howard and Abe": two mentions under one plural title, read before the single titles.
  const people: PersonMention[] = findPluralTitlePairs(text, s);
  const inPair = (p: number) => people.some((x) => x.from! <= p && p < x.to!);
  const refs: TitleRef[] = [];
  let next = s.start;
  for (const p of titleStarts(s.text, s.start)) {
    if (p < next || inPair(p)) continue;
    const former = /\b(former|then|late)\s+$/i.test(text.slice(Math.max(s.start, p - 12), p));
    let at = p;
    const hon = HONORIFIC_RE.exec(text.slice(at, at + 60));
    if (hon) at += hon[0].length;
    let title = parseTitleAt(text, at, hits);
    let person: PersonMention | undefined;
    // "Special Envoy of President Rodrigo Roa Duterte of the Philippines": the envoy title is someone else's; the
    // name belongs to the principal, whose own title is "President".
    const pm =
      title &&
      /\s(?:of|for|to)\s+(?:the\s+)?(President|Prime Minister|Chancellor|King|Sultan|Chair|Premier)$/.exec(
        title.surface,
      );
    if (title && pm && /^\s+\p{Lu}/u.test(text.slice(title.end, title.end + 3))) {
      const pStart = title.start + pm.index + pm[0].length - pm[1]!.length;
      const envoy = parseTitleAt(text, at, hits);
      if (envoy) {
        const cut = {
          ...envoy,
          end: pStart,
          surface: text.slice(envoy.start, pStart).replace(/\s+(?:of|for|to)\s+(?:the\s+)?$/, ''),
          principal: pm[1]!,
        };
        cut.end = cut.start + cut.surface.length;
        refs.push({ ...cut, sentence: s.index, principalAt: pStart });
      }
      title = parseTitleAt(text, pStart, hits);
    }
    if (title) {
      let k = title.end;
      const h2 = HONORIFIC_RE.exec(text.slice(k + 1, k + 60));
      // A title at the end of a headline is not followed by a name on the next line (a dateline "Addis Ababa, …").
      const nameAt = /^[^\S\n]/.test(text[k] ?? '') ? k + 1 + (h2 ? h2[0].length : 0) : -1;
      const nm =
        nameAt > 0 && !/^(of|for|to)\b/.test(text.slice(nameAt, nameAt + 4))
          ? readName(text, nameAt, false)
          : undefined;
      if (nm) {
        person = {
          start: nameAt,
          end: nm.end,
          surface: text.slice(p, nm.end),
          raw: nm.raw,
          sentence: s.index,
          rule: 'person.title-name',
          titles: [{ ...title, former, rule: 'office.title-before-name' }],
        };
      } else if (!hon) {
        // "the Prime Minister, Boris Johnson": a title, then the name after a comma.
        // An honorific may stand before the name: "the Minister of Foreign Affairs, Mr Mohammad Javad Zarif".
        // "The Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP": two titles, one name.
        const andT = /^\s+and\s+(?:the\s+)?/.exec(text.slice(title.end, title.end + 10));
        const t2c = andT ? parseTitleAt(text, title.end + andT[0].length, hits) : undefined;
        const t2 = t2c && /^,\s/.test(text.slice(t2c.end, t2c.end + 2)) ? t2c : undefined;
        const tEnd = t2 ? t2.end : title.end;
        const comma0 = /^,\s+/.exec(text.slice(tEnd, tEnd + 4));
        const h4 = comma0 ? HONORIFIC_RE.exec(text.slice(tEnd + comma0[0].length, tEnd + comma0[0].length + 40)) : null;
        const comma = comma0 ? [comma0[0] + (h4 ? h4[0] : '')] : null;
        const nm2 = comma ? readName(text, tEnd + comma[0]!.length, true) : undefined;
        // Not when the name has its own apposition ("the President of the Republic, Mr Bonne, Diplomatic Adviser …").
        const ownTitle = nm2 ? /^\s*,\s*(?:the\s+)?/.exec(text.slice(nm2.end, nm2.end + 8)) : null;
        const hasOwn = nm2 && ownTitle ? parseTitleAt(text, nm2.end + ownTitle[0].length, hits, true) : undefined;
        if (
          nm2 &&
          !hasOwn &&
          /^(?:\s+(?:MP|QC|KC|OBE|CBE|KBE|CMG|AO|AC|MBE))*\s*([,.;)]|$)/.test(text.slice(nm2.end, nm2.end + 12)) &&
          !overlapsHit(hits, tEnd, nm2.end)
        ) {
          const at2 = tEnd + comma![0]!.length;
          person = {
            start: at2,
            end: nm2.end,
            surface: nm2.raw,
            raw: nm2.raw,
            sentence: s.index,
            rule: 'person.title-comma-name',
            titles: [title, ...(t2 ? [t2] : [])].map((t) => ({ ...t, former, rule: 'office.title-comma-name' })),
            from: p,
            to: nm2.end,
          };
          people.push(person);
          next = nm2.end;
          continue;
        }
        refs.push({ ...title, sentence: s.index });
        next = title.end;
        continue;
      }
      k = title.end;
    }
    if (!person && !hon && !title && /\b(its|their|his|her|the)\s+$/.test(text.slice(Math.max(s.start, p - 8), p))) {
      // "led by its chief negotiator Mohammed Abdulsalam": a lowercase title before a full name.
      const lt = parseTitleAt(text, p, hits, true);
      const nm = lt && /^\s/.test(text[lt.end] ?? '') ? readName(text, lt.end + 1, true) : undefined;
      if (lt && nm && !overlapsHit(hits, lt.end, nm.end)) {
        person = {
          start: lt.end + 1,
          end: nm.end,
          surface: text.slice(p, nm.end),
          raw: nm.raw,
          sentence: s.index,
          rule: 'person.lower-title-name',
          titles: [{ ...lt, former, rule: 'office.title-before-name' }],
        };
      }
    }
    if (!person && hon) {
      const nm = readName(text, at, false);
      if (nm && !overlapsHit(hits, at, nm.end))
        person = {
          start: at,
          end: nm.end,
          surface: text.slice(p, nm.end),
          raw: nm.raw,
          sentence: s.index,
          rule: 'person.honorific',
          titles: [],
        };
    }
    if (!person && !hon && !title) {
      const nm = readName(text, p, true);
      const after = text.slice(nm?.end ?? 0, (nm?.end ?? 0) + 20);
      const before = text.slice(Math.max(s.start, p - 20), p);
      if (
        nm &&
        !overlapsHit(hits, p, nm.end) &&
        !/\b\p{Lu}{2,}\b/u.test(nm.raw) &&
        !/\b(in|at|near|from|the)\s+$/.test(before) &&
        !/\p{Lu}[\p{L}'’-]*\s+$/u.test(before) &&
        // "Addis Ababa, 18 February 2023": a dateline's place, not a name.
        !/^,\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b|\d{1,4}[/.-]\d)/u.test(after) &&
        // "held talks with his Egyptian counterpart Sameh Shoukry in Moscow": "counterpart" introduces a person.
        (FULL_NAME_NEXT.test(after) || /\bcounterparts?,?[^\S\n]+$/.test(before))
      ) {
        // "his Egyptian counterpart": the adjective gives the person's state.
        const counterpart = /\bcounterparts?,?[^\S\n]+$/.test(before);
        const dem = counterpart
          ? hits.find(
              (h) => h.type === 'State' && h.demonym && /^[^\S\n]+counterparts?,?[^\S\n]+$/.test(text.slice(h.end, p)),
            )
          : undefined;
        person = {
          start: p,
          end: nm.end,
          surface: nm.raw,
          raw: nm.raw,
          sentence: s.index,
          rule: counterpart ? 'person.counterpart' : 'person.full-name',
          titles: [],
          ...(dem ? { ofState: dem.name } : {}),
        };
      }
    }
    if (!person) continue;
    // "Lavrov, Sergey Viktorovich": surname, then given names and patronymic.
    const inv = /^,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?:vich|vna|ovich|evich|ovna|evna)))(?=[\s,.;)]|$)/u.exec(
      text.slice(person.end, person.end + 60),
    );
    if (inv && !person.raw.includes(' ')) {
      person.raw = `${person.raw}, ${inv[1]}`;
      person.inverted = true;
      person.end += inv[0].length;
      person.surface = text.slice(p, person.end);
    }
    let e = person.end;
    const of = /^\s+of\s+(the\s+)?/.exec(text.slice(e, e + 12));
    if (of) {
      const hit = hits.find(
        (h) => h.start === e + of[0].length - (of[1] ? of[1].length : 0) || h.start === e + of[0].length,
      );
      if (hit && hit.type === 'State' && !hit.demonym) {
        person.ofState = hit.name;
        e = hit.end;
      }
    }
    // Appositions: ", Minister for Foreign Affairs", ", member of …, vice premier of … and chief of …".
    for (;;) {
      const sep = /^\s*(?:,|\band\b|\()\s*(?:the\s+)?/.exec(text.slice(e, e + 10));
      if (!sep) break;
      const t = parseTitleAt(text, e + sep[0].length, hits, true);
      if (!t || t.end > s.end) break;
      // A title followed by a name introduces the next person.
      const after = text.slice(t.end, t.end + 40);
      const h3 = HONORIFIC_RE.exec(after.replace(/^\s+/, ''));
      const nameAt = t.end + (after.length - after.replace(/^\s+/, '').length) + (h3 ? h3[0].length : 0);
      if (/^\s+\S/.test(after) && readName(text, nameAt, false)) break;
      // "In her conversations with Mr Lukashenko, the Chancellor set out …": a title then a verb starts a clause.
      if (/^\s+\p{Ll}/u.test(after) && !/^\s+(?:of|for|to|at|on|in|and|who|which|whose|with|since|from)\b/.test(after))
        break;
      const unit = withUnit(text, t, s.end);
      person.titles.push({ ...unit, former: false, rule: 'office.apposition' });
      e = unit.end;
    }
    person.from = p;
    person.to = Math.max(e, person.end);
    people.push(person);
    next = Math.max(e, person.end);
  }
  // "Special Presidential Envoy for Arms Control Ambassador Marshall Billingslea": two titles, one person.
  for (const r of [...refs]) {
    const next = people.find((x) => (x.from ?? x.start) >= r.end && /^\s*$/.test(text.slice(r.end, x.from ?? x.start)));
    if (!next || r.principalAt !== undefined) continue;
    // "Special Presidential Envoy for Arms Control Ambassador Marshall Billingslea": "Ambassador" is then a style.
    const styled = next.titles.findIndex((t) => t.title === 'Ambassador');
    if (styled >= 0) next.titles.splice(styled, 1);
    next.titles.unshift({ ...r, former: false, rule: 'office.title-before-title' });
    refs.splice(refs.indexOf(r), 1);
  }
  // "Deputy Minister Morgulov will be positioned as Special Representative …", "in his capacity as Chair of ASEAN".
  for (const r of [...refs]) {
    const before = text.slice(Math.max(s.start, r.start - 40), r.start);
    if (!/\b(as|be|become|became|appointed|named)\s+(the\s+)?$/.test(before)) continue;
    const holder = [...people].reverse().find((x) => x.end <= r.start);
    if (!holder) continue;
    holder.titles.push({ ...r, former: false, rule: 'office.as-title' });
    // The envoy belongs to the principal's state ("… of President X of the Philippines").
    const principal =
      r.principalAt !== undefined
        ? people.find((x) => x.start >= r.principalAt! && x.start - r.principalAt! < 40)
        : undefined;
    if (principal) {
      holder.ofState ??= principal.ofState ?? principal.titles.find((t) => t.owner?.type === 'State')?.owner?.name;
      holder.titles[holder.titles.length - 1]!.principalPerson = principal.raw;
    }
    refs.splice(refs.indexOf(r), 1);
  }
  return { people, refs };
}

/**
 * "Secretary, Department of Economic Affairs, Ministry of Finance", "Secretary (Border Management), Ministry of Home
 * Affairs": a generic title takes the department or ministry named right after it, and a parenthesised portfolio.
 */
function withUnit(text: string, t: TitleParse, limit: number): TitleParse {
  let { title, end } = t;
  const par = /^\s*\(([^()\n]{2,40})\)/.exec(text.slice(end, end + 50));
  if (par) {
    title = `${title} (${par[1]})`;
    end += par[0].length;
  }
  const unit =
    /^,\s+((?:Department|Ministry|Office|Bureau|Directorate|Division)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)/u.exec(
      text.slice(end, end + 80),
    );
  if (!unit || end + unit[0].length > limit || /\s(?:of|for)\s/.test(t.title))
    return par ? { ...t, title, end, surface: text.slice(t.start, end) } : t;
  title = `${title} of the ${unit[1]}`;
  end += unit[0].length;
  return { ...t, title, end, surface: text.slice(t.start, end) };
}

function overlapsHit(hits: GazetteerHit[], s: number, e: number): boolean {
  return hits.some((h) => h.start < e && h.end > s);
}
