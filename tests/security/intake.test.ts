import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { failWrites } from '@vg/scripts/cms/database-fault.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './support/http.ts';

const SITE = 'https://valfardsguiden.example';
const FORSLAG = '/content-manager/collection-types/api::forslag.forslag';
const ATERKOPPLING = '/content-manager/collection-types/api::aterkoppling.aterkoppling';
const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

const uppgifter = { namn: 'Trädgårdsgruppen', sammanfattning: 'Kort.', beskrivning: 'Text.', stodform: 'praktik' };
const avsandare = { roll: 'Samordnare', epost: 'samordnare@example.se' };
const feedback = { typ: 'hittade-du', sida: '/vagval/jonsbo', svar: 'nej', kommentar: 'Jag hittade inte adressen.' };

const nested = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

interface HostileBody {
  name: string;
  headers: Record<string, string>;
  body: string | Buffer;
  /** A valid submission with hostile extra keys: it may be taken, but only without those keys. */
  validApartFromKeys?: true;
}

/** Bodies a careless or hostile client sends, each with the content type it claims. */
function malformedBodies(nyckel: string): HostileBody[] {
  const json = (name: string, value: unknown) => ({ name, headers: JSON_TYPE, body: JSON.stringify(value) });
  const valid = { nyckel, typ: 'ny-insats', uppgifter, avsandare };
  return [
    { name: 'tom kropp', headers: JSON_TYPE, body: '' },
    { name: 'inte JSON', headers: JSON_TYPE, body: '{"nyckel": ' },
    { name: 'JSON-sträng', headers: JSON_TYPE, body: '"hej"' },
    { name: 'JSON-tal', headers: JSON_TYPE, body: '42' },
    { name: 'JSON null', headers: JSON_TYPE, body: 'null' },
    json('JSON-lista', [valid]),
    json('djup nästling (2000 nivåer)', nested(2000, 'x')),
    json('djup nästling i uppgifter', { ...valid, uppgifter: { ...uppgifter, plats: nested(500, 1) } }),
    json('lång sträng i namn', { ...valid, uppgifter: { ...uppgifter, namn: 'å'.repeat(30_000) } }),
    json('lång nyckel', { ...valid, nyckel: 'vg_'.padEnd(50_000, 'x') }),
    json('tal i stället för text', { ...valid, uppgifter: { ...uppgifter, namn: 12 } }),
    json('lista i stället för objekt', { ...valid, uppgifter: [uppgifter] }),
    json('objekt i stället för lista', { ...valid, uppgifter: { ...uppgifter, kommuner: { 0: '0580' } } }),
    json('null överallt', { nyckel: null, typ: null, uppgifter: null, avsandare: null }),
    json('okänd typ', { ...valid, typ: 'radera-allt' }),
    json('booleska värden', { ...valid, uppgifter: { ...uppgifter, timmarMin: true } }),
    json('oändligt tal som text', { ...valid, uppgifter: { ...uppgifter, timmarMin: '1e400' } }),
    { name: '__proto__ överst', headers: JSON_TYPE, body: `{"__proto__":{"admin":true},"nyckel":"${nyckel}"}` },
    {
      name: '__proto__ i uppgifter',
      headers: JSON_TYPE,
      body: JSON.stringify(valid).replace('"uppgifter":{', '"uppgifter":{"__proto__":{"polluted":true},'),
      validApartFromKeys: true,
    },
    { ...json('constructor.prototype', { ...valid, constructor: { prototype: { polluted: true } } }), validApartFromKeys: true },
    {
      ...json('prototype i avsändare', { ...valid, avsandare: { ...avsandare, prototype: { polluted: true } } }),
      validApartFromKeys: true,
    },
    json('constructor utan nyckel', { typ: 'ny-insats', constructor: { prototype: { polluted: true } } }),
    { name: 'dubbla nycklar', headers: JSON_TYPE, body: `{"typ":"ny-insats","typ":"andring","nyckel":"${nyckel}"}` },
    {
      name: 'latin1-kodning',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: Buffer.from('{"namn":"Tr\xe4dg\xe5rd"}', 'latin1'),
    },
    {
      // Declared as UTF-16, sent as UTF-8: the bytes do not match the charset.
      name: 'utf-16 angiven, utf-8 skickad',
      headers: { 'content-type': 'application/json; charset=utf-16' },
      body: Buffer.from(JSON.stringify(valid), 'utf8'),
    },
    { name: 'ogiltig utf-8', headers: JSON_TYPE, body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]) },
    { name: 'okänd teckenkodning', headers: { 'content-type': 'application/json; charset=x-klingon' }, body: JSON.stringify(valid) },
    { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(valid) },
    {
      name: 'multipart',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nContent-Disposition: form-data; name="nyckel"\r\n\r\nx\r\n--x--',
    },
    { name: 'XML', headers: { 'content-type': 'application/xml' }, body: '<forslag><nyckel>x</nyckel></forslag>' },
    {
      name: 'formulär med __proto__',
      headers: FORM_TYPE,
      body: `nyckel=${nyckel}&typ=ny-insats&uppgifter[__proto__][namn]=x&__proto__[admin]=1`,
    },
    { name: 'formulär med constructor', headers: FORM_TYPE, body: 'constructor[prototype][polluted]=1&typ=ny-insats' },
    { name: 'formulär med djupa hakparenteser', headers: FORM_TYPE, body: `uppgifter${'[a]'.repeat(500)}=1&typ=ny-insats` },
    { name: 'formulär med tusentals fält', headers: FORM_TYPE, body: Array.from({ length: 5000 }, (_, i) => `f${i}=1`).join('&') },
    { name: 'formulär med ogiltig procentkodning', headers: FORM_TYPE, body: 'nyckel=%E0%A4%A&typ=%' },
  ];
}

describe.each(await testDatabases())('the intake routes under attack, on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  const keys: Record<string, string> = {};
  let ip = 0;
  const fresh = () => ({ 'x-forwarded-for': `198.51.100.${++ip % 250}` });
  const total = async (collection: string) =>
    (await superAdmin.get<{ pagination: { total: number } }>(`${collection}?pageSize=1`)).pagination.total;
  const post = (route: string, body: string | Buffer, headers: Record<string, string>) =>
    rawRequest(cms.url, 'POST', `/api/intake/${route}`, { headers: { ...headers, ...fresh() }, body });

  beforeAll(async () => {
    cms = await startTempStrapi({
      database,
      env: { VG_SEED_DEMO: 'true', VG_TRUSTED_PROXIES: '1', VG_SITE_URL: SITE, VG_INTAKE_RATE_PER_MINUTE: '1000' },
    });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    for (const org of ['linkopings-kommun', 'region-ostergotland']) {
      const issued = await superAdmin.request('POST', '/intake/inlamningsnycklar', { organisation: org });
      expect(issued.status, JSON.stringify(issued.body)).toBe(201);
      keys[org] = (issued.body as { data: { nyckel: string } }).data.nyckel;
    }
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('refuses a key’s change to another organisation’s insats, with a clear 403 in Swedish', async () => {
    // jonsbo belongs to another organisation than Region Östergötland in the demo content.
    const before = await total(FORSLAG);
    const change = {
      nyckel: keys['region-ostergotland'],
      typ: 'andring',
      insats: 'jonsbo',
      uppgifter: { sammanfattning: 'Kapad.' },
      avsandare,
    };
    const json = await post('forslag', JSON.stringify(change), JSON_TYPE);
    expect(json.status, json.text).toBe(403);
    const error = JSON.parse(json.text) as { error: { message: string; details: { kod: string } } };
    expect(error.error.details.kod).toBe('fel-organisation');
    expect(error.error.message).toContain('hör till en annan organisation');
    const form = await post(
      'forslag',
      new URLSearchParams({
        nyckel: change.nyckel ?? '',
        typ: 'andring',
        insats: 'jonsbo',
        'uppgifter[sammanfattning]': 'Kapad.',
        'avsandare[roll]': 'x',
        'avsandare[epost]': 'a@example.se',
      }).toString(),
      FORM_TYPE,
    );
    expect(form.status).toBe(303);
    expect(form.headers.location).toBe(`${SITE}/lamna-forslag/fel?status=403&kod=fel-organisation&falt=insats`);
    expect(await total(FORSLAG)).toBe(before);
    // The owner's key may.
    const own = await post('forslag', JSON.stringify({ ...change, nyckel: keys['linkopings-kommun'] }), JSON_TYPE);
    expect(own.status, own.text).toBe(201);
  });

  it('answers every malformed body with a 4xx and stores nothing of it', async () => {
    const before = [await total(FORSLAG), await total(ATERKOPPLING)];
    const bodies = malformedBodies(keys['linkopings-kommun'] ?? '');
    let taken = 0;
    for (const route of ['forslag', 'aterkoppling']) {
      for (const b of bodies) {
        const res = await post(route, b.body, b.headers);
        const what = `${route}: ${b.name} → ${res.status} ${res.text.slice(0, 200)}`;
        expect(res.status, what).toBeLessThan(500);
        if (b.validApartFromKeys && route === 'forslag' && res.status === 201) {
          // Taken as a normal förslag: the hostile keys were dropped, not stored.
          const kvitto = (JSON.parse(res.text) as { kvitto: string }).kvitto;
          const stored = await superAdmin.get<{ results: unknown[] }>(`${FORSLAG}?filters[kvitto][$eq]=${kvitto}`);
          expect(JSON.stringify(stored.results), what).not.toMatch(/polluted|__proto__|"constructor"|"prototype"/);
          taken++;
          continue;
        }
        expect(res.status, what).toBeGreaterThanOrEqual(300);
      }
    }
    expect([await total(FORSLAG), await total(ATERKOPPLING)]).toEqual([(before[0] ?? 0) + taken, before[1]]);
    // Nothing was polluted or broken: a normal submission still goes through.
    const ok = await post('aterkoppling', JSON.stringify(feedback), JSON_TYPE);
    expect(ok.status, ok.text).toBe(201);
  });

  it.each([
    ['aterkoppling', 'aterkopplingar', 'INSERT', '/aterkoppling/fel'],
    ['forslag', 'forslag', 'INSERT', '/lamna-forslag/fel'],
    // The förslag row is written, then its receipt number: the second write fails, and the first must not stay.
    ['forslag', 'forslag', 'UPDATE', '/lamna-forslag/fel'],
    ['forslag', 'forslag_organisation_lnk', 'INSERT', '/lamna-forslag/fel'],
  ] as const)('answers %s properly when the database fails on %s %s, and stores nothing half-way', async (route, table, on, errorPage) => {
    const collection = route === 'forslag' ? FORSLAG : ATERKOPPLING;
    const before = await total(collection);
    const payload = route === 'forslag' ? { nyckel: keys['linkopings-kommun'], typ: 'ny-insats', uppgifter, avsandare } : feedback;
    const restore = await failWrites(cms, table, on);
    try {
      const json = await post(route, JSON.stringify(payload), { ...JSON_TYPE, 'idempotency-key': `fel-${route}-${table}-${on}-json` });
      expect(json.status, json.text).toBe(500);
      const body = JSON.parse(json.text) as { error: { message: string; details: { kod: string } } };
      expect(body.error.details.kod).toBe('serverfel');
      expect(body.error.message).toContain('ingenting har sparats');
      const formBody = new URLSearchParams(
        route === 'forslag'
          ? {
              nyckel: keys['linkopings-kommun'] ?? '',
              typ: 'ny-insats',
              'uppgifter[namn]': 'x',
              'uppgifter[sammanfattning]': 'x',
              'uppgifter[beskrivning]': 'x',
              'uppgifter[stodform]': 'praktik',
              'avsandare[roll]': 'x',
              'avsandare[epost]': 'a@example.se',
            }
          : { typ: 'hittade-du', sida: '/', svar: 'ja' },
      ).toString();
      const form = await post(route, formBody, FORM_TYPE);
      expect(form.status, form.text).toBe(303);
      expect(form.headers.location).toBe(`${SITE}${errorPage}?status=500&kod=serverfel`);
    } finally {
      await restore();
    }
    expect(await total(collection)).toBe(before);
    // The same Idempotency-Key works once the database is back: the failed attempt left nothing behind.
    const again = await post(route, JSON.stringify(payload), { ...JSON_TYPE, 'idempotency-key': `fel-${route}-${table}-${on}-json` });
    expect(again.status, again.text).toBe(201);
    expect(await total(collection)).toBe(before + 1);
  });
});

describe('the client address behind a proxy', () => {
  it('counts a client behind the proxy by its real address, not a spoofed left-most X-Forwarded-For', async () => {
    const limited = await startTempStrapi({
      database: 'sqlite',
      env: { VG_TRUSTED_PROXIES: '1', VG_INTAKE_RATE_PER_MINUTE: '3', VG_SITE_URL: SITE },
    });
    try {
      const send = (xff: string) =>
        rawRequest(limited.url, 'POST', '/api/intake/aterkoppling', {
          headers: { ...JSON_TYPE, 'x-forwarded-for': xff },
          body: JSON.stringify(feedback),
        });
      // The proxy appends the address it saw; whatever the client put in front is not trusted.
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await send(`10.0.0.${i}, 203.0.113.9`)).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      // One IPv6 /64 is one client, whichever address in it is used.
      const v6 = [];
      for (let i = 1; i <= 5; i++) v6.push((await send(`2001:db8:aa:bb::${i}`)).status);
      expect(v6).toEqual([201, 201, 201, 429, 429]);
      expect((await send('2001:db8:aa:cc::1')).status).toBe(201);
    } finally {
      await limited.dispose();
    }
  });
});
