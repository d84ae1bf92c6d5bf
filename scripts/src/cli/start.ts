// `pnpm start` (README: scripts/vg start): the CMS with demo content on SQLite,
// and the site built from it, served locally. Ctrl-C stops everything.
import { ensureAdminBuilt } from '../cms/admin-build.ts';
import { ensureDevAdmin } from '../cms/dev-admin.ts';
import { ensureDevEnv } from '../cms/dev-env.ts';
import { compileCms, startStrapi } from '../cms/strapi-process.ts';
import { CMS_DIR } from '../lib/paths.ts';
import { isPortInUse } from '../lib/ports.ts';
import { main, UserError } from '../lib/processes.ts';
import { stopAllOnSignal, track } from '../lib/shutdown.ts';
import { buildSite, serveSite } from '../site/build-site.ts';

const CMS_PORT = 1337;
const SITE_PORT = 4321;

main(async () => {
  if (process.env.NODE_ENV === 'production') {
    throw new UserError('scripts/vg start är för lokal utveckling. Driftsättning beskrivs i README (avsnittet Driftsättning).');
  }
  for (const [port, what] of [
    [CMS_PORT, 'CMS:et'],
    [SITE_PORT, 'webbplatsen'],
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
  console.log('Startar CMS:et…');
  const cms = await startStrapi({ port: CMS_PORT, env: { ...env, HOST: '0.0.0.0', VG_SEED_DEMO: 'true' }, echo: false });
  track(cms.child);
  const admin = await ensureDevAdmin(`http://127.0.0.1:${CMS_PORT}`, CMS_DIR);

  const ms = await buildSite();
  console.log(`Webbplatsen byggdes på ${(ms / 1000).toFixed(1)} s.`);
  track(await serveSite(SITE_PORT));

  console.log(`
  Välfärdsguiden körs lokalt:
    Webbplatsen:  http://localhost:${SITE_PORT}
    CMS (admin):  http://localhost:${CMS_PORT}/admin
    Inloggning:   ${admin.email} / ${admin.password}   (bara för lokal utveckling)
  Tryck Ctrl-C för att stänga av allt.
`);
});
