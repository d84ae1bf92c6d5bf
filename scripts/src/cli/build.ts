// `pnpm build`: the production build — pull from a running CMS → build the site into site/dist.
// (Search indexing and the accessibility audit join this pipeline as they land.)
// Env: CMS_URL, CMS_TOKEN. Flags: --allow-invalid.
import { parseArgs } from 'node:util';
import { formatEnvIssues, PullEnvSchema } from '@vg/shared-schema';
import { main, UserError } from '../lib/processes.ts';
import { DIST_DIR, publishSite } from '../site/publish-site.ts';

main(async () => {
  let allowInvalid = false;
  try {
    allowInvalid = parseArgs({ options: { 'allow-invalid': { type: 'boolean' } }, strict: true }).values['allow-invalid'] === true;
  } catch (err) {
    throw new UserError(`${(err as Error).message}. Användning: pnpm build [--allow-invalid]`);
  }
  const env = PullEnvSchema.safeParse(process.env);
  if (!env.success) throw new UserError(formatEnvIssues(env.error).join('\n  '));
  const t = await publishSite({ cmsUrl: env.data.CMS_URL, token: env.data.CMS_TOKEN, allowInvalid, verbose: true });
  console.log(`Klart på ${(t.ms / 1000).toFixed(1)} s: ${DIST_DIR}`);
});
