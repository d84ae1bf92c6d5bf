/**
 * For tests: the preview service beside a test CMS, as `scripts/vg start` runs it: the CMS's published
 * content pulled as the build pulls it (and, for tests that look at styles, the site built from
 * it), and the service on the port the CMS was told (VG_PREVIEW_URL).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AdminApi } from '../cms/admin-api.ts';
import { createBuildToken } from '../cms/build-token.ts';
import { pull } from '../pull/pull.ts';
import { buildSite } from '../site/build-site.ts';
import { type PreviewService, startPreviewService } from './preview-service.ts';

export interface PublishedSite {
  snapshotFile: string;
  distDir: string;
  dispose(): void;
}

/** What the CMS has published, pulled with a build token of the first admin's; built into a site when asked. */
export async function publishedSiteOf(cmsUrl: string, options: { build: boolean }): Promise<PublishedSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-published-'));
  const snapshotFile = path.join(dir, 'snapshot.json');
  const distDir = path.join(dir, 'dist');
  const token = await createBuildToken(cmsUrl, AdminApi.FIRST_ADMIN.email, AdminApi.FIRST_ADMIN.password, 'test');
  const pulled = await pull({
    cmsUrl,
    token,
    out: snapshotFile,
    reportFile: path.join(dir, 'report.json'),
    allowInvalid: true,
    allowShrink: true,
  });
  if (!pulled.written) throw new Error('Testets hämtning från CMS:et skrev ingen ögonblicksbild.');
  // NODE_ENV: vitest sets "test", which would bundle React's development build.
  if (options.build) await buildSite(distDir, { SNAPSHOT_PATH: snapshotFile, NODE_ENV: 'production' });
  return { snapshotFile, distDir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function startPreviewFor(cmsUrl: string, port: number, site: PublishedSite): Promise<PreviewService> {
  return startPreviewService({
    cmsUrl,
    adminOrigin: cmsUrl,
    siteUrl: 'https://valfardsguiden.example',
    snapshotFile: site.snapshotFile,
    distDir: site.distDir,
    imageOrigins: [cmsUrl],
    host: '127.0.0.1',
    port,
  });
}
