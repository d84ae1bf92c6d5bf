// `pnpm preview-service`: shows editors' drafts as pages of the site in the admin's preview panel
// (docs/deploy.md, "The preview service"). Env: CMS_URL, VG_CMS_PUBLIC_URL, SITE_URL,
// VG_PREVIEW_HOST, VG_PREVIEW_PORT, SNAPSHOT_PATH (the published snapshot; default
// site/content/snapshot.json), VG_SITE_DIST (the built site, for its styles; default site/dist),
// and optionally CMS_TOKEN (a read-only build token: the service then pulls the published content
// itself every VG_PREVIEW_PULL_MINUTES, default 5). The CMS needs VG_PREVIEW_URL set to where this
// service is reached.
import path from 'node:path';
import { previewServiceEnv } from '@vg/shared-schema';
import { parseFlags } from '../lib/flags.ts';
import { REPORTS_DIR } from '../lib/paths.ts';
import { main, UserError } from '../lib/processes.ts';
import { startPreviewService } from '../preview/preview-service.ts';
import { pull } from '../pull/pull.ts';
import { DIST_DIR, SNAPSHOT_FILE } from '../site/publish-site.ts';

main(async () => {
  parseFlags({}, 'pnpm preview-service');
  let env: ReturnType<typeof previewServiceEnv>;
  try {
    env = previewServiceEnv(process.env);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  const snapshotFile = path.resolve(process.env.SNAPSHOT_PATH || SNAPSHOT_FILE);
  const token = env.CMS_TOKEN;
  let refresh: NodeJS.Timeout | undefined;
  if (token) {
    // Published content changes while the service runs: a fresh snapshot now and then is enough,
    // since only the one draft must be current (the CMS hands that out on every preview).
    const refreshSnapshot = async () => {
      const result = await pull({
        cmsUrl: env.CMS_URL,
        token,
        out: snapshotFile,
        reportFile: path.join(REPORTS_DIR, 'preview-pull-report.json'),
        allowInvalid: true,
        allowShrink: true,
      });
      if (!result.written) throw new Error('hämtningen skrev ingen ögonblicksbild');
    };
    await refreshSnapshot();
    refresh = setInterval(
      () =>
        refreshSnapshot().catch((error) =>
          console.error(`Förhandsvisningen kunde inte hämta publicerat innehåll: ${(error as Error).message}`),
        ),
      env.VG_PREVIEW_PULL_MINUTES * 60_000,
    );
  }
  const service = await startPreviewService({
    cmsUrl: env.CMS_URL,
    adminOrigin: env.VG_CMS_PUBLIC_URL,
    siteUrl: env.SITE_URL,
    snapshotFile,
    distDir: path.resolve(process.env.VG_SITE_DIST || DIST_DIR),
    imageOrigins: [new URL(env.VG_CMS_PUBLIC_URL).origin],
    host: env.VG_PREVIEW_HOST,
    port: env.VG_PREVIEW_PORT,
  });
  console.log(`Förhandsvisningen lyssnar på http://${env.VG_PREVIEW_HOST}:${env.VG_PREVIEW_PORT} (CMS: ${env.CMS_URL}).`);
  const stop = () => {
    clearInterval(refresh);
    void service.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
