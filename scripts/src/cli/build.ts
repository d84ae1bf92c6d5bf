// `pnpm build`: the production build of the site. Steps are added as the pipeline lands:
// pull from the CMS → build → search index → accessibility audit.
import { main } from '../lib/processes.ts';
import { buildSite } from '../site/build-site.ts';

main(async () => {
  const ms = await buildSite();
  console.log(`Webbplatsen byggdes på ${(ms / 1000).toFixed(1)} s (site/dist).`);
});
