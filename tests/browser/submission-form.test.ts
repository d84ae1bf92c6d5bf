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
import { chooseRadio, tabTo } from './support/keyboard.ts';

const FORSLAG = '/content-manager/collection-types/api::forslag.forslag';
const ORGANISATION = 'linkopings-kommun';
const KVITTO_URL = /\/lamna-forslag\/kvitto\?nr=(VG-\d{4}-\d{6,})$/;
const LEDIGA_TACK_URL = /\/lediga-platser\/tack\?insats=([a-z0-9-]+)$/;
const LEDIGA_FEL_URL = /\/lediga-platser\/fel\?/;

interface Platser {
  antal: number | null;
  lediga: number | null;
  ko: boolean | null;
  uppdaterad: string | null;
}
interface PublicInsats {
  slug: string;
  platser: Platser | null;
  organisation: { slug: string } | null;
}

interface StoredForslag {
  kvitto: string;
  typ: string;
  meddelande: string | null;
  avsandareRoll: string;
  uppgifter: Record<string, unknown>;
}

describe('/lamna-forslag and /lediga-platser against a real CMS', () => {
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

  // ---- /lediga-platser: an organisation updates the free places of its own insats, live at once ----

  /** What visitors' content API says now about an insats's places (published only). */
  const publicPlatser = async (slug: string): Promise<Platser | null | undefined> => {
    const res = await fetch(`${cms.url}/api/insatser?filters[slug][$eq]=${slug}&populate[platser]=true`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { data: PublicInsats[] }).data[0]?.platser;
  };
  /** Published insatser with a number of places: ours (the key's organisation) and another organisation's. */
  const insatserMedPlatser = async () => {
    const res = await fetch(`${cms.url}/api/insatser?populate[organisation]=true&populate[platser]=true&pagination[pageSize]=100`);
    const data = ((await res.json()) as { data: PublicInsats[] }).data.filter((i) => (i.platser?.antal ?? 0) >= 3);
    const own = data.filter((i) => i.organisation?.slug === ORGANISATION);
    const other = data.find((i) => i.organisation && i.organisation.slug !== ORGANISATION);
    if (own.length < 2 || !other)
      throw new Error(`Demoinnehållet behöver två insatser med platser hos ${ORGANISATION} och en hos en annan organisation.`);
    return { own: own.map((i) => i.slug), other: other.slug };
  };
  /** A figure for the insats that differs from the one it has now, within its number of places. */
  const newFigure = async (slug: string) => {
    const now = await publicPlatser(slug);
    return now?.lediga === 1 ? 2 : 1;
  };
  const fillLediga = async (page: Page, values: { insats: string; lediga: string; ko: 'Ja' | 'Nej'; key?: string }) => {
    await page.locator('#nyckel').fill(values.key ?? nyckel);
    await page.getByLabel('Insatsens adressnamn').fill(values.insats);
    await page.getByLabel('Lediga platser just nu').fill(values.lediga);
    await page
      .getByRole('group', { name: /Är det kö just nu/ })
      .getByLabel(values.ko, { exact: true })
      .check();
  };
  const today = () => new Date().toISOString().slice(0, 10);
  const shownReasons = (page: Page) =>
    page
      .locator('[data-orsak]')
      .evaluateAll((items) => items.filter((i) => !(i as HTMLElement).hidden).map((i) => (i as HTMLElement).dataset.orsak));

  it('/lediga-platser posts to the CMS it was built for, and /lamna-forslag links to it', async () => {
    const html = fs.readFileSync(path.join(outDir, 'lediga-platser', 'index.html'), 'utf8');
    expect(html).toContain(`action="${cms.url}/api/intake/lediga-platser"`);
    const page = await open('/lamna-forslag');
    await page.getByRole('link', { name: 'Uppdatera lediga platser' }).click();
    await page.waitForURL(`${siteUrl}/lediga-platser`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uppdatera lediga platser');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('/lediga-platser without JavaScript: the organisation updates its own insats, lands on the thanks, and the public API shows the figure', async () => {
    const slug = (await insatserMedPlatser()).own[0] as string;
    const lediga = await newFigure(slug);
    const asSeen = await openWithoutPageScripts('/lediga-platser');
    expect(await axeViolations(asSeen)).toEqual([]);

    const page = await open('/lediga-platser', { javaScriptEnabled: false });
    await fillLediga(page, { insats: slug, lediga: String(lediga), ko: 'Ja' });
    await page.getByRole('button', { name: 'Uppdatera' }).click();
    await page.waitForURL(LEDIGA_TACK_URL);
    expect(LEDIGA_TACK_URL.exec(page.url())?.[1]).toBe(slug);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Lediga platser är uppdaterade');
    expect(await page.getByRole('link', { name: 'Gå till insatsens sida' }).isVisible()).toBe(false);

    const platser = await publicPlatser(slug);
    expect(platser).toMatchObject({ lediga, ko: true });
    expect(platser?.uppdaterad?.slice(0, 10)).toBe(today());

    // With JavaScript the thanks links to the insats's page, and to nothing else the address says.
    const withJs = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    const link = withJs.getByRole('link', { name: 'Gå till insatsens sida' });
    expect(await link.getAttribute('href')).toBe(`/vagval/${slug}`);
    expect(await link.isVisible()).toBe(true);
    expect(await axeViolations(withJs)).toEqual([]);
    const odd = await open('/lediga-platser/tack?insats=%2F%2Fevil.example');
    expect(await odd.getByRole('link', { name: 'Gå till insatsens sida' }).isVisible()).toBe(false);
  });

  it('/lediga-platser without JavaScript: a wrong figure lands on the error page naming it, nothing changes, and back in the form the text is still there', async () => {
    const slug = (await insatserMedPlatser()).own[0] as string;
    const before = await publicPlatser(slug);
    const page = await open('/lediga-platser', { javaScriptEnabled: false });
    // More free places than the insats has: only the CMS can tell.
    await fillLediga(page, { insats: slug, lediga: String((before?.antal ?? 0) + 1), ko: 'Nej' });
    await page.getByRole('button', { name: 'Uppdatera' }).click();
    await page.waitForURL(LEDIGA_FEL_URL);
    const query = new URL(page.url()).searchParams;
    expect([query.get('status'), query.get('kod'), query.getAll('falt')]).toEqual(['400', 'ogiltig', ['lediga']]);
    expect(await page.title()).toMatch(/^Fel: Lediga platser är inte uppdaterade/);
    expect(await page.getByText('Ingenting har ändrats på Välfärdsguiden.').isVisible()).toBe(true);
    expect(await page.getByText('Siffran för lediga platser går inte att ta emot.').isVisible()).toBe(true);
    expect(await publicPlatser(slug)).toEqual(before);

    // Without the page's script every problem is listed; with it, only the one the address names.
    const asSeen = await openWithoutPageScripts(`/lediga-platser/fel?${query}`);
    expect((await shownReasons(asSeen)).length).toBeGreaterThan(5);
    expect(await axeViolations(asSeen)).toEqual([]);
    const withJs = await open(`/lediga-platser/fel?${query}`);
    expect(await shownReasons(withJs)).toEqual(['lediga']);
    expect(await axeViolations(withJs)).toEqual([]);

    await page.goBack();
    await page.waitForURL(`${siteUrl}/lediga-platser`);
    expect(await page.getByLabel('Insatsens adressnamn').inputValue()).toBe(slug);
  });

  it('/lediga-platser: an empty figure that gets past the browser is refused by the CMS and named on the error page', async () => {
    const slug = (await insatserMedPlatser()).own[0] as string;
    const before = await publicPlatser(slug);
    // A browser that does not check `required` (the page's own script is blocked, as if JavaScript were off).
    const page = await openWithoutPageScripts('/lediga-platser');
    await fillLediga(page, { insats: slug, lediga: '', ko: 'Nej' });
    await page.locator('[data-lediga-form]').evaluate((form) => {
      (form as HTMLFormElement).noValidate = true;
    });
    await page.getByRole('button', { name: 'Uppdatera' }).click();
    await page.waitForURL(LEDIGA_FEL_URL);
    const query = new URL(page.url()).searchParams;
    expect([query.get('kod'), query.getAll('falt')]).toEqual(['ogiltig', ['lediga']]);
    expect(await publicPlatser(slug)).toEqual(before);
    const withJs = await open(`/lediga-platser/fel?${query}`);
    expect(await shownReasons(withJs)).toEqual(['lediga']);
  });

  it('/lediga-platser: another organisation’s insats is refused (fel-organisation) and stays as it was', async () => {
    const { other } = await insatserMedPlatser();
    const before = await publicPlatser(other);
    const page = await open('/lediga-platser', { javaScriptEnabled: false });
    await fillLediga(page, { insats: other, lediga: '1', ko: 'Nej' });
    await page.getByRole('button', { name: 'Uppdatera' }).click();
    await page.waitForURL(LEDIGA_FEL_URL);
    const query = new URL(page.url()).searchParams;
    expect([query.get('status'), query.get('kod')]).toEqual(['403', 'fel-organisation']);
    expect(await publicPlatser(other)).toEqual(before);
    const withJs = await open(`/lediga-platser/fel?${query}`);
    expect(await shownReasons(withJs)).toEqual(['fel-organisation']);
    expect(await withJs.getByText('Insatsen hör till en annan organisation.').isVisible()).toBe(true);
  });

  it('/lediga-platser with the keyboard only: key, address name, figure, Nej, Uppdatera', async () => {
    const slug = (await insatserMedPlatser()).own[1] as string;
    const lediga = await newFigure(slug);
    const page = await open('/lediga-platser');
    await tabTo(page, /^nyckel$/);
    await page.keyboard.type(nyckel);
    await tabTo(page, /^insats$/);
    await page.keyboard.type(slug);
    await tabTo(page, /^lediga$/);
    await page.keyboard.type(String(lediga));
    await chooseRadio(page, 'nej');
    await tabTo(page, /^Uppdatera$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(LEDIGA_TACK_URL);
    expect(await publicPlatser(slug)).toMatchObject({ lediga, ko: false });
    expect(await axeViolations(page)).toEqual([]);
  });
});
