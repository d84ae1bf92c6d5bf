/**
 * Hostile tests of the providers' own route for free places (`POST /api/intake/lediga-platser`,
 * cms/src/lediga-platser/provider-update.ts): an organisation's submission key changes free places
 * and queue of its own insatser only, live at once, and nothing else of the insats — not a field
 * sent along, not the redaktion's unpublished draft. Another organisation's insats, a revoked or
 * wrong key, bad figures and other spellings or methods change nothing. Every change is logged
 * (Platsändring), and the log is read-only for the redaktion, closed to everyone else.
 * On SQLite and, when it runs, PostgreSQL.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { createEditor } from '@vg/scripts/cms/editors.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './support/http.ts';

const SITE = 'http://site.test';
const INSATS = '/content-manager/collection-types/api::insats.insats';
const LOGG = '/content-manager/collection-types/api::platsandring.platsandring';
const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

interface Platser {
  antal: number | null;
  lediga: number | null;
  ko: boolean;
  uppdaterad: string | null;
}
interface PublicInsats {
  documentId: string;
  slug: string;
  sammanfattning: string;
  platser: Platser | null;
  organisation: { slug: string } | null;
}
interface LogEntry {
  documentId: string;
  kalla: string;
  vem: string;
  ledigaFore: number | null;
  ledigaEfter: number | null;
  koFore: boolean | null;
  koEfter: boolean | null;
  publicerad: boolean;
  tidpunkt: string;
}

describe.each(await testDatabases())('free places from the providers under attack, on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let redaktor: AdminApi;
  const keys: Record<string, string> = {};
  let own: PublicInsats;
  let others: PublicInsats;
  let ip = 0;

  const post = (body: string, headers: Record<string, string> = JSON_TYPE, path = '/api/intake/lediga-platser') =>
    rawRequest(cms.url, 'POST', path, { headers: { ...headers, 'x-forwarded-for': `198.51.100.${++ip % 250}` }, body });
  const published = async (slug: string) => {
    const res = await fetch(`${cms.url}/api/insatser?filters[slug][$eq]=${slug}&populate[platser]=true&populate[organisation]=true`);
    return ((await res.json()) as { data: PublicInsats[] }).data[0] as PublicInsats;
  };
  const draft = async (documentId: string) => (await superAdmin.get<{ data: PublicInsats }>(`${INSATS}/${documentId}`)).data;
  const log = async () => (await superAdmin.get<{ results: LogEntry[] }>(`${LOGG}?page=1&pageSize=100&sort=tidpunkt:desc`)).results;
  const update = (insats: string, lediga: unknown, ko: unknown, nyckel = keys.own, extra: Record<string, unknown> = {}) =>
    post(JSON.stringify({ nyckel, insats, lediga, ko, ...extra }));

  beforeAll(async () => {
    cms = await startTempStrapi({
      database,
      env: { VG_SEED_DEMO: 'true', VG_TRUSTED_PROXIES: '1', VG_SITE_URL: SITE, VG_INTAKE_RATE_PER_MINUTE: '1000' },
    });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    redaktor = (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).api;
    const res = await fetch(`${cms.url}/api/insatser?populate[platser]=true&populate[organisation]=true&pagination[pageSize]=100`);
    const all = ((await res.json()) as { data: PublicInsats[] }).data;
    const withPlaces = all.filter((i) => (i.platser?.antal ?? 0) >= 5 && i.organisation);
    own = withPlaces[0] as PublicInsats;
    others = withPlaces.find((i) => i.organisation?.slug !== own.organisation?.slug) as PublicInsats;
    expect(own && others).toBeTruthy();
    for (const [name, org] of [
      ['own', own.organisation?.slug],
      ['other', others.organisation?.slug],
      ['revoked', own.organisation?.slug],
    ] as const) {
      const issued = await superAdmin.request('POST', '/intake/inlamningsnycklar', { organisation: org });
      expect(issued.status, JSON.stringify(issued.body)).toBe(201);
      keys[name] = (issued.body as { data: { nyckel: string } }).data.nyckel;
    }
    // Issuing "revoked" replaced "own" (one key per organisation): issue the working one again last.
    const again = await superAdmin.request('POST', '/intake/inlamningsnycklar', { organisation: own.organisation?.slug });
    keys.own = (again.body as { data: { nyckel: string } }).data.nyckel;
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('makes the new figures live at once, dated and logged, and publishes nothing else of the insats', async () => {
    // The redaktion has unpublished work in the draft: it must stay unpublished.
    const unpublished = 'Ett utkast som redaktionen inte har publicerat.';
    const saved = await superAdmin.request('PUT', `${INSATS}/${own.documentId}`, { sammanfattning: unpublished });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const before = await published(own.slug);
    const lediga = ((before.platser?.lediga ?? 0) + 1) % ((before.platser?.antal ?? 1) + 1);
    const started = Date.now();

    const res = await update(own.slug, lediga, true);
    expect(res.status, res.text).toBe(201);
    expect(JSON.parse(res.text)).toMatchObject({ insats: own.slug, lediga: String(lediga), ko: 'ja' });

    const after = await published(own.slug);
    expect(after.platser).toMatchObject({ lediga, ko: true, antal: before.platser?.antal });
    expect(Date.parse(after.platser?.uppdaterad ?? '')).toBeGreaterThanOrEqual(started - 1000);
    expect(after.sammanfattning).toBe(before.sammanfattning);
    const draftAfter = await draft(own.documentId);
    expect(draftAfter.sammanfattning).toBe(unpublished);
    expect(draftAfter.platser).toMatchObject({ lediga, ko: true, uppdaterad: after.platser?.uppdaterad });

    const [entry] = await log();
    expect(entry).toMatchObject({
      kalla: 'inlamningsnyckel',
      ledigaFore: before.platser?.lediga ?? null,
      ledigaEfter: lediga,
      koFore: before.platser?.ko ?? null,
      koEfter: true,
      publicerad: true,
      tidpunkt: after.platser?.uppdaterad,
    });
    expect(entry?.vem).toContain(own.organisation?.slug ?? '');
    expect(entry?.vem).toContain(keys.own?.slice(0, 10) ?? '');
    expect(JSON.stringify(entry)).not.toContain(keys.own ?? '');
  });

  it('refuses another organisation’s insats, a revoked or wrong key and an unknown insats, and changes nothing', async () => {
    const revoke = await superAdmin.get<{ results: { documentId: string; aktiv: boolean }[] }>(
      '/content-manager/collection-types/api::inlamningsnyckel.inlamningsnyckel?pageSize=100&filters[aktiv][$eq]=false',
    );
    expect(revoke.results.length).toBeGreaterThan(0);
    const theirs = await published(others.slug);
    const entries = (await log()).length;
    const cases: [string, Awaited<ReturnType<typeof update>>, number, string][] = [
      ['another organisation', await update(others.slug, 0, false), 403, 'fel-organisation'],
      ['a replaced key', await update(own.slug, 0, false, keys.revoked), 403, 'aterkallad-nyckel'],
      ['a wrong key', await update(own.slug, 0, false, `${keys.own}x`), 401, 'fel-nyckel'],
      ['another organisation’s key', await update(own.slug, 0, false, keys.other), 403, 'fel-organisation'],
      ['an unknown insats', await update('finns-inte', 0, false), 400, 'ogiltig'],
    ];
    for (const [name, res, status, kod] of cases) {
      expect(res.status, `${name}: ${res.text}`).toBe(status);
      expect((JSON.parse(res.text) as { error: { details: { kod: string } } }).error.details.kod, name).toBe(kod);
    }
    expect((await published(others.slug)).platser).toEqual(theirs.platser);
    expect((await log()).length).toBe(entries);
  });

  it('takes free places and queue only: every other field sent along is ignored, and bad figures are refused by field', async () => {
    const before = await published(own.slug);
    const hostile = {
      antal: 999,
      namn: 'Kapad',
      sammanfattning: 'Kapad',
      organisation: others.documentId,
      uppdaterad: '2099-01-01T00:00:00.000Z',
      publishedAt: null,
      platser: { antal: 999 },
    };
    const res = await update(own.slug, 1, false, keys.own, hostile);
    expect(res.status, res.text).toBe(201);
    const after = await published(own.slug);
    expect(after.platser).toMatchObject({ lediga: 1, ko: false, antal: before.platser?.antal });
    expect(after.platser?.uppdaterad).not.toBe('2099-01-01T00:00:00.000Z');
    expect(after.sammanfattning).toBe(before.sammanfattning);
    expect(after.organisation?.slug).toBe(own.organisation?.slug);

    for (const [lediga, ko, field] of [
      [(before.platser?.antal ?? 0) + 1, false, 'lediga'],
      [-1, false, 'lediga'],
      [1.5, false, 'lediga'],
      ['tre', false, 'lediga'],
      [null, false, 'lediga'],
      [1, 'kanske', 'ko'],
      [1, undefined, 'ko'],
    ] as const) {
      const bad = await update(own.slug, lediga, ko);
      expect(bad.status, `${lediga}/${ko}: ${bad.text}`).toBe(400);
      const errors = (JSON.parse(bad.text) as { error: { details: { errors: { path: string[]; message: string }[] } } }).error.details
        .errors;
      expect(errors[0]?.path, `${lediga}/${ko}`).toEqual([field]);
      expect(errors[0]?.message.length, `${lediga}/${ko}`).toBeGreaterThan(20);
    }
    expect((await published(own.slug)).platser).toMatchObject({ lediga: 1, ko: false });
  });

  it('answers a retry with the same Idempotency-Key once, and refuses the key for other figures', async () => {
    const entries = (await log()).length;
    const headers = { ...JSON_TYPE, 'idempotency-key': 'lediga-platser-retry-0001' };
    const body = JSON.stringify({ nyckel: keys.own, insats: own.slug, lediga: 2, ko: false });
    const first = await post(body, headers);
    const second = await post(body, headers);
    expect(first.status, first.text).toBe(201);
    expect(second.status).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(JSON.parse(second.text)).toEqual(JSON.parse(first.text));
    expect((await log()).length).toBe(entries + 1);
    const other = await post(JSON.stringify({ nyckel: keys.own, insats: own.slug, lediga: 3, ko: false }), headers);
    expect(other.status).toBe(422);
    expect((await published(own.slug)).platser?.lediga).toBe(2);
  });

  it('sends a plain form on to the site’s pages, naming the wrong fields but never the key', async () => {
    const ok = await post(new URLSearchParams({ nyckel: keys.own ?? '', insats: own.slug, lediga: '3', ko: 'ja' }).toString(), FORM_TYPE);
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe(`${SITE}/lediga-platser/tack?insats=${own.slug}`);
    expect((await published(own.slug)).platser).toMatchObject({ lediga: 3, ko: true });
    const bad = await post(new URLSearchParams({ nyckel: keys.own ?? '', insats: own.slug, lediga: '', ko: 'ja' }).toString(), FORM_TYPE);
    expect(bad.status).toBe(303);
    expect(bad.headers.location).toBe(`${SITE}/lediga-platser/fel?status=400&kod=ogiltig&falt=lediga`);
    expect(bad.headers.location).not.toContain(keys.own ?? '');
  });

  it('changes nothing through other spellings or methods of the route', async () => {
    const theirs = await published(others.slug);
    const body = JSON.stringify({ nyckel: keys.own, insats: others.slug, lediga: 0, ko: true });
    for (const p of [
      '/api/intake/Lediga-Platser',
      '/api/intake/lediga-platser/',
      '/api/intake//lediga-platser',
      '/api/intake/lediga%2Dplatser',
      '/api/intake/lediga-platser?insats=x',
      '/api/intake/ledigaPlatser',
      '/api/insatser/lediga-platser',
      '/intake/lediga-platser',
    ]) {
      const res = await post(body, JSON_TYPE, p);
      expect([400, 401, 403, 404, 405], `${p}: ${res.status}`).toContain(res.status);
    }
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
      const res = await rawRequest(cms.url, method, '/api/intake/lediga-platser', {
        headers: JSON_TYPE,
        body: method === 'GET' ? '' : body,
      });
      expect([401, 403, 404, 405], `${method}: ${res.status}`).toContain(res.status);
    }
    expect((await published(others.slug)).platser).toEqual(theirs.platser);
  });

  it('shows the log to the redaktion read-only, to nobody else, and lets nobody write or delete an entry', async () => {
    const [entry] = await log();
    expect((await redaktor.request('GET', `${LOGG}?page=1&pageSize=10`)).status).toBe(200);
    for (const [name, role] of [
      ['Skribent', 'vg-skribent'],
      ['Förbundsredaktör', 'vg-forbundsredaktor'],
    ] as const) {
      const api = (await createEditor(superAdmin, `${role}@example.se`, role)).api;
      expect((await api.request('GET', `${LOGG}?page=1&pageSize=10`)).status, name).toBe(403);
      expect((await api.request('GET', `${LOGG}/${entry?.documentId}`)).status, name).toBe(403);
    }
    for (const api of [redaktor, superAdmin]) {
      expect([400, 403, 405]).toContain(
        (await api.request('POST', LOGG, { kalla: 'admin', vem: 'x', publicerad: true, tidpunkt: new Date().toISOString() })).status,
      );
      expect([400, 403, 405]).toContain((await api.request('PUT', `${LOGG}/${entry?.documentId}`, { ledigaEfter: 99 })).status);
      expect([400, 403, 405]).toContain((await api.request('DELETE', `${LOGG}/${entry?.documentId}`)).status);
    }
    expect((await log())[0]).toEqual(entry);
    for (const p of ['/api/platsandringar', `/api/platsandringar/${entry?.documentId}`])
      expect([401, 403, 404], p).toContain((await fetch(`${cms.url}${p}`)).status);
  });

  it('logs a change made in the admin too, with the editor’s name, as a draft change', async () => {
    const before = await draft(own.documentId);
    const saved = await redaktor.request('PUT', `${INSATS}/${own.documentId}`, { platser: { ...before.platser, lediga: 0 } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const [entry] = await log();
    expect(entry).toMatchObject({ kalla: 'admin', ledigaFore: before.platser?.lediga, ledigaEfter: 0, publicerad: false });
    expect(entry?.vem).toContain('redaktor@example.se');
  });
});
