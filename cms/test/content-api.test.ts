import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dataDir = path.resolve(import.meta.dirname, '..', 'data');
const countIn = (file: string, keep: (r: Record<string, unknown>) => boolean = () => true) =>
  (JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as Record<string, unknown>[]).filter(keep).length;

/** Every collection endpoint and the seed file whose published entries it must list. */
const COLLECTIONS: [endpoint: string, file: string, published?: (r: Record<string, unknown>) => boolean][] = [
  ['insatser', 'insatser.json'],
  ['berattelser', 'berattelser.json', (r) => r.samtycke !== null],
  ['fragor', 'fragor.json'],
  ['kedjor', 'kedjor.json'],
  ['aktorer', 'aktorer.json'],
  ['begreppen', 'begrepp.json'],
  ['kommuner', 'kommuner.json'],
  ['malgrupper', 'malgrupper.json'],
  ['livssituationer', 'livssituationer.json'],
  ['organisationer', 'organisationer.json'],
  ['forbunden', 'forbund.json'],
  ['amnen', 'amnen.json'],
];

async function total(url: string, endpoint: string): Promise<number> {
  const res = await fetch(`${url}/api/${endpoint}?pagination[pageSize]=1`);
  expect(res.status, `GET /api/${endpoint}`).toBe(200);
  const body = (await res.json()) as { meta: { pagination: { total: number } } };
  return body.meta.pagination.total;
}

describe.each(await testDatabases())('seeded CMS on %s', (database) => {
  let cms: TempStrapi;
  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('publishes every seed entry, and the story without consent stays unpublished', async () => {
    for (const [endpoint, file, published] of COLLECTIONS) {
      expect(await total(cms.url, endpoint), endpoint).toBe(countIn(file, published));
    }
    expect(await total(cms.url, 'kommuner')).toBe(290);
    for (const single of ['startsida', 'tillganglighetsredogorelse']) {
      expect((await fetch(`${cms.url}/api/${single}`)).status, single).toBe(200);
    }
  });

  it('meets the demo-content minimums', async () => {
    expect(await total(cms.url, 'insatser')).toBeGreaterThanOrEqual(40);
    expect(await total(cms.url, 'berattelser')).toBeGreaterThanOrEqual(6);
    expect(await total(cms.url, 'fragor')).toBeGreaterThanOrEqual(25);
    expect(await total(cms.url, 'kedjor')).toBeGreaterThanOrEqual(4);
    expect(await total(cms.url, 'begreppen')).toBeGreaterThanOrEqual(20);
    const queue = await fetch(`${cms.url}/api/insatser?filters[platser][ko][$eq]=true&pagination[pageSize]=1`);
    expect(((await queue.json()) as { meta: { pagination: { total: number } } }).meta.pagination.total).toBeGreaterThan(0);
  });

  it('never serves drafts, not even when asked for them', async () => {
    const res = await fetch(`${cms.url}/api/berattelser?status=draft`);
    expect(res.status).toBe(403);
    const list = (await (await fetch(`${cms.url}/api/berattelser?pagination[pageSize]=100&fields[0]=slug`)).json()) as {
      data: { slug: string }[];
    };
    const unconsented = (
      JSON.parse(fs.readFileSync(path.join(dataDir, 'berattelser.json'), 'utf8')) as { slug: string; samtycke: unknown }[]
    )
      .filter((s) => s.samtycke === null)
      .map((s) => s.slug);
    expect(unconsented.length).toBeGreaterThan(0);
    for (const slug of unconsented) expect(list.data.map((d) => d.slug)).not.toContain(slug);
  });

  it('refuses every write from the public', async () => {
    const first = (await (await fetch(`${cms.url}/api/insatser?pagination[pageSize]=1`)).json()) as { data: { documentId: string }[] };
    const id = first.data[0]?.documentId;
    expect(id).toBeTruthy();
    const body = JSON.stringify({ data: { namn: 'Intrång' } });
    const headers = { 'content-type': 'application/json' };
    expect((await fetch(`${cms.url}/api/insatser`, { method: 'POST', headers, body })).status).toBe(403);
    expect((await fetch(`${cms.url}/api/insatser/${id}`, { method: 'PUT', headers, body })).status).toBe(403);
    expect((await fetch(`${cms.url}/api/insatser/${id}`, { method: 'DELETE' })).status).toBe(403);
  });

  it('gives the public role find/findOne and nothing else', async () => {
    const admin = await AdminApi.registerFirstAdmin(cms.url);
    const roles = await admin.get<{ roles: { id: number; type: string }[] }>('/users-permissions/roles');
    const publicRole = roles.roles.find((r) => r.type === 'public');
    expect(publicRole).toBeDefined();
    const role = await admin.get<{
      role: { permissions: Record<string, { controllers: Record<string, Record<string, { enabled: boolean }>> }> };
    }>(`/users-permissions/roles/${publicRole?.id}`);
    const enabled: string[] = [];
    for (const [plugin, { controllers }] of Object.entries(role.role.permissions)) {
      for (const [controller, actions] of Object.entries(controllers)) {
        for (const [action, { enabled: on }] of Object.entries(actions)) if (on) enabled.push(`${plugin}.${controller}.${action}`);
      }
    }
    expect(enabled.length).toBeGreaterThan(0);
    expect(enabled.filter((a) => !/\.(find|findOne)$/.test(a) || !a.startsWith('api::'))).toEqual([]);
    // Intake entries hold submitters' contact details and key hashes: never readable by the public.
    for (const closed of ['api::forslag', 'api::inlamningsnyckel', 'api::aterkoppling']) {
      expect(enabled.filter((a) => a.startsWith(closed))).toEqual([]);
    }
  });

  it('adds nothing when seeded again', async () => {
    const before = await Promise.all(COLLECTIONS.map(([endpoint]) => total(cms.url, endpoint)));
    await cms.restart();
    const after = await Promise.all(COLLECTIONS.map(([endpoint]) => total(cms.url, endpoint)));
    expect(after).toEqual(before);
  });
});
