/**
 * Lyssna on every page (issue 18): reads the main content in order, sentence by sentence, with the
 * sentence being read highlighted, and Pausa, Fortsätt and Sluta. Chromium here has no voices, so
 * the Web Speech API is replaced by a recording one that speaks nothing: the test drives it one
 * utterance at a time, as a real synthesizer would.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtureSiteInChromium } from './support/built-site.ts';

/** A speech synthesizer that records what it is asked to say and says it only when told to. */
const FAKE_SPEECH = (voices: { lang: string; name: string }[]) => `(() => {
  const log = [];
  const queue = [];
  const synth = {
    speaking: false,
    getVoices: () => ${JSON.stringify(voices)},
    addEventListener() {},
    speak(u) { log.push(u.text); queue.push(u); if (queue.length === 1) this.next(); },
    next() { const u = queue[0]; this.speaking = Boolean(u); if (u && u.onstart) u.onstart(); },
    finishOne() { const u = queue.shift(); if (u && u.onend) u.onend(); this.next(); },
    cancel() { log.push('<cancel>'); queue.length = 0; this.speaking = false; },
    pause() { log.push('<pause>'); },
    resume() { log.push('<resume>'); },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  window.__speech = { synth, log };
})();`;

const SWEDISH = [{ lang: 'sv-SE', name: 'Alva' }];

type Speech = { log: string[] };
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.log.filter((t) => !t.startsWith('<')));
const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.log.filter((t) => t.startsWith('<')));
const finishOne = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { synth: { finishOne(): void } } }).__speech.synth.finishOne());
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('lyssna') as (Iterable<Range> & { size: number }) | undefined;
    return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()).join(' | ') : null;
  });

describe('Lyssna', () => {
  const fixture = useFixtureSiteInChromium();

  async function open(path: string, voices = SWEDISH): Promise<{ context: BrowserContext; page: Page }> {
    const context = await fixture.browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.addInitScript(FAKE_SPEECH(voices));
    const page = await context.newPage();
    const response = await page.goto(`${fixture.site.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return { context, page };
  }

  it.each(['/', '/vagval', '/vagval/jonsbo', '/hitta-ratt', '/sok?q=arbete', '/vanliga-fragor', '/samordningsforbund', '/om'])(
    '%s has Lyssna',
    async (path) => {
      const { context, page } = await open(path);
      try {
        expect(await page.getByRole('group', { name: 'Lyssna på sidan' }).getByRole('button', { name: 'Lyssna' }).isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    },
  );

  it('reads the main content in order, a sentence at a time, marking the sentence being read; Pausa, Fortsätt, Sluta', async () => {
    const { context, page } = await open('/vagval/jonsbo');
    try {
      const group = page.getByRole('group', { name: 'Lyssna på sidan' });
      await group.getByRole('button', { name: 'Lyssna' }).click();
      const said = await spoken(page);
      expect(said[0]).toBe((await page.locator('main h1').textContent())?.trim());
      // Its own controls are not read; nor is the page outside <main>.
      expect(said).not.toContain('Lyssna');
      expect(said.join(' ')).not.toContain('Hoppa till innehållet');
      // One sentence per utterance: no utterance runs on past the end of a sentence into the next.
      expect(said.filter((s) => /[.!?] +[A-ZÅÄÖ]/.test(s))).toEqual([]);
      // The reading follows the page: each utterance is found later on the page than the one before.
      // biome-ignore lint/performance/useDomNodeTextContent: the text as read, without hidden parts
      const text = ((await page.locator('main').innerText()) ?? '').replace(/\s+/g, ' ');
      let at = 0;
      for (const s of said) {
        const found = text.indexOf(s, at);
        expect(found, `"${s}" efter position ${at}`).toBeGreaterThanOrEqual(0);
        at = found;
      }

      expect(await highlighted(page)).toBe(said[0]);
      await finishOne(page);
      expect(await highlighted(page)).toBe(said[1]);

      await group.getByRole('button', { name: 'Pausa' }).click();
      expect(await events(page)).toContain('<pause>');
      await group.getByRole('button', { name: 'Fortsätt' }).click();
      expect(await events(page)).toContain('<resume>');
      await group.getByRole('button', { name: 'Sluta' }).click();
      expect((await events(page)).at(-1)).toBe('<cancel>');
      expect(await highlighted(page)).toBeNull();
      expect(await group.getByRole('button', { name: 'Sluta' }).isVisible()).toBe(false);
      expect(await group.getByRole('button', { name: 'Lyssna' }).evaluate((b) => b === document.activeElement)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('reads the search results once they are there', async () => {
    const { context, page } = await open('/sok?q=arbete');
    try {
      const first = page.locator('main ol li a, main ul li a').first();
      await first.waitFor({ timeout: 15_000 });
      const title = ((await first.textContent()) ?? '').trim();
      await page.getByRole('button', { name: 'Lyssna' }).click();
      expect((await spoken(page)).some((s) => s.includes(title))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('says plainly when the device has no voice for Swedish', async () => {
    const { context, page } = await open('/vagval/jonsbo', [{ lang: 'en-US', name: 'Samantha' }]);
    try {
      expect(await page.getByText('Din enhet har ingen röst för svenska.').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
    const swedish = await open('/vagval/jonsbo');
    try {
      expect(await swedish.page.getByText('Din enhet har ingen röst för svenska.').isVisible()).toBe(false);
    } finally {
      await swedish.context.close();
    }
  });

  it('is not drawn where the browser cannot speak', async () => {
    const context = await fixture.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    try {
      const page = await context.newPage();
      await page.goto(`${fixture.site.url}/vagval/jonsbo`);
      expect(await page.locator('[data-lyssna]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
