// The explorer in headless Chromium against the real API and a real Neo4j holding the bundled samples:
// it draws the graph, search selects by alias and shows evidence, filters hide, the console runs
// Cypher, and export downloads a GraphML file that parses. UPDATE_SCREENSHOT=1 refreshes docs/screenshot.png.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../graph/connection.ts';
import { CONSOLE_ROW_LIMIT } from '../graph/api/routes.ts';
import type { StatsResponse } from '../graph/types.ts';
import { startServer } from '../importer/commands/start.ts';
import type { RunningServer } from '../importer/commands/start.ts';
import { LABEL_COLORS } from '../web/graph/appearance.ts';
import { launchBrowser, measureInk } from './helpers/browser.ts';
import type { BrowserSession } from './helpers/browser.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

const ROOT = join(import.meta.dirname, '..');

let conn: GraphConnection;
let server: RunningServer;
let browser: BrowserSession;
let stats: StatsResponse;

interface Hook {
  graph: { order: number; forEachNode(cb: (n: string, a: { entityType: string; hidden?: boolean }) => void): void };
  state(): { status: { kind: string; truncated?: boolean } };
}
interface HookWithSigma {
  graph: {
    edges(node?: string): string[];
    nodes(): string[];
    getNodeAttribute(node: string, name: 'hidden'): boolean | undefined;
    extremities(edge: string): [string, string];
    getNodeAttributes(node: string): { x: number; y: number };
    getEdgeAttribute(edge: string, name: 'evidence'): { sentence: string }[];
  };
  sigma(): {
    getContainer(): HTMLElement;
    graphToViewport(p: { x: number; y: number }): { x: number; y: number };
  };
}
declare const window: { __readoutGraph: Hook };

/** Visible node count per label, read through the page's read-only test hook. */
const visibleByLabel = () =>
  browser.page.evaluate(() => {
    const out: Record<string, number> = {};
    window.__readoutGraph.graph.forEachNode((_, a) => {
      if (!a.hidden) out[a.entityType] = (out[a.entityType] ?? 0) + 1;
    });
    return out;
  });

/** Entities of each label loaded in the graph (hidden or not): the legend's second figure. */
const loadedByLabel = () =>
  browser.page.evaluate(() => {
    const out: Record<string, number> = {};
    window.__readoutGraph.graph.forEachNode((_, a) => {
      out[a.entityType] = (out[a.entityType] ?? 0) + 1;
    });
    return out;
  });

/** Persons the first load brings: all the store holds, unless the load was capped (`truncated`) at the best connected. */
async function expectPersonsLoaded(loaded: number): Promise<void> {
  const status = await browser.page.evaluate(() => window.__readoutGraph.state().status);
  if (status.kind === 'ready' && status.truncated) {
    expect(loaded).toBeGreaterThan(0);
    expect(loaded).toBeLessThanOrEqual(stats.labels.Person!);
  } else expect(loaded).toBe(stats.labels.Person);
}

beforeAll(async () => {
  conn = await testConnection();
  await clearDatabase(conn);
  // Imports importer/samples and serves the built explorer (dist/web; built when missing).
  server = await startServer({ port: 0, conn, log: () => undefined });
  stats = (await (await fetch(`${server.url}api/stats`)).json()) as StatsResponse;
  browser = await launchBrowser();
  await browser.page.goto(server.url);
  await browser.page.waitForFunction(() => window.__readoutGraph?.state().status.kind === 'ready', null, {
    timeout: 60_000,
  });
  await browser.page.waitForSelector('[data-testid=graph-container] canvas.sigma-nodes');
  await browser.page.waitForTimeout(500);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await conn?.close();
});

describe('the explorer on the bundled samples', () => {
  it('draws the sample graph with one colour per label', async () => {
    const order = await browser.page.evaluate(() => window.__readoutGraph.graph.order);
    expect(order).toBeGreaterThan(100);
    const ink = await measureInk(browser.page, '[data-testid=graph-container]', [
      LABEL_COLORS.Person,
      LABEL_COLORS.State,
      LABEL_COLORS.Event,
    ]);
    expect(ink.inkRatio).toBeGreaterThan(0.01);
    for (const [colour, hits] of Object.entries(ink.colourHits))
      expect(hits, `pixels of ${colour}`).toBeGreaterThan(20);
    // The first view is the overview: the legend says visible/loaded.
    const legendPerson = (await browser.page.textContent('[data-testid=label-count-Person]')) ?? '';
    const loadedPersons = (await loadedByLabel()).Person ?? 0;
    expect(Number(legendPerson.split('/').pop())).toBe(loadedPersons);
    await expectPersonsLoaded(loadedPersons);
    expect(browser.pageErrors).toEqual([]);
  });

  it('search finds Morgulov by alias, selects him and shows the evidence sentence', async () => {
    const { page } = browser;
    await page.keyboard.press('/');
    await page.keyboard.type('Morgulov');
    const hit = page.locator('[data-testid=search-hit]', { hasText: 'Igor Vladimirovich Morgulov' }).first();
    await hit.waitFor();
    expect(await hit.locator('.type-badge').textContent()).toBe('Person');
    await hit.click();
    const panel = page.locator('[data-testid=entity-panel]');
    await expect
      .poll(() => panel.locator('[data-testid=entity-name]').textContent())
      .toBe('Igor Vladimirovich Morgulov');
    const sentences = await panel.locator('[data-testid=evidence-sentence]').allTextContents();
    expect(sentences.some((s) => s.includes('Morgulov'))).toBe(true);
    if (process.env.UPDATE_SCREENSHOT) {
      await page.waitForTimeout(800); // the camera's move to the selection
      await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });
    }

    // The evidence opens the readout with the sentence highlighted.
    await panel.locator('[data-testid=evidence-open]').first().click();
    const highlight = page.locator('[data-testid=reader-highlight]');
    await highlight.first().waitFor();
    expect((await highlight.allTextContents()).join('')).toContain('Morgulov');

    // Every mention is marked; clicking one selects its entity.
    const mention = page.locator('[data-testid=reader-text] .mention', { hasText: 'Lavrov' }).first();
    const title = (await mention.getAttribute('title')) ?? '';
    await mention.click();
    await expect
      .poll(() => page.locator('[data-testid=entity-name]').textContent())
      .toBe(title.replace(/ \(\w+\)$/, ''));
    expect(title).toMatch(/Lavrov \(Person\)$/);
  });

  it('clicking a relationship in the canvas shows its evidence highlighted in the readout', async () => {
    const { page } = browser;
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('Morgulov');
    await page.keyboard.press('Enter'); // chooses the first hit once it arrives
    await expect
      .poll(() => page.locator('[data-testid=entity-name]').textContent())
      .toBe('Igor Vladimirovich Morgulov');
    await page.waitForTimeout(800); // the camera's move
    // The middle of one of Morgulov's relationships, in page pixels: one inside the canvas whose middle lies
    // farthest from any node and from any other drawn relationship, so that the click can only land on it.
    const pick = () =>
      page.evaluate(() => {
        const { graph: g, sigma } = window.__readoutGraph as unknown as HookWithSigma;
        const s = sigma();
        const box = s.getContainer().getBoundingClientRect();
        const at = (n: string) => s.graphToViewport(g.getNodeAttributes(n));
        const shown = g.nodes().filter((n) => !g.getNodeAttribute(n, 'hidden'));
        const nodes = shown.map((n) => at(n));
        const segments = g
          .edges()
          .filter((e) => g.extremities(e).every((n) => !g.getNodeAttribute(n, 'hidden')))
          .map((e) => ({ e, ends: g.extremities(e).map((n) => at(n)) }));
        const toSegment = (x: number, y: number, [a, b]: { x: number; y: number }[]) => {
          const dx = b!.x - a!.x;
          const dy = b!.y - a!.y;
          const t = Math.max(0, Math.min(1, ((x - a!.x) * dx + (y - a!.y) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(x - a!.x - t * dx, y - a!.y - t * dy);
        };
        let best: { key: string; x: number; y: number; clearance: number } | undefined;
        for (const key of g.edges('person:igor-vladimirovich-morgulov')) {
          const [a, b] = g.extremities(key).map(at);
          const mx = (a!.x + b!.x) / 2;
          const my = (a!.y + b!.y) / 2;
          if (mx < 20 || my < 20 || mx > box.width - 20 || my > box.height - 20) continue;
          const fromNodes = Math.min(...nodes.map((p) => Math.hypot(p.x - mx, p.y - my)));
          const others = segments.filter((o) => o.e !== key).map((o) => toSegment(mx, my, o.ends));
          const clearance = Math.min(fromNodes, ...others);
          if (!best || clearance > best.clearance) best = { key, x: box.left + mx, y: box.top + my, clearance };
        }
        return best && { ...best, sentence: g.getEdgeAttribute(best.key, 'evidence')[0]?.sentence ?? '' };
      });
    // Once the layout has come to rest: the same point twice, 300 ms apart.
    let target = await pick();
    await expect
      .poll(
        async () => {
          const before = target;
          await page.waitForTimeout(300);
          target = await pick();
          return before !== undefined && target !== undefined && before.x === target.x && before.y === target.y;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(target).toBeDefined();
    await page.mouse.click(target!.x, target!.y);
    const panel = page.locator('[data-testid=relation-panel]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Igor Vladimirovich Morgulov');
    // The readout arrives after the panel (its own request): wait for the highlight rather than read it at once.
    const highlighted = async () =>
      (await page.locator('[data-testid=reader-highlight]').allTextContents()).join('').replace(/\s+/g, ' ').trim();
    await expect.poll(highlighted, { timeout: 15_000 }).toBe(target!.sentence.replace(/\s+/g, ' ').trim());
  });

  it('a label filter hides those nodes without reloading, and reset brings them back', async () => {
    const { page } = browser;
    const before = await visibleByLabel();
    expect(before.Person).toBeGreaterThan(0);
    await page.click('[data-testid=label-filter-Person]');
    await expect.poll(async () => (await visibleByLabel()).Person ?? 0).toBe(0);
    const after = await visibleByLabel();
    expect(after.State).toBe(before.State);
    const loadedPersons = (await loadedByLabel()).Person ?? 0;
    await expectPersonsLoaded(loadedPersons);
    expect(await page.textContent('[data-testid=label-count-Person]')).toBe(`0/${loadedPersons}`);
    await page.click('[data-testid=reset-filters]');
    await expect.poll(async () => (await visibleByLabel()).Person).toBe(loadedPersons); // reset also leaves the overview
  });

  it('the console runs MATCH (p:Person) RETURN p and shows one row per person', async () => {
    const { page } = browser;
    await page.click('[data-testid=console-toggle]');
    const editor = page.locator('[data-testid=console-editor] .cm-content');
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('MATCH (p:Person) RETURN p');
    await page.keyboard.press('Control+Enter');
    const rows = page.locator('[data-testid=console-results] tbody tr');
    // One row per person up to the console's row limit; past it the answer is capped, and says so.
    const persons = stats.labels.Person ?? 0;
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(Math.min(persons, CONSOLE_ROW_LIMIT));
    expect(await rows.first().locator('.type-badge').textContent()).toBe('Person');
    const meta = await page.locator('.result-meta').textContent();
    expect(meta?.includes('(capped)')).toBe(persons > CONSOLE_ROW_LIMIT);
  });

  it('exports the current view as GraphML that parses back', async () => {
    const { page } = browser;
    const visible = await page.evaluate(() => {
      let n = 0;
      window.__readoutGraph.graph.forEachNode((_, a) => void (a.hidden ? 0 : n++));
      return n;
    });
    await page.click('[data-testid=export-button]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-graphml]')]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const xml = await readFile((await download.path())!, 'utf8');
    const parsed = parseGraphml(MultiDirectedGraph, xml);
    expect(parsed.order).toBe(visible);
    expect(parsed.size).toBeGreaterThan(0);
  });

  it('ran under the server Content-Security-Policy without a violation (WebGL, the layout worker, the editor)', async () => {
    const res = await fetch(server.url);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(browser.cspViolations).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
