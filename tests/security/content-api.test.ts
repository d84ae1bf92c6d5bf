import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { buildTokenWorks, createBuildToken, tokenAdmin } from '@vg/scripts/cms/build-token.ts';
import { type SeededCms, startSeededCms } from '@vg/scripts/cms/seeded-cms.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { BUILD_TOKEN_PREFIX } from '@vg/shared-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathSpellings, rawRequest } from './support/http.ts';

const CM = '/content-manager/collection-types';
const dataDir = path.resolve(import.meta.dirname, '../../cms/data');
const seed = (file: string) => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as Record<string, unknown>[];
const unconsented = seed('berattelser.json').find((s) => s.samtycke === null) as { slug: string; titel: string };
/** Text that exists only in drafts: if it appears in any content-API answer, a draft leaked. */
const SECRET = 'UTKASTHEMLIGHET';

/** A local stand-in for the site builder: counts the CMS's rebuild signals. */
async function rebuildReceiver(): Promise<{ url: string; count: () => number; reset: () => void; close: () => Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    n++;
    res.writeHead(202).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/rebuild`,
    count: () => n,
    reset: () => {
      n = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 1500));

describe.each(await testDatabases())('the content API and what can reach it, on %s', (database) => {
  let seeded: SeededCms;
  let admin: AdminApi;
  let url: string;
  let receiver: Awaited<ReturnType<typeof rebuildReceiver>>;
  let publishedStory: { documentId: string };
  let jonsbo: { documentId: string };
  let draftOnly: { documentId: string };
  let unconsentedId: string;

  const total = async (uid: string) => (await admin.get<{ pagination: { total: number } }>(`${CM}/${uid}?pageSize=1`)).pagination.total;

  beforeAll(async () => {
    receiver = await rebuildReceiver();
    seeded = await startSeededCms({ database, env: { VG_REBUILD_WEBHOOK_URL: receiver.url, VG_REBUILD_WEBHOOK_SECRET: 'hemligt' } });
    admin = seeded.admin;
    url = seeded.cms.url;
    const list = async (uid: string, q = '') =>
      (await admin.get<{ results: Record<string, string>[] }>(`${CM}/${uid}?pageSize=100${q}`)).results;
    const insatser = await list('api::insats.insats');
    jonsbo = insatser.find((i) => i.slug === 'jonsbo') as { documentId: string };
    const stories = await list('api::berattelse.berattelse');
    unconsentedId = stories.find((s) => s.slug === unconsented.slug)?.documentId ?? '';
    publishedStory = stories.find((s) => s.slug !== unconsented.slug) as { documentId: string };
    const org = (await list('api::organisation.organisation'))[0] as { documentId: string };

    // A published entry with an unpublished edit, an entry that was never published, and a published story linked to it.
    const edit = await admin.request('PUT', `${CM}/api::insats.insats/${jonsbo.documentId}`, { sammanfattning: `${SECRET} i ett utkast.` });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const created = await admin.request('POST', `${CM}/api::insats.insats`, {
      namn: `${SECRET} ny insats`,
      slug: 'utkast-som-aldrig-publicerats',
      sammanfattning: `${SECRET} sammanfattning.`,
      organisation: { connect: [{ documentId: org.documentId }] },
      vagarIn: [],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    draftOnly = (created.body as { data: { documentId: string } }).data;
    const link = await admin.request('PUT', `${CM}/api::berattelse.berattelse/${publishedStory.documentId}`, {
      insatser: { connect: [{ documentId: draftOnly.documentId }] },
    });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const published = await admin.request('POST', `${CM}/api::berattelse.berattelse/${publishedStory.documentId}/actions/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  });
  afterAll(async () => {
    await seeded?.cms.dispose();
    await receiver?.close();
  });

  it('never answers with a draft, whatever the spelling, query, filter or populate', async () => {
    const queries = [
      '',
      '?status=draft',
      '?status=Draft',
      '?status=DRAFT',
      '?status[0]=draft',
      '?status=published&status=draft',
      '?publicationState=preview',
      '?publicationFilter=never-published',
      '?publicationFilter=has-published-version&status=draft',
      '?hasPublishedVersion=false',
      '?filters[publishedAt][$null]=true',
      '?filters[$or][0][publishedAt][$null]=true&filters[$or][1][publishedAt][$notNull]=true',
      '?populate=*',
      '?populate[insatser][populate]=*',
      '?populate[insatser][filters][publishedAt][$null]=true',
      '?locale=*',
      '?pagination[pageSize]=100&fields[0]=slug&fields[1]=titel&fields[2]=sammanfattning',
    ];
    const paths = [
      ...pathSpellings('/api/berattelser'),
      ...pathSpellings('/api/insatser'),
      `/api/berattelser/${unconsentedId}`,
      `/API/berattelser/${unconsentedId}`,
      `/api/insatser/${draftOnly.documentId}`,
      `/api/insatser/${jonsbo.documentId}`,
      `/Api/Insatser/${jonsbo.documentId}/`,
      `/api/berattelser/${publishedStory.documentId}`,
    ];
    const auths: Record<string, string>[] = [{}, { authorization: `Bearer ${seeded.token}` }];
    // Every spelling with the plain and the draft-asking query; every query on the canonical paths.
    const canonical = new Set(['/api/berattelser', '/api/insatser', ...paths.filter((p) => /[a-z0-9]{20,}/.test(p))]);
    let answered = 0;
    for (const p of paths) {
      for (const q of canonical.has(p) ? queries : queries.slice(0, 2)) {
        for (const headers of auths) {
          const res = await rawRequest(url, 'GET', `${p}${q}`, { headers });
          const where = `GET ${p}${q} (${'authorization' in headers ? 'bygg-token' : 'anonym'}) → ${res.status}`;
          expect(res.status, where).toBeLessThan(500);
          expect(res.text, where).not.toContain(SECRET);
          expect(res.text, where).not.toContain(unconsented.slug);
          expect(res.text, where).not.toContain(unconsented.titel);
          if (res.status === 200) answered++;
        }
      }
    }
    // The checks above must have seen real answers, not only refusals.
    expect(answered).toBeGreaterThan(60);
    const asked = await rawRequest(url, 'GET', '/API/berattelser?status=draft');
    expect(asked.status).toBe(403);
    expect(asked.text).toContain('bara publicerat innehåll');
  });

  it('limits the intake body on every spelling of the route, and stores nothing', async () => {
    const before = await total('api::aterkoppling.aterkoppling');
    const body = JSON.stringify({ typ: 'hittade-du', sida: '/', svar: 'nej', kommentar: 'x'.repeat(200_000) });
    const statuses = new Set<number>();
    for (const p of pathSpellings('/api/intake/aterkoppling')) {
      const res = await rawRequest(url, 'POST', p, { headers: { 'content-type': 'application/json' }, body });
      statuses.add(res.status);
      expect([404, 405, 413], `POST ${p} → ${res.status}`).toContain(res.status);
    }
    expect(statuses.has(413)).toBe(true);
    expect(await total('api::aterkoppling.aterkoppling')).toBe(before);
  });

  it('sends the rebuild signal for publishing, never for intake or keys', async () => {
    receiver.reset();
    const feedback = await fetch(`${url}/api/intake/aterkoppling`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ typ: 'hittade-du', sida: '/vagval/jonsbo', svar: 'ja' }),
    });
    expect(feedback.status).toBe(201);
    const issued = await admin.request('POST', '/intake/inlamningsnycklar', { organisation: 'linkopings-kommun' });
    expect(issued.status).toBe(201);
    const nyckel = (issued.body as { data: { nyckel: string } }).data.nyckel;
    const forslag = await fetch(`${url}/api/intake/forslag`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        nyckel,
        typ: 'ny-insats',
        uppgifter: { namn: 'Ett förslag', sammanfattning: 'Kort.', beskrivning: 'Text.', stodform: 'praktik' },
        avsandare: { roll: 'Samordnare', epost: 'samordnare@example.se' },
      }),
    });
    expect(forslag.status).toBe(201);
    await settle();
    expect(receiver.count(), 'intake and keys must not rebuild the site').toBe(0);

    const fraga = (await admin.get<{ results: { documentId: string }[] }>(`${CM}/api::fraga.fraga?pageSize=1`)).results[0];
    const published = await admin.request('POST', `${CM}/api::fraga.fraga/${fraga?.documentId}/actions/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    await expect.poll(receiver.count, { timeout: 10_000 }).toBe(1);
  });

  it('keeps only the roles the code defines', async () => {
    const roles = await admin.get<{ data: { id: number; code: string }[] }>('/admin/roles');
    expect(roles.data.map((r) => r.code).sort()).toEqual(['strapi-super-admin', 'vg-forbundsredaktor', 'vg-redaktor', 'vg-skribent']);
    const permissions: Record<string, string[]> = {};
    for (const role of roles.data.filter((r) => r.code !== 'strapi-super-admin')) {
      const list = await admin.get<{ data: { action: string; subject: string | null; conditions: string[] }[] }>(
        `/admin/roles/${role.id}/permissions`,
      );
      permissions[role.code] = list.data.map((p) => [p.action, p.subject ?? '', ...[...p.conditions].sort()].join(' ')).sort();
    }
    expect(permissions).toMatchSnapshot();
  });

  it('lets nobody type in a submission key or a förslag, not even a super admin', async () => {
    const chosen = 'vg_egenvaldnyckelsomingenfatt';
    const org = (await admin.get<{ results: { documentId: string }[] }>(`${CM}/api::organisation.organisation?pageSize=1`)).results[0];
    const key = await admin.request('POST', `${CM}/api::inlamningsnyckel.inlamningsnyckel`, {
      nyckelHash: createHash('sha256').update(chosen).digest('hex'),
      prefix: chosen.slice(0, 10),
      aktiv: true,
      organisation: { connect: [{ documentId: org?.documentId }] },
    });
    // Refused by the role (the super admin keeps no create on intake types); the document-service
    // guard behind it is run in cms/test/intake-write-guard.test.ts.
    expect(key.status, JSON.stringify(key.body)).toBe(403);
    const keys = await admin.get<{ results: { prefix: string }[] }>(`${CM}/api::inlamningsnyckel.inlamningsnyckel?pageSize=100`);
    expect(keys.results.map((k) => k.prefix)).not.toContain(chosen.slice(0, 10));
    const forslag = await admin.request('POST', `${CM}/api::forslag.forslag`, {
      typ: 'ny-insats',
      kvitto: 'VG-2026-999999',
      behandling: 'ny',
      uppgifter: {},
      avsandareRoll: 'x',
    });
    expect(forslag.status, JSON.stringify(forslag.body)).toBe(403);
    const used = await fetch(`${url}/api/intake/forslag`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        nyckel: chosen,
        typ: 'ny-insats',
        uppgifter: { namn: 'x', sammanfattning: 'x', beskrivning: 'x', stodform: 'praktik' },
        avsandare: { roll: 'x', epost: 'samordnare@example.se' },
      }),
    });
    expect(used.status).toBe(401);
  });

  it('gives the build token find/findOne of the published content and nothing else', async () => {
    const headers = { authorization: `Bearer ${seeded.token}` };
    expect((await rawRequest(url, 'GET', '/api/insatser', { headers })).status).toBe(200);
    expect((await rawRequest(url, 'GET', '/api/startsida', { headers })).status).toBe(200);
    for (const p of ['/api/users', '/api/users/me', '/api/upload/files', '/api/users-permissions/roles', '/api/i18n/locales']) {
      const res = await rawRequest(url, 'GET', p, { headers });
      expect([401, 403, 404], `GET ${p} → ${res.status}: ${res.text.slice(0, 200)}`).toContain(res.status);
    }
    const write = await rawRequest(url, 'POST', '/api/insatser', {
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { namn: 'Intrång' } }),
    });
    expect([401, 403]).toContain(write.status);
    const tokens = await admin.get<{ data: { name: string; type: string }[] }>('/admin/api-tokens');
    expect(tokens.data.length).toBeGreaterThan(0);
    for (const t of tokens.data) {
      expect(t.name.startsWith(BUILD_TOKEN_PREFIX), t.name).toBe(true);
      expect(t.type, t.name).toBe('custom');
    }
  });

  it("keeps the redaktion's own lists out of the content API: the jargon list has no route, for anyone, in any spelling", async () => {
    expect(await total('api::jargongord.jargongord'), 'the list is seeded and the redaktion reads it in the admin').toBeGreaterThan(0);
    const asToken = { authorization: `Bearer ${seeded.token}` };
    for (const p of [...pathSpellings('/api/jargongorden'), ...pathSpellings('/api/jargongord')]) {
      for (const headers of [{}, asToken]) {
        const res = await rawRequest(url, 'GET', p, { headers });
        // A malformed spelling (`//api/…`) is refused with 400 before it reaches a route: no data either way.
        expect([400, 401, 403, 404], `GET ${p} → ${res.status}`).toContain(res.status);
        expect(res.text).not.toContain('erhålla');
      }
    }
  });

  // The token rules run at start-up and do not depend on the database: one restart is proof enough.
  it.runIf(database === 'sqlite')('removes at start-up every token the code did not make', async () => {
    const made = await admin.request('POST', '/admin/api-tokens', { name: 'Full Access', type: 'full-access', lifespan: null });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const handMade = (made.body as { data: { accessKey: string } }).data.accessKey;
    expect(await buildTokenWorks(url, handMade)).toBe(true);
    await seeded.cms.restart();
    expect(await buildTokenWorks(url, handMade), 'a token the code does not define is gone after a restart').toBe(false);
    expect(await buildTokenWorks(url, seeded.token), 'build tokens stay').toBe(true);
  });

  it('rotates build tokens without revoking one in use', async () => {
    const { email, password } = AdminApi.FIRST_ADMIN;
    const second = await createBuildToken(url, email, password);
    expect(await buildTokenWorks(url, seeded.token), 'the token in use keeps working').toBe(true);
    expect(await buildTokenWorks(url, second)).toBe(true);
    const tokens = await tokenAdmin(url, email, password);
    const all = await tokens.list();
    // Revoke the older of the two build tokens: the newer one goes on working.
    const older = all.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0] as { id: number };
    await tokens.revoke(older.id);
    expect(await buildTokenWorks(url, seeded.token)).toBe(false);
    expect(await buildTokenWorks(url, second)).toBe(true);
  });
});
