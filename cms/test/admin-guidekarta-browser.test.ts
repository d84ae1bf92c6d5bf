/**
 * Guidekarta in the real admin panel (the built bundle, served by the CMS, driven in Debian's
 * Chromium): a Redaktör finds it in the menu, sees the demo flow drawn with nothing marked, tries
 * a path to an outcome, picks a kommun and reads the insatser the site suggests there with the
 * published demo content (worked out by hand in guidekarta-suggestions.test.ts), and — after a save that leaves a question without its default rule —
 * sees that question marked as a dead end and the outcome only it led to as unreachable. A
 * Skribent, who may not read the guide, gets neither the menu entry nor the flow.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_URL, TEXT } from '../src/admin/guidekarta/rules.ts';
import { type Browser, launchChromium, logInToAdmin, type Page } from './support/browser.ts';
import { createEditor } from './support/editors.ts';

const WAIT = { timeout: 30_000 };
type Draft = Record<string, unknown> & { regler: { fraga: string; villkor: string }[] };

describe('the guide as a map in the admin', () => {
  let cms: TempStrapi;
  let browser: Browser;
  let superAdmin: AdminApi;

  beforeAll(async () => {
    cms = await startTempStrapi({ env: { SERVE_ADMIN: 'true', VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor');
    await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.dispose();
  });

  async function logIn(email: string): Promise<{ page: Page; failed: string[] }> {
    const page = await (await browser.newContext({ baseURL: cms.url, viewport: { width: 1280, height: 900 } })).newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    page.on('pageerror', (e) => failed.push(`pageerror ${e.message}`));
    await logInToAdmin(page, email);
    return { page, failed };
  }
  const node = (page: Page, key: string) => page.locator(`[data-testid=guidekarta-diagram] g[data-nyckel="${key}"]`);

  it('draws the demo flow for a Redaktör, and follows a tried path to its outcome', async () => {
    const { page, failed } = await logIn('redaktor@example.se');
    await page.getByRole('link', { name: TEXT.menu }).click();
    await page.getByRole('heading', { name: TEXT.title }).waitFor(WAIT);
    await page.getByRole('heading', { name: TEXT.allOk }).waitFor(WAIT);
    expect(await page.locator('[data-testid=guidekarta-diagram] g[data-nyckel]').count()).toBe(12);
    expect(await page.locator('[data-testid=guidekarta-diagram] g[data-regel]').count()).toBe(13);
    expect(await page.locator('[data-testid=guidekarta-diagram] g[data-nyckel]:not([data-status=ok])').count()).toBe(0);

    const status = page.locator('[aria-labelledby=vg-prova] [role=status]');
    const section = page.locator('[aria-labelledby=vg-prova]');
    await expect.poll(() => status.textContent()).toContain('Vilken kommun bor du i?');
    for (const answer of ['Alla svar', 'Alla svar', 'Alla svar', 'Svar: Nej', 'Alla svar', 'Alla andra svar'])
      await section.getByRole('button', { name: answer, exact: true }).click();
    await section.getByRole('button', { name: 'Högst 9 timmar', exact: true }).click();
    await expect.poll(() => status.textContent()).toContain('Vägen slutar i utfallet');
    expect(await node(page, 'borja-i-lugn-takt').locator('rect').getAttribute('stroke-width')).toBe('3');
    expect(await node(page, 'halsa-vad').locator('rect').getAttribute('stroke-width')).toBe('1.5');

    // The insatser under the path: first the kommun the path's kommun question needs, then the list.
    const insatser = page.locator('[aria-labelledby=vg-insatser]').first();
    await insatser.getByRole('heading', { name: TEXT.insatserHeading }).waitFor(WAIT);
    const announced = insatser.getByRole('status');
    await expect.poll(() => announced.textContent(), WAIT).toContain(TEXT.chooseKommun('Vilken kommun bor du i?'));
    await insatser.getByLabel(TEXT.kommunLabel).selectOption({ label: 'Linköping' });
    await expect.poll(() => announced.textContent(), WAIT).toContain(TEXT.insatserCount(13, 13));
    const names = await insatser.getByRole('list', { name: TEXT.insatserHeading }).getByRole('listitem').allTextContents();
    expect(names).toHaveLength(13);
    const expected = [
      'Backaberg',
      'Förstärkt samverkan Arbetsförmedlingen och Försäkringskassan',
      'Samordningsbron',
      'SIP – samordnad individuell plan',
    ];
    expected.forEach((name, n) => {
      expect(names[n]?.startsWith(`${name} – `), `${n + 1}: ${names[n]}`).toBe(true);
    });
    expect(names[12]?.startsWith('Studievägledning på distans – ')).toBe(true);
    expect(names[0]).toContain('För dig som vill börja arbeta');
    expect(await insatser.textContent()).toContain('9 timmar i veckan');
    await section.getByRole('button', { name: TEXT.tryBack }).click();
    await expect.poll(() => status.textContent()).toContain('timmar');
    expect(failed).toEqual([]);
    await page.context().close();
  });

  it('marks a question that lost its default rule as a dead end, and what only it led to as unreachable', async () => {
    const draft = (await superAdmin.get<{ data: Draft }>(DRAFT_URL)).data;
    const regler = draft.regler.filter((r) => !(r.fraga === 'timmar' && r.villkor === 'alltid'));
    const saved = await superAdmin.request('PUT', DRAFT_URL, { ...draft, regler });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    const { page } = await logIn('redaktor@example.se');
    await page.goto('/admin/guidekarta');
    await page.getByRole('heading', { name: TEXT.problemsHeading(2) }).waitFor(WAIT);
    expect(await node(page, 'timmar').getAttribute('data-status')).toBe('atervandsgrand');
    expect(await node(page, 'arbete-eller-studier').getAttribute('data-status')).toBe('oatkomlig');
    expect(await node(page, 'timmar').textContent()).toContain('Återvändsgränd');
    const list = page.locator('[aria-labelledby=vg-lista]');
    expect(await list.getByRole('heading', { name: /timmar.*Återvändsgränd/ }).count()).toBe(1);
    expect(await list.textContent()).toContain('saknar en standardregel');
    await page.context().close();
  });

  it('gives a Skribent neither the menu entry nor the flow', async () => {
    const { page } = await logIn('skribent@example.se');
    await page.getByRole('navigation').first().waitFor(WAIT);
    expect(await page.getByRole('link', { name: TEXT.menu }).count()).toBe(0);
    const answer = page.waitForResponse((r) => r.url().includes('/content-manager/single-types/api::hitta-ratt'), WAIT);
    await page.goto('/admin/guidekarta');
    expect((await answer).status()).toBe(403);
    await page.getByText(TEXT.noAccess).waitFor(WAIT);
    expect(await page.locator('[data-testid=guidekarta-diagram]').count()).toBe(0);
    await page.context().close();
  });
});
