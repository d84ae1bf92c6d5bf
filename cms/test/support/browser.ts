import { CHROMIUM_ARGS, ensureChromium } from '@vg/scripts/lib/chromium.ts';
import { type Browser, chromium } from 'playwright-core';

export type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}
