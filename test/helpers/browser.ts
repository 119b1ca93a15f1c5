// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
// (WebGL on SwiftShader), plus pixel checks of what the page really drew.
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../importer/bench/chromium.ts';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Messages of uncaught page errors (console warnings are not failures). */
  pageErrors: string[];
  /** What the server's Content-Security-Policy blocked (Chromium reports it on the console). */
  cspViolations: string[];
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile (importer/bench/chromium.ts) and listens for page errors. */
export async function launchBrowser(viewport = { width: 1440, height: 900 }): Promise<BrowserSession> {
  let chromium;
  try {
    chromium = await launchChromium(viewport);
  } catch (err) {
    throw new Error(`test/helpers/browser: ${(err as Error).message}`, { cause: err });
  }
  const { context, page, close } = chromium;
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return { context, page, pageErrors, cspViolations, close };
}

export interface InkReport {
  /** Share of pixels that differ clearly from the white background. */
  inkRatio: number;
  /** How many pixels are close to each of the given colours. */
  colourHits: Record<string, number>;
}

/**
 * Screenshots `selector` (what the user sees, all canvas layers composited) and measures it in the
 * page: the share of non-background pixels and the pixels near each colour of `colours` (#RRGGBB).
 */
export async function measureInk(page: Page, selector: string, colours: string[] = []): Promise<InkReport> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(
    async ({ b64, colours }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const targets = colours.map((h) => [
        parseInt(h.slice(1, 3), 16),
        parseInt(h.slice(3, 5), 16),
        parseInt(h.slice(5, 7), 16),
      ]);
      const colourHits: Record<string, number> = Object.fromEntries(colours.map((h) => [h, 0]));
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (255 * 3 - (r + g + b) > 60) ink++;
        targets.forEach(([tr, tg, tb], k) => {
          if (Math.abs(r - tr!) + Math.abs(g - tg!) + Math.abs(b - tb!) < 30) colourHits[colours[k]!]!++;
        });
      }
      return { inkRatio: ink / (data.length / 4), colourHits };
    },
    { b64: png.toString('base64'), colours },
  );
}
