// `pnpm pull [--allow-invalid] [--allow-shrink] [--out FILE]`: CMS → validated, normalised snapshot.
// Env: CMS_URL (default http://127.0.0.1:1337), CMS_TOKEN (read-only API token), VG_CMS_PUBLIC_URL
// (the CMS's public address, for the report's links; default CMS_URL),
// VG_PULL_MAX_SHRINK (share of a collection a pull may lose without --allow-shrink, default 0.2).
import path from 'node:path';
import { formatEnvIssues, PullEnvSchema } from '@vg/shared-schema';
import { parseFlags } from '../lib/flags.ts';
import { REPORTS_DIR, SITE_DIR } from '../lib/paths.ts';
import { main, UserError } from '../lib/processes.ts';
import { formatProblem, publicCmsUrl } from '../pull/content-problem.ts';
import { pull } from '../pull/pull.ts';

export const DEFAULT_SNAPSHOT = path.join(SITE_DIR, 'content', 'snapshot.json');
const USAGE = 'pnpm pull [--allow-invalid] [--allow-shrink] [--out FIL]';

main(async () => {
  const flags = parseFlags({ 'allow-invalid': { type: 'boolean' }, 'allow-shrink': { type: 'boolean' }, out: { type: 'string' } }, USAGE);
  if (flags.out !== undefined && flags.out.trim() === '') throw new UserError(`Flaggan --out behöver ett filnamn. Användning: ${USAGE}`);
  const env = PullEnvSchema.safeParse(process.env);
  if (!env.success) throw new UserError(formatEnvIssues(env.error).join('\n  '));
  const out = path.resolve(flags.out ?? DEFAULT_SNAPSHOT);
  const reportFile = path.join(REPORTS_DIR, 'content-report.json');
  const result = await pull({
    cmsUrl: env.data.CMS_URL,
    publicCmsUrl: publicCmsUrl(process.env, env.data.CMS_URL),
    token: env.data.CMS_TOKEN,
    out,
    reportFile,
    allowInvalid: flags['allow-invalid'] === true,
    allowShrink: flags['allow-shrink'] === true,
    maxShrink: env.data.VG_PULL_MAX_SHRINK,
    platserMaxAgeDays: env.data.VG_LEDIGA_PLATSER_MAX_DAGAR,
  });
  for (const p of result.problems) console.log(formatProblem(p));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  console.log(
    `\nHämtade ${total} poster på ${(result.ms / 1000).toFixed(1)} s. ${result.stale.length} behöver granskas. Rapport: ${reportFile}`,
  );
  if (!result.written) {
    throw new UserError(
      `${errors} fel i innehållet — ögonblicksbilden skrevs inte (den förra finns kvar). Rätta posterna ovan, eller kör med --allow-invalid för att bygga utan dem.`,
    );
  }
  console.log(`Ögonblicksbilden skrevs till ${out}.`);
});
