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
import { searchIndexStats, transferredBytes } from '@vg/scripts/site/search-index.ts';
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

  /** The /pagefind/ files a visit to `url` fetches, as often as it fetches them (the page's own and any worker's), once the status says it is done. */
  const pagefindFetches = async (url: string, done: RegExp): Promise<{ files: string[]; said: string }> => {
    const page = await context.newPage();
    const files: string[] = [];
    let said = '';
    // Context-wide, so a web worker's requests count too.
    const record = (request: { url: () => string }) => {
      const p = new URL(request.url()).pathname;
      if (p.startsWith('/pagefind/')) files.push(p.slice('/pagefind/'.length));
    };
    context.on('request', record);
    try {
      await page.goto(`${base}${url}`);
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(done);
      await page.waitForLoadState('networkidle');
      said = (await status(page).textContent()) ?? '';
    } finally {
      context.off('request', record);
      await page.close();
    }
    return { files: files.sort(), said };
  };

  it('a first query downloads what searchIndexStats says: loader, wasm, metadata, one chunk, ten fragments', async () => {
    const stats = searchIndexStats(outDir);
    const dir = path.join(outDir, 'pagefind');
    const bytes = (files: string[]) => files.reduce((s, f) => s + transferredBytes(dir, f), 0);
    const fixed = stats.firstQueryFiles.filter((f) => !f.endsWith('.pf_index'));
    const b = stats.firstQueryBreakdown;

    // Without a query, /sok fetches the fixed part ahead, so the first query is quick.
    expect((await pagefindFetches('/sok', /^Skriv vad du letar efter/)).files).toEqual([...fixed].sort());

    const { files, said } = await pagefindFetches('/sok?q=arbetstr%C3%A4ning', /^\d+ träffar för/);
    const chunks = files.filter((f) => f.endsWith('.pf_index'));
    const fragments = files.filter((f) => f.endsWith('.pf_fragment'));
    expect(files.filter((f) => !chunks.includes(f) && !fragments.includes(f))).toEqual([...fixed].sort());
    // The fixture's index is small, so the search runs in the page, without the worker's code.
    expect(files).not.toContain('pagefind-worker.js');
    expect(chunks).toHaveLength(1);
    // One per result shown: /sok shows ten at a time.
    expect(fragments).toHaveLength(Math.min(10, Number.parseInt(said, 10)));
    expect(bytes(fixed)).toBe(b.loader + b.wasm + b.meta);
    const measured = bytes(files);
    expect(measured).toBeLessThanOrEqual(stats.firstQueryWorstBytes);

    // A filter adds its own chunk (the content type's here), and nothing else.
    const filtered = (await pagefindFetches('/sok?q=arbetstr%C3%A4ning&typ=insats', /med dina filter\.$/)).files;
    const filterFiles = filtered.filter((f) => f.endsWith('.pf_filter'));
    expect(filterFiles).toHaveLength(1);
    expect(stats.filterChunks.map((c) => c.file)).toContain(filterFiles[0]);
    expect(filtered.filter((f) => !f.endsWith('.pf_filter') && !f.endsWith('.pf_fragment'))).toEqual(
      files.filter((f) => !f.endsWith('.pf_fragment')),
    );
    console.log(
      `Första sökningen (fixtursajten): ${(measured / 1024).toFixed(1)} KB i Chromium, ${(stats.firstQueryBytes / 1024).toFixed(1)} KB enligt searchIndexStats; med filter ${(bytes(filtered) / 1024).toFixed(1)} KB (${(stats.firstQueryWithFilterBytes / 1024).toFixed(1)} KB enligt searchIndexStats)`,
    );
  });
});
