// A minimal client for any OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp, OpenAI):
// settings from KG_LLM_* env, global fetch with a timeout, JSON mode with a fallback for servers that refuse it.
import { LlmConfigError, LlmRequestError } from './errors.ts';

export interface LlmConfig {
  /** Base URL up to and including the API version, e.g. `http://127.0.0.1:11434/v1`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Reads the LLM settings: KG_LLM_BASE_URL and KG_LLM_MODEL (required), KG_LLM_API_KEY, KG_LLM_TIMEOUT_MS.
 * @throws LlmConfigError naming each missing or malformed variable.
 */
export function readLlmConfig(env: Record<string, string | undefined> = process.env): LlmConfig {
  const problems: string[] = [];
  const baseUrl = env.KG_LLM_BASE_URL?.trim();
  const model = env.KG_LLM_MODEL?.trim();
  if (!baseUrl) problems.push('KG_LLM_BASE_URL is not set (e.g. http://127.0.0.1:11434/v1 for Ollama)');
  else if (!/^https?:\/\/[^/]/.test(baseUrl) || !URL.canParse(baseUrl))
    problems.push(`KG_LLM_BASE_URL "${baseUrl}" is not an http(s) URL`);
  if (!model) problems.push('KG_LLM_MODEL is not set (the model name the server knows, e.g. qwen2.5:7b)');
  const rawTimeout = env.KG_LLM_TIMEOUT_MS?.trim();
  const timeoutMs = rawTimeout ? Number(rawTimeout) : DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    problems.push(`KG_LLM_TIMEOUT_MS "${rawTimeout}" is not a positive whole number of milliseconds`);
  if (problems.length) throw new LlmConfigError(`the llm extractor needs its settings: ${problems.join('; ')}`);
  const config: LlmConfig = { baseUrl: baseUrl!.replace(/\/+$/, ''), model: model!, timeoutMs };
  const apiKey = env.KG_LLM_API_KEY?.trim();
  if (apiKey) config.apiKey = apiKey;
  return config;
}

/** Status codes with which servers refuse an unknown request field such as `response_format`. */
const REFUSED_FIELD = new Set([400, 415, 422]);

/** Talks to one endpoint; remembers when the server refused JSON mode so later calls skip it. */
export class LlmClient {
  private jsonMode = true;

  constructor(readonly config: LlmConfig) {}

  get url(): string {
    return `${this.config.baseUrl}/chat/completions`;
  }

  /**
   * Sends the conversation and returns the assistant's message text.
   * @throws LlmRequestError for an unreachable server, a timeout, an HTTP error or a reply without content.
   */
  async complete(messages: ChatMessage[]): Promise<string> {
    if (this.jsonMode) {
      try {
        return await this.post(messages, true);
      } catch (err) {
        // Some servers reject response_format outright; the prompt asks for JSON anyway, so try once without it.
        if (!(err instanceof LlmRequestError) || err.status === undefined || !REFUSED_FIELD.has(err.status)) throw err;
        const text = await this.post(messages, false);
        this.jsonMode = false;
        return text;
      }
    }
    return this.post(messages, false);
  }

  private async post(messages: ChatMessage[], jsonMode: boolean): Promise<string> {
    const { model, apiKey, timeoutMs } = this.config;
    const body = {
      model,
      messages,
      temperature: 0,
      stream: false,
      ...(jsonMode ? { response_format: { type: 'json_object' } } : {}),
    };
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (apiKey) headers.authorization = `Bearer ${apiKey}`;
    let res: Response;
    let raw: string;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      raw = await res.text();
    } catch (err) {
      throw this.transportError(err);
    }
    if (!res.ok)
      throw new LlmRequestError(
        `the LLM server at ${this.url} answered HTTP ${res.status}: ${snippet(raw)}`,
        res.status,
      );
    let content: unknown;
    try {
      const reply = JSON.parse(raw) as { choices?: { message?: { content?: unknown } }[] };
      content = reply.choices?.[0]?.message?.content;
    } catch {
      throw new LlmRequestError(`the LLM server at ${this.url} sent a body that is not JSON: ${snippet(raw)}`);
    }
    if (typeof content !== 'string' || !content.trim())
      throw new LlmRequestError(
        `the LLM server at ${this.url} sent no message content (choices[0].message.content): ${snippet(raw)}`,
      );
    return content;
  }

  private transportError(err: unknown): LlmRequestError {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      return new LlmRequestError(
        `no answer from the LLM server at ${this.url} within ${this.config.timeoutMs} ms (raise KG_LLM_TIMEOUT_MS for slow models)`,
        undefined,
        { cause: err },
      );
    const why = e.cause?.code ?? e.cause?.message ?? e.message;
    return new LlmRequestError(
      `cannot reach the LLM server at ${this.url} (${why}); is it running, and is KG_LLM_BASE_URL right?`,
      undefined,
      { cause: err },
    );
  }
}

function snippet(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 300)}…` : t || '(empty body)';
}
