// `pnpm build`: the production build — pull from a running CMS → build the site into site/dist
// → accessibility audit of the built site (reports/a11y; any finding fails the build).
// The audit runs here only: the start command's rebuilds on publish call publishSite() directly
// and skip it, since a ~3-minute audit per editor click would hold up every change.
// Env: CMS_URL, CMS_TOKEN, SITE_URL, VG_CMS_PUBLIC_URL (https://, or http:// to this machine only),
// VG_PULL_MAX_SHRINK. Flags: --allow-invalid, --allow-shrink.
import { BUILD_URL_VARIABLES, checkSecureUrls, formatEnvIssues, PullEnvSchema } from '@vg/shared-schema';
import { auditSite } from '../a11y/audit.ts';
import { summarise } from '../a11y/report.ts';
import { parseFlags } from '../lib/flags.ts';
import { main, UserError } from '../lib/processes.ts';
import { publicCmsUrl } from '../pull/content-problem.ts';
import { DIST_DIR, publishSite } from '../site/publish-site.ts';

main(async () => {
  const flags = parseFlags(
    { 'allow-invalid': { type: 'boolean' }, 'allow-shrink': { type: 'boolean' } },
    'pnpm build [--allow-invalid] [--allow-shrink]',
  );
  const env = PullEnvSchema.safeParse(process.env);
  if (!env.success) throw new UserError(formatEnvIssues(env.error).join('\n  '));
  // The token travels to CMS_URL and visitors' form posts to VG_CMS_PUBLIC_URL: never in clear text over a network.
  const insecure = checkSecureUrls(process.env, BUILD_URL_VARIABLES);
  if (insecure.length > 0) throw new UserError(`Produktionsbygget startar inte:\n  - ${insecure.join('\n  - ')}`);
  const t = await publishSite({
    cmsUrl: env.data.CMS_URL,
    publicCmsUrl: publicCmsUrl(process.env, env.data.CMS_URL),
    token: env.data.CMS_TOKEN,
    allowInvalid: flags['allow-invalid'] === true,
    allowShrink: flags['allow-shrink'] === true,
    maxShrink: env.data.VG_PULL_MAX_SHRINK,
    platserMaxAgeDays: env.data.VG_LEDIGA_PLATSER_MAX_DAGAR,
    verbose: true,
  });
  console.log(`Byggt på ${(t.ms / 1000).toFixed(1)} s: ${DIST_DIR}`);
  const { report, files } = await auditSite({ distDir: DIST_DIR, log: console.log });
  console.log(`\n${summarise(report)}\nRapport: ${files.html}`);
  if (!report.passed) throw new UserError('Tillgänglighetsgranskningen hittade brister (se ovan) — bygget misslyckades.');
  console.log(`Klart på ${((t.ms + report.ms.total) / 1000).toFixed(1)} s.`);
});
