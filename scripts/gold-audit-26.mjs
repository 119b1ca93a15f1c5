#!/usr/bin/env node
// Gold audit (issue 6, round aud26): how the dev gold and the annotated samples' gold treat the INVOLVES and DISCUSSED
// conventions the inv25 and top25 rounds found in conflict, and (with --apply) one uniform correction of the samples'
// gold to the dev gold's practice (docs/first-look.md, section aud26, has the decision table).
//   node scripts/gold-audit-26.mjs            counts per class, dev gold vs samples' gold (present / absent)
//   node scripts/gold-audit-26.mjs --list C   also lists the pairs of class C (dev and samples)
//   node scripts/gold-audit-26.mjs --apply    prints every change (file, fact, added/removed, class) and writes it
//     --dry   with --apply: print only
// The dev gold is read without the six slice readouts (never opened). Only sample gold files present in main ede5c58
// are audited (files other helpers add later are left alone).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { SLICE } from './slice.mjs';

register();
const { STATE_BY_NAME, PLACE_STATE } = await import('../importer/extract/states.ts');

const args = process.argv.slice(2);
const listClass = args.includes('--list') ? args[args.indexOf('--list') + 1] : '';
const DEV_GOLD = '../shared/eval/gold';
const DEV_TEXT = '../shared/corpus/dev';
const SAMPLE_GOLD = 'test/fixtures/first-look/gold';
const SAMPLE_TEXT = 'importer/samples';

const devFiles = readdirSync(DEV_GOLD)
  .filter((f) => f.endsWith('.json') && !SLICE.some((s) => f.startsWith(s)))
  .sort();
const sampleFiles = execFileSync('git', ['ls-tree', '--name-only', 'ede5c58', `${SAMPLE_GOLD}/`], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.split('/').pop())
  .sort();

const plain = (t) =>
  t
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const norm = (s) =>
  ` ${s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'&]+/gu, ' ')
    .trim()} `;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const GENERIC_WORDS = new Set(
  (
    'Government Kingdom Republic State States Commission Council Committee Forum Conference Assembly Union Organization ' +
    'Organisation Secretariat Parliament Ministry Federation Group Board Mission Office Court Agency Authority Bank Fund ' +
    'Presidency Cabinet Summit Meeting Delegation Side Parties Party Members Member Countries Community'
  )
    .toLowerCase()
    .split(' '),
);
/** A surface that names something by itself: one word at least that is capitalised and no generic noun ("Government"). */
const specific = (x) =>
  x
    .replace(/^the /i, '')
    .split(/[\s-]+/)
    .some(
      (w) =>
        /^\p{Lu}/u.test(w) &&
        !GENERIC_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, '')) &&
        !/^(of|and|the|for)$/i.test(w),
    );
/** Every surface of a State or Organization: its gold name and aliases, a State's gazetteer names and demonyms. */
function surfacesOf(e) {
  const out = new Set([e.name, ...(e.aliases ?? [])]);
  const s = e.type === 'State' ? STATE_BY_NAME.get(e.name) : undefined;
  if (s) for (const n of [...s.names, ...s.demonyms]) out.add(n);
  return [...out].filter((x) => x && x.replace(/^the /i, '').length >= 2 && specific(x));
}
/** Whether one of the surfaces occurs (case kept for short acronyms) as whole words in the string. */
function occursIn(surfs, str) {
  for (const s0 of surfs) {
    const s = s0.replace(/^the /i, '');
    const short = s.replace(/\./g, '').length <= 4 && s === s.toUpperCase();
    const hay = short ? norm(str) : norm(str).toLowerCase();
    const needle = short ? norm(s) : norm(s).toLowerCase();
    if (needle.trim() && hay.includes(needle)) return s0;
  }
  return '';
}

const GATHER =
  /\b(meetings?|summits?|talks|visits?|conference|session|forum|dialogue|consultations?|negotiations?|rounds?|call|conversation|ceremony|signing|assembly|retreat|dinner|luncheon|lunch|breakfast|audience|council|trip|tour|gathering|congress|convention|symposium|workshop|seminar|process|commission|committee|mission|exchange)\b/i;
const INCIDENT =
  /\b(attacks?|war|conflict|crisis|strikes?|launch(es)?|bombing|invasion|occupation|earthquakes?|floods?|coup|clashes|fighting|seizure|detention|downing|elections?|referendum|violence|shelling|tests?|exercises?|disaster|escalation|aggression|hostilities|genocide|famine|release|withdrawal|killing|assassination|hijacking|abduction|kidnapping|blockade|sanctions|incident|dispute|standoff|tensions?|operations?|offensive|ceasefire|truce)\b/i;
const isGathering = (e) => e.type === 'Event' && GATHER.test(e.name) && !INCIDENT.test(e.name);

/** The place an event's name sets it in ("… in Doha", "visit to Mongolia", "hosted by Qatar"), as its state. */
function venueStates(ev) {
  const out = new Set();
  for (const s of [ev.name, ...(ev.aliases ?? [])]) {
    for (const m of s.matchAll(
      /\b(?:in|to|at|hosted by)\s+((?:the\s+)?\p{Lu}[\p{L}'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'.-]*)*)/gu,
    )) {
      const place = m[1].replace(/^the\s+/, '');
      const words = place.split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const p = words.slice(0, n).join(' ');
        const st = PLACE_STATE.get(p) ?? stateByAnyName(p);
        if (st) {
          out.add(st);
          break;
        }
      }
    }
  }
  return out;
}
const NAME_STATE = new Map();
for (const s of STATE_BY_NAME.values()) for (const n of s.names) NAME_STATE.set(n.toLowerCase(), s.name);
const stateByAnyName = (p) => NAME_STATE.get(p.toLowerCase());
/** The gold State entity a gazetteer state name denotes (by name or alias). */
const goldState = (g, name) =>
  g.entities.find(
    (e) =>
      e.type === 'State' &&
      (e.name === name || STATE_BY_NAME.get(e.name)?.name === name || (e.aliases ?? []).includes(name)),
  );

const has = (g, type, from, to) => g.relations.some((r) => r.type === type && r.from === from && r.to === to);
const heldBy = (g, ev) => g.relations.some((r) => r.type === 'PARTICIPATED_IN' && r.to === ev.name);

/** The states and bodies of a held event's participants (HOLDS_OFFICE → OFFICE_OF). */
function participantSides(g, ev) {
  const people = g.relations.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === ev.name).map((r) => r.from);
  const offices = g.relations.filter((r) => r.type === 'HOLDS_OFFICE' && people.includes(r.from)).map((r) => r.to);
  return new Set(g.relations.filter((r) => r.type === 'OFFICE_OF' && offices.includes(r.from)).map((r) => r.to));
}

const sentencesOf = (text) => plain(text).split(/(?<=[.!?;:])\s+|\s+[•·]\s+/);
const namesOf = (e) => {
  const out = new Set([e.name, ...(e.aliases ?? [])]);
  const s = e.type === 'State' ? STATE_BY_NAME.get(e.name) : undefined;
  if (s) for (const n of s.names) out.add(n);
  return [...out].filter((x) => x && x.replace(/^the /i, '').length >= 2);
};
/** The text with every surface of the gold's people, offices, events, agreements and other bodies blanked out. */
function masked(g, text, keep) {
  const surfs = g.entities
    .filter((e) => e !== keep && e.type !== 'State')
    .flatMap((e) => [e.name, ...(e.aliases ?? [])])
    .filter((x) => x.length >= 4)
    .sort((a, b) => b.length - a.length);
  let t = norm(plain(text));
  for (const x of surfs) t = t.split(norm(x)).join(' ▪ ');
  return t;
}
/** Whether the text names the state or body on its own, outside every other gold entity's name (D2's keep test). */
const namedOnItsOwn = (g, text, x) =>
  sentencesOf(text)
    .map((sent) => masked(g, sent, x))
    .some((sent) => TOPIC_CUE.test(sent) && occursIn(namesOf(x), sent.replace(/▪/g, ' ')) !== '');
const TOPIC_CUE =
  /\b(discuss\w*|exchang\w* (?:of )?views|situation|review\w*|talked|spoke about|touched|turning to|regarding|concerning|with regard|on the|briefed|informed|concern\w*|support\w*|solidarity|sovereignty|territorial integrity)\b/i;
const DISCUSS_CUE =
  /\b(discuss\w*|exchang\w* (?:of )?views|review\w*|negotiat\w*|talks on|progress|implement\w*|welcom\w*|deliberat\w*|consider\w*|address\w*|focus\w*|agenda|stressed|underlined|reaffirm\w*|emphasi[sz]\w*)\b/i;
const SIGN_CUE =
  /\b(sign\w*|adopt\w*|initial\w*|ink\w*|conclu\w*|endors\w*|issued|released|reached|agreed|approv\w*|finali[sz]\w*)\b/i;
/** Whether a sentence names the agreement with a cue of discussion and none of its making (D1's keep test). */
const discussedApart = (text, a) =>
  sentencesOf(text).some(
    (s) => occursIn([a.name, ...(a.aliases ?? [])], s) && DISCUSS_CUE.test(s) && !SIGN_CUE.test(s),
  );

/** An event's name with the gold's organisations' names blanked ("the Organization of American States" names no state). */
const withoutBodies = (g, name) =>
  g.entities
    .filter((e) => e.type === 'Organization')
    .flatMap((e) => [e.name, ...(e.aliases ?? [])])
    .filter((x) => x.length >= 4)
    .sort((a, b) => b.length - a.length)
    .reduce((n, x) => n.split(x).join(' ▪ '), name);
/** Whether an event's name names a person of the gold, by name or office ("Prime Minister Abe's visit"): a party told. */
const personNamed = (g, names) =>
  g.entities
    .filter((e) => e.type === 'Person' || e.type === 'Office')
    .some((e) =>
      names.some((n) =>
        occursIn(
          [e.name, ...(e.aliases ?? [])].filter((x) => x.length >= 4 && specific(x)),
          n,
        ),
      ),
    );

/** How an event's name holds a state or body: 'side' ("Japan-ROK consultations", "NATO Summit", "talks between A and B"),
 * 'other' (after "on", "over", "situation", or as a place after "in", "to", "at", "from"), or '' when it is not there. */
function roleInName(surfs, names) {
  let role = '';
  for (const name of names) {
    const n = norm(name);
    for (const s0 of surfs) {
      const s = norm(s0.replace(/^the /i, ''));
      const short = s0.replace(/\./g, '').length <= 4 && s0 === s0.toUpperCase();
      const hay = short ? n : n.toLowerCase();
      const needle = short ? s : s.toLowerCase();
      let i = hay.indexOf(needle);
      while (i >= 0 && needle.trim()) {
        const before = hay.slice(0, i + 1).toLowerCase();
        if (/ (on|over|about|regarding|concerning|situation|crisis|question|issue) /.test(before)) role ||= 'other';
        else if (/ (in|to|at|from|near) (the )?$/.test(before)) role ||= 'other';
        else return 'side';
        i = hay.indexOf(needle, i + 1);
      }
    }
  }
  return role;
}

/** Every (class, fact, present) a gold file offers for the audited conventions. */
function candidates(g, text) {
  const out = [];
  const ents = new Map(g.entities.map((e) => [e.name, e]));
  const parties = g.entities.filter((e) => e.type === 'State' || e.type === 'Organization');
  for (const ev of g.entities.filter(isGathering)) {
    const held = heldBy(g, ev);
    const venues = venueStates(ev);
    const sides = held ? participantSides(g, ev) : new Set();
    const evNames = [ev.name, ...(ev.aliases ?? [])];
    const byPerson = personNamed(g, evNames);
    for (const x of parties) {
      const role = roleInName(surfacesOf(x), x.type === 'State' ? evNames.map((n) => withoutBodies(g, n)) : evNames);
      const venue = x.type === 'State' && [...venues].some((v) => goldState(g, v) === x);
      let cls = '';
      if (venue)
        cls = role === 'side' || sides.has(x.name) || /\bvisit/i.test(ev.name) ? 'inv.venue-side' : 'inv.venue-third';
      else if (role === 'side') cls = x.type === 'Organization' ? 'inv.org-in-name' : 'inv.state-in-name';
      else if (role) cls = 'inv.place-or-topic-in-name';
      else if (sides.has(x.name)) cls = 'inv.participant-side';
      if (!cls) continue;
      const kind = held ? '.held' : byPerson ? '.person' : '.other';
      out.push({
        cls: `${cls}${kind}`,
        type: 'INVOLVES',
        from: ev.name,
        to: x.name,
        present: has(g, 'INVOLVES', ev.name, x.name),
      });
    }
  }
  for (const r of g.relations.filter((x) => x.type === 'REACHED_AT')) {
    const a = ents.get(r.from);
    out.push({
      cls: 'disc.reached-here',
      type: 'DISCUSSED',
      from: r.to,
      to: r.from,
      present: has(g, 'DISCUSSED', r.to, r.from),
      keep: discussedApart(text, a),
    });
  }
  for (const d of g.relations.filter((x) => x.type === 'DISCUSSED' && ents.get(x.to)?.type === 'Event')) {
    const sub = ents.get(d.to);
    const subSurf = [sub.name, ...(sub.aliases ?? [])].join(' | ');
    for (const x of parties) {
      if (!occursIn(surfacesOf(x), subSurf)) continue;
      out.push({
        cls: 'disc.in-event-name',
        type: 'DISCUSSED',
        from: d.from,
        to: x.name,
        present: has(g, 'DISCUSSED', d.from, x.name),
        via: sub.name,
        keep: namedOnItsOwn(g, text, x),
      });
    }
  }
  return out;
}

function study(dir, files, textDir) {
  const counts = new Map();
  const rows = [];
  for (const f of files) {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = readFileSync(join(textDir, g.document.file), 'utf8');
    const seen = new Set();
    for (const c of candidates(g, text)) {
      const key = `${c.cls}|${c.from}|${c.to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const cls = c.keep === undefined ? c.cls : `${c.cls}.${c.keep ? 'apart' : 'only'}`;
      const k = counts.get(cls) ?? { with: 0, without: 0 };
      k[c.present ? 'with' : 'without']++;
      counts.set(cls, k);
      rows.push({ file: f, ...c });
    }
  }
  return { counts, rows };
}

if (!args.includes('--apply') && !args.includes('--figures')) {
  const dev = study(DEV_GOLD, devFiles, DEV_TEXT);
  const smp = study(SAMPLE_GOLD, sampleFiles, SAMPLE_TEXT);
  const classes = [...new Set([...dev.counts.keys(), ...smp.counts.keys()])].sort();
  console.log(`dev gold ${devFiles.length} files (slice left out), samples' gold ${sampleFiles.length} files`);
  console.log('class | dev with / without | samples with / without');
  for (const c of classes) {
    const d = dev.counts.get(c) ?? { with: 0, without: 0 };
    const s = smp.counts.get(c) ?? { with: 0, without: 0 };
    console.log(`${c} | ${d.with} / ${d.without} | ${s.with} / ${s.without}`);
  }
  if (listClass)
    for (const [name, st] of [
      ['dev', dev],
      ['samples', smp],
    ])
      for (const r of st.rows.filter((x) => x.cls.startsWith(listClass)))
        console.log(
          `${name} ${r.present ? '+' : '-'} ${r.cls}${r.keep === undefined ? '' : r.keep ? '.apart' : '.only'} ${r.file.slice(0, 45)} | ${r.from} -> ${r.to}${r.via ? ` (via ${r.via})` : ''}`,
        );
}

/**
 * The decisions (docs/first-look.md, section aud26): 'remove' drops the fact where the gold has it, 'add' adds it where
 * the gold lacks it; classes not listed are left as annotated.
 */
const DECISIONS = {
  'inv.participant-side.held': 'remove',
  'inv.state-in-name.held': 'remove',
  'inv.org-in-name.held': 'remove',
  'inv.venue-side.held': 'remove',
  'inv.venue-side.other': 'remove',
  'inv.state-in-name.other': 'add',
  'inv.org-in-name.other': 'add',
  'disc.reached-here.only': 'remove',
  'disc.in-event-name.apart': 'remove',
  'disc.in-event-name.only': 'remove',
};
const classOf = (c) => (c.keep === undefined ? c.cls : `${c.cls}.${c.keep ? 'apart' : 'only'}`);
const objRe = (t, f, x) =>
  `\\{\\s*"type":\\s*${esc(JSON.stringify(t))},\\s*"from":\\s*${esc(JSON.stringify(f))},\\s*"to":\\s*${esc(JSON.stringify(x))}\\s*\\}`;

/** The gold file's text without one relation (its object and one comma), keeping the file's own layout. */
function removeRel(text, t, f, x) {
  const before = new RegExp(`,\\s*${objRe(t, f, x)}`);
  if (before.test(text)) return text.replace(before, '');
  return text.replace(new RegExp(`${objRe(t, f, x)}\\s*,\\s*`), '');
}
/** The gold file's text with one relation more, after the last one, in the layout of the last one. */
function addRel(text, t, f, x) {
  const last = [
    ...text.matchAll(
      /(\n\s*)(\{\s*"type":\s*"[A-Z_]+",\s*"from":\s*"(?:[^"\\]|\\.)*",\s*"to":\s*"(?:[^"\\]|\\.)*"\s*\})/g,
    ),
  ].pop();
  const obj = last[2]
    .replace(/"type":\s*"[A-Z_]+"/, () => `"type": ${JSON.stringify(t)}`)
    .replace(/"from":\s*"(?:[^"\\]|\\.)*"/, () => `"from": ${JSON.stringify(f)}`)
    .replace(/"to":\s*"(?:[^"\\]|\\.)*"/, () => `"to": ${JSON.stringify(x)}`);
  const at = last.index + last[0].length;
  return `${text.slice(0, at)},${last[1]}${obj}${text.slice(at)}`;
}

if (args.includes('--apply')) {
  const tally = new Map();
  for (const f of sampleFiles) {
    const path = join(SAMPLE_GOLD, f);
    let raw = readFileSync(path, 'utf8');
    const g = JSON.parse(raw);
    const text = readFileSync(join(SAMPLE_TEXT, g.document.file), 'utf8');
    const done = new Set();
    const changes = [];
    for (const c of candidates(g, text)) {
      const cls = classOf(c);
      const what = DECISIONS[cls];
      const key = `${c.type}|${c.from}|${c.to}`;
      if (!what || done.has(key)) continue;
      if (what === 'remove' && c.present) changes.push({ ...c, cls, dir: 'removed' });
      else if (what === 'add' && !c.present) changes.push({ ...c, cls, dir: 'added' });
      else continue;
      done.add(key);
    }
    for (const c of changes) {
      raw = c.dir === 'removed' ? removeRel(raw, c.type, c.from, c.to) : addRel(raw, c.type, c.from, c.to);
      console.log(`${f} | ${c.type} ${c.from} -> ${c.to} | ${c.dir} | ${c.cls}`);
      const k = `${c.cls} ${c.dir}`;
      tally.set(k, (tally.get(k) ?? 0) + 1);
    }
    if (!changes.length) continue;
    const after = JSON.parse(raw).relations;
    const want =
      g.relations.length +
      changes.filter((c) => c.dir === 'added').length -
      changes.filter((c) => c.dir === 'removed').length;
    if (after.length !== want) throw new Error(`${f}: ${after.length} relations after the edit, ${want} expected`);
    if (!args.includes('--dry')) writeFileSync(path, raw);
  }
  for (const [k, n] of [...tally].sort()) console.log(`total ${k}: ${n}`);
}

// --figures PRED: pooled INVOLVES, DISCUSSED and overall F1 of a JSON Lines extraction of the samples, on all of them
// and on the halves of inv25 (scripts/involves-study.mjs) and top25 (scripts/missed-links.mjs).
if (args.includes('--figures')) {
  const { createHash } = await import('node:crypto');
  const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { spawnSync } = await import('node:child_process');
  const pred = args[args.indexOf('--figures') + 1];
  const sha = (s) => createHash('sha1').update(s).digest('hex');
  const splits = {
    all: () => 'all',
    inv25: (f) => (parseInt(sha(f)[0], 16) % 2 ? 'B' : 'A'),
    top25: (f) => (parseInt(sha(f.replace(/\.json$/, '')).slice(0, 8), 16) % 2 ? 'B' : 'A'),
  };
  const all = readdirSync(SAMPLE_GOLD).filter((f) => f.endsWith('.json'));
  const fmt = (t) => `${t.tp}/${t.fp}/${t.fn} F ${t.f.toFixed(4)}`;
  for (const [split, halfOf] of Object.entries(splits))
    for (const half of split === 'all' ? ['all'] : ['A', 'B']) {
      const dir = mkdtempSync(join(tmpdir(), 'aud26-'));
      const files = all.filter((f) => halfOf(f) === half);
      for (const f of files) copyFileSync(join(SAMPLE_GOLD, f), join(dir, f));
      const out = spawnSync('node', ['../shared/eval/score.mjs', '--gold', dir, '--pred', pred, '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      }).stdout;
      rmSync(dir, { recursive: true, force: true });
      const s = JSON.parse(out);
      console.log(
        `${split} ${half} (${files.length}): entity F ${s.entity.f.toFixed(4)}, relation F ${s.relation.f.toFixed(4)}; ` +
          `INVOLVES ${fmt(s.byType['relation INVOLVES'])}; DISCUSSED ${fmt(s.byType['relation DISCUSSED'])}`,
      );
    }
}
