import { parseSnapshot, SNAPSHOT_SOURCES, type Snapshot } from '@vg/shared-schema';
import type { ContentProblem } from './content-problem.ts';
import { fetchAll } from './fetch-all.ts';
import { type NormaliseResult, normalise } from './normalise.ts';
import { createStrapiClient } from './strapi-client.ts';
import { writeFileAtomic } from './write-atomic.ts';

export interface PullOptions {
  cmsUrl: string;
  token: string;
  out: string;
  reportFile: string;
  allowInvalid: boolean;
  now?: Date;
  concurrency?: number;
}

export interface PullResult extends NormaliseResult {
  written: boolean;
  counts: Record<string, number>;
  ms: number;
}

/**
 * The pull: fetch every published entry, validate and normalise it, and write
 * the snapshot atomically — only when there are no errors (or they were
 * excluded with allowInvalid). The report (problems and stale entries) is
 * always written, so the redaktion can read what to fix.
 */
export async function pull(options: PullOptions): Promise<PullResult> {
  const started = Date.now();
  const getJson = createStrapiClient({ baseUrl: options.cmsUrl, token: options.token });
  const raw = await fetchAll(
    getJson,
    SNAPSHOT_SOURCES.map((s) => s.uid),
    options.concurrency,
  );
  const result = normalise(raw, { cmsUrl: options.cmsUrl, allowInvalid: options.allowInvalid, now: options.now ?? new Date() });
  writeReport(options.reportFile, result.problems, result.stale);
  let written = false;
  if (result.snapshot) {
    // Parse what we are about to write: the site must be able to read it.
    const checked: Snapshot = parseSnapshot(JSON.parse(JSON.stringify(result.snapshot)), 'den nya ögonblicksbilden');
    writeFileAtomic(options.out, `${JSON.stringify(checked)}\n`);
    written = true;
  }
  const counts = Object.fromEntries(SNAPSHOT_SOURCES.map((s) => [s.name, raw.get(s.uid)?.length ?? 0]));
  return { ...result, written, counts, ms: Date.now() - started };
}

function writeReport(file: string, problems: ContentProblem[], stale: NormaliseResult['stale']): void {
  const report = {
    generatedAt: new Date().toISOString(),
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
    stale,
  };
  writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
}
