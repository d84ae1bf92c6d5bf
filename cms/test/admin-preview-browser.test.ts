/**
 * Preview in the real admin panel (the built bundle, served by the CMS, driven in Debian's
 * Chromium), with the real preview service beside it: a Redaktör changes an insats, saves without
 * publishing, presses Förhandsvisa and reads the changed text on the site's own page, styled as
 * the site — while the public API and a site built from the published content still show the old
 * text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { findFreePort } from '@vg/scripts/lib/ports.ts';
import { type PublishedSite, publishedSiteOf, startPreviewFor } from '@vg/scripts/preview/beside-test-cms.ts';
import type { PreviewService } from '@vg/scripts/preview/preview-service.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSATS } from '../src/admin/intake/rules.ts';
import { type Browser, launchChromium, logInToAdmin } from './support/browser.ts';
import { createEditor } from './support/editors.ts';

const list = (uid: string) => `/content-manager/collection-types/${uid}`;
const WAIT = { timeout: 30_000 };
const DRAFT_TEXT = 'Utkast: vi har flyttat till nya lokaler på Storgatan.';

interface Insats {
  documentId: string;
  slug: string;
  namn: string;
  sammanfattning: string;
}

describe('Preview in the admin', () => {
  let cms: TempStrapi;
  let browser: Browser;
  let published: PublishedSite;
  let service: PreviewService;
  let insats: Insats;

  beforeAll(async () => {
    const port = await findFreePort();
    cms = await startTempStrapi({ env: { SERVE_ADMIN: 'true', VG_SEED_DEMO: 'true', VG_PREVIEW_URL: `http://127.0.0.1:${port}` } });
    const superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor');
    insats = (await superAdmin.get<{ results: Insats[] }>(`${list(INSATS)}?pageSize=1&sort=slug:asc`)).results[0] as Insats;
    published = await publishedSiteOf(cms.url, { build: true });
    service = await startPreviewFor(cms.url, port, published);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
    await cms?.dispose();
    published?.dispose();
  });

  it('shows a saved draft as the site’s page, styled as the site, and nowhere public', async () => {
    const context = await browser.newContext({ baseURL: cms.url, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logInToAdmin(page, 'redaktor@example.se');
    await page.goto(`/admin${list(INSATS)}/${insats.documentId}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);

    const summary = page.locator('textarea[name=sammanfattning], input[name=sammanfattning]');
    await summary.fill(DRAFT_TEXT);
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(insats.documentId), WAIT);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect((await saved).status()).toBe(200);

    await page
      .getByRole('link', { name: 'Förhandsvisa' })
      .or(page.getByRole('button', { name: 'Förhandsvisa' }))
      .first()
      .click();
    const frameElement = page.getByTitle('Förhandsvisning');
    await frameElement.waitFor(WAIT);
    const frame = page.frameLocator('iframe[title="Förhandsvisning"]');
    await frame.getByText(DRAFT_TEXT).first().waitFor(WAIT);
    await frame.getByRole('heading', { level: 1, name: insats.namn }).waitFor(WAIT);
    await frame.getByText('Förhandsvisning av ett utkast.').waitFor(WAIT);
    // The site's stylesheets, from its build, are applied: the page's layout is the site's, not the browser's.
    const sheets = await frame
      .locator('html')
      .evaluate((html) =>
        [...html.ownerDocument.styleSheets].map((s) => ({ href: s.href ?? '', rules: s.cssRules.length })).filter((s) => s.rules > 0),
      );
    expect(sheets.some((s) => s.href.includes('/_astro/'))).toBe(true);
    await page.screenshot({ path: '/tmp/me-forhandsvisning.png' });

    // Nowhere public: not in the API, not in a site built from what is published now.
    const api = await fetch(`${cms.url}/api/insatser?filters[documentId][$eq]=${insats.documentId}`);
    expect(await api.text()).not.toContain(DRAFT_TEXT);
    const now = await publishedSiteOf(cms.url, { build: true });
    try {
      const built = fs.readFileSync(path.join(now.distDir, 'vagval', insats.slug, 'index.html'), 'utf8');
      expect(built).toContain(insats.namn);
      expect(built).not.toContain(DRAFT_TEXT);
    } finally {
      now.dispose();
    }
    await context.close();
  });
});
