/**
 * Hostile tests of Skrivhjälp's word-list route (`GET /klarsprak/ordlistor`,
 * cms/src/klarsprak/word-lists.ts), which gives every writing role the jargon list and the
 * glossary's published terms even though a Skribent or Förbundsredaktör may not read either type
 * in the content manager: nobody gets in without an admin session or through the public API, a
 * role outside the writing ones is refused, it only reads (other methods, other spellings), and it
 * hands out exactly the fields the advice quotes — no ids, no authors, no draft glossary terms.
 * On SQLite and, when it runs, PostgreSQL.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { createEditor } from '@vg/scripts/cms/editors.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROUTE = '/klarsprak/ordlistor';
const JARGON = '/content-manager/collection-types/api::jargongord.jargongord';
const BEGREPP = '/content-manager/collection-types/api::begrepp.begrepp';
const DRAFT_TERM = 'Hemligt utkastbegrepp';

interface Lists {
  jargong: Record<string, unknown>[];
  begrepp: Record<string, unknown>[];
}

describe.each(await testDatabases())('the word lists for Skrivhjälp against the wrong people and the wrong requests, on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let writers: [string, AdminApi][];
  let outsider: AdminApi;

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    writers = [
      ['Redaktör', (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).api],
      ['Skribent', (await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent')).api],
      ['Förbundsredaktör', (await createEditor(superAdmin, 'forbund@example.se', 'vg-forbundsredaktor')).api],
    ];
    // A role of its own, outside the writing ones.
    const role = await superAdmin.request('POST', '/admin/roles', { name: 'Läsare', description: 'Bara läsning (test)' });
    expect([200, 201], JSON.stringify(role.body)).toContain(role.status);
    outsider = (await createEditor(superAdmin, 'lasare@example.se', (role.body as { data: { code: string } }).data.code)).api;
    // A glossary term the redaktion has not published yet.
    const draft = await superAdmin.request('POST', BEGREPP, {
      term: DRAFT_TERM,
      slug: 'hemligt-utkastbegrepp',
      definition: 'Inte klart.',
      senastGranskad: '2026-01-01',
      granskningsintervallManader: 12,
    });
    expect([200, 201], JSON.stringify(draft.body)).toContain(draft.status);
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('gives every writing role the same lists: the jargon list and only the published glossary, with only the fields the advice quotes', async () => {
    const jargonTotal = (await superAdmin.get<{ pagination: { total: number } }>(`${JARGON}?pageSize=1`)).pagination.total;
    const published = (await superAdmin.get<{ pagination: { total: number } }>(`${BEGREPP}?pageSize=1&status=published`)).pagination.total;
    expect(jargonTotal).toBeGreaterThan(0);
    const answers: Lists[] = [];
    for (const [name, api] of [['super admin', superAdmin] as [string, AdminApi], ...writers]) {
      const res = await api.request('GET', ROUTE);
      expect(res.status, `${name}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(200);
      answers.push((res.body as { data: Lists }).data);
    }
    for (const lists of answers) expect(lists).toEqual(answers[0]);
    const [lists] = answers as [Lists];
    expect(lists.jargong).toHaveLength(jargonTotal);
    expect(lists.begrepp).toHaveLength(published);
    for (const j of lists.jargong) expect(Object.keys(j).sort()).toEqual(['forslag', 'kommentar', 'ord']);
    for (const b of lists.begrepp) expect(Object.keys(b).sort()).toEqual(['alias', 'definition', 'term']);
    expect(JSON.stringify(lists)).not.toContain(DRAFT_TERM);
    expect(JSON.stringify(lists)).not.toMatch(/documentId|createdBy|updatedBy|"id"|password|email/);
  });

  it('still keeps the jargon list itself from a Skribent and a Förbundsredaktör in the content manager', async () => {
    for (const [name, api] of writers.slice(1)) {
      const res = await api.request('GET', `${JARGON}?pageSize=1`);
      expect(res.status, name).toBeGreaterThanOrEqual(400);
    }
  });

  it('lets nobody in without an admin session, nor through the public API', async () => {
    expect((await fetch(`${cms.url}${ROUTE}`)).status).toBe(401);
    expect((await fetch(`${cms.url}${ROUTE}`, { headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' } })).status).toBe(401);
    for (const p of [`/api${ROUTE}`, '/api/klarsprak/ordlistor/', '/api/jargongord', '/api/jargongords'])
      expect([401, 403, 404, 405], p).toContain((await fetch(`${cms.url}${p}`)).status);
  });

  it('refuses a role outside the writing ones, saying who the lists are for', async () => {
    const res = await outsider.request('GET', ROUTE);
    expect(res.status).toBe(403);
    expect((res.body as { error?: { message?: string } }).error?.message).toContain('skriver texter');
  });

  it('only reads: no other method changes anything, and other spellings find nothing', async () => {
    const before = (await superAdmin.get<{ pagination: { total: number } }>(`${JARGON}?pageSize=1`)).pagination.total;
    const [, skribent] = writers[1] as [string, AdminApi];
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
      const res = await skribent.request(method, ROUTE, { ord: 'intrång', forslag: 'nej' });
      expect([404, 405], `${method} ${ROUTE}`).toContain(res.status);
    }
    for (const p of [`${ROUTE.toUpperCase()}`, '/klarsprak/ordlistor/../ordlistor', '/klarsprak/ordlista', '/klarsprak']) {
      const res = await skribent.request('GET', p);
      if (res.status === 200) expect(res.body, p).toEqual((await skribent.request('GET', ROUTE)).body);
      else expect([401, 403, 404, 405], p).toContain(res.status);
    }
    expect((await superAdmin.get<{ pagination: { total: number } }>(`${JARGON}?pageSize=1`)).pagination.total).toBe(before);
  });
});
