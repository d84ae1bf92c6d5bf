import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseSnapshot, REST_ENDPOINTS, SNAPSHOT_SOURCES, type Snapshot } from '@vg/shared-schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITE_DIR } from '../lib/paths.ts';
import { PagesChangedError } from './consistent-read.ts';
import { publicCmsUrl } from './content-problem.ts';
import { PAGE_SIZE } from './fetch-all.ts';
import { pull } from './pull.ts';
import { SnapshotShrinkError } from './shrink-guard.ts';
import { sendJson, startServer, type TestServer } from './test-server.ts';

/** The committed fixture: real, valid content for every type, as the pull wrote it. */
const fixture = parseSnapshot(JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'test', 'fixtures', 'snapshot.json'), 'utf8')));
const NOW = new Date(fixture.generatedAt);

/** Entries per REST endpoint, as Strapi would serve them: the fixture's `data`. */
function entriesByEndpoint(snapshot: Snapshot): Map<string, Record<string, unknown>[]> {
  const map = new Map<string, Record<string, unknown>[]>();
  for (const source of SNAPSHOT_SOURCES) {
    const { endpoint } = REST_ENDPOINTS[source.uid as keyof typeof REST_ENDPOINTS];
    const items =
      source.kind === 'single'
        ? [snapshot.singles[source.name as keyof Snapshot['singles']]].filter((i) => i !== null)
        : snapshot.collections[source.name as keyof Snapshot['collections']];
    map.set(
      endpoint,
      items.map((i) => i.data as Record<string, unknown>),
    );
  }
  return map;
}

interface FakeCms {
  server: TestServer;
  /** What each endpoint serves now; tests change it between pulls. */
  entries: Map<string, Record<string, unknown>[]>;
  /** Lets a test lie about the total or change the content between two page requests. */
  onPage?: (endpoint: string, page: number) => { total?: number } | undefined;
}

let cms: FakeCms;
let dir: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-pull-'));
  const entries = entriesByEndpoint(fixture);
  const fake: Partial<FakeCms> = { entries };
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://cms.test');
    const endpoint = url.pathname.replace(/^\/api\//, '');
    const list = fake.entries?.get(endpoint);
    if (!list) return sendJson(res, 404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } });
    if (!url.searchParams.has('pagination[page]')) return sendJson(res, 200, { data: list[0] ?? null, meta: {} });
    const page = Number(url.searchParams.get('pagination[page]'));
    const lie = fake.onPage?.(endpoint, page);
    const data = list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const pagination = { page, pageSize: PAGE_SIZE, pageCount: Math.ceil(list.length / PAGE_SIZE), total: lie?.total ?? list.length };
    return sendJson(res, 200, { data, meta: { pagination } });
  };
  fake.server = await startServer(handler);
  cms = fake as FakeCms;
});
afterEach(async () => {
  await cms.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const out = () => path.join(dir, 'snapshot.json');
const run = (extra: Partial<Parameters<typeof pull>[0]> = {}) =>
  pull({
    cmsUrl: cms.server.url,
    token: 'token',
    out: out(),
    reportFile: path.join(dir, 'report.json'),
    allowInvalid: false,
    now: NOW,
    ...extra,
  });
const written = () => parseSnapshot(JSON.parse(fs.readFileSync(out(), 'utf8')));
/** Keeps the first `keep` entries of an endpoint: the CMS now has fewer. */
const shrink = (endpoint: string, keep: number) => cms.entries.set(endpoint, (cms.entries.get(endpoint) ?? []).slice(0, keep));

describe('pull: paged reads', () => {
  it('writes the fixture back from a CMS serving it (the first pull: nothing to compare with)', async () => {
    const result = await run();
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.written).toBe(true);
    expect(written().collections.kommuner).toHaveLength(290);
  });

  it('asks every collection page in a stable order: documentId, then id', async () => {
    await run();
    const pages = cms.server.requests.filter((r) => r.url.includes('pagination[page]'));
    expect(pages.length).toBeGreaterThan(SNAPSHOT_SOURCES.filter((s) => s.kind === 'collection').length);
    for (const { url } of pages) {
      const params = new URL(url, 'http://x').searchParams;
      expect(params.get('sort[0]'), url).toBe('documentId:asc');
      expect(params.get('sort[1]'), url).toBe('id:asc');
    }
  });

  it('reads again once when a total did not match, and then succeeds', async () => {
    let lies = 1;
    cms.onPage = (endpoint, page) => (endpoint === 'kommuner' && page === 2 && lies-- > 0 ? { total: 291 } : undefined);
    const result = await run();
    expect(result.written).toBe(true);
    expect(cms.server.requests.filter((r) => r.url.startsWith('/api/kommuner?')).length).toBe(6);
  });

  it('fails after the second try, naming the collection and both counts, and leaves the old snapshot', async () => {
    await run();
    const before = fs.readFileSync(out());
    cms.onPage = (endpoint) => (endpoint === 'insatser' ? { total: 51 } : undefined);
    const failed = run();
    await expect(failed).rejects.toThrow(PagesChangedError);
    await expect(failed).rejects.toThrow(
      /Samlingen "insatser": CMS:et angav 51 poster men hämtningen gav 50 — innehållet ändrades under hämtningen\. Hämtningen gjordes om/,
    );
    expect(fs.readFileSync(out()).equals(before)).toBe(true);
  });
});

describe('pull: shrink guard', () => {
  it('refuses a snapshot that loses more than 20 % of a collection, naming it and the counts; the old one stays', async () => {
    await run();
    const before = fs.readFileSync(out());
    shrink('fragor', 20);
    const refused = run();
    await expect(refused).rejects.toThrow(SnapshotShrinkError);
    await expect(refused).rejects.toThrow(/samlingen "fragor" har 20 poster mot 35 i den förra \(−42,9 %, gränsen är 20 %\)/);
    await expect(refused).rejects.toThrow(/--allow-shrink/);
    expect(fs.readFileSync(out()).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('lets a loss up to the share through, and any loss with allowShrink', async () => {
    await run();
    shrink('fragor', 28); // 7 of 35: exactly 20 %
    expect((await run()).written).toBe(true);
    shrink('fragor', 5);
    expect((await run({ allowShrink: true })).written).toBe(true);
    expect(written().collections.fragor).toHaveLength(5);
  });

  it('takes the share from the caller: 0 refuses any loss, 0.5 allows 43 %', async () => {
    await run();
    shrink('fragor', 34);
    await expect(run({ maxShrink: 0 })).rejects.toThrow(/"fragor" har 34 poster mot 35 i den förra \(−2,9 %, gränsen är 0 %\)/);
    shrink('fragor', 20);
    expect((await run({ maxShrink: 0.5 })).written).toBe(true);
  });

  it('names every collection that shrank', async () => {
    await run();
    shrink('fragor', 10);
    shrink('begreppen', 10);
    const message = await run().then(
      () => '',
      (err: Error) => err.message,
    );
    expect(message).toContain('samlingen "fragor" har 10 poster mot 35');
    expect(message).toContain('samlingen "begrepp" har 10 poster mot 42');
  });

  it('compares with whatever is at the output path only when it is a snapshot', async () => {
    shrink('fragor', 1);
    fs.writeFileSync(out(), 'inte json');
    expect((await run()).written).toBe(true);
  });

  it('refuses a share outside 0–1 from code', async () => {
    await run();
    shrink('fragor', 30);
    await expect(run({ maxShrink: 2 })).rejects.toThrow(/VG_PULL_MAX_SHRINK ska vara en andel mellan 0 och 1/);
  });
});

describe('pull: the report’s links go where the editor is logged in', () => {
  const PUBLIC = 'https://cms.example.se';
  type Linked = { adminUrl: string };
  const report = () =>
    JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
      errors: Linked[];
      warnings: Linked[];
      stale: Linked[];
      readability: Linked[];
    };

  it('links every problem, stale text and readability entry to the CMS’s public address, not the one the pull reads', async () => {
    // Far in the future every text is past its review date; one insats has a broken slug.
    const insatser = cms.entries.get('insatser') ?? [];
    cms.entries.set('insatser', [{ ...insatser[0], slug: 'Fel Slug' }, ...insatser.slice(1)]);
    await run({ publicCmsUrl: PUBLIC, now: new Date('2099-01-01T12:00:00Z'), allowInvalid: true });
    const { errors, warnings, stale, readability } = report();
    // With allowInvalid the broken insats is left out with a warning rather than an error.
    expect([...errors, ...warnings].some((p) => (p as Linked & { field?: string }).field === 'slug')).toBe(true);
    expect(stale.length).toBeGreaterThan(0);
    expect(readability.length).toBeGreaterThan(0);
    for (const { adminUrl } of [...errors, ...warnings, ...stale, ...readability]) {
      expect(adminUrl.startsWith(`${PUBLIC}/admin/content-manager/`), adminUrl).toBe(true);
    }
    expect(cms.server.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('takes the public address from VG_CMS_PUBLIC_URL, and the pull’s own address without it', () => {
    expect(publicCmsUrl({ VG_CMS_PUBLIC_URL: 'https://cms.example.se/' }, 'http://127.0.0.1:1337')).toBe(PUBLIC);
    expect(publicCmsUrl({}, 'http://127.0.0.1:1337')).toBe('http://127.0.0.1:1337');
    expect(publicCmsUrl({ VG_CMS_PUBLIC_URL: '' }, 'https://cms.internal')).toBe('https://cms.internal');
    expect(() => publicCmsUrl({ VG_CMS_PUBLIC_URL: 'inte en adress' }, 'http://127.0.0.1:1337')).toThrow(/VG_CMS_PUBLIC_URL/);
  });
});
