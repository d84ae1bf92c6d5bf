import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Snapshot } from '@vg/shared-schema';
import { ROOT, SITE_DIR } from '../lib/paths.ts';
import { median } from './measure.ts';

/** Every .html file under a directory. */
export function countHtmlPages(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: false }).filter((f) => String(f).endsWith('.html')).length;
}

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export interface PageJs {
  /** The sampled page, relative to the site root. */
  page: string;
  /** Script files the page loads (directly, as islands, or by import), relative to the site root. */
  files: string[];
  /** Sum of the gzip sizes of those files plus inline scripts. */
  gzipBytes: number;
  inlineScripts: number;
}

/** The page types we sample: one page each; the path of the first entry of a collection where it has one. */
function samplePages(snapshot: Snapshot): Record<string, string | undefined> {
  const first = (name: keyof Snapshot['collections']) => snapshot.collections[name][0]?.path ?? undefined;
  return {
    startsida: '/',
    'vagval (lista)': '/vagval',
    insats: first('insatser'),
    berattelse: first('berattelser'),
    kedja: first('kedjor'),
    aktor: first('aktorer'),
    'vanliga-fragor': '/vanliga-fragor',
    'hitta-ratt': '/hitta-ratt',
    sok: '/sok',
  };
}

const htmlFileFor = (outDir: string, page: string) => {
  const clean = page.replace(/[#?].*$/, '').replace(/\/$/, '');
  return [path.join(outDir, clean, 'index.html'), path.join(outDir, `${clean}.html`)].find((f) => fs.existsSync(f));
};

/**
 * JS a visitor downloads on one page: `<script src>`, module preloads and island
 * component/renderer URLs, following static and dynamic imports inside those files,
 * plus inline scripts; gzip level 9 as a static host would serve them.
 */
export function pageJs(outDir: string, page: string): PageJs | null {
  const htmlFile = htmlFileFor(outDir, page);
  if (!htmlFile) return null;
  const html = fs.readFileSync(htmlFile, 'utf8');
  const urls = new Set<string>();
  for (const re of [
    /<script\b[^>]*\bsrc="([^"]+)"/g,
    /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g,
    /\b(?:component|renderer)-url="([^"]+)"/g,
  ])
    for (const m of html.matchAll(re)) urls.add(m[1] as string);
  let total = 0;
  let inline = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = m[1] as string;
    if (body.trim() === '' || /type="application\/(?:ld\+)?json"/.test(m[0])) continue;
    inline += 1;
    total += gzipBytes(body);
  }
  const seen = new Set<string>();
  const queue = [...urls].filter((u) => u.startsWith('/')).map((u) => u.replace(/[?#].*$/, ''));
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    const file = path.join(outDir, url);
    if (!fs.existsSync(file) || !/\.m?js$/.test(file)) continue;
    seen.add(url);
    const code = fs.readFileSync(file);
    total += gzipBytes(code);
    for (const m of code.toString().matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.m?js|\/[^"']+\.m?js)["']/g)) {
      const spec = m[1] as string;
      queue.push(spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(url), spec));
    }
  }
  return { page: path.relative(outDir, htmlFile), files: [...seen], gzipBytes: total, inlineScripts: inline };
}

export function jsPerPageType(outDir: string, snapshot: Snapshot): Record<string, PageJs | null> {
  return Object.fromEntries(Object.entries(samplePages(snapshot)).map(([type, page]) => [type, page ? pageJs(outDir, page) : null]));
}

// ---------------------------------------------------------------------------------------------
// Search (Pagefind)
// ---------------------------------------------------------------------------------------------

export type NotMeasured = { measured: false; reason: string };

export type SearchMetrics =
  | {
      measured: true;
      indexMs: number;
      pages: number;
      indexBytes: number;
      /** A first one-word query on /sok, compressed (searchIndexStats); the parts in `firstQueryBreakdown`. */
      firstQueryBytes: number;
      firstQueryBreakdown?: Record<string, number>;
      /** The same query with one filter chosen (the largest filter chunk added). */
      firstQueryWithFilterBytes?: number;
      firstQueryFiles: string[];
    }
  | NotMeasured;

interface SearchIndexModule {
  buildSearchIndex?: (distDir: string, snapshotFile: string) => Promise<{ ms: number; pages: number }>;
  searchIndexStats?: (distDir: string) => {
    indexBytes: number;
    firstQueryBytes: number;
    firstQueryBreakdown?: object;
    firstQueryWithFilterBytes?: number;
    firstQueryFiles: string[];
  };
}

const PAGEFIND_MODULE = path.join(SITE_DIR, 'node_modules', 'pagefind', 'lib', 'index.js');
const SEARCH_INDEX_MODULE = new URL('../site/search-index.ts', import.meta.url).href;

/**
 * Indexes a built site the way the site build does (Pagefind with the glossary aliases of
 * `snapshotFile`, the snapshot it was built from; scripts/src/site/search-index.ts) and reads
 * what a visitor's first query downloads.
 * Loaded at run time, so the bench still runs while search is being worked on.
 */
export async function measureSearch(outDir: string, snapshotFile: string): Promise<SearchMetrics> {
  if (!fs.existsSync(PAGEFIND_MODULE)) return { measured: false, reason: 'not measured: Pagefind not installed yet' };
  let mod: SearchIndexModule;
  try {
    mod = (await import(SEARCH_INDEX_MODULE)) as SearchIndexModule;
  } catch (err) {
    return { measured: false, reason: `not measured: search-index.ts could not be loaded (${(err as Error).message.split('\n')[0]})` };
  }
  if (typeof mod.buildSearchIndex !== 'function' || typeof mod.searchIndexStats !== 'function')
    return { measured: false, reason: 'not measured: search-index.ts has no buildSearchIndex()/searchIndexStats()' };
  try {
    const built = await mod.buildSearchIndex(outDir, snapshotFile);
    const stats = mod.searchIndexStats(outDir);
    return {
      measured: true,
      indexMs: built.ms,
      pages: built.pages,
      indexBytes: stats.indexBytes,
      firstQueryBytes: stats.firstQueryBytes,
      ...(stats.firstQueryBreakdown ? { firstQueryBreakdown: { ...stats.firstQueryBreakdown } as Record<string, number> } : {}),
      ...(stats.firstQueryWithFilterBytes === undefined ? {} : { firstQueryWithFilterBytes: stats.firstQueryWithFilterBytes }),
      firstQueryFiles: stats.firstQueryFiles,
    };
  } catch (err) {
    return { measured: false, reason: `Pagefind failed: ${(err as Error).message.split('\n')[0]}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Guide index (Hitta rätt)
// ---------------------------------------------------------------------------------------------

export type GuideMetrics =
  | { measured: true; bytes: number; gzipBytes: number; buildMs: number; matchMedianMs: number | null; matchRuns: number; note?: string }
  | NotMeasured;

/** The guide's index builder and engine: shared-schema's, which the site and the admin both use. */
const GUIDE_DIR = path.join(ROOT, 'shared-schema', 'src', 'guide');
const GUIDE_BUILD = path.join(GUIDE_DIR, 'build-index.ts');
const GUIDE_MATCH = path.join(GUIDE_DIR, 'matching.ts');

interface GuideFlowLike {
  fragor?: { nyckel?: string; typ?: string; alternativ?: { nyckel?: string }[] }[];
}
type BuildGuideIndex = (snapshot: Snapshot) => { flow?: GuideFlowLike };
type Match = (index: unknown, answers: Record<string, string | string[] | number>) => { results: readonly unknown[] };

/** Answers to every question of the flow, varied by `i` (kommun, options). */
function answersFor(flow: GuideFlowLike, kommunKoder: readonly string[], i: number): Record<string, string | string[] | number> {
  const answers: Record<string, string | string[] | number> = {};
  for (const q of flow.fragor ?? []) {
    if (!q.nyckel) continue;
    const options = (q.alternativ ?? []).map((a) => a.nyckel).filter((n): n is string => typeof n === 'string');
    if (q.typ === 'kommun') answers[q.nyckel] = kommunKoder[(i * 37) % kommunKoder.length] ?? '';
    else if (q.typ === 'timmar') answers[q.nyckel] = 5 + (i % 30);
    else if (q.typ === 'flerval') answers[q.nyckel] = options.length ? [options[i % options.length] as string] : [];
    else if (options.length) answers[q.nyckel] = options[i % options.length] as string;
  }
  return answers;
}

/** Size of the guide index for this snapshot and the median time of `runs` matches over it. */
export async function measureGuide(snapshot: Snapshot, runs = 50): Promise<GuideMetrics> {
  if (!fs.existsSync(GUIDE_BUILD))
    return { measured: false, reason: 'not measured yet: shared-schema/src/guide/build-index.ts does not exist' };
  let build: BuildGuideIndex;
  try {
    const mod = (await import(pathToFileURL(GUIDE_BUILD).href)) as { buildGuideIndex?: BuildGuideIndex };
    if (typeof mod.buildGuideIndex !== 'function')
      return { measured: false, reason: 'not measured: build-index.ts has no buildGuideIndex()' };
    build = mod.buildGuideIndex;
  } catch (err) {
    return { measured: false, reason: `not measured: build-index.ts could not be loaded (${(err as Error).message.split('\n')[0]})` };
  }
  const started = performance.now();
  let index: ReturnType<BuildGuideIndex>;
  try {
    index = build(snapshot);
  } catch (err) {
    return { measured: false, reason: `not measured: buildGuideIndex() failed (${(err as Error).message.split('\n')[0]})` };
  }
  const buildMs = performance.now() - started;
  const json = JSON.stringify(index);
  const base = { measured: true as const, bytes: Buffer.byteLength(json), gzipBytes: gzipBytes(json), buildMs, matchRuns: runs };
  if (!fs.existsSync(GUIDE_MATCH))
    return { ...base, matchMedianMs: null, note: 'matching not measured yet: shared-schema/src/guide/matching.ts does not exist' };
  let match: Match;
  try {
    const mod = (await import(pathToFileURL(GUIDE_MATCH).href)) as { match?: Match };
    if (typeof mod.match !== 'function') return { ...base, matchMedianMs: null, note: 'matching not measured: matching.ts has no match()' };
    match = mod.match;
  } catch (err) {
    return {
      ...base,
      matchMedianMs: null,
      note: `matching not measured: matching.ts could not be loaded (${(err as Error).message.split('\n')[0]})`,
    };
  }
  const koder = snapshot.collections.kommuner.map((k) => k.data.kod);
  const flow = index.flow ?? {};
  const times: number[] = [];
  try {
    // The index as the island has it: parsed from JSON.
    const parsed = JSON.parse(json) as unknown;
    match(parsed, answersFor(flow, koder, 0)); // warm-up (the first call prepares lookup tables)
    for (let i = 0; i < runs; i++) {
      const answers = answersFor(flow, koder, i + 1);
      const t = performance.now();
      match(parsed, answers);
      times.push(performance.now() - t);
    }
  } catch (err) {
    return { ...base, matchMedianMs: null, note: `matching failed: ${(err as Error).message.split('\n')[0]}` };
  }
  return { ...base, matchMedianMs: median(times) };
}
