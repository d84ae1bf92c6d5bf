/**
 * The open-data export at a given size: how many files and bytes it adds to the site, how long
 * computing it takes (the part of the build that is the export's own work), and how long the
 * build's HSDS conformance check takes over the written files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Snapshot } from '@vg/shared-schema';
import { siteIndexOf } from '@vg/site/lib/site-index.ts';
import { checkHsdsExport, describeProblems, HsdsSchemas, hsdsSchemaDir } from '@vg/site/open-data/conformance.ts';
import { HsdsExport } from '@vg/site/open-data/hsds.ts';
import { HSDS_TABLES, type HsdsTable, hsdsTables, toCsv } from '@vg/site/open-data/tabular.ts';
import { ROOT } from '../lib/paths.ts';
import type { NotMeasured } from './site-metrics.ts';

export type OpenDataMetrics =
  | {
      measured: true;
      files: number;
      bytes: number;
      gzipBytes: number;
      /** Computing every service, list page, organisation, place and CSV table from the snapshot. */
      computeMs: number;
      /** The build's conformance check over the written files; null where the schemas are absent. */
      checkMs: number | null;
      problems: number | null;
      /** Why it was not checked, or the first problems found. */
      note?: string;
    }
  | NotMeasured;

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export function measureOpenData(outDir: string, snapshot: Snapshot, env: NodeJS.ProcessEnv = process.env): OpenDataMetrics {
  const root = path.join(outDir, 'oppna-data');
  if (!fs.existsSync(root)) return { measured: false, reason: 'not measured: the build wrote no oppna-data/' };
  let bytes = 0;
  let gzipBytes = 0;
  const files = walk(root);
  for (const file of files) {
    const data = fs.readFileSync(file);
    bytes += data.length;
    gzipBytes += gzipSync(data).length;
  }

  const started = performance.now();
  const site = siteIndexOf(snapshot);
  const exp = new HsdsExport(site, new URL('https://valfardsguiden.example'));
  exp.servicePages();
  exp.serviceAtLocations();
  exp.taxonomyTerms();
  const tables = hsdsTables(exp);
  for (const table of Object.keys(HSDS_TABLES) as HsdsTable[]) toCsv(table, tables[table]);
  for (const item of site.collections.insatser) exp.serviceFor(item.data.documentId);
  const computeMs = performance.now() - started;

  const measured = { measured: true as const, files: files.length, bytes, gzipBytes, computeMs };
  const { dir } = hsdsSchemaDir(ROOT, env);
  if (!fs.existsSync(dir)) return { ...measured, checkMs: null, problems: null, note: `HSDS-schemana saknas i ${dir}` };
  const checkStarted = performance.now();
  const { problems } = checkHsdsExport(outDir, new HsdsSchemas(dir));
  const checkMs = performance.now() - checkStarted;
  return { ...measured, checkMs, problems: problems.length, ...(problems.length ? { note: describeProblems(problems, 5) } : {}) };
}
