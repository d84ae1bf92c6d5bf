/** Builds the demo site from the committed fixture snapshot into a temp folder (for the a11y tests). */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '@vg/scripts/site/build-site.ts';
import { createStaticServer } from '@vg/scripts/site/static-server.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURE_SNAPSHOT = path.join(ROOT, 'site', 'test', 'fixtures', 'snapshot.json');

export async function buildDemoSite(): Promise<{ dir: string; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-a11y-site-'));
  // The site build keeps its cache beside the output folder (<outDir>.astro-cache); remove both.
  const remove = () => {
    for (const d of [dir, `${dir}.astro-cache`]) fs.rmSync(d, { recursive: true, force: true });
  };
  try {
    await buildSite(dir, { SNAPSHOT_PATH: FIXTURE_SNAPSHOT });
  } catch (err) {
    remove();
    throw err;
  }
  return { dir, remove };
}

/** Serves a built site on a free loopback port. */
export async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createStaticServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
