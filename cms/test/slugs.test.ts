/**
 * Slugs are made from the name with the shared rule (shared-schema's slugify: å/ä/ö → a/a/o, like
 * every existing slug) and follow the name until the entry is first published; an editor's own slug
 * and a published entry's slug never change by themselves.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAutomaticSlug } from '../src/validation/slug-from-name.ts';

const INSATS = '/content-manager/collection-types/api::insats.insats';
interface Saved {
  data: { documentId: string; slug: string; namn: string };
}

describe('which slug nobody chose', () => {
  it('is an empty one, Strapi’s stand-in, or the one made from the previous name', () => {
    expect(isAutomaticSlug('', 'insats', undefined)).toBe(true);
    expect(isAutomaticSlug(undefined, 'insats', undefined)).toBe(true);
    expect(isAutomaticSlug('insats', 'insats', undefined)).toBe(true);
    expect(isAutomaticSlug('insats-3', 'insats', undefined)).toBe(true);
    expect(isAutomaticSlug('oppet-hus-i-kinda', 'insats', 'Öppet hus i Kinda')).toBe(true);
    expect(isAutomaticSlug('oppet-hus-i-kinda-2', 'insats', 'Öppet hus i Kinda')).toBe(true);
    expect(isAutomaticSlug('oeppet-hus', 'insats', 'Öppet hus')).toBe(false);
    expect(isAutomaticSlug('kinda', 'insats', 'Öppet hus i Kinda')).toBe(false);
    expect(isAutomaticSlug('insatser-i-kinda', 'insats', undefined)).toBe(false);
  });
});

describe('slugs in the CMS', () => {
  let cms: TempStrapi;
  let admin: AdminApi;
  const create = async (data: Record<string, unknown>) => {
    const res = await admin.request('POST', INSATS, { vagarIn: [{ typ: 'egen-anmalan' }], ...data });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return (res.body as Saved).data;
  };
  const update = async (documentId: string, data: Record<string, unknown>) => {
    const res = await admin.request('PUT', `${INSATS}/${documentId}`, data);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as Saved).data;
  };

  beforeAll(async () => {
    cms = await startTempStrapi({ env: { VG_SEED_DEMO: 'true' } });
    admin = await AdminApi.registerFirstAdmin(cms.url);
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('proposes the name’s slug with the shared rule ("Återgenerera"): ö becomes o, not oe', async () => {
    const res = await admin.request('POST', '/content-manager/uid/generate', {
      contentTypeUID: 'api::insats.insats',
      field: 'slug',
      data: { id: '', namn: 'Försörjningsstöd för unga i Åtvidaberg' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as { data: string }).data).toBe('forsorjningsstod-for-unga-i-atvidaberg');
  });

  it('replaces the stand-in "insats" with the name’s slug on create', async () => {
    const saved = await create({ namn: 'Öppen förskola för föräldrar', slug: 'insats' });
    expect(saved.slug).toBe('oppen-forskola-for-foraldrar');
    // Without any slug, too; a second entry of the same name gets a number.
    expect((await create({ namn: 'Öppen förskola för föräldrar' })).slug).toBe('oppen-forskola-for-foraldrar-2');
  });

  it('follows a new name until the entry is published, but keeps a slug the editor chose', async () => {
    const draft = await create({ namn: 'Språkcafé i Ydre', slug: 'insats' });
    expect(draft.slug).toBe('sprakcafe-i-ydre');
    // The admin sends the form as it is: the old slug with the new name.
    const renamed = await update(draft.documentId, { namn: 'Språkcafé i Kinda', slug: 'sprakcafe-i-ydre' });
    expect(renamed.slug).toBe('sprakcafe-i-kinda');

    const own = await create({ namn: 'Arbetsträning på Ölands bro', slug: 'olandsbron' });
    expect(own.slug).toBe('olandsbron');
    expect((await update(own.documentId, { namn: 'Arbetsträning vid Ölandsbron', slug: 'olandsbron' })).slug).toBe('olandsbron');
  });

  it('never changes a published entry’s slug by itself', async () => {
    const list = await admin.get<{ results: { documentId: string; slug: string; namn: string; status: string }[] }>(
      `${INSATS}?pageSize=1&status=published`,
    );
    const published = list.results[0];
    expect(published).toBeDefined();
    if (!published) return;
    const renamed = await update(published.documentId, { namn: `${published.namn} (nytt namn)`, slug: published.slug });
    expect(renamed.slug).toBe(published.slug);
  });
});
