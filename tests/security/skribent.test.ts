import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { createEditor } from '@vg/scripts/cms/editors.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const INSATS = '/content-manager/collection-types/api::insats.insats';
const ORG = '/content-manager/collection-types/api::organisation.organisation';
const OWN_ORG = 'linkopings-kommun';
const OTHER_ORG = 'region-ostergotland';
const seedInsatser = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../cms/data/insatser.json'), 'utf8')) as {
  slug: string;
  organisation: string;
}[];
/** A 1×1 PNG: the smallest file the media library accepts. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const pngForm = (name: string) => {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), name);
  return form;
};

interface Entry {
  documentId: string;
  slug: string;
}

describe.each(await testDatabases())('a Skribent against other organisations’ work, on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let skribent: AdminApi;
  let ownOrgId: string;
  let otherOrgId: string;
  let own: Entry;
  let own2: Entry;
  let other: Entry;
  let otherIds: string[];
  const count = async () => (await superAdmin.get<{ pagination: { total: number } }>(`${INSATS}?pageSize=1`)).pagination.total;
  const refused = (res: { status: number; body: unknown }, what: string) => {
    expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400);
    expect(res.status, what).toBeLessThan(500);
  };

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    const s = await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent');
    skribent = s.api;
    const orgs = await superAdmin.get<{ results: Entry[] }>(`${ORG}?pageSize=100`);
    ownOrgId = orgs.results.find((o) => o.slug === OWN_ORG)?.documentId ?? '';
    otherOrgId = orgs.results.find((o) => o.slug === OTHER_ORG)?.documentId ?? '';
    const link = await superAdmin.request('PUT', `${ORG}/${ownOrgId}`, { skribenter: { connect: [{ id: s.id }] } });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const all = await superAdmin.get<{ results: Entry[] }>(`${INSATS}?pageSize=100`);
    const bySlug = (slug: string) => all.results.find((e) => e.slug === slug) as Entry;
    const ownSlugs = seedInsatser.filter((i) => i.organisation === OWN_ORG).map((i) => i.slug);
    [own, own2] = [bySlug(ownSlugs[0] ?? ''), bySlug(ownSlugs[1] ?? '')];
    other = bySlug(seedInsatser.find((i) => i.organisation === OTHER_ORG)?.slug ?? '');
    otherIds = seedInsatser.filter((i) => i.organisation !== OWN_ORG).map((i) => bySlug(i.slug).documentId);
    expect(own && own2 && other).toBeTruthy();
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('cannot clone another organisation’s insats, nor clone into another organisation', async () => {
    const before = await count();
    const cloneOther = await skribent.request('POST', `${INSATS}/clone/${other.documentId}`, {
      slug: 'kopia-av-annans',
      organisation: { connect: [{ documentId: ownOrgId }] },
    });
    refused(cloneOther, 'clone of another organisation’s insats');
    expect(JSON.stringify(cloneOther.body)).not.toContain(other.slug);
    refused(await skribent.request('POST', `${INSATS}/auto-clone/${other.documentId}`, {}), 'auto-clone of another’s');
    const intoOther = await skribent.request('POST', `${INSATS}/clone/${own.documentId}`, {
      slug: 'kopia-till-annan',
      organisation: { connect: [{ documentId: otherOrgId }] },
    });
    refused(intoOther, 'clone into another organisation');
    expect(await count()).toBe(before);
  });

  it('clones its own insats only with the same checks as create (a slug in use is refused)', async () => {
    const before = await count();
    const sameSlug = await skribent.request('POST', `${INSATS}/clone/${own.documentId}`, {});
    expect(sameSlug.status, JSON.stringify(sameSlug.body)).toBe(400);
    expect(JSON.stringify(sameSlug.body)).toContain('används redan');
    expect(await count()).toBe(before);
    const copy = await skribent.request('POST', `${INSATS}/clone/${own.documentId}`, { slug: 'egen-kopia' });
    expect(copy.status, JSON.stringify(copy.body)).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('cannot link its insats to another organisation’s, on either side of the relation', async () => {
    for (const field of ['forelder', 'delar']) {
      const res = await skribent.request('PUT', `${INSATS}/${own.documentId}`, {
        [field]: { connect: [{ documentId: other.documentId }] },
      });
      refused(res, `connect ${field} to another organisation’s insats`);
      expect(JSON.stringify(res.body)).toContain('din egen organisation');
    }
    const otherView = await superAdmin.get<{ data: { forelder: unknown; delar: { count?: number } | unknown[] } }>(
      `${INSATS}/${other.documentId}?populate[forelder]=true&populate[delar]=true`,
    );
    expect(otherView.data.forelder ?? null).toBeNull();
    // Within the organisation it works: the allow-list allows what a Skribent is for.
    const mine = await skribent.request('PUT', `${INSATS}/${own2.documentId}`, { forelder: { connect: [{ documentId: own.documentId }] } });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
  });

  it('is offered only its own organisation’s insatser in the relation picker', async () => {
    const picker = await skribent.request('GET', '/content-manager/relations/api::insats.insats/forelder?pageSize=100');
    if (picker.status === 200) {
      const ids = ((picker.body as { results: { documentId: string }[] }).results ?? []).map((r) => r.documentId);
      expect(ids.filter((id) => otherIds.includes(id))).toEqual([]);
    } else refused(picker, 'relation picker');
    refused(
      await skribent.request('GET', `/content-manager/relations/api::insats.insats/${other.documentId}/delar`),
      'relations of another’s',
    );
  });

  it('cannot update, publish, unpublish, discard, delete or bulk-act on any insats', async () => {
    refused(await skribent.request('PUT', `${INSATS}/${other.documentId}`, { sammanfattning: 'Intrång' }), 'update another’s');
    for (const [method, p, body] of [
      ['POST', `${INSATS}/${own.documentId}/actions/publish`, {}],
      ['POST', `${INSATS}/${own.documentId}/actions/unpublish`, {}],
      ['POST', `${INSATS}/${own.documentId}/actions/discard`, {}],
      ['DELETE', `${INSATS}/${own.documentId}`, undefined],
      ['POST', `${INSATS}/actions/bulkDelete`, { documentIds: [own.documentId, other.documentId] }],
      ['POST', `${INSATS}/actions/bulkPublish`, { documentIds: [own.documentId] }],
      ['POST', `${INSATS}/actions/bulkUnpublish`, { documentIds: [own.documentId] }],
      [
        'POST',
        `${INSATS}/actions/publish`,
        { namn: 'Direkt publicerad', slug: 'direkt', organisation: { connect: [{ documentId: ownOrgId }] } },
      ],
      ['POST', '/content-manager/history-versions/1/restore', { contentType: 'api::insats.insats' }],
    ] as const) {
      refused(await skribent.request(method, p, body), `${method} ${p}`);
    }
    const still = await superAdmin.get<{ data: { publishedAt: string | null } }>(`${INSATS}/${own.documentId}?status=published`);
    expect(still.data.publishedAt).not.toBeNull();
  });

  it('cannot write any other content type', async () => {
    for (const [p, body] of [
      ['/content-manager/collection-types/api::fraga.fraga', { fraga: 'Intrång?', slug: 'intrang' }],
      ['/content-manager/collection-types/api::kommun.kommun', { namn: 'Påhittad', kod: '9999' }],
      ['/content-manager/collection-types/api::forslag.forslag', { typ: 'ny-insats' }],
    ] as const) {
      refused(await skribent.request('POST', p, body), `create ${p}`);
    }
    const kommun = (await superAdmin.get<{ results: Entry[] }>('/content-manager/collection-types/api::kommun.kommun?pageSize=1'))
      .results[0];
    refused(
      await skribent.request('PUT', `/content-manager/collection-types/api::kommun.kommun/${kommun?.documentId}`, { namn: 'Ändrad' }),
      'update a kommun',
    );
  });

  it("cannot read, list or change the redaktion's jargon list, under any spelling of its admin route", async () => {
    const JARGON = '/content-manager/collection-types/api::jargongord.jargongord';
    const words = await superAdmin.get<{ results: { documentId: string }[] }>(`${JARGON}?pageSize=1`);
    const word = words.results[0]?.documentId ?? '';
    expect(word, 'the list is seeded').not.toBe('');
    for (const p of [
      JARGON,
      `${JARGON}/${word}`,
      JARGON.toUpperCase(),
      `${JARGON}/`,
      `${JARGON}?pageSize=100&filters[ord][$notNull]=true`,
    ]) {
      const res = await skribent.request('GET', p);
      expect(res.status, `GET ${p}`).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(res.body)).not.toContain('erhålla');
    }
    refused(await skribent.request('POST', JARGON, { ord: 'intrång', forslag: 'nej' }), 'create a jargon word');
    refused(await skribent.request('PUT', `${JARGON}/${word}`, { forslag: 'ändrat' }), 'update a jargon word');
    refused(await skribent.request('DELETE', `${JARGON}/${word}`), 'delete a jargon word');
  });

  it('replaces and deletes only its own uploads', async () => {
    const theirs = await superAdmin.requestForm('POST', '/upload', pngForm('redaktionens.png'));
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(201);
    const theirId = (theirs.body as { id: number }[])[0]?.id;
    refused(await skribent.requestForm('POST', `/upload?id=${theirId}`, pngForm('ersatt.png')), 'replace another’s file');
    refused(await skribent.request('DELETE', `/upload/files/${theirId}`), 'delete another’s file');
    const file = await superAdmin.get<{ name: string }>(`/upload/files/${theirId}`);
    expect(file.name).toBe('redaktionens.png');

    const mine = await skribent.requestForm('POST', '/upload', pngForm('min.png'));
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    const myId = (mine.body as { id: number }[])[0]?.id;
    const replaced = await skribent.requestForm('POST', `/upload?id=${myId}`, pngForm('min-nya.png'));
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
  });
});
