// `pnpm dev`: Strapi develop (reloads on change) + Astro dev (hot reload).

import fs from 'node:fs';
import path from 'node:path';
import { ensureDevEnv } from '../cms/dev-env.ts';
import { startStrapi } from '../cms/strapi-process.ts';
import { CMS_DIR, SITE_DIR } from '../lib/paths.ts';
import { isPortInUse } from '../lib/ports.ts';
import { main, UserError } from '../lib/processes.ts';
import { stopAllOnSignal, track } from '../lib/shutdown.ts';
import { devSite } from '../site/build-site.ts';
import { SNAPSHOT_FILE } from '../site/publish-site.ts';

main(async () => {
  for (const port of [1337, 4321]) {
    if (await isPortInUse(port)) throw new UserError(`Port ${port} används redan — stäng programmet som använder den och försök igen.`);
  }
  stopAllOnSignal();
  const env = ensureDevEnv(CMS_DIR);
  const cms = await startStrapi({ port: 1337, env, mode: 'develop', echo: true, timeoutMs: 300_000 });
  track(cms.child);
  // The dev server reads the last pulled snapshot, or the fixture until `pnpm pull` has run.
  const snapshot = fs.existsSync(SNAPSHOT_FILE) ? SNAPSHOT_FILE : path.join(SITE_DIR, 'test', 'fixtures', 'snapshot.json');
  console.log(`Webbplatsen (astro dev) läser innehållet från ${path.relative(process.cwd(), snapshot)}.`);
  track(devSite(4321, { SNAPSHOT_PATH: snapshot }));
});
