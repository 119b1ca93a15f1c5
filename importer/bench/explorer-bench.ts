// Explorer figures (`kg bench`, section `explorer`): the built explorer (npx vite build) served by the
// app's own server over a synthetic graph (graph/synthetic-graph.ts) in the bench's throwaway Neo4j, in
// headless Chromium (WebGL on SwiftShader: software, so pessimistic). For each size: the /api/graph
// answer, the time to the first frame that draws the loaded graph, and frame times (requestAnimationFrame
// in the page) during a scripted pan and zoom of the whole graph. The default API cap (20,000 nodes) is
// raised for these servers (ApiServerOptions.graphCap) and the page asks for the whole graph with `?n=`.
import type { Page } from 'playwright-core';

import { clearAll } from '../../graph/admin.ts';
import { createApiServer, listenApi } from '../../graph/api/server.ts';
import type { GraphConnection } from '../../graph/connection.ts';
import { buildSyntheticGraph, syntheticCounts } from '../../graph/synthetic-graph.ts';
import { buildWebApp } from '../commands/start.ts';
import { launchChromium } from './chromium.ts';
import { latencies, round, timed, type Report } from './figures.ts';

/** Entities and facts the explorer should hold (Documents and MENTIONS never reach it). */
export interface ExplorerSize {
  nodes: number;
  edges: number;
}

export const EXPLORER_SIZES: readonly ExplorerSize[] = [
  { nodes: 10_000, edges: 50_000 },
  { nodes: 50_000, edges: 200_000 },
];

/** The JSON key of a size: `g10k`, `g50k`. */
export const sizeKey = (s: ExplorerSize): string => `g${round(s.nodes / 1000, 1)}k`;

/** The synthetic graph whose entities and facts are `size` (5 % of its nodes are Documents, 10 % of its relationships MENTIONS). */
export function syntheticSizeFor(size: ExplorerSize): { nodes: number; relationships: number } {
  const counts = syntheticCounts(size.nodes);
  const entityShare = 1 - counts.Document / size.nodes;
  return { nodes: Math.round(size.nodes / entityShare), relationships: Math.round(size.edges / 0.9) };
}

/** What the page measured for one size. */
export interface PageFigures {
  nodes: number;
  edges: number;
  apiMs: number;
  apiMb: number;
  firstDrawMs: number;
  showAllMs: number;
  frames: number[];
  cameraMoved: boolean;
  /** Frames in which the camera had moved since the previous one. */
  cameraFrames: number;
}

const PAGE_TIMEOUT_MS = 600_000;

// The page's side of the measurement, installed before the app loads (an init script: the app's
// Content-Security-Policy forbids evaluating strings, and tsx may wrap named functions in helpers the page
// lacks, so the calls below are anonymous arrows over `window.__bench`).
export const BENCH_SCRIPT = `window.__bench = {
  ready() {
    const status = window.__readoutGraph?.state().status;
    return status?.kind === 'error' ||
      (status?.kind === 'ready' && performance.getEntriesByName('readout-graph:drawn').length > 0);
  },
  load() {
    const status = window.__readoutGraph.state().status;
    if (status.kind === 'error') throw new Error('the explorer could not load the graph: ' + status.error.message);
    const drawn = performance.getEntriesByName('readout-graph:drawn')[0];
    const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/graph'));
    const g = window.__readoutGraph.graph;
    return { nodes: g.order, edges: g.size, firstDrawMs: drawn.startTime,
      apiMs: api ? api.responseEnd - api.startTime : NaN, apiBytes: api ? api.decodedBodySize : NaN };
  },
  layoutStopped() {
    return !document.querySelector('[data-testid=layout-toggle]')?.classList.contains('active');
  },
  twoFrames() {
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
  },
  camera() {
    const c = window.__readoutGraph.sigma().getCamera().getState();
    return c.x + ',' + c.y + ',' + c.ratio;
  },
  startFrames() {
    const f = (this.frames = { deltas: [], last: performance.now(), on: true, camera: this.camera(), states: 0 });
    let seen = f.camera;
    const tick = (t) => {
      if (!f.on) return;
      f.deltas.push(t - f.last);
      f.last = t;
      const now = this.camera();
      if (now !== seen) f.states++;
      seen = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },
  stopFrames() {
    this.frames.on = false;
    return { deltas: this.frames.deltas, moved: this.frames.states > 0, states: this.frames.states, endMoved: this.frames.camera !== this.camera() };
  },
};`;

interface BenchHook {
  ready(): boolean;
  load(): { nodes: number; edges: number; firstDrawMs: number; apiMs: number; apiBytes: number };
  layoutStopped(): boolean;
  twoFrames(): Promise<number>;
  startFrames(): void;
  stopFrames(): { deltas: number[]; moved: boolean; states: number; endMoved: boolean };
}
declare const window: { __bench: BenchHook };

/** Drags the canvas along a square of `side` px around its centre, in `steps` mouse moves per side. */
async function pan(page: Page, cx: number, cy: number, side: number, steps: number): Promise<void> {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (const [dx, dy] of [
    [side, 0],
    [side, side],
    [0, side],
    [0, 0],
  ] as const)
    await page.mouse.move(cx + dx, cy + dy, { steps });
  await page.mouse.up();
}

/** Wheel zooms in then out around the centre, `clicks` each way, a pause after each. */
async function zoom(page: Page, cx: number, cy: number, clicks: number): Promise<void> {
  await page.mouse.move(cx, cy);
  for (const dy of [-240, 240])
    for (let i = 0; i < clicks; i++) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(120);
    }
}

/**
 * Opens the explorer at `url`, asking for `limit` nodes, and measures load, first draw, pan and zoom into
 * `f` as it goes (a later step that fails leaves the earlier figures).
 */
export async function measurePage(page: Page, url: string, limit: number, f: Partial<PageFigures>): Promise<void> {
  await page.goto(`${url}?n=${limit}`, { timeout: PAGE_TIMEOUT_MS });
  await page.waitForFunction(() => window.__bench.ready(), null, { timeout: PAGE_TIMEOUT_MS, polling: 250 });
  const load = await page.evaluate(() => window.__bench.load());
  Object.assign(f, { ...load, apiMb: load.apiBytes / 2 ** 20 });
  // The first view of a large graph is the overview; the pan and zoom are measured on the whole graph.
  const t0 = await page.evaluate(() => performance.now());
  await page
    .getByTestId('overview-banner')
    .getByRole('button', { name: 'Show all' })
    .click({ timeout: PAGE_TIMEOUT_MS });
  f.showAllMs = (await page.evaluate(() => window.__bench.twoFrames())) - t0;
  await page.waitForFunction(() => window.__bench.layoutStopped(), null, { timeout: PAGE_TIMEOUT_MS, polling: 250 });
  await page.evaluate(() => window.__bench.twoFrames());

  const box = (await page.locator('[data-testid=graph-container]').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(() => window.__bench.startFrames());
  await pan(page, cx - 100, cy - 100, 200, 15);
  await zoom(page, cx, cy, 5);
  await pan(page, cx - 100, cy - 100, 200, 15);
  await page.evaluate(() => window.__bench.twoFrames());
  const { deltas, moved, states } = await page.evaluate(() => window.__bench.stopFrames());
  Object.assign(f, { frames: deltas, cameraMoved: moved, cameraFrames: states });
}

const ms = (x: number | undefined) => (x === undefined ? undefined : round(x));

/** Reports one size's figures (those measured) under `explorer.<sizeKey>`. */
function reportSize(report: Report, size: ExplorerSize, f: Partial<PageFigures>, buildMs: number): void {
  const frames = f.frames && latencies(f.frames);
  const value = {
    nodes: f.nodes,
    edges: f.edges,
    graphBuildSeconds: round(buildMs / 1000),
    apiMs: ms(f.apiMs),
    apiMb: ms(f.apiMb),
    firstDrawMs: ms(f.firstDrawMs),
    showAllMs: ms(f.showAllMs),
    frameMs: frames && { n: frames.n, p50: frames.p50, p95: frames.p95, max: frames.max },
    cameraMoved: f.cameraMoved,
    cameraFrames: f.cameraFrames,
  };
  report.add(
    'explorer',
    sizeKey(size),
    value,
    `${f.nodes} nodes / ${f.edges} edges in the explorer`,
    `/api/graph ${value.apiMs} ms (${value.apiMb} MB); first draw ${value.firstDrawMs} ms after navigation; ` +
      `whole graph shown in ${value.showAllMs ?? '—'} ms; ` +
      (frames
        ? `pan+zoom frames p50 ${frames.p50} / p95 ${frames.p95} / max ${frames.max} ms (n=${frames.n})` +
          (f.cameraMoved ? `, camera moved in ${f.cameraFrames} frames` : ', CAMERA DID NOT MOVE')
        : 'no frame figures'),
  );
}

/**
 * Builds the explorer, then for each size: empties the store, builds the synthetic graph, serves it with
 * a raised /api/graph cap and measures the page. Never asserts; a size that fails is reported as such.
 */
export async function benchExplorer(
  report: Report,
  conn: GraphConnection,
  sizes: readonly ExplorerSize[] = EXPLORER_SIZES,
  log: (line: string) => void = (line) => console.error(line),
): Promise<void> {
  await buildWebApp(log);
  const browser = await launchChromium({ width: 1280, height: 800 });
  await browser.page.addInitScript({ content: BENCH_SCRIPT });
  try {
    for (const size of sizes) {
      await clearAll(conn);
      const [, buildMs] = await timed(() => buildSyntheticGraph(conn, syntheticSizeFor(size)));
      const cap = { nodes: Math.ceil(size.nodes * 1.1), edges: Math.ceil(size.edges * 1.1), timeoutMs: 300_000 };
      const app = await createApiServer({ conn, closeConnection: false, graphCap: cap });
      const figures: Partial<PageFigures> = {};
      try {
        const url = await listenApi(app, 0);
        await measurePage(browser.page, url, cap.nodes, figures);
        reportSize(report, size, figures, buildMs);
      } catch (err) {
        if (figures.firstDrawMs !== undefined) reportSize(report, size, figures, buildMs);
        const message = String((err as Error).message).slice(0, 200);
        report.add('explorer', `${sizeKey(size)}Error`, message, `${size.nodes} nodes`, `FAILED: ${message}`);
      } finally {
        await app.close();
      }
    }
  } finally {
    await browser.close();
  }
}
