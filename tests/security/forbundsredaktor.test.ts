import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { createEditor } from '@vg/scripts/cms/editors.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CM = '/content-manager/collection-types';
const INSATS = `${CM}/api::insats.insats`;
const BERATTELSE = `${CM}/api::berattelse.berattelse`;
const ORG = `${CM}/api::organisation.organisation`;
const FORBUND = `${CM}/api::forbund.forbund`;
const OWN = 'centrala-ostergotland';
const OTHER = 'varend';

const seed = <T>(file: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../cms/data', file), 'utf8')) as T;
const seedOrganisationer = seed<{ slug: string; kommun?: string }[]>('organisationer.json');
const seedForbund = seed<{ slug: string; kommuner: string[]; medlemmar: string[] }[]>('forbund.json');
const seedInsatser = seed<{ slug: string; organisation: string; forbund?: string }[]>('insatser.json');
const seedBerattelser = seed<{ slug: string; insatser: string[] }[]>('berattelser.json');

/**
 * The rule of cms/src/access/forbund-scope.ts restated on the seed files, as the oracle: an insats
 * is the förbund's when it is not another förbund's and its organisation is in one of the förbund's
 * kommuner, or is a member and the insats is the förbund's own. A story is when all its insatser are.
 */
function expectedScope(forbundSlug: string): { insatser: string[]; berattelser: string[] } {
  const forbund = seedForbund.find((f) => f.slug === forbundSlug);
  if (!forbund) throw new Error(forbundSlug);
  const kommun = (org: string) => seedOrganisationer.find((o) => o.slug === org)?.kommun;
  const insatser = seedInsatser
    .filter((i) => (i.forbund ?? forbundSlug) === forbundSlug)
    .filter(
      (i) =>
        forbund.kommuner.includes(kommun(i.organisation) ?? '') ||
        (i.forbund === forbundSlug && forbund.medlemmar.includes(i.organisation)),
    )
    .map((i) => i.slug)
    .sort();
  const berattelser = seedBerattelser
    .filter((b) => b.insatser.length > 0 && b.insatser.every((s) => insatser.includes(s)))
    .map((b) => b.slug)
    .sort();
  return { insatser, berattelser };
}

interface Entry {
  id: number;
  documentId: string;
  slug: string;
}
interface Result {
  status: number;
  body: unknown;
}

describe.each(await testDatabases())('a Förbundsredaktör against everything outside its förbund, on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let redaktor: AdminApi;
  /** Förbundsredaktör of Samordningsförbundet Centrala Östergötland. */
  let fr: AdminApi;
  /** Förbundsredaktör of Samordningsförbundet Värend. */
  let frOther: AdminApi;
  /** Has the role but no förbund yet. */
  let frNone: AdminApi;
  let frId: number;
  let insatser: Map<string, Entry>;
  let berattelser: Map<string, Entry>;
  let orgs: Map<string, Entry>;
  let forbund: Map<string, Entry>;
  const scope = expectedScope(OWN);
  const ins = (slug: string) => insatser.get(slug) as Entry;
  const story = (slug: string) => berattelser.get(slug) as Entry;
  /** Outside the förbund: another förbund's, a national agency's without a förbund, an association's with no kommun. */
  const OUTSIDE = ['steget-vidare-vaxjo', 'ips-kronoberg', 'jobbsok-pa-distans', 'digitalt-sprakcafe'];

  const refused = (res: Result, what: string, message?: string) => {
    expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400);
    expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
    if (message) expect(JSON.stringify(res.body), what).toContain(message);
  };
  const ok = (res: Result, what: string) => expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  const total = async (list: string) => (await superAdmin.get<{ pagination: { total: number } }>(`${list}?pageSize=1`)).pagination.total;
  /** An entry's draft as the super admin sees it, with the relations that decide its förbund. */
  const draftOf = async (list: string, documentId: string, populate: string[]) => {
    const q = populate.map((p) => `populate[${p}][fields][0]=slug`).join('&');
    const res = await superAdmin.get<{ results: Record<string, unknown>[] }>(`${list}?filters[documentId][$eq]=${documentId}&${q}`);
    return res.results[0] as Record<string, unknown>;
  };
  const slugOf = (v: unknown) => (v as { slug?: string } | null)?.slug ?? null;
  const slugsOf = (v: unknown) => ((v as { slug: string }[] | null) ?? []).map((x) => x.slug).sort();
  const listSlugs = async (api: AdminApi, list: string, query = '') =>
    (await api.get<{ results: Entry[] }>(`${list}?pageSize=100${query}`)).results.map((e) => e.slug).sort();
  const bySlug = async (list: string) =>
    new Map((await superAdmin.get<{ results: Entry[] }>(`${list}?pageSize=100`)).results.map((e) => [e.slug, e] as const));

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    redaktor = (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).api;
    const own = await createEditor(superAdmin, 'forbund-sco@example.se', 'vg-forbundsredaktor');
    const other = await createEditor(superAdmin, 'forbund-varend@example.se', 'vg-forbundsredaktor');
    fr = own.api;
    frId = own.id;
    frOther = other.api;
    frNone = (await createEditor(superAdmin, 'forbund-ingen@example.se', 'vg-forbundsredaktor')).api;
    [insatser, berattelser, orgs, forbund] = await Promise.all([bySlug(INSATS), bySlug(BERATTELSE), bySlug(ORG), bySlug(FORBUND)]);
    // The redaktion links each local editor to their förbund in the CMS.
    for (const [slug, id] of [
      [OWN, own.id],
      [OTHER, other.id],
    ] as const) {
      const link = await superAdmin.request('PUT', `${FORBUND}/${forbund.get(slug)?.documentId}`, { redaktorer: { connect: [{ id }] } });
      expect(link.status, JSON.stringify(link.body)).toBe(200);
    }
    // The seed and the oracle agree with the examples the rule was written for.
    expect(scope.insatser).toEqual(
      expect.arrayContaining(['jonsbo', 'backaberg', 'forstarkt-samverkan-ostergotland', 'arena-arbetsmarknad']),
    );
    for (const slug of OUTSIDE) expect(scope.insatser).not.toContain(slug);
    expect(scope.berattelser).toContain('sara-fran-soffan-till-vaxthuset');
    expect(scope.berattelser).not.toContain('elin-tillbaka-till-skolbanken');
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('lists and opens only its förbund’s insatser and berättelser, whatever the filter or spelling', async () => {
    expect(await listSlugs(fr, INSATS)).toEqual(scope.insatser);
    expect(await listSlugs(fr, BERATTELSE)).toEqual(scope.berattelser);
    expect(await listSlugs(fr, INSATS, '&status=published')).toEqual(scope.insatser);
    expect(await listSlugs(frOther, INSATS)).toEqual(expectedScope(OTHER).insatser);
    expect(await listSlugs(frOther, BERATTELSE)).toEqual(expectedScope(OTHER).berattelser);
    // A filter can narrow the list, never widen it.
    for (const query of [
      '&filters[organisation][slug][$eq]=region-kronoberg',
      `&filters[$or][0][slug][$eq]=${OUTSIDE[0]}&filters[$or][1][slug][$eq]=jonsbo`,
      '&filters[documentId][$notNull]=true',
      '&_q=vaxjo',
      '&locale=*',
    ]) {
      const slugs = await listSlugs(fr, INSATS, query);
      expect(
        slugs.filter((s) => !scope.insatser.includes(s)),
        query,
      ).toEqual([]);
    }
    for (const slug of OUTSIDE) {
      const id = ins(slug).documentId;
      for (const p of [`${INSATS}/${id}`, `${INSATS}/${id}?status=published`, `${INSATS}/${id}/`, `${INSATS.toUpperCase()}/${id}`]) {
        const res = await fr.request('GET', p);
        expect(res.status, `GET ${p}`).toBeGreaterThanOrEqual(400);
        expect(JSON.stringify(res.body)).not.toContain(slug);
      }
    }
    refused(await fr.request('GET', `${BERATTELSE}/${story('elin-tillbaka-till-skolbanken').documentId}`), 'a story across förbund');
    refused(await fr.request('GET', `${BERATTELSE}/${story('nadia-flera-saker-samtidigt').documentId}`), 'another förbund’s story');
    ok(await fr.request('GET', `${INSATS}/${ins('backaberg').documentId}`), 'a member’s insats for the förbund');
    // Not linked to a förbund: sees nothing and may write nothing.
    expect(await listSlugs(frNone, INSATS)).toEqual([]);
    expect(await listSlugs(frNone, BERATTELSE)).toEqual([]);
    refused(
      await frNone.request('POST', INSATS, {
        namn: 'Utan förbund',
        slug: 'utan-forbund',
        organisation: { connect: [{ documentId: orgs.get('linkopings-kommun')?.documentId }] },
      }),
      'create without a förbund',
      'inte kopplad till något samordningsförbund',
    );
  });

  it('creates, edits, publishes, unpublishes and discards within its förbund', async () => {
    const base = { sammanfattning: 'Ett utkast från förbundet.', vagarIn: [] };
    const local = await fr.request('POST', INSATS, {
      ...base,
      namn: 'Ny insats i Kinda',
      slug: 'ny-insats-i-kinda',
      organisation: { connect: [{ documentId: orgs.get('kinda-kommun')?.documentId }] },
    });
    expect(local.status, JSON.stringify(local.body)).toBe(201);
    expect((local.body as { data: { documentId: string } }).data.documentId).toBeTruthy();
    // A member outside the förbund's kommuner counts when the insats is the förbund's own…
    const member = await fr.request('POST', INSATS, {
      ...base,
      namn: 'Ny insats med Försäkringskassan',
      slug: 'ny-insats-med-fk',
      organisation: { connect: [{ documentId: orgs.get('forsakringskassan')?.documentId }] },
      forbund: { connect: [{ documentId: forbund.get(OWN)?.documentId }] },
    });
    expect(member.status, JSON.stringify(member.body)).toBe(201);
    // …and not otherwise: the whole write is rolled back.
    const before = await total(INSATS);
    refused(
      await fr.request('POST', INSATS, {
        ...base,
        namn: 'Försäkringskassan utan förbund',
        slug: 'fk-utan-forbund',
        organisation: { connect: [{ documentId: orgs.get('forsakringskassan')?.documentId }] },
      }),
      'a national member’s insats without the förbund',
      'skulle hamna utanför ditt samordningsförbund',
    );
    expect(await total(INSATS)).toBe(before);

    const jonsbo = ins('jonsbo').documentId;
    ok(await fr.request('PUT', `${INSATS}/${jonsbo}`, { sammanfattning: 'Uppdaterad av förbundet.' }), 'update');
    ok(await fr.request('POST', `${INSATS}/${jonsbo}/actions/publish`, {}), 'publish');
    const live = await superAdmin.get<{ data: { sammanfattning: string } }>(`${INSATS}/${jonsbo}?status=published`);
    expect(live.data.sammanfattning).toBe('Uppdaterad av förbundet.');
    ok(await fr.request('POST', `${INSATS}/${jonsbo}/actions/unpublish`, {}), 'unpublish');
    // The public API answers published versions only: unpublished, the insats is gone from it.
    expect((await fetch(`${cms.url}/api/insatser/${jonsbo}`)).status).toBe(404);
    ok(await fr.request('POST', `${INSATS}/${jonsbo}/actions/publish`, {}), 'publish again');
    ok(await fr.request('PUT', `${INSATS}/${jonsbo}`, { sammanfattning: 'Ett ångrat utkast.' }), 'update before discard');
    ok(await fr.request('POST', `${INSATS}/${jonsbo}/actions/discard`, {}), 'discard');
    expect((await superAdmin.get<{ data: { sammanfattning: string } }>(`${INSATS}/${jonsbo}`)).data.sammanfattning).toBe(
      'Uppdaterad av förbundet.',
    );
    const bulk = [ins('backaberg').documentId, ins('insteget-kinda').documentId];
    ok(await fr.request('POST', `${INSATS}/actions/bulkUnpublish`, { documentIds: bulk }), 'bulk unpublish');
    ok(await fr.request('POST', `${INSATS}/actions/bulkPublish`, { documentIds: bulk }), 'bulk publish');
    const copy = await fr.request('POST', `${INSATS}/clone/${jonsbo}`, { slug: 'jonsbo-kopia' });
    expect(copy.status, JSON.stringify(copy.body)).toBe(200);

    const sara = story('sara-fran-soffan-till-vaxthuset').documentId;
    ok(await fr.request('PUT', `${BERATTELSE}/${sara}`, { ingress: 'Uppdaterad av förbundet.' }), 'update a story');
    ok(await fr.request('POST', `${BERATTELSE}/${sara}/actions/publish`, {}), 'publish a story');
    const newStory = await fr.request('POST', BERATTELSE, {
      titel: 'En ny berättelse',
      slug: 'en-ny-berattelse',
      pseudonym: 'Kim',
      insatser: { connect: [{ documentId: jonsbo }] },
    });
    expect(newStory.status, JSON.stringify(newStory.body)).toBe(201);
  });

  it('cannot read, change, publish, unpublish, discard, delete, clone or bulk-act on another förbund’s entries', async () => {
    const own = ins('drivbank').documentId;
    for (const slug of OUTSIDE) {
      const id = ins(slug).documentId;
      for (const [method, p, body] of [
        ['PUT', `${INSATS}/${id}`, { sammanfattning: 'Intrång' }],
        ['POST', `${INSATS}/${id}/actions/publish`, {}],
        ['POST', `${INSATS}/${id}/actions/unpublish`, {}],
        ['POST', `${INSATS}/${id}/actions/discard`, {}],
        ['DELETE', `${INSATS}/${id}`, undefined],
        [
          'POST',
          `${INSATS}/clone/${id}`,
          { slug: `kopia-${slug}`, organisation: { connect: [{ documentId: orgs.get('kinda-kommun')?.documentId }] } },
        ],
        ['POST', `${INSATS}/auto-clone/${id}`, {}],
        ['POST', `${INSATS}/actions/bulkPublish`, { documentIds: [own, id] }],
        ['POST', `${INSATS}/actions/bulkUnpublish`, { documentIds: [own, id] }],
        ['POST', `${INSATS}/actions/bulkDelete`, { documentIds: [own, id] }],
        ['GET', `/content-manager/relations/api::insats.insats/${id}/delar`, undefined],
        ['POST', '/content-manager/history-versions/1/restore', { contentType: 'api::insats.insats' }],
      ] as const) {
        refused(await fr.request(method, p, body), `${method} ${p}`);
      }
      const after = await superAdmin.get<{ data: { sammanfattning: string; publishedAt: string | null } }>(
        `${INSATS}/${id}?status=published`,
      );
      expect(after.data.sammanfattning).not.toBe('Intrång');
      expect(after.data.publishedAt, `${slug} is still published`).not.toBeNull();
    }
    expect(
      (await superAdmin.get<{ data: { publishedAt: string | null } }>(`${INSATS}/${own}?status=published`)).data.publishedAt,
    ).not.toBeNull();
    for (const slug of ['elin-tillbaka-till-skolbanken', 'nadia-flera-saker-samtidigt']) {
      const id = story(slug).documentId;
      for (const [method, p, body] of [
        ['PUT', `${BERATTELSE}/${id}`, { ingress: 'Intrång' }],
        ['POST', `${BERATTELSE}/${id}/actions/publish`, {}],
        ['POST', `${BERATTELSE}/${id}/actions/unpublish`, {}],
        ['POST', `${BERATTELSE}/${id}/actions/discard`, {}],
        ['DELETE', `${BERATTELSE}/${id}`, undefined],
        ['POST', `${BERATTELSE}/clone/${id}`, { slug: `kopia-${slug}` }],
        ['POST', `${BERATTELSE}/actions/bulkUnpublish`, { documentIds: [id] }],
      ] as const) {
        refused(await fr.request(method, p, body), `${method} ${p}`);
      }
    }
    // The other förbund's editor is held to theirs the same way.
    refused(await frOther.request('PUT', `${INSATS}/${ins('jonsbo').documentId}`, { sammanfattning: 'Intrång' }), 'Värend edits SCÖ');
    refused(await frOther.request('POST', `${INSATS}/${ins('jonsbo').documentId}/actions/unpublish`, {}), 'Värend unpublishes SCÖ');
    ok(
      await frOther.request('PUT', `${INSATS}/${ins('steget-vidare-vaxjo').documentId}`, { sammanfattning: 'Från Värend.' }),
      'Värend edits its own',
    );
  });

  it('deletes nothing, not even its own (unpublishing takes an entry off the site)', async () => {
    const id = ins('sfi-linkoping').documentId;
    // The role has no delete permission: Strapi's route policy refuses before any content code runs
    // (the admin shows no delete button); the guard would refuse a delete from any other path.
    refused(await fr.request('DELETE', `${INSATS}/${id}`), 'delete its own');
    refused(await fr.request('POST', `${INSATS}/actions/bulkDelete`, { documentIds: [id] }), 'bulk delete its own');
    refused(await fr.request('DELETE', `${BERATTELSE}/${story('anna-en-vag-in-i-kinda').documentId}`), 'delete its own story');
    expect((await superAdmin.request('GET', `${INSATS}/${id}`)).status).toBe(200);
  });

  it('cannot move an insats out of its förbund through any relation shape', async () => {
    const jonsbo = ins('jonsbo');
    const outside = orgs.get('region-kronoberg') as Entry;
    const shapes = (e: Entry) => [
      { connect: [{ documentId: e.documentId }] },
      { set: [{ documentId: e.documentId }] },
      { connect: [{ id: e.id }] },
      { connect: [e.documentId] },
      { set: [e.id] },
      { connect: { documentId: e.documentId } },
      { documentId: e.documentId },
      [e.documentId],
      e.documentId,
      e.id,
      { connect: [{ documentId: e.documentId, position: { end: true } }], disconnect: [] },
    ];
    for (const shape of shapes(outside)) {
      refused(await fr.request('PUT', `${INSATS}/${jonsbo.documentId}`, { organisation: shape }), `organisation ${JSON.stringify(shape)}`);
    }
    // The editor is told what is wrong and what to do, not just "Forbidden".
    const told = async (body: object, message: string) =>
      refused(await fr.request('PUT', `${INSATS}/${jonsbo.documentId}`, body), JSON.stringify(body), message);
    await told({ organisation: { connect: [{ documentId: outside.documentId }] } }, 'Organisationen hör inte till ditt samordningsförbund');
    await told({ forbund: { connect: [{ documentId: forbund.get(OTHER)?.documentId }] } }, 'ditt eget förbund under');
    await told({ forelder: { connect: [{ documentId: ins('steget-vidare-vaxjo').documentId }] } }, 'Del av programmet');
    await told({ delar: { set: [{ documentId: ins('steget-vidare-vaxjo').documentId }] } }, '(fältet \\"Delar\\")');
    for (const shape of shapes(forbund.get(OTHER) as Entry)) {
      refused(await fr.request('PUT', `${INSATS}/${jonsbo.documentId}`, { forbund: shape }), `forbund ${JSON.stringify(shape)}`);
    }
    // A member's insats leaves the förbund when "Samordningsförbund" is emptied, in any spelling.
    const backaberg = ins('backaberg').documentId;
    for (const forbundInput of [null, [], { set: [] }, { disconnect: [{ documentId: forbund.get(OWN)?.documentId }] }]) {
      refused(
        await fr.request('PUT', `${INSATS}/${backaberg}`, { forbund: forbundInput }),
        `forbund ${JSON.stringify(forbundInput)}`,
        'skulle hamna utanför',
      );
    }
    for (const field of ['forelder', 'delar']) {
      for (const shape of shapes(ins('steget-vidare-vaxjo'))) {
        refused(await fr.request('PUT', `${INSATS}/${jonsbo.documentId}`, { [field]: shape }), `${field} ${JSON.stringify(shape)}`);
      }
    }
    refused(
      await fr.request('POST', INSATS, {
        namn: 'I Växjö',
        slug: 'i-vaxjo',
        vagarIn: [],
        organisation: { connect: [{ documentId: orgs.get('vaxjo-kommun')?.documentId }] },
      }),
      'create for another förbund’s kommun',
      'hör inte till ditt samordningsförbund',
    );
    refused(
      await fr.request('POST', `${INSATS}/clone/${jonsbo.documentId}`, {
        slug: 'kopia-till-vaxjo',
        organisation: { connect: [{ documentId: orgs.get('vaxjo-kommun')?.documentId }] },
      }),
      'clone into another förbund',
    );
    const after = await draftOf(INSATS, jonsbo.documentId, ['organisation', 'forbund', 'forelder']);
    expect([slugOf(after.organisation), slugOf(after.forbund), slugOf(after.forelder)]).toEqual(['linkopings-kommun', OWN, null]);
    expect(slugOf((await draftOf(INSATS, backaberg, ['forbund'])).forbund)).toBe(OWN);
    const other = await draftOf(INSATS, ins('steget-vidare-vaxjo').documentId, ['forelder']);
    expect(slugOf(other.forelder)).toBeNull();
  });

  it('cannot move a berättelse out of its förbund through any relation shape', async () => {
    const anna = story('anna-en-vag-in-i-kinda');
    const before = slugsOf((await draftOf(BERATTELSE, anna.documentId, ['insatser'])).insatser);
    const outside = ins('steget-vidare-vaxjo');
    for (const shape of [
      { connect: [{ documentId: outside.documentId }] },
      { set: [{ documentId: outside.documentId }] },
      { connect: [{ id: outside.id }] },
      [outside.documentId],
      { connect: [outside.documentId], disconnect: [{ documentId: ins('insteget-kinda').documentId }] },
    ]) {
      refused(
        await fr.request('PUT', `${BERATTELSE}/${anna.documentId}`, { insatser: shape }),
        `insatser ${JSON.stringify(shape)}`,
        'Du kan bara koppla berättelsen till insatser i ditt samordningsförbund',
      );
    }
    // Linked to nothing it would belong to nobody: refused and rolled back.
    for (const shape of [{ set: [] }, [], null, { disconnect: before.map((s) => ({ documentId: ins(s).documentId })) }]) {
      refused(
        await fr.request('PUT', `${BERATTELSE}/${anna.documentId}`, { insatser: shape }),
        `insatser ${JSON.stringify(shape)}`,
        'skulle hamna utanför',
      );
    }
    refused(
      await fr.request('POST', BERATTELSE, { titel: 'Utan insats', slug: 'utan-insats', pseudonym: 'Alex' }),
      'a story with no insats',
      'minst en insats',
    );
    expect(slugsOf((await draftOf(BERATTELSE, anna.documentId, ['insatser'])).insatser)).toEqual(before);
  });

  it('is offered only its förbund’s insatser in the relation pickers', async () => {
    const outsideIds = seedInsatser.filter((i) => !scope.insatser.includes(i.slug)).map((i) => ins(i.slug).documentId);
    for (const p of [
      '/content-manager/relations/api::berattelse.berattelse/insatser?pageSize=100',
      '/content-manager/relations/api::insats.insats/forelder?pageSize=100',
      `/content-manager/relations/api::insats.insats/${ins('jonsbo').documentId}/delar?pageSize=100`,
    ]) {
      const picker = await fr.request('GET', p);
      expect(picker.status, `${p}: ${JSON.stringify(picker.body)}`).toBe(200);
      const ids = ((picker.body as { results: { documentId: string }[] }).results ?? []).map((r) => r.documentId);
      expect(
        ids.filter((id) => outsideIds.includes(id)),
        p,
      ).toEqual([]);
    }
  });

  it('cannot change its förbund, the vocabularies or anything not allow-listed', async () => {
    const own = forbund.get(OWN)?.documentId;
    const other = forbund.get(OTHER)?.documentId;
    const fk = orgs.get('forsakringskassan')?.documentId;
    const linkoping = (await superAdmin.get<{ results: Entry[] }>(`${CM}/api::kommun.kommun?filters[kod][$eq]=0580`)).results[0];
    for (const [method, p, body] of [
      ['PUT', `${FORBUND}/${own}`, { kortnamn: 'Ändrat' }],
      ['PUT', `${FORBUND}/${own}`, { kommuner: { connect: [{ documentId: linkoping?.documentId }] } }],
      ['PUT', `${FORBUND}/${own}`, { medlemmar: { connect: [{ documentId: orgs.get('region-kronoberg')?.documentId }] } }],
      ['PUT', `${FORBUND}/${other}`, { redaktorer: { connect: [{ id: frId }] } }],
      ['POST', FORBUND, { namn: 'Eget förbund', slug: 'eget', lan: '05' }],
      ['DELETE', `${FORBUND}/${own}`, undefined],
      // Pulling a national agency into the förbund's kommuner would widen the scope.
      ['PUT', `${ORG}/${fk}`, { kommun: { connect: [{ documentId: linkoping?.documentId }] } }],
      ['POST', ORG, { namn: 'Ny organisation', slug: 'ny-organisation', typ: 'kommun' }],
      ['PUT', `${CM}/api::kommun.kommun/${linkoping?.documentId}`, { namn: 'Ändrad' }],
      ['POST', `${CM}/api::fraga.fraga`, { fraga: 'Intrång?', slug: 'intrang' }],
      ['POST', `${CM}/api::aktor.aktor`, { namn: 'Intrång', slug: 'intrang' }],
      ['PUT', '/content-manager/single-types/api::hitta-ratt.hitta-ratt', { rubrik: 'Intrång' }],
      ['PUT', '/content-manager/single-types/api::startsida.startsida', { rubrik: 'Intrång' }],
      ['POST', `${CM}/api::jargongord.jargongord`, { ord: 'intrång', forslag: 'nej' }],
      ['POST', '/intake/inlamningsnycklar', { organisation: 'linkopings-kommun' }],
      ['PUT', '/content-manager/content-types/api::insats.insats/configuration', { layouts: {} }],
      ['POST', '/admin/users', { firstname: 'Ny', lastname: 'Användare', email: 'ny@example.se', roles: [1] }],
      ['PUT', '/admin/roles/1', { name: 'Intrång' }],
      ['POST', '/admin/roles', { name: 'Egen roll', description: 'x' }],
      ['POST', '/admin/webhooks', { name: 'x', url: 'https://example.se', events: [] }],
      ['POST', '/admin/api-tokens', { name: 'x', type: 'full-access', lifespan: null }],
      ['PUT', '/upload/settings', { sizeOptimization: false }],
    ] as const) {
      refused(await fr.request(method, p, body), `${method} ${p}`);
    }
    for (const p of [
      `${CM}/api::forslag.forslag`,
      `${CM}/api::inlamningsnyckel.inlamningsnyckel`,
      `${CM}/api::aterkoppling.aterkoppling`,
      `${CM}/api::jargongord.jargongord`,
      `${CM}/api::fraga.fraga`,
      '/content-manager/single-types/api::hitta-ratt.hitta-ratt',
      '/admin/users',
      '/admin/roles',
      '/admin/webhooks',
      '/admin/api-tokens',
      '/admin/project-settings',
      '/upload/settings',
    ]) {
      const res = await fr.request('GET', p);
      expect(res.status, `GET ${p}: ${JSON.stringify(res.body).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    }
    const after = await draftOf(FORBUND, own ?? '', ['kommuner', 'medlemmar']);
    expect(after.kortnamn).toBe('SCÖ');
    expect(slugsOf(after.medlemmar)).not.toContain('region-kronoberg');
    expect(slugOf((await draftOf(ORG, fk ?? '', ['kommun'])).kommun)).toBeNull();
    // Still not an editor of the other förbund: its insatser stay out of reach.
    expect(await listSlugs(fr, INSATS)).not.toContain('steget-vidare-vaxjo');
  });

  it('leaves the redaktion unlimited', async () => {
    const id = ins('steget-vidare-vaxjo').documentId;
    ok(await redaktor.request('PUT', `${INSATS}/${id}`, { sammanfattning: 'Granskad av redaktionen.' }), 'Redaktör edits any insats');
    ok(await redaktor.request('POST', `${INSATS}/${id}/actions/publish`, {}), 'Redaktör publishes any insats');
  });
});
