/**
 * The screenshots of the editors' handbook (docs/redaktionen.md), taken from the real admin panel
 * (the built bundle, served by the CMS, driven in Debian's Chromium) on every run, so they show
 * the admin as it is. Each screen also checks the labels the handbook tells the editor to look
 * for (button texts, panel titles): a renamed button fails here, and so does a label the handbook
 * no longer names, or an image it links that this run did not write.
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { findFreePort } from '@vg/scripts/lib/ports.ts';
import { type PublishedSite, publishedSiteOf, startPreviewFor } from '@vg/scripts/preview/beside-test-cms.ts';
import type { PreviewService } from '@vg/scripts/preview/preview-service.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORSLAG, INLAMNINGSNYCKEL, INSATS, NEW_KEY_URL, ORGANISATION } from '../src/admin/intake/rules.ts';
import { type Browser, type BrowserContext, launchChromium, logInToAdmin, type Page } from './support/browser.ts';
import { createEditor, sendForslag } from './support/editors.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HANDBOOK = path.join(ROOT, 'docs/redaktionen.md');
const IMAGES = path.join(ROOT, 'docs/redaktionen');
const OWN_ORG = 'linkopings-kommun';
const HITTA_RATT = 'api::hitta-ratt.hitta-ratt';
const list = (uid: string) => `/content-manager/collection-types/${uid}`;
const WAIT = { timeout: 30_000 };
const VIEWPORT = { width: 1280, height: 800 };
/** The first bytes of every PNG file. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A hard summary (16 words, within its 200 characters) with words from the jargon list. */
const HARD_SUMMARY =
  'Den enskilde kan erhålla arbetslivsinriktade rehabiliteringsinsatser, varvid handläggaren kontinuerligt ' +
  'utvärderar förutsättningarna för fortsatt deltagande i verksamheten.';
/** One long, hard sentence for the description. */
const HARD =
  'Den enskilde kan erhålla arbetslivsinriktade rehabiliteringsinsatser i samverkan med berörda myndigheter, ' +
  'varvid handläggaren tillsammans med deltagaren kontinuerligt utvärderar förutsättningarna för fortsatt ' +
  'deltagande i verksamheten och dokumenterar överenskommelserna skriftligen under hela tiden.';

/** A label the editor looks for on a screen: a button by its name, a heading, a text, or a text in the preview's frame. */
type Label = { button: string } | { heading: string } | { text: string } | { inPreview: string };
const labelText = (l: Label) => ('button' in l ? l.button : 'heading' in l ? l.heading : 'text' in l ? l.text : l.inPreview);

/** What the handbook names on each screen: the test checks that the screen shows it and the handbook says it. */
const SCREENS = {
  'startsida-att-granska.png': [{ heading: 'Att granska' }, { button: 'Markera som granskad' }],
  'insats-skrivhjalp.png': [
    { heading: 'Skrivhjälp' },
    { text: 'Råd medan du skriver. De hindrar dig inte från att spara.' },
    { text: 'skriv hellre' },
    { button: 'Spara' },
    { button: 'Publicera' },
  ],
  'skribent-insats.png': [{ heading: 'Skrivhjälp' }, { button: 'Spara' }, { button: 'Publicera' }, { text: 'Förhandsvisa' }],
  'forhandsvisning.png': [{ inPreview: 'Förhandsvisning av ett utkast' }, { button: 'Stäng förhandsvisningen' }],
  'hitta-ratt.png': [{ text: 'Startfråga' }, { text: 'Frågor' }, { text: 'Regler' }, { text: 'Utfall' }],
  'guidekarta.png': [{ heading: 'Guidekarta – Hitta rätt' }, { heading: 'Prova en väg' }, { button: 'Alla andra svar' }],
  'forslag.png': [{ button: 'Skapa utkast av förslaget' }],
  'forslag-skapa-utkast.png': [{ text: 'Inget publiceras' }, { button: 'Skapa utkast' }, { button: 'Avbryt' }],
  'organisation-nyckel.png': [{ text: 'Inlämningsnyckel' }, { button: 'Skapa ny inlämningsnyckel' }],
  'inlamningsnyckel.png': [{ button: 'Återkalla nyckeln' }],
} satisfies Record<string, Label[]>;
type Screen = keyof typeof SCREENS;

describe('the handbook’s screenshots of the admin', () => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let browser: Browser;
  let insatsId: string;
  let ownInsatsId: string;
  let forslagId: string;
  let orgId: string;
  let keyId: string;
  let published: PublishedSite;
  let preview: PreviewService;
  const startedAt = Date.now();

  beforeAll(async () => {
    await mkdir(IMAGES, { recursive: true });
    const previewPort = await findFreePort();
    cms = await startTempStrapi({ env: { SERVE_ADMIN: 'true', VG_SEED_DEMO: 'true', VG_PREVIEW_URL: `http://127.0.0.1:${previewPort}` } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor');
    // The site as published, built (the preview shows drafts with its styles), and the preview service beside the CMS.
    published = await publishedSiteOf(cms.url, { build: true });
    preview = await startPreviewFor(cms.url, previewPort, published);
    const skribent = await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent');
    const orgs = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${list(ORGANISATION)}?pageSize=100`);
    orgId = orgs.results.find((o) => o.slug === OWN_ORG)?.documentId ?? '';
    const link = await superAdmin.request('PUT', `${list(ORGANISATION)}/${orgId}`, { skribenter: { connect: [{ id: skribent.id }] } });
    expect(link.status, JSON.stringify(link.body)).toBe(200);

    // A few insatser long overdue for review, so "Att granska" has something to show.
    const insatser = await superAdmin.get<{ results: { documentId: string; organisation?: { slug?: string } | null }[] }>(
      `${list(INSATS)}?pageSize=100&populate[organisation][fields][0]=slug`,
    );
    const own = insatser.results.filter((i) => i.organisation?.slug === OWN_ORG);
    const other = insatser.results.filter((i) => i.organisation?.slug && i.organisation.slug !== OWN_ORG);
    ownInsatsId = own[0]?.documentId ?? '';
    insatsId = other[0]?.documentId ?? '';
    expect(ownInsatsId && insatsId).toBeTruthy();
    for (const entry of [...own.slice(0, 2), ...other.slice(0, 2)]) {
      const put = await superAdmin.request('PUT', `${list(INSATS)}/${entry.documentId}`, {
        senastGranskad: '2020-01-15',
        granskningsintervallManader: 12,
      });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
    }
    // A draft description the writing help has advice on.
    const hard = [{ type: 'paragraph', children: [{ type: 'text', text: HARD }] }];
    const put = await superAdmin.request('PUT', `${list(INSATS)}/${insatsId}`, { sammanfattning: HARD_SUMMARY, beskrivning: hard });
    expect(put.status, JSON.stringify(put.body)).toBe(200);

    // A key for the organisation, and a förslag sent with it.
    const issued = await superAdmin.request('POST', NEW_KEY_URL, { organisation: OWN_ORG });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const { nyckel, documentId } = (issued.body as { data: { nyckel: string; documentId: string } }).data;
    keyId = documentId;
    const kvitto = await sendForslag(cms.url, nyckel, { namn: 'Trädgårdsgruppen i Ekdalen' });
    const forslag = await superAdmin.get<{ results: { documentId: string }[] }>(`${list(FORSLAG)}?filters[kvitto][$eq]=${kvitto}`);
    forslagId = forslag.results[0]?.documentId ?? '';
    expect(forslagId).toBeTruthy();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    await cms?.dispose();
    published?.dispose();
  });

  /** One logged-in browser context per editor (the admin limits logins per account). */
  const contexts = new Map<string, BrowserContext>();
  async function pageFor(email: string): Promise<Page> {
    let context = contexts.get(email);
    if (!context) {
      context = await browser.newContext({ baseURL: cms.url, viewport: VIEWPORT, locale: 'sv-SE' });
      const login = await context.newPage();
      await logInToAdmin(login, email);
      // Strapi's own announcement banner (about its media library, not about editing): closed once, as an
      // editor would; the admin remembers that for the user.
      const close = login.getByRole('button', { name: /^(Close|Stäng)/ });
      await close
        .first()
        .click({ timeout: 10_000 })
        .catch(() => undefined);
      await login.close();
      contexts.set(email, context);
    }
    return context.newPage();
  }
  const openEntry = async (page: Page, adminPath: string) => {
    await page.goto(`/admin${adminPath}`);
    await page.getByRole('button', { name: 'Spara', exact: true }).waitFor(WAIT);
  };

  /** Checks that the screen shows every label of `name`, then writes the screenshot. */
  async function shoot(page: Page, name: Screen): Promise<void> {
    for (const label of SCREENS[name] as Label[]) {
      const shown =
        'button' in label
          ? // Strapi draws some buttons as links (the preview's close, an icon).
            page.getByRole('button', { name: label.button }).or(page.getByRole('link', { name: label.button }))
          : 'heading' in label
            ? page.getByRole('heading', { name: label.heading })
            : 'text' in label
              ? page.getByText(label.text)
              : page.frameLocator('iframe[title="Förhandsvisning"]').getByText(label.inPreview);
      await shown.first().waitFor({ state: 'visible', ...WAIT });
    }
    // The mouse away from any button, and the page settled, so the picture is the same every run.
    await page.mouse.move(0, 0);
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await page.screenshot({ path: path.join(IMAGES, name), animations: 'disabled' });
  }

  it('shows a Redaktör’s start page with "Att granska"', async () => {
    const page = await pageFor('redaktor@example.se');
    await page.goto('/admin');
    const items = page.getByRole('list', { name: 'Att granska' });
    const first = items.getByRole('listitem').first();
    await first.waitFor(WAIT);
    // The widget in view with its first (most overdue) entry at the top of its list.
    await first.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shoot(page, 'startsida-att-granska.png');
    await page.close();
  });

  it('shows an insats with the writing help beside the form', async () => {
    const page = await pageFor('redaktor@example.se');
    await openEntry(page, `${list(INSATS)}/${insatsId}`);
    const panel = page.locator('aside').filter({ has: page.getByRole('heading', { name: 'Skrivhjälp', level: 2 }) });
    // The summary's advice in view: the jargon list's plainer words.
    const summary = panel.getByRole('region', { name: 'Sammanfattning' });
    await summary.getByText('skriv hellre').first().waitFor(WAIT);
    await summary.scrollIntoViewIfNeeded();
    await shoot(page, 'insats-skrivhjalp.png');
    await page.close();
  });

  it('shows a Skribent their own organisation’s insats', async () => {
    const page = await pageFor('skribent@example.se');
    await openEntry(page, `${list(INSATS)}/${ownInsatsId}`);
    await shoot(page, 'skribent-insats.png');
    await page.close();
  });

  it('shows a draft as the site’s page in the preview', async () => {
    const page = await pageFor('redaktor@example.se');
    await openEntry(page, `${list(INSATS)}/${insatsId}`);
    await page
      .getByRole('link', { name: 'Förhandsvisa' })
      .or(page.getByRole('button', { name: 'Förhandsvisa' }))
      .first()
      .click();
    const frame = page.frameLocator('iframe[title="Förhandsvisning"]');
    await frame.getByText(HARD_SUMMARY).first().waitFor(WAIT);
    await shoot(page, 'forhandsvisning.png');
    await page.close();
  });

  it('shows the Hitta rätt flow', async () => {
    const page = await pageFor('redaktor@example.se');
    await openEntry(page, `/content-manager/single-types/${HITTA_RATT}`);
    // The rules at the top of the picture: their headers say "fråga → svar → nästa".
    await page
      .getByText(/^Regler(\s|\(|\*|$)/)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'hitta-ratt.png');
    await page.close();
  });

  it('shows the guide as a map, with a path tried to its outcome', async () => {
    const page = await pageFor('redaktor@example.se');
    await page.goto('/admin/guidekarta');
    const tryIt = page.locator('[aria-labelledby=vg-prova]');
    await tryIt.getByRole('button').first().waitFor(WAIT);
    for (const answer of ['Alla svar', 'Alla svar', 'Alla svar', 'Svar: Nej', 'Alla svar'])
      await tryIt.getByRole('button', { name: answer, exact: true }).click();
    // The top of the page: the path so far, and the map's first levels with the path drawn.
    await page.locator('main').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'guidekarta.png');
    await page.close();
  });

  it('shows a förslag, and what "Skapa utkast av förslaget" asks before it acts', async () => {
    const page = await pageFor('redaktor@example.se');
    await openEntry(page, `${list(FORSLAG)}/${forslagId}`);
    await shoot(page, 'forslag.png');
    await page.getByRole('button', { name: 'Skapa utkast av förslaget' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent(), WAIT).toContain('Inget publiceras');
    await shoot(page, 'forslag-skapa-utkast.png');
    // Nothing is made: the dialog is closed without confirming.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page.close();
  });

  it('shows an organisation with its key, and a key that can be revoked', async () => {
    const page = await pageFor('redaktor@example.se');
    await openEntry(page, `${list(ORGANISATION)}/${orgId}`);
    await page.getByText('Organisationen har en nyckel som gäller').waitFor(WAIT);
    await shoot(page, 'organisation-nyckel.png');
    await openEntry(page, `${list(INLAMNINGSNYCKEL)}/${keyId}`);
    await shoot(page, 'inlamningsnyckel.png');
    await page.close();
  });

  it('leaves every image the handbook links written by this run, as a PNG, and the handbook names each checked label', () => {
    // Line breaks in the Markdown are spaces to the reader.
    const handbook = readFileSync(HANDBOOK, 'utf8').replace(/\s+/g, ' ');
    const linked = [...handbook.matchAll(/!\[[^\]]*\]\(redaktionen\/([^)\s]+)\)/g)].map((m) => m[1] as string);
    expect(linked.length).toBeGreaterThan(0);
    // Every screenshot is shown in the handbook, and the handbook shows no other image.
    expect([...new Set(linked)].sort()).toEqual(Object.keys(SCREENS).sort());
    for (const name of linked) {
      const file = path.join(IMAGES, name);
      expect(statSync(file).mtimeMs, `${name} was not written by this run`).toBeGreaterThanOrEqual(startedAt);
      expect(readFileSync(file).subarray(0, 8).equals(PNG_SIGNATURE), `${name} is not a PNG`).toBe(true);
    }
    for (const label of Object.values(SCREENS).flat() as Label[])
      expect(handbook, `the handbook names "${labelText(label)}"`).toContain(labelText(label));
  });
});
