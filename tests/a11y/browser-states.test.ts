/// <reference lib="dom" />
// States a crawl never reaches, in Debian's Chromium through playwright-core with axe (WCAG 2.2 AA):
// the mobile viewport at 320 px, 200 % zoom, and keyboard focus order on the main templates.
// (The guide steps and the search states are tested where they are built.)
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, ensureChromium } from '@vg/scripts/lib/chromium.ts';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSite, serve } from './demo-site.ts';

const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TEMPLATES = {
  home: '/',
  insats: '/vagval/jonsbo',
  kedja: '/sa-fungerar-valfardssystemet/sjukskriven-utan-anstallning',
  lista: '/vagval',
  berattelse: '/berattelser/sara-fran-soffan-till-vaxthuset',
};
const REFLOW_PAGES = [TEMPLATES.home, TEMPLATES.insats, TEMPLATES.kedja];

describe('browser states: reflow, zoom and keyboard', () => {
  let site: Awaited<ReturnType<typeof buildDemoSite>>;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;

  beforeAll(async () => {
    const executablePath = ensureChromium();
    site = await buildDemoSite();
    server = await serve(site.dir);
    // Playwright adds its own headless flag.
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS.filter((a) => a !== '--headless') });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  async function open(path: string, viewport: { width: number; height: number }, deviceScaleFactor = 1): Promise<Page> {
    const context = await browser.newContext({ viewport, deviceScaleFactor, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    return page;
  }

  async function expectReflowAndAxe(page: Page, label: string) {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${label}: horizontal scroll`).toBeLessThanOrEqual(innerWidth);
    const axe = await new AxeBuilder({ page }).withTags(WCAG22_AA).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${label}: axe`,
    ).toEqual([]);
  }

  for (const path of REFLOW_PAGES) {
    it(`${path} at 320 px wide: no horizontal scroll and no axe violations`, async () => {
      const page = await open(path, { width: 320, height: 640 });
      await expectReflowAndAxe(page, `${path} @320px`);
      await page.context().close();
    });

    it(`${path} at 200 % zoom (1280 px window = 640 CSS px at scale 2): no horizontal scroll and no axe violations`, async () => {
      const page = await open(path, { width: 640, height: 400 }, 2);
      await expectReflowAndAxe(page, `${path} @200%`);
      await page.context().close();
    });
  }

  /** What has focus, and whether it shows a focus indicator (an outline or a box-shadow ring). */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        className: el.className,
        href: el.getAttribute('href'),
        type: el.getAttribute('type'),
        outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight,
      };
    });

  for (const [name, path] of Object.entries(TEMPLATES)) {
    it(`keyboard on the ${name} template: skip link first, then the header, focus always visible`, async () => {
      const page = await open(path, { width: 1280, height: 800 });
      const order: string[] = [];
      for (let i = 0; i < 11; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        expect(f, `${path}: Tab ${i + 1} focused nothing`).not.toBeNull();
        if (!f) return;
        expect(f.outline, `${path}: ${f.tag}${f.href ? `[href=${f.href}]` : ''} has no visible outline`).toBe(true);
        expect(f.onScreen, `${path}: ${f.tag}${f.href ? `[href=${f.href}]` : ''} is off screen when focused`).toBe(true);
        order.push(f.tag === 'a' ? `a ${f.href}` : `${f.tag}${f.type ? ` ${f.type}` : ''}`);
      }
      expect(order).toEqual([
        'a #main',
        'a /',
        'input search',
        'button submit',
        'a /hitta-ratt',
        'a /vagval',
        'a /berattelser',
        'a /sa-fungerar-valfardssystemet',
        'a /vanliga-fragor',
        'a /aktorer',
        'a /begrepp',
      ]);
      // From the top again: the skip link moves focus into <main>.
      await page.reload({ waitUntil: 'load' });
      await page.keyboard.press('Tab');
      expect((await focused(page))?.className).toBe('skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.context().close();
    });
  }
});
