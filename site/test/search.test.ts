/**
 * Search on the fixture build: the site is built once into a temp dir and indexed the way every
 * build is (buildSearchIndex), then queried through Pagefind's own browser module loaded in Node,
 * against the built files served over HTTP — the same index and code a visitor's browser uses.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndexResult, searchIndexStats } from '../../scripts/src/site/search-index.ts';
import { createStaticServer } from '../../scripts/src/site/static-server.ts';
import { CONTENT_TYPES } from '../src/search/content-types.ts';
import { pagefindQuery, siteUrl } from '../src/search/query.ts';
import { fixtureSite } from './fixture.ts';
import { builtPages } from './html.ts';

const siteDir = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
const site = fixtureSite();

interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options: (o: { basePath: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<{ results: { data: () => Promise<ResultData> }[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

describe('search index of the fixture build', () => {
  let outDir: string;
  let server: http.Server;
  let pagefind: Pagefind;
  let indexed: SearchIndexResult;

  /** Result paths in rank order ("/vagval/jonsbo"). */
  const search = async (q: string | null, filters: Record<string, unknown> = {}, limit = 100) => {
    // The words go through the same preparation as on /sok.
    const found = await pagefind.search(q === null ? null : pagefindQuery(q), { filters });
    const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
    return data.map((d) => ({ ...d, path: siteUrl(new URL(d.url).pathname) }));
  };
  const paths = async (q: string | null, filters: Record<string, unknown> = {}) => (await search(q, filters)).map((r) => r.path);

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-search-'));
    const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: siteDir,
      encoding: 'utf8',
      // Its own Astro cache: build.test.ts may be building at the same time.
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SNAPSHOT_PATH: 'test/fixtures/snapshot.json',
        VG_ASTRO_CACHE_DIR: `${outDir}.astro-cache`,
      },
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
    indexed = await buildSearchIndex(outDir);
    server = createStaticServer(outDir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(outDir, 'pagefind', 'pagefind.js')).href)) as Pagefind;
    await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/` });
    await pagefind.init();
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(`${outDir}.astro-cache`, { recursive: true, force: true });
  });

  it('indexes exactly the content pages (data-pagefind-body), in Swedish', () => {
    const bodies = [...builtPages(outDir)].filter(([, html]) => html.includes('data-pagefind-body'));
    expect(indexed.pages).toBe(bodies.length);
    expect(indexed.languages).toEqual(['sv']);
    const sok = builtPages(outDir).get('/sok') ?? '';
    expect(sok).not.toContain('data-pagefind-body');
  });

  it("an insats's name returns it first", async () => {
    const misses: string[] = [];
    for (const i of site.collections.insatser) {
      const [first] = await paths(i.data.namn);
      if (first !== `/vagval/${i.data.slug}`) misses.push(`${i.data.namn} → ${first}`);
    }
    expect(misses).toEqual([]);
  });

  it('"insats", "insatsen" and "insatser" find the same entries (Swedish stemming)', async () => {
    const [a, b, c] = await Promise.all(['insats', 'insatsen', 'insatser'].map(async (q) => (await paths(q)).sort()));
    expect(a?.length).toBeGreaterThan(site.collections.insatser.length);
    for (const i of site.collections.insatser) expect(a, i.data.slug).toContain(`/vagval/${i.data.slug}`);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('every indexed page has a content type; insatser carry kommun and målgrupp filters', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters.typ ?? {}).sort()).toEqual([...CONTENT_TYPES].sort());
    expect(Object.values(filters.typ ?? {}).reduce((s, n) => s + n, 0)).toBe(indexed.pages);
    expect(filters.typ?.insats).toBe(site.collections.insatser.length);
    for (const k of site.kommunerMedInsatser()) expect(filters.kommun?.[k.data.namn], k.data.namn).toBeGreaterThan(0);
    for (const m of site.malgrupperMedInsatser()) expect(filters.malgrupp?.[m.data.namn], m.data.namn).toBeGreaterThan(0);
  });

  it('a kommun filter narrows to insatser there (and digital ones)', async () => {
    const all = await search('arbetsträning');
    const linkoping = await search('arbetsträning', { kommun: { any: ['Linköping', 'Digitalt'] } });
    expect(linkoping.length).toBeGreaterThan(0);
    expect(linkoping.length).toBeLessThan(all.length);
    for (const r of linkoping)
      expect(
        r.filters.kommun?.some((k) => k === 'Linköping' || k === 'Digitalt'),
        r.path,
      ).toBe(true);
    const kinda = await paths(null, { kommun: 'Kinda' });
    expect(kinda).toContain('/vagval/insteget-kinda');
    expect(kinda).not.toContain('/vagval/jonsbo');
  });

  it('a type filter keeps only that type', async () => {
    const stories = await search('arbete', { typ: { any: ['berättelse'] } });
    expect(stories.length).toBeGreaterThan(0);
    for (const r of stories) expect(r.path, r.path).toMatch(/^\/berattelser\//);
  });

  it('a title match ranks above passing mentions', async () => {
    const [first] = await paths('Samordningsförbund');
    expect(first).toBe('/aktorer/samordningsforbund');
  });

  it('glossary aliases reach the index: "FK" and "soc" find their actor first', async () => {
    expect((await paths('FK'))[0]).toBe('/aktorer/forsakringskassan');
    expect((await paths('soc'))[0]).toBe('/aktorer/socialtjansten');
  });

  it('an alias that no page shows (only /begrepp lists it) finds the pages about the term', async () => {
    const pages = builtPages(outDir);
    const shownOn = [...pages].filter(([, html]) => /rehabkedjan/i.test(html)).map(([p]) => p);
    expect(shownOn).toEqual(['/begrepp']);
    const found = await paths('rehabkedjan');
    expect(found.filter((p) => p !== '/begrepp').length).toBeGreaterThan(0);
    for (const p of found) expect(pages.get(p), p).toMatch(/Rehabiliteringskedjan|rehabiliteringskedjan/);
  });

  it('a query with no match finds nothing', async () => {
    expect(await paths('qwxzyk')).toEqual([]);
  });

  it('/sok works without JavaScript as far as it can: a message and the section lists; the form waits for the script', () => {
    const html = builtPages(outDir).get('/sok') ?? '';
    expect(html).toContain('Sökningen behöver JavaScript');
    expect(html).toMatch(/<div class="sok" data-sok hidden>/);
    expect(html).toMatch(/<label for="sok-fraga">/);
    expect(html).toMatch(/<fieldset class="sok-filter">\s*<legend>Visa bara<\/legend>/);
    expect(html).toMatch(/role="status" aria-live="polite"/);
    expect(html).toContain('href="/hitta-ratt"');
    for (const list of ['/vagval', '/berattelser', '/sa-fungerar-valfardssystemet', '/vanliga-fragor', '/aktorer', '/begrepp']) {
      expect(html).toContain(`<a href="${list}">`);
    }
  });

  it('/sok loads one small script of its own; no other page loads it, and the index is fetched at run time', () => {
    const pages = builtPages(outDir);
    const srcs = [...(pages.get('/sok') ?? '').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(srcs).toHaveLength(1);
    const code = fs.readFileSync(path.join(outDir, srcs[0] ?? ''), 'utf8');
    expect(code).toContain('/pagefind/pagefind.js');
    expect(gzipSync(code).length).toBeLessThan(4 * 1024);
    for (const [p, html] of pages) if (p !== '/sok') expect(html, p).not.toContain(srcs[0]);
  });

  it('the Lyssna button label stays out of excerpts', async () => {
    const [jonsbo] = await search('Jonsbo');
    expect(jonsbo?.excerpt).not.toMatch(/Lyssna/);
  });

  it('the bench can read the index size and a first query download', () => {
    const stats = searchIndexStats(outDir);
    expect(stats.indexBytes).toBeGreaterThan(0);
    expect(stats.firstQueryBytes).toBeGreaterThan(50_000);
    console.log(
      `Sökindex (fixtur): ${indexed.pages} sidor på ${indexed.ms} ms, ${(stats.indexBytes / 1024).toFixed(0)} KB, första sökningen ≈ ${(stats.firstQueryBytes / 1024).toFixed(0)} KB (högst ${(stats.firstQueryWorstBytes / 1024).toFixed(0)} KB)`,
    );
  });
});
