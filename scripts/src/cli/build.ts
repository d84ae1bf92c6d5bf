// `pnpm build`: the production build — pull from a running CMS → build the site into site/dist
// → accessibility audit of the built site (reports/a11y; any finding fails the build).
// The audit runs here only: the start command's rebuilds on publish call publishSite() directly
// and skip it, since a ~3-minute audit per editor click would hold up every change.
// Env: CMS_URL, CMS_TOKEN. Flags: --allow-invalid.
import { parseArgs } from 'node:util';
import { formatEnvIssues, PullEnvSchema } from '@vg/shared-schema';
import { auditSite } from '../a11y/audit.ts';
import { summarise } from '../a11y/report.ts';
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
  console.log(`Byggt på ${(t.ms / 1000).toFixed(1)} s: ${DIST_DIR}`);
  const { report, files } = await auditSite({ distDir: DIST_DIR, log: console.log });
  console.log(`\n${summarise(report)}\nRapport: ${files.html}`);
  if (!report.passed) throw new UserError('Tillgänglighetsgranskningen hittade brister (se ovan) — bygget misslyckades.');
  console.log(`Klart på ${((t.ms + report.ms.total) / 1000).toFixed(1)} s.`);
});
