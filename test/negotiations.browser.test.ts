// The negotiations view and the as-of date in headless Chromium, against the real API and a real Neo4j
// holding the bundled samples: the peace treaty's chains with their offices, laid out in layers, an
// arrow opening its evidence, the graph before and after the 2018-12-01 summit, playback, and an
// office's holders on a date. UPDATE_SCREENSHOT=1 refreshes docs/negotiations.png.
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../graph/connection.ts';
import { startServer } from '../importer/commands/start.ts';
import type { RunningServer } from '../importer/commands/start.ts';
import { launchBrowser } from './helpers/browser.ts';
import type { BrowserSession } from './helpers/browser.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

const ROOT = join(import.meta.dirname, '..');
const SUMMIT = 'event:24th-japan-russia-summit-meeting';

let conn: GraphConnection;
let server: RunningServer;
let browser: BrowserSession;

interface Hook {
  graph: { hasNode(n: string): boolean; getNodeAttribute(n: string, name: 'hidden'): boolean | undefined };
  state(): { status: { kind: string } };
}
declare const window: { __readoutGraph: Hook };

beforeAll(async () => {
  conn = await testConnection();
  await clearDatabase(conn);
  server = await startServer({ port: 0, conn, log: () => undefined });
  browser = await launchBrowser({ width: 1400, height: 900 });
  await browser.page.goto(server.url);
  await browser.page.waitForFunction(() => window.__readoutGraph?.state().status.kind === 'ready', null, {
    timeout: 60_000,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await conn?.close();
});

const node = (name: string): Locator => browser.page.locator('[data-testid=neg-node]', { hasText: name }).first();
const idOf = async (name: string): Promise<string> => (await node(name).getAttribute('data-id')) ?? '';
const box = async (name: string) => (await node(name).boundingBox())!;

/** Waits until the negotiations view has the answer for its current focus and date. */
const settled = () => browser.page.locator('[data-testid=neg-updating]').waitFor({ state: 'detached' });

/** Whether the summit is drawn on the canvas (present and not hidden). */
const summitShown = () =>
  browser.page.evaluate(
    (id) => window.__readoutGraph.graph.hasNode(id) && !window.__readoutGraph.graph.getNodeAttribute(id, 'hidden'),
    SUMMIT,
  );

describe('the negotiations view', () => {
  it('shows Mori → Abe and Morgulov → Putin under the peace treaty, with their offices, in layers', async () => {
    const { page } = browser;
    await page.locator('[data-testid=mode-negotiations]').click();
    await page.locator('[data-testid=negotiations-view]').waitFor();
    await page.locator('[data-testid=neg-focus]').selectOption('agreement:peace-treaty');
    await node('Takeo Mori').waitFor();
    await settled();

    const [mori, abe, kono, morgulov, putin] = await Promise.all([
      idOf('Takeo Mori'),
      idOf('Shinzo Abe'),
      idOf('Taro Kono'),
      idOf('Morgulov'),
      idOf('Putin'),
    ]);
    for (const key of [
      `NEGOTIATES_FOR:${mori}->${abe}`,
      `NEGOTIATES_FOR:${morgulov}->${putin}`,
      `REPORTS_TO:${mori}->${kono}`,
      `NEGOTIATES:${mori}->agreement:peace-treaty`,
    ]) {
      expect(await page.locator(`[data-testid=neg-edge][data-key="${key}"]`).count(), key).toBe(1);
    }
    // Each person with the office held then.
    expect(await node('Takeo Mori').textContent()).toMatch(/Special Representative|Senior Deputy Minister/);
    expect(await node('Morgulov').textContent()).toMatch(/Special Representative|Deputy Minister/);
    expect(await node('Shinzo Abe').textContent()).toMatch(/Prime Minister/);
    expect(await node('Putin').textContent()).toMatch(/President/);
    expect(await node('Taro Kono').textContent()).toMatch(/Minister for Foreign Affairs/);

    // Layers: principal above minister above negotiator; Japan and Russia either side of the treaty.
    const [bAbe, bKono, bMori, bTreaty, bMorgulov] = await Promise.all([
      box('Shinzo Abe'),
      box('Taro Kono'),
      box('Takeo Mori'),
      box('peace treaty'),
      box('Morgulov'),
    ]);
    expect(bAbe.y).toBeLessThan(bKono.y);
    expect(bKono.y).toBeLessThan(bMori.y);
    const [left, right] = bMori.x < bMorgulov.x ? [bMori, bMorgulov] : [bMorgulov, bMori];
    expect(left.x).toBeLessThan(bTreaty.x);
    expect(bTreaty.x).toBeLessThan(right.x);

    // The graph view's banners (overview, console result) do not cover the negotiations view's header.
    expect(await page.locator('[data-testid=overview-banner]').count()).toBe(0);

    if (process.env.UPDATE_SCREENSHOT) {
      await page.screenshot({ path: join(ROOT, 'docs', 'negotiations.png') });
    }
  });

  it('shows every negotiation, one block each, for the whole graph', async () => {
    const { page } = browser;
    const treatyNodes = await page.locator('[data-testid=neg-node]').count();
    await page.locator('[data-testid=neg-focus]').selectOption('');
    await settled();
    await expect.poll(() => page.locator('[data-testid=neg-node]').count()).toBeGreaterThan(treatyNodes);
    expect(await page.locator('.neg-block').count()).toBeGreaterThan(1);
    await page.locator('[data-testid=neg-focus]').selectOption('agreement:peace-treaty');
    await settled();
    await node('Takeo Mori').waitFor();
  });

  it('opens the evidence of an arrow in one click', async () => {
    const { page } = browser;
    const [mori, abe] = await Promise.all([idOf('Takeo Mori'), idOf('Shinzo Abe')]);
    await page.locator(`[data-testid=neg-edge][data-key="NEGOTIATES_FOR:${mori}->${abe}"] .neg-edge-label`).click();
    const panel = page.locator('[data-testid=relation-panel]');
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/negotiates for/);
    expect((await panel.locator('[data-testid=evidence-sentence]').allTextContents()).join(' ')).toMatch(/Mori/);
    await expect.poll(() => page.locator('[data-testid=reader-highlight]').count()).toBeGreaterThan(0);
  });

  it('as of a date before the first readout of the treaty, shows no chain for it', async () => {
    const { page } = browser;
    await page.locator('[data-testid=as-of-date]').fill('2018-11-30');
    await page.locator('[data-testid=neg-empty]').waitFor();
    await page.locator('[data-testid=as-of-date]').fill('2018-12-01');
    await settled();
    await node('Takeo Mori').waitFor();
  });
});

describe('the as-of date in the graph view', () => {
  it('hides the 24th Japan–Russia Summit Meeting before 2018-12-01 and shows it from then on', async () => {
    const { page } = browser;
    await page.locator('[data-testid=mode-graph]').click();
    await page.locator('[data-testid=negotiations-view]').waitFor({ state: 'detached' });
    // The whole graph, not the overview of the best-connected entities: the samples have outgrown what the overview
    // keeps, and which entities it keeps is not what this test is about.
    await page.locator('[data-testid=overview-toggle]').uncheck();
    await page.locator('[data-testid=as-of-date]').fill('2018-11-30');
    await expect.poll(summitShown, { timeout: 15_000 }).toBe(false);
    await page.locator('[data-testid=as-of-date]').fill('2018-12-01');
    await expect.poll(summitShown, { timeout: 15_000 }).toBe(true);
    await page.locator('[data-testid=as-of-clear]').click();
    await expect.poll(summitShown, { timeout: 15_000 }).toBe(true);
    await page.locator('[data-testid=overview-toggle]').check();
  });

  it('plays through the dates of the readouts', async () => {
    const { page } = browser;
    const caption = page.locator('[data-testid=as-of-caption]');
    await page.locator('[data-testid=as-of-play]').click();
    await expect.poll(() => caption.textContent()).toMatch(/As it stood on \d{4}-\d{2}-\d{2}/);
    const first = await page.locator('[data-testid=as-of-date]').inputValue();
    await expect.poll(() => page.locator('[data-testid=as-of-date]').inputValue(), { timeout: 10_000 }).not.toBe(first);
    expect((await page.locator('[data-testid=as-of-date]').inputValue()) > first).toBe(true);
    await page.locator('[data-testid=as-of-play]').click(); // pause
    await page.locator('[data-testid=as-of-clear]').click();
  });

  it("centres the negotiations on a person from the person's panel", async () => {
    const { page } = browser;
    await page.locator('[data-testid=mode-negotiations]').click();
    await node('Taro Kono').click();
    const kono = await idOf('Taro Kono');
    await page.locator('[data-testid=entity-panel] [data-testid=negotiations-button]').click();
    await expect.poll(() => page.locator('[data-testid=neg-focus]').inputValue()).toBe(kono);
    await settled();
    await expect.poll(() => node('Takeo Mori').count()).toBe(1);
    expect(await page.locator('[data-testid=neg-node]', { hasText: 'Morgulov' }).count()).toBe(0);
  });

  it("answers who was Japan's Minister for Foreign Affairs on a date from the office's panel", async () => {
    const { page } = browser;
    await node('Taro Kono').click();
    const person = page.locator('[data-testid=entity-panel]');
    await person.locator('[data-testid=office-timeline]').waitFor();
    expect(await person.locator('[data-testid=tenure-row]').count()).toBeGreaterThan(0);
    await person
      .locator('[data-testid=office-timeline]')
      .getByRole('button', { name: 'Minister for Foreign Affairs of Japan', exact: true })
      .click();
    const holders = page.locator('[data-testid=office-holders]');
    await holders.waitFor();
    await holders.locator('[data-testid=holders-date]').fill('2019-03-01');
    await expect.poll(() => holders.locator('[data-testid=holders-on-date]').textContent()).toMatch(/Taro Kono/);
    expect(await holders.locator('[data-testid=holder-row]').first().textContent()).toMatch(/first seen \d{4}/);
  });

  it('raised no page errors', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
