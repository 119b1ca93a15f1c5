// The explorer on a graph larger than its first load (a synthetic graph in a real Neo4j, through the
// real API): the first view is the degree-ranked overview with a notice of what was left out and how much
// the database holds; the canvas still pans, zooms and searches; "load more" brings the whole graph, shown
// whole and drawn as a large view (edges and labels hidden while moving; once the camera rests, only the
// nodes around the viewport and a budget of the best-connected edges with an end among them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import { buildSyntheticGraph } from '../graph/synthetic-graph.ts';
import type { StatsResponse } from '../graph/types.ts';
import { startServer, type RunningServer } from '../importer/commands/start.ts';
import { EDGE_BUDGET, NOT_DRAWN, VIEW_MARGIN } from '../web/graph/scale.ts';
import { INITIAL_LIMIT } from '../web/state/graph-store.ts';
import { launchBrowser, type BrowserSession } from './helpers/browser.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

interface Camera {
  x: number;
  y: number;
  ratio: number;
}
interface Hook {
  graph: {
    order: number;
    size: number;
    edges(): string[];
    nodes(): string[];
    extremities(edge: string): [string, string];
    getNodeAttributes(node: string): { x: number; y: number };
  };
  state(): { status: { kind: string; truncated?: boolean } };
  visibleNodes(): string[];
  sigma(): {
    getCamera(): { getState(): Camera };
    getSetting(name: string): unknown;
    getEdgeDisplayData(edge: string): { hidden?: boolean; type?: string } | undefined;
    getNodeDisplayData(node: string): { type?: string } | undefined;
    getDimensions(): { width: number; height: number };
    graphToViewport(p: { x: number; y: number }): { x: number; y: number };
  };
}
declare const window: { __readoutGraph: Hook };

let conn: GraphConnection;
let server: RunningServer;
let browser: BrowserSession;
let stored: number;

const camera = () => browser.page.evaluate(() => window.__readoutGraph.sigma().getCamera().getState());
const order = () => browser.page.evaluate(() => window.__readoutGraph.graph.order);
const ready = () =>
  browser.page.waitForFunction(() => window.__readoutGraph?.state().status.kind === 'ready', null, {
    timeout: 120_000,
  });
/** Edges the canvas draws now (not hidden by the filters or by the reducers). */
const drawnEdges = () =>
  browser.page.evaluate(() => {
    const { graph, sigma } = window.__readoutGraph;
    return graph.edges().filter((e) => sigma().getEdgeDisplayData(e)?.hidden === false).length;
  });
/**
 * What a large view draws now: nodes drawn, and edges drawn, drawn with no end around the viewport (within
 * `margin` of its size), or hidden yet still given to a drawing program.
 */
const culling = (margin: number, none: string) =>
  browser.page.evaluate(
    ([margin, none]) => {
      const { graph, sigma } = window.__readoutGraph;
      const s = sigma();
      const { width, height } = s.getDimensions();
      const around = (n: string) => {
        const p = s.graphToViewport(graph.getNodeAttributes(n));
        const [mx, my] = [width * margin + 1, height * margin + 1];
        return p.x >= -mx && p.x <= width + mx && p.y >= -my && p.y <= height + my;
      };
      const nodes = graph.nodes().filter((n) => s.getNodeDisplayData(n)?.type !== none).length;
      let edges = 0;
      let outside = 0;
      let hiddenDrawn = 0;
      for (const e of graph.edges()) {
        const d = s.getEdgeDisplayData(e);
        if (d?.hidden && d.type !== none) hiddenDrawn++;
        if (d?.hidden !== false) continue;
        edges++;
        if (!graph.extremities(e).some(around)) outside++;
      }
      return { nodes, edges, outside, hiddenDrawn };
    },
    [margin, none] as const,
  );

beforeAll(async () => {
  conn = await testConnection();
  await clearDatabase(conn);
  // About 4,750 entities and 18,000 facts: more than the first load's 2,000 nodes and than EDGE_BUDGET.
  await buildSyntheticGraph(conn, { nodes: 5000, relationships: 20_000 });
  server = await startServer({ port: 0, conn, importSamples: false, log: () => undefined });
  const stats = (await (await fetch(`${server.url}api/stats`)).json()) as StatsResponse;
  stored = Object.entries(stats.labels).reduce((n, [l, c]) => (l === 'Document' ? n : n + (c ?? 0)), 0);
  browser = await launchBrowser({ width: 1280, height: 800 });
  await browser.page.goto(server.url);
  await ready();
  await browser.page.waitForSelector('[data-testid=graph-container] canvas.sigma-nodes');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await clearDatabase(conn).catch(() => undefined);
  await conn?.close();
});

describe('the explorer on a graph larger than its first load', () => {
  it('first shows the overview of the best-connected entities, with what was left out', async () => {
    const { page } = browser;
    expect(stored).toBeGreaterThan(INITIAL_LIMIT);
    expect(await order()).toBe(INITIAL_LIMIT);
    const notice = page.getByTestId('truncated-banner');
    await expect.poll(() => notice.textContent()).toContain(`of ${stored.toLocaleString('en-US')} entities`);
    expect(await notice.textContent()).toContain(`Showing the ${INITIAL_LIMIT.toLocaleString('en-US')} best-connected`);
    await page.getByTestId('overview-banner').waitFor();
    const visible = await page.evaluate(() => window.__readoutGraph.visibleNodes().length);
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(INITIAL_LIMIT / 10);
  });

  it('stays responsive: the canvas pans and zooms, and search selects an entity', async () => {
    const { page } = browser;
    const box = (await page.locator('[data-testid=graph-container]').boundingBox())!;
    const before = await camera();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 80, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await camera()).x).not.toBe(before.x);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await camera()).ratio).toBeLessThan(before.ratio);

    await page.keyboard.press('/');
    await page.keyboard.type('Person 7');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=entity-name]').textContent()).toMatch(/^Person 7/);
    expect(browser.pageErrors).toEqual([]);
  });

  it('loads the rest on demand and draws it as a large view', async () => {
    const { page } = browser;
    await page
      .getByTestId('truncated-banner')
      .getByRole('button', { name: /^Load up to/ })
      .click();
    await ready();
    await expect.poll(order, { timeout: 60_000 }).toBe(stored);
    expect(await page.evaluate(() => window.__readoutGraph.state().status.truncated)).toBe(false);
    expect(await page.getByTestId('truncated-banner').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('n')).toBe(String(INITIAL_LIMIT * 4));

    // Asked for by the user, the larger load is shown whole (no overview).
    await expect.poll(() => page.evaluate(() => window.__readoutGraph.visibleNodes().length)).toBe(stored);
    expect(await page.getByTestId('overview-banner').count()).toBe(0);
    const setting = (name: string) => page.evaluate((n) => window.__readoutGraph.sigma().getSetting(n), name);
    expect(await setting('hideEdgesOnMove')).toBe(true);
    expect(await setting('hideLabelsOnMove')).toBe(true);
    expect(await setting('enableEdgeEvents')).toBe(false);

    // Fitted (zoomed out): only the best-connected edges are drawn, every node.
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(drawnEdges, { timeout: 30_000 }).toBe(EDGE_BUDGET);
    const size = await page.evaluate(() => window.__readoutGraph.graph.size);
    expect(size).toBeGreaterThan(EDGE_BUDGET);
    expect((await culling(VIEW_MARGIN, NOT_DRAWN)).nodes).toBe(stored);

    // Zoomed in with the wheel (the camera moves under it): once it rests, nothing is drawn far outside the
    // viewport, and what is hidden is given to no drawing program.
    const box = (await page.locator('[data-testid=graph-container]').boundingBox())!;
    const fitted = await camera();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(300);
    }
    await expect.poll(async () => (await camera()).ratio).toBeLessThan(fitted.ratio / 4);
    await expect.poll(async () => (await culling(VIEW_MARGIN, NOT_DRAWN)).outside, { timeout: 30_000 }).toBe(0);
    const zoomed = await culling(VIEW_MARGIN, NOT_DRAWN);
    expect(zoomed.nodes).toBeLessThan(stored / 2);
    expect(zoomed.nodes).toBeGreaterThan(0);
    expect(zoomed.edges).toBeGreaterThan(0);
    expect(zoomed.edges).toBeLessThan(size / 2);
    expect(zoomed.outside).toBe(0);
    expect(zoomed.hiddenDrawn).toBe(0);

    // Still answering: a drag moves the camera, and what is drawn follows it once it rests.
    const before = await camera();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 400, box.y + box.height / 2 - 250, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await camera()).x).not.toBe(before.x);
    await expect.poll(async () => (await culling(VIEW_MARGIN, NOT_DRAWN)).outside, { timeout: 30_000 }).toBe(0);
    expect((await culling(VIEW_MARGIN, NOT_DRAWN)).edges).toBeGreaterThan(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
