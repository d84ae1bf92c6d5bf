import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasMatcher, buildSearchIndex, pageForIndex, searchIndexStats } from './search-index.ts';
import { begreppItem, writeGlossarySnapshot } from './test-fixture.ts';

const glossaryPage = `<html lang="sv"><body><main id="main" data-pagefind-body><dl>
<dt id="forsakringskassan"><dfn data-alias="[&quot;FK&quot;]">Försäkringskassan</dfn></dt><dd>Kallas också: FK</dd>
<dt id="insats"><dfn data-alias="[&quot;insatser&quot;,&quot;aktivitet&quot;]">Insats</dfn></dt><dd>Kallas också: insatser, aktivitet</dd>
<dt id="socialtjansten"><dfn data-alias="[&quot;soc&quot;]">Socialtjänsten</dfn></dt><dd>Kallas också: soc</dd>
<dt id="csn"><dfn data-alias="[]">CSN</dfn></dt>
</dl></main></body></html>`;

/** The glossary above, as the snapshot holds it (search-glossary.ts reads it from there). */
const glossary = [
  begreppItem('forsakringskassan', 'Försäkringskassan', ['FK']),
  begreppItem('insats', 'Insats', ['insatser', 'aktivitet']),
  begreppItem('socialtjansten', 'Socialtjänsten', ['soc']),
  begreppItem('csn', 'CSN', []),
];
const glossaryEntries = glossary.map(({ data }) => ({ slug: data.slug, term: data.term, aliases: data.alias.map((a) => a.text) }));

const page = (main: string) =>
  `<!doctype html><html lang="sv"><head><title>t</title></head><body><header>Försäkringskassan</header><main id="main" data-pagefind-body>${main}</main></body></html>`;

describe('aliasMatcher', () => {
  const aliases = aliasMatcher(glossaryEntries);

  it('puts the aliases next to the first glossary link of the term', () => {
    const html = page('<p>Ring <a class="begrepp-lank" href="/begrepp#forsakringskassan">Försäkringskassan</a> i dag.</p>');
    const out = aliases.apply(html);
    expect(out.aliases).toEqual(['FK']);
    expect(out.html).toContain('Försäkringskassan</a> (FK) i dag.');
  });

  it('gives aliases title weight when the h1 names the term, body weight otherwise', () => {
    const out = aliases.apply(page('<h1>Socialtjänsten</h1><p>Du kan få en aktivitet hos Försäkringskassan.</p>'));
    expect(out.html).toContain('<p data-pagefind-weight="10">soc</p>');
    expect(out.html).toContain('<p data-pagefind-weight="1">FK</p></main>');
  });

  it('skips inflections of the term, aliases already on the page and text outside <main>', () => {
    expect(aliases.apply(page('<p>En insats kallas ibland aktivitet.</p>')).aliases).toEqual([]);
    expect(aliases.apply(page('<p>Inget om myndigheter här.</p>')).aliases).toEqual([]);
    expect(aliases.apply(page('<p>Försäkringskassan (FK)</p>')).aliases).toEqual([]);
  });
});

describe('pageForIndex', () => {
  it('gives the h1 the top weight, once', () => {
    const out = pageForIndex(page('<h1>Jonsbo</h1><h2>Om</h2>'), aliasMatcher([]));
    expect(out?.html).toContain('<h1 data-pagefind-weight="10">Jonsbo</h1><h2>Om</h2>');
  });

  it("hands Pagefind only <main>, in a document with the page's language", () => {
    const out = pageForIndex(page('<h1>Jonsbo</h1>'), aliasMatcher([]));
    expect(out?.html).toMatch(
      /^<!doctype html><html lang="sv"><head><meta charset="utf-8"><\/head><body><main id="main" data-pagefind-body>/,
    );
    expect(out?.html).toMatch(/<\/main><\/body><\/html>$/);
    // The header's "Försäkringskassan" is not the page's content.
    expect(out?.html).not.toContain('<header>');
  });

  it('skips pages without data-pagefind-body', () => {
    expect(pageForIndex('<html lang="sv"><body><main id="main"><h1>Start</h1></main></body></html>', aliasMatcher([]))).toBeNull();
  });
});

describe('buildSearchIndex on a tiny site', () => {
  let dir: string;
  let snapshotDir: string;
  let snapshot: string;
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  };
  /** The text Pagefind stored for the page at `url` (its fragment's content). */
  const indexedText = (url: string) =>
    fs
      .readdirSync(path.join(dir, 'pagefind', 'fragment'))
      .map((f) => gunzipSync(fs.readFileSync(path.join(dir, 'pagefind', 'fragment', f))).toString('utf8'))
      .map((json) => JSON.parse(json.replace(/^pagefind_dcd/, '')) as { url: string; content: string })
      .find((fragment) => fragment.url === url)?.content;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-search-index-'));
    snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-search-snapshot-'));
    snapshot = writeGlossarySnapshot(snapshotDir, glossary);
    write('begrepp/index.html', glossaryPage);
    write(
      'aktorer/forsakringskassan/index.html',
      page('<h1>Försäkringskassan</h1><span data-pagefind-filter="typ:aktör"></span><p>Myndigheten betalar ut sjukpenning.</p>'),
    );
    write('index.html', '<!doctype html><html lang="sv"><body><main id="main"><h1>Start</h1></main></body></html>');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(snapshotDir, { recursive: true, force: true });
  });

  it('indexes only pages with data-pagefind-body, in Swedish, at their own URLs', async () => {
    const result = await buildSearchIndex(dir, snapshot);
    expect(result).toMatchObject({ pages: 2, pagesWithAliases: 1, languages: ['sv'] });
    expect(result.ms).toBeGreaterThan(0);
    const fragments = fs.readdirSync(path.join(dir, 'pagefind', 'fragment'));
    const urls = fragments.map((f) => {
      const json = gunzipSync(fs.readFileSync(path.join(dir, 'pagefind', 'fragment', f))).toString('utf8');
      return (JSON.parse(json.replace(/^pagefind_dcd/, '')) as { url: string; meta: { title: string } }).url;
    });
    expect(urls.sort()).toEqual(['/aktorer/forsakringskassan/', '/begrepp/']);
  });

  it('adds the aliases the snapshot holds, not what the built /begrepp page says', async () => {
    // The page lists only "FK"; the snapshot the site was built from also has "Sjukkassan".
    const newer = glossary.map((b) =>
      b.data.slug === 'forsakringskassan' ? begreppItem(b.data.slug, b.data.term, ['FK', 'Sjukkassan']) : b,
    );
    const newerSnapshot = writeGlossarySnapshot(fs.mkdtempSync(path.join(snapshotDir, 'nyare-')), newer);
    await buildSearchIndex(dir, newerSnapshot);
    expect(indexedText('/aktorer/forsakringskassan/')).toContain('FK, Sjukkassan');
    expect(glossaryPage).not.toContain('Sjukkassan');
  });

  it('estimates a first query from the files /sok fetches, without the web worker', () => {
    const stats = searchIndexStats(dir);
    const meta = stats.firstQueryFiles.find((f) => f.endsWith('.pf_meta'));
    // The entry twice: /sok reads the index's size from it, then Pagefind reads it.
    expect(stats.firstQueryFiles.slice(0, 4)).toEqual(['pagefind.js', 'pagefind-entry.json', 'pagefind-entry.json', 'wasm.sv.pagefind']);
    expect(meta).toMatch(/^pagefind\.sv_[0-9a-f]+\.pf_meta$/);
    expect(stats.firstQueryFiles).not.toContain('pagefind-worker.js');
    const b = stats.firstQueryBreakdown;
    expect(b.wasm).toBe(fs.statSync(path.join(dir, 'pagefind', 'wasm.sv.pagefind')).size);
    expect(b.meta).toBe(fs.statSync(path.join(dir, 'pagefind', meta ?? '')).size);
    // The loader travels gzip-compressed: far less than the 47 KB on disk.
    expect(b.loader).toBeGreaterThan(5_000);
    expect(b.loader).toBeLessThan(fs.statSync(path.join(dir, 'pagefind', 'pagefind.js')).size / 2);
    expect(stats.firstQueryBytes).toBe(b.loader + b.wasm + b.meta + b.chunk + b.fragments);
    expect(stats.firstQueryWorstBytes).toBeGreaterThanOrEqual(stats.firstQueryBytes);
    expect(stats.filterChunks).toHaveLength(1);
    expect(stats.firstQueryWithFilterBytes).toBe(stats.firstQueryBytes + (stats.filterChunks[0]?.bytes ?? 0));
    expect(stats.indexBytes).toBeGreaterThan(stats.firstQueryBytes);
  });

  it('counts the web worker when the index is large enough for /sok to use it', () => {
    const entryFile = path.join(dir, 'pagefind', 'pagefind-entry.json');
    const original = fs.readFileSync(entryFile, 'utf8');
    const small = searchIndexStats(dir);
    try {
      const entry = JSON.parse(original) as { languages: Record<string, { page_count: number }> };
      for (const language of Object.values(entry.languages)) language.page_count = 5000;
      fs.writeFileSync(entryFile, JSON.stringify(entry));
      const large = searchIndexStats(dir);
      expect(large.firstQueryFiles).toContain('pagefind-worker.js');
      expect(large.firstQueryBreakdown.loader - small.firstQueryBreakdown.loader).toBeGreaterThan(5_000);
    } finally {
      fs.writeFileSync(entryFile, original);
    }
  });

  it("fails with Pagefind's own words when the indexer fails, and leaves no index", async () => {
    const before = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = '/bin/false';
    try {
      await expect(buildSearchIndex(dir, snapshot)).rejects.toThrow(/Pagefind avslutades med kod 1/);
    } finally {
      if (before === undefined) delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
      else process.env.PAGEFIND_EXTENDED_BINARY_PATH = before;
    }
    expect(fs.existsSync(path.join(dir, 'pagefind'))).toBe(false);
    expect(() => searchIndexStats(dir)).toThrow(/Inget sökindex/);
  });

  it('says what to do when there is no index', () => {
    expect(() => searchIndexStats(path.join(dir, 'nowhere'))).toThrow(/Inget sökindex/);
  });
});
