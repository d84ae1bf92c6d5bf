/**
 * Hostile tests of Guidekarta's suggestions route (`POST /guidekarta/forslag`,
 * cms/src/guidekarta/routes.ts), which tells an editor the insatser a path through Hitta rätt
 * leads to with the published content: exactly the roles that may open Guidekarta (read Hitta
 * rätt in the content manager) get an answer, a Skribent gets 403 whatever spelling or method
 * they try, nobody gets in without an admin session or through the public API, bad input is
 * refused, and drafts never show: neither a draft guide's headings nor a draft insats's name.
 * On SQLite and, when it runs, PostgreSQL.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { createEditor } from '@vg/scripts/cms/editors.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROUTE = '/guidekarta/forslag';
const GUIDE_DRAFT = '/content-manager/single-types/api::hitta-ratt.hitta-ratt';
const INSATS = '/content-manager/collection-types/api::insats.insats';
/** The demo flow's calm path: every default, but hälsa "nej" and at most 9 hours (cms/data/hitta-ratt.json). */
const STEG = [
  { fraga: 'kommun', villkor: 'alltid' },
  { fraga: 'kontakter', villkor: 'alltid' },
  { fraga: 'inkomst', villkor: 'alltid' },
  { fraga: 'halsa', villkor: 'svar-ar', varde: 'nej' },
  { fraga: 'sprak', villkor: 'alltid' },
  { fraga: 'mal', villkor: 'alltid' },
  { fraga: 'timmar', villkor: 'timmar-hogst', varde: '9' },
];
const BODY = { steg: STEG, kommun: '0580' };
const DRAFT_WORDS = 'Hemligt utkast';

interface Answer {
  data?: { lage: string; nod: { rubrik: string }; insatser: { namn: string }[] };
  error?: { message?: string };
}

describe.each(await testDatabases())('the Guidekarta suggestions against the wrong people and the wrong requests, on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let roles: [string, AdminApi][];
  let skribent: AdminApi;

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    skribent = (await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent')).api;
    const role = await superAdmin.request('POST', '/admin/roles', { name: 'Läsare', description: 'Bara läsning (test)' });
    expect([200, 201], JSON.stringify(role.body)).toContain(role.status);
    roles = [
      ['super admin', superAdmin],
      ['Redaktör', (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).api],
      ['Skribent', skribent],
      ['Förbundsredaktör', (await createEditor(superAdmin, 'forbund@example.se', 'vg-forbundsredaktor')).api],
      ['Läsare', (await createEditor(superAdmin, 'lasare@example.se', (role.body as { data: { code: string } }).data.code)).api],
    ];
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('answers exactly the roles that may read Hitta rätt (and so open Guidekarta), never a Skribent', async () => {
    const answered: string[] = [];
    for (const [name, api] of roles) {
      const mayRead = (await api.request('GET', GUIDE_DRAFT)).status === 200;
      const res = await api.request('POST', ROUTE, BODY);
      if (mayRead) {
        answered.push(name);
        expect(res.status, `${name}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(200);
        expect((res.body as Answer).data?.insatser[0]?.namn, name).toBe('Backaberg');
      } else {
        expect(res.status, name).toBe(403);
        expect((res.body as Answer).error?.message, name).toContain('får läsa guiden Hitta rätt');
        expect(JSON.stringify(res.body), name).not.toContain('Backaberg');
      }
    }
    expect(answered).toEqual(expect.arrayContaining(['super admin', 'Redaktör']));
    expect(answered).not.toContain('Skribent');
    expect(answered).not.toContain('Läsare');
    expect((await skribent.request('GET', GUIDE_DRAFT)).status).toBe(403);
    expect((await skribent.request('POST', ROUTE, BODY)).status).toBe(403);
  });

  it('shows the published content only, never a draft', async () => {
    const draft = (await superAdmin.get<{ data: Record<string, unknown> & { utfall: { nyckel: string; rubrik: string }[] } }>(GUIDE_DRAFT))
      .data;
    const utfall = draft.utfall.map((u) => (u.nyckel === 'borja-i-lugn-takt' ? { ...u, rubrik: `${DRAFT_WORDS}: utfall` } : u));
    const savedGuide = await superAdmin.request('PUT', GUIDE_DRAFT, { ...draft, utfall });
    expect(savedGuide.status, JSON.stringify(savedGuide.body)).toBe(200);
    const list = await superAdmin.get<{ results: { documentId: string; slug: string }[] }>(`${INSATS}?page=1&pageSize=100`);
    const backaberg = list.results.find((i) => i.slug === 'backaberg');
    const savedInsats = await superAdmin.request('PUT', `${INSATS}/${backaberg?.documentId}`, { namn: `${DRAFT_WORDS}: insats` });
    expect(savedInsats.status, JSON.stringify(savedInsats.body)).toBe(200);

    const res = await superAdmin.request('POST', ROUTE, BODY);
    expect(res.status).toBe(200);
    const answer = (res.body as Answer).data;
    expect(answer?.nod.rubrik).toBe('Börja i lugn takt');
    expect(answer?.insatser[0]?.namn).toBe('Backaberg');
    expect(JSON.stringify(res.body)).not.toContain(DRAFT_WORDS);
    expect(JSON.stringify(res.body)).not.toMatch(/documentId|createdBy|updatedBy|password|email/);
  });

  it('lets nobody in without an admin session, nor through the public API', async () => {
    const post = (p: string, headers: Record<string, string> = {}) =>
      fetch(`${cms.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(BODY) });
    expect((await post(ROUTE)).status).toBe(401);
    expect((await post(ROUTE, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' })).status).toBe(401);
    for (const p of [`/api${ROUTE}`, '/api/guidekarta/forslag/', '/api/hitta-ratt'])
      expect([401, 403, 404, 405], p).toContain((await post(p)).status);
  });

  it('refuses a Skribent whatever the spelling or the method', async () => {
    const spellings = [
      ROUTE.toUpperCase(),
      '/Guidekarta/Forslag',
      `${ROUTE}/`,
      '/guidekarta//forslag',
      '/guidekarta/./forslag',
      '/guidekarta/forslag/../forslag',
      '/guidekarta/%66orslag',
      '/guidekarta%2Fforslag',
      `${ROUTE}?status=draft`,
      `${ROUTE};x`,
      '/admin/guidekarta/forslag',
      '/content-manager/guidekarta/forslag',
    ];
    for (const p of spellings) {
      const res = await skribent.request('POST', p, BODY);
      expect([401, 403, 404, 405], `${p}: ${res.status}`).toContain(res.status);
      expect(JSON.stringify(res.body), p).not.toContain('Backaberg');
    }
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await skribent.request(method, ROUTE, method === 'GET' || method === 'DELETE' ? undefined : BODY);
      expect([401, 403, 404, 405], `${method} ${ROUTE}`).toContain(res.status);
    }
  });

  it('refuses bad input with a message, and asks for a kommun rather than guessing one', async () => {
    for (const body of [{ ...BODY, status: 'draft' }, { steg: STEG, kommun: 'Linköping' }, { steg: 'alla' }, null]) {
      const res = await superAdmin.request('POST', ROUTE, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.body as Answer).error?.message, JSON.stringify(body)).toBeTruthy();
    }
    const res = await superAdmin.request('POST', ROUTE, { steg: STEG });
    expect(res.status).toBe(200);
    expect((res.body as Answer).data?.lage).toBe('valj-kommun');
    expect((res.body as Answer).data?.insatser).toEqual([]);
  });
});
