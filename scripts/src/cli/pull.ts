// `pnpm pull [--allow-invalid] [--out FILE]`: CMS → validated, normalised snapshot.
// Env: CMS_URL (default http://127.0.0.1:1337), CMS_TOKEN (read-only API token).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatEnvIssues, PullEnvSchema } from '@vg/shared-schema';
import { REPORTS_DIR, SITE_DIR } from '../lib/paths.ts';
import { main, UserError } from '../lib/processes.ts';
import { formatProblem } from '../pull/content-problem.ts';
import { pull } from '../pull/pull.ts';

export const DEFAULT_SNAPSHOT = path.join(SITE_DIR, 'content', 'snapshot.json');

main(async () => {
  let args: ReturnType<typeof parseArgs<{ options: { 'allow-invalid': { type: 'boolean' }; out: { type: 'string' } } }>>;
  try {
    args = parseArgs({ options: { 'allow-invalid': { type: 'boolean' }, out: { type: 'string' } }, strict: true });
  } catch (err) {
    throw new UserError(`${(err as Error).message}. Användning: pnpm pull [--allow-invalid] [--out FIL]`);
  }
  const env = PullEnvSchema.safeParse(process.env);
  if (!env.success) throw new UserError(formatEnvIssues(env.error).join('\n  '));
  const out = path.resolve(args.values.out ?? DEFAULT_SNAPSHOT);
  const reportFile = path.join(REPORTS_DIR, 'content-report.json');
  const result = await pull({
    cmsUrl: env.data.CMS_URL,
    token: env.data.CMS_TOKEN,
    out,
    reportFile,
    allowInvalid: args.values['allow-invalid'] === true,
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
