import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Configuration {
  contentType: {
    settings: { defaultSortBy: string; defaultSortOrder: string };
    layouts: { list: string[] };
    metadatas: Record<string, { edit: { label: string; description: string }; list: { label: string; sortable: boolean } }>;
  };
}

// The admin is configured in code at start-up; SQLite is enough here (storage is Strapi's own core store).
describe('the admin as editors see it', () => {
  let cms: TempStrapi;
  let admin: AdminApi;
  beforeAll(async () => {
    cms = await startTempStrapi();
    admin = await AdminApi.registerFirstAdmin(cms.url);
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('lists insatser with "senast granskad", oldest first, sortable', async () => {
    const config = await admin.get<{ data: Configuration }>('/content-manager/content-types/api::insats.insats/configuration');
    const ct = config.data.contentType;
    expect(ct.layouts.list).toContain('senastGranskad');
    expect(ct.settings).toMatchObject({ defaultSortBy: 'senastGranskad', defaultSortOrder: 'ASC' });
    expect(ct.metadatas.senastGranskad?.list.sortable).toBe(true);
  });

  it('shows Swedish labels and help texts', async () => {
    const config = await admin.get<{ data: Configuration }>('/content-manager/content-types/api::insats.insats/configuration');
    const meta = config.data.contentType.metadatas;
    expect(meta.namn?.edit.label).toBe('Namn');
    expect(meta.sammanfattning?.edit.description).toMatch(/[åäö]/);
    expect(meta.senastGranskad?.list.label).toMatch(/granskad/i);
  });

  it('makes Swedish the default locale', async () => {
    const locales = await admin.get<{ code: string; isDefault: boolean }[]>('/i18n/locales');
    expect(locales.find((l) => l.isDefault)?.code).toBe('sv');
  });
});
