/**
 * Every change of an insats's free places or queue is dated by the CMS (platser.uppdaterad,
 * cms/src/lediga-platser/stamp-date.ts), wherever it comes from: the seed, the admin. Unchanged
 * figures keep their date, and a date sent along is never taken — an old figure cannot be made
 * to look current. The date travels with publishing.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const INSATS = '/content-manager/collection-types/api::insats.insats';

interface Platser {
  antal?: number | null;
  lediga?: number | null;
  ko?: boolean;
  kommentar?: string | null;
  uppdaterad?: string | null;
}
interface Insats {
  documentId: string;
  slug: string;
  platser?: Platser | null;
}

describe('the date of free places', () => {
  let cms: TempStrapi;
  let admin: AdminApi;
  let started: number;
  let jonsbo: Insats;

  const draft = async (documentId: string) => (await admin.get<{ data: Insats }>(`${INSATS}/${documentId}`)).data;
  const save = async (documentId: string, platser: Platser) => {
    const res = await admin.request('PUT', `${INSATS}/${documentId}`, { platser });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as { data: Insats }).data.platser ?? null;
  };

  beforeAll(async () => {
    started = Date.now();
    cms = await startTempStrapi({ env: { VG_SEED_DEMO: 'true' } });
    admin = await AdminApi.registerFirstAdmin(cms.url);
    const list = await admin.get<{ results: Insats[] }>(`${INSATS}?page=1&pageSize=100`);
    jonsbo = list.results.find((i) => i.slug === 'jonsbo') as Insats;
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('dates the seeded figures when they are written', async () => {
    const platser = (await draft(jonsbo.documentId)).platser;
    expect(platser?.lediga).not.toBeNull();
    // The seed files carry no date; the test run seeded its database (or the run's template) today.
    const dated = Date.parse(platser?.uppdaterad ?? '');
    expect(dated).toBeLessThanOrEqual(Date.now());
    expect(dated).toBeGreaterThan(started - 6 * 3_600_000);
  });

  it('keeps the date when the figures stay, and ignores a date sent along', async () => {
    const before = (await draft(jonsbo.documentId)).platser as Platser;
    const kept = await save(jonsbo.documentId, {
      ...before,
      kommentar: 'Nya grupper varje måndag.',
      uppdaterad: '2099-01-01T00:00:00.000Z',
    });
    expect(kept?.uppdaterad).toBe(before.uppdaterad);
    const forgedOld = await save(jonsbo.documentId, { ...before, uppdaterad: '2020-01-01T00:00:00.000Z' });
    expect(forgedOld?.uppdaterad).toBe(before.uppdaterad);
  });

  it('dates a change of free places or of the queue with the server’s time, and publishing keeps it', async () => {
    const before = (await draft(jonsbo.documentId)).platser as Platser;
    await new Promise((r) => setTimeout(r, 20));
    const changed = await save(jonsbo.documentId, { ...before, lediga: (before.lediga ?? 0) + 1, uppdaterad: '2020-01-01T00:00:00.000Z' });
    expect(Date.parse(changed?.uppdaterad ?? '')).toBeGreaterThan(Date.parse(before.uppdaterad ?? ''));
    const queued = await save(jonsbo.documentId, { ...(changed as Platser), ko: !changed?.ko });
    expect(Date.parse(queued?.uppdaterad ?? '')).toBeGreaterThanOrEqual(Date.parse(changed?.uppdaterad ?? ''));

    const published = await admin.request('POST', `${INSATS}/${jonsbo.documentId}/actions/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const live = (await (await fetch(`${cms.url}/api/insatser?filters[slug][$eq]=jonsbo&populate[platser]=true`)).json()) as {
      data: Insats[];
    };
    expect(live.data[0]?.platser?.uppdaterad).toBe(queued?.uppdaterad);
  });
});
