import { describe, expect, it } from 'vitest';
import { FIXTURE_SNAPSHOT } from '../../test/fixture.ts';
import { readSnapshotFile } from '../content/snapshot-loader.ts';
import { PageNotFoundError, renderPage, routeOf } from './render-page.ts';

const SITE = 'https://valfardsguiden.example';

describe('rendering one page from a snapshot', () => {
  it('finds pages the way Astro routes them: a static address before a parameter', () => {
    expect(routeOf('/vagval/arena-arbetsmarknad')).toEqual({
      file: '../pages/vagval/[slug].astro',
      params: { slug: 'arena-arbetsmarknad' },
    });
    expect(routeOf('/vagval/lediga-platser')?.file).toBe('../pages/vagval/lediga-platser.astro');
    expect(routeOf('/')?.file).toBe('../pages/index.astro');
    expect(routeOf('/vanliga-fragor')?.file).toBe('../pages/vanliga-fragor.astro');
    expect(routeOf('/finns/inte/alls')).toBeUndefined();
  });

  it("renders an insats page with the text of the given snapshot, not the build's", async () => {
    const published = readSnapshotFile(FIXTURE_SNAPSHOT);
    const snapshot = structuredClone(published);
    const item = snapshot.collections.insatser.find((i) => i.data.slug === 'arena-arbetsmarknad');
    if (!item) throw new Error('fixture');
    item.data.sammanfattning = 'Ett helt nytt utkast till sammanfattning.';
    const html = await renderPage(snapshot, '/vagval/arena-arbetsmarknad', SITE);
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Ett helt nytt utkast till sammanfattning.');
    expect(html).toContain('<h1');
    const again = await renderPage(published, '/vagval/arena-arbetsmarknad', SITE);
    expect(again).not.toContain('Ett helt nytt utkast');
  });

  it('refuses an address no page of the snapshot has', async () => {
    const published = readSnapshotFile(FIXTURE_SNAPSHOT);
    await expect(renderPage(published, '/vagval/finns-inte', SITE)).rejects.toThrow(PageNotFoundError);
  });
});
