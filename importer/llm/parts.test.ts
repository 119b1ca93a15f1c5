// Unit tests of the LLM extractor's parts: settings, reply parsing, canonical names, evidence location.
import { describe, expect, it } from 'vitest';

import { splitSentences } from '../split.ts';
import { canonicalEntity, canonicalOffice, canonicalPersonName } from './canonical.ts';
import { readLlmConfig } from './client.ts';
import { findMentions, locateEvidence } from './evidence.ts';
import { parseLlmReply } from './schema.ts';

describe('readLlmConfig', () => {
  it('names every missing variable in one error', () => {
    expect(() => readLlmConfig({})).toThrow(/KG_LLM_BASE_URL is not set.*KG_LLM_MODEL is not set/);
    expect(() => readLlmConfig({ KG_LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/KG_LLM_MODEL/);
  });

  it('rejects a malformed URL or timeout, naming the variable', () => {
    expect(() => readLlmConfig({ KG_LLM_BASE_URL: 'localhost:11434', KG_LLM_MODEL: 'm' })).toThrow(
      /KG_LLM_BASE_URL "localhost:11434"/,
    );
    expect(() =>
      readLlmConfig({ KG_LLM_BASE_URL: 'http://h/v1', KG_LLM_MODEL: 'm', KG_LLM_TIMEOUT_MS: 'soon' }),
    ).toThrow(/KG_LLM_TIMEOUT_MS/);
  });

  it('reads the settings, trims the trailing slash and defaults the timeout', () => {
    expect(
      readLlmConfig({ KG_LLM_BASE_URL: 'http://127.0.0.1:8000/v1/', KG_LLM_MODEL: 'qwen', KG_LLM_API_KEY: 'k' }),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:8000/v1',
      model: 'qwen',
      apiKey: 'k',
      timeoutMs: 120_000,
    });
  });
});

describe('parseLlmReply', () => {
  it('accepts a fenced reply and normalises the case of labels and types', () => {
    const r = parseLlmReply(
      '```json\n{"entities":[{"type":"person","name":"Abe"}],"relations":[{"type":"holds office","from":"Abe","to":"PM"}]}\n```',
    );
    expect(r.ok && r.reply.entities[0]).toEqual({ type: 'Person', name: 'Abe', aliases: [] });
    expect(r.ok && r.reply.relations[0]?.type).toBe('HOLDS_OFFICE');
  });

  it('explains invalid JSON and bad fields by path', () => {
    expect(parseLlmReply('no json here')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not valid JSON/),
    });
    const bad = parseLlmReply(
      '{"entities":[{"type":"Person","name":"A"}],"relations":[{"type":"LIKES","from":"A","to":"B"}]}',
    );
    expect(bad).toMatchObject({ ok: false, problem: expect.stringMatching(/relations\[0\]\.type/) });
  });
});

describe('canonical names', () => {
  it('strips honorifics and restores given-name-first order', () => {
    expect(canonicalPersonName('H.E. Mr. MOTEGI Toshimitsu')).toBe('Toshimitsu Motegi');
    expect(canonicalPersonName('Lavrov, Sergey Viktorovich')).toBe('Sergey Viktorovich Lavrov');
    expect(canonicalPersonName('Dr. S. Jaishankar')).toBe('S. Jaishankar');
    expect(canonicalPersonName('Xi Jinping')).toBe('Xi Jinping');
    expect(canonicalPersonName('KIM Jong Un')).toBe('Kim Jong Un');
    expect(canonicalPersonName('XI Jinping', 'China')).toBe('Xi Jinping');
    expect(canonicalPersonName('KISHIDA Fumio', 'Japan')).toBe('Fumio Kishida');
  });

  it('completes an office with its owner and names states canonically', () => {
    expect(canonicalOffice('President of the Russian Federation').name).toBe('President of Russia');
    expect(canonicalOffice('Minister for Foreign Affairs', { type: 'State', name: 'Japan' }).name).toBe(
      'Minister for Foreign Affairs of Japan',
    );
    expect(canonicalOffice('Secretary-General', { type: 'Organization', name: 'United Nations' }).name).toBe(
      'Secretary-General of the United Nations',
    );
    expect(
      canonicalOffice('President of the European Commission', { type: 'Organization', name: 'European Commission' })
        .name,
    ).toBe('President of the European Commission');
  });

  it('maps state and organisation aliases onto their canonical names', () => {
    expect(canonicalEntity('State', 'the Republic of Korea').name).toBe('South Korea');
    expect(canonicalEntity('Organization', 'EU').name).toBe('European Union');
  });
});

describe('evidence', () => {
  const text =
    'Summit Meeting\nMr. Abe met Mr. Putin in Buenos Aires. The two leaders agreed on a plan.\nThe Japanese side welcomed it.';
  const sentences = splitSentences(text);

  it('finds whole-word mentions, also with a capitalised first letter', () => {
    expect(findMentions(text, 'the Japanese side').map((m) => text.slice(m.start, m.end))).toEqual([
      'The Japanese side',
    ]);
    expect(findMentions(text, 'Abe')).toHaveLength(1);
    expect(findMentions(text, 'Ab')).toHaveLength(0);
  });

  it('locates exact, loose and paraphrased evidence, or nothing', () => {
    const ends = { from: ['Abe'], to: ['Putin'] };
    expect(locateEvidence(text, sentences, 'The two leaders agreed on a plan.', ends)?.text).toBe(
      'The two leaders agreed on a plan.',
    );
    expect(locateEvidence(text, sentences, 'the two  LEADERS agreed on a plan', ends)?.text).toBe(
      'The two leaders agreed on a plan.',
    );
    expect(locateEvidence(text, sentences, 'Abe and Putin talked.', ends)?.text).toBe(
      'Mr. Abe met Mr. Putin in Buenos Aires.',
    );
    expect(locateEvidence(text, sentences, 'Abe and Xi talked.', { from: ['Abe'], to: ['Xi'] })).toBeUndefined();
  });
});
