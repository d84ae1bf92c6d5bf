/**
 * The site built from the committed fixture snapshot and served on a free port, plus Debian's
 * Chromium through playwright-core, for browser tests. Never downloads a browser.
 */
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '@vg/scripts/lib/chromium.ts';
import { buildSite } from '@vg/scripts/site/build-site.ts';
import { createStaticServer } from '@vg/scripts/site/static-server.ts';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const FIXTURE_SNAPSHOT = path.resolve(import.meta.dirname, '../../../site/test/fixtures/snapshot.json');

export interface BuiltSite {
  readonly url: string;
  readonly outDir: string;
  close(): Promise<void>;
}

/** Builds the site from the fixture into a temporary folder and serves it on 127.0.0.1. */
export async function buildAndServeFixtureSite(): Promise<BuiltSite> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-browser-'));
  // NODE_ENV: vitest sets "test", which would bundle React's development build.
  await buildSite(outDir, { SNAPSHOT_PATH: FIXTURE_SNAPSHOT, NODE_ENV: 'production' });
  const server: http.Server = createStaticServer(outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Servern för webbläsartesterna fick ingen port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    outDir,
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags that work on these machines. */
export function launchChromium(): Promise<Browser> {
  const executablePath = ensureChromium();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * For a test file or describe block: the fixture site built and served, and Chromium, from before
 * its first test until after its last. Read `site` and `browser` inside tests and hooks (they exist
 * only once the set-up has run); hooks registered after this call run after it.
 */
export function useFixtureSiteInChromium(): { readonly site: BuiltSite; readonly browser: Browser } {
  let site: BuiltSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await buildAndServeFixtureSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} finns inte än: läs den i ett test eller en hook, inte när testfilen laddas.`);
    return value;
  };
  return {
    get site() {
      return ready(site, 'Webbplatsen');
    },
    get browser() {
      return ready(browser, 'Webbläsaren');
    },
  };
}
