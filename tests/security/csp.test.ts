/// <reference lib="dom" />
/**
 * The site's security headers in Debian's Chromium: the fixture site built as every build is
 * (buildSite writes `_headers` after Pagefind) and served by the project's static server, which
 * sends what `_headers` says. Every page type is opened with a `securitypolicyviolation`
 * listener installed before any page script runs, and console CSP errors collected; the guide is
 * walked to its results, /sok searched, /lamna-forslag shows a validation error and is sent, and
 * both feedback forms are posted. A stand-in CMS on another origin answers the forms as the real
 * one does (CORS, a receipt, a redirect), so connect-src and form-action are exercised for real.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { SITE_DIR } from '@vg/scripts/lib/paths.ts';
import { buildSite } from '@vg/scripts/site/build-site.ts';
import { HEADERS_FILE, headersFor, parseHeadersFile } from '@vg/scripts/site/headers-file.ts';
import { createStaticServer } from '@vg/scripts/site/static-server.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SNAPSHOT, launchChromium } from '../browser/support/built-site.ts';
import { checkBoxes, chooseRadio, continueStep, tabTo } from '../browser/support/keyboard.ts';

/** One built page for each page template in site/src/pages (a test below keeps this complete). */
const PAGES: Record<string, string> = {
  'index.astro': '/',
  'vagval/index.astro': '/vagval',
  'vagval/[slug].astro': '/vagval/jonsbo',
  'vagval/[slug]/lattlast.astro': '/vagval/jonsbo/lattlast',
  'vagval/kommun/[slug].astro': '/vagval/kommun/kinda',
  'vagval/malgrupp/[slug].astro': '/vagval/malgrupp/nyanlanda-sprakstod',
  'vagval/livssituation/[slug].astro': '/vagval/livssituation/ny-i-sverige',
  'vagval/stodform/[stodform].astro': '/vagval/stodform/praktik',
  'vagval/lediga-platser.astro': '/vagval/lediga-platser',
  'berattelser/index.astro': '/berattelser',
  'berattelser/[slug].astro': '/berattelser/anna-en-vag-in-i-kinda',
  'sa-fungerar-valfardssystemet/index.astro': '/sa-fungerar-valfardssystemet',
  'sa-fungerar-valfardssystemet/[slug].astro': '/sa-fungerar-valfardssystemet/arbetslos-lange',
  'vanliga-fragor.astro': '/vanliga-fragor',
  'aktorer/index.astro': '/aktorer',
  'aktorer/[slug].astro': '/aktorer/forsakringskassan',
  'begrepp.astro': '/begrepp',
  'hitta-ratt/index.astro': '/hitta-ratt',
  'sok.astro': '/sok?q=arbete',
  'lamna-forslag/index.astro': '/lamna-forslag',
  'lamna-forslag/kvitto.astro': '/lamna-forslag/kvitto?nr=VG-2026-000123',
  'lamna-forslag/fel.astro': '/lamna-forslag/fel?status=400&kod=ogiltig&falt=uppgifter.namn',
  'lediga-platser/index.astro': '/lediga-platser',
  'lediga-platser/tack.astro': '/lediga-platser/tack?insats=jonsbo',
  'lediga-platser/fel.astro': '/lediga-platser/fel?status=400&kod=ogiltig&falt=lediga',
  'aterkoppling/tack.astro': '/aterkoppling/tack?typ=hittade-du&sida=%2Fvagval%2Fjonsbo',
  'aterkoppling/fel.astro': '/aterkoppling/fel?status=429&kod=for-manga&vanta=30',
  'tillganglighetsredogorelse.astro': '/tillganglighetsredogorelse',
  'om.astro': '/om',
  'oppna-data/index.astro': '/oppna-data',
  'min-lista/index.astro': '/min-lista',
  'samordningsforbund/index.astro': '/samordningsforbund',
  'samordningsforbund/[slug].astro': '/samordningsforbund/centrala-ostergotland',
  '404.astro': '/finns-inte-alls',
};

const RECEIPT = 'VG-2026-000123';
const WAIT = { timeout: 20_000, interval: 100 };

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Answers the site's forms as the CMS's intake routes do: CORS for the site's origin, a receipt
 * for a proposal sent with JavaScript, a 303 to the thanks page for a plain feedback POST; and a
 * page that tries to frame the site.
 */
function standInCms(siteUrl: () => string): http.Server {
  return http.createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': siteUrl(),
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type, accept, idempotency-key',
    };
    req.resume();
    if (req.method === 'OPTIONS') res.writeHead(204, cors).end();
    else if (req.method === 'POST' && req.url === '/api/intake/forslag') {
      res.writeHead(201, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ kvitto: RECEIPT }));
    } else if (req.method === 'POST' && req.url === '/api/intake/aterkoppling') {
      res.writeHead(303, { location: `${siteUrl()}/aterkoppling/tack?typ=hittade-du&sida=%2Fvagval%2Fjonsbo` }).end();
    } else if (req.url === '/ram') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><title>ram</title><iframe src="${siteUrl()}/"></iframe>`);
    } else res.writeHead(404).end();
  });
}

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
};

describe('security headers and CSP on the built site', () => {
  let outDir: string;
  let site: http.Server;
  let cms: http.Server;
  let siteUrl = '';
  let cmsUrl = '';
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: Violation[] = [];
  const consoleErrors: string[] = [];

  /** Everything reported since the last call, emptied; a violation's event is queued, so let it arrive first. */
  const reported = async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    return [...violations.splice(0).map((v) => `${v.page}: ${v.directive} blocked ${v.blocked} ${v.sample}`), ...consoleErrors.splice(0)];
  };
  const open = async (url: string) => {
    const response = await page.goto(`${siteUrl}${url}`);
    if (!response) throw new Error(`Ingen sida för ${url}.`);
    return response;
  };
  const policy = () => headersFor(parseHeadersFile(fs.readFileSync(path.join(outDir, HEADERS_FILE), 'utf8')), '/');

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-csp-'));
    // The static server looks files up per request, so it can listen before the site is built into it.
    site = createStaticServer(outDir);
    siteUrl = await listen(site);
    cms = standInCms(() => siteUrl);
    cmsUrl = await listen(cms);
    // NODE_ENV: vitest sets "test", which would bundle React's development build.
    await buildSite(outDir, { SNAPSHOT_PATH: FIXTURE_SNAPSHOT, VG_CMS_PUBLIC_URL: cmsUrl, NODE_ENV: 'production' });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'sv-SE' });
    await context.exposeBinding('__vgCspViolation', (_source, v: Violation) => {
      violations.push(v);
    });
    // Installed in every document before its own scripts, so nothing a page runs goes unseen.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __vgCspViolation: (v: unknown) => void }).__vgCspViolation({
          page: location.pathname + location.search,
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          sample: e.sample,
        });
      });
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|Permissions-Policy|Refused to/i.test(m.text())) consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await new Promise((resolve) => cms?.close(resolve));
    if (outDir) for (const dir of [outDir, `${outDir}.astro-cache`]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens one page of every page template the site has', () => {
    const pagesDir = path.join(SITE_DIR, 'src', 'pages');
    const templates = fs
      .readdirSync(pagesDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.astro'))
      .map((e) => path.relative(pagesDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
    expect(Object.keys(PAGES).sort()).toEqual(templates);
  });

  it('the policy allows no inline code or eval without a hash, and the CMS only for its forms', () => {
    const csp = policy().find((h) => h.name === 'Content-Security-Policy')?.value ?? '';
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' /);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
    const withCms = csp
      .split('; ')
      .filter((d) => d.split(' ').includes(cmsUrl))
      .map((d) => d.split(' ')[0]);
    expect(withCms).toEqual(['connect-src', 'form-action']);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('sends the same headers with pages, scripts, JSON, the search index and the 404 page', async () => {
    const expected = Object.fromEntries(policy().map((h) => [h.name.toLowerCase(), h.value]));
    expect(Object.keys(expected)).toEqual([
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
      'cross-origin-opener-policy',
      'x-frame-options',
    ]);
    expect(expected).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    const script = fs.readdirSync(path.join(outDir, '_astro')).find((f) => f.endsWith('.js'));
    for (const [url, status] of [
      ['/vagval/jonsbo', 200],
      [`/_astro/${script}`, 200],
      ['/hitta-ratt/guide-index.json', 200],
      ['/pagefind/pagefind.js', 200],
      ['/finns-inte-alls', 404],
    ] as const) {
      const res = await fetch(`${siteUrl}${url}`);
      expect(res.status, url).toBe(status);
      for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${name} på ${url}`).toBe(value);
    }
  });

  it.each(Object.entries(PAGES))('%s (%s): no policy violation', async (_template, url) => {
    const response = await open(url);
    expect(response.status()).toBe(url === '/finns-inte-alls' ? 404 : 200);
    expect(response.headers()['content-security-policy']).toBeTruthy();
    await page.waitForLoadState('networkidle');
    expect(await reported()).toEqual([]);
  });

  it('the guide walked to its results: no violation', async () => {
    await open('/hitta-ratt');
    await page.getByRole('button', { name: 'Börja' }).click();
    await page.locator('#svar-kommun').fill('Kin');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Vilka har du kontakt med just nu?' }).waitFor();
    await checkBoxes(page, ['arbetsformedlingen']);
    await continueStep(page);
    for (const answer of ['sjukpenning', 'nej', 'nej', 'arbete']) {
      await chooseRadio(page, answer);
      await continueStep(page);
    }
    await tabTo(page, /^svar-timmar$/);
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await page.locator('.guide-card').first().waitFor();
    expect(await page.locator('.guide-card').count()).toBeGreaterThan(0);
    expect(await reported()).toEqual([]);
  });

  it('/sok with results (Pagefind compiles its wasm under the policy): no violation', async () => {
    await open('/sok?q=Jonsbo');
    await expect.poll(() => page.locator('[data-sok-status]').textContent(), WAIT).toMatch(/^\d+ träff(ar)? för ”Jonsbo”\.$/);
    expect(await page.locator('.sok-results > li').count()).toBeGreaterThan(0);
    expect(await reported()).toEqual([]);
  });

  it('/lamna-forslag: the script shows what is missing, then sends to the CMS and shows the receipt: no violation', async () => {
    await open('/lamna-forslag');
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('fel-sammanfattning');
    expect(await reported()).toEqual([]);

    const field = (label: string) => page.getByLabel(new RegExp(`^${label}`));
    await page.locator('#nyckel').fill('vg-testnyckel-0123456789abcdef');
    await field('En ny insats som inte finns på Välfärdsguiden').check();
    await field('Insatsens namn').fill('Snickeriet i Ekdalen');
    await field('Sammanfattning').fill('Du snickrar möbler i en lugn verkstad, några timmar i veckan.');
    await field('Beskrivning').fill('Vi bygger möbler av återbrukat trä.');
    await field('Stödform').selectOption('arbetstraning');
    await field('Vad deltagarna gör').fill('Snickeri');
    await field('Timmar per vecka, minst').fill('4');
    await field('Din roll').fill('Handledare');
    await field('Din e-postadress').fill('handledare@example.se');
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.waitForURL(/\/lamna-forslag\/kvitto\?nr=/);
    await expect.poll(() => page.locator('[data-kvitto-nr]').textContent(), WAIT).toBe(RECEIPT);
    expect(await reported()).toEqual([]);
  });

  it('"Hittade du det du sökte?" posts to the CMS and lands on the thanks page: no violation', async () => {
    await open('/vagval/jonsbo');
    await page.locator('form.feedback').getByRole('button', { name: 'Ja' }).click();
    await page.waitForURL(/\/aterkoppling\/tack\?/);
    expect(await page.locator('[data-tillbaka]').isVisible()).toBe(true);
    expect(await reported()).toEqual([]);
  });

  it('the accessibility report form posts to the CMS: no violation', async () => {
    await open('/tillganglighetsredogorelse');
    await page.locator('#rapport-beskrivning').fill('Knappen Lyssna går inte att nå med tangentbordet.');
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    await page.waitForURL(/\/aterkoppling\/tack\?/);
    expect(await reported()).toEqual([]);
  });

  it('the listener does see a violation: a script injected into a page is refused', async () => {
    await open('/om');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    const seen = await reported();
    expect(seen.some((v) => v.startsWith('/om: script-src-elem blocked inline'))).toBe(true);
  });

  it('another site cannot show the pages in a frame', async () => {
    const framed = await context.newPage();
    const refused: string[] = [];
    framed.on('console', (m) => {
      if (m.text().includes("frame-ancestors 'none'")) refused.push(m.text());
    });
    await framed.goto(`${cmsUrl}/ram`);
    await expect.poll(() => refused.length, WAIT).toBeGreaterThan(0);
    expect(framed.frames().some((f) => f.url() === `${siteUrl}/` && f !== framed.mainFrame())).toBe(false);
    await framed.close();
  });
});
