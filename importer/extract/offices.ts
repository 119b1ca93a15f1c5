// Office naming helpers of the people stage: same-office title forms held by one person, usual alternative forms of
// a short title, and bodies that only occur inside office titles (not organisations of their own).
import type { Ctx } from './context.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { LEADER_TITLES } from './lexicons.ts';
import { sameOffice } from './office-identity.ts';
import { peekPeople } from './people.ts';

/** A staff title of the presidency written as an adjective: "Presidential Aide", "Presidential Adviser". */
const PRESIDENTIAL_TITLE = /^Presidential\s+(Aide|Adviser|Advisor|Assistant|Counsellor|Counselor|Spokesperson)$/;

/** Inverted and owner-prefixed forms of a short title ("Treasury Secretary" → "Secretary of the Treasury of …"). */
export function titleForms(title: string, owner: string, ownerPhrase: string): string[] {
  // Rule office.presidential-form: "Presidential Aide" is the "Aide to the President of …".
  const pres = PRESIDENTIAL_TITLE.exec(title);
  if (pres) return [`${pres[1]} to the President of ${ownerPhrase}`, `${pres[1]} of the President of ${ownerPhrase}`];
  // "Minister for Trade and Export Growth" is also written "Minister of …" (a portfolio list either way).
  const list = /^(Minister|Secretary) (for|of) ((?:[\p{L}-]+(?:, | and | ))+[\p{L}-]+)$/u.exec(title);
  if (list && /,| and /.test(list[3]!))
    return [`${list[1]} ${list[2] === 'for' ? 'of' : 'for'} ${list[3]} of ${ownerPhrase}`];
  if (/\s(?:of|for|to|at)\s/.test(title) || title.split(' ').length > 3 || LEADER_TITLES.test(title)) return [];
  const out = [`${owner} ${title}`];
  // "Deputy Foreign Minister" is also the "Deputy Minister of Foreign Affairs".
  const inv = /^((?:First |Senior )?(?:Deputy|Vice|Assistant) )?(\p{Lu}[\p{L}-]*)\s+(Secretary|Minister)$/u.exec(title);
  if (inv && !/^(Prime|Chief|First|Deputy|Vice|Senior|Junior|State|General|Permanent|Cabinet)$/.test(inv[2]!)) {
    const [, pre = '', word, head] = inv;
    const field = word === 'Foreign' ? 'Foreign Affairs' : word!;
    out.push(`${pre}${head} of ${field} of ${ownerPhrase}`);
    if (head === 'Secretary') out.push(`${pre}Secretary of the ${field} of ${ownerPhrase}`);
  }
  return out;
}

/** The Union's bodies whose "Commissioner for X" is a member of the European Commission. */
const EU_BODIES = new Set(['European Union', 'European Commission']);

/**
 * Rule office.eu-commissioner: "the Commissioner for Trade" of the European Union (or of the Commission) is the
 * "European Commissioner for Trade", an office of the European Commission; the title as written stays an alias.
 */
export function euCommissioner(
  title: string,
  owner: { type: 'State' | 'Organization'; name: string },
): { title: string; owner: { type: 'Organization'; name: string } } | undefined {
  const m = /^Commissioner\s+(for|of)\s+(.+)$/.exec(title);
  if (!m || owner.type !== 'Organization' || !EU_BODIES.has(owner.name)) return undefined;
  return { title: `European Commissioner for ${m[2]}`, owner: { type: 'Organization', name: 'European Commission' } };
}

/** Each state's foreign ministry, whose spokesperson a readout names by the bare title "Spokesperson". */
const FOREIGN_MINISTRY: Record<string, string[]> = {
  'United States': ['Department of State', 'State Department'],
  'United Kingdom': ['Foreign, Commonwealth and Development Office', 'FCDO'],
  Canada: ['Global Affairs Canada'],
  Australia: ['Department of Foreign Affairs and Trade', 'DFAT'],
  'New Zealand': ['Ministry of Foreign Affairs and Trade'],
  India: ['Ministry of External Affairs', 'MEA'],
};

/**
 * "Spokesperson Matthew Miller" in a State Department readout: the spokesperson of the state's foreign ministry
 * ("Department of State Spokesperson", "Spokesperson of the Department of State").
 */
export function spokespersonForms(title: string, owner: string): string[] {
  if (!/^(?:Spokesperson|Spokesman|Spokeswoman|Deputy Spokesperson|Principal Deputy Spokesperson)$/.test(title))
    return [];
  const ministries = FOREIGN_MINISTRY[owner] ?? ['Ministry of Foreign Affairs', 'Foreign Ministry'];
  return ministries.flatMap((m) => [
    `${m} ${title}`,
    `${title} of the ${m}`,
    `${owner} ${m} ${title}`,
    `${title} of the ${owner} ${m}`,
  ]);
}

/**
 * Whether `short` names the same office as `long` held by the same person: a shortened form ("Minister" of
 * "Minister for Foreign Affairs") or the inverted form ("Foreign Minister" of "Minister of Foreign Affairs").
 */
export function shortFormOf(short: string, long: string): boolean {
  if (sameOffice(short, long)) return true;
  if (new RegExp(`(?:^|\\s)${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(long)) return true;
  const inv = /^((?:Deputy|Vice|Senior Deputy|First Deputy)\s+)?(\p{Lu}[\p{L}-]*)\s+(Minister|Secretary)$/u.exec(short);
  if (!inv) return false;
  const [, pre = '', field, head] = inv;
  return new RegExp(`^${pre}${head}\\s+(?:of|for)\\s+(?:the\\s+)?${field}(?:\\s+Affairs)?$`).test(long);
}

/**
 * Bodies found by their form only and named only inside office titles they do not own ("vice premier of the State
 * Council", "Secretary General of the National Security Secretariat"): part of those titles, not organisations.
 */
export function titleBodies(ctx: Ctx, hits: GazetteerHit[]): Set<string> {
  const titles = ctx.sentences.flatMap((s) => peekPeople(ctx.text, s, hits).people.flatMap((m) => m.titles));
  const inTitle = (h: GazetteerHit) =>
    titles.some((t) => t.start <= h.start && h.end <= t.end && t.owner?.name !== h.name);
  const names = new Set(hits.filter((h) => h.pattern && h.type === 'Organization').map((h) => h.name));
  return new Set([...names].filter((n) => hits.filter((h) => h.name === n).every((h) => h.pattern && inTitle(h))));
}

/** An office named with its state but held by no one named: "Turkey's Ministers of Justice and Interior". */
export interface PluralOffice {
  title: string;
  owner: string;
  start: number;
  end: number;
  surface: string;
}

/**
 * Plural titles of one state coordinated by "and" ("Turkey's Ministers of Justice and Interior", "the Chinese
 * Ministers of Commerce and Finance"): one office per portfolio, owned by the state the possessive or demonym names.
 */
export function pluralOffices(text: string, hits: GazetteerHit[]): PluralOffice[] {
  const out: PluralOffice[] = [];
  const re =
    /\b(Ministers|Secretaries)\s+(of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+Affairs)?)\s+and\s+(?:(?:of|for)\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+Affairs)?)/gu;
  for (const m of text.matchAll(re)) {
    // The state: "Turkey's" or "Turkish" right before the plural title.
    const st = hits.find(
      (h) =>
        h.type === 'State' &&
        h.end <= m.index &&
        /^(?:['’]s)?\s+$/.test(text.slice(h.end, m.index)) &&
        (h.demonym || /['’]s/.test(text.slice(h.end, h.end + 2))),
    );
    if (!st) continue;
    const head = m[1] === 'Ministers' ? 'Minister' : 'Secretary';
    for (const field of [m[3]!, m[4]!])
      out.push({
        title: `${head} ${m[2]} ${field}`,
        owner: st.name,
        start: m.index,
        end: m.index + m[0].length,
        surface: m[0],
      });
  }
  return out;
}
