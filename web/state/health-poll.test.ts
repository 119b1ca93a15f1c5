import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphStore } from './graph-store.ts';
import { startHealthPoll } from './health-poll.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('health polling', () => {
  it('marks the connection down when the health check fails and up again when it answers', async () => {
    vi.useFakeTimers();
    let up = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        up
          ? Response.json({ ok: true, uri: 'bolt://db:7687' })
          : Response.json({ ok: false, error: { code: 'UNAVAILABLE', message: 'down' } }, { status: 503 }),
      ),
    );
    const stop = startHealthPoll(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(graphStore.get().online).toBe(true);
    up = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(graphStore.get().online).toBe(false);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    up = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(graphStore.get().online).toBe(false);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ ok: true, uri: 'bolt://db:7687' })),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(graphStore.get().online).toBe(true);
    stop();
  });
});
