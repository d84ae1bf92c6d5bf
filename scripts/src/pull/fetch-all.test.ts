import type http from 'node:http';
import { POPULATE } from '@vg/shared-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { PagesChangedError } from './consistent-read.ts';
import { fetchAll, PAGE_SIZE } from './fetch-all.ts';
import { createStrapiClient, PullError } from './strapi-client.ts';
import { sendJson, startServer, type TestServer } from './test-server.ts';

const INSATS = 'api::insats.insats';
const KOMMUN = 'api::kommun.kommun';
const STARTSIDA = 'api::startsida.startsida';
const TILLGANGLIGHET = 'api::tillganglighetsredogorelse.tillganglighetsredogorelse';

interface FakeCms {
  /** Pages per collection endpoint; each page is a list of documentIds. */
  collections: Record<string, string[][]>;
  /** Single-type endpoints and their entry; null answers 404 like Strapi does for an unpublished single type. */
  singles: Record<string, Record<string, unknown> | null>;
  /** How long to wait before answering, per endpoint and page: lets later pages finish first. */
  delayMs: (endpoint: string, page: number) => number;
  /** meta.pagination.total per page when it should not be the true count (null: leave it out). */
  total?: (endpoint: string, page: number) => number | null | undefined;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Starts a fake Strapi serving the given pages, counting how many requests are in flight at once. */
async function fakeCms(cms: FakeCms) {
  const stats = { inFlight: 0, maxInFlight: 0 };
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const url = new URL(req.url ?? '/', 'http://cms.test');
    const endpoint = url.pathname.replace(/^\/api\//, '');
    const page = Number(url.searchParams.get('pagination[page]') ?? 1);
    setTimeout(
      () => {
        stats.inFlight--;
        const pages = cms.collections[endpoint];
        if (pages) {
          const data = (pages[page - 1] ?? []).map((documentId, i) => ({ id: i + 1, documentId }));
          const reported = cms.total?.(endpoint, page);
          const total = reported === undefined ? pages.flat().length : (reported ?? undefined);
          sendJson(res, 200, { data, meta: { pagination: { page, pageSize: PAGE_SIZE, pageCount: pages.length, total } } });
        } else if (endpoint in cms.singles && cms.singles[endpoint]) {
          sendJson(res, 200, { data: cms.singles[endpoint], meta: {} });
        } else {
          sendJson(res, 404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } });
        }
      },
      cms.delayMs(endpoint, page),
    );
  };
  server = await startServer(handler);
  const getJson = createStrapiClient({ baseUrl: server.url, token: 'token', attempts: 1 });
  return { server, stats, getJson };
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

describe('fetchAll', () => {
  it('fetches every page of every collection and the single type, in page order whatever order the answers come in', async () => {
    const insatser = [ids('insats-p1', 3), ids('insats-p2', 3), ids('insats-p3', 2)];
    const kommuner = [ids('kommun-p1', 2), ids('kommun-p2', 2), ids('kommun-p3', 1)];
    const { server, getJson } = await fakeCms({
      collections: { insatser, kommuner },
      singles: { startsida: { id: 1, documentId: 'start', rubrik: 'Välkommen' } },
      // Page 2 is the slowest: page 3 is answered first.
      delayMs: (_endpoint, page) => (page === 2 ? 60 : page === 3 ? 5 : 20),
    });

    const result = await fetchAll(getJson, [KOMMUN, INSATS, STARTSIDA], 4);

    expect(result.get(INSATS)?.map((e) => e.documentId)).toEqual(insatser.flat());
    expect(result.get(KOMMUN)?.map((e) => e.documentId)).toEqual(kommuner.flat());
    expect(result.get(STARTSIDA)).toEqual([{ id: 1, documentId: 'start', rubrik: 'Välkommen' }]);
    // pageCount 3 → 3 requests per collection; one for the single type.
    const requestsTo = (endpoint: string) =>
      server.requests.filter((r) => r.url.startsWith(`/api/${endpoint}?`) || r.url === `/api/${endpoint}`);
    expect(requestsTo('insatser')).toHaveLength(3);
    expect(requestsTo('kommuner')).toHaveLength(3);
    expect(requestsTo('startsida')).toHaveLength(1);
    expect(server.requests).toHaveLength(7);
    const pagesAsked = requestsTo('insatser').map((r) => new URL(r.url, 'http://x').searchParams.get('pagination[page]'));
    expect(pagesAsked.sort()).toEqual(['1', '2', '3']);
  });

  it('asks for the largest page size and populates exactly what POPULATE names, never populate=*', async () => {
    const { server, getJson } = await fakeCms({
      collections: { insatser: [['a']] },
      singles: { startsida: { id: 1, documentId: 'start' } },
      delayMs: () => 0,
    });

    await fetchAll(getJson, [INSATS, STARTSIDA]);

    const insatsUrl = server.requests.find((r) => r.url.startsWith('/api/insatser?'))?.url ?? '';
    expect(insatsUrl).toContain('pagination[pageSize]=100');
    expect(insatsUrl).toContain('pagination[page]=1');
    expect(insatsUrl).toContain('populate[organisation][fields][0]=slug');
    expect(insatsUrl).toContain('populate[kommuner][fields][0]=slug');
    expect(insatsUrl).toContain('populate[kontakt]=true');
    for (const field of Object.keys(POPULATE[INSATS])) expect(insatsUrl).toContain(`populate[${field}]`);
    const startsidaUrl = server.requests.find((r) => r.url.startsWith('/api/startsida'))?.url ?? '';
    expect(startsidaUrl).toBe('/api/startsida?populate[puffar]=true');
    for (const { url } of server.requests) {
      expect(url).not.toMatch(/populate=\*|populate=%2A|populate%5D=\*/i);
      expect(decodeURIComponent(url)).not.toContain('*');
    }
  });

  it('never has more than `concurrency` requests in flight', async () => {
    const { stats, server, getJson } = await fakeCms({
      collections: {
        insatser: [['i1'], ['i2'], ['i3'], ['i4'], ['i5']],
        kommuner: [['k1'], ['k2'], ['k3']],
        organisationer: [['o1'], ['o2']],
      },
      singles: {},
      delayMs: () => 25,
    });

    const result = await fetchAll(getJson, [INSATS, KOMMUN, 'api::organisation.organisation'], 2);

    expect(stats.maxInFlight).toBe(2);
    expect(server.requests).toHaveLength(10);
    expect(result.get(INSATS)?.map((e) => e.documentId)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(result.get('api::organisation.organisation')?.map((e) => e.documentId)).toEqual(['o1', 'o2']);
  });

  it('treats a single type nobody has published (404) as empty', async () => {
    const { getJson } = await fakeCms({
      collections: { kommuner: [['k1']] },
      singles: { tillganglighetsredogorelse: null },
      delayMs: () => 0,
    });

    const result = await fetchAll(getJson, [KOMMUN, TILLGANGLIGHET]);

    expect(result.get(TILLGANGLIGHET)).toEqual([]);
    expect(result.get(KOMMUN)?.map((e) => e.documentId)).toEqual(['k1']);
  });

  it('gives an empty list for a collection with no published entries', async () => {
    const { getJson } = await fakeCms({ collections: { kommuner: [] }, singles: {}, delayMs: () => 0 });

    const result = await fetchAll(getJson, [KOMMUN]);

    expect(result.get(KOMMUN)).toEqual([]);
  });

  it('fails on a 404 for a collection: a missing endpoint is not "no content"', async () => {
    const { getJson } = await fakeCms({ collections: {}, singles: {}, delayMs: () => 0 });

    await expect(fetchAll(getJson, [INSATS])).rejects.toThrow(PullError);
    await expect(fetchAll(getJson, [INSATS])).rejects.toThrow(/svarade 404 på \/api\/insatser\?/);
  });

  it('sorts every collection page by documentId, then id, so pages cannot overlap', async () => {
    const { server, getJson } = await fakeCms({ collections: { insatser: [['a'], ['b']] }, singles: {}, delayMs: () => 0 });

    await fetchAll(getJson, [INSATS]);

    expect(server.requests).toHaveLength(2);
    for (const { url } of server.requests) expect(url).toContain('sort[0]=documentId%3Aasc&sort[1]=id%3Aasc');
  });

  it('fails when the entries read are not the total page 1 reported, naming the collection and both counts', async () => {
    const { getJson } = await fakeCms({
      collections: { insatser: [ids('i', 3), ids('j', 2)] },
      singles: {},
      delayMs: () => 0,
      total: () => 6,
    });

    const read = fetchAll(getJson, [INSATS]);
    await expect(read).rejects.toThrow(PagesChangedError);
    await expect(read).rejects.toThrow('Samlingen "insatser": CMS:et angav 6 poster men hämtningen gav 5');
  });

  it('fails when a later page reports another total than page 1', async () => {
    const { getJson } = await fakeCms({
      collections: { kommuner: [ids('k', 2), ids('l', 2)] },
      singles: {},
      delayMs: () => 0,
      total: (_endpoint, page) => (page === 2 ? 5 : undefined),
    });

    await expect(fetchAll(getJson, [KOMMUN])).rejects.toThrow('Samlingen "kommuner": sidan 1 angav 4 poster men sidan 2 angav 5');
  });

  it('fails when an entry comes twice, although the count matches (one published, another unpublished meanwhile)', async () => {
    const { getJson } = await fakeCms({
      collections: {
        kommuner: [
          ['k1', 'k2'],
          ['k2', 'k4'],
        ],
      },
      singles: {},
      delayMs: () => 0,
    });

    await expect(fetchAll(getJson, [KOMMUN])).rejects.toThrow('Samlingen "kommuner": posten k2 kom två gånger bland 4 poster');
  });

  it('fails with the setting to fix when the CMS reports no total', async () => {
    const { getJson } = await fakeCms({ collections: { kommuner: [['k1']] }, singles: {}, delayMs: () => 0, total: () => null });

    const read = fetchAll(getJson, [KOMMUN]);
    await expect(read).rejects.toThrow(/meta\.pagination\.total saknas.*rest\.withCount/);
    await expect(read).rejects.not.toThrow(PagesChangedError);
  });
});
