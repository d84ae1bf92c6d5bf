/**
 * The Hitta rätt page as built from the fixture: the island's JS budget (React included), the
 * guide index and card files it loads, and the page that works without JavaScript. One build
 * for the whole file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { guideCardFileJson, guideCardFileNames, guideIndexJson } from '@vg/shared-schema/guide/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../src/content/snapshot-loader.ts';
import { FIXTURE_SNAPSHOT } from './fixture.ts';
import { builtPages, links, targetExists } from './html.ts';

const siteDir = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Island JS including the React runtime, gzip (issue 6). */
const ISLAND_BUDGET = 90 * 1024;

/** Every JS file a page loads: module scripts and island URLs, and what they import, transitively. */
function pageScripts(outDir: string, html: string): string[] {
  const start = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ].filter((s) => s.startsWith('/'));
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (seen.has(url)) continue;
    seen.add(url);
    const code = fs.readFileSync(path.join(outDir, url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.resolve(path.posix.dirname(url), m[1] ?? ''));
    }
  }
  return [...seen];
}

describe('/hitta-ratt as built from the fixture', () => {
  let outDir: string;
  let pages: Map<string, string>;
  let html: string;

  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-guide-'));
    const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: siteDir,
      encoding: 'utf8',
      // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', SNAPSHOT_PATH: 'test/fixtures/snapshot.json' },
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
    pages = builtPages(outDir);
    html = pages.get('/hitta-ratt') ?? '';
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('ships the island with React in at most 90 KB gzip', () => {
    const scripts = pageScripts(outDir, html);
    expect(scripts.some((s) => /HittaRatt/.test(s))).toBe(true);
    const inline = [...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    const sizes = [
      ...scripts.map((s) => ({ name: s, gzip: gzipSync(fs.readFileSync(path.join(outDir, s))).length })),
      ...inline.map((code, n) => ({ name: `inline #${n + 1}`, gzip: gzipSync(code).length })),
    ];
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.info(
      `Hitta rätt JS: ${sizes.map((s) => `${s.name} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}; total ${(total / 1024).toFixed(1)} KB gzip.`,
    );
    expect(total).toBeLessThanOrEqual(ISLAND_BUDGET);
  });

  it('ships no schema library, no cookies, no storage beyond the tab but Min lista’s, no beacons', () => {
    const code = pageScripts(outDir, html)
      .map((s) => fs.readFileSync(path.join(outDir, s), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    expect(code).not.toContain('document.cookie');
    // The one use of localStorage is Min lista's (src/min-lista/storage.ts), written only when the visitor presses "Spara i min lista".
    expect(code.match(/localStorage/g) ?? []).toHaveLength(1);
    expect(code).toContain('valfardsguiden:min-lista');
    expect(code).not.toContain('sendBeacon');
    expect(code).toContain('sessionStorage');
  });

  it('is the only page with React', () => {
    for (const [p, page] of pages) expect(page.includes('<astro-island'), p).toBe(p === '/hitta-ratt');
  });

  it('emits the matching index and the card files, exactly as built from the snapshot', () => {
    const snapshot = readSnapshotFile(FIXTURE_SNAPSHOT);
    expect(fs.readFileSync(path.join(outDir, 'hitta-ratt', 'guide-index.json'), 'utf8')).toBe(guideIndexJson(snapshot));
    const names = guideCardFileNames(snapshot);
    expect(names).toContain('digital');
    expect(fs.readdirSync(path.join(outDir, 'hitta-ratt', 'kort')).sort()).toEqual(names.map((n) => `${n}.json`).sort());
    for (const name of names)
      expect(fs.readFileSync(path.join(outDir, 'hitta-ratt', 'kort', `${name}.json`), 'utf8')).toBe(guideCardFileJson(snapshot, name));
  });

  it('works without JavaScript: one h1, the privacy sentence, and links into Vägval that exist', () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('data-guide-server');
    expect(html).toContain('de skickas inte till oss eller någon annan, och vi använder inga kakor');
    const vagval = links(html).filter((l) => /^\/vagval\/(kommun|malgrupp|livssituation)\//.test(l.href));
    expect(vagval.some((l) => l.href === '/vagval/kommun/linkoping')).toBe(true);
    expect(vagval.some((l) => l.href.startsWith('/vagval/malgrupp/'))).toBe(true);
    for (const l of vagval) expect(targetExists(outDir, l.href), l.href).toBe(true);
    // The island renders no heading of its own on the server: the page has exactly the server's.
    expect(html).toMatch(/<astro-island[^>]*client="load"/);
  });
});
