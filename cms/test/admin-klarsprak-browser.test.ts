/**
 * The writing help ("Skrivhjälp") in the real admin panel (the built bundle, served by the CMS,
 * driven in Debian's Chromium): as a Redaktör types a long, hard sentence with a jargon word into
 * an insats's rich text, the panel beside the form shows LIX, sentence length and advice with the
 * jargon list's plainer word and the glossary's unexplained term, and saving still works; a
 * Skribent, who may not read the jargon list or the glossary in the content manager, gets the same
 * advice (through the word-list route, cms/src/klarsprak/word-lists.ts), and no error; a chain
 * step's text gets its own advice once there is some.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSATS, ORGANISATION } from '../src/admin/intake/rules.ts';
import { PANEL } from '../src/admin/klarsprak/rules.ts';
import { type Browser, launchChromium, logInToAdmin, type Page } from './support/browser.ts';
import { createEditor } from './support/editors.ts';

const OWN_ORG = 'linkopings-kommun';
const KEDJA = 'api::kedja.kedja';
const list = (uid: string) => `/content-manager/collection-types/${uid}`;
const WAIT = { timeout: 30_000 };

/** One sentence of 31 words, most of them long, with "erhålla" from the jargon list. */
const HARD =
  'Den enskilde kan erhålla arbetslivsinriktade rehabiliteringsinsatser i samverkan med berörda myndigheter, ' +
  'varvid handläggaren tillsammans med deltagaren kontinuerligt utvärderar förutsättningarna för fortsatt ' +
  'deltagande i verksamheten och dokumenterar överenskommelserna skriftligen under hela tiden.';

describe('the writing help in the admin panel', () => {
  let cms: TempStrapi;
  let browser: Browser;
  let ownInsats: string;
  let otherInsats: string;
  let kedja: string;

  beforeAll(async () => {
    cms = await startTempStrapi({ env: { SERVE_ADMIN: 'true', VG_SEED_DEMO: 'true' } });
    const superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor');
    const skribent = await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent');
    const orgs = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${list(ORGANISATION)}?pageSize=100`);
    const orgId = orgs.results.find((o) => o.slug === OWN_ORG)?.documentId ?? '';
    const link = await superAdmin.request('PUT', `${list(ORGANISATION)}/${orgId}`, { skribenter: { connect: [{ id: skribent.id }] } });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const insatser = await superAdmin.get<{ results: { documentId: string; organisation?: { slug?: string } | null }[] }>(
      `${list(INSATS)}?pageSize=100&populate[organisation][fields][0]=slug`,
    );
    ownInsats = insatser.results.find((i) => i.organisation?.slug === OWN_ORG)?.documentId ?? '';
    otherInsats = insatser.results.find((i) => i.organisation?.slug !== OWN_ORG)?.documentId ?? '';
    expect(ownInsats && otherInsats).toBeTruthy();
    // The draft's description is one short paragraph for the Redaktör to write over.
    const short = [{ type: 'paragraph', children: [{ type: 'text', text: 'Kort text.' }] }];
    const put = await superAdmin.request('PUT', `${list(INSATS)}/${otherInsats}`, { beskrivning: short });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const kedjor = await superAdmin.get<{ results: { documentId: string; titel: string }[] }>(`${list(KEDJA)}?pageSize=100`);
    kedja = kedjor.results.find((k) => k.titel === 'Jag är sjukskriven och har ingen anställning')?.documentId ?? '';
    expect(kedja).toBeTruthy();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.dispose();
  });

  /** A fresh page logged in with the admin's own form, the insats open; with the requests that failed. */
  async function openInsats(email: string, documentId: string, uid = INSATS): Promise<{ page: Page; failed: string[] }> {
    const context = await browser.newContext({ baseURL: cms.url });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    await logInToAdmin(page, email);
    await page.goto(`/admin${list(uid)}/${documentId}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
    return { page, failed };
  }
  const helpPanel = (page: Page) => page.locator('aside').filter({ has: page.getByRole('heading', { name: PANEL.title, level: 2 }) });

  it('shows a Redaktör LIX, sentence length and jargon advice as they type, and never stops the save', async () => {
    const { page, failed } = await openInsats('redaktor@example.se', otherInsats);
    const panel = helpPanel(page);
    await panel.waitFor(WAIT);
    expect(await panel.textContent()).toContain(PANEL.intro);
    // The draft's own text is measured already, field by field under the admin's labels; a short one without LIX.
    const beskrivning = panel.getByRole('region', { name: 'Beskrivning' });
    await expect.poll(() => beskrivning.textContent(), WAIT).toContain('I snitt 2 ord per mening (mål högst 15)');
    expect(await beskrivning.textContent()).toContain('LIX räknas från 30 ord. Texten har 2 ord.');
    expect(await beskrivning.textContent()).toContain(PANEL.allWell);
    expect(await panel.getByRole('region', { name: 'Sammanfattning' }).count()).toBe(1);

    // The rich text editor (it has no accessible name of its own: the innermost box holding its label
    // and an editable area): its text replaced by one long, hard sentence, typed key by key.
    const editor = page
      .locator('div')
      .filter({ has: page.locator('label', { hasText: /^Beskrivning\*?$/ }) })
      .filter({ has: page.locator('[contenteditable=true]') })
      .last()
      .locator('[contenteditable=true]');
    await editor.click();
    // Select all, and check that it took: on a loaded machine the keys can come before the editor's
    // focus has settled, and the sentence was then typed after the old text (seen in a fresh-clone run).
    // The editor's text also holds its blocks' drag handles ("Dra"), which a selection leaves out.
    const old = ((await editor.textContent()) ?? '').replace(/\uFEFF/g, '').trim();
    await expect
      .poll(async () => {
        await editor.focus();
        await page.keyboard.press('ControlOrMeta+a');
        // A string, not a function: the test's tsconfig has no DOM types.
        const selected = String(await page.evaluate('String(window.getSelection() ?? "").trim()'));
        return selected !== '' && old.endsWith(selected);
      }, WAIT)
      .toBe(true);
    await editor.pressSequentially(HARD);

    // Once the sentence is all in, the measures follow.
    await expect.poll(() => beskrivning.textContent(), WAIT).toContain('I snitt 31 ord per mening (mål högst 15)');
    const text = (await beskrivning.textContent()) ?? '';
    expect(text).toMatch(/LIX \d+ \(mål högst 40\)/);
    expect(text).toContain(
      'Meningen som börjar "Den enskilde kan erhålla arbetslivsinriktade rehabiliteringsinsatser …" har 31 ord. Dela den i två eller fler.',
    );
    expect(text).toContain('"erhålla": skriv hellre få.');
    // A glossary term left unexplained, with the start of the glossary's own explanation.
    expect(text).toMatch(/"handläggaren" är ett begrepp i ordlistan\. Förklara det med några ord där det först står, till exempel: \S/);
    expect(await beskrivning.getByRole('heading', { name: 'Beskrivning', level: 3 }).count()).toBe(1);
    expect(await beskrivning.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);

    // Advice only: the entry saves with the hard text.
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(otherInsats), WAIT);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect((await saved).status()).toBe(200);
    expect(failed.filter((f) => f.includes('jargongord') || !f.startsWith('404 '))).toEqual([]);
    await page.context().close();
  });

  it('gives a Skribent the same jargon and glossary advice, and no error', async () => {
    const { page, failed } = await openInsats('skribent@example.se', ownInsats);
    const panel = helpPanel(page);
    await panel.waitFor(WAIT);
    await page.locator('textarea[name=tillganglighet]').fill(HARD);

    const tillganglighet = panel.getByRole('region', { name: 'Tillgänglighet' });
    await expect.poll(() => tillganglighet.textContent(), WAIT).toContain('Dela den i två eller fler.');
    expect(await tillganglighet.textContent()).toMatch(/LIX \d+ \(mål högst 40\)/);
    await expect.poll(() => tillganglighet.textContent(), WAIT).toContain('"erhålla": skriv hellre få.');
    expect(await tillganglighet.textContent()).toMatch(/"handläggaren" är ett begrepp i ordlistan/);
    // Nothing refused or broken (the admin's own 404s for features this CMS has not enabled aside).
    expect(failed.filter((f) => f.includes('jargongord') || !f.startsWith('404 '))).toEqual([]);
    // No message either (the admin keeps an empty alert region on the page).
    expect((await page.getByRole('alert').allTextContents()).filter((t) => t.trim() !== '')).toEqual([]);
    await page.context().close();
  });

  it('advises on a text inside a component, item by item, only once there is advice', async () => {
    const { page, failed } = await openInsats('redaktor@example.se', kedja, KEDJA);
    const panel = helpPanel(page);
    await panel.waitFor(WAIT);
    const step = panel.getByRole('region', { name: /^Steg 2 – Vad händer/ });
    // Measured once the form is in: the demo step has no jargon yet.
    await panel.getByRole('region', { name: 'Introduktion' }).waitFor(WAIT);
    expect((await step.count()) === 0 || !((await step.textContent()) ?? '').includes('erhålla')).toBe(true);
    // Steps without advice are not listed at all, so the panel stays short with many steps.
    // (The demo chain has eight steps, most of them plain.)
    expect(await panel.getByRole('region', { name: /^Steg \d+ – Vad händer/ }).count()).toBeLessThan(8);
    // The second step opened in the form, its "Vad händer" written over with the hard sentence.
    await page
      .getByRole('button', { name: /Du ansöker om sjukpenning/ })
      .first()
      .click();
    const vadHander = page.locator('textarea[name="steg.1.vadHander"]');
    await vadHander.waitFor(WAIT);
    await vadHander.fill(HARD);
    await expect.poll(() => step.textContent(), WAIT).toContain('"erhålla": skriv hellre få.');
    expect(await step.textContent()).toContain('Dela den i två eller fler.');
    expect(failed.filter((f) => !f.startsWith('404 '))).toEqual([]);
    await page.context().close();
  });
});
