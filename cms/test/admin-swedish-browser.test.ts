/**
 * What a new editor sees in the real admin (the built bundle, served by the CMS, in Debian's
 * Chromium): Swedish throughout, select options by their Swedish names, the municipality picker
 * listing and finding names, the organisation page saying whether a submission key works, and the
 * link dialog saying why it will not take an address.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY } from '../src/admin/felsammanfattning/rules.ts';
import { INSATS, ORGANISATION } from '../src/admin/intake/rules.ts';
import { type Browser, launchChromium, logInToAdmin, type Page } from './support/browser.ts';
import { createEditor } from './support/editors.ts';

const list = (uid: string) => `/content-manager/collection-types/${uid}`;
const WAIT = { timeout: 30_000 };

describe('the admin as a new editor sees it', () => {
  let cms: TempStrapi;
  let browser: Browser;
  let page: Page;
  let insatsId: string;
  let stodform: string;
  let orgId: string;
  let contactInsatsId: string;

  beforeAll(async () => {
    cms = await startTempStrapi({ env: { SERVE_ADMIN: 'true', VG_SEED_DEMO: 'true' } });
    const superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor');
    const insatser = await superAdmin.get<{ results: { documentId: string; stodform: string }[] }>(`${list(INSATS)}?pageSize=1`);
    insatsId = insatser.results[0]?.documentId ?? '';
    stodform = insatser.results[0]?.stodform ?? '';
    const withContact = await superAdmin.get<{ results: { documentId: string }[] }>(
      `${list(INSATS)}?pageSize=1&filters[kontakt][webb][$notNull]=true`,
    );
    contactInsatsId = withContact.results[0]?.documentId ?? '';
    const orgs = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${list(ORGANISATION)}?pageSize=100`);
    orgId = orgs.results.find((o) => o.slug === 'linkopings-kommun')?.documentId ?? '';
    expect(insatsId && stodform && orgId && contactInsatsId).toBeTruthy();
    browser = await launchChromium();
    const context = await browser.newContext({ baseURL: cms.url, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await logInToAdmin(page, 'redaktor@example.se');
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.dispose();
  });

  it('greets the editor in Swedish on the home page', async () => {
    await page.goto('/admin');
    await page.getByRole('heading', { name: /^Hej / }).waitFor(WAIT);
    await expect.poll(() => page.getByText('Senast ändrade poster').count(), WAIT).toBeGreaterThan(0);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const english of ['Hello', 'Last edited entries', 'Last published entries', 'Introducing the new Media Library'])
      expect(text).not.toContain(english);
  });

  it('shows an insats’s select options and hints in Swedish, and finds a municipality by name', async () => {
    await page.goto(`/admin${list(INSATS)}/${insatsId}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
    const select = page.getByRole('combobox', { name: /^Stödform/ });
    const shown = ((await select.textContent()) ?? '').trim();
    expect(shown).not.toBe(stodform);
    expect(shown).toMatch(/^[A-ZÅÄÖ]/);
    const main = (await page.locator('main').textContent()) ?? '';
    for (const english of ['characters', 'Discard changes', 'Create a relation', 'Modified']) expect(main).not.toContain(english);
    expect(main).toMatch(/högst \d+ tecken/);

    // The municipality picker lists names and searches them.
    const picker = page.getByRole('combobox', { name: /^Kommuner/ });
    await picker.click();
    await picker.fill('Kinda');
    await expect.poll(() => page.getByRole('option', { name: /Kinda/ }).count(), WAIT).toBeGreaterThan(0);
    expect(await page.getByRole('option', { name: /^\d{4}$/ }).count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('takes a date typed into "Senast granskad" and lets Tab move on, not only one picked in the calendar', async () => {
    await page.goto(`/admin${list(INSATS)}/${insatsId}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
    const date = page.getByRole('combobox', { name: /^Senast granskad/ });
    await date.click();
    await date.press('ControlOrMeta+a');
    await date.press('Backspace');
    await date.pressSequentially('2026-10-07');
    // Typing opens the calendar; Strapi's picker alone would swallow Tab here and keep the date untaken.
    expect(await date.getAttribute('aria-expanded')).toBe('true');
    await date.press('Tab');
    await expect.poll(() => date.evaluate((el) => el.matches(':focus')), WAIT).toBe(false);
    expect(await date.getAttribute('aria-expanded')).toBe('false');
    expect(await date.inputValue()).toBe('2026-10-07');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(insatsId), WAIT);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    const body = (await (await saved).json()) as { data: { senastGranskad: string } };
    expect(body.data.senastGranskad).toBe('2026-10-07');
  });

  it('says at the link dialog’s address field why Spara is greyed out, and what to write instead', async () => {
    await page.goto(`/admin${list(INSATS)}/${insatsId}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
    const editor = page.locator('[contenteditable="true"][role="textbox"]').first();
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Länk', exact: true }).first().click();
    const dialog = page.getByRole('dialog').filter({ has: page.locator('input[name="url"]') });
    const url = dialog.locator('input[name="url"]');
    await url.waitFor(WAIT);
    const save = dialog.getByRole('button').last();
    // Strapi keeps Spara greyed out while the link text is empty. The text comes from the editor's
    // selection, which a click on a loaded machine can leave empty, so give it one as an editor would.
    await dialog.locator('input[name="text"]').fill('Försäkringskassan');

    await url.fill('www.forsakringskassan.se');
    const hint = dialog.getByText('Adressen saknar https:// i början. Skriv https://www.forsakringskassan.se.');
    await hint.waitFor(WAIT);
    expect(await save.isDisabled()).toBe(true);
    // Read out with the field and with the silent button.
    const hintId = await hint.getAttribute('id');
    expect(await url.getAttribute('aria-describedby')).toContain(hintId);
    expect(await save.getAttribute('aria-describedby')).toContain(hintId);
    expect(await url.getAttribute('aria-invalid')).toBe('true');

    // Strapi's own check lets http through to a refused save: the advice comes before that.
    await url.fill('http://www.forsakringskassan.se');
    await dialog.getByText(/^Länkar sparas bara med https:\/\//).waitFor(WAIT);

    await url.fill('https://www.forsakringskassan.se');
    await expect.poll(() => hint.count(), WAIT).toBe(0);
    expect(await url.getAttribute('aria-invalid')).toBeNull();
    // Strapi enables Spara on its own render after the address changes: wait for it.
    await expect.poll(() => save.isDisabled(), WAIT).toBe(false);
    await page.keyboard.press('Escape');
  });

  it('lists insatser with one status column (the publishing one), and headers in Swedish', async () => {
    await page.goto(`/admin${list(INSATS)}`);
    await page.locator('tbody tr').first().waitFor(WAIT);
    const headers = (await page.locator('thead th').allTextContents()).map((t) => t.trim());
    expect(headers.filter((h) => /status$/i.test(h))).toHaveLength(1);
    expect(headers).toContain('Senast granskad');
    expect(headers.filter((h) => /available/i.test(h))).toEqual([]);
    // At 1280 px the publishing status is in view without scrolling the table sideways.
    const status = page
      .locator('tbody tr')
      .first()
      .getByText(/^(Publicerad|Ändrad|Utkast)$/);
    const [box, view] = await Promise.all([
      status.boundingBox(),
      page.locator('table').evaluate((t) => t.parentElement?.getBoundingClientRect().right ?? 0),
    ]);
    expect(box && box.x + box.width).toBeLessThanOrEqual(view);
    // Languages by name, in Swedish; dates without the weekday.
    const row = (await page.locator('tbody tr').first().textContent()) ?? '';
    expect(row).toContain('svenska');
    expect(row).not.toMatch(/default|\(sv\)|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag/);
  });

  it('tells on the organisation page whether a submission key works', async () => {
    await page.goto(`/admin${list(ORGANISATION)}/${orgId}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
    await expect
      .poll(async () => (await page.locator('aside').allTextContents()).join(' '), WAIT)
      .toMatch(/Organisationen har (en|ingen) nyckel som gäller/);
  });

  it('keeps a refused save’s problems beside the form, under the field’s label, with a way to the field', async () => {
    await page.goto(`/admin${list(INSATS)}/${contactInsatsId}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
    const webb = page.locator('input[name="kontakt.webb"]');
    // Passes the admin's own check (it starts with https://); the CMS refuses it on save.
    await webb.fill('https://namn:losen@exempel.se');
    const refused = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(contactInsatsId), WAIT);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect((await refused).status()).toBe(400);

    const summary = page.locator('aside').filter({ has: page.getByRole('heading', { name: SUMMARY.title, level: 2 }) });
    await summary.waitFor(WAIT);
    expect(await summary.textContent()).toContain(SUMMARY.intro(1));
    expect(await summary.textContent()).toContain('får inte innehålla användarnamn eller lösenord');
    // Still there once the toast has gone.
    await page.waitForTimeout(8_000);
    expect(await summary.isVisible()).toBe(true);
    // One click to the field.
    await summary.getByRole('link', { name: /^Gå till Kontakt/ }).click();
    await expect.poll(() => webb.evaluate((el) => el.matches(':focus')), WAIT).toBe(true);

    // Fixed and saved: the list goes.
    await webb.fill('https://exempel.se');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(contactInsatsId), WAIT);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => summary.count(), WAIT).toBe(0);
  });
});
