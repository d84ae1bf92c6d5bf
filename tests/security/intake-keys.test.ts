/**
 * Submission keys are made and revoked only by the redaktion's two actions. Through the content
 * manager nobody — not a Redaktör, not a super admin — can switch a revoked key back on, choose its
 * hash, move it to another organisation or retitle it, under any of the admin's write routes.
 * A key is titled by organisation and date (never by its hash), and the organisation page can tell
 * whether a key works now without revealing it.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { createEditor } from '@vg/scripts/cms/editors.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CM = '/content-manager/collection-types';
const KEYS = `${CM}/api::inlamningsnyckel.inlamningsnyckel`;
const ORGS = `${CM}/api::organisation.organisation`;

interface Key {
  documentId: string;
  titel: string;
  prefix: string;
  aktiv: boolean;
  nyckelHash?: string;
}

describe.each(await testDatabases())('submission keys through the admin on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let redaktor: AdminApi;
  let skribent: AdminApi;
  let orgId: string;
  let otherOrgId: string;
  let revoked: Key;
  const key = async (documentId: string) => (await superAdmin.get<{ data: Key }>(`${KEYS}/${documentId}`)).data;

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    redaktor = (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).api;
    skribent = (await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent')).api;
    const orgs = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${ORGS}?pageSize=100`);
    orgId = orgs.results.find((o) => o.slug === 'linkopings-kommun')?.documentId ?? '';
    otherOrgId = orgs.results.find((o) => o.slug !== 'linkopings-kommun')?.documentId ?? '';
    expect(orgId && otherOrgId).toBeTruthy();
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('titles a key by organisation and date, tells the organisation page whether one works, never the key', async () => {
    const status = async () =>
      (await redaktor.get<{ data: { aktiv: { prefix: string; skapad: string } | null } }>(`/intake/organisationer/${orgId}/nyckel`)).data
        .aktiv;
    const before = await status();
    const issued = await redaktor.request('POST', '/intake/inlamningsnycklar', { organisation: orgId });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const { documentId, prefix, nyckel } = (issued.body as { data: { documentId: string; prefix: string; nyckel: string } }).data;
    expect(before?.prefix).not.toBe(prefix);

    const made = await key(documentId);
    expect(made.titel).toBe(`Linköpings kommun, ${new Date().toISOString().slice(0, 10)} (${prefix}…)`);
    expect(made.titel).not.toContain(made.nyckelHash ?? 'no hash');
    const answer = JSON.stringify(await redaktor.get(`/intake/organisationer/${orgId}/nyckel`));
    expect(answer).toContain(prefix);
    expect(answer).not.toContain(nyckel);
    expect(answer).not.toContain('nyckelHash');

    // The admin lists and opens keys under that title.
    const config = await superAdmin.get<{ data: { contentType: { settings: { mainField: string } } } }>(
      '/content-manager/content-types/api::inlamningsnyckel.inlamningsnyckel/configuration',
    );
    expect(config.data.contentType.settings.mainField).toBe('titel');

    expect((await redaktor.request('POST', `/intake/inlamningsnycklar/${documentId}/aterkalla`)).status).toBe(200);
    expect(await status()).toBeNull();
    // A Skribent learns nothing about keys.
    expect((await skribent.request('GET', `/intake/organisationer/${orgId}/nyckel`)).status).toBe(403);
    revoked = await key(documentId);
    expect(revoked.aktiv).toBe(false);
  });

  const changes: [string, () => Record<string, unknown>][] = [
    ['switching a revoked key back on', () => ({ aktiv: true })],
    ['choosing its hash', () => ({ nyckelHash: 'a'.repeat(64) })],
    ['retitling it', () => ({ titel: 'Min nyckel' })],
    ['moving it to another organisation', () => ({ organisation: { connect: [{ documentId: otherOrgId }] } })],
    ['clearing its revocation', () => ({ aterkallad: null, aktiv: true })],
  ];

  it.each(changes)('refuses %s through the content manager, for a Redaktör and a super admin', async (_what, change) => {
    for (const who of [redaktor, superAdmin]) {
      const res = await who.request('PUT', `${KEYS}/${revoked.documentId}`, change());
      expect([400, 403], JSON.stringify(res.body)).toContain(res.status);
    }
    const after = await key(revoked.documentId);
    expect(after).toMatchObject({ aktiv: false, titel: revoked.titel, prefix: revoked.prefix });
  });

  it('refuses a key typed in, or copied, through the content manager', async () => {
    const count = async () => (await superAdmin.get<{ pagination: { total: number } }>(`${KEYS}?pageSize=1`)).pagination.total;
    const before = await count();
    const typed = {
      titel: 'Egen nyckel',
      organisation: { connect: [{ documentId: orgId }] },
      nyckelHash: 'b'.repeat(64),
      prefix: 'vg_egen',
      aktiv: true,
      skapad: new Date().toISOString(),
    };
    for (const who of [redaktor, superAdmin]) {
      const created = await who.request('POST', KEYS, typed);
      expect([400, 403], JSON.stringify(created.body)).toContain(created.status);
      const cloned = await who.request('POST', `${KEYS}/clone/${revoked.documentId}`, { aktiv: true });
      expect([400, 403, 404, 405], JSON.stringify(cloned.body)).toContain(cloned.status);
    }
    expect(await count()).toBe(before);
  });

  it('tells only the redaktion whether an organisation has a key: no session, other roles and other spellings of the id learn nothing', async () => {
    const route = (id: string) => `/intake/organisationer/${id}/nyckel`;
    for (const headers of [{}, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' }] as Record<string, string>[]) {
      const res = await fetch(`${cms.url}${route(orgId)}`, { headers });
      expect(res.status).toBe(401);
    }
    expect([401, 403, 404, 405]).toContain((await fetch(`${cms.url}/api${route(orgId)}`)).status);
    const forbundsredaktor = (await createEditor(superAdmin, 'forbund-nyckel@example.se', 'vg-forbundsredaktor')).api;
    for (const who of [skribent, forbundsredaktor]) expect((await who.request('GET', route(orgId))).status).toBe(403);
    for (const id of [orgId.toUpperCase(), '1', `..%2F${orgId}`, 'finns-inte', `${orgId}%00`]) {
      const res = await redaktor.request('GET', route(id));
      expect([400, 404], `${id}: ${JSON.stringify(res.body)}`).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toMatch(/vg_[a-z0-9]|nyckelHash/);
    }
    // The other key routes refuse the same spellings with a reason, and issue or revoke nothing.
    for (const [method, p, body] of [
      ['POST', '/intake/inlamningsnycklar/abc%00/aterkalla', undefined],
      ['POST', '/intake/inlamningsnycklar', { organisation: `${orgId}\u0000` }],
      ['POST', '/intake/inlamningsnycklar', { organisation: { $ne: 'x' } }],
    ] as const) {
      const res = await redaktor.request(method, p, body);
      expect([400, 404], `${method} ${p} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toContain(res.status);
    }
  });
});
