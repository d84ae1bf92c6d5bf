/**
 * /sok in a real browser (Debian's Chromium): the fixture site built and indexed as every build
 * is (buildSite runs Pagefind), served statically. Results, messages, keyboard use, axe on the
 * results state, the page without JavaScript, and what a first query actually downloads.
 */
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, ensureChromium } from '@vg/scripts/lib/chromium.ts';
import { SITE_DIR } from '@vg/scripts/lib/paths.ts';
import { buildSite } from '@vg/scripts/site/build-site.ts';
import { searchIndexStats } from '@vg/scripts/site/search-index.ts';
import { createStaticServer } from '@vg/scripts/site/static-server.ts';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The first search loads the index and its wasm; give it time on a busy machine. */
const WAIT = { timeout: 20_000, interval: 100 };

describe('/sok in Chromium', () => {
  let outDir: string;
  let server: http.Server;
  let browser: Browser;
  /** axe runs its frames in a page of the same context, so pages come from a context, not the browser. */
  let context: BrowserContext;
  let base: string;

  const open = async (url: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${base}${url}`);
    return page;
  };
  const status = (page: Page) => page.locator('[data-sok-status]');

  beforeAll(async () => {
    const executablePath = ensureChromium();
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-sok-'));
    await buildSite(outDir, { SNAPSHOT_PATH: path.join(SITE_DIR, 'test', 'fixtures', 'snapshot.json') });
    server = createStaticServer(outDir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (outDir) {
      fs.rmSync(outDir, { recursive: true, force: true });
      fs.rmSync(`${outDir}.astro-cache`, { recursive: true, force: true });
    }
  });

  it('the header search lands on /sok with the query filled in and the insats first', async () => {
    const page = await open('/');
    await page.locator('#sok-q').fill('Jonsbo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\?q=Jonsbo/);
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/^\d+ träff(ar)? för ”Jonsbo”\.$/);
    expect(await page.getByLabel('Vad letar du efter?').inputValue()).toBe('Jonsbo');
    const first = page.locator('.sok-results > li h2 a').first();
    expect(await first.getAttribute('href')).toBe('/vagval/jonsbo');
    expect(await first.textContent()).toBe('Jonsbo – grön rehabilitering');
    expect(await page.locator('.sok-results > li').first().locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('axe finds no violations in the results state', async () => {
    const page = await open('/sok?q=arbetstr%C3%A4ning&typ=insats');
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/träff/);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('an empty query explains what to do and suggests Hitta rätt and the lists', async () => {
    const page = await open('/sok');
    await expect.poll(() => status(page).textContent(), WAIT).toBe('Skriv vad du letar efter i sökrutan.');
    const help = page.locator('[data-sok-help]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('a[href="/hitta-ratt"]').count()).toBe(1);
    expect(await page.locator('nav[aria-label="Listor på Välfärdsguiden"] a[href="/vagval"]').isVisible()).toBe(true);
    expect(await page.locator('.sok-results').isVisible()).toBe(false);
    await page.close();
  });

  it('a query with no hits says so and how to go on', async () => {
    const page = await open('/sok?q=qwxzyk');
    await expect.poll(() => status(page).textContent(), WAIT).toBe('Inga träffar för ”qwxzyk”.');
    const help = page.locator('[data-sok-help]');
    expect(await help.textContent()).toContain('Kontrollera stavningen');
    expect(await help.locator('a[href="/hitta-ratt"]').isVisible()).toBe(true);
    await page.close();
  });

  it('works from the keyboard: search, narrow with a filter, load more, and the URL follows', async () => {
    const page = await open('/sok');
    await page.locator('#sok-fraga').focus();
    await page.keyboard.type('arbete');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/^\d+ träffar för ”arbete”\.$/);
    const all = Number((await status(page).textContent())?.split(' ')[0]);
    // Tab from the search button into the first type checkbox (Insatser) and tick it with the space bar.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sok-typ-insats');
    await page.keyboard.press('Space');
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/med dina filter\.$/);
    const insatser = Number((await status(page).textContent())?.split(' ')[0]);
    expect(insatser).toBeLessThan(all);
    expect(page.url()).toContain('typ=insats');
    for (const type of await page.locator('.sok-result__type').allTextContents()) expect(type).toBe('Insats');
    if (insatser > 10) {
      await page.locator('[data-sok-more]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.sok-results > li') !== null), WAIT).toBe(true);
      expect(await page.locator('.sok-results > li').count()).toBeGreaterThan(10);
    }
    await page.close();
  });

  it('a kommun chosen in the select narrows the results', async () => {
    const page = await open('/sok?q=arbetstr%C3%A4ning');
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/träff/);
    const all = await page.locator('.sok-results > li').count();
    await page.getByLabel('Kommun').selectOption('Kinda');
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/med dina filter\.$/);
    const kinda = await page.locator('.sok-results > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(kinda.length).toBeGreaterThan(0);
    expect(kinda.length).toBeLessThan(all);
    expect(kinda).not.toContain('/vagval/jonsbo');
    await page.close();
  });

  it('an alias finds its target: "FK" → Försäkringskassan', async () => {
    const page = await open('/sok?q=FK');
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/träff/);
    expect(await page.locator('.sok-results > li h2 a').first().getAttribute('href')).toBe('/aktorer/forsakringskassan');
    await page.close();
  });

  it('without JavaScript the page says search needs it and links to the section lists', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/sok?q=insats`);
    expect(await page.getByText('Sökningen behöver JavaScript').isVisible()).toBe(true);
    expect(await page.locator('#sok-fraga').isVisible()).toBe(false);
    for (const href of ['/vagval', '/berattelser', '/vanliga-fragor', '/aktorer', '/begrepp']) {
      expect(await page.locator(`main a[href="${href}"]`).isVisible(), href).toBe(true);
    }
    await noJs.close();
  });

  it('a first query downloads about what searchIndexStats says', async () => {
    const page = await context.newPage();
    const sizes = new Map<string, number>();
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      sizes.set(url.pathname, (await response.body()).length);
    });
    await page.goto(`${base}/sok?q=arbetstr%C3%A4ning`);
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/träff/);
    await page.waitForLoadState('networkidle');
    const downloaded = [...sizes.values()].reduce((s, n) => s + n, 0);
    const stats = searchIndexStats(outDir);
    console.log(
      `Första sökningen: ${(downloaded / 1024).toFixed(0)} KB okomprimerat över nätet (${[...sizes.keys()].join(', ')}); searchIndexStats: ${(stats.firstQueryBytes / 1024).toFixed(0)} KB komprimerat`,
    );
    expect([...sizes.keys()]).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.sv.pagefind']));
    await page.close();
  });
});
