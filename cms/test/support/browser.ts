import { CHROMIUM_ARGS, ensureChromium } from '@vg/scripts/lib/chromium.ts';
import { type Browser, chromium, type Page } from 'playwright-core';
import { EDITOR_PASSWORD } from './editors.ts';

export type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

/** Logs an editor in with the admin's own login form (the demo editors' password), and waits until the admin has left the login pages. */
export async function logInToAdmin(page: Page, email: string): Promise<void> {
  await page.goto('/admin/auth/login');
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(EDITOR_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
}
