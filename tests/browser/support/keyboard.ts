import type { Page } from 'playwright-core';

/** A short description of the focused element: tag, role, accessible-ish text. */
export interface Focused {
  tag: string;
  text: string;
  id: string;
  className: string;
  role: string | null;
  type: string;
  checked: boolean;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    return {
      type: input?.type ?? '',
      checked: input?.checked ?? false,
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent || el?.getAttribute('aria-label') || (el as HTMLInputElement | null)?.value || '').trim(),
      id: el?.id ?? '',
      className: typeof el?.className === 'string' ? el.className : '',
      role: el?.getAttribute('role') ?? null,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's text matches, as a keyboard user
 * would; fails after `max` presses so a missing target does not loop forever.
 */
export async function tabTo(page: Page, match: RegExp, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = options.max ?? 80;
  for (let n = 0; n < max; n++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (match.test(f.text) || match.test(f.id)) return;
  }
  throw new Error(`Tabb nådde aldrig ${match} (efter ${max} tryck).`);
}

/** Tabs into a radio group and moves with the arrow keys (which also check) to the radio with value `key`. */
export async function chooseRadio(page: Page, key: string): Promise<void> {
  for (let n = 0; n < 20; n++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).type === 'radio') break;
  }
  let f = await focused(page);
  if (f.type !== 'radio') throw new Error('Tabb nådde ingen radioknapp.');
  if (!f.checked) await page.keyboard.press('Space');
  for (let n = 0; n < 12 && (await focused(page)).text !== key; n++) await page.keyboard.press('ArrowDown');
  f = await focused(page);
  if (f.text !== key || !f.checked) throw new Error(`Radioknappen "${key}" gick inte att välja med tangentbordet.`);
}

/** Tabs to the checkboxes with these values and checks each with Space. */
export async function checkBoxes(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    await tabTo(page, new RegExp(`^${key}$`));
    const f = await focused(page);
    if (f.type !== 'checkbox') throw new Error(`"${key}" är ingen kryssruta.`);
    if (!f.checked) await page.keyboard.press('Space');
  }
}

/** Tabs to "Fortsätt" and presses Enter. */
export async function continueStep(page: Page): Promise<void> {
  await tabTo(page, /^Fortsätt$/);
  await page.keyboard.press('Enter');
}
