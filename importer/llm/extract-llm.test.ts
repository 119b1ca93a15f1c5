// The LLM extractor end to end against a stub OpenAI-compatible server: request shape, validation, resolution
// to the Extraction contract (ids, aliases, evidence offsets), dropped relations, retry, chunking, failures.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { entityId } from '../../graph/schema.ts';
import { validateExtraction } from '../extraction-schema.ts';
import { loadFromString } from '../load.ts';
import type { LlmConfig } from './client.ts';
import { chunkSentences, extractFileWithLlm, extractLoadedWithLlm } from './extract-llm.ts';
import { chatCompletion, inTurn, startStubServer } from './stub-server.ts';
import type { StubServer } from './stub-server.ts';
import { READOUT, READOUT_FILE, SENTENCE, STUB_REPLY } from './test-fixtures.ts';

let dir: string;
let file: string;
let stub: StubServer | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-llm-'));
  file = join(dir, READOUT_FILE);
  await writeFile(file, READOUT);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  await stub?.close();
  stub = undefined;
  vi.unstubAllEnvs();
});

const config = (s: StubServer, extra: Partial<LlmConfig> = {}): LlmConfig => ({
  baseUrl: s.baseUrl,
  model: 'stub-model',
  timeoutMs: 5000,
  ...extra,
});
const ok = (content: unknown) => ({
  body: chatCompletion(typeof content === 'string' ? content : JSON.stringify(content)),
});

describe('extractFileWithLlm against the stub server', () => {
  it('sends an OpenAI chat-completions request in JSON mode with the ontology and the text', async () => {
    stub = await startStubServer(inTurn(ok(STUB_REPLY)));
    await extractFileWithLlm(file, config(stub, { apiKey: 'sk-test' }), { warn: () => {} });
    expect(stub.requests).toHaveLength(1);
    const req = stub.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(req.body?.model).toBe('stub-model');
    expect(req.body?.temperature).toBe(0);
    expect(req.body?.response_format).toEqual({ type: 'json_object' });
    const [system, user] = req.body!.messages!;
    expect(system!.role).toBe('system');
    for (const word of ['Person', 'Agreement', 'HOLDS_OFFICE', 'Person -> Office', 'NEGOTIATES_FOR', 'honorifics'])
      expect(system!.content).toContain(word);
    expect(user!.role).toBe('user');
    expect(user!.content).toContain(SENTENCE.pompeo);
  });

  it('resolves the reply to the Extraction contract: canonical ids, aliases from the text, exact evidence', async () => {
    stub = await startStubServer(inTurn(ok(STUB_REPLY)));
    const warnings: string[] = [];
    const out = await extractFileWithLlm(file, config(stub), { warn: (m) => warnings.push(m) });
    expect(() => validateExtraction(out)).not.toThrow();
    expect(out.document.file).toBe(READOUT_FILE);
    expect(out.document.date).toBe('2018-06-12');

    const ids = out.entities.map((e) => e.id);
    for (const [label, name] of [
      ['Person', 'Mike Pompeo'],
      ['State', 'North Korea'],
      ['Office', 'President of the United States'],
      ['Office', 'Chairman of the State Affairs Commission of North Korea'],
      ['Office', 'Secretary of State of the United States'],
      ['Event', 'United States-DPRK Singapore Summit'],
    ] as const)
      expect(ids).toContain(entityId(label, name));
    expect(new Set(ids).size).toBe(ids.length);

    const kim = out.entities.find((e) => e.id === entityId('Person', 'Kim Jong Un'))!;
    expect(kim.aliases).toEqual(expect.arrayContaining(['Chairman Kim Jong Un', 'Chairman Kim']));
    const dprk = out.entities.find((e) => e.id === 'state:north-korea')!;
    expect(dprk.aliases).toEqual(expect.arrayContaining(['DPRK', "Democratic People's Republic of Korea"]));
    expect(dprk.iso3).toBe('PRK');
    const summit = out.entities.find((e) => e.type === 'Event')!;
    expect(summit).toMatchObject({ kind: 'summit', date: '2018-06-12', status: 'held' });
    for (const e of out.entities) for (const a of e.aliases) expect(READOUT).toContain(a);
    for (const m of out.mentions) expect(m.end).toBeGreaterThan(m.start);

    for (const r of out.relations) expect(out.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    const rel = (type: string, from: string, to: string) =>
      out.relations.find((r) => r.type === type && r.from === from && r.to === to);
    // Evidence quoted with changed case and spacing still lands on its sentence.
    const kimOffice = rel(
      'HOLDS_OFFICE',
      'person:kim-jong-un',
      'office:chairman-of-the-state-affairs-commission-of-north-korea',
    );
    expect(kimOffice?.evidence.sentence).toBe(SENTENCE.held);
    expect(kimOffice?.evidence.start).toBe(READOUT.indexOf(SENTENCE.held));
    // Paraphrased evidence falls back to the sentence that names both ends.
    expect(
      rel('HOLDS_OFFICE', 'person:mike-pompeo', 'office:secretary-of-state-of-the-united-states')?.evidence.sentence,
    ).toBe(SENTENCE.pompeo);
    expect(rel('BASED_ON', 'agreement:joint-statement', 'agreement:panmunjom-declaration')?.evidence.sentence).toBe(
      SENTENCE.reaffirming,
    );
    expect(rel('PARTICIPATED_IN', 'person:kim-jong-un', 'event:united-states-dprk-singapore-summit')).toBeDefined();

    // The three invalid relations are dropped with a warning each, and nothing else is.
    expect(out.relations).toHaveLength(STUB_REPLY.relations.length - 3);
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(
      /HOLDS_OFFICE "Mike Pompeo" -> "United States".*Person -> State is not allowed/,
    );
    expect(warnings.join('\n')).toMatch(/"Moon Jae-in" is not among the entities/);
    expect(warnings.join('\n')).toMatch(/DISCUSSED .*evidence is not in the text/);
  });

  it('retries once with the problem fed back when the reply is not valid JSON', async () => {
    stub = await startStubServer(inTurn(ok('Here is the graph: {"entities": [}'), ok(STUB_REPLY)));
    const out = await extractFileWithLlm(file, config(stub), { warn: () => {} });
    expect(stub.requests).toHaveLength(2);
    const msgs = stub.requests[1]!.body!.messages!;
    expect(msgs.at(-2)).toEqual({ role: 'assistant', content: 'Here is the graph: {"entities": [}' });
    expect(msgs.at(-1)!.content).toMatch(/not valid JSON/);
    expect(out.entities.length).toBeGreaterThan(5);
  });

  it('fails with the document and the bad field when the retry is still invalid', async () => {
    const bad = { entities: [{ type: 'Country', name: 'Singapore' }], relations: [] };
    stub = await startStubServer(inTurn(ok(bad)));
    await expect(extractFileWithLlm(file, config(stub))).rejects.toThrow(
      new RegExp(`${READOUT_FILE.replace(/\./g, '\\.')}.*still invalid after one retry.*entities\\[0\\]\\.type`),
    );
    expect(stub.requests).toHaveLength(2);
    expect(stub.requests[1]!.body!.messages!.at(-1)!.content).toContain('entities[0].type');
  });

  it('falls back to plain mode when the server refuses response_format, and stays there', async () => {
    stub = await startStubServer((req) =>
      req.body?.response_format
        ? { status: 400, body: { error: { message: 'response_format is not supported' } } }
        : ok(STUB_REPLY),
    );
    const doc = loadFromString(READOUT, READOUT_FILE);
    const out = await extractLoadedWithLlm(doc, config(stub), { warn: () => {}, chunkChars: 300 });
    const plain = stub.requests.filter((r) => !r.body?.response_format);
    expect(stub.requests.filter((r) => r.body?.response_format)).toHaveLength(1);
    expect(plain.length).toBeGreaterThan(1);
    expect(out.relations.length).toBeGreaterThan(0);
  });

  it('splits a long document into sentence chunks and merges their replies without duplicates', async () => {
    stub = await startStubServer(inTurn(ok(STUB_REPLY)));
    const doc = loadFromString(READOUT, READOUT_FILE);
    const out = await extractLoadedWithLlm(doc, config(stub), { warn: () => {}, chunkChars: 300 });
    const texts = stub.requests.map((r) => r.body!.messages![1]!.content);
    expect(texts.length).toBeGreaterThan(1);
    for (const s of Object.values(SENTENCE)) expect(texts.filter((t) => t.includes(s))).toHaveLength(1);
    expect(texts[0]).toMatch(/Part 1 of \d/);
    expect(new Set(out.entities.map((e) => e.id)).size).toBe(out.entities.length);
    const keys = out.relations.map((r) => `${r.type}|${r.from}|${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reports an HTTP 500 with the status, the server and the document', async () => {
    stub = await startStubServer(inTurn({ status: 500, body: { error: { message: 'model crashed' } } }));
    await expect(extractFileWithLlm(file, config(stub))).rejects.toThrow(
      /importer\/extract: .*singapore-summit\.txt: .*HTTP 500.*model crashed/,
    );
  });

  it('reports an unreachable server and a timeout clearly', async () => {
    const gone = await startStubServer(inTurn(ok(STUB_REPLY)));
    await gone.close();
    await expect(extractFileWithLlm(file, config(gone))).rejects.toThrow(
      /cannot reach the LLM server at http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions/,
    );
    stub = await startStubServer(inTurn({ ...ok(STUB_REPLY), delayMs: 2000 }));
    await expect(extractFileWithLlm(file, config(stub, { timeoutMs: 150 }))).rejects.toThrow(
      /within 150 ms.*KG_LLM_TIMEOUT_MS/,
    );
  });

  it('names the missing settings when KG_LLM_* env is not set', async () => {
    vi.stubEnv('KG_LLM_BASE_URL', '');
    vi.stubEnv('KG_LLM_MODEL', '');
    await expect(extractFileWithLlm(file)).rejects.toThrow(/KG_LLM_BASE_URL is not set.*KG_LLM_MODEL is not set/);
  });

  it('reads its settings from env when no config is given', async () => {
    stub = await startStubServer(inTurn(ok(STUB_REPLY)));
    vi.stubEnv('KG_LLM_BASE_URL', `${stub.baseUrl}/`);
    vi.stubEnv('KG_LLM_MODEL', 'env-model');
    vi.stubEnv('KG_LLM_API_KEY', '');
    await extractFileWithLlm(file, undefined, { warn: () => {} });
    expect(stub.requests[0]!.body?.model).toBe('env-model');
    expect(stub.requests[0]!.headers.authorization).toBeUndefined();
  });
});

describe('chunkSentences', () => {
  it('keeps whole sentences in order and never exceeds the limit unless one sentence does', () => {
    const s = (i: number, start: number, end: number) => ({
      index: i,
      text: 'x'.repeat(end - start),
      start,
      end,
      heading: false,
    });
    const sentences = [s(0, 0, 40), s(1, 41, 90), s(2, 91, 300), s(3, 301, 320)];
    const chunks = chunkSentences(sentences, 100);
    expect(chunks.flat()).toEqual(sentences);
    expect(chunks.map((c) => c.map((x) => x.index))).toEqual([[0, 1], [2], [3]]);
  });
});
