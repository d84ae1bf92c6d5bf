import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasMatcher, buildSearchIndex, pageForIndex, readGlossary, searchIndexStats } from './search-index.ts';

const glossaryPage = `<html lang="sv"><body><main id="main" data-pagefind-body><dl>
<dt id="forsakringskassan"><dfn data-alias="[&quot;FK&quot;]">Försäkringskassan</dfn></dt><dd>Kallas också: FK</dd>
<dt id="insats"><dfn data-alias="[&quot;insatser&quot;,&quot;aktivitet&quot;]">Insats</dfn></dt><dd>Kallas också: insatser, aktivitet</dd>
<dt id="socialtjansten"><dfn data-alias="[&quot;soc&quot;]">Socialtjänsten</dfn></dt><dd>Kallas också: soc</dd>
<dt id="csn"><dfn data-alias="[]">CSN</dfn></dt>
</dl></main></body></html>`;

const page = (main: string) =>
  `<!doctype html><html lang="sv"><head><title>t</title></head><body><header>Försäkringskassan</header><main id="main" data-pagefind-body>${main}</main></body></html>`;

describe('readGlossary', () => {
  it('reads term, slug and aliases from the built /begrepp page', () => {
    expect(readGlossary(glossaryPage)).toEqual([
      { slug: 'forsakringskassan', term: 'Försäkringskassan', aliases: ['FK'] },
      { slug: 'insats', term: 'Insats', aliases: ['insatser', 'aktivitet'] },
      { slug: 'socialtjansten', term: 'Socialtjänsten', aliases: ['soc'] },
      { slug: 'csn', term: 'CSN', aliases: [] },
    ]);
  });

  it('refuses an alias attribute that is not a list of words', () => {
    expect(() => readGlossary('<dt id="x"><dfn data-alias="{&quot;a&quot;:1}">X</dfn></dt>')).toThrow(/data-alias på "x"/);
  });
});

describe('aliasMatcher', () => {
  const aliases = aliasMatcher(readGlossary(glossaryPage));

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
    expect(out.html).toContain('<h1 data-pagefind-weight="10">Jonsbo</h1><h2>Om</h2>');
  });
});

describe('buildSearchIndex on a tiny site', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-search-index-'));
    fs.mkdirSync(path.join(dir, 'begrepp'));
    fs.writeFileSync(path.join(dir, 'begrepp', 'index.html'), glossaryPage);
    fs.mkdirSync(path.join(dir, 'aktorer', 'forsakringskassan'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'aktorer', 'forsakringskassan', 'index.html'),
      page('<h1>Försäkringskassan</h1><p>Myndigheten betalar ut sjukpenning.</p>'),
    );
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="sv"><body><main id="main"><h1>Start</h1></main></body></html>',
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes only pages with data-pagefind-body, in Swedish, and reports sizes for the bench', async () => {
    const result = await buildSearchIndex(dir);
    expect(result).toMatchObject({ pages: 2, pagesWithAliases: 1, languages: ['sv'] });
    expect(result.ms).toBeGreaterThan(0);
    const stats = searchIndexStats(dir);
    expect(stats.firstQueryFiles).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.sv.pagefind']));
    expect(stats.firstQueryFiles.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(stats.firstQueryBytes).toBeGreaterThan(50_000);
    expect(stats.firstQueryWorstBytes).toBeGreaterThanOrEqual(stats.firstQueryBytes);
    expect(stats.indexBytes).toBeGreaterThan(stats.firstQueryBytes / 2);
  });

  it('says what to do when there is no index', () => {
    expect(() => searchIndexStats(path.join(dir, 'nowhere'))).toThrow(/Inget sökindex/);
  });
});
