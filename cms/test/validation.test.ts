import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const INSATS = '/content-manager/collection-types/api::insats.insats';
const STORY = '/content-manager/collection-types/api::berattelse.berattelse';

const paragraph = (text: string, url?: string) => [
  {
    type: 'paragraph',
    children: url ? [{ type: 'link', url, children: [{ type: 'text', text }] }] : [{ type: 'text', text }],
  },
];

describe.each(await testDatabases())('validation in the CMS on %s', (database) => {
  let cms: TempStrapi;
  let admin: AdminApi;
  let orgDocumentId: string;
  const count = async () => (await admin.get<{ pagination: { total: number } }>(`${INSATS}?pageSize=1`)).pagination.total;
  /** A draft an editor might start from: valid, but not publishable until it has a municipality. */
  const draft = (extra: Record<string, unknown> = {}) => ({
    namn: 'Testinsats',
    slug: `test-${Math.random().toString(36).slice(2, 8)}`,
    sammanfattning: 'Ett test.',
    beskrivning: paragraph('Beskrivning.'),
    stodform: 'vagledning',
    vagarIn: [{ typ: 'egen-anmalan' }],
    driftstatus: 'aktiv',
    senastGranskad: '2026-11-01',
    granskningsintervallManader: 12,
    organisation: { connect: [{ documentId: orgDocumentId }] },
    ...extra,
  });
  const expectRefused = async (data: Record<string, unknown>, message: RegExp) => {
    const before = await count();
    const res = await admin.request('POST', INSATS, draft(data));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(message);
    expect(await count(), 'nothing is stored').toBe(before);
  };

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    admin = await AdminApi.registerFirstAdmin(cms.url);
    const orgs = await admin.get<{ results: { documentId: string; slug: string }[] }>(
      '/content-manager/collection-types/api::organisation.organisation?pageSize=100',
    );
    orgDocumentId = orgs.results.find((o) => o.slug === 'linkopings-kommun')?.documentId ?? '';
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('accepts a well-formed draft', async () => {
    const res = await admin.request('POST', INSATS, draft());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('refuses a slug with capitals or å/ä/ö', async () => {
    await expectRefused({ slug: 'Jönsbo-Gård' }, /Adressnamnet/);
  });

  it('refuses a slug another entry already has', async () => {
    await expectRefused({ slug: 'jonsbo' }, /används redan/);
  });

  it('refuses a malformed e-mail, phone number and web address', async () => {
    await expectRefused({ kontakt: { roll: 'Samordnare', epost: 'inte-en-adress' } }, /E-postadressen är inte giltig/);
    await expectRefused({ kontakt: { roll: 'Samordnare', telefon: 'ring mig' } }, /Telefonnumret ska skrivas/);
    await expectRefused({ kontakt: { roll: 'Samordnare', webb: 'http://osaker.example.se' } }, /https:\/\//);
  });

  it('refuses hours where min is above max', async () => {
    await expectRefused({ timmarPerVecka: { min: 20, max: 10 } }, /som mest.*mindre än.*minst/);
  });

  it('refuses links with schemes outside the allow-list in rich text', async () => {
    await expectRefused({ beskrivning: paragraph('Klicka', 'javascript:alert(1)') }, /otillåten adress/);
  });

  it('refuses to publish an insats without a municipality, naming it', async () => {
    const created = await admin.request('POST', INSATS, draft({ namn: 'Utan kommun' }));
    expect(created.status).toBe(201);
    const id = (created.body as { data: { documentId: string } }).data.documentId;
    const res = await admin.request('POST', `${INSATS}/${id}/actions/publish`, {});
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/Utan kommun.*har ingen kommun/);
  });

  it('refuses to publish an insats missing required fields', async () => {
    const created = await admin.request('POST', INSATS, draft({ namn: 'Ofärdig', sammanfattning: '', digital: true }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as { data: { documentId: string } }).data.documentId;
    const res = await admin.request('POST', `${INSATS}/${id}/actions/publish`, {});
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/Insatsen saknar sammanfattning/);
  });

  it('refuses to publish a story without recorded consent', async () => {
    const stories = await admin.get<{ results: { documentId: string; samtyckeDatum: string | null; publishedAt: string | null }[] }>(
      `${STORY}?pageSize=100`,
    );
    const unconsented = stories.results.find((s) => s.samtyckeDatum === null);
    expect(unconsented, 'the seed has a story without consent').toBeDefined();
    const res = await admin.request('POST', `${STORY}/${unconsented?.documentId}/actions/publish`, {});
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/saknar datum för samtycke/);
    const after = await admin.get<{ data: { publishedAt: string | null } }>(`${STORY}/${unconsented?.documentId}`);
    expect(after.data.publishedAt).toBeNull();
  });
});
