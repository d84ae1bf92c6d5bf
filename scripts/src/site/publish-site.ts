import fs from 'node:fs';
import path from 'node:path';
import { REPORTS_DIR, SITE_DIR } from '../lib/paths.ts';
import { UserError } from '../lib/processes.ts';
import { formatProblem } from '../pull/content-problem.ts';
import { pull } from '../pull/pull.ts';
import { buildSite } from './build-site.ts';

export const SNAPSHOT_FILE = path.join(SITE_DIR, 'content', 'snapshot.json');
export const DIST_DIR = path.join(SITE_DIR, 'dist');

export interface PublishOptions {
  cmsUrl: string;
  /** The CMS's public address, for the report's links (default cmsUrl). */
  publicCmsUrl?: string;
  token: string;
  allowInvalid?: boolean;
  /** Write the snapshot even when a collection shrank past maxShrink (see pull's shrink guard). */
  allowShrink?: boolean;
  /** The largest share (0–1) of a collection a pull may lose (default 0.2). */
  maxShrink?: number;
  /** Print every content warning (stale texts…), not only errors. */
  verbose?: boolean;
  /** Where the snapshot and the built site go (defaults: site/content/snapshot.json, site/dist). */
  snapshotFile?: string;
  distDir?: string;
  /** VG_LEDIGA_PLATSER_MAX_DAGAR: free places older than this are published as unknown. */
  platserMaxAgeDays?: number;
}

/**
 * Pull → build and index for search (buildSite runs Pagefind) into a fresh folder → swap it
 * in as site/dist, so the new pages and their index go live together. Visitors of a
 * running server see the old site until the new one is complete; a failed
 * pull or build leaves the old site in place.
 */
export async function publishSite(options: PublishOptions): Promise<{ ms: number; pullMs: number; buildMs: number }> {
  const started = Date.now();
  const snapshotFile = options.snapshotFile ?? SNAPSHOT_FILE;
  const distDir = options.distDir ?? DIST_DIR;
  const result = await pull({
    cmsUrl: options.cmsUrl,
    publicCmsUrl: options.publicCmsUrl,
    token: options.token,
    out: snapshotFile,
    reportFile: path.join(REPORTS_DIR, 'content-report.json'),
    allowInvalid: options.allowInvalid ?? false,
    allowShrink: options.allowShrink ?? false,
    maxShrink: options.maxShrink,
    ...(options.platserMaxAgeDays !== undefined ? { platserMaxAgeDays: options.platserMaxAgeDays } : {}),
  });
  for (const p of result.problems) if (options.verbose || p.severity === 'error') console.log(formatProblem(p));
  if (!result.written) throw new UserError('Innehållet har fel (se ovan) — webbplatsen byggdes inte om; den förra versionen ligger kvar.');
  const next = `${distDir}.next`;
  fs.rmSync(next, { recursive: true, force: true });
  const buildMs = await buildSite(next, { SNAPSHOT_PATH: snapshotFile });
  const old = `${distDir}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(distDir)) fs.renameSync(distDir, old);
  fs.renameSync(next, distDir);
  fs.rmSync(old, { recursive: true, force: true });
  return { ms: Date.now() - started, pullMs: result.ms, buildMs };
}
