// Rules of round fl22a (issue 6), written after the first look at three new samples (a North African foreign
// ministry's plain-text release on a reception at the close of a political forum, a Balkan foreign ministry's web page
// on talks mediated in Washington, a Pacific prime minister's office's Markdown release on a visiting delegation). Each
// rule is a general construction; tests on made-up sentences, negative ones included, in rules-fl22a.test.ts. Rule data
// (patterns) are named next to the rules; the gazetteer change of this round is in states.ts (Solomon Islands takes no
// article in office names: "Prime Minister of Solomon Islands", as its Government and the entities bank write it).
import type { Ctx } from './context.ts';
import { whenWord, wordGate } from './gates.ts';
import type { RelKit } from './rel-kit.ts';
import { ORG_ONLY_TITLE } from './rules-fl13b.ts';

type Sentence = Ctx['sentences'][number];

const SP = String.raw`[^\S\n]+`;

/**
 * Rule event.main-received-at-close-of: "The Minister received on Monday Mrs X, Special Representative …, at the close
 * of the first round of the Y Forum", "the President met the Prime Minister at the end of the Summit": a gathering at
 * whose close (end, conclusion) someone received or met a guest frames that meeting; it is no readout's own event (the
 * reception is: the pair's meeting). Not "At the close of the Summit, the leaders adopted …" (no meeting verb before),
 * nor "received … the conclusions of the Forum" (no "at / after the close of").
 */
export const EVENT_RECEIVED_AT_CLOSE = {
  id: 'event.main-received-at-close-of',
  /** The words before the gathering, from the sentence's start: a meeting verb, then "at the close of (the)". */
  before: new RegExp(
    String.raw`\b(?:receive[sd]?|receiving|welcome[sd]?|hosted|hosts|met${SP}with|met|meets|held${SP}talks${SP}with|holds${SP}talks${SP}with)\b[^.;:\n]*?` +
      String.raw`\b(?:at|after|following|on)${SP}the${SP}(?:close|end|conclusion|closing)${SP}of${SP}(?:the${SP}|its${SP})?` +
      // The gathering may be found inside its round's name: "the close of the first round of the | Y Forum".
      String.raw`(?:[\p{L}\d-]+${SP}(?:round|session|meeting)${SP}of${SP}(?:the${SP})?)?$`,
    'iu',
  ),
  abbreviation: /(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|St|H|E))\./g,
};

/** Rule event.main-received-at-close-of: does `before` (sentence start → the gathering) frame the gathering? */
export function receivedAtCloseOf(before: string): boolean {
  if (!/\b(?:close|end|conclusion|closing)\b/i.test(before)) return false;
  // The period of an honorific ("Mrs. X") or an initial ("H.E.") ends no clause.
  return EVENT_RECEIVED_AT_CLOSE.before.test(before.replace(EVENT_RECEIVED_AT_CLOSE.abbreviation, ' '));
}

/**
 * Rule office.delegation-led-by-state: "a high-level delegation of the United States of America led by Dr X,
 * Coordinator for …, and Mr Y, Assistant Secretary of State for …", "the delegation of Serbia, headed by President Z":
 * the bare titles of the persons a state's delegation is led or headed by are that state's, not the issuer's. Only
 * within the clause: no other state or delegation named between the state and the title ("a delegation of the
 * Government of A, headed by X, and a delegation of B, led by its chief negotiator Y": Y is not A's), no semicolon, no
 * contrast ("while"), and within 240 characters.
 */
export const OFFICE_DELEGATION_LED_BY = {
  id: 'office.delegation-led-by-state',
  /** Right before the state: "delegation of (the)", "delegation from (the)". */
  delegationOf: new RegExp(String.raw`\bdelegations?${SP}(?:of|from)${SP}(?:the${SP})?$`, 'iu'),
  /** Right after the state, up to the title: ", led by …", " headed by … and Mr Y, ". */
  ledBy: new RegExp(
    String.raw`^,?${SP}(?:(?:was|is|were|are)${SP})?(?:led|headed|chaired)${SP}(?:jointly${SP})?by\b[^;\n]*$`,
    'iu',
  ),
  contrast: /\b(?:while|whilst|whereas|but)\b/i,
  reach: 240,
};

/**
 * Rule office.delegation-led-by-state: the state whose delegation the holder of the title starting at `titleStart`
 * leads, or undefined. `states` are the state mentions of the title's sentence (name and span).
 */
export function delegationLedByState(
  text: string,
  titleStart: number,
  states: readonly { name: string; start: number; end: number }[],
): string | undefined {
  const near = states.filter((h) => h.end <= titleStart).sort((a, b) => b.start - a.start)[0];
  if (!near || titleStart - near.end > OFFICE_DELEGATION_LED_BY.reach) return undefined;
  const r = OFFICE_DELEGATION_LED_BY;
  const gap = text.slice(near.end, titleStart);
  if (!r.delegationOf.test(text.slice(Math.max(0, near.start - 30), near.start))) return undefined;
  // Another delegation told in between ("… of A, headed by X, and a delegation of B, led by its Y") is B's.
  if (!r.ledBy.test(gap) || r.contrast.test(gap) || /\bdelegations?\b/i.test(gap)) return undefined;
  return near.name;
}

/**
 * Rule office.org-prefixed-title: "Acting Special Representative of the United Nations Secretary-General for Libya …
 * on behalf of Secretary-General António Guterres": a bare title only an organisation's officer bears (Secretary-
 * General, Director-General, High Representative, Executive Secretary), which the same text writes after one
 * organisation's name ("the United Nations Secretary-General", "the NATO Secretary General", "the UN's Secretary-
 * General"), is that organisation's. Two organisations so written, none.
 */
export const OFFICE_ORG_PREFIXED = {
  id: 'office.org-prefixed-title',
  /** Between the organisation's name and the title: nothing, or a possessive. */
  joint: /^(?:['’]s)?[^\S\n]+$/u,
};

/** Rule office.org-prefixed-title: the one organisation the text writes `title` right after, or undefined. */
export function orgPrefixedTitle(
  text: string,
  title: string,
  orgs: readonly { name: string; end: number }[],
): string | undefined {
  if (!ORG_ONLY_TITLE.test(title)) return undefined;
  const words = title.split(/[\s-]+/).join(String.raw`[\s-]+`);
  const after = new RegExp(String.raw`^(?:['’]s)?[^\S\n]+(?:Acting[^\S\n]+)?${words}\b`, 'u');
  const found = new Set(
    orgs.filter((o) => after.test(text.slice(o.end, o.end + title.length + 16))).map((o) => o.name),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Rule negotiates-for.not-courtesy-behalf: "…, who thanked President A and Ambassador B on behalf of the Government of
 * X", "conveyed the greetings of the people of X on behalf of the President", "the Prime Minister thanked the
 * delegation on behalf of the Government and people of X": thanks, greetings, congratulations or condolences given "on
 * behalf of" someone are courtesy, no negotiating, envoy's or signing role (GUIDE: "signs on behalf of" gives
 * NEGOTIATES_FOR; a courtesy does not). The sentence's NEGOTIATES_FOR go unless its clause before "on behalf of" also
 * tells a negotiating role (signed, negotiated, led, headed, represented, mediated, conducted).
 */
export const NEGOTIATES_FOR_NOT_COURTESY = {
  id: 'negotiates-for.not-courtesy-behalf',
  /** The courtesy verb, then (in the same clause) "on behalf of". */
  courtesy: new RegExp(
    String.raw`\b(?:thanked|thanks|thank|congratulated|congratulates|(?:conveyed|conveys|extended|extends|expressed|expresses)${SP}(?:the${SP}|his${SP}|her${SP}|their${SP})?(?:[\p{L}-]+${SP})?(?:greetings|thanks|gratitude|congratulations|condolences|wishes|appreciation)|greeted|greets|paid${SP}tribute|welcomed|welcomes)\b[^.;:\n]{0,160}?\bon${SP}behalf${SP}of\b`,
    'iu',
  ),
  /** A role the same sentence tells, which keeps its relations. */
  role: /\b(?:sign(?:ed|s|ing)?|negotiat\w*|led|leads|leading|head(?:ed|s|ing)|represent\w*|mediat\w*|conduct\w*|envoy|negotiators?|held|holds|discussions|talks|message)\b/i,
};

/** The sentence words the courtesy veto needs ("behalf"). */
export const COURTESY_BEHALF_GATE = wordGate('behalf');

/** Rule negotiates-for.not-courtesy-behalf: is `sentence` a courtesy given on behalf of someone, and no more? */
export function courtesyBehalf(sentence: string): boolean {
  const m = NEGOTIATES_FOR_NOT_COURTESY.courtesy.exec(sentence);
  if (!m) return false;
  // A role told before the courtesy or inside it keeps the sentence's relations.
  return !NEGOTIATES_FOR_NOT_COURTESY.role.test(sentence.slice(0, m.index + m[0].length));
}

const courtesyVeto = whenWord(COURTESY_BEHALF_GATE, function courtesyVetoOf(k: RelKit, s: Sentence, out: number[]) {
  if (courtesyBehalf(s.text)) out.push(s.index);
});

/** Rule negotiates-for.not-courtesy-behalf: drops the NEGOTIATES_FOR of the sentences that give only a courtesy. */
export function dropCourtesyBehalf(k: RelKit): void {
  const vetoed: number[] = [];
  for (const s of k.ctx.sentences) courtesyVeto(k, s, vetoed);
  if (!vetoed.length) return;
  const dropped = (r: { type: string; sentence: number }) => r.type === 'NEGOTIATES_FOR' && vetoed.includes(r.sentence);
  if (k.ctx.relations.some(dropped)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !dropped(r)));
}

/**
 * Rule negotiates-for.not-witness: "In the presence of the President of A, X, Prime Minister Y signed on behalf of B the
 * …": a person named in an "in the presence of" phrase witnesses the act; the one who signs, negotiates or acts "on
 * behalf of" is the subject named after it. The sentence's NEGOTIATES_FOR from a person all of whose mentions in it lie
 * inside the phrase go, when another person is named after the phrase.
 */
export const NEGOTIATES_FOR_NOT_WITNESS = {
  id: 'negotiates-for.not-witness',
  presence: new RegExp(String.raw`\b(?:in|under)${SP}the${SP}presence${SP}of\b`, 'giu'),
};

/** The sentence words the witness veto needs ("presence"). */
export const WITNESS_GATE = wordGate('presence');

/**
 * Rule negotiates-for.not-witness: the spans (offsets in `sentence`) of its "in the presence of" phrases, each up to
 * the comma after the first person mention that follows the cue. `mentions` are the person mentions' spans in the
 * sentence.
 */
export function witnessSpans(
  sentence: string,
  mentions: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(NEGOTIATES_FOR_NOT_WITNESS.presence)) {
    const first = mentions.filter((x) => x.start > m.index).sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    // The phrase ends at its first comma, or at the comma after a person named before it or right after it ("the
    // President of A, Mr X,"); "In the presence of the two Ministers, the Agreement was signed by X" names no witness.
    const comma1 = sentence.indexOf(',', m.index);
    const named = comma1 < 0 || first.start < comma1 || /^,\s*$/.test(sentence.slice(comma1, first.start));
    if (!named) continue;
    const comma = sentence.indexOf(',', first.end);
    const end = comma < 0 ? first.end : comma;
    // The phrase must end before another person is named: the subject of the act.
    if (mentions.some((x) => x.start > end)) out.push({ start: m.index, end });
  }
  return out;
}

const witnessVeto = whenWord(WITNESS_GATE, function witnessVetoOf(k: RelKit, s: Sentence, out: [number, string][]) {
  const ms = k.personsIn(s.index).map(([m, key]) => ({ start: m.start - s.start, end: m.end - s.start, key }));
  const spans = witnessSpans(s.text, ms);
  if (!spans.length) return;
  const inside = (x: { start: number }) => spans.some((w) => x.start >= w.start && x.start < w.end);
  for (const key of new Set(ms.filter(inside).map((x) => x.key)))
    if (ms.filter((x) => x.key === key).every(inside)) out.push([s.index, key]);
});

/** Rule negotiates-for.not-witness: drops the NEGOTIATES_FOR of the witnesses of an act. */
export function dropWitnessAgents(k: RelKit): void {
  const vetoed: [number, string][] = [];
  for (const s of k.ctx.sentences) witnessVeto(k, s, vetoed);
  if (!vetoed.length) return;
  const dropped = (r: { type: string; sentence: number; from: string }) =>
    r.type === 'NEGOTIATES_FOR' && vetoed.some(([si, key]) => si === r.sentence && key === r.from);
  if (k.ctx.relations.some(dropped)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !dropped(r)));
}
