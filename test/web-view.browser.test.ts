// The explorer's view in headless Chromium against the real API and a real Neo4j holding the bundled
// samples: a clean page load, the console templates, labels that never overlap (and label every node of
// a console result), a permalink that restores the view, the data-changed notice, keyboard-only use,
// the health dot following the API, and the SVG and evidence-pack exports.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphConnection } from '../graph/connection.ts';
import type { ApiGraph } from '../graph/types.ts';
import { startServer } from '../importer/commands/start.ts';
import type { RunningServer } from '../importer/commands/start.ts';
import { launchBrowser } from './helpers/browser.ts';
import type { BrowserSession } from './helpers/browser.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Hook {
  graph: {
    order: number;
    getNodeAttribute(n: string, name: 'label' | 'hidden'): string | boolean | undefined;
    filterNodes(cb: (n: string, a: { hidden?: boolean }) => boolean): string[];
  };
  state(): { status: { kind: string; source?: string } };
  visibleNodes(): string[];
  labels(): { key: string; text: string; box: Box }[];
  sigma(): {
    getCamera(): { getState(): { x: number; y: number; ratio: number } };
    getNodeDisplayData(n: string): { x: number; y: number } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getDimensions(): { width: number; height: number };
    getContainer(): unknown;
  };
}
declare const window: { __readoutGraph: Hook };

let conn: GraphConnection;
let server: RunningServer;
let browser: BrowserSession;

const MORGULOV = 'person:igor-vladimirovich-morgulov';

/** Opens `url` and waits for the first graph; returns what failed or was logged as an error meanwhile. */
async function open(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) =>
    m.type() === 'error' && problems.push(`console: ${m.text()}`);
  const onFailed = (r: { url(): string }) => problems.push(`failed: ${r.url()}`);
  const onResponse = (r: { status(): number; url(): string }) =>
    r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`);
  page.on('console', onConsole);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  await page.goto(url);
  await page.waitForFunction(() => window.__readoutGraph?.state().status.kind === 'ready', null, { timeout: 60_000 });
  await page.waitForSelector('[data-testid=graph-container] canvas.sigma-nodes');
  await page.waitForTimeout(800);
  page.off('console', onConsole);
  page.off('requestfailed', onFailed);
  page.off('response', onResponse);
  return problems;
}

/** Pairs of drawn label boxes that overlap. */
const overlaps = (page: Page) =>
  page.evaluate(() => {
    const boxes = window.__readoutGraph.labels();
    const hits: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.box, boxes[j]!.box];
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          hits.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
      }
    return { count: boxes.length, hits };
  });

beforeAll(async () => {
  conn = await testConnection();
  await clearDatabase(conn);
  server = await startServer({ port: 0, conn, log: () => undefined });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await conn?.close();
});

describe('the explorer view', () => {
  it('loads with no failed request and no console error, on a readable overview', async () => {
    const problems = await open(browser.page, server.url);
    expect(problems).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    const { order, visible } = await browser.page.evaluate(() => ({
      order: window.__readoutGraph.graph.order,
      visible: window.__readoutGraph.visibleNodes().length,
    }));
    expect(order).toBeGreaterThan(150);
    expect(visible).toBeLessThanOrEqual(60);
    expect(await browser.page.isChecked('[data-testid=overview-toggle]')).toBe(true);
  });

  it('draws labels that never overlap, in the overview and in the whole graph', async () => {
    const { page } = browser;
    const overview = await overlaps(page);
    expect(overview.count).toBeGreaterThan(20);
    expect(overview.hits).toEqual([]);
    await page.click('[data-testid=overview-toggle]');
    await expect.poll(() => page.evaluate(() => window.__readoutGraph.visibleNodes().length)).toBeGreaterThan(150);
    await page.waitForTimeout(300);
    const all = await overlaps(page);
    expect(all.count).toBeGreaterThan(10);
    expect(all.hits).toEqual([]);
    await page.click('[data-testid=overview-toggle]');
  });

  it('fills the console templates menu and starts the editor with a query', async () => {
    const { page } = browser;
    await page.click('[data-testid=console-toggle]');
    const editor = page.locator('[data-testid=console-editor] .cm-content');
    await editor.waitFor({ timeout: 30_000 });
    expect((await editor.textContent())?.trim()).not.toBe('');
    expect(await editor.getAttribute('aria-label')).toBe('Cypher query');
    await page.click('[data-testid=console-templates]');
    const items = page.locator('[data-testid=console-template]');
    expect(await items.count()).toBeGreaterThan(3);
    // Keyboard: the arrows move through the menu, Escape closes it.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('console-template');
    await page.keyboard.press('Escape');
    expect(await items.count()).toBe(0);
  });

  it('labels every node of a console result it draws, without overlap', async () => {
    const { page } = browser;
    await page.click('[data-testid=console-templates]');
    await page.locator('[data-testid=console-template]', { hasText: 'Who negotiates for whom' }).click();
    // The template's result grows with the bundled samples; the test keeps to the roles and offices of the
    // Japan-Russia readouts, a dense result whose size does not change when a sample on other talks is added.
    const editor = page.locator('[data-testid=console-editor] .cm-content');
    expect(await editor.textContent()).toContain('NEGOTIATES_FOR');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      "MATCH (p:Person)-[r:NEGOTIATES_FOR|HOLDS_OFFICE]->(x) WHERE any(d IN r.docs WHERE d CONTAINS 'japan' OR d CONTAINS 'russia' OR d CONTAINS 'lavrov' OR d CONTAINS 'putin') RETURN p, r, x",
    );
    await page.click('[data-testid=console-run]');
    await page.locator('[data-testid=console-show-graph]:not([disabled])').waitFor();
    await page.click('[data-testid=console-show-graph]');
    await page.waitForFunction(() => window.__readoutGraph.state().status.source === 'query');
    await page.waitForTimeout(600);
    const result = await page.evaluate(() => {
      const h = window.__readoutGraph;
      const s = h.sigma();
      const { width, height } = s.getDimensions();
      const labelled = new Set(h.labels().map((l) => l.key));
      // Nodes drawn inside the canvas (a node on its very edge has no room for a label).
      const inside = h.visibleNodes().filter((n) => {
        const p = s.framedGraphToViewport(s.getNodeDisplayData(n)!);
        return p.x > 40 && p.y > 20 && p.x < width - 40 && p.y < height - 20;
      });
      return {
        inside: inside.length,
        unlabelled: inside.filter((n) => !labelled.has(n)).map((n) => h.graph.getNodeAttribute(n, 'label')),
        names: [...labelled].map((n) => h.graph.getNodeAttribute(n, 'label')),
      };
    });
    expect(result.inside).toBeGreaterThanOrEqual(6);
    expect(result.names).toEqual(
      expect.arrayContaining(['Igor Vladimirovich Morgulov', 'Vladimir Vladimirovich Putin']),
    );
    // Labels never overlap, so a dense result may leave a few out: at most one node in twenty.
    expect(result.unlabelled.length).toBeLessThanOrEqual(Math.ceil(result.inside / 20));
    expect((await overlaps(page)).hits).toEqual([]);
    await page.click('[data-testid=console-toggle]');
  });

  it('a reloaded permalink restores the selection, the filters and the camera', async () => {
    const { page } = browser;
    await open(page, server.url);
    await page.keyboard.press('/');
    await page.keyboard.type('Morgulov');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid=entity-name]').textContent())
      .toBe('Igor Vladimirovich Morgulov');
    await page.click('[data-testid=label-filter-Office]');
    await page.waitForTimeout(900); // the camera's move and the URL's debounce
    const before = await page.evaluate(() => window.__readoutGraph.sigma().getCamera().getState());
    const link = page.url();
    expect(link).toContain('sel=n%3Aperson%3Aigor-vladimirovich-morgulov');
    expect(link).toMatch(/hl=Office/);
    expect(link).toMatch(/v=[0-9a-f]{16}/);

    const second = await browser.context.newPage();
    try {
      const problems = await open(second, link);
      expect(problems).toEqual([]);
      await expect
        .poll(() => second.locator('[data-testid=entity-name]').textContent())
        .toBe('Igor Vladimirovich Morgulov');
      expect(await second.isChecked('[data-testid=label-filter-Office]')).toBe(false);
      const visibleOffices = await second.evaluate(() =>
        window.__readoutGraph.visibleNodes().filter((n) => n.startsWith('office:')),
      );
      expect(visibleOffices).toEqual([]);
      const after = await second.evaluate(() => window.__readoutGraph.sigma().getCamera().getState());
      expect(after.ratio).toBeCloseTo(before.ratio, 2);
      expect(after.x).toBeCloseTo(before.x, 2);
      expect(after.y).toBeCloseTo(before.y, 2);
      expect(await second.evaluate(() => window.__readoutGraph.visibleNodes().length)).toBe(
        await page.evaluate(() => window.__readoutGraph.visibleNodes().length),
      );
    } finally {
      await second.close();
    }
  });

  it('shows a fact read from several readouts with its first sentence, and fetches the others on demand', async () => {
    const full = (await (await fetch(`${server.url}api/graph?limit=20000`)).json()) as ApiGraph;
    const shared = full.edges.find((e) => (e.attributes.evidenceCount ?? 0) > 1);
    expect(shared).toBeDefined();
    const second = await browser.context.newPage();
    try {
      expect(await open(second, `${server.url}?sel=e%3A${encodeURIComponent(shared!.key)}`)).toEqual([]);
      const panel = second.locator('[data-testid=relation-panel]');
      await panel.waitFor();
      await expect.poll(() => panel.locator('[data-testid=evidence-sentence]').count()).toBe(1);
      await panel.locator('[data-testid=more-evidence]').click();
      await expect
        .poll(() => panel.locator('[data-testid=evidence-sentence]').count())
        .toBe(shared!.attributes.evidenceCount);
      expect(await panel.locator('[data-testid=more-evidence]').count()).toBe(0);
    } finally {
      await second.close();
    }
  });

  it('says when the data changed since the link was made', async () => {
    const second = await browser.context.newPage();
    try {
      await open(second, `${server.url}?sel=n%3A${encodeURIComponent(MORGULOV)}&v=0000000000000000`);
      await second
        .locator('[data-testid=toast]', { hasText: 'The data has changed since this link was made' })
        .waitFor();
    } finally {
      await second.close();
    }
  });

  it('reaches an entity panel with the keyboard alone', async () => {
    const { page } = browser;
    await open(page, server.url);
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the graph');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement === window.__readoutGraph.sigma().getContainer())).toBe(
      true,
    );
    await page.keyboard.press('ArrowDown');
    const name = page.locator('[data-testid=entity-panel] [data-testid=entity-name]');
    await name.waitFor();
    const first = await name.textContent();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => name.textContent()).not.toBe(first);
    expect(await page.locator('[data-testid=canvas-announcer]').textContent()).toContain(
      (await name.textContent()) ?? '?',
    );
    // Tab from the canvas reaches the zoom buttons, which have names.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Zoom in');
    // "/" from a checkbox focuses the search.
    await page.focus('[data-testid=label-filter-Person]');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await page.keyboard.press('Escape');
    // The Export menu opens with Enter, moves with the arrows and closes with Escape.
    await page.focus('[data-testid=export-button]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-graphml');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-gexf');
    await page.keyboard.press('Escape');
    expect(await page.locator('[role=menu]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-button');
  });

  it('exports the view as SVG and as an evidence pack', async () => {
    const { page } = browser;
    const visible = await page.evaluate(() => window.__readoutGraph.visibleNodes().length);
    await page.click('[data-testid=export-button]');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-svg]')]);
    expect(svgDownload.suggestedFilename()).toBe('readout-graph.svg');
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    expect(svg.match(/<circle /g)).toHaveLength(visible);
    expect((svg.match(/<text /g) ?? []).length).toBeGreaterThan(5);

    const downloads: { name: string; text: string }[] = [];
    const done = new Promise<void>((resolve) => {
      page.on('download', async (d) => {
        downloads.push({ name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') });
        if (downloads.length === 2) resolve();
      });
    });
    await page.click('[data-testid=export-button]');
    await page.click('[data-testid=export-evidence]');
    await done;
    const names = downloads.map((d) => d.name).sort();
    expect(names).toEqual(['readout-graph-evidence.graphml', 'readout-graph-evidence.md']);
    const md = downloads.find((d) => d.name.endsWith('.md'))!.text;
    expect(md).toMatch(/^# Evidence pack/);
    expect(md).toMatch(/^- “.+” — /m);
    expect(downloads.find((d) => d.name.endsWith('.graphml'))!.text).toContain('<graphml');
  });

  it('turns the Neo4j dot to offline when the health check fails, without a reload', async () => {
    const { page } = browser;
    await expect.poll(() => page.locator('[data-testid=conn-status]').textContent()).toContain('Neo4j');
    await page.route('**/api/health', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"ok":false,"error":{"code":"UNAVAILABLE","message":"down"}}',
      }),
    );
    await expect
      .poll(() => page.locator('[data-testid=conn-status]').textContent(), { timeout: 20_000 })
      .toContain('offline');
    await page.unroute('**/api/health');
    await expect
      .poll(() => page.locator('[data-testid=conn-status]').textContent(), { timeout: 20_000 })
      .toContain('Neo4j');
  });
});
