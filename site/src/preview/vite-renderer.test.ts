import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSiteRenderer } from './vite-renderer.ts';

const SITE_DIR = path.resolve(import.meta.dirname, '../..');

describe('the preview service’s renderer', () => {
  const before = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = before;
  });

  // A bug found by the bench: Vite set NODE_ENV=development in the process that started the
  // preview, so the site builds it started afterwards were development builds, which recompute
  // the open-data export for every file (a 10,000-insats build went from 35 s to over 7 minutes).
  it('leaves the NODE_ENV of the process that starts it as it was, unset included', async () => {
    delete process.env.NODE_ENV;
    const renderer = await createSiteRenderer(SITE_DIR);
    try {
      expect(process.env.NODE_ENV).toBeUndefined();
    } finally {
      await renderer.close();
    }
    expect(process.env.NODE_ENV).toBeUndefined();
  });
});
