/**
 * The site search index: Pagefind over the built site, run after every site build.
 *
 * Only pages with <main data-pagefind-body> are indexed (content pages; the guide, lists and
 * utility pages have none). Pages are in Swedish (`<html lang="sv">`), so Pagefind picks its
 * Swedish stemmer: "insats", "insatsen" and "insatser" find the same pages.
 *
 * Glossary aliases (begrepp `alias` in the CMS: "FK" for Försäkringskassan, "soc" for
 * socialtjänsten), read from the snapshot the site was built from (search-glossary.ts), reach
 * the index here rather than in the pages: every indexed page that mentions a term gets the
 * term's aliases added to the copy Pagefind reads, never to the HTML visitors get, so a screen
 * reader never hears a list of abbreviations. A page whose h1 names the term gets the aliases
 * at title weight, so "FK" ranks Försäkringskassan's own page first.
 *
 * Those copies hold only each page's <main> (all Pagefind reads) and are written to a scratch
 * folder that Pagefind's command-line indexer reads. Its Node service (`addHTMLFile`, then
 * `writeFiles`) indexes the same pages but took about three times as long at 10 000 insatser:
 * 25–37 s against 9–12 s (docs/performance.md).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compileTerms, type GlossaryEntry } from '@vg/site/lib/glossary.ts';
import { decodeEntities } from '@vg/site/search/entities.ts';
import { indexedPages, usesWorker } from '@vg/site/search/worker-choice.ts';
import { SITE_DIR } from '../lib/paths.ts';
import { builtSnapshotFile, readGlossary } from './search-glossary.ts';

/** Pagefind is the site's devDependency; this module of its npm package finds the platform binary. */
const PAGEFIND_RESOLVER = path.join(SITE_DIR, 'node_modules', 'pagefind', 'lib', 'resolveBinary.js');
/** Pagefind weights run 0–10; body text is 1 and h1 7 by default. Titles (and aliases of a term in the title) get 10. */
const TITLE_WEIGHT = 10;
const BODY_ALIAS_WEIGHT = 1;
/** Results a first query shows (the /sok page renders ten at a time): one fragment each. */
const FIRST_PAGE_RESULTS = 10;
/**
 * The Pagefind files /sok loads before any query (site/src/search/sok.ts), in that order: the
 * loader, the entry file twice (/sok reads the index's size from it, then Pagefind reads it), the
 * web worker only for a large index (worker-choice.ts); then the language's wasm and metadata.
 * tests/browser/search.test.ts checks this against what Chromium fetches.
 */
const LOADER_FILES = ['pagefind.js', 'pagefind-entry.json', 'pagefind-entry.json'];
const WORKER_FILE = 'pagefind-worker.js';
/** The Lyssna button's label is not content (it is hidden until its script runs, which Pagefind does not check). */
const EXCLUDE_SELECTORS = '[data-lyssna]';

export interface SearchIndexResult {
  ms: number;
  /** Pages in the index (those with data-pagefind-body). */
  pages: number;
  /** Indexed pages that got at least one glossary alias. */
  pagesWithAliases: number;
  /** Languages Pagefind wrote an index for (expected: ["sv"]). */
  languages: string[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The copy of a page Pagefind reads, or null for a page it does not index (no <main data-pagefind-body>).
 * Only <main> in a bare document with the page's language (Pagefind reads nothing else, and the
 * rest of the page is two thirds of its bytes); its h1 at the top weight (Pagefind's own default
 * for h1 is 7, body text 1), so a title match ranks above a passing mention; glossary aliases added.
 */
export function pageForIndex(html: string, aliases: AliasMatcher): { html: string; aliases: string[] } | null {
  if (!/<main\b[^>]*\sdata-pagefind-body/.test(html)) return null;
  const weighted = html.replace(/<h1(?=[\s>])(?![^>]*data-pagefind-weight)/, `<h1 data-pagefind-weight="${TITLE_WEIGHT}"`);
  const page = aliases.apply(weighted);
  const start = page.html.search(/<main\b/);
  const end = page.html.lastIndexOf('</main>');
  if (end < start) return null;
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(page.html)?.[1];
  const main = page.html.slice(start, end + '</main>'.length);
  return {
    html: `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"></head><body>${main}</body></html>`,
    aliases: page.aliases,
  };
}

const LETTER = 'A-Za-zÅÄÖåäöÉéÜü0-9';
/** Does `text` contain `word` as a whole word (any case)? */
function containsWord(text: string, word: string): boolean {
  const body = word
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![${LETTER}])${body}(?![${LETTER}])`, 'iu').test(text);
}

export interface AliasMatcher {
  /** Adds the aliases of every term the page mentions to its <main>; returns the page unchanged when none apply. */
  apply(html: string): { html: string; aliases: string[] };
}

export function aliasMatcher(glossary: readonly GlossaryEntry[]): AliasMatcher {
  const withAliases = glossary.filter((g) => g.aliases.length > 0);
  const compiled = compileTerms(withAliases.map((g) => ({ slug: g.slug, term: g.term })));
  const bySlug = new Map(withAliases.map((g) => [g.slug, g]));
  return {
    apply(html) {
      const start = html.search(/<main\b/);
      const end = html.lastIndexOf('</main>');
      if (start < 0 || end < start || compiled.length === 0) return { html, aliases: [] };
      const main = html.slice(start, end);
      const text = textOf(main);
      const h1 = textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1] ?? '');
      const title: string[] = [];
      const atEnd: string[] = [];
      const found: string[] = [];
      let out = html;
      for (const { slug, pattern } of compiled) {
        if (!pattern.test(text)) continue;
        // Inflections of the term ("insatser" for Insats) are found by stemming; aliases the page already shows are indexed anyway.
        const missing = (bySlug.get(slug)?.aliases ?? []).filter((a) => !pattern.test(a) && !containsWord(text, a));
        if (missing.length === 0) continue;
        found.push(...missing);
        if (pattern.test(h1)) {
          title.push(...missing);
          continue;
        }
        // Next to the term's first glossary link, so an excerpt reads "Försäkringskassan (FK)"; else at the end of <main>.
        const link = `href="/begrepp#${slug}">`;
        const at = out.indexOf(link, start);
        const close = at >= 0 ? out.indexOf('</a>', at) : -1;
        if (close >= 0 && close < out.lastIndexOf('</main>')) {
          const insert = close + '</a>'.length;
          out = `${out.slice(0, insert)} (${escapeHtml(missing.join(', '))})${out.slice(insert)}`;
        } else atEnd.push(...missing);
      }
      if (found.length === 0) return { html, aliases: [] };
      const block = (weight: number, words: string[]) =>
        words.length ? `<p data-pagefind-weight="${weight}">${escapeHtml(words.join(', '))}</p>` : '';
      const close = out.lastIndexOf('</main>');
      return {
        html: `${out.slice(0, close)}${block(TITLE_WEIGHT, title)}${block(BODY_ALIAS_WEIGHT, atEnd)}${out.slice(close)}`,
        aliases: found,
      };
    },
  };
}

/** Every built page under `dir`, sorted; Pagefind's own folder holds no pages. */
export function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(path.join(dir, 'pagefind') + path.sep))
    .sort();
}

/** Where the copies go: a RAM disk when there is one (creating 11 000 small files on disk took up to 10 s here), else the temp folder. */
function scratchRoot(): string {
  const ram = '/dev/shm';
  try {
    fs.accessSync(ram, fs.constants.W_OK);
    return ram;
  } catch {
    return os.tmpdir();
  }
}

async function pagefindBinary(): Promise<string> {
  if (!fs.existsSync(PAGEFIND_RESOLVER)) {
    throw new Error(`Pagefind saknas (${PAGEFIND_RESOLVER}). Kör "pnpm install" i projektets rot.`);
  }
  const { resolveBinaryPath } = (await import(/* @vite-ignore */ pathToFileURL(PAGEFIND_RESOLVER).href)) as {
    resolveBinaryPath: (execnames: string[]) => string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Runs Pagefind's indexer over `site`; resolves with its output, rejects with the end of it when it fails. */
function runPagefind(binary: string, site: string, outputPath: string): Promise<string> {
  const args = ['--site', site, '--output-path', outputPath, '--exclude-selectors', EXCLUDE_SELECTORS];
  return new Promise((resolve, reject) => {
    // Its own folder as working directory: a stray pagefind.yml elsewhere must not change the index.
    const child = spawn(binary, args, { cwd: site, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', (err) => reject(new Error(`Pagefind kunde inte starta (${binary}): ${err.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`Pagefind avslutades med kod ${code}: ${output.trim().split('\n').slice(-8).join(' | ')}`));
    });
  });
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

const readEntry = (pagefindDir: string) =>
  JSON.parse(fs.readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;

/**
 * Indexes the built site in `distDir` and writes the index to `distDir/pagefind`, with the
 * glossary aliases of `snapshotFile`: the snapshot the site was built from (by default the one
 * a build with this process's environment reads).
 * Throws when Pagefind fails or indexes another number of pages than it was given,
 * so a broken index never goes live.
 */
export async function buildSearchIndex(distDir: string, snapshotFile = builtSnapshotFile()): Promise<SearchIndexResult> {
  const started = performance.now();
  const root = path.resolve(distDir);
  const binary = await pagefindBinary();
  const aliases = aliasMatcher(readGlossary(snapshotFile));
  const outputPath = path.join(root, 'pagefind');
  fs.rmSync(outputPath, { recursive: true, force: true });

  const copies = fs.mkdtempSync(path.join(scratchRoot(), 'vg-sokindex-'));
  let pages = 0;
  let pagesWithAliases = 0;
  try {
    for (const file of htmlFiles(root)) {
      const page = pageForIndex(fs.readFileSync(file, 'utf8'), aliases);
      if (!page) continue;
      // The same relative path, so Pagefind gives the result the page's own URL.
      const copy = path.join(copies, path.relative(root, file));
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.writeFileSync(copy, page.html);
      pages++;
      if (page.aliases.length > 0) pagesWithAliases++;
    }
    await runPagefind(binary, copies, outputPath);
  } finally {
    fs.rmSync(copies, { recursive: true, force: true });
  }
  const entry = readEntry(outputPath);
  const indexed = Object.values(entry.languages).reduce((s, l) => s + l.page_count, 0);
  if (indexed !== pages) throw new Error(`Pagefind indexerade ${indexed} sidor av ${pages}. Kör bygget igen och läs Pagefinds utskrift.`);
  return { ms: Math.round(performance.now() - started), pages, pagesWithAliases, languages: Object.keys(entry.languages) };
}

export interface FirstQueryBreakdown {
  /** pagefind.js, pagefind-entry.json (twice) and, for a large index, pagefind-worker.js; gzip. */
  loader: number;
  /** The language's search engine (wasm.sv.pagefind): fixed for a Pagefind version. */
  wasm: number;
  /** The language's metadata (pagefind.sv_….pf_meta): a hash and word count for every indexed page. */
  meta: number;
  /** One index chunk of median size (a one-word query loads one chunk). */
  chunk: number;
  /** One average fragment (title, URL, text) for each result /sok shows first. */
  fragments: number;
}

export interface SearchIndexStats {
  /** Every file under /pagefind, as stored (index chunks and fragments are already gzip-compressed). */
  indexBytes: number;
  indexFiles: number;
  /**
   * What a visitor's first one-word query on /sok downloads, compressed as a static host serves it
   * (the parts are in `firstQueryBreakdown`). These are the files Chromium fetches
   * (tests/browser/search.test.ts). Without a query, /sok fetches the loader, wasm and metadata
   * ahead so the first query is quick; they are counted here either way.
   */
  firstQueryBytes: number;
  firstQueryBreakdown: FirstQueryBreakdown;
  /** The same with the largest index chunk and the ten largest fragments. */
  firstQueryWorstBytes: number;
  /**
   * A first query with one filter chosen (kommun, målgrupp or content type): each filter in use
   * loads its own filter chunk, which lists the pages of every value; this counts the largest.
   */
  firstQueryWithFilterBytes: number;
  /** Every filter chunk (filter/….pf_filter) and its size, largest first. */
  filterChunks: { file: string; bytes: number }[];
  /** The files a first query fetches, relative to /pagefind, as often as they are fetched; the median chunk stands for the query's chunk. */
  firstQueryFiles: string[];
}

/** Bytes a static host sends for a file of the index: text gzip-compressed; Pagefind's own files are compressed already. */
export function transferredBytes(pagefindDir: string, file: string): number {
  const full = path.join(pagefindDir, file);
  return /\.(js|json)$/.test(file) ? gzipSync(fs.readFileSync(full), { level: 9 }).length : fs.statSync(full).size;
}

/** Sizes of the index in `distDir/pagefind`, for `pnpm bench` and the budget (≤ 120 KB for a first query). */
export function searchIndexStats(distDir: string): SearchIndexStats {
  const dir = path.join(path.resolve(distDir), 'pagefind');
  if (!fs.existsSync(path.join(dir, 'pagefind-entry.json'))) {
    throw new Error(`Inget sökindex i ${dir}. Bygg webbplatsen först (buildSite kör Pagefind efter bygget).`);
  }
  const all = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const size = (f: string) => fs.statSync(path.join(dir, f)).size;
  const sum = (files: readonly string[], bytes: (f: string) => number) => files.reduce((s, f) => s + bytes(f), 0);
  const entry = readEntry(dir);
  const languages = entry.languages;
  const [code, language] = Object.entries(languages).find(([c]) => c === 'sv') ??
    Object.entries(languages).sort((a, b) => b[1].page_count - a[1].page_count)[0] ?? [undefined, undefined];
  if (!code || !language) throw new Error(`Sökindexet i ${dir} har inget språk. Bygg webbplatsen igen.`);
  const wasm = `wasm.${language.wasm ?? code}.pagefind`;
  const meta = `pagefind.${language.hash}.pf_meta`;
  const loader = usesWorker(indexedPages(entry) ?? 0) ? [...LOADER_FILES, WORKER_FILE] : LOADER_FILES;
  for (const f of [...loader, wasm, meta]) if (!all.includes(f)) throw new Error(`Sökindexet i ${dir} saknar ${f}. Bygg webbplatsen igen.`);

  const ofLanguage = (f: string) => path.posix.basename(f).startsWith(`${language.hash.split('_')[0]}_`);
  const chunks = all.filter((f) => f.endsWith('.pf_index') && ofLanguage(f)).sort((a, b) => size(a) - size(b));
  const median = chunks[Math.floor((chunks.length - 1) / 2)];
  const largest = chunks.at(-1);
  const fragments = all
    .filter((f) => f.endsWith('.pf_fragment') && ofLanguage(f))
    .map(size)
    .sort((a, b) => b - a);
  const shown = Math.min(FIRST_PAGE_RESULTS, fragments.length);
  const fragmentAverage = fragments.length ? fragments.reduce((s, n) => s + n, 0) / fragments.length : 0;
  const filterChunks = all
    .filter((f) => f.endsWith('.pf_filter') && ofLanguage(f))
    .map((file) => ({ file, bytes: size(file) }))
    .sort((a, b) => b.bytes - a.bytes);

  const firstQueryBreakdown: FirstQueryBreakdown = {
    loader: sum(loader, (f) => transferredBytes(dir, f)),
    wasm: size(wasm),
    meta: size(meta),
    chunk: median ? size(median) : 0,
    fragments: Math.round(shown * fragmentAverage),
  };
  const firstQueryBytes = Object.values(firstQueryBreakdown).reduce((s, n) => s + n, 0);
  const fixed = firstQueryBytes - firstQueryBreakdown.chunk - firstQueryBreakdown.fragments;
  return {
    indexBytes: sum(all, size),
    indexFiles: all.length,
    firstQueryBytes,
    firstQueryBreakdown,
    firstQueryWorstBytes: fixed + (largest ? size(largest) : 0) + fragments.slice(0, shown).reduce((s, n) => s + n, 0),
    firstQueryWithFilterBytes: firstQueryBytes + (filterChunks[0]?.bytes ?? 0),
    filterChunks,
    firstQueryFiles: [...loader, wasm, meta, ...(median ? [median] : [])],
  };
}
