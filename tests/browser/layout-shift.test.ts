/**
 * No layout shift (issue 18): every page type, loaded as Lighthouse's mobile profile loads it (a
 * 412 px phone, a slow CPU and a slow network), moves nothing once it is drawn. Layout shifts are
 * read from Chromium's own `layout-shift` entries (the figure CLS is made of), which are stable
 * run to run; shifts right after a visitor's input do not count, as in CLS.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSiteInChromium } from './support/built-site.ts';

/** Lighthouse's mobile target (issue 18): CLS at most 0.05. */
const MAX_SHIFT = 0.05;

/** One page of each template. */
const PAGES = [
  '/',
  '/vagval',
  '/vagval/jonsbo',
  '/vagval/jonsbo/lattlast',
  '/vagval/kommun/linkoping',
  '/vagval/stodform/praktik',
  '/vagval/lediga-platser',
  '/hitta-ratt',
  '/sok',
  '/sok?q=arbete',
  '/berattelser',
  '/berattelser/ahmed-svenskan-kom-i-verkstaden',
  '/sa-fungerar-valfardssystemet',
  '/sa-fungerar-valfardssystemet/arbetslos-lange',
  '/aktorer',
  '/aktorer/arbetsformedlingen',
  '/begrepp',
  '/vanliga-fragor',
  '/lamna-forslag',
  '/lediga-platser',
  '/samordningsforbund',
  '/samordningsforbund/centrala-ostergotland',
  '/oppna-data',
  '/min-lista',
  '/om',
  '/tillganglighetsredogorelse',
];

/** Collects every layout shift from the first paint on, before any of the page's own scripts run. */
const RECORD_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput)
      window.__shifts.push({ value: e.value, nodes: (e.sources || []).map((s) => s.node && s.node.nodeType === 1 ? (s.node.id ? '#' + s.node.id : s.node.tagName.toLowerCase() + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.trim().split(/\\s+/).join('.') : '')) : String(s.node && s.node.nodeName)) });
  }).observe({ type: 'layout-shift', buffered: true });
`;

interface Shift {
  value: number;
  nodes: string[];
}

describe('layout shift on a phone', () => {
  const fixture = useFixtureSiteInChromium();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await fixture.browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    await context.addInitScript(RECORD_SHIFTS);
    page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Lighthouse's mobile throttling: 4× slower CPU, 150 ms round trips, 1.6 Mbit/s down.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  });

  it.each(PAGES)('%s moves nothing while it loads', async (path) => {
    const response = await page.goto(`${fixture.site.url}${path}`, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    // Islands hydrate and fonts settle after load: give them time before reading.
    await page.waitForTimeout(1_000);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, `${path} flyttade sig: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_SHIFT);
  });
});
