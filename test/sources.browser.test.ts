// Sources and paired readouts in headless Chromium against the real API and Neo4j: two readouts of one
// meeting by two governments (test/fixtures/compare) and a sample by a third issuer. The issuer filter
// hides another issuer's facts, the "two or more issuers" switch keeps corroborated facts only, and a
// comparison of the two readouts lists and colours the facts both state, only the first and only the second.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../graph/connection.ts';
import type { CompareResponse } from '../graph/types.ts';
import { documentId } from '../graph/write-plan.ts';
import { startServer } from '../importer/commands/start.ts';
import type { RunningServer } from '../importer/commands/start.ts';
import { importPaths } from '../importer/write.ts';
import { COMPARE_COLORS } from '../web/graph/appearance.ts';
import { SAMPLES_DIR } from './api-helpers.ts';
import { launchBrowser, measureInk } from './helpers/browser.ts';
import type { BrowserSession } from './helpers/browser.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'compare');
const JAPAN = documentId('2023-11-16-japan-china-summit-san-francisco.txt');
const CHINA = documentId('2023-11-16-china-japan-meeting-san-francisco.md');
const MOFA_JAPAN = 'Ministry of Foreign Affairs of Japan';

let conn: GraphConnection;
let server: RunningServer;
let browser: BrowserSession;

interface Hook {
  graph: {
    forEachNode(cb: (n: string, a: { label: string; hidden?: boolean }) => void): void;
    forEachEdge(cb: (e: string, a: { issuers?: number; hidden?: boolean }) => void): void;
  };
  state(): { status: { kind: string } };
}
declare const window: { __readoutGraph: Hook };

/** Names of the visible nodes, read through the page's test hook. */
const visibleNames = () =>
  browser.page.evaluate(() => {
    const out: string[] = [];
    window.__readoutGraph.graph.forEachNode((_, a) => void (a.hidden ? 0 : out.push(a.label)));
    return out;
  });
/** Issuer counts of the visible edges. */
const visibleIssuerCounts = () =>
  browser.page.evaluate(() => {
    const out: number[] = [];
    window.__readoutGraph.graph.forEachEdge((_, a) => void (a.hidden ? 0 : out.push(a.issuers ?? -1)));
    return out;
  });

beforeAll(async () => {
  conn = await testConnection();
  await clearDatabase(conn);
  const files = [
    join(FIXTURES, '2023-11-16-japan-china-summit-san-francisco.txt'),
    join(FIXTURES, '2023-11-16-china-japan-meeting-san-francisco.md'),
    join(SAMPLES_DIR, '2019-12-09-normandy-format-summit-paris-elysee.html'),
  ];
  const summary = await importPaths(conn, files, { onError: 'fail' });
  expect(summary.imported).toBe(3);
  server = await startServer({ port: 0, conn, importSamples: false, log: () => undefined });
  browser = await launchBrowser();
  await browser.page.goto(server.url);
  await browser.page.waitForFunction(() => window.__readoutGraph?.state().status.kind === 'ready', null, {
    timeout: 60_000,
  });
  await browser.page.waitForSelector('[data-testid=graph-container] canvas.sigma-nodes');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await conn?.close();
});

describe('sources', () => {
  it("an issuer filter hides another issuer's facts, and reset brings them back", async () => {
    const { page } = browser;
    const before = await visibleNames();
    expect(before).toEqual(expect.arrayContaining(['Wang Yi', 'Yoshimasa Hayashi', 'Fumio Kishida']));
    const group = page.locator('[data-testid=issuer-filter]');
    await group.locator('.group-toggle').click();
    await group.locator('label', { hasText: MOFA_JAPAN }).locator('input').check();
    await expect.poll(async () => (await visibleNames()).includes('Wang Yi')).toBe(false);
    const after = await visibleNames();
    expect(after).toEqual(expect.arrayContaining(['Yoshimasa Hayashi', 'Fumio Kishida', 'Xi Jinping']));
    expect(after.length).toBeLessThan(before.length);
    await page.click('[data-testid=reset-filters]');
    await expect.poll(async () => (await visibleNames()).length).toBe(before.length);
    expect(browser.pageErrors).toEqual([]);
  });

  it('the switch keeps only facts stated by two or more issuers, and the panel says how many', async () => {
    const { page } = browser;
    await page.check('[data-testid=multi-issuer-only]');
    await expect.poll(async () => (await visibleNames()).includes('Yoshimasa Hayashi')).toBe(false);
    const issuerCounts = await visibleIssuerCounts();
    expect(issuerCounts.length).toBeGreaterThan(0);
    for (const c of issuerCounts) expect(c).toBeGreaterThanOrEqual(2);
    expect(await visibleNames()).toEqual(expect.arrayContaining(['Fumio Kishida', 'Xi Jinping']));
    await page.uncheck('[data-testid=multi-issuer-only]');
    await expect.poll(async () => (await visibleNames()).includes('Yoshimasa Hayashi')).toBe(true);
    // An entity's relationships say how many documents and issuers state each.
    await page.fill('[data-testid=search-input]', 'Xi Jinping');
    await page.locator('[data-testid=search-hit]', { hasText: 'Xi Jinping' }).first().click();
    const counts = page.locator('[data-testid=entity-panel] [data-testid=source-count]');
    await counts.first().waitFor();
    const texts = await counts.allTextContents();
    expect(texts).toContain('1 doc · 1 issuer');
    await page.keyboard.press('Escape');
  });
});

describe('paired readouts', () => {
  it('a comparison of the two readouts lists and colours both / only the first / only the second', async () => {
    const { page } = browser;
    const api = (await (await fetch(`${server.url}api/compare?a=${JAPAN}&b=${CHINA}`)).json()) as CompareResponse;
    await page.selectOption('[data-testid=compare-a]', JAPAN);
    await page.selectOption('[data-testid=compare-b]', CHINA);
    const view = page.locator('[data-testid=compare-view]');
    await view.locator('[data-testid=compare-both]').waitFor();
    for (const side of ['both', 'onlyA', 'onlyB'] as const)
      expect(Number(await view.locator(`[data-testid=compare-${side}-count]`).textContent())).toBe(api[side].length);
    expect(api.both.length).toBeGreaterThan(0);
    expect(await view.locator('[data-testid=compare-onlyA]').textContent()).toContain('Yoshimasa Hayashi');
    expect(await view.locator('[data-testid=compare-onlyB]').textContent()).toContain('Wang Yi');
    expect(await view.locator('[data-testid=compare-onlyA]').textContent()).not.toContain('Wang Yi');
    // Each fact shows its sentence; a sentence opens its readout there.
    const first = view.locator('[data-testid=compare-both] [data-testid=compare-fact]').first();
    await first.locator('.compare-sentence').first().click();
    await page.locator('[data-testid=reader-highlight]').first().waitFor();
    // The canvas draws the compared facts in the three colours.
    await page.waitForTimeout(600);
    const ink = await measureInk(page, '[data-testid=graph-container]', Object.values(COMPARE_COLORS));
    for (const [colour, hits] of Object.entries(ink.colourHits)) expect(hits, `pixels of ${colour}`).toBeGreaterThan(5);
    expect(browser.pageErrors).toEqual([]);
  });

  it('"compare with…" in the reader starts a comparison from that readout', async () => {
    const { page } = browser;
    // After the previous test, end its comparison (the test also runs alone).
    if (await page.locator('[data-testid=compare-clear]').count()) await page.click('[data-testid=compare-clear]');
    await expect.poll(() => page.locator('[data-testid=compare-view]').count()).toBe(0);
    // Open a readout from an entity's list of readouts, then compare it.
    await page.fill('[data-testid=search-input]', 'Hayashi');
    await page.locator('[data-testid=search-hit]', { hasText: 'Yoshimasa Hayashi' }).first().click();
    await page.locator('[data-testid=entity-panel]').getByText('Japan-China Summit Meeting').first().click();
    await page.click('[data-testid=reader-compare]');
    expect(await page.inputValue('[data-testid=compare-a]')).toBe(JAPAN);
    await page.selectOption('[data-testid=compare-b]', CHINA);
    await expect.poll(() => page.locator('[data-testid=compare-onlyA-count]').count()).toBe(1);
  });
});
