/**
 * "Att granska" on the admin's start page, in the real admin panel (the built bundle, served by
 * the CMS, driven in Debian's Chromium): a Redaktör sees an insats whose review is long overdue,
 * one click opens it, one click marks it reviewed — the draft's *senast granskad* becomes today and
 * records who, and the entry leaves the list. A Skribent's list holds only their own
 * organisation's insatser.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { swedishToday } from '@vg/shared-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueText, markLabel, WIDGET } from '../src/admin/granskning/rules.ts';
import { INSATS, ORGANISATION } from '../src/admin/intake/rules.ts';
import { type Browser, launchChromium, logInToAdmin, type Page } from './support/browser.ts';
import { createEditor } from './support/editors.ts';

const OWN_ORG = 'linkopings-kommun';
const list = (uid: string) => `/content-manager/collection-types/${uid}`;
const WAIT = { timeout: 30_000 };
/** Reviewed long ago: first in every list, whatever day the test runs. */
const LONG_AGO = '2020-01-15';

interface Insats {
  documentId: string;
  namn: string;
  senastGranskad: string | null;
  organisation?: { slug?: string } | null;
}

describe('the review list on the admin’s start page', () => {
  let cms: TempStrapi;
  let browser: Browser;
  let superAdmin: AdminApi;
  let redaktorId: number;
  let own: Insats;
  let own2: Insats;
  let other: Insats;
  const today = swedishToday();

  beforeAll(async () => {
    cms = await startTempStrapi({ env: { SERVE_ADMIN: 'true', VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    redaktorId = (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).id;
    const skribent = await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent');
    const orgs = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${list(ORGANISATION)}?pageSize=100`);
    const orgId = orgs.results.find((o) => o.slug === OWN_ORG)?.documentId ?? '';
    const link = await superAdmin.request('PUT', `${list(ORGANISATION)}/${orgId}`, { skribenter: { connect: [{ id: skribent.id }] } });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const insatser = await superAdmin.get<{ results: Insats[] }>(`${list(INSATS)}?pageSize=100&populate[organisation][fields][0]=slug`);
    [own, own2] = insatser.results.filter((i) => i.organisation?.slug === OWN_ORG) as [Insats, Insats];
    other = insatser.results.find((i) => i.organisation?.slug && i.organisation.slug !== OWN_ORG) as Insats;
    expect(own && own2 && other).toBeTruthy();
    for (const entry of [own, own2, other]) {
      const put = await superAdmin.request('PUT', `${list(INSATS)}/${entry.documentId}`, {
        senastGranskad: LONG_AGO,
        granskningsintervallManader: 12,
      });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.dispose();
  });

  /** A fresh page logged in with the admin's own form, on the start page; with the requests that failed. */
  async function startPage(email: string): Promise<{ page: Page; failed: string[] }> {
    const context = await browser.newContext({ baseURL: cms.url });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    page.on('pageerror', (e) => failed.push(`pageerror ${e.message}`));
    await logInToAdmin(page, email);
    const listed = page.waitForResponse((r) => r.url().includes('/granskning/att-granska'), WAIT);
    await page.goto('/admin');
    expect((await listed).status()).toBe(200);
    return { page, failed };
  }
  const reviewList = (page: Page) => page.getByRole('list', { name: WIDGET.title });
  const draft = async (documentId: string) => (await superAdmin.get<{ data: Insats }>(`${list(INSATS)}/${documentId}`)).data.senastGranskad;

  it('takes a Redaktör to an overdue entry in one click, marks it reviewed in one, and drops it from the list', async () => {
    const { page, failed } = await startPage('redaktor@example.se');
    const items = reviewList(page);
    await items.waitFor(WAIT);
    const row = items.getByRole('listitem').filter({ has: page.getByRole('link', { name: own.namn, exact: true }) });
    await row.waitFor(WAIT);
    const due = dueText({ nastaGranskning: '2021-01-15', dagar: -1 }).split(' (')[0] ?? '';
    expect(await row.textContent()).toContain(due);

    // One click to the entry, and back.
    await row.getByRole('link', { name: own.namn, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/admin${list(INSATS)}/${own.documentId}`, WAIT);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
    await page.goBack();
    await items.waitFor(WAIT);

    // One click to mark it reviewed.
    const marked = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/granskning/markera-granskad'), WAIT);
    await page.getByRole('button', { name: markLabel({ titel: own.namn, typnamn: 'Insats' }) }).click();
    expect((await marked).status()).toBe(200);
    await expect
      .poll(() => page.getByRole('status').allTextContents(), WAIT)
      .toContainEqual(expect.stringContaining(`"${own.namn}" är markerad som granskad ${today}`));
    await expect.poll(() => items.getByRole('link', { name: own.namn, exact: true }).count(), WAIT).toBe(0);
    // The pressed button left with its row: focus is on the answer, so it is read out and scrolled into view.
    expect(await page.locator(':focus').textContent()).toContain('är markerad som granskad');
    // The other overdue insats is still there.
    expect(await items.getByRole('link', { name: other.namn, exact: true }).count()).toBe(1);

    // The date changed in the draft, with who reviewed it; the entry's page shows it.
    expect(await draft(own.documentId)).toBe(today);
    const who = await superAdmin.get<{ results: { id: number }[] }>(
      `/content-manager/relations/${INSATS}/${own.documentId}/granskadAv?status=draft`,
    );
    expect(who.results.map((u) => u.id)).toEqual([redaktorId]);
    await page.goto(`/admin${list(INSATS)}/${own.documentId}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
    const [y, m, d] = today.split('-');
    await expect
      .poll(() => page.locator('input[name=senastGranskad]').inputValue(), WAIT)
      .toMatch(new RegExp(`${y}.${m}.${d}|${d}.${m}.${y}|${Number(m)}/${Number(d)}/${y}`));
    expect(failed.filter((f) => !f.startsWith('404 '))).toEqual([]);
    await page.context().close();
  });

  it('shows a Skribent only their own organisation’s insatser', async () => {
    const { page, failed } = await startPage('skribent@example.se');
    const items = reviewList(page);
    await items.waitFor(WAIT);
    // Their own organisation's overdue insats is there; the other organisation's never is.
    await items.getByRole('link', { name: own2.namn, exact: true }).waitFor(WAIT);
    expect(await items.getByRole('link', { name: other.namn, exact: true }).count()).toBe(0);
    expect(failed.filter((f) => !f.startsWith('404 '))).toEqual([]);
    await page.context().close();
  });
});
