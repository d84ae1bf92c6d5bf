// `pnpm cms:build` (scripts/vg cms:build): the CMS's production build into cms/dist — the shared
// schema, the admin panel and the server. The Dockerfile's build step, and what the tests' global
// setup runs before every test run (scripts/src/cms/production-build.ts). Needs no secrets or database.
import { buildCmsForProduction } from '../cms/production-build.ts';
import { parseFlags } from '../lib/flags.ts';
import { main } from '../lib/processes.ts';

main(async () => {
  parseFlags({}, 'pnpm cms:build');
  const started = Date.now();
  await buildCmsForProduction();
  console.log(`CMS:et är byggt (cms/dist) på ${((Date.now() - started) / 1000).toFixed(1)} s. Starta med: pnpm --filter @vg/cms start`);
});
