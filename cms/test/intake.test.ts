import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { validForslag } from '@vg/scripts/cms/intake-client.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SITE = 'https://site.example.se';
const FORSLAG = '/content-manager/collection-types/api::forslag.forslag';
const NYCKEL = '/content-manager/collection-types/api::inlamningsnyckel.inlamningsnyckel';
const ATERKOPPLING = '/content-manager/collection-types/api::aterkoppling.aterkoppling';
const INSATS = '/content-manager/collection-types/api::insats.insats';
const RATE = 60;
const orgSlugs = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', 'data', 'organisationer.json'), 'utf8')) as { slug: string }[]
).map((o) => o.slug);

/** Creates an admin user with one role and returns a logged-in client. */
async function createEditor(superAdmin: AdminApi, email: string, roleCode: string): Promise<AdminApi> {
  const roles = await superAdmin.get<{ data: { id: number; code: string }[] }>('/admin/roles');
  const role = roles.data.find((r) => r.code === roleCode);
  const created = await superAdmin.request('POST', '/admin/users', { firstname: 'Test', lastname: roleCode, email, roles: [role?.id] });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const token = (created.body as { data: { registrationToken: string } }).data.registrationToken;
  const password = 'Redaktor-losen-1';
  const reg = await superAdmin.request('POST', '/admin/register', {
    registrationToken: token,
    userInfo: { firstname: 'Test', lastname: roleCode, password },
  });
  expect(reg.status, JSON.stringify(reg.body)).toBe(200);
  return AdminApi.login(superAdmin.baseUrl, email, password);
}

let ipCounter = 0;
/** A fresh client address per test (the CMS trusts X-Forwarded-For here), so per-IP limits do not leak between tests. */
const nextIp = () => {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

interface Sent {
  status: number;
  body: Record<string, unknown> | null;
  headers: Headers;
}

describe.each(await testDatabases())('intake on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let redaktor: AdminApi;
  const keys: Record<string, string> = {};
  const keyIds: Record<string, string> = {};

  async function post(
    route: 'forslag' | 'aterkoppling',
    body: unknown,
    options: { ip?: string; headers?: Record<string, string>; raw?: string; contentType?: string } = {},
  ): Promise<Sent> {
    const res = await fetch(`${cms.url}/api/intake/${route}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': options.contentType ?? 'application/json',
        'x-forwarded-for': options.ip ?? nextIp(),
        ...options.headers,
      },
      body: options.raw ?? JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: Record<string, unknown> | null = null;
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      // Not JSON (a redirect has no body worth reading).
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  const total = async (collection: string) =>
    (await superAdmin.get<{ pagination: { total: number } }>(`${collection}?page=1&pageSize=1`)).pagination.total;

  const valid = (key: string, over: Record<string, unknown> = {}) => ({ ...validForslag(key), ...over });

  beforeAll(async () => {
    cms = await startTempStrapi({
      database,
      env: {
        VG_SEED_DEMO: 'true',
        VG_TRUSTED_PROXIES: '1',
        VG_SITE_URL: SITE,
        VG_SITE_ORIGINS: SITE,
        VG_INTAKE_RATE_PER_MINUTE: String(RATE),
        VG_INTAKE_KEY_RATE_PER_MINUTE: String(RATE),
      },
    });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    redaktor = await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor');
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      const slug = orgSlugs[Object.keys(keys).length] as string;
      const issued = await redaktor.request('POST', '/intake/inlamningsnycklar', { organisation: slug });
      expect(issued.status, JSON.stringify(issued.body)).toBe(201);
      const data = (issued.body as { data: { nyckel: string; documentId: string; prefix: string } }).data;
      expect(data.nyckel.startsWith(data.prefix)).toBe(true);
      keys[name] = data.nyckel;
      keyIds[name] = data.documentId;
    }
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('stores a valid submission exactly once under retries with the same Idempotency-Key', async () => {
    const before = await total(FORSLAG);
    const headers = { 'idempotency-key': 'retry-test-0001' };
    const first = await post('forslag', valid(keys.a as string), { headers });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const kvitto = first.body?.kvitto as string;
    expect(kvitto).toMatch(/^VG-\d{4}-\d{6,}$/);
    for (let i = 0; i < 3; i++) {
      const again = await post('forslag', valid(keys.a as string), { headers });
      expect(again.status).toBe(200);
      expect(again.body?.kvitto).toBe(kvitto);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
    }
    // The same key with other content is a client bug, not a retry.
    const other = await post('forslag', valid(keys.a as string, { meddelande: 'Något annat' }), { headers });
    expect(other.status).toBe(422);
    expect(await total(FORSLAG)).toBe(before + 1);
  });

  it('creates exactly one förslag from 50 concurrent requests with the same Idempotency-Key', async () => {
    const before = await total(FORSLAG);
    const ip = nextIp();
    const headers = { 'idempotency-key': `samtidigt-${database}-0001` };
    const answers = await Promise.all(Array.from({ length: 50 }, () => post('forslag', valid(keys.b as string), { ip, headers })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    expect(new Set(answers.map((a) => a.body?.kvitto)).size).toBe(1);
    expect(await total(FORSLAG)).toBe(before + 1);
  });

  it('gives each bad input its own 4xx and stores nothing', async () => {
    const before = await total(FORSLAG);
    const key = keys.a as string;
    const fieldsOf = (s: Sent) =>
      ((s.body?.error as { details?: { errors?: { path: string[] }[] } } | undefined)?.details?.errors ?? []).map((e) => e.path.join('.'));

    const missing = await post('forslag', {});
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing)).toEqual(expect.arrayContaining(['nyckel', 'typ', 'uppgifter', 'avsandare']));

    const base = valid(key);
    const wrongTypes = await post('forslag', { ...base, uppgifter: { ...base.uppgifter, namn: 123, timmarMin: 'fyra', kommuner: '0580' } });
    expect(wrongTypes.status).toBe(400);
    expect(fieldsOf(wrongTypes)).toEqual(expect.arrayContaining(['uppgifter.namn', 'uppgifter.timmarMin', 'uppgifter.kommuner']));

    const huge = await post('forslag', valid(key, { meddelande: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);

    const wrongKey = await post('forslag', valid('vg_detta-ar-inte-en-riktig-nyckel'));
    expect(wrongKey.status).toBe(401);

    const revoke = await redaktor.request('POST', `/intake/inlamningsnycklar/${keyIds.c}/aterkalla`);
    expect(revoke.status, JSON.stringify(revoke.body)).toBe(200);
    const revoked = await post('forslag', valid(keys.c as string));
    expect(revoked.status).toBe(403);

    const script = await post('forslag', { ...base, uppgifter: { ...base.uppgifter, namn: '<script>alert(1)</script>' } });
    expect(script.status).toBe(400);
    expect(fieldsOf(script)).toEqual(['uppgifter.namn']);

    const longUnicode = await post('forslag', { ...base, uppgifter: { ...base.uppgifter, beskrivning: '🙂ö'.repeat(5000) } });
    expect(longUnicode.status).toBe(400);
    expect(fieldsOf(longUnicode)).toEqual(['uppgifter.beskrivning']);

    const badJson = await post('forslag', null, { raw: '{"nyckel": ' });
    expect(badJson.status).toBe(400);
    const plainText = await post('forslag', null, { raw: 'hej', contentType: 'text/plain' });
    expect(plainText.status).toBe(415);
    const unknownInsats = await post('forslag', valid(key, { typ: 'andring', insats: 'finns-inte-alls' }));
    expect(unknownInsats.status).toBe(400);

    expect(await total(FORSLAG)).toBe(before);
  });

  it('stores SQL-like text verbatim, as text', async () => {
    const before = await total(FORSLAG);
    const sql = "Robert'); DROP TABLE forslag; -- OR 1=1";
    const base = valid(keys.a as string);
    const sent = await post('forslag', { ...base, uppgifter: { ...base.uppgifter, namn: sql }, meddelande: sql });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(await total(FORSLAG)).toBe(before + 1);
    const list = await superAdmin.get<{ results: { kvitto: string; meddelande: string; uppgifter: { namn: string } }[] }>(
      `${FORSLAG}?pageSize=1&filters[$and][0][kvitto][$eq]=${sent.body?.kvitto}`,
    );
    expect(list.results[0]?.meddelande).toBe(sql);
    expect(list.results[0]?.uppgifter.namn).toBe(sql);
  });

  it('rate-limits per IP and per key with 429 and Retry-After', async () => {
    const ip = nextIp();
    const answers: Sent[] = [];
    for (let i = 0; i <= RATE; i++) answers.push(await post('aterkoppling', {}, { ip }));
    expect(answers.slice(0, RATE).every((a) => a.status === 400)).toBe(true);
    const limited = answers[RATE] as Sent;
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const headers = { 'idempotency-key': 'per-nyckel-0001' };
    const perKey: number[] = [];
    for (let i = 0; i <= RATE; i++) perKey.push((await post('forslag', valid(keys.d as string), { headers })).status);
    expect(perKey.slice(0, RATE).every((s) => s === 201 || s === 200)).toBe(true);
    expect(perKey[RATE]).toBe(429);
  });

  it('answers a plain form POST with 303 to the receipt or error page, without personal data in the URL', async () => {
    const form = new URLSearchParams({
      nyckel: keys.a as string,
      typ: 'ny-insats',
      'uppgifter[namn]': 'Snickeriet',
      'uppgifter[sammanfattning]': 'Du snickrar i en verkstad.',
      'uppgifter[beskrivning]': 'Vi bygger möbler.',
      'uppgifter[stodform]': 'arbetstraning',
      'uppgifter[timmarMin]': '6',
      'uppgifter[aktiviteter]': 'Snickeri\nMåleri',
      'uppgifter[plats][adress]': '',
      'avsandare[roll]': 'Handledare',
      'avsandare[epost]': 'handledare@example.se',
      idempotensnyckel: 'formular-0001',
    });
    form.append('uppgifter[kommuner]', '0580');
    form.append('uppgifter[vagarIn]', 'egen-anmalan');
    const contentType = 'application/x-www-form-urlencoded';
    const ok = await post('forslag', null, { raw: form.toString(), contentType });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toMatch(new RegExp(`^${SITE}/lamna-forslag/kvitto\\?nr=VG-\\d{4}-\\d{6,}$`));

    form.set('avsandare[epost]', 'inte-en-adress@');
    form.set('idempotensnyckel', 'formular-0002');
    const bad = await post('forslag', null, { raw: form.toString(), contentType });
    expect(bad.status).toBe(303);
    const location = bad.headers.get('location') ?? '';
    expect(location.startsWith(`${SITE}/lamna-forslag/fel?`)).toBe(true);
    const query = new URL(location).searchParams;
    expect(query.get('status')).toBe('400');
    expect(query.getAll('falt')).toEqual(['avsandare.epost']);
    expect(location).not.toContain('inte-en-adress');
    expect(location).not.toContain('Snickeriet');
  });

  it('takes feedback as JSON and as a form, and never without a valid page', async () => {
    const before = await total(ATERKOPPLING);
    const json = await post('aterkoppling', {
      typ: 'hittade-du',
      sida: '/vagval/jonsbo',
      svar: 'nej',
      kommentar: 'Jag hittade inte adressen.',
    });
    expect(json.status, JSON.stringify(json.body)).toBe(201);
    const form = await post('aterkoppling', null, {
      raw: new URLSearchParams({
        typ: 'tillganglighet',
        sida: '/hitta-ratt',
        kommentar: 'Knappen går inte att nå med tangentbordet.',
      }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(`${SITE}/aterkoppling/tack?typ=tillganglighet&sida=%2Fhitta-ratt`);
    expect((await post('aterkoppling', { typ: 'hittade-du', sida: 'https://evil.example/', svar: 'ja' })).status).toBe(400);
    expect((await post('aterkoppling', { typ: 'hittade-du', sida: '/', svar: 'ja', kommentar: 'å'.repeat(2001) })).status).toBe(400);
    expect(await total(ATERKOPPLING)).toBe(before + 2);
  });

  it('answers browsers from the site only (CORS) and refuses other origins', async () => {
    const preflight = await fetch(`${cms.url}/api/intake/forslag`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    const evil = await post('aterkoppling', { typ: 'hittade-du', sida: '/', svar: 'ja' }, { headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps förslag, keys and feedback away from the public API', async () => {
    for (const endpoint of ['forslagen', 'inlamningsnycklar', 'aterkopplingar']) {
      const res = await fetch(`${cms.url}/api/${endpoint}`);
      expect([403, 404], endpoint).toContain(res.status);
    }
    const keyList = await redaktor.get<{ results: Record<string, unknown>[] }>(`${NYCKEL}?pageSize=100`);
    expect(keyList.results.length).toBeGreaterThan(0);
    for (const k of keyList.results) expect(k).not.toHaveProperty('nyckelHash');
  });

  it('lets a Redaktör turn a förslag into an unpublished draft insats, and apply a change to a draft only', async () => {
    const created = await post(
      'forslag',
      valid(keys.a as string, { uppgifter: { ...valid('').uppgifter, namn: 'Ny insats från förslag' } }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const kvitto = created.body?.kvitto as string;
    const find = async (k: string) =>
      (await superAdmin.get<{ results: { documentId: string; behandling: string }[] }>(`${FORSLAG}?filters[$and][0][kvitto][$eq]=${k}`))
        .results[0] as { documentId: string; behandling: string };
    const forslag = await find(kvitto);
    expect(forslag.behandling).toBe('ny');

    const applied = await redaktor.request('POST', `/intake/forslag/${forslag.documentId}/tillampa`);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const insatsId = (applied.body as { data: { insats: string } }).data.insats;
    const draft = await superAdmin.get<{ data: { namn: string; publishedAt: string | null; status?: string } }>(`${INSATS}/${insatsId}`);
    expect(draft.data.namn).toBe('Ny insats från förslag');
    expect(draft.data.publishedAt).toBeNull();
    const publicList = (await (
      await fetch(`${cms.url}/api/insatser?filters[namn][$eq]=${encodeURIComponent('Ny insats från förslag')}`)
    ).json()) as {
      data: unknown[];
    };
    expect(publicList.data).toHaveLength(0);
    expect((await find(kvitto)).behandling).toBe('behandlad');
    expect((await redaktor.request('POST', `/intake/forslag/${forslag.documentId}/tillampa`)).status).toBe(400);

    // Only the required fields: the draft is incomplete (no vägar in) and the redaktion completes it before publishing.
    const minimal = await post('forslag', {
      nyckel: keys.a,
      typ: 'ny-insats',
      uppgifter: { namn: 'Minsta förslaget', sammanfattning: 'Kort.', beskrivning: 'Vad som händer.', stodform: 'praktik' },
      avsandare: { roll: 'Samordnare', epost: 'samordnare@example.se' },
    });
    expect(minimal.status, JSON.stringify(minimal.body)).toBe(201);
    const minimalRow = await find(minimal.body?.kvitto as string);
    const appliedMinimal = await redaktor.request('POST', `/intake/forslag/${minimalRow.documentId}/tillampa`);
    expect(appliedMinimal.status, JSON.stringify(appliedMinimal.body)).toBe(200);

    // A change to a published insats touches its draft; the public still sees the published text.
    const publicBefore = (await (await fetch(`${cms.url}/api/insatser?filters[slug][$eq]=jonsbo`)).json()) as {
      data: { sammanfattning: string }[];
    };
    const change = await post('forslag', {
      nyckel: keys.a,
      typ: 'andring',
      insats: 'jonsbo',
      uppgifter: { sammanfattning: 'Ny sammanfattning från organisationen.' },
      avsandare: { roll: 'Samordnare', telefon: '013-123 45 67' },
    });
    expect(change.status, JSON.stringify(change.body)).toBe(201);
    const changeRow = await find(change.body?.kvitto as string);
    const appliedChange = await redaktor.request('POST', `/intake/forslag/${changeRow.documentId}/tillampa`);
    expect(appliedChange.status, JSON.stringify(appliedChange.body)).toBe(200);
    const jonsboId = (appliedChange.body as { data: { insats: string } }).data.insats;
    const jonsboDraft = await superAdmin.get<{ data: { sammanfattning: string } }>(`${INSATS}/${jonsboId}`);
    expect(jonsboDraft.data.sammanfattning).toBe('Ny sammanfattning från organisationen.');
    const publicAfter = (await (await fetch(`${cms.url}/api/insatser?filters[slug][$eq]=jonsbo`)).json()) as {
      data: { sammanfattning: string }[];
    };
    expect(publicAfter.data[0]?.sammanfattning).toBe(publicBefore.data[0]?.sammanfattning);
  });

  // On both databases: what matters is that the CMS answers 201 only after the commit.
  it('loses no acknowledged submission when the CMS is killed (kill -9) mid-stream', async () => {
    const receipts: string[] = [];
    let stop = false;
    let n = 0;
    const worker = async () => {
      while (!stop) {
        n += 1;
        try {
          const sent = await post('forslag', valid(keys.e as string, { meddelande: `Ström ${n}` }), {
            headers: { 'idempotency-key': `strom-${n}-${Date.now()}` },
          });
          if (sent.status === 201 && typeof sent.body?.kvitto === 'string') receipts.push(sent.body.kvitto);
        } catch {
          // The connection died with the CMS: not acknowledged, so nothing was promised.
        }
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    while (receipts.length < 20) await new Promise((r) => setTimeout(r, 20));
    cms.server.child.kill('SIGKILL');
    await new Promise((r) => cms.server.child.once('exit', r));
    stop = true;
    await Promise.all(workers);
    await cms.restart();
    superAdmin = await AdminApi.login(cms.url, AdminApi.FIRST_ADMIN.email, AdminApi.FIRST_ADMIN.password);
    // Every receipt handed out, looked up by itself: the earlier tests' förslag are in the same table.
    expect(receipts.length).toBeGreaterThanOrEqual(20);
    const missing: string[] = [];
    for (const kvitto of receipts) {
      const hit = await superAdmin.get<{ results: unknown[] }>(`${FORSLAG}?pageSize=1&filters[$and][0][kvitto][$eq]=${kvitto}`);
      if (hit.results.length !== 1) missing.push(kvitto);
    }
    expect(missing).toEqual([]);
  });
});
