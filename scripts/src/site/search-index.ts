/**
 * The site search index: Pagefind over the built site, run after every site build.
 *
 * Only pages with <main data-pagefind-body> are indexed (content pages; the guide, lists and
 * utility pages have none). Pages are in Swedish (`<html lang="sv">`), so Pagefind picks its
 * Swedish stemmer: "insats", "insatsen" and "insatser" find the same pages.
 *
 * Glossary aliases (begrepp `alias` in the CMS: "FK" for Försäkringskassan, "soc" for
 * socialtjänsten) reach the index here rather than in the pages: every indexed page that mentions
 * a term gets the term's aliases added to the copy Pagefind reads, never to the HTML visitors
 * get, so a screen reader never hears a list of abbreviations. A page whose h1 names the term
 * gets the aliases at title weight, so "FK" ranks Försäkringskassan's own page first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
// Pagefind is the site's devDependency; its types and Node API are loaded from there.
import type * as PagefindApi from '../../../site/node_modules/pagefind/types/index.js';
import { compileTerms } from '../../../site/src/lib/glossary.ts';
import { SITE_DIR } from '../lib/paths.ts';

const PAGEFIND_MODULE = path.join(SITE_DIR, 'node_modules', 'pagefind', 'lib', 'index.js');
/** The page that lists every glossary term with its aliases (data-alias on each term's <dfn>). */
const GLOSSARY_PAGE = path.join('begrepp', 'index.html');
/** Pagefind weights run 0–10; body text is 1 and h1 7 by default. Titles (and aliases of a term in the title) get 10. */
const TITLE_WEIGHT = 10;
const BODY_ALIAS_WEIGHT = 1;
/** Results a first query shows (the /sok page renders ten at a time): one fragment each. */
const FIRST_PAGE_RESULTS = 10;
/** How many files are handed to the Pagefind service at once. */
const CONCURRENCY = 16;

export interface GlossaryEntry {
  slug: string;
  term: string;
  aliases: string[];
}

export interface SearchIndexResult {
  ms: number;
  /** Pages in the index (those with data-pagefind-body). */
  pages: number;
  /** Indexed pages that got at least one glossary alias. */
  pagesWithAliases: number;
  /** Languages Pagefind wrote an index for (expected: ["sv"]). */
  languages: string[];
}

async function loadPagefind(): Promise<typeof PagefindApi> {
  if (!fs.existsSync(PAGEFIND_MODULE)) {
    throw new Error(`Pagefind saknas (${PAGEFIND_MODULE}). Kör "pnpm install" i projektets rot.`);
  }
  return (await import(/* @vite-ignore */ pathToFileURL(PAGEFIND_MODULE).href)) as typeof PagefindApi;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** The glossary as the built /begrepp page states it: `<dt id="slug"><dfn data-alias="[…]">Term</dfn></dt>`. */
export function readGlossary(html: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const m of html.matchAll(/<dt\b[^>]*\sid="([^"]+)"[^>]*>\s*<dfn\b[^>]*\sdata-alias="([^"]*)"[^>]*>([\s\S]*?)<\/dfn>/g)) {
    const slug = decodeEntities(m[1] ?? '');
    const alias = decodeEntities(m[2] ?? '');
    const term = textOf(m[3] ?? '');
    const parsed: unknown = JSON.parse(alias);
    if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) {
      throw new Error(`Begreppssidan: data-alias på "${slug}" är inte en lista med ord (${alias}).`);
    }
    if (term) entries.push({ slug, term, aliases: parsed.filter((a) => a.trim() !== '') });
  }
  return entries;
}

/**
 * The copy of a page Pagefind reads: its h1 at the top weight (Pagefind's own default for h1 is 7,
 * body text 1), so a title match ranks above a passing mention, and glossary aliases added.
 */
export function pageForIndex(html: string, aliases: AliasMatcher): { html: string; aliases: string[] } {
  const weighted = html.replace(/<h1(?=[\s>])(?![^>]*data-pagefind-weight)/, `<h1 data-pagefind-weight="${TITLE_WEIGHT}"`);
  return aliases.apply(weighted);
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

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(path.join(dir, 'pagefind') + path.sep))
    .sort();
}

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Indexes the built site in `distDir` and writes the index to `distDir/pagefind`.
 * Throws when Pagefind reports an error, so a broken index never goes live.
 */
export async function buildSearchIndex(distDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const root = path.resolve(distDir);
  const pagefind = await loadPagefind();
  const glossaryFile = path.join(root, GLOSSARY_PAGE);
  const aliases = aliasMatcher(fs.existsSync(glossaryFile) ? readGlossary(fs.readFileSync(glossaryFile, 'utf8')) : []);
  const outputPath = path.join(root, 'pagefind');
  fs.rmSync(outputPath, { recursive: true, force: true });

  // The Lyssna button's label is not content (it is hidden until its script runs, which Pagefind does not check).
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['[data-lyssna]'] });
  if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  let pages = 0;
  let pagesWithAliases = 0;
  try {
    await eachLimited(htmlFiles(root), CONCURRENCY, async (file) => {
      const html = fs.readFileSync(file, 'utf8');
      // Pagefind would skip these too once any page has a body marker; skipping here saves the round trip.
      if (!/<main\b[^>]*\sdata-pagefind-body/.test(html)) return;
      const page = pageForIndex(html, aliases);
      const result = await index.addHTMLFile({ sourcePath: path.relative(root, file), content: page.html });
      if (result.errors.length > 0) throw new Error(`Pagefind: ${path.relative(root, file)}: ${result.errors.join('; ')}`);
      pages++;
      if (page.aliases.length > 0) pagesWithAliases++;
    });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind kunde inte skriva indexet: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return { ms: Math.round(performance.now() - started), pages, pagesWithAliases, languages: Object.keys(entry.languages) };
}

export interface SearchIndexStats {
  /** Every file under /pagefind, as stored (index chunks and fragments are already gzip-compressed). */
  indexBytes: number;
  indexFiles: number;
  /**
   * What a visitor's first query downloads, compressed as a static host serves it: the loader
   * and its worker (gzip), the entry file, the Swedish wasm, the metadata, one index chunk of
   * median size (a one-word query loads one chunk) and one average fragment for each of the
   * ten results /sok shows first. These are the files Chromium fetches (tests/browser/search.test.ts).
   */
  firstQueryBytes: number;
  /** The same with the largest index chunk: a query whose word sits in the biggest chunk. */
  firstQueryWorstBytes: number;
  firstQueryFiles: string[];
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
  // Text files travel gzip-compressed; Pagefind's own binary files are compressed already.
  const transferred = (f: string) => (/\.(js|json)$/.test(f) ? gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length : size(f));
  const files = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].filter((f) => all.includes(f));
  const wasm =
    all.find((f) => f === 'wasm.sv.pagefind') ?? all.find((f) => /^wasm\..*\.pagefind$/.test(f) && f !== 'wasm.unknown.pagefind');
  const meta = all.find((f) => /^pagefind\.sv.*\.pf_meta$/.test(f)) ?? all.find((f) => f.endsWith('.pf_meta'));
  for (const f of [wasm, meta]) if (f) files.push(f);
  const chunks = all.filter((f) => f.endsWith('.pf_index')).sort((a, b) => size(a) - size(b));
  const median = chunks[Math.floor((chunks.length - 1) / 2)];
  const largest = chunks.at(-1);
  if (median) files.push(median);
  const fragments = all.filter((f) => f.endsWith('.pf_fragment'));
  const fragmentAverage = fragments.length ? fragments.reduce((s, f) => s + size(f), 0) / fragments.length : 0;
  const firstQueryBytes =
    files.reduce((s, f) => s + transferred(f), 0) + Math.round(Math.min(FIRST_PAGE_RESULTS, fragments.length) * fragmentAverage);
  return {
    indexBytes: all.reduce((s, f) => s + size(f), 0),
    indexFiles: all.length,
    firstQueryBytes,
    firstQueryWorstBytes: firstQueryBytes + (largest && median ? size(largest) - size(median) : 0),
    firstQueryFiles: files,
  };
}
