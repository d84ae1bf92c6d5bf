import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SITE_DIR } from '../lib/paths.ts';
import { run, UserError } from '../lib/processes.ts';
import { checkOpenData } from './open-data-check.ts';
import { builtSnapshotFile } from './search-glossary.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeSecurityHeaders } from './security-headers.ts';

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
// A build is always a production build, whatever NODE_ENV the calling process has (vitest sets
// "test", a Vite server "development"): the site caches its content only in production, and
// without that the open-data export is recomputed for every file (minutes at 10,000 insatser).
const astroEnv = (extra: Record<string, string> = {}) => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  ...extra,
});

/**
 * Static build of the site into site/dist (or outDir), the open-data export's conformance check,
 * then its search index, then its security headers (`_headers` and the nginx/Caddy snippets, hashed
 * from the finished pages).
 */
export async function buildSite(outDir?: string, env: Record<string, string> = {}): Promise<number> {
  const started = Date.now();
  const cache: Record<string, string> = outDir ? { VG_ASTRO_CACHE_DIR: `${outDir}.astro-cache` } : {};
  await run(process.execPath, [ASTRO_BIN, 'build', ...(outDir ? ['--outDir', outDir] : [])], {
    cwd: SITE_DIR,
    env: astroEnv({ ...cache, ...env }),
  });
  const dist = path.resolve(SITE_DIR, outDir ?? 'dist');
  console.log(checkOpenData(dist, { ...process.env, ...env }).message);
  // The snapshot this build read: the glossary's aliases go into the index from there.
  const search = await buildSearchIndex(dist, builtSnapshotFile({ ...process.env, ...env }));
  console.log(`Sökindexet: ${search.pages} sidor indexerade på ${(search.ms / 1000).toFixed(1)} s (${search.languages.join(', ')}).`);
  const headers = writeSecurityHeaders(dist, { ...process.env, ...env });
  console.log(`Säkerhetshuvuden: CSP med ${headers.scriptHashes} skript- och ${headers.styleHashes} stilhashar (_headers).`);
  return Date.now() - started;
}

/** Serves the built site (astro preview) and resolves once it answers. */
export async function serveSite(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [ASTRO_BIN, 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: SITE_DIR,
    env: astroEnv(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new UserError(`Webbplatsens server stannade (kod ${child.exitCode}).`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // Not up yet.
    }
    await sleep(250);
  }
  throw new UserError(`Webbplatsen svarade inte på port ${port}.`);
}

/** Runs the Astro dev server with hot reload. */
export function devSite(port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', String(port)], { cwd: SITE_DIR, env: astroEnv(env), stdio: 'inherit' });
}
