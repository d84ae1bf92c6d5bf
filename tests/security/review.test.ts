/**
 * Hostile tests of the review list's admin routes ("Att granska" on the admin's start page,
 * cms/src/review/routes.ts): nobody without an admin session gets in; a role outside the editorial
 * ones is refused with a reason; a Skribent sees and marks only their own organisation's insatser,
 * whatever spelling of an id or content type they try; a Förbundsredaktör only the insatser and
 * berättelser within their förbund; bad input is refused with a message saying
 * what to send, and nothing is written. On SQLite and, when it runs, PostgreSQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { createEditor } from '@vg/scripts/cms/editors.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { addMonths, swedishToday } from '@vg/shared-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const INSATS_UID = 'api::insats.insats';
const INSATS = `/content-manager/collection-types/${INSATS_UID}`;
const ORG = '/content-manager/collection-types/api::organisation.organisation';
const LIST = '/granskning/att-granska';
const MARK = '/granskning/markera-granskad';
const OWN_ORG = 'linkopings-kommun';
const OTHER_ORG = 'region-ostergotland';
const seedInsatser = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../cms/data/insatser.json'), 'utf8')) as {
  slug: string;
  organisation: string;
}[];

interface Entry {
  id: number;
  documentId: string;
  slug: string;
  senastGranskad?: string | null;
}
interface Item {
  contentType: string;
  documentId: string;
  senastGranskad: string | null;
  status: string;
}
type ListAnswer = { data: { idag: string; antal: number; poster: Item[] } };

describe.each(await testDatabases())('the review list against the wrong people and the wrong input, on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let redaktor: AdminApi;
  let skribent: AdminApi;
  let skribentId: number;
  let outsider: AdminApi;
  let own: Entry;
  let other: Entry;
  let ownIds: string[];
  const today = swedishToday();
  const overdue = addMonths(today, -13);

  const draftOf = async (documentId: string) => (await superAdmin.get<{ data: Entry }>(`${INSATS}/${documentId}`)).data;
  const listOf = async (api: AdminApi) => {
    const res = await api.request('GET', LIST);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as ListAnswer).data;
  };
  const message = (res: { body: unknown }) => (res.body as { error?: { message?: string } }).error?.message ?? '';

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    redaktor = (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).api;
    const s = await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent');
    [skribent, skribentId] = [s.api, s.id];
    const orgs = await superAdmin.get<{ results: Entry[] }>(`${ORG}?pageSize=100`);
    const ownOrgId = orgs.results.find((o) => o.slug === OWN_ORG)?.documentId ?? '';
    const link = await superAdmin.request('PUT', `${ORG}/${ownOrgId}`, { skribenter: { connect: [{ id: s.id }] } });
    expect(link.status, JSON.stringify(link.body)).toBe(200);

    // A role of its own, outside the editorial ones: it may read insatser in the content manager, nothing more.
    const role = await superAdmin.request('POST', '/admin/roles', { name: 'Läsare', description: 'Bara läsning (test)' });
    expect([200, 201], JSON.stringify(role.body)).toContain(role.status);
    const { code } = (role.body as { data: { code: string } }).data;
    outsider = (await createEditor(superAdmin, 'lasare@example.se', code)).api;

    const all = await superAdmin.get<{ results: Entry[] }>(`${INSATS}?pageSize=100`);
    const bySlug = (slug: string) => all.results.find((e) => e.slug === slug) as Entry;
    own = bySlug(seedInsatser.find((i) => i.organisation === OWN_ORG)?.slug ?? '');
    other = bySlug(seedInsatser.find((i) => i.organisation === OTHER_ORG)?.slug ?? '');
    ownIds = seedInsatser.filter((i) => i.organisation === OWN_ORG).map((i) => bySlug(i.slug).documentId);
    expect(own && other).toBeTruthy();
    // Both overdue, whatever day the test runs: a 12-month interval and a review 13 months ago.
    for (const entry of [own, other]) {
      const put = await superAdmin.request('PUT', `${INSATS}/${entry.documentId}`, {
        senastGranskad: overdue,
        granskningsintervallManader: 12,
      });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
    }
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('lets nobody in without an admin session, and has no way in through the public API', async () => {
    for (const [method, p, body] of [
      ['GET', LIST, undefined],
      ['POST', MARK, JSON.stringify({ contentType: INSATS_UID, documentId: other.documentId })],
    ] as const) {
      const anonymous = await fetch(`${cms.url}${p}`, { method, body, headers: { 'content-type': 'application/json' } });
      expect(anonymous.status, `${method} ${p} without a session`).toBe(401);
      const forged = await fetch(`${cms.url}${p}`, {
        method,
        body,
        headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' },
      });
      expect(forged.status, `${method} ${p} with a forged token`).toBe(401);
      const publicApi = await fetch(`${cms.url}/api${p}`, { method, body, headers: { 'content-type': 'application/json' } });
      expect([401, 403, 404, 405], `${method} /api${p}`).toContain(publicApi.status);
    }
    expect((await draftOf(other.documentId)).senastGranskad).toBe(overdue);
  });

  it('refuses a role outside the redaktion and the skribenter, saying who the list is for', async () => {
    const list = await outsider.request('GET', LIST);
    expect(list.status).toBe(403);
    expect(message(list)).toContain('redaktionen, skribenter och förbundsredaktörer');
    const mark = await outsider.request('POST', MARK, { contentType: INSATS_UID, documentId: other.documentId });
    expect(mark.status).toBe(403);
    expect((await draftOf(other.documentId)).senastGranskad).toBe(overdue);
  });

  it('shows a Skribent only their own organisation’s insatser, and the redaktion everything due', async () => {
    const mine = await listOf(skribent);
    expect(mine.idag).toBe(today);
    expect(mine.poster.map((p) => p.documentId)).toContain(own.documentId);
    expect(mine.poster.filter((p) => p.contentType !== INSATS_UID || !ownIds.includes(p.documentId))).toEqual([]);
    const all = await listOf(redaktor);
    expect(all.poster.map((p) => p.documentId)).toEqual(expect.arrayContaining([own.documentId, other.documentId]));
    expect(all.antal).toBeGreaterThan(mine.antal);
    // The demo's other types are listed for the redaktion too (a glossary term reviewed long ago, say).
    expect(new Set(all.poster.map((p) => p.contentType)).size).toBeGreaterThan(1);
  });

  it('lets a Skribent mark no other organisation’s insats, under any spelling of its id or type', async () => {
    const attempts: [string, unknown][] = [
      ['the documentId', { contentType: INSATS_UID, documentId: other.documentId }],
      ['the documentId in capitals', { contentType: INSATS_UID, documentId: other.documentId.toUpperCase() }],
      ['the documentId with spaces', { contentType: INSATS_UID, documentId: ` ${other.documentId} ` }],
      ['the numeric id', { contentType: INSATS_UID, documentId: other.id }],
      ['the numeric id as text', { contentType: INSATS_UID, documentId: String(other.id) }],
      ['the slug', { contentType: INSATS_UID, documentId: other.slug }],
      ['a list of ids', { contentType: INSATS_UID, documentId: [other.documentId] }],
      ['a filter object', { contentType: INSATS_UID, documentId: { $eq: other.documentId } }],
      ['a filter matching anything', { contentType: INSATS_UID, documentId: { $ne: 'x' } }],
      ['the type in capitals', { contentType: INSATS_UID.toUpperCase(), documentId: other.documentId }],
      ['the type without its prefix', { contentType: 'insats', documentId: other.documentId }],
      ['a path in the id', { contentType: INSATS_UID, documentId: `../${other.documentId}` }],
    ];
    for (const [what, body] of attempts) {
      const res = await skribent.request('POST', MARK, body);
      expect([400, 404], `${what}: ${JSON.stringify(res.body)}`).toContain(res.status);
      expect(message(res), what).not.toBe('');
    }
    const draft = await draftOf(other.documentId);
    expect(draft.senastGranskad).toBe(overdue);
    // Another type's entry is outside a Skribent's list too.
    const startsida = await superAdmin.get<{ data: Entry }>('/content-manager/single-types/api::startsida.startsida');
    const single = await skribent.request('POST', MARK, { contentType: 'api::startsida.startsida', documentId: startsida.data.documentId });
    expect(single.status).toBe(404);
  });

  it('refuses bad input with a message saying what to send, and writes nothing', async () => {
    const cases: [string, unknown, string][] = [
      ['an empty body', {}, 'contentType'],
      ['no documentId', { contentType: INSATS_UID }, 'documentId'],
      ['a type without review dates', { contentType: 'api::organisation.organisation', documentId: own.documentId }, 'innehållstyp'],
      [
        'a date of its own',
        { contentType: INSATS_UID, documentId: own.documentId, senastGranskad: '2099-01-01', granskadAv: 1 },
        'inget annat',
      ],
      ['a list', [{ contentType: INSATS_UID, documentId: own.documentId }], 'inget annat'],
      ['text', 'documentId=x', ''],
    ];
    for (const [what, body, says] of cases) {
      const res = await skribent.request('POST', MARK, body);
      expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(message(res), what).toContain(says);
    }
    expect((await draftOf(own.documentId)).senastGranskad).toBe(overdue);
  });

  it('lets a Skribent mark their own insats: the draft gets today’s date and who, the public API neither', async () => {
    const res = await skribent.request('POST', MARK, { contentType: INSATS_UID, documentId: own.documentId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as { data: { senastGranskad: string } }).data.senastGranskad).toBe(today);
    expect((await draftOf(own.documentId)).senastGranskad).toBe(today);
    const who = await superAdmin.get<{ results: { id: number }[] }>(
      `/content-manager/relations/${INSATS_UID}/${own.documentId}/granskadAv?status=draft`,
    );
    expect(who.results.map((u) => u.id)).toEqual([skribentId]);
    // Nothing was published: the public API still has the published text's date, and never who reviewed it.
    const published = (await (await fetch(`${cms.url}/api/insatser?filters[documentId][$eq]=${own.documentId}`)).json()) as {
      data: Record<string, unknown>[];
    };
    for (const entry of published.data) {
      expect(entry.senastGranskad).not.toBe(today);
      expect(entry).not.toHaveProperty('granskadAv');
    }
    // …and the entry has left the Skribent's list.
    expect((await listOf(skribent)).poster.map((p) => p.documentId)).not.toContain(own.documentId);
  });

  it('lets the redaktion mark any entry, a single type included', async () => {
    const res = await redaktor.request('POST', MARK, { contentType: INSATS_UID, documentId: other.documentId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await draftOf(other.documentId)).senastGranskad).toBe(today);
    const startsida = await superAdmin.get<{ data: Entry }>('/content-manager/single-types/api::startsida.startsida');
    const single = await redaktor.request('POST', MARK, { contentType: 'api::startsida.startsida', documentId: startsida.data.documentId });
    expect(single.status, JSON.stringify(single.body)).toBe(200);
    expect((await superAdmin.get<{ data: Entry }>('/content-manager/single-types/api::startsida.startsida')).data.senastGranskad).toBe(
      today,
    );
  });

  it('shows a Förbundsredaktör the insatser and berättelser within their förbund, and lets them mark no other', async () => {
    const fr = await createEditor(superAdmin, 'forbund-granskning@example.se', 'vg-forbundsredaktor');
    const forbund = await superAdmin.get<{ results: Entry[] }>('/content-manager/collection-types/api::forbund.forbund?pageSize=100');
    const sco = forbund.results.find((f) => f.slug === 'centrala-ostergotland')?.documentId ?? '';
    const link = await superAdmin.request('PUT', `/content-manager/collection-types/api::forbund.forbund/${sco}`, {
      redaktorer: { connect: [{ id: fr.id }] },
    });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    // A Linköping insats (Linköping is one of the förbund's kommuner), made overdue for this test.
    const mine = ownIds.find((id) => id !== own.documentId) ?? '';
    const put = await superAdmin.request('PUT', `${INSATS}/${mine}`, { senastGranskad: overdue, granskningsintervallManader: 12 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);

    // And one of Värend's (Växjö), overdue too.
    const all = await superAdmin.get<{ results: Entry[] }>(`${INSATS}?pageSize=100`);
    const outside = all.results.find((e) => e.slug === 'steget-vidare-vaxjo')?.documentId ?? '';
    const putOutside = await superAdmin.request('PUT', `${INSATS}/${outside}`, {
      senastGranskad: overdue,
      granskningsintervallManader: 12,
    });
    expect(putOutside.status, JSON.stringify(putOutside.body)).toBe(200);

    const list = await listOf(fr.api);
    expect(list.poster.map((p) => p.documentId)).toContain(mine);
    expect(list.poster.map((p) => p.documentId)).not.toContain(outside);
    expect(list.poster.filter((p) => p.contentType !== INSATS_UID && p.contentType !== 'api::berattelse.berattelse')).toEqual([]);
    expect((await listOf(redaktor)).poster.map((p) => p.documentId)).toContain(outside);

    for (const documentId of [outside, outside.toUpperCase(), { $ne: 'x' }]) {
      const refused = await fr.api.request('POST', MARK, { contentType: INSATS_UID, documentId });
      expect([400, 404], JSON.stringify(refused.body)).toContain(refused.status);
    }
    expect((await draftOf(outside)).senastGranskad).toBe(overdue);
    const marked = await fr.api.request('POST', MARK, { contentType: INSATS_UID, documentId: mine });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect((await draftOf(mine)).senastGranskad).toBe(today);
  });
});
