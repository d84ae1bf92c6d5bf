/**
 * The redaktion's intake buttons in the real admin panel (the built bundle, served by
 * the CMS, driven in Debian's Chromium): a Redaktör turns a förslag into a draft and a
 * visitor's question into an FAQ draft, issues and revokes an inlämningsnyckel; a refused call shows the server's message;
 * a Skribent gets no buttons. The admin bundle comes from the global setup (built when out of date, ~45 s).
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATERKOPPLING,
  applyUrl,
  compareUrl,
  FORSLAG,
  FRAGA,
  INLAMNINGSNYCKEL,
  INSATS,
  NEW_KEY_URL,
  ORGANISATION,
} from '../src/admin/intake/rules.ts';
import { type Browser, type BrowserContext, launchChromium, logInToAdmin, type Page } from './support/browser.ts';
import { createEditor, postForslag, sendForslag } from './support/editors.ts';

const OWN_ORG = 'linkopings-kommun';
const list = (uid: string) => `/content-manager/collection-types/${uid}`;
const WAIT = { timeout: 30_000 };

describe('intake buttons in the admin panel', () => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let browser: Browser;
  let orgId: string;
  let nyckel: string;

  const forslagByKvitto = async (kvitto: string) =>
    (
      await superAdmin.get<{ results: { documentId: string; behandling: string; insats?: unknown }[] }>(
        `${list(FORSLAG)}?filters[kvitto][$eq]=${kvitto}`,
      )
    ).results[0] as { documentId: string; behandling: string };

  /** Each editor's session after their first login: the admin limits logins per account, so later tests reuse it. */
  const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

  /** A fresh browser page logged in as `email`, with the admin's own login form the first time. */
  async function loggedIn(email: string): Promise<{ page: Page; puts: string[] }> {
    const saved = sessions.get(email);
    const context = await browser.newContext({ baseURL: cms.url, ...(saved ? { storageState: saved } : {}) });
    const page = await context.newPage();
    const puts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT') puts.push(r.url());
    });
    if (saved) {
      await page.goto('/admin');
      await page.waitForURL((url) => !url.pathname.includes('/auth/'), WAIT);
      return { page, puts };
    }
    await logInToAdmin(page, email);
    sessions.set(email, await context.storageState());
    return { page, puts };
  }
  const openEntry = async (page: Page, uid: string, documentId: string) => {
    await page.goto(`/admin${list(uid)}/${documentId}`);
    // The edit panel's own save button (in Swedish) tells that the entry and its actions have rendered.
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
  };

  beforeAll(async () => {
    cms = await startTempStrapi({ env: { SERVE_ADMIN: 'true', VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor');
    const skribent = await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent');
    const orgs = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${list(ORGANISATION)}?pageSize=100`);
    orgId = orgs.results.find((o) => o.slug === OWN_ORG)?.documentId ?? '';
    const link = await superAdmin.request('PUT', `${list(ORGANISATION)}/${orgId}`, { skribenter: { connect: [{ id: skribent.id }] } });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const issued = await superAdmin.request('POST', NEW_KEY_URL, { organisation: OWN_ORG });
    nyckel = (issued.body as { data: { nyckel: string } }).data.nyckel;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.dispose();
  });

  it('turns a new förslag into a draft insats and links to it, in Swedish', async () => {
    const kvitto = await sendForslag(cms.url, nyckel, { namn: 'Trädgårdsgruppen i Ekdalen' });
    const forslag = await forslagByKvitto(kvitto);
    const { page, puts } = await loggedIn('redaktor@example.se');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await openEntry(page, FORSLAG, forslag.documentId);

    await page.getByRole('button', { name: 'Skapa utkast av förslaget' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent(), WAIT).toContain('Inget publiceras');
    await dialog.getByRole('button', { name: 'Skapa utkast' }).click();
    await dialog.getByRole('heading', { name: 'Utkastet är skapat' }).waitFor(WAIT);
    expect(await dialog.textContent()).toContain(kvitto);
    // Opening the dialog saved nothing: the förslag was changed by Tillämpa alone.
    expect(puts).toEqual([]);

    const after = await forslagByKvitto(kvitto);
    expect(after.behandling).toBe('behandlad');
    await dialog.getByRole('link', { name: 'Öppna utkastet' }).click();
    await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::insats\.insats\/[a-z0-9]+/, WAIT);
    await expect.poll(() => page.locator('input[name=namn]').inputValue(), WAIT).toBe('Trädgårdsgruppen i Ekdalen');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Back on the förslag: it is behandlad, so there is nothing left to apply.
    await openEntry(page, FORSLAG, forslag.documentId);
    expect(await page.getByRole('button', { name: 'Skapa utkast av förslaget' }).count()).toBe(0);
    await page.context().close();
  });

  it('turns a visitor’s question into a draft Vanlig fråga with one click, and opens it', async () => {
    const fraga = 'Får jag ha kvar bostadsbidraget när jag börjar arbetsträna?';
    const sent = await fetch(`${cms.url}/api/intake/aterkoppling`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ typ: 'fraga', sida: '/vanliga-fragor', kommentar: fraga }),
    });
    expect(sent.status).toBe(201);
    const stored = await superAdmin.get<{ results: { documentId: string; kommentar: string | null }[] }>(
      `${list(ATERKOPPLING)}?pageSize=100`,
    );
    const question = stored.results.find((e) => e.kommentar === fraga) as { documentId: string };
    const { page, puts } = await loggedIn('redaktor@example.se');
    await page.goto(`/admin${list(ATERKOPPLING)}/${question.documentId}`);
    await page.getByRole('button', { name: 'Gör ett FAQ-utkast' }).click(WAIT);
    await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::fraga\.fraga\/[a-z0-9]+/, WAIT);
    await expect.poll(() => page.locator('input[name=fraga]').inputValue(), WAIT).toBe(fraga);
    await expect.poll(() => page.getByText(/Skriv svaret, välj ämne/).count(), WAIT).toBeGreaterThan(0);
    expect(puts).toEqual([]);

    // Pressed again, from the question: the same draft opens, and there is still one.
    const first = page.url();
    await page.goto(`/admin${list(ATERKOPPLING)}/${question.documentId}`);
    await page.getByRole('button', { name: 'Gör ett FAQ-utkast' }).click(WAIT);
    await page.waitForURL((url) => url.pathname === new URL(first).pathname, WAIT);
    const drafts = await superAdmin.get<{ results: { fraga: string; status: string }[] }>(`${list(FRAGA)}?pageSize=100&locale=sv`);
    expect(drafts.results.filter((d) => d.fraga === fraga)).toEqual([expect.objectContaining({ status: 'draft' })]);
    await page.context().close();
  });

  it('shows what a change would replace in the draft, and applies it only as compared', async () => {
    const insatser = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${list(INSATS)}?pageSize=100`);
    const jonsbo = insatser.results.find((i) => i.slug === 'jonsbo') as { documentId: string };
    // The redaktion has started on the draft: a change that is not published yet.
    const started = await superAdmin.request('PUT', `${list(INSATS)}/${jonsbo.documentId}`, {
      sammanfattning: 'Redaktionens opublicerade text.',
    });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    const send = async (sammanfattning: string) => {
      const sent = await postForslag(cms.url, nyckel, {}, { typ: 'andring', insats: 'jonsbo', uppgifter: { sammanfattning } });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
      const kvitto = sent.body.kvitto as string;
      return { ...(await forslagByKvitto(kvitto)), kvitto };
    };

    // Without having compared, the redaktion's work is not replaced: 409, the field named.
    const blind = await send('Organisationens första text.');
    const refused = await superAdmin.request('POST', applyUrl(blind.documentId));
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toContain('Sammanfattning');
    // Compared against a draft that has changed since: 409 too.
    const seen = (await superAdmin.get<{ data: { utkastVersion: string } }>(compareUrl(blind.documentId))).data.utkastVersion;
    await superAdmin.request('PUT', `${list(INSATS)}/${jonsbo.documentId}`, { sammanfattning: 'Redaktionens opublicerade text.' });
    const stale = await superAdmin.request('POST', applyUrl(blind.documentId), { utkastVersion: seen });
    expect(stale.status).toBe(409);
    expect((await forslagByKvitto(blind.kvitto)).behandling).toBe('ny');

    const forslag = await send('Organisationens nya sammanfattning.');
    const { page } = await loggedIn('redaktor@example.se');
    await openEntry(page, FORSLAG, forslag.documentId);
    await page.getByRole('button', { name: 'För in ändringen i insatsens utkast' }).click();
    const dialog = page.getByRole('dialog');
    // The design system's table is an ARIA grid.
    const table = dialog.locator('table');
    await table.waitFor(WAIT);
    const row = table.locator('tr', { hasText: 'Sammanfattning' });
    expect(await row.textContent()).toContain('Redaktionens opublicerade text.');
    expect(await row.textContent()).toContain('Organisationens nya sammanfattning.');
    expect(await dialog.textContent()).toContain('inte är publicerade');
    await dialog.getByRole('button', { name: 'För in ändringen', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Ändringen finns i utkastet' }).waitFor(WAIT);
    const draft = await superAdmin.get<{ data: { sammanfattning: string } }>(`${list(INSATS)}/${jonsbo.documentId}`);
    expect(draft.data.sammanfattning).toBe('Organisationens nya sammanfattning.');
    await page.context().close();
  });

  it('shows the server’s message when the förslag was applied meanwhile, and then hides the button', async () => {
    const kvitto = await sendForslag(cms.url, nyckel, { namn: 'Samtidigt behandlad' });
    const forslag = await forslagByKvitto(kvitto);
    const { page } = await loggedIn('redaktor@example.se');
    await openEntry(page, FORSLAG, forslag.documentId);
    // Another editor applies it while this page is open.
    expect((await superAdmin.request('POST', applyUrl(forslag.documentId))).status).toBe(200);

    await page.getByRole('button', { name: 'Skapa utkast av förslaget' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skapa utkast' }).click();
    await expect.poll(() => page.getByText(`Förslaget ${kvitto} är redan behandlad.`).count(), WAIT).toBeGreaterThan(0);
    // The page reloads the förslag, so it shows what happened and offers nothing more.
    await expect.poll(() => page.getByRole('button', { name: 'Skapa utkast av förslaget' }).count(), WAIT).toBe(0);
    await page.context().close();
  });

  it('issues a new key once, with a warning, and the old key stops working', async () => {
    const { page } = await loggedIn('redaktor@example.se');
    await openEntry(page, ORGANISATION, orgId);
    await page.getByRole('button', { name: 'Skapa ny inlämningsnyckel' }).click();

    const dialog = page.getByRole('dialog');
    // The organisation has a key: the warning names it.
    await expect.poll(() => dialog.textContent(), WAIT).toContain(`Den gamla nyckeln (${nyckel.slice(0, 10)}…, skapad`);
    expect(await dialog.textContent()).toContain('slutar gälla');
    await dialog.getByRole('button', { name: 'Skapa ny nyckel' }).click();
    const field = dialog.getByLabel('Inlämningsnyckel');
    await field.waitFor(WAIT);
    const shown = await field.inputValue();
    expect(shown).toMatch(/^vg_[A-Za-z0-9_-]{32}$/);
    expect(await dialog.textContent()).toContain('Den visas bara den här gången');

    // The new key is accepted, the old one refused.
    expect(await sendForslag(cms.url, shown, { namn: 'Med den nya nyckeln' })).toMatch(/^VG-/);
    expect((await postForslag(cms.url, nyckel, { namn: 'Med den gamla nyckeln' })).status).toBe(403);
    nyckel = shown;

    // Closed, the key is gone: the action starts over from the warning.
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByText(shown).count()).toBe(0);
    await page.context().close();
  });

  it('gives a Skribent none of the buttons, on their own organisation’s förslag either', async () => {
    const kvitto = await sendForslag(cms.url, nyckel, { namn: 'Skribentens organisation' });
    const forslag = await forslagByKvitto(kvitto);
    const { page } = await loggedIn('skribent@example.se');
    // The Skribent may read the förslag (it is their organisation's) and the organisation, read-only.
    await openEntry(page, FORSLAG, forslag.documentId);
    expect(await page.locator('input[name=kvitto]').inputValue()).toBe(kvitto);
    expect(await page.getByRole('button', { name: 'Skapa utkast av förslaget' }).count()).toBe(0);
    await openEntry(page, ORGANISATION, orgId);
    expect(await page.getByRole('button', { name: 'Skapa ny inlämningsnyckel' }).count()).toBe(0);
    await page.context().close();
  });

  it('revokes a key after asking', async () => {
    const keys = await superAdmin.get<{ results: { documentId: string; aktiv: boolean }[] }>(
      `${list(INLAMNINGSNYCKEL)}?pageSize=100&filters[aktiv][$eq]=true`,
    );
    const key = keys.results[0] as { documentId: string };
    const { page } = await loggedIn('redaktor@example.se');
    await page.goto(`/admin${list(INLAMNINGSNYCKEL)}/${key.documentId}`);
    await page.getByRole('button', { name: 'Återkalla nyckeln' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect.poll(() => dialog.textContent(), WAIT).toContain('slutar gälla direkt');
    await dialog.getByRole('button', { name: 'Återkalla' }).click();
    await expect.poll(() => page.getByText(/är återkallad/).count(), WAIT).toBeGreaterThan(0);
    const after = await superAdmin.get<{ data: { aktiv: boolean } }>(`${list(INLAMNINGSNYCKEL)}/${key.documentId}`);
    expect(after.data.aktiv).toBe(false);
    await page.context().close();
  });
});
