/**
 * Samordningskartan on paper (issue 20: "print styles work"): a decision maker prints a förbund's
 * page, the overview of Sweden or a chain's flow. In print media at A4 width the site's chrome is
 * gone, every diagram and table fits the paper without being cut or needing a scroll bar, no
 * figure is split across pages, and Chromium's own PDF of each page comes out.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSiteInChromium } from './support/built-site.ts';

/** A4 at 96 dpi less Chromium's default print margins (about 1 cm each side). */
const A4 = { width: 718, height: 1047 };
const PAGES = ['/samordningsforbund', '/samordningsforbund/centrala-ostergotland', '/sa-fungerar-valfardssystemet/arbetslos-lange'];

describe('Samordningskartan printed', () => {
  const fixture = useFixtureSiteInChromium();
  let page: Page;

  beforeAll(async () => {
    page = await fixture.browser.newPage({ viewport: A4 });
    await page.emulateMedia({ media: 'print' });
  });

  it.each(PAGES)('%s: no site chrome, diagrams and tables within the paper, no figure split, and a PDF', async (path) => {
    const response = await page.goto(`${fixture.site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    for (const chrome of ['.site-header', '.site-nav', '.breadcrumbs', '.skip-link'])
      expect(await page.locator(chrome).first().isVisible(), `${path} ${chrome}`).toBe(false);

    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const figures = [...document.querySelectorAll('main figure')].map((f) => {
        const svg = f.querySelector('svg')?.getBoundingClientRect();
        return { cls: f.className, right: svg?.right ?? 0, width: svg?.width ?? 0, breakInside: getComputedStyle(f).breakInside };
      });
      // A scroll container on paper cuts what does not fit: every table must be shown whole.
      // (Text for screen readers only is clipped to a pixel on purpose.)
      const cut = [...document.querySelectorAll('main *')]
        .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      const tables = [...document.querySelectorAll('main table')].map((t) => t.getBoundingClientRect().right);
      return { width, scrollWidth: document.documentElement.scrollWidth, figures, cut, tables };
    });
    expect(layout.scrollWidth, `${path}: the page is wider than the paper`).toBeLessThanOrEqual(layout.width);
    expect(layout.cut, `${path}: content cut off by a scroll box`).toEqual([]);
    for (const t of layout.tables) expect(t, `${path}: a table runs off the paper`).toBeLessThanOrEqual(layout.width);
    expect(layout.figures.length, `${path}: the diagram is missing in print`).toBeGreaterThan(0);
    for (const f of layout.figures) {
      expect(f.width, `${path} ${f.cls}`).toBeGreaterThan(200);
      expect(f.right, `${path} ${f.cls}`).toBeLessThanOrEqual(layout.width);
      expect(f.breakInside, `${path} ${f.cls}`).toBe('avoid');
    }

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages, path).toBeGreaterThan(0);
  });
});
