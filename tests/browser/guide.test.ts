/**
 * Hitta rätt in a real browser (Debian's Chromium through playwright-core), against the site
 * built from the fixture snapshot: the whole guide with the keyboard only, Tillbaka, Ändra and
 * Börja om, Dela (a link with the answers in its fragment), the error summary, axe on every step
 * and on the results, and privacy — no request
 * carries an answer, nothing but GETs of static files, no cookies. And the page without
 * JavaScript still leads into Vägval.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useFixtureSiteInChromium } from './support/built-site.ts';
import { checkBoxes, chooseRadio, continueStep, focused, tabTo } from './support/keyboard.ts';

/** Every answer given in the walk below, as it could appear in a request (codes, keys, names, numbers). */
const ANSWER_VALUES = ['0513', 'kinda', 'kin', 'arbetsformedlingen', 'sjukpenning', 'lon', 'nej', 'arbete', '12'];

/** Words of a URL path: what an answer would look like if it leaked into one. */
const pathTokens = (url: string) =>
  decodeURIComponent(new URL(url).pathname)
    .toLocaleLowerCase('sv')
    .split(/[^a-z0-9åäö-]+/)
    .filter((t) => t !== '');

describe('Hitta rätt in the browser', () => {
  const fixture = useFixtureSiteInChromium();

  describe('with JavaScript, keyboard only', () => {
    let context: BrowserContext;
    let page: Page;
    const requests: Request[] = [];
    const problems: string[] = [];
    const axeByStep = new Map<string, string[]>();

    const heading = async () => ((await page.locator('h1:visible').first().textContent()) ?? '').trim();
    const audit = async (step: string) => {
      axeByStep.set(step, await axeViolations(page));
    };
    const expectHeadingFocused = async (text: string | RegExp) => {
      const f = await page
        .waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 10_000 })
        .then(() => focused(page))
        .catch(async () => {
          const where = await focused(page);
          throw new Error(
            `Rubriken fick inte fokus; fokus är på <${where.tag}> "${where.text.slice(0, 60)}", sidans h1 är "${await heading()}".`,
          );
        });
      if (typeof text === 'string') expect(f.text).toBe(text);
      else expect(f.text).toMatch(text);
    };

    beforeAll(async () => {
      context = await fixture.browser.newContext();
      page = await context.newPage();
      page.on('request', (r) => requests.push(r));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
    });
    afterAll(async () => {
      await context?.close();
    });

    it('starts: the island replaces the no-JS part and says how answers are kept', async () => {
      await page.goto(`${fixture.site.url}/hitta-ratt`);
      await page.getByRole('button', { name: 'Börja' }).waitFor();
      expect(await page.locator('[data-guide-server]').isHidden()).toBe(true);
      expect(await page.locator('h1:visible').count()).toBe(1);
      expect(await heading()).toBe('Hitta rätt stöd för dig');
      expect(await page.locator('.guide-privacy:visible').first().textContent()).toContain('de skickas inte till oss eller någon annan');
      await audit('start');
      await tabTo(page, /^Börja$/);
      await page.keyboard.press('Enter');
      await expectHeadingFocused('Vilken kommun bor du i?');
      expect(await page.title()).toMatch(/^Vilken kommun bor du i\? – Hitta rätt/);
      await audit('kommun');
    });

    it('continuing with nothing chosen shows an error summary that takes focus and links to the field', async () => {
      await continueStep(page);
      await page.locator('.error-summary').waitFor();
      const f = await focused(page);
      expect(f.className).toContain('error-summary');
      expect(await page.locator('.error-summary').getAttribute('role')).toBe('alert');
      expect(await page.title()).toMatch(/^Fel: Vilken kommun bor du i\?/);
      const describedBy = (await page.locator('#svar-kommun').getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toEqual(['svar-kommun-hint', 'svar-kommun-error']);
      await audit('kommun med fel');
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toMatch(/^Välj den kommun du bor i/);
      await page.keyboard.press('Enter');
      expect((await focused(page)).id).toBe('svar-kommun');
    });

    it('the kommun type-ahead is a combobox: type, arrow down, Enter', async () => {
      await page.keyboard.type('Kin');
      const input = page.locator('#svar-kommun');
      await page.keyboard.press('ArrowDown');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const active = await input.getAttribute('aria-activedescendant');
      expect(active).toBeTruthy();
      expect(await page.locator(`[id="${active}"]`).textContent()).toBe('Kinda');
      await audit('kommun med lista');
      await page.keyboard.press('Enter');
      expect(await input.inputValue()).toBe('Kinda');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');
      await expectHeadingFocused('Vilka har du kontakt med just nu?');
      expect(await page.title()).not.toMatch(/^Fel:/);
      await audit('kontakter');
    });

    it('answers every question with the keyboard and reaches the results', async () => {
      await checkBoxes(page, ['arbetsformedlingen']);
      await continueStep(page);
      await expectHeadingFocused('Vilken inkomst har du i dag?');
      await audit('inkomst');
      await chooseRadio(page, 'sjukpenning');
      await continueStep(page);
      await expectHeadingFocused('Gör din hälsa det svårt för dig att arbeta eller studera?');
      await audit('halsa');
      await chooseRadio(page, 'nej');
      await continueStep(page);
      await expectHeadingFocused('Behöver du tolk eller information på lätt svenska?');
      await audit('sprak');
      await chooseRadio(page, 'nej');
      await continueStep(page);
      await expectHeadingFocused('Vad vill du helst ska hända nu?');
      await audit('mal');
      await chooseRadio(page, 'arbete');
      await continueStep(page);
      await expectHeadingFocused('Hur många timmar i veckan orkar du vara med på något?');
      await audit('timmar');
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('svar-timmar');
      await page.keyboard.type('12');
      await page.keyboard.press('Enter');
      await expectHeadingFocused('Stöd på vägen till arbete eller studier');
      await page.locator('.guide-card').first().waitFor();
      await page.waitForFunction(() =>
        /Vi hittade \d+ förslag/.test(document.querySelector('.guide [aria-live="polite"]')?.textContent ?? ''),
      );
      const cards = page.locator('.guide-card');
      expect(await cards.count()).toBeGreaterThan(0);
      const first = cards.first();
      expect(await first.locator('h3 a').getAttribute('href')).toMatch(/^\/vagval\/[a-z0-9-]+$/);
      expect(await first.textContent()).toContain('Därför föreslår vi det');
      expect(await page.locator('.guide-results').textContent()).toContain('Finns i Kinda');
      expect(await page.locator('#guide-forbund').textContent()).toBe('Få hjälp att komma vidare');
      expect(await page.locator('.guide-answers').textContent()).toContain('Kinda');
      expect(page.url()).toBe(`${fixture.site.url}/hitta-ratt`);
      await audit('resultat');
    });

    it('the results can be copied as text (clipboard, or a text box to copy from) and printed without the controls', async () => {
      const firstName = ((await page.locator('.guide-card h3').first().textContent()) ?? '').trim();
      await tabTo(page, /^Kopiera förslagen som text$/);
      await page.keyboard.press('Enter');
      await page
        .locator('.guide-status')
        .filter({ hasText: /kopiera/i })
        .waitFor();
      const status = (await page.locator('.guide-status').textContent()) ?? '';
      if (status.startsWith('Det gick inte')) {
        // Headless Chromium may refuse the clipboard: the fallback shows the same text, selected.
        const text = await page.locator('#guide-copy-text').inputValue();
        expect(text).toContain(`1. ${firstName}`);
        expect(text).toContain('Mer information: http');
      } else expect(status).toBe('Listan är kopierad. Klistra in den där du vill spara den.');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.guide-actions').isVisible()).toBe(false);
      expect(await page.locator('.guide-back').isVisible()).toBe(false);
      expect(await page.locator('.guide-card').first().isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    });

    it('Dela makes a link that carries the answers in its fragment only, and opens on the same result elsewhere', async () => {
      const before = requests.length;
      const title = await heading();
      const firstName = ((await page.locator('.guide-card h3').first().textContent()) ?? '').trim();
      await tabTo(page, /^Dela med en handläggare$/);
      await page.keyboard.press('Enter');
      const field = page.getByLabel('Länk till dina svar');
      await field.waitFor();
      const link = await field.inputValue();
      expect(link).toMatch(new RegExp(`^${fixture.site.url}/hitta-ratt#svar=[A-Za-z0-9_-]+$`));
      expect(await page.locator('#guide-share-warning').textContent()).toContain('Den som öppnar länken ser dina svar');
      // Made in the browser: pressing Dela sent nothing.
      expect(requests.slice(before).map((r) => r.url())).toEqual([]);
      await audit('dela');

      const other = await fixture.browser.newContext();
      try {
        const opened = await other.newPage();
        const sent: string[] = [];
        opened.on('request', (r) => sent.push(r.url()));
        await opened.goto(link);
        await opened.locator('.guide-results h1').waitFor({ timeout: 15_000 });
        expect(((await opened.locator('.guide-results h1').textContent()) ?? '').trim()).toBe(title);
        await opened.locator('.guide-card h3').first().waitFor({ timeout: 15_000 });
        expect(((await opened.locator('.guide-card h3').first().textContent()) ?? '').trim()).toBe(firstName);
        // The answers leave the address bar once read, and no request carried them.
        expect(new URL(opened.url()).hash).toBe('');
        expect(sent.filter((u) => u.includes('svar=') || new URL(u).search !== '')).toEqual([]);
      } finally {
        await other.close();
      }
    });

    it('Tillbaka restores the last question with its answer, and continuing returns to the results', async () => {
      await tabTo(page, /^Tillbaka$/, { back: true });
      await page.keyboard.press('Enter');
      await expectHeadingFocused('Hur många timmar i veckan orkar du vara med på något?');
      expect(await page.locator('#svar-timmar').inputValue()).toBe('12');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expectHeadingFocused('Stöd på vägen till arbete eller studier');
    });

    it('Ändra opens a question with its answer filled in; later answers that still apply are kept', async () => {
      // Past every suggestion (its link, contact links and "Spara i min lista").
      await tabTo(page, /Ändra\s*svaret på frågan ”Vilken inkomst/, { max: 200 });
      await page.keyboard.press('Enter');
      await expectHeadingFocused('Vilken inkomst har du i dag?');
      expect(await page.locator('input[value="sjukpenning"]').isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe('sjukpenning');
      await page.keyboard.press('ArrowUp');
      expect((await focused(page)).text).toBe('lon');
      await continueStep(page);
      await expectHeadingFocused('Stöd på vägen till arbete eller studier');
      const answers = (await page.locator('.guide-answers').textContent()) ?? '';
      expect(answers).toContain('Lön från ett arbete');
      expect(answers).toContain('12 timmar i veckan');
    });

    it('keeps the answers in sessionStorage only, and Börja om clears everything', async () => {
      const stored = await page.evaluate(() => Object.keys(sessionStorage));
      expect(stored).toEqual(['valfardsguiden:hitta-ratt']);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await tabTo(page, /^Börja om$/);
      await page.keyboard.press('Enter');
      await expectHeadingFocused('Hitta rätt stöd för dig');
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      await tabTo(page, /^Börja$/);
      await page.keyboard.press('Enter');
      await expectHeadingFocused('Vilken kommun bor du i?');
      expect(await page.locator('#svar-kommun').inputValue()).toBe('');
    });

    it('sent no answer anywhere: only GETs of static files, no query strings, no cookies', async () => {
      expect(requests.length).toBeGreaterThan(0);
      const leaks: string[] = [];
      for (const r of requests) {
        const url = new URL(r.url());
        if (r.method() !== 'GET') leaks.push(`${r.method()} ${r.url()}`);
        if (r.postData()) leaks.push(`body in ${r.url()}`);
        if (url.origin !== fixture.site.url) leaks.push(`other host: ${r.url()}`);
        if (url.search !== '' || url.hash !== '') leaks.push(`query or fragment: ${r.url()}`);
        const tokens = pathTokens(r.url());
        for (const value of ANSWER_VALUES) if (tokens.includes(value)) leaks.push(`"${value}" in ${r.url()}`);
      }
      expect(leaks).toEqual([]);
      const paths = requests.map((r) => new URL(r.url()).pathname);
      expect(paths).toContain('/hitta-ratt/guide-index.json');
      expect(paths.some((p) => /^\/hitta-ratt\/kort\/(lan-\d{2}|digital)\.json$/.test(p))).toBe(true);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
      expect(problems).toEqual([]);
    });

    it('axe finds no WCAG 2.2 AA violations on any step or the results', () => {
      expect([...axeByStep.keys()]).toEqual([
        'start',
        'kommun',
        'kommun med fel',
        'kommun med lista',
        'kontakter',
        'inkomst',
        'halsa',
        'sprak',
        'mal',
        'timmar',
        'resultat',
        'dela',
      ]);
      expect(Object.fromEntries(axeByStep)).toEqual(Object.fromEntries([...axeByStep.keys()].map((k) => [k, []])));
    });
  });

  describe('without JavaScript', () => {
    it('offers working links into Vägval', async () => {
      const context = await fixture.browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${fixture.site.url}/hitta-ratt`);
        expect(await page.locator('h1').textContent()).toBe('Hitta rätt stöd för dig');
        expect(await page.locator('[data-guide-server]').isVisible()).toBe(true);
        expect(await page.getByRole('heading', { name: 'Hitta stöd utan guiden' }).isVisible()).toBe(true);
        await page.getByText('Var bor du?').click();
        await page.getByRole('link', { name: 'Linköping', exact: true }).click();
        await page.waitForURL(`${fixture.site.url}/vagval/kommun/linkoping`);
        expect(await page.locator('h1').textContent()).toBe('Insatser i Linköping');
        await page.goto(`${fixture.site.url}/hitta-ratt`);
        await page.getByText('Vem är du?').click();
        const malgrupp = page.locator('a[href^="/vagval/malgrupp/"]').first();
        const href = await malgrupp.getAttribute('href');
        await malgrupp.click();
        await page.waitForURL(`${fixture.site.url}${href}`);
        expect(await page.locator('h1').textContent()).toMatch(/^Insatser för /);
        // The invisible twin that keeps the Börja button's place while the guide loads is not there.
        await page.goto(`${fixture.site.url}/hitta-ratt`);
        expect(await page.locator('.guide-start-placeholder').isVisible()).toBe(false);
        expect(await page.locator('.guide-start-placeholder').evaluate((b) => getComputedStyle(b).display)).toBe('none');
      } finally {
        await context.close();
      }
    });

    it('shows the way into Vägval again when the guide cannot start', async () => {
      const context = await fixture.browser.newContext();
      try {
        const page = await context.newPage();
        await page.route('**/hitta-ratt/guide-index.json', (route) => route.abort());
        await page.goto(`${fixture.site.url}/hitta-ratt`);
        await page
          .getByRole('alert')
          .getByText(/Guiden kunde inte starta/)
          .waitFor({ timeout: 15_000 });
        expect(await page.getByRole('heading', { name: 'Hitta stöd utan guiden' }).isVisible()).toBe(true);
        expect(await page.locator('.guide-start-placeholder').isVisible()).toBe(false);
        expect(await page.evaluate(() => document.documentElement.dataset.guide)).toBe('fel');
      } finally {
        await context.close();
      }
    });
  });
});
