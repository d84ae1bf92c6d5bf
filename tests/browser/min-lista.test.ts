/**
 * Min lista in a real browser (Debian's Chromium), against the site built from the fixture: save
 * two insatser from their pages and one from the guide's result, see them on /min-lista with
 * contact details and the way in, remove one, print the plan on one page, share it with a case
 * worker (the link restores the list in a fresh browser, without overwriting that browser's own
 * list), empty it; nothing in localStorage before the first save, no request carries the list,
 * axe (WCAG 2.2 AA) with items and empty at 320 px and at 200 % zoom, and the flow keyboard-only.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useFixtureSiteInChromium } from './support/built-site.ts';
import { focused, tabTo } from './support/keyboard.ts';

const LIST_KEY = 'valfardsguiden:min-lista';
/** A4 at 96 dpi less Chromium's default print margins (as in print.test.ts). */
const A4 = { width: 718, height: 1047 };
/** Answers that give suggestions in Linköping, as a Dela link of the guide carries them. */
const GUIDE_ANSWERS = {
  kommun: '0580',
  kontakter: ['arbetsformedlingen'],
  inkomst: 'sjukpenning',
  halsa: 'nej',
  sprak: 'nej',
  mal: 'arbete',
  timmar: 12,
};
const guideLink = (url: string) => `${url}/hitta-ratt#svar=${Buffer.from(JSON.stringify(GUIDE_ANSWERS)).toString('base64url')}`;

const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), LIST_KEY);
const storedSlugs = async (page: Page) => {
  const raw = await stored(page);
  return raw === null ? [] : (JSON.parse(raw) as { i: { s: string }[] }).i.map((x) => x.s);
};
const storageLength = (page: Page) => page.evaluate(() => window.localStorage.length);

describe('Min lista in the browser', () => {
  const fixture = useFixtureSiteInChromium();

  describe('save, list, remove, print, share and empty', () => {
    let context: BrowserContext;
    let page: Page;
    /** Every URL the page asked for. */
    const sent: string[] = [];
    const problems: string[] = [];
    let guideSlug = '';
    let shareLink = '';

    beforeAll(async () => {
      context = await fixture.browser.newContext({ locale: 'sv-SE' });
      // Counts every write to the browser's storage, even one undone at once.
      await context.addInitScript(() => {
        const w = window as unknown as { __writes: number };
        w.__writes = 0;
        for (const name of ['setItem', 'removeItem', 'clear'] as const) {
          const original = Storage.prototype[name] as (...args: unknown[]) => unknown;
          Storage.prototype[name] = function (this: Storage, ...args: unknown[]) {
            w.__writes++;
            return original.apply(this, args);
          } as never;
        }
      });
      page = await context.newPage();
      page.on('request', (r) => sent.push(r.url()));
      page.on('pageerror', (e) => problems.push(e.message));
    });
    afterAll(async () => {
      await context?.close();
    });

    it('an insats page draws the button from the start and writes nothing before it is pressed', async () => {
      await page.goto(`${fixture.site.url}/vagval/jonsbo`, { waitUntil: 'load' });
      const button = page.getByRole('button', { name: 'Spara i min lista' });
      expect(await button.isVisible()).toBe(true);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      const box = await button.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(await storageLength(page)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __writes: number }).__writes)).toBe(0);
      // Visiting Min lista with nothing saved writes nothing either, and asks for nothing.
      const before = sent.length;
      await page.goto(`${fixture.site.url}/min-lista`, { waitUntil: 'load' });
      await page.getByText('Listan är tom.').waitFor();
      expect(sent.slice(before).filter((u) => u.endsWith('/insatser.json'))).toEqual([]);
      expect(await storageLength(page)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __writes: number }).__writes)).toBe(0);
    });

    it('saves two insatser from their pages, with the pressed state and a polite message', async () => {
      for (const slug of ['jonsbo', 'drivbank']) {
        await page.goto(`${fixture.site.url}/vagval/${slug}`, { waitUntil: 'networkidle' });
        const before = sent.length;
        const button = page.getByRole('button', { name: 'Spara i min lista' });
        await button.click();
        expect(await button.getAttribute('aria-pressed')).toBe('true');
        expect(await page.locator('[data-min-lista-status]').textContent()).toMatch(/är sparad i din lista\.$/);
        expect(await page.locator('[data-min-lista-status]').getAttribute('role')).toBe('status');
        // Saving asks for nothing.
        expect(sent.slice(before)).toEqual([]);
      }
      expect(await storedSlugs(page)).toEqual(['jonsbo', 'drivbank']);
      const raw = JSON.parse((await stored(page)) ?? '{}') as { v: number; i: { s: string; d: string }[] };
      expect(raw.v).toBe(1);
      for (const item of raw.i) expect(Object.keys(item).sort()).toEqual(['d', 's']);
      // The page remembers after a reload.
      await page.reload();
      expect(await page.getByRole('button', { name: 'Spara i min lista' }).getAttribute('aria-pressed')).toBe('true');
    });

    it('saves one from the guide’s result', async () => {
      await page.goto(guideLink(fixture.site.url));
      await page.locator('.guide-card').first().waitFor({ timeout: 15_000 });
      const cards = page.locator('.guide-card');
      for (let n = 0; n < (await cards.count()); n++) {
        const href = (await cards.nth(n).locator('h3 a').getAttribute('href')) ?? '';
        const slug = href.replace('/vagval/', '');
        if (slug === 'jonsbo' || slug === 'drivbank') continue;
        guideSlug = slug;
        const button = cards.nth(n).getByRole('button', { name: /^Spara i min lista/ });
        await button.click();
        expect(await button.getAttribute('aria-pressed')).toBe('true');
        expect(await cards.nth(n).getByRole('status').textContent()).toMatch(/är sparad i din lista\.$/);
        break;
      }
      expect(guideSlug).not.toBe('');
      expect(await storedSlugs(page)).toEqual(['jonsbo', 'drivbank', guideSlug]);
    });

    it('/min-lista shows them with what they are, contact details and the way in', async () => {
      await page.goto(`${fixture.site.url}/min-lista`);
      const items = page.locator('.min-lista__post');
      await items.nth(2).waitFor();
      expect(await items.count()).toBe(3);
      const first = items.first();
      expect(await first.locator('h3').textContent()).toBe('Jonsbo – grön rehabilitering');
      expect(await first.getByRole('link', { name: '013-123 45 20' }).getAttribute('href')).toBe('tel:+46131234520');
      expect(await first.getByRole('link', { name: 'kontakt@jonsbo.example.se' }).isVisible()).toBe(true);
      expect(await first.getByText(/^Adress: /).isVisible()).toBe(true);
      expect(await first.getByRole('heading', { name: 'Så kommer du in' }).isVisible()).toBe(true);
      expect(await page.getByText('Listan sparas bara i den här webbläsaren').isVisible()).toBe(true);
    });

    it('removes one with Ta bort', async () => {
      await page.getByRole('button', { name: 'Ta bort Drivbänk' }).click();
      await expect.poll(() => page.locator('.min-lista__post').count()).toBe(2);
      expect(await page.getByRole('status').last().textContent()).toBe('Drivbänk är borttagen från din lista.');
      expect(await storedSlugs(page)).toEqual(['jonsbo', guideSlug]);
    });

    it('prints as a one-page plan: the insatser and their contacts, no navigation and no buttons', async () => {
      await page.setViewportSize(A4);
      await page.emulateMedia({ media: 'print' });
      try {
        for (const chrome of ['.site-header', '.site-nav', '.breadcrumbs', '.skip-link', '.site-footer nav', '[data-atgarder]'])
          expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
        expect(
          await page
            .getByRole('button', { name: /^Ta bort/ })
            .first()
            .isVisible(),
        ).toBe(false);
        expect(await page.locator('.min-lista__post').nth(1).isVisible()).toBe(true);
        expect(await page.getByRole('link', { name: '013-123 45 20' }).isVisible()).toBe(true);
        const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, 'the plan fits one page').toBe(1);
      } finally {
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    });

    it('Dela makes a link with the list in its fragment; it opens the list in a fresh browser without touching that browser’s list', async () => {
      const before = sent.length;
      await page.getByRole('button', { name: 'Dela med en handläggare' }).click();
      const field = page.getByLabel('Länk till din lista');
      await field.waitFor();
      shareLink = await field.inputValue();
      expect(shareLink).toMatch(new RegExp(`^${fixture.site.url}/min-lista#lista=[A-Za-z0-9_-]+$`));
      expect(await page.locator('#min-lista-dela-varning').textContent()).toContain('Den som öppnar länken ser insatserna');
      expect(sent.slice(before)).toEqual([]);

      const other = await fixture.browser.newContext({ locale: 'sv-SE' });
      try {
        const opened = await other.newPage();
        const otherSent: string[] = [];
        opened.on('request', (r) => otherSent.push(r.url()));
        // That browser has a list of its own, which the link must not replace.
        await opened.goto(`${fixture.site.url}/vagval/drivbank`);
        await opened.getByRole('button', { name: 'Spara i min lista' }).click();
        await opened.goto(shareLink);
        await opened.locator('.min-lista__post').nth(1).waitFor();
        expect(await opened.locator('.min-lista__post h3').allTextContents()).toEqual([
          'Jonsbo – grön rehabilitering',
          (await page.locator('.min-lista__post h3').nth(1).textContent()) ?? '',
        ]);
        expect(await opened.getByRole('heading', { name: 'En lista som någon har delat med dig' }).isVisible()).toBe(true);
        expect(await storedSlugs(opened)).toEqual(['drivbank']);
        // A shared list is not the visitor's to empty or cut down.
        expect(await opened.getByRole('button', { name: 'Töm listan' }).isVisible()).toBe(false);
        expect(await opened.getByRole('button', { name: /^Ta bort/ }).count()).toBe(0);
        // Saving it is the visitor's choice.
        await opened.getByRole('button', { name: 'Spara den här listan som min lista' }).click();
        await opened.waitForURL(`${fixture.site.url}/min-lista`);
        await opened.locator('.min-lista__post').nth(1).waitFor();
        expect(await storedSlugs(opened)).toEqual(['jonsbo', guideSlug]);
        // No request carried the list: only static files, no query, no slug of the list in a path but its pages'.
        const leaks = otherSent.filter(
          (u) =>
            u.includes('lista=') ||
            new URL(u).search !== '' ||
            (new URL(u).pathname.includes(guideSlug) && !u.endsWith(`/vagval/${guideSlug}`)),
        );
        expect(leaks).toEqual([]);
      } finally {
        await other.close();
      }
      const own = sent.filter((u) => u.includes('lista=') || new URL(u).search !== '');
      expect(own).toEqual([]);
    });

    it('Töm listan asks first, then empties the list and the storage', async () => {
      await page.getByRole('button', { name: 'Töm listan' }).click();
      expect(await storedSlugs(page)).toHaveLength(2);
      await page.getByRole('button', { name: 'Ja, töm listan' }).click();
      await page.getByText('Listan är tom.').waitFor();
      expect(await stored(page)).toBeNull();
      expect(await storageLength(page)).toBe(0);
      expect(await page.locator('.min-lista__post').count()).toBe(0);
      expect(problems).toEqual([]);
    });
  });

  describe('accessibility', () => {
    const audit = async (options: { width: number; height: number; zoom: number }, withItems: boolean) => {
      const context = await fixture.browser.newContext({
        locale: 'sv-SE',
        viewport: { width: options.width, height: options.height },
        deviceScaleFactor: options.zoom,
      });
      try {
        const page = await context.newPage();
        if (withItems) {
          await page.goto(`${fixture.site.url}/min-lista`);
          await page.evaluate(
            (key) =>
              window.localStorage.setItem(
                key,
                JSON.stringify({
                  v: 1,
                  i: [
                    { s: 'jonsbo', d: '2026-12-06' },
                    { s: 'finns-inte-mer', d: '2026-12-06' },
                  ],
                }),
              ),
            LIST_KEY,
          );
        }
        await page.goto(`${fixture.site.url}/min-lista`);
        if (withItems) {
          await page.locator('.min-lista__post').nth(1).waitFor();
          expect(await page.getByRole('heading', { name: 'En insats som finns inte längre' }).isVisible()).toBe(true);
        } else await page.getByText('Listan är tom.').waitFor();
        // Nothing runs off the side at this width.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        return await axeViolations(page);
      } finally {
        await context.close();
      }
    };

    it.each([
      ['320 px wide', { width: 320, height: 640, zoom: 1 }],
      // 200 % zoom of a 1280 px window: half as many CSS pixels, each drawn twice as large.
      ['200 % zoom', { width: 640, height: 400, zoom: 2 }],
    ])('/min-lista with items and empty passes axe at %s', async (_, options) => {
      expect(await audit(options, true)).toEqual([]);
      expect(await audit(options, false)).toEqual([]);
    });
  });

  it('without JavaScript: no button on an insats page, and /min-lista says the list needs JavaScript', async () => {
    const context = await fixture.browser.newContext({ locale: 'sv-SE', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${fixture.site.url}/vagval/jonsbo`);
      expect(await page.getByRole('button', { name: /Spara i min lista/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Visa min lista' }).count()).toBe(0);
      await page.goto(`${fixture.site.url}/min-lista`);
      expect(await page.getByText('Min lista behöver JavaScript för att fungera').isVisible()).toBe(true);
      expect(await page.locator('main').getByRole('button').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('keyboard only: save two, remove one, empty the list', async () => {
    const context = await fixture.browser.newContext({ locale: 'sv-SE' });
    try {
      const page = await context.newPage();
      for (const slug of ['jonsbo', 'drivbank']) {
        await page.goto(`${fixture.site.url}/vagval/${slug}`);
        await tabTo(page, /^✓\s*Spara i min lista$/);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
      }
      expect(await storedSlugs(page)).toEqual(['jonsbo', 'drivbank']);
      await page.goto(`${fixture.site.url}/min-lista`);
      await page.locator('.min-lista__post').nth(1).waitFor();
      await tabTo(page, /^Ta bort Jonsbo/);
      await page.keyboard.press('Enter');
      // Focus goes on to the next insats's heading, not lost.
      await expect.poll(async () => (await focused(page)).tag).toBe('h3');
      expect((await focused(page)).text).toBe('Drivbänk');
      expect(await storedSlugs(page)).toEqual(['drivbank']);
      await tabTo(page, /^Töm listan$/);
      await page.keyboard.press('Enter');
      expect((await focused(page)).text).toBe('Ja, töm listan');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).text).toBe('Sparade insatser');
      expect(await stored(page)).toBeNull();
    } finally {
      await context.close();
    }
  });
});
