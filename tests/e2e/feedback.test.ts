/**
 * Visitor feedback end to end: the site built to post to a real CMS, served on a free port that
 * the CMS redirects back to, used in Debian's Chromium with JavaScript off, as on any content page.
 * "Hittade du det du sökte?" on an insats page, the accessibility report on the statement,
 * Ställ en fråga on the FAQ, the thank-you and error pages (their small scripts with JavaScript
 * on), and axe on all of them.
 */
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { CHROMIUM_ARGS, ensureChromium } from '@vg/scripts/lib/chromium.ts';
import { buildSite } from '@vg/scripts/site/build-site.ts';
import { createStaticServer } from '@vg/scripts/site/static-server.ts';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser/support/axe.ts';
import { FIXTURE_SNAPSHOT } from '../browser/support/built-site.ts';

const ATERKOPPLING = '/content-manager/collection-types/api::aterkoppling.aterkoppling';
const INSATS_PAGE = '/vagval/jonsbo';
const STATEMENT = '/tillganglighetsredogorelse';
const FAQ = '/vanliga-fragor';

interface Stored {
  typ: string;
  sida: string;
  svar: string | null;
  kommentar: string | null;
}

describe('visitor feedback: site → CMS, without JavaScript', () => {
  let dir: string;
  let server: http.Server;
  let base: string;
  let cms: TempStrapi;
  let admin: AdminApi;
  let browser: Browser;
  let noJs: BrowserContext;
  /** For the pages' small scripts and for axe, which runs inside the page. */
  let withJs: BrowserContext;

  const siteDir = () => path.join(dir, 'site');
  const stored = async (): Promise<Stored[]> =>
    (await admin.get<{ results: Stored[] }>(`${ATERKOPPLING}?page=1&pageSize=100&sort=id:asc`)).results.map(
      ({ typ, sida, svar, kommentar }) => ({ typ, sida, svar, kommentar }),
    );
  const open = async (context: BrowserContext, url: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${base}${url}`);
    return page;
  };
  /** The focused element, and whether it shows a focus indicator (an outline or a box-shadow ring). */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('value') ? `=${el.getAttribute('value')}` : ''}${ring ? '' : ' (no focus ring)'}`;
    });
  /** A plain form POST as a browser sends it, from its own client address (so rate limits stay apart); the CMS's redirect. */
  const postForm = async (fields: Record<string, string>, ip: string) => {
    const res = await fetch(`${cms.url}/api/intake/aterkoppling`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
      body: new URLSearchParams(fields).toString(),
    });
    expect(res.status).toBe(303);
    return res.headers.get('location') ?? '';
  };

  beforeAll(async () => {
    const executablePath = ensureChromium();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-feedback-'));
    // The server comes first: the CMS must know the site's address to send visitors back to it.
    server = createStaticServer(siteDir());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    cms = await startTempStrapi({ env: { VG_SITE_URL: base, VG_TRUSTED_PROXIES: '1' } });
    admin = await AdminApi.registerFirstAdmin(cms.url);
    await buildSite(siteDir(), { SNAPSHOT_PATH: FIXTURE_SNAPSHOT, VG_CMS_PUBLIC_URL: cms.url, NODE_ENV: 'production' });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    noJs = await browser.newContext({ javaScriptEnabled: false });
    withJs = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    await cms?.dispose();
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(`${siteDir()}.astro-cache`, { recursive: true, force: true });
    }
  });

  it('"Nej" with a comment on an insats page lands on the thank-you page and is stored once, as sent', async () => {
    const comment = 'Jag hittade inte när man kan börja. Står det någonstans?';
    const page = await open(noJs, INSATS_PAGE);
    const form = page.getByRole('form', { name: 'Hittade du det du sökte?' });
    expect(await form.getByRole('group', { name: 'Hittade du det du sökte?' }).count()).toBe(1);
    await form.getByText('Vill du berätta mer?').click();
    await form.getByLabel('Din kommentar (frivilligt)').fill(comment);
    await form.getByRole('button', { name: 'Nej', exact: true }).click();
    await page.waitForURL(`${base}/aterkoppling/tack?typ=hittade-du&sida=%2Fvagval%2Fjonsbo`);
    expect(await page.locator('h1').textContent()).toBe('Tack för att du hörde av dig');
    // Without JavaScript there is no back link, only the way to the start page.
    expect(await page.getByRole('link', { name: 'Tillbaka till sidan du kom från' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Gå till startsidan' }).isVisible()).toBe(true);
    expect(await stored()).toEqual([{ typ: 'hittade-du', sida: INSATS_PAGE, svar: 'nej', kommentar: comment }]);
    await page.close();
  });

  it('works with the keyboard alone: open the comment, type, Tab to Ja, Enter — focus always visible', async () => {
    const page = await open(withJs, INSATS_PAGE);
    const focus = () => focused(page);
    await page.getByText('Vill du berätta mer?').focus();
    expect(await focus()).toBe('summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focus()).toBe('textarea#hittade-du-kommentar');
    await page.keyboard.type('Bra och tydlig sida.');
    await page.keyboard.press('Tab');
    expect(await focus()).toBe('button=ja');
    await page.keyboard.press('Tab');
    expect(await focus()).toBe('button=nej');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aterkoppling\/tack\?/);
    expect((await stored()).at(-1)).toEqual({ typ: 'hittade-du', sida: INSATS_PAGE, svar: 'ja', kommentar: 'Bra och tydlig sida.' });
    await page.close();
  });

  it('the thank-you page links back to the page in the address, and only to a page on this site', async () => {
    const back = async (sida: string) => {
      const page = await open(withJs, `/aterkoppling/tack?typ=hittade-du&sida=${encodeURIComponent(sida)}`);
      await page.waitForLoadState('load');
      const link = page.getByRole('link', { name: 'Tillbaka till sidan du kom från' });
      const href = (await link.count()) === 1 ? await link.getAttribute('href') : null;
      await page.close();
      return href;
    };
    expect(await back(INSATS_PAGE)).toBe(INSATS_PAGE);
    expect(await back('//evil.example/')).toBeNull();
    expect(await back('https://evil.example/')).toBeNull();
    expect(await back('javascript:alert(1)')).toBeNull();
  });

  it('an empty accessibility report is stopped by the browser; nothing is sent', async () => {
    const before = await stored();
    const page = await open(noJs, `${STATEMENT}#rapportera`);
    const form = page.getByRole('form', { name: 'Skriv till oss här' });
    await form.getByRole('button', { name: 'Skicka rapporten' }).click();
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${base}${STATEMENT}#rapportera`);
    expect(await page.locator('#rapport-beskrivning:invalid').count()).toBe(1);
    expect(await stored()).toEqual(before);
    await page.close();
  });

  it('a report with HTML lands on the error page that names the problem; going back keeps the text', async () => {
    const before = await stored();
    const text = 'Knappen fungerar inte <script>alert(1)</script>';
    const page = await open(noJs, `${STATEMENT}#rapportera`);
    await page.getByLabel('Beskriv problemet').fill(text);
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    await page.waitForURL(/\/aterkoppling\/fel\?/);
    const query = new URL(page.url()).searchParams;
    expect([query.get('status'), query.get('kod'), query.getAll('falt')]).toEqual(['400', 'ogiltig', ['kommentar']]);
    expect(page.url()).not.toContain('script');
    expect(await page.title()).toMatch(/^Fel: /);
    expect(await page.locator('[data-orsak="kommentar"]').textContent()).toContain('inte innehåller HTML-kod, till exempel <script>');
    expect(await page.getByText('Gå tillbaka med bakåtknappen — det du skrev finns kvar.').isVisible()).toBe(true);
    expect(await stored()).toEqual(before);

    await page.goBack();
    await page.waitForURL(`${base}${STATEMENT}#rapportera`);
    expect(await page.getByLabel('Beskriv problemet').inputValue()).toBe(text);
    await page.close();

    // With JavaScript the error page keeps only the problem the address names.
    const enhanced = await open(withJs, `/aterkoppling/fel?${query}`);
    await expect.poll(() => enhanced.locator('[data-orsak="svar"]').isVisible()).toBe(false);
    expect(await enhanced.locator('[data-orsak="kommentar"]').isVisible()).toBe(true);
    expect(await enhanced.locator('[data-fel-intro]').textContent()).toBe('Det här blev fel:');
    await enhanced.close();
  });

  it('a valid report is stored with its text, from the statement page', async () => {
    const text = 'På sidan /vagval/jonsbo går knappen Lyssna inte att nå med tangentbordet. Svara gärna på test@example.se.';
    const page = await open(noJs, `${STATEMENT}#rapportera`);
    await page.getByLabel('Beskriv problemet').fill(text);
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    await page.waitForURL(`${base}/aterkoppling/tack?typ=tillganglighet&sida=%2Ftillganglighetsredogorelse`);
    expect((await stored()).filter((s) => s.typ === 'tillganglighet')).toEqual([
      { typ: 'tillganglighet', sida: STATEMENT, svar: null, kommentar: text },
    ]);
    await page.close();
  });

  it('a question from the FAQ lands on the thank-you page and is stored once, as typ fraga from the FAQ', async () => {
    const question = 'Kan jag plugga på halvtid och ha aktivitetsersättning samtidigt?';
    const page = await open(noJs, FAQ);
    const form = page.getByRole('form', { name: 'Ställ en fråga' });
    await form.getByLabel('Din fråga').fill(question);
    await form.getByRole('button', { name: 'Skicka frågan' }).click();
    await page.waitForURL(`${base}/aterkoppling/tack?typ=fraga&sida=%2Fvanliga-fragor`);
    expect(await page.locator('h1').textContent()).toBe('Tack för att du hörde av dig');
    // Without JavaScript the page says what happens to a question along with the other kinds.
    expect(await page.getByText('Om du ställde en fråga: vi svarar inte personligen.').isVisible()).toBe(true);
    expect((await stored()).filter((s) => s.typ === 'fraga')).toEqual([{ typ: 'fraga', sida: FAQ, svar: null, kommentar: question }]);
    await page.close();

    // With JavaScript it keeps only the question's sentence and links back to the FAQ.
    const enhanced = await open(withJs, '/aterkoppling/tack?typ=fraga&sida=%2Fvanliga-fragor');
    await expect.poll(() => enhanced.getByText('Vi svarar inte på kommentarer till frågan').isVisible()).toBe(false);
    expect(await enhanced.getByText('Om du ställde en fråga').isVisible()).toBe(true);
    expect(await enhanced.getByRole('link', { name: 'Tillbaka till sidan du kom från' }).getAttribute('href')).toBe(FAQ);
    await enhanced.close();
  });

  it('a question with a phone number lands on the error page that names the text; nothing is stored; going back keeps it', async () => {
    const before = await stored();
    const question = 'Hur länge får jag vara sjukskriven? Ring mig på 070-123 45 67.';
    const page = await open(noJs, FAQ);
    await page.getByLabel('Din fråga').fill(question);
    await page.getByRole('button', { name: 'Skicka frågan' }).click();
    await page.waitForURL(/\/aterkoppling\/fel\?/);
    const query = new URL(page.url()).searchParams;
    expect([query.get('status'), query.get('kod'), query.getAll('falt')]).toEqual(['400', 'ogiltig', ['kommentar']]);
    // The number never travels on in the address.
    expect(new URL(page.url()).search).not.toContain('070');
    expect(await page.locator('[data-orsak="kommentar"]').textContent()).toContain(
      'inte innehåller personnummer, telefonnummer eller e-postadress när du ställer en fråga',
    );
    expect(await stored()).toEqual(before);

    await page.goBack();
    await page.waitForURL(`${base}${FAQ}`);
    expect(await page.getByLabel('Din fråga').inputValue()).toBe(question);
    await page.close();

    const enhanced = await open(withJs, `/aterkoppling/fel?${query}`);
    await expect.poll(() => enhanced.locator('[data-orsak="svar"]').isVisible()).toBe(false);
    expect(await enhanced.locator('[data-orsak="kommentar"]').isVisible()).toBe(true);
    await enhanced.close();
  });

  it('the question form works with the keyboard alone: from the topics panel, Tab to the text and the button', async () => {
    const question = 'Vem betalar resorna till arbetsträningen?';
    const page = await open(withJs, FAQ);
    await page.getByRole('navigation', { name: 'Ämnen' }).getByRole('link', { name: 'Hittar du inte svaret? Ställ en fråga' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}${FAQ}#stall-en-fraga`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('textarea#stall-en-fraga-text');
    await page.keyboard.type(question);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skicka frågan');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aterkoppling\/tack\?typ=fraga&/);
    expect((await stored()).at(-1)).toEqual({ typ: 'fraga', sida: FAQ, svar: null, kommentar: question });
    await page.close();
  });

  it('the error page explains a missing answer and how long to wait after too many messages', async () => {
    const missing = await postForm({ typ: 'hittade-du', sida: INSATS_PAGE }, '10.9.0.1');
    expect(missing.startsWith(`${base}/aterkoppling/fel?`)).toBe(true);
    const page = await withJs.newPage();
    await page.goto(missing);
    await expect.poll(() => page.locator('[data-orsak="kommentar"]').isVisible()).toBe(false);
    expect(await page.locator('[data-orsak="svar"]').textContent()).toContain('Tryck på Ja eller Nej');

    let limited = '';
    for (let i = 0; i < 40 && !limited.includes('kod=for-manga'); i++) limited = await postForm({}, '10.9.0.2');
    const vanta = Number(new URL(limited).searchParams.get('vanta'));
    expect(vanta).toBeGreaterThan(0);
    await page.goto(limited);
    await expect.poll(() => page.locator('[data-orsak="svar"]').isVisible()).toBe(false);
    const wait = vanta < 60 ? `${vanta} sekund` : `${Math.ceil(vanta / 60)} minut`;
    expect(await page.locator('[data-orsak="for-manga"]').textContent()).toContain(`Vänta ${wait}`);
    await page.close();
  });

  it('the forms stay out of the search index; the page around them does not', () => {
    const dir = path.join(siteDir(), 'pagefind', 'fragment');
    const fragments = fs.readdirSync(dir).map((f) => gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8'));
    const indexed = (url: string) => fragments.find((f) => f.includes(`"url":"${url}/"`)) ?? '';
    expect(indexed(INSATS_PAGE)).toContain('Jonsbo – grön rehabilitering');
    expect(indexed(STATEMENT)).toContain('Rapportera ett tillgänglighetsproblem');
    expect(indexed(FAQ)).toContain('Behöver jag vara inskriven på Arbetsförmedlingen när jag är sjukskriven?');
    for (const text of [
      'Hittade du det du sökte',
      'Vill du berätta mer',
      'personnummer',
      'Beskriv problemet',
      'Skicka rapporten',
      'Frågan är anonym',
      'Skicka frågan',
    ])
      expect(fragments.filter((f) => f.includes(text)).length, text).toBe(0);
  });

  it('axe finds no WCAG 2.2 AA violations: the widget (comment open), the report and question forms, thank-you and error pages', async () => {
    const found: Record<string, string[]> = {};
    const page = await open(withJs, INSATS_PAGE);
    await page.getByText('Vill du berätta mer?').click();
    found.insats = await axeViolations(page);
    const urls = [
      STATEMENT,
      FAQ,
      '/aterkoppling/tack?typ=hittade-du&sida=%2F',
      '/aterkoppling/tack?typ=fraga&sida=%2Fvanliga-fragor',
      '/aterkoppling/fel?status=400&kod=ogiltig&falt=svar',
      '/aterkoppling/fel?status=400&kod=ogiltig&falt=kommentar',
    ];
    for (const url of urls) {
      await page.goto(`${base}${url}`);
      found[url] = await axeViolations(page);
    }
    await page.close();
    expect(found).toEqual({ insats: [], ...Object.fromEntries(urls.map((url) => [url, []])) });
  });
});
