import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const INSATS = '/content-manager/collection-types/api::insats.insats';
const ORG = '/content-manager/collection-types/api::organisation.organisation';
const OWN_ORG = 'linkopings-kommun';
const seedInsatser = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', 'data', 'insatser.json'), 'utf8')) as {
  slug: string;
  organisation: string;
}[];

interface Entry {
  documentId: string;
  slug: string;
  organisation?: { documentId: string; slug?: string } | { count: number } | null;
}

/** Creates an admin user with one role and returns a logged-in client, as a new editor would be set up. */
async function createEditor(superAdmin: AdminApi, email: string, roleCode: string): Promise<{ api: AdminApi; id: number }> {
  const roles = await superAdmin.get<{ data: { id: number; code: string }[] }>('/admin/roles');
  const role = roles.data.find((r) => r.code === roleCode);
  if (!role) throw new Error(`rollen ${roleCode} finns inte`);
  const created = await superAdmin.request('POST', '/admin/users', { firstname: 'Test', lastname: roleCode, email, roles: [role.id] });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const user = (created.body as { data: { id: number; registrationToken: string } }).data;
  const password = 'Skribent-losen-1';
  const reg = await superAdmin.request('POST', '/admin/register', {
    registrationToken: user.registrationToken,
    userInfo: { firstname: 'Test', lastname: roleCode, password },
  });
  expect(reg.status, JSON.stringify(reg.body)).toBe(200);
  return { api: await AdminApi.login(superAdmin.baseUrl, email, password), id: user.id };
}

describe.each(await testDatabases())('editorial roles on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let skribent: AdminApi;
  let redaktor: AdminApi;
  let ownOrgId: string;
  let otherOrgId: string;
  let own: Entry;
  let other: Entry;

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    const s = await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent');
    skribent = s.api;
    redaktor = (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).api;
    const orgs = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${ORG}?pageSize=100`);
    ownOrgId = orgs.results.find((o) => o.slug === OWN_ORG)?.documentId ?? '';
    otherOrgId = orgs.results.find((o) => o.slug === 'region-ostergotland')?.documentId ?? '';
    // The redaktion links the writer to their organisation in the CMS.
    const link = await superAdmin.request('PUT', `${ORG}/${ownOrgId}`, { skribenter: { connect: [{ id: s.id }] } });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const all = await superAdmin.get<{ results: Entry[] }>(`${INSATS}?pageSize=100&populate[organisation][fields][0]=slug`);
    const bySlug = (slug: string) => all.results.find((e) => e.slug === slug) as Entry;
    own = bySlug(seedInsatser.find((i) => i.organisation === OWN_ORG)?.slug ?? '');
    other = bySlug(seedInsatser.find((i) => i.organisation !== OWN_ORG)?.slug ?? '');
    expect(own && other).toBeTruthy();
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('a Skribent sees only their own organisation’s insatser', async () => {
    const list = await skribent.get<{ results: Entry[]; pagination: { total: number } }>(`${INSATS}?pageSize=100`);
    const expected = seedInsatser
      .filter((i) => i.organisation === OWN_ORG)
      .map((i) => i.slug)
      .sort();
    expect(list.results.map((e) => e.slug).sort()).toEqual(expected);
    expect((await skribent.request('GET', `${INSATS}/${other.documentId}`)).status).toBe(403);
    expect((await skribent.request('GET', `${INSATS}/${own.documentId}`)).status).toBe(200);
  });

  it('a Skribent edits their own insatser but not others’', async () => {
    const mine = await skribent.request('PUT', `${INSATS}/${own.documentId}`, { sammanfattning: 'Uppdaterad av skribenten.' });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect((await skribent.request('PUT', `${INSATS}/${other.documentId}`, { sammanfattning: 'Intrång' })).status).toBe(403);
    // Nor can they move their insats to another organisation.
    const move = await skribent.request('PUT', `${INSATS}/${own.documentId}`, { organisation: { connect: [{ documentId: otherOrgId }] } });
    expect(move.status).toBe(403);
  });

  it('a Skribent creates drafts only for their own organisation', async () => {
    // The admin form always sends empty repeatable components; drafts may be incomplete.
    const base = { namn: 'Ny insats från skribent', slug: 'ny-insats-fran-skribent', sammanfattning: 'Ett utkast.', vagarIn: [] };
    const ownDraft = await skribent.request('POST', INSATS, { ...base, organisation: { connect: [{ documentId: ownOrgId }] } });
    expect(ownDraft.status, JSON.stringify(ownDraft.body)).toBe(201);
    const foreign = await skribent.request('POST', INSATS, {
      ...base,
      slug: 'annan-org',
      organisation: { connect: [{ documentId: otherOrgId }] },
    });
    expect(foreign.status).toBe(403);
    const none = await skribent.request('POST', INSATS, { ...base, slug: 'utan-org' });
    expect(none.status).toBe(403);
  });

  it('a Skribent can neither publish nor delete', async () => {
    expect((await skribent.request('POST', `${INSATS}/${own.documentId}/actions/publish`, {})).status).toBe(403);
    expect((await skribent.request('DELETE', `${INSATS}/${own.documentId}`)).status).toBe(403);
  });

  it('a Redaktör edits and publishes any insats', async () => {
    const edit = await redaktor.request('PUT', `${INSATS}/${other.documentId}`, { sammanfattning: 'Granskad av redaktionen.' });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const publish = await redaktor.request('POST', `${INSATS}/${other.documentId}/actions/publish`, {});
    expect(publish.status, JSON.stringify(publish.body)).toBe(200);
  });
});
