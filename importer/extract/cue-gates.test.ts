// Unit tests of the cue gates (issue 9, perf29): `wordCues` (literal-need.ts) reads from a pattern's source the words
// one of which every match holds as a word of the string; `cueGate` (gates.ts) makes a family's gate of its patterns'
// cues. Checked three ways: the reading on small patterns; every pattern the extractor exports against the sentences
// of the samples and made-up ones (a match in a sentence whose word bits lack the cues fails); and the extraction of
// every sample and of made-up readouts with the cue gates on and off, whose outputs must be equal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { splitSentences } from '../split.ts';
import { exportedRegexes } from './test-regexes.ts';
import { extractText } from '../pipeline.ts';
import { Ctx } from './context.ts';
import { cueGate, sentenceCued, sentenceHas, sentencesFor, setCueGates, wordGate } from './gates.ts';
import { wordCues } from './literal-need.ts';
import type { Sentence } from '../types.ts';

const cues = (re: RegExp) => wordCues(re);

function ctxOf(...texts: string[]): Ctx {
  let at = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    const s = { index, text, start: at, end: at + text.length, heading: false };
    at += text.length + 1;
    return s;
  });
  const text = texts.join(' ');
  return new Ctx({ file: 'cue.txt', title: 'cue', text, sha256: '0' }, sentences);
}

describe('wordCues (the words every match holds as words, perf29)', () => {
  it('reads words bounded on both sides as words, on the left only as stems', () => {
    expect(cues(/\b(?:led|headed)\s+by\b/i)).toEqual({ words: ['led', 'headed'], stems: [] });
    expect(cues(/\bnegotiat\w*/i)).toEqual({ words: [], stems: ['negotiat'] });
    expect(cues(/^Foo(?=\s)/)).toEqual({ words: ['foo'], stems: [] });
    expect(cues(/x[\s,]y\b/)).toEqual({ words: ['y'], stems: [] });
    expect(cues(/(?<=\s)zed/)).toEqual({ words: [], stems: ['zed'] });
    expect(cues(/\bthe\s+(?:[a-z]+\s+){0,2}envoys?\b/)).toEqual({ words: ['envoys', 'envoy'], stems: [] });
  });
  it('gives no cue where a word may be part of a longer one on its left', () => {
    expect(cues(/\w+ed\b/)).toBeUndefined();
    expect(cues(/bar(?![\w-])/)).toBeUndefined();
    expect(cues(/(?:the\s+)?\w+/)).toBeUndefined();
    expect(cues(/talks|\p{Lu}\w+/u)).toBeUndefined();
    expect(cues(/[a-z]ing\s+talks/)).toEqual({ words: [], stems: ['talks'] });
  });
  it('gives none for a word holding a character whose folding or lower case is an ASCII letter', () => {
    expect(cues(/\bmaſks\b/iu)).toBeUndefined();
    expect(cues(/\b\u212Aing\b/iu)).toBeUndefined();
    expect(cues(/\bİstanbul\b/)).toBeUndefined();
  });
  it('is sound on near misses: a match always holds the cue as a word of the sentence', () => {
    const pats = [/\b(?:led|headed)\s+by\b/i, /\bnegotiat\w*/i, /\bthe\s+(?:[a-z]+\s+){0,2}envoys?\b/i];
    const texts = ['It was Led  By him.', 'NEGOTIATORS met', 'the two special Envoys', 'called by', 'renegotiate'];
    for (const re of pats) {
      const gate = cueGate(re);
      for (const t of texts) {
        const c = ctxOf(t);
        if (re.test(t)) expect(sentenceHas(c, c.sentences[0]!, gate), `${re} on "${t}"`).toBe(true);
      }
    }
    const c = ctxOf('called by');
    expect(sentenceHas(c, c.sentences[0]!, cueGate(/\b(?:led|headed)\s+by\b/i))).toBe(false);
  });
  it('lets a sentence holding "İ", "ſ" or the Kelvin sign through (its words are unknown)', () => {
    const gate = wordGate('led');
    for (const t of ['ledİ by', 'maſks', '\u212Aing']) {
      const c = ctxOf(t);
      expect(sentenceHas(c, c.sentences[0]!, gate)).toBe(true);
    }
  });
});

describe('cueGate, sentencesFor, sentenceCued', () => {
  const gate = cueGate(/\bthe\s+agreement\s+binds\b/i);
  it('keeps the sentences holding a cue, in order, and refuses a pattern without cues', () => {
    const c = ctxOf('The agreement binds them.', 'It binds the parties.', 'This AGREEMENT, it binds.');
    expect(sentencesFor(c, gate).map((s) => s.index)).toEqual([0, 2]);
    expect(sentenceCued(c, c.sentences[1]!, gate)).toBe(false);
    expect(() => cueGate(/\w+ed\b/)).toThrow(/no word cue/);
    expect(() => cueGate(/\bbinds\b/g)).toThrow(/global or sticky/);
  });
  it('lets every sentence through with the gates off', () => {
    const c = ctxOf('The agreement binds them.', 'No such words.');
    setCueGates(false);
    try {
      expect(sentencesFor(c, gate)).toHaveLength(2);
    } finally {
      setCueGates(true);
    }
  });
  it('fails under the tests when a gate keeps out a sentence holding a match', () => {
    const bad = { ...wordGate('nothing'), patterns: [/binds/] };
    const c = ctxOf('The agreement binds them.');
    expect(() => sentencesFor(c, bad)).toThrow(/missed/);
  });
});

const SAMPLES = join(import.meta.dirname, '..', 'samples');
const sampleFiles = (): string[] =>
  readdirSync(SAMPLES)
    .filter((f) => /\.(txt|md|html?)$/.test(f) && !/^README/i.test(f))
    .sort();

/** Made-up sentences in the readouts' manner, and near misses (words cut, cased otherwise, glued). */
const MADE_UP = [
  'The delegation of Norway was headed by State Secretary Anne Berg, who signed the memorandum on behalf of Oslo.',
  'The Egyptian and Ethiopian delegations were led by Minister Sameh Ali and Minister Gedu Tadesse respectively.',
  'The final text of the Framework Agreement was agreed at the third round of talks in Addis Ababa.',
  'The agreement will bind Mercosur and its four States Parties, Brazil, Argentina, Paraguay and Uruguay.',
  'The negotiations were conducted under the leadership of the two foreign ministers, Mr Ruiz and Ms Okafor.',
  'The joint declaration, adopted at the summit in Lima, was signed by both presidents.',
  'THE TWO MINISTERS AGREED ON THE FINAL WORDING IN GENEVA AND THE TREATY WOULD BIND BOTH.',
  'The two agreements were signed at the Palace, where the ministers also adopted the text of the declaration.',
  'The Kenyan and Ugandan teams were led respectively by Ambassador Ali and Ambassador Okello.',
  'The negotiating team, acting on behalf of the President, is headed by Mr Tan and includes Ms Lee.',
  'On the sidelines of the summit, the delegations also included Minister Ortiz, who came to attend the forum.',
  'Both Parties will complete their domestic ratification procedures before the treaty enters into force.',
  'The memoranda, the protocols and the treaties were initialled, where the envoys met.',
  'They re-agreed, unbound, misled: leadershipless texts were finalisedly approved atop.',
];

describe('wordCues against the extractor’s own patterns', () => {
  it('never leaves out a sentence holding a match, for every exported pattern with cues', async () => {
    const res = await exportedRegexes();
    const sentences = sampleFiles()
      .filter((_, i) => i % 4 === 0)
      .flatMap((f) => splitSentences(readFileSync(join(SAMPLES, f), 'utf8')).map((s) => s.text));
    sentences.push(...MADE_UP);
    const withCues = res.filter((re) => wordCues(re));
    // The gate of each pattern's cues (global ones too, which `cueGate` refuses for the runs it would skip).
    const gates = withCues.map((re) => {
      const c = wordCues(re)!;
      return wordGate([...c.words, ...c.stems.map((w) => `${w}*`)]);
    });
    let skipped = 0;
    let asked = 0;
    for (const t of sentences) {
      const c = ctxOf(t);
      const s = c.sentences[0]!;
      gates.forEach((gate, i) => {
        asked++;
        if (sentenceHas(c, s, gate)) return;
        skipped++;
        const re = withCues[i]!;
        expect(new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(t), `${re} on "${t.slice(0, 60)}"`).toBe(
          false,
        );
      });
    }
    expect(withCues.length).toBeGreaterThan(400);
    expect(skipped).toBeGreaterThan(asked / 2);
  }, 240_000);
});

describe('the cue gates on and off give the same extraction', () => {
  const extract = (text: string, file: string) => JSON.stringify(extractText(text, { file }));
  it('on every sample and on made-up readouts', () => {
    const texts = sampleFiles().map((f) => [readFileSync(join(SAMPLES, f), 'utf8'), f] as const);
    texts.push([`Readout of the talks\n\n${MADE_UP.join(' ')}`, 'made-up.txt']);
    texts.push([`Joint statement\n\n${MADE_UP.slice().reverse().join('\n\n')}`, 'made-up-2.txt']);
    for (const [text, file] of texts) {
      setCueGates(true);
      const on = extract(text, file);
      setCueGates(false);
      try {
        expect(extract(text, file), file).toBe(on);
      } finally {
        setCueGates(true);
      }
    }
  }, 600_000);
});
