// `pnpm dev`: Strapi develop (reloads on change) + Astro dev (hot reload).
import { ensureDevEnv } from '../cms/dev-env.ts';
import { startStrapi } from '../cms/strapi-process.ts';
import { CMS_DIR } from '../lib/paths.ts';
import { isPortInUse } from '../lib/ports.ts';
import { main, UserError } from '../lib/processes.ts';
import { stopAllOnSignal, track } from '../lib/shutdown.ts';
import { devSite } from '../site/build-site.ts';

main(async () => {
  for (const port of [1337, 4321]) {
    if (await isPortInUse(port)) throw new UserError(`Port ${port} används redan — stäng programmet som använder den och försök igen.`);
  }
  stopAllOnSignal();
  const env = ensureDevEnv(CMS_DIR);
  const cms = await startStrapi({ port: 1337, env, mode: 'develop', echo: true, timeoutMs: 300_000 });
  track(cms.child);
  track(devSite(4321));
});
