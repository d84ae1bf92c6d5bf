import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Settings {
  defaultSortBy: string;
  defaultSortOrder: string;
  mainField: string;
}
type Metadatas = Record<
  string,
  {
    edit: { label: string; description: string; mainField?: string; editable?: boolean };
    list: { label: string; sortable: boolean; mainField?: string };
  }
>;
interface Configuration {
  contentType: { settings: Settings; layouts: { list: string[] }; metadatas: Metadatas };
  components: Record<string, { settings: Settings; metadatas: Metadatas }>;
}
const configuration = (admin: AdminApi, uid: string) =>
  admin.get<{ data: Configuration }>(`/content-manager/content-types/${uid}/configuration`).then((r) => r.data);

// The admin is configured in code at start-up; SQLite is enough here (storage is Strapi's own core store).
describe('the admin as editors see it', () => {
  let cms: TempStrapi;
  let admin: AdminApi;
  beforeAll(async () => {
    cms = await startTempStrapi({ env: { VG_SEED_DEMO: 'true' } });
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
    // The hint says how a date is given (typed, or picked in the calendar).
    expect(meta.senastGranskad?.edit.description).toContain('Skriv datumet som 2026-10-07');
  });

  it('titles every entry by its name, in lists and pickers (not by a code or an id)', async () => {
    for (const [uid, field] of [
      ['api::kommun.kommun', 'namn'],
      ['api::organisation.organisation', 'namn'],
      ['api::insats.insats', 'namn'],
      ['api::begrepp.begrepp', 'term'],
      ['api::berattelse.berattelse', 'titel'],
      ['api::fraga.fraga', 'fraga'],
    ] as const)
      expect((await configuration(admin, uid)).contentType.settings.mainField, uid).toBe(field);
    // A relation field shows the target's name: the municipality picker on an insats, the organisation on a key.
    const insats = (await configuration(admin, 'api::insats.insats')).contentType.metadatas;
    expect(insats.kommuner?.edit.mainField).toBe('namn');
    expect(insats.kommuner?.list.mainField).toBe('namn');
    expect(insats.organisation?.edit.mainField).toBe('namn');
  });

  it('finds a municipality in the picker by its name', async () => {
    const found = await admin.get<{ results: { namn?: string; kod?: string }[] }>(
      '/content-manager/relations/api::insats.insats/kommuner?_q=Kinda&pageSize=10',
    );
    expect(found.results.map((k) => k.namn)).toEqual(['Kinda']);
  });

  it('heads collapsed repeatable items with something meaningful', async () => {
    const { components } = await configuration(admin, 'api::hitta-ratt.hitta-ratt');
    expect(components['guide.fraga']?.settings.mainField).toBe('rubrik');
    expect(components['guide.alternativ']?.settings.mainField).toBe('text');
    expect(components['guide.utfall']?.settings.mainField).toBe('rubrik');
    const kedja = await configuration(admin, 'api::kedja.kedja');
    expect(kedja.components['kedja.steg']?.settings.mainField).toBe('rubrik');
    expect(kedja.components['kedja.steg']?.metadatas.aktor?.edit.mainField).toBe('namn');
    const insats = await configuration(admin, 'api::insats.insats');
    expect(insats.components['shared.kontakt']?.settings.mainField).toBe('roll');
  });

  it('makes Swedish the default locale', async () => {
    const locales = await admin.get<{ code: string; isDefault: boolean }[]>('/i18n/locales');
    expect(locales.find((l) => l.isDefault)?.code).toBe('sv');
  });
});
