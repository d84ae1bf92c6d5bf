import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyUrl, editPath, FORSLAG as FORSLAG_UID, isRedaktion, NEW_KEY_URL, revokeUrl } from '../src/admin/intake/rules.ts';
import { createEditor, sendForslag } from './support/editors.ts';

const INSATS = '/content-manager/collection-types/api::insats.insats';
const ORG = '/content-manager/collection-types/api::organisation.organisation';
const FORSLAG = `/content-manager/collection-types/${FORSLAG_UID}`;
const NYCKEL = '/content-manager/collection-types/api::inlamningsnyckel.inlamningsnyckel';
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

describe.each(await testDatabases())('editorial roles on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let skribent: AdminApi;
  let redaktor: AdminApi;
  let ownOrgId: string;
  let otherOrgId: string;
  let own: Entry;
  let other: Entry;
  /** Receipt numbers of a förslag from the Skribent's organisation and one from another organisation. */
  let ownKvitto: string;
  let otherKvitto: string;
  let ownKeyId: string;

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
    // Each organisation gets a key from the redaktion and sends a förslag with it.
    const keys: Record<string, { nyckel: string; documentId: string }> = {};
    for (const org of [OWN_ORG, 'region-ostergotland']) {
      const issued = await superAdmin.request('POST', NEW_KEY_URL, { organisation: org });
      expect(issued.status, JSON.stringify(issued.body)).toBe(201);
      keys[org] = (issued.body as { data: { nyckel: string; documentId: string } }).data;
    }
    ownKeyId = keys[OWN_ORG]?.documentId ?? '';
    ownKvitto = await sendForslag(cms.url, keys[OWN_ORG]?.nyckel ?? '', { namn: 'Förslag från egna organisationen' });
    otherKvitto = await sendForslag(cms.url, keys['region-ostergotland']?.nyckel ?? '', { namn: 'Förslag från en annan organisation' });
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('the super admin is offered no button for what only the intake may do, and keeps every other permission', async () => {
    const perms = (await superAdmin.get<{ data: { action: string; subject: string | null }[] }>('/admin/users/me/permissions')).data;
    const has = (action: string, subject: string) =>
      perms.some((p) => p.action === `plugin::content-manager.explorer.${action}` && p.subject === subject);
    for (const uid of [FORSLAG_UID, 'api::inlamningsnyckel.inlamningsnyckel', 'api::aterkoppling.aterkoppling'])
      expect(has('create', uid), `create ${uid}`).toBe(false);
    expect(has('update', 'api::inlamningsnyckel.inlamningsnyckel')).toBe(false);
    expect(has('update', 'api::aterkoppling.aterkoppling')).toBe(false);
    // What the redaktion does with them stays, and so does everything else.
    expect(has('read', FORSLAG_UID) && has('update', FORSLAG_UID) && has('delete', FORSLAG_UID)).toBe(true);
    expect(has('read', 'api::inlamningsnyckel.inlamningsnyckel')).toBe(true);
    expect(has('create', 'api::insats.insats') && has('publish', 'api::insats.insats')).toBe(true);
    expect(perms.some((p) => p.action === 'admin::users.create')).toBe(true);
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
    expect(JSON.stringify(foreign.body)).toContain('Du kan bara skriva insatser för din egen organisation');
    const none = await skribent.request('POST', INSATS, { ...base, slug: 'utan-org' });
    expect(none.status).toBe(403);
    // The writer is told what to do, not just "Forbidden".
    expect(JSON.stringify(none.body)).toContain('Välj din organisation under');
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

  describe('förslag in the admin', () => {
    interface ForslagRow {
      documentId: string;
      kvitto: string;
      behandling: string;
    }
    const list = async (api: AdminApi) => (await api.get<{ results: ForslagRow[] }>(`${FORSLAG}?pageSize=100&sort=kvitto:asc`)).results;
    const byKvitto = async (kvitto: string) => (await list(superAdmin)).find((f) => f.kvitto === kvitto) as ForslagRow;

    it('a Skribent sees their own organisation’s förslag and not another’s; a Redaktör sees both', async () => {
      expect((await list(skribent)).map((f) => f.kvitto)).toEqual([ownKvitto]);
      expect((await list(redaktor)).map((f) => f.kvitto)).toEqual([ownKvitto, otherKvitto].sort());
      const foreign = await byKvitto(otherKvitto);
      expect((await skribent.request('GET', `${FORSLAG}/${foreign.documentId}`)).status).toBe(403);
      expect((await skribent.request('GET', `${FORSLAG}/${(await byKvitto(ownKvitto)).documentId}`)).status).toBe(200);
    });

    it('a Skribent gets no intake buttons and is refused by the intake routes; nothing changes', async () => {
      // The admin shows the buttons from the roles the CMS reports for the logged-in user.
      const me = async (api: AdminApi) => (await api.get<{ data: { roles: { code: string }[] } }>('/admin/users/me')).data.roles;
      expect(isRedaktion(await me(skribent))).toBe(false);
      expect(isRedaktion(await me(redaktor))).toBe(true);

      const mine = await byKvitto(ownKvitto);
      for (const [path, body] of [
        [applyUrl(mine.documentId), undefined],
        [NEW_KEY_URL, { organisation: ownOrgId }],
        [revokeUrl(ownKeyId), undefined],
      ] as const) {
        const res = await skribent.request('POST', path, body);
        expect(res.status, path).toBe(403);
        expect(JSON.stringify(res.body), path).toContain('Bara redaktionen');
      }
      expect((await byKvitto(ownKvitto)).behandling).toBe('ny');
      const key = await superAdmin.get<{ data: { aktiv: boolean } }>(`${NYCKEL}/${ownKeyId}`);
      expect(key.data.aktiv).toBe(true);
      // Still the two keys from the start: the refused request issued none.
      const keys = await superAdmin.get<{ pagination: { total: number } }>(`${NYCKEL}?pageSize=1`);
      expect(keys.pagination.total).toBe(2);
    });

    it('a Redaktör applies the förslag, and the admin’s link leads to the new draft', async () => {
      const mine = await byKvitto(ownKvitto);
      const applied = await redaktor.request('POST', applyUrl(mine.documentId));
      expect(applied.status, JSON.stringify(applied.body)).toBe(200);
      const { insats } = (applied.body as { data: { insats: string } }).data;
      // The admin panel links to editPath(...) under /admin; the same path is the content manager's API for that entry.
      const draft = await redaktor.get<{ data: { namn: string; publishedAt: string | null } }>(editPath('api::insats.insats', insats));
      expect(draft.data).toMatchObject({ namn: 'Förslag från egna organisationen', publishedAt: null });
      expect((await byKvitto(ownKvitto)).behandling).toBe('behandlad');
      // The Skribent, whose organisation sent it, can now work on the draft.
      expect((await skribent.request('GET', `${INSATS}/${insats}`)).status).toBe(200);
    });
  });
});
