// Test helper: a stub OpenAI-compatible chat-completions server on 127.0.0.1 (port 0). It records every request
// and answers from a handler the test gives, so tests exercise the real HTTP client without a model.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when not JSON). */
  body: { model?: string; messages?: { role: string; content: string }[]; [k: string]: unknown } | undefined;
}

export interface StubAnswer {
  status?: number;
  /** A string is sent as is; anything else as JSON. */
  body: unknown;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
}

export type StubHandler = (req: StubRequest, index: number) => StubAnswer;

export interface StubServer {
  /** Base URL as KG_LLM_BASE_URL takes it: `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

/** An OpenAI chat.completion response carrying `content` as the assistant's message. */
export function chatCompletion(content: string, model = 'stub-model'): unknown {
  return {
    id: 'chatcmpl-stub',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

/** Answers the n-th request with the n-th entry (the last one repeats). */
export function inTurn(...answers: StubAnswer[]): StubHandler {
  return (_req, i) => answers[Math.min(i, answers.length - 1)]!;
}

/** Starts the stub; only POST /v1/chat/completions is served, anything else is a 404. */
export async function startStubServer(handler: StubHandler): Promise<StubServer> {
  const requests: StubRequest[] = [];
  let served = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: StubRequest['body'];
      try {
        body = JSON.parse(raw) as StubRequest['body'];
      } catch {
        body = undefined;
      }
      const path = req.url ?? '';
      const record: StubRequest = { method: req.method ?? '', path, headers: req.headers, body };
      requests.push(record);
      const answer: StubAnswer =
        req.method === 'POST' && path === '/v1/chat/completions'
          ? handler(record, served++)
          : { status: 404, body: { error: { message: `no route ${path}` } } };
      const send = () => {
        if (res.destroyed) return;
        const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' }).end(text);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
