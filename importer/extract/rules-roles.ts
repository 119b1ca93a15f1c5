// Roles between people and sides: NEGOTIATES_FOR (delegation heads, envoys, "on behalf of", "signed for the X side")
// and REPORTS_TO ("under the leadership of", advisers).
import { LEADER_TITLES } from './lexicons.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { sameOwner, STATE_NAMES, type RelKit } from './rel-kit.ts';

/** Adds NEGOTIATES_FOR and REPORTS_TO relations. */
export function addRoleRelations(k: RelKit): void {
  const { ctx, hits, hitKeys, people, clusterOf, personsIn, key, stateKey } = k;
  // NEGOTIATES_FOR: negotiators and delegation heads in negotiations act for their state or organisation.
  for (const s of ctx.sentences) {
    if (
      !/negotiat|consultations/i.test(s.text) ||
      !/\b(led|headed|conducting|conducts|negotiates|chief negotiator)\b/i.test(s.text)
    )
      continue;
    for (const [m, k] of personsIn(s.index)) {
      const c = clusterOf.get(m)!;
      // "led by Liu on the Chinese side and by Lighthizer and Mnuchin": a chain of leaders after one "led by".
      const leads =
        /\b(led|headed)\s+by\s+(?:(?:\S+\s+){0,8}?and\s+by\s+)?(?:\S+\s+){0,2}?(?:\S+\s+and\s+)?$/i.test(
          ctx.text.slice(s.start, m.from ?? m.start),
        ) ||
        /\b(led|headed)\s+by\s+(?:\S+\s+){0,6}$/i.test(ctx.text.slice(s.start, m.from ?? m.start)) ||
        /^\s*,\s*(?:the\s+)?head\s+of\s+(?:the\s+)?\S+\s+delegation\b/i.test(ctx.text.slice(m.to ?? m.end, s.end)) ||
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
    // "under the leadership of the two ministers": the two who held the readout's meeting.
    const two = /^(?:the\s+)?(?:two|both)\s+(\p{L}+?)s?\b/u.exec(s.text.slice(m.index + m[0].length));
    if (!bosses.length && two && k.main) {
      const word = two[1]!.toLowerCase();
      bosses = [...(k.participants.get(k.main.key) ?? [])].filter(
        (c) => word === 'leader' || (people.offices.get(c) ?? []).some((o) => o.title.toLowerCase().includes(word)),
      );
    }
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
        const named = t.principalPerson
          ? people.clusters.find((b) => b.mentions.some((x) => x.raw === t.principalPerson))
          : undefined;
        const boss =
          named ??
          people.clusters.find(
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
    // "… who had steered the final phase of the negotiations for their respective sides": each person of the
    // clause acts for their own side; one whose office is not a side's (a Commissioner) takes the side left over.
    const resp = /\b(?:on behalf of|for)\s+their\s+respective\s+(?:countries|sides|governments|delegations)\b/i.exec(
      s.text,
    );
    if (resp) {
      const at = s.start + resp.index;
      const from = s.start + s.text.slice(0, resp.index).lastIndexOf(';') + 1;
      const ps = personsIn(s.index).filter(([p]) => p.start < at && p.start >= from);
      const sideOf = new Map<string, string | undefined>();
      for (const [p] of ps) {
        const c = clusterOf.get(p)!;
        const owners = (people.offices.get(c) ?? []).map((o) => o.owner);
        sideOf.set(p.raw, owners.find((o) => k.sides.has(o)) ?? owners.find((o) => STATE_NAMES.has(o)) ?? c.state);
      }
      const left = [...k.sides].filter((x) => ![...sideOf.values()].includes(x));
      for (const [p, pk] of ps) {
        let side = sideOf.get(p.raw);
        if (k.sides.size && (!side || !k.sides.has(side)) && left.length === 1) side = left[0];
        const sk = side ? stateKey(side) : undefined;
        if (sk) ctx.relate('NEGOTIATES_FOR', pk, sk, s.index, 'negotiates-for.on-behalf-respective');
      }
    }
    for (const m of s.text.matchAll(/\bon behalf of\s+(the\s+)?/gi)) {
      if (/^\s*their\s+respective\b/i.test(s.text.slice(m.index + m[0].length))) continue;
      const at = s.start + m.index;
      const ps = personsIn(s.index).filter(([p]) => p.start < at);
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
  }
  // "Mr. Shotaro Yachi … was dispatched to Beijing as the Prime Minister's envoy": the leader of the envoy's state.
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(
      /\bas\s+(?:the\s+)?(President|Prime Minister|Chancellor|Premier|Secretary-General)['’]s\s+(?:special\s+|personal\s+)?(?:envoy|representative|emissary)\b/gi,
    )) {
      const at = s.start + m.index;
      const envoy = personsIn(s.index)
        .filter(([p]) => p.start < at)
        .pop();
      if (!envoy) continue;
      const c = clusterOf.get(envoy[0])!;
      const boss = people.clusters.find(
        (b) =>
          b !== c &&
          (people.offices.get(b) ?? []).some(
            (o) =>
              o.title.toLowerCase() === m[1]!.toLowerCase() && (sameOwner(people, b, c) || o.owner === people.home),
          ),
      );
      if (boss) ctx.relate('NEGOTIATES_FOR', envoy[1], key(boss), s.index, 'negotiates-for.leaders-envoy');
    }
  }
  // "It was signed for the Indian side by Shri Ajay Seth …, and for the Maldivian side by …".
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(/\bfor the (\S+(?: \S+)?) (?:side|delegation) by\s+/g)) {
      const at = s.start + m.index;
      const side = hits.find((h) => h.start >= at + 4 && h.end <= at + m[0].length);
      const p = personsIn(s.index).find(([x]) => (x.from ?? x.start) >= at + m[0].length - 1);
      if (side && p) ctx.relate('NEGOTIATES_FOR', p[1], hitKeys.get(side)!, s.index, 'negotiates-for.signed-for-side');
    }
  }
}
