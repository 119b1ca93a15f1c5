// Polls GET /api/health so the top bar's Neo4j dot follows the API and Neo4j going down or coming
// back without a reload.
import { getHealth } from '../api/client.ts';
import { graphStore } from './graph-store.ts';

/** How often the health is asked, in ms. */
export const HEALTH_POLL_MS = 10_000;

/** Asks the health once and records it: `online` true with the answer, false on any failure. */
export async function checkHealth(): Promise<void> {
  try {
    const health = await getHealth();
    graphStore.set((s) => ({ ...s, health, online: true }));
  } catch {
    graphStore.set((s) => ({ ...s, online: false }));
  }
}

/** Starts polling every `ms`; returns the function that stops it. */
export function startHealthPoll(ms = HEALTH_POLL_MS): () => void {
  const timer = setInterval(() => void checkHealth(), ms);
  return () => clearInterval(timer);
}
