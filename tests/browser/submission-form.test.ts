/// <reference lib="dom" />
/**
 * /lamna-forslag in Debian's Chromium against a real CMS: the site is built with the CMS's
 * address (VG_CMS_PUBLIC_URL) and served statically; the CMS knows the site's address
 * (VG_SITE_URL), so CORS and the redirects after a plain POST match. With JavaScript: the error
 * summary, a lost answer retried with the same Idempotency-Key, exactly one förslag stored.
 * Without JavaScript: the plain POST lands on the receipt or the error page.
 */
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { buildSite } from '@vg/scripts/site/build-site.ts';
import { createStaticServer } from '@vg/scripts/site/static-server.ts';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { FIXTURE_SNAPSHOT, launchChromium } from './support/built-site.ts';

const FORSLAG = '/content-manager/collection-types/api::forslag.forslag';
const ORGANISATION = 'linkopings-kommun';
const KVITTO_URL = /\/lamna-forslag\/kvitto\?nr=(VG-\d{4}-\d{6,})$/;

interface StoredForslag {
  kvitto: string;
  typ: string;
  meddelande: string | null;
  avsandareRoll: string;
  uppgifter: Record<string, unknown>;
}

describe('/lamna-forslag against a real CMS', () => {
  let outDir: string;
  let server: http.Server;
  let siteUrl: string;
  let cms: TempStrapi;
  let admin: AdminApi;
  let nyckel: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const open = async (url: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> => {
    const context = await browser.newContext({ locale: 'sv-SE', ...options });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${siteUrl}${url}`);
    return page;
  };
  /**
   * A page as it looks without JavaScript, in a context where axe can still run (axe cannot
   * inject itself where JavaScript is turned off): the page's own scripts are blocked instead.
   */
  const openWithoutPageScripts = async (url: string): Promise<Page> => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    contexts.push(context);
    await context.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${siteUrl}${url}`);
    return page;
  };
  const total = async () => (await admin.get<{ pagination: { total: number } }>(`${FORSLAG}?page=1&pageSize=1`)).pagination.total;
  const stored = async (kvitto: string) =>
    (await admin.get<{ results: StoredForslag[] }>(`${FORSLAG}?pageSize=10&filters[$and][0][kvitto][$eq]=${encodeURIComponent(kvitto)}`))
      .results;
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  /** The control whose label starts with this text ("Beskrivning", not "Vägbeskrivning"). */
  const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

  /** What an organisation fills in for a new insats; `utan` leaves fields empty. */
  async function fillNewInsats(page: Page, namn: string, options: { utan?: string[]; key?: string } = {}) {
    const skip = new Set(options.utan ?? []);
    const fill = async (label: string, value: string) => {
      if (!skip.has(label)) await field(page, label).fill(value);
    };
    await page.locator('#nyckel').fill(options.key ?? nyckel);
    await field(page, 'En ny insats som inte finns på Välfärdsguiden').check();
    await fill('Insatsens namn', namn);
    await fill('Sammanfattning', 'Du snickrar möbler i en lugn verkstad, några timmar i veckan.');
    await fill('Beskrivning', 'Vi bygger möbler av återbrukat trä.\n\nDu börjar med fyra timmar i veckan.');
    await field(page, 'Stödform').selectOption('arbetstraning');
    await field(page, 'Vad deltagarna gör').fill('Snickeri\nMåleri');
    await fill('Timmar per vecka, minst', '4');
    await fill('Din roll', 'Handledare');
    await fill('Din e-postadress', 'handledare@example.se');
  }

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-forslag-'));
    // The server looks files up per request, so it can listen before the site is built into it.
    server = createStaticServer(outDir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    cms = await startTempStrapi({
      env: { VG_SEED_DEMO: 'true', VG_SITE_URL: siteUrl, VG_INTAKE_RATE_PER_MINUTE: '200', VG_INTAKE_KEY_RATE_PER_MINUTE: '200' },
    });
    admin = await AdminApi.registerFirstAdmin(cms.url);
    const issued = await admin.request('POST', '/intake/inlamningsnycklar', { organisation: ORGANISATION });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    nyckel = (issued.body as { data: { nyckel: string } }).data.nyckel;
    // NODE_ENV: vitest sets "test"; the site is built as for production.
    await buildSite(outDir, { SNAPSHOT_PATH: FIXTURE_SNAPSHOT, VG_CMS_PUBLIC_URL: cms.url, NODE_ENV: 'production' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await cms?.dispose();
    await new Promise((resolve) => server?.close(resolve));
    if (outDir) for (const dir of [outDir, `${outDir}.astro-cache`]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('posts to the CMS it was built for', async () => {
    const html = fs.readFileSync(path.join(outDir, 'lamna-forslag', 'index.html'), 'utf8');
    expect(html).toContain(`action="${cms.url}/api/intake/forslag"`);
  });

  it('with JavaScript: shows what is missing, keeps the text through a reload, then sends once and shows the receipt', async () => {
    const page = await open('/lamna-forslag');
    const titel = await page.title();
    await fillNewInsats(page, 'Snickeriet i Ekdalen', { utan: ['Sammanfattning'] });
    const before = await total();
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();

    const summary = page.locator('#fel-sammanfattning');
    await expect.poll(() => focusedId(page)).toBe('fel-sammanfattning');
    expect(await summary.getByRole('heading').textContent()).toBe('Det finns fel i formuläret');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Skriv en sammanfattning: en eller två meningar om vad man gör och vem det passar.',
    ]);
    expect(await page.title()).toBe(`Fel: ${titel}`);
    const sammanfattning = field(page, 'Sammanfattning');
    expect(await sammanfattning.getAttribute('aria-invalid')).toBe('true');
    expect(await sammanfattning.getAttribute('aria-describedby')).toBe('uppgifter-sammanfattning-hint uppgifter-sammanfattning-fel');
    expect(await page.locator('#uppgifter-sammanfattning-fel').textContent()).toBe(
      'Fel: Skriv en sammanfattning: en eller två meningar om vad man gör och vem det passar.',
    );
    expect(await field(page, 'Insatsens namn').inputValue()).toBe('Snickeriet i Ekdalen');
    expect(await total()).toBe(before);

    // The key can be shown to check it, and hidden again.
    await page.getByRole('button', { name: 'Visa nyckeln' }).click();
    expect(await page.locator('#nyckel').getAttribute('type')).toBe('text');
    await page.getByRole('button', { name: 'Dölj nyckeln' }).click();
    expect(await page.locator('#nyckel').getAttribute('type')).toBe('password');
    await summary.focus();

    // From the summary to the field with the keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('uppgifter-sammanfattning');

    // Leaving and coming back (or reloading) keeps what was typed, except the key.
    await page.goto(`${siteUrl}/om`);
    await page.goto(`${siteUrl}/lamna-forslag`);
    expect(await field(page, 'Insatsens namn').inputValue()).toBe('Snickeriet i Ekdalen');
    expect(await field(page, 'Vad deltagarna gör').inputValue()).toBe('Snickeri\nMåleri');
    expect(await field(page, 'En ny insats som inte finns på Välfärdsguiden').isChecked()).toBe(true);
    expect(await page.locator('#nyckel').inputValue()).toBe('');

    await page.locator('#nyckel').fill(nyckel);
    await field(page, 'Sammanfattning').fill('Du snickrar möbler i en lugn verkstad, några timmar i veckan.');
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.waitForURL(KVITTO_URL);
    const kvitto = KVITTO_URL.exec(page.url())?.[1] as string;
    expect(await page.locator('[data-kvitto-nr]').textContent()).toBe(kvitto);
    expect(await page.locator('[data-kvitto]').isVisible()).toBe(true);
    expect(await page.getByText('står i webbläsarens adressfält').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    expect(await total()).toBe(before + 1);
    const rows = await stored(kvitto);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ typ: 'ny-insats', avsandareRoll: 'Handledare' });
    expect(rows[0]?.uppgifter).toMatchObject({
      namn: 'Snickeriet i Ekdalen',
      stodform: 'arbetstraning',
      aktiviteter: ['Snickeri', 'Måleri'],
      timmarMin: 4,
    });

    // The receipt ends the draft: the form is empty again.
    await page.goto(`${siteUrl}/lamna-forslag`);
    expect(await field(page, 'Insatsens namn').inputValue()).toBe('');
  });

  it('with JavaScript: a lost answer says "not sent", keeps the text, and the retry with the same key stores one förslag', async () => {
    const page = await open('/lamna-forslag');
    const keys: string[] = [];
    let posts = 0;
    await page.route(`${cms.url}/api/intake/forslag`, async (route) => {
      const request: Request = route.request();
      if (request.method() !== 'POST') return route.continue();
      posts += 1;
      keys.push((await request.allHeaders())['idempotency-key'] ?? '');
      // First: the CMS stores it, but the answer never reaches the browser. Second (the automatic retry): no connection.
      if (posts === 1) {
        await route.fetch();
        return route.fulfill({ status: 503, headers: { 'access-control-allow-origin': siteUrl }, body: 'Service Unavailable' });
      }
      if (posts === 2) return route.abort('connectionrefused');
      return route.continue();
    });
    await fillNewInsats(page, 'Verkstan på Ön');
    const before = await total();
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();

    const rubrik = page.getByRole('heading', { name: 'Förslaget är inte skickat än' });
    await rubrik.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Förslaget är inte skickat än');
    expect(await page.locator('[data-forslag-status-text]').textContent()).toMatch(/^Vi fick ingen kontakt med Välfärdsguiden\./);
    expect(await page.title()).toMatch(/^Fel: /);
    expect(posts).toBe(2);
    expect(await field(page, 'Insatsens namn').inputValue()).toBe('Verkstan på Ön');
    // The first attempt did arrive; the browser just never heard.
    expect(await total()).toBe(before + 1);

    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.waitForURL(KVITTO_URL);
    const kvitto = KVITTO_URL.exec(page.url())?.[1] as string;
    expect(posts).toBe(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(await total()).toBe(before + 1);
    const rows = await stored(kvitto);
    expect(rows.map((r) => r.uppgifter.namn)).toEqual(['Verkstan på Ön']);
  });

  it('with JavaScript: a wrong key from the CMS is shown at the key field, and axe finds nothing in the error state', async () => {
    const page = await open('/lamna-forslag');
    await fillNewInsats(page, 'Fel nyckel-verkstaden', { key: 'vg_detta-ar-inte-en-riktig-nyckel' });
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await expect.poll(() => focusedId(page), { timeout: 20_000 }).toBe('fel-sammanfattning');
    const link = page.locator('#fel-sammanfattning').getByRole('link');
    expect(await link.textContent()).toMatch(/^Inlämningsnyckeln stämmer inte\./);
    expect(await link.getAttribute('href')).toBe('#nyckel');
    expect(await page.locator('#nyckel').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // A change with nothing in it, and no insats chosen: both named, and still no axe findings.
    await field(page, 'En ändring av en insats som redan finns').check();
    for (const label of ['Insatsens namn', 'Sammanfattning', 'Beskrivning', 'Vad deltagarna gör', 'Timmar per vecka, minst'])
      await field(page, label).fill('');
    await field(page, 'Stödform').selectOption('');
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await expect
      .poll(() => page.locator('#fel-sammanfattning').getByRole('link').allTextContents())
      .toEqual([
        'Välj vilken insats ändringen gäller.',
        'Skriv vad som ska ändras: fyll i minst ett fält om insatsen eller skriv ett meddelande.',
      ]);
    expect(await axeViolations(page)).toEqual([]);

    await field(page, 'Vilken insats gäller ändringen?').selectOption('jonsbo');
    await field(page, 'Lediga platser just nu').fill('2');
    await page.locator('#nyckel').fill(nyckel);
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.waitForURL(KVITTO_URL);
    const rows = await stored(KVITTO_URL.exec(page.url())?.[1] as string);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ typ: 'andring', uppgifter: { platserLediga: 2 } });
  });

  it('fits a 320 px wide screen in the error state, with the chosen kommuner counted per county', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 320, height: 640 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${siteUrl}/lamna-forslag`);
    await page.locator('summary', { hasText: 'Östergötlands län' }).click();
    await field(page, 'Linköping').check();
    await field(page, 'Kinda').check();
    expect(await page.locator('summary', { hasText: 'Östergötlands län' }).textContent()).toMatch(/Östergötlands län \(2 valda\)$/);
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await expect.poll(() => focusedId(page)).toBe('fel-sammanfattning');
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('without JavaScript: the plain POST lands on the receipt page with the number in the address', async () => {
    const page = await open('/lamna-forslag', { javaScriptEnabled: false });
    await fillNewInsats(page, 'Pappersverkstaden');
    await page.locator('summary', { hasText: 'Östergötlands län' }).click();
    await field(page, 'Linköping').check();
    const before = await total();
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.waitForURL(KVITTO_URL);
    const kvitto = KVITTO_URL.exec(page.url())?.[1] as string;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tack! Förslaget är skickat');
    expect(await page.getByText('Ditt kvittonummer står i webbläsarens adressfält, efter nr=').isVisible()).toBe(true);
    expect(await total()).toBe(before + 1);
    const rows = await stored(kvitto);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.uppgifter).toMatchObject({ namn: 'Pappersverkstaden', kommuner: ['0580'], aktiviteter: ['Snickeri', 'Måleri'] });
    const asSeen = await openWithoutPageScripts(`/lamna-forslag/kvitto?nr=${kvitto}`);
    expect(await asSeen.getByText('Ditt kvittonummer står i webbläsarens adressfält').isVisible()).toBe(true);
    expect(await axeViolations(asSeen)).toEqual([]);
  });

  it('without JavaScript: a wrong key lands on the error page, and back in the form the text is still there', async () => {
    const page = await open('/lamna-forslag', { javaScriptEnabled: false });
    await fillNewInsats(page, 'Nyckellösa verkstaden', { key: 'vg_detta-ar-inte-en-riktig-nyckel' });
    const before = await total();
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.waitForURL(/\/lamna-forslag\/fel\?/);
    const query = new URL(page.url()).searchParams;
    expect(query.get('kod')).toBe('fel-nyckel');
    expect(query.getAll('falt')).toEqual(['nyckel']);
    expect(await page.title()).toMatch(/^Fel: Förslaget är inte skickat/);
    expect(await page.getByText('inlämningsnyckeln inte stämmer eller inte gäller längre').isVisible()).toBe(true);
    expect(await page.getByText('Gå tillbaka med webbläsarens bakåtknapp – det du skrev finns kvar i formuläret.').isVisible()).toBe(true);
    expect(await page.getByText('Bara inlämningsnyckeln behöver du klistra in igen.').isVisible()).toBe(true);
    expect(await total()).toBe(before);
    const asSeen = await openWithoutPageScripts(`/lamna-forslag/fel?${query}`);
    expect(await asSeen.getByText('inlämningsnyckeln inte stämmer eller inte gäller längre').isVisible()).toBe(true);
    expect(await axeViolations(asSeen)).toEqual([]);

    await page.goBack();
    await page.waitForURL(`${siteUrl}/lamna-forslag`);
    expect(await field(page, 'Insatsens namn').inputValue()).toBe('Nyckellösa verkstaden');
    expect(await field(page, 'Beskrivning').inputValue()).toContain('återbrukat trä');

    // The same address with JavaScript names the problem and the field.
    const withJs = await open(`/lamna-forslag/fel?${query}`);
    expect(await withJs.locator('[data-fel-text]').textContent()).toMatch(/^Inlämningsnyckeln stämmer inte\./);
    expect(await withJs.locator('[data-fel-falt] li').allTextContents()).toEqual(['Inlämningsnyckel']);
    expect(await withJs.getByText('ett fält som krävs är tomt').isVisible()).toBe(false);
    expect(await axeViolations(withJs)).toEqual([]);
  });
});
