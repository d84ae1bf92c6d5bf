// `pnpm start` (README: scripts/vg start): the CMS with demo content on SQLite, the site
// built from it and served locally, rebuilt whenever an editor publishes. Ctrl-C stops everything.
import { randomBytes } from 'node:crypto';
import { LOCAL_START_TOKEN_NAME } from '@vg/shared-schema';
import { ensureAdminBuilt } from '../cms/admin-build.ts';
import { buildTokenName, tokenAdmin } from '../cms/build-token.ts';
import { ensureDevAdmin } from '../cms/dev-admin.ts';
import { ensureDevEnv } from '../cms/dev-env.ts';
import { compileCms, startStrapi } from '../cms/strapi-process.ts';
import { CMS_DIR } from '../lib/paths.ts';
import { findFreePort, isPortInUse } from '../lib/ports.ts';
import { main, UserError } from '../lib/processes.ts';
import { stopAllOnSignal, track } from '../lib/shutdown.ts';
import { startPreviewService } from '../preview/preview-service.ts';
import { publicCmsUrl } from '../pull/content-problem.ts';
import { createRebuildQueue } from '../rebuild/rebuild-queue.ts';
import { createWebhookServer } from '../rebuild/webhook-server.ts';
import { DIST_DIR, publishSite, SNAPSHOT_FILE } from '../site/publish-site.ts';
import { createStaticServer } from '../site/static-server.ts';

const CMS_PORT = 1337;
const SITE_PORT = 4321;
const PREVIEW_PORT = 4322;

main(async () => {
  if (process.env.NODE_ENV === 'production') {
    throw new UserError('scripts/vg start är för lokal utveckling. Driftsättning beskrivs i README (avsnittet Driftsättning).');
  }
  for (const [port, what] of [
    [CMS_PORT, 'CMS:et'],
    [SITE_PORT, 'webbplatsen'],
    [PREVIEW_PORT, 'förhandsvisningen'],
  ] as const) {
    if (await isPortInUse(port)) {
      throw new UserError(
        `Port ${port} (för ${what}) används redan av ett annat program — stäng det (t.ex. en tidigare körning) och försök igen.`,
      );
    }
  }
  stopAllOnSignal();
  const env = ensureDevEnv(CMS_DIR);
  await ensureAdminBuilt();
  await compileCms();

  const webhookPort = await findFreePort();
  const webhookSecret = randomBytes(18).toString('base64url');
  console.log('Startar CMS:et…');
  const cms = await startStrapi({
    port: CMS_PORT,
    env: {
      ...env,
      HOST: '0.0.0.0',
      VG_SEED_DEMO: 'true',
      VG_REBUILD_WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/rebuild`,
      VG_REBUILD_WEBHOOK_SECRET: webhookSecret,
      VG_PREVIEW_URL: `http://localhost:${PREVIEW_PORT}`,
    },
  });
  track(cms.child);
  const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
  // The report's links go where the editor is logged in: the admin address printed below, or the configured one.
  const publicUrl = publicCmsUrl(process.env, `http://localhost:${CMS_PORT}`);
  const admin = await ensureDevAdmin(cmsUrl, CMS_DIR);
  if (!env.VG_DEV_ADMIN_PASSWORD && !admin.password.startsWith('Vg-')) {
    throw new UserError(
      'Det lokala CMS:et har redan ett konto men lösenordet finns inte i cms/.env. Lägg till VG_DEV_ADMIN_PASSWORD=… där, eller ta bort cms/.tmp för att börja om.',
    );
  }
  // A token of its own, replacing the one from the previous run only after the new one exists:
  // tokens made with `pnpm cms:token` are never touched.
  const tokens = await tokenAdmin(cmsUrl, admin.email, admin.password);
  const earlier = (await tokens.list()).filter((t) => t.name.startsWith(LOCAL_START_TOKEN_NAME));
  const token = await tokens.create(buildTokenName('lokal start'));
  for (const old of earlier) await tokens.revoke(old.id);

  // Local development: the editor at the keyboard is the one unpublishing, and a refused rebuild would
  // only leave a stale local site, so the shrink guard (for unattended production builds) is off here.
  const first = await publishSite({ cmsUrl, publicCmsUrl: publicUrl, token, allowInvalid: true, allowShrink: true });
  console.log(
    `Webbplatsen byggdes på ${(first.ms / 1000).toFixed(1)} s (hämtning ${(first.pullMs / 1000).toFixed(1)} s, bygge ${(first.buildMs / 1000).toFixed(1)} s).`,
  );
  const site = createStaticServer(DIST_DIR);
  await new Promise<void>((resolve) => site.listen(SITE_PORT, '0.0.0.0', resolve));
  // Drafts as pages in the admin's preview panel, from the snapshot and build the site was just made from.
  const preview = await startPreviewService({
    cmsUrl,
    adminOrigin: [publicUrl, `http://localhost:${CMS_PORT}`, `http://127.0.0.1:${CMS_PORT}`],
    siteUrl: `http://localhost:${SITE_PORT}`,
    snapshotFile: SNAPSHOT_FILE,
    distDir: DIST_DIR,
    imageOrigins: [new URL(publicUrl).origin, `http://127.0.0.1:${CMS_PORT}`],
    host: '0.0.0.0',
    port: PREVIEW_PORT,
  });

  // An editor publishes → Strapi calls the webhook → pull and build again, latest change wins.
  const queue = createRebuildQueue(async () => {
    try {
      const t = await publishSite({ cmsUrl, publicCmsUrl: publicUrl, token, allowInvalid: true, allowShrink: true });
      console.log(`↻ Webbplatsen byggdes om efter en ändring i CMS:et på ${(t.ms / 1000).toFixed(1)} s.`);
    } catch (err) {
      console.error(`✖ Ombyggnaden misslyckades: ${(err as Error).message}`);
    }
  });
  const hooks = createWebhookServer(webhookSecret, () => queue.notify());
  await new Promise<void>((resolve) => hooks.listen(webhookPort, '127.0.0.1', resolve));
  process.on('exit', () => {
    site.close();
    hooks.close();
    void preview.close();
  });

  console.log(`
  Välfärdsguiden körs lokalt:
    Webbplatsen:  http://localhost:${SITE_PORT}
    CMS (admin):  http://localhost:${CMS_PORT}/admin   (Förhandsvisa visar utkast via http://localhost:${PREVIEW_PORT})
    Inloggning:   ${admin.email} / ${admin.password}   (bara för lokal utveckling)
  Publicerar du något i CMS:et byggs webbplatsen om av sig själv.
  Tryck Ctrl-C för att stänga av allt.
`);
});
