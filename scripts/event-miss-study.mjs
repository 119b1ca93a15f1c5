#!/usr/bin/env node
// Study of the missed gold Events of the annotated samples that are not encounters (evk31b's study, re-run by evk32b).
//   node scripts/event-miss-study.mjs --pred P.jsonl --verbose V.txt [--gold DIR] [--texts DIR] [--rows]
// P.jsonl: `kg extract` output for the samples (the scorer's input; read through V.txt); V.txt: the shared scorer's --verbose output on it. Prints a table
// of the missed Events by kind and reason, and by construction, with the PARTICIPATED_IN / INVOLVES / DISCUSSED facts
// missed on each; --rows prints one row per event (file, kind, reason, construction, cue, the sentence).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const goldDir = opt('--gold', 'test/fixtures/first-look/gold');
const textDir = opt('--texts', 'importer/samples');
const verbose = readFileSync(opt('--verbose'), 'utf8').split('\n');

const KINDS = [
  [
    'signings and ceremonies',
    /\b(signing|signature|ceremony|ceremonies|initialling|initialing|inauguration|swearing|celebration|commemoration|funeral|handover|handing over|exchange of instruments|investiture|wreath)\b/i,
  ],
  [
    'summits, conferences, forums, plenaries',
    /\b(summit|summits|conference|forum|plenary|conferences|council|chogm|congress|assembly|symposium|cop\d*|retreat|expo|games|festival|gathering|convention of)\b/i,
  ],
  [
    'encounters (evk32a)',
    /\b(meeting|meetings|talks|call|visit|visits|negotiations|negotiation|consultations|consultation|session|sessions|round|rounds|conversation|audience|dinner|lunch|luncheon|breakfast|discussions|discussion|tête|reception|briefing|contacts|exchange of views|dialogue|tour|trip|sitting|encounter)\b/i,
  ],
  [
    'incidents, conflicts, crises, disasters',
    /\b(attack|attacks|war|conflict|crisis|coup|unrest|massacre|massacres|genocide|epidemic|pandemic|protests|repression|piracy|plot|invasion|occupation|aggression|bombing|shelling|strike|strikes|floods|flood|earthquake|cyclone|hurricane|tsunami|drought|clashes|clash|violence|fighting|hostilities|incident|incidents|situation|dispute|insurgency|terrorism|shooting|killing|killings|assassination|disaster|famine|outbreak|offensive|operation|operations|seizure|detention|arrest|abduction|kidnapping|raids|riots|explosion|blockade|annexation|rebellion|crash|hijacking|exodus|displacement|siege|emergency|tensions|ceasefire violations|controversy|cyclones|launches|murder|intrusions|expulsion|sanctions|transfer|discharge|bleaching|battle|wars|slave trade|trade in enslaved|excision|closure|halt|fight against|events)\b/i,
  ],
  ['elections and referendums', /\b(election|elections|referendum|vote|ballot|poll|polls)\b/i],
  ['missions', /\b(mission|missions|deployment|expedition|observation)\b/i],
  [
    'processes, dialogues, mediations, judgments',
    /\b(process|mediation|facilitation|judgment|judgement|ruling|arbitration|proceedings|transition|reconciliation|peace process|accession|integration|reform|programme|program|campaign|initiative|reforms|renegotiation|withdrawal|decision|exclusion|designation|reconvening|cycle|mechanism|hearings|advisory opinion|indictment|resumption|reduction|disengagement|opening of)\b/i,
  ],
];
const KNOWN = new Set();
for (const file of ['importer/extract/lexicons.ts']) {
  const src = readFileSync(file, 'utf8');
  for (const name of ['INCIDENT_NOUNS', 'EVENT_HEADS', 'PARTY_EVENT_NOUNS']) {
    const m = src.match(new RegExp(`export const ${name} = \\[([\\s\\S]*?)\\];`));
    for (const w of m?.[1].matchAll(/'([^']+)'/g) ?? []) KNOWN.add(w[1].toLowerCase());
  }
}
for (const w of ['signing', 'mission', 'plenary', 'ceremony', 'summit', 'conference', 'forum', 'inauguration'])
  KNOWN.add(w);

const PLANNED =
  /\b(next|will|would|to be held|to take place|ahead of|in preparation|preparations? for|upcoming|forthcoming|planned|scheduled|due to|looked forward|look forward|invited? .{0,40}to|invitation to|to host|to attend|to hold|to convene|proposed|expected)\b/i;
const RECALLED =
  /\b(recalled|recalling|since|after|following|last|previous|anniversary|in the wake of|marked|commemorat|victims of|aftermath|affected by|caused by|hit by|recent)\b/i;

function text(file) {
  let t = readFileSync(join(textDir, file), 'utf8');
  if (file.endsWith('.html'))
    t = t
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&');
  return t.replace(/\s+/g, ' ');
}
const golds = new Map();
for (const f of readdirSync(goldDir)) {
  const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  golds.set(g.document.file, g);
}
const missed = [];
const facts = new Map();
const spurious = new Map();
for (const line of verbose) {
  const m = line.match(/^(.+?): (missed|spurious) (\S+) (.*)$/);
  if (!m) continue;
  const [, file, what, type, rest] = m;
  if (what === 'missed' && type === 'Event') missed.push({ file, name: rest });
  else if (what === 'spurious' && type === 'Event') spurious.set(file, [...(spurious.get(file) ?? []), rest]);
  else if (what === 'missed' && ['PARTICIPATED_IN', 'INVOLVES', 'DISCUSSED'].includes(type)) {
    const [a, b] = rest.split(' -> ');
    for (const end of [a, b]) {
      const k = `${file}\u0000${end}`;
      const v = facts.get(k) ?? { PARTICIPATED_IN: 0, INVOLVES: 0, DISCUSSED: 0 };
      v[type]++;
      facts.set(k, v);
    }
  }
}
// The kind of a name is that of its leftmost kind word ("meeting before the ceremony" is a meeting).
const leftmost = (s) => {
  let best = null;
  for (const [kind, re] of KINDS) {
    const m = s.match(re);
    if (m && (!best || m.index < best.index)) best = { kind, head: m[1].toLowerCase(), index: m.index };
  }
  return best;
};
const kindHead = (names) => {
  for (const n of names) {
    const b = leftmost(n);
    if (b) return b;
  }
  return { kind: 'other', head: '' };
};
const rows = [];
for (const ev of missed) {
  const g = golds.get(ev.file);
  const ent = g?.entities.find((e) => e.type === 'Event' && e.name === ev.name);
  const names = [ev.name, ...(ent?.aliases ?? [])].sort((a, b) => b.length - a.length);
  const { kind, head } = kindHead([ev.name, ...names]);
  if (kind.startsWith('encounters')) continue;
  // negotiations on X as a whole: a convention question (extract-common.md), left out like evk31b.
  const t = text(ev.file);
  const low = t.toLowerCase();
  let alias = null;
  let at = -1;
  for (const n of names) {
    const i = low.indexOf(n.toLowerCase());
    if (i >= 0) {
      alias = n;
      at = i;
      break;
    }
  }
  let sentence = '';
  let before = '';
  if (at >= 0) {
    const s0 = Math.max(t.lastIndexOf('. ', at) + 2, 0);
    let s1 = t.indexOf('. ', at + alias.length);
    if (s1 < 0) s1 = t.length;
    sentence = t.slice(s0, s1 + 1);
    before = t.slice(Math.max(s0, at - 60), at);
  }
  const f = facts.get(`${ev.file}\u0000${ev.name}`) ?? { PARTICIPATED_IN: 0, INVOLVES: 0, DISCUSSED: 0 };
  const sp = (spurious.get(ev.file) ?? []).filter((n) => head && n.toLowerCase().includes(head));
  let reason;
  if (sp.length) reason = 'made, named otherwise';
  else if (!KNOWN.has(head)) reason = 'kind word not known';
  else if (
    PLANNED.test(before) ||
    PLANNED.test(sentence.slice(0, sentence.toLowerCase().indexOf(alias?.toLowerCase() ?? '') + 1))
  )
    reason = 'kind known, planned cue';
  else if (RECALLED.test(before)) reason = 'kind known, recalled/background';
  else reason = 'kind known, construction not read';
  let cons;
  if (at < 0) cons = 'gold paraphrase, no alias in the text';
  else if (PLANNED.test(before)) cons = 'planned mention';
  else if (
    /\b(1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(
      alias,
    )
  )
    cons = 'noun phrase with a date';
  else if (new RegExp(`^(the )?${head}$`, 'i').test(alias.trim())) cons = 'bare definite noun';
  else if (new RegExp(`^(the )?${head}\\b`, 'i').test(alias.trim())) cons = 'noun with a complement';
  else if (!alias.toLowerCase().includes(head)) cons = 'verb or other wording';
  else cons = 'modified noun';
  rows.push({ ...ev, kind, head, reason, cons, alias, before, sentence, f, sp });
}
const sum = (rs) => {
  const s = rs.reduce((a, r) => [a[0] + r.f.PARTICIPATED_IN, a[1] + r.f.INVOLVES, a[2] + r.f.DISCUSSED], [0, 0, 0]);
  return `${rs.length} (${s.join('/')})`;
};
const reasons = [
  'kind known, construction not read',
  'made, named otherwise',
  'kind word not known',
  'kind known, planned cue',
  'kind known, recalled/background',
];
console.log(`| kind \\ reason | ${reasons.join(' | ')} | all |`);
console.log(`| --- | ${reasons.map(() => '---').join(' | ')} | --- |`);
const kinds = [...new Set(rows.map((r) => r.kind))].sort(
  (a, b) => rows.filter((r) => r.kind === b).length - rows.filter((r) => r.kind === a).length,
);
for (const k of kinds) {
  const rk = rows.filter((r) => r.kind === k);
  console.log(
    `| ${k} | ${reasons
      .map((re) => {
        const x = rk.filter((r) => r.reason === re);
        return x.length ? sum(x) : '';
      })
      .join(' | ')} | ${sum(rk)} |`,
  );
}
console.log(`| all | ${reasons.map((re) => sum(rows.filter((r) => r.reason === re))).join(' | ')} | ${sum(rows)} |`);
console.log('\n| construction | events (P/I/D) |\n| --- | --- |');
const conss = [...new Set(rows.map((r) => r.cons))];
for (const c of conss) console.log(`| ${c} | ${sum(rows.filter((r) => r.cons === c))} |`);
if (args.includes('--rows'))
  for (const r of rows)
    console.log(
      `\n[${r.kind} | ${r.head} | ${r.reason} | ${r.cons}] ${r.file}\n  GOLD: ${r.name}  P/I/D ${r.f.PARTICIPATED_IN}/${r.f.INVOLVES}/${r.f.DISCUSSED}${r.sp.length ? `\n  SPURIOUS: ${r.sp.join(' ; ')}` : ''}\n  TEXT: ${r.sentence.slice(0, 400)}`,
    );
