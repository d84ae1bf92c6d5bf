import { DEFAULT_MAX_SHRINK, parseSnapshot, SNAPSHOT_SOURCES, type Snapshot } from '@vg/shared-schema';
import { readConsistently } from './consistent-read.ts';
import { fetchAll } from './fetch-all.ts';
import { type NormaliseResult, normalise } from './normalise.ts';
import { readabilityReport } from './readability-report.ts';
import { refuseShrink } from './shrink-guard.ts';
import { createStrapiClient } from './strapi-client.ts';
import { writeFileAtomic } from './write-atomic.ts';
import { writeReport } from './write-report.ts';

export interface PullOptions {
  /** Where the pull reads the CMS (may be an internal address). */
  cmsUrl: string;
  /**
   * The CMS's public address, where editors are logged in to the admin: the report's links point
   * there, not at the address the pull reads from (see publicCmsUrl in content-problem.ts). Default cmsUrl.
   */
  publicCmsUrl?: string;
  token: string;
  out: string;
  reportFile: string;
  allowInvalid: boolean;
  /** Write even when a collection lost more than maxShrink of its entries since the snapshot at `out`. */
  allowShrink?: boolean;
  /** The largest share (0–1) of any collection the new snapshot may lose (default 0.2; VG_PULL_MAX_SHRINK in the CLIs). */
  maxShrink?: number;
  now?: Date;
  /** Free places older than this many days are published as unknown (VG_LEDIGA_PLATSER_MAX_DAGAR in the CLIs; default 30). */
  platserMaxAgeDays?: number;
  concurrency?: number;
}

export interface PullResult extends NormaliseResult {
  written: boolean;
  counts: Record<string, number>;
  ms: number;
}

/**
 * The pull: fetch every published entry (read again once if the content changed meanwhile),
 * validate and normalise it, and write the snapshot atomically — only when there are no errors
 * (or they were excluded with allowInvalid) and no collection shrank past maxShrink (or
 * allowShrink). The report (problems, stale entries and the texts furthest from their
 * plain-language targets) is always written, so the redaktion can read what to fix.
 */
export async function pull(options: PullOptions): Promise<PullResult> {
  const started = Date.now();
  const getJson = createStrapiClient({ baseUrl: options.cmsUrl, token: options.token });
  const uids = SNAPSHOT_SOURCES.map((s) => s.uid);
  const raw = await readConsistently(() => fetchAll(getJson, uids, options.concurrency));
  const publicCmsUrl = options.publicCmsUrl ?? options.cmsUrl;
  const result = normalise(raw, {
    cmsUrl: options.cmsUrl,
    publicCmsUrl,
    allowInvalid: options.allowInvalid,
    now: options.now ?? new Date(),
    ...(options.platserMaxAgeDays !== undefined ? { platserMaxAgeDays: options.platserMaxAgeDays } : {}),
  });
  const measured = result.snapshot ? readabilityReport(result.snapshot, publicCmsUrl) : [];
  writeReport(options.reportFile, result.problems, result.stale, measured);
  let written = false;
  if (result.snapshot) {
    // Parse what we are about to write: the site must be able to read it.
    const checked: Snapshot = parseSnapshot(JSON.parse(JSON.stringify(result.snapshot)), 'den nya ögonblicksbilden');
    const sizes = Object.fromEntries(Object.entries(checked.collections).map(([name, items]) => [name, items.length]));
    if (!options.allowShrink) refuseShrink(options.out, sizes, options.maxShrink ?? DEFAULT_MAX_SHRINK);
    writeFileAtomic(options.out, `${JSON.stringify(checked)}\n`);
    written = true;
  }
  const counts = Object.fromEntries(SNAPSHOT_SOURCES.map((s) => [s.name, raw.get(s.uid)?.length ?? 0]));
  return { ...result, written, counts, ms: Date.now() - started };
}
