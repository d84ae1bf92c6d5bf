// `pnpm run audit [--dist DIR] [--report-dir DIR]`: the accessibility audit of an already built
// site (site/dist by default). Note the `run`: plain `pnpm audit` is pnpm's own dependency audit.
// Builds nothing. Static checks + html-validate on every page, pa11y-ci (axe and
// HTML_CodeSniffer, WCAG2AA, threshold 0) on every sitemap URL served locally. Writes
// reports/a11y/a11y-report.{json,html}; exits non-zero on any finding.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { A11Y_REPORTS_DIR, auditSite } from '../a11y/audit.ts';
import { summarise } from '../a11y/report.ts';
import { main, UserError } from '../lib/processes.ts';
import { DIST_DIR } from '../site/publish-site.ts';

main(async () => {
  let values: { dist?: string | undefined; 'report-dir'?: string | undefined };
  try {
    values = parseArgs({ options: { dist: { type: 'string' }, 'report-dir': { type: 'string' } }, strict: true }).values;
  } catch (err) {
    throw new UserError(`${(err as Error).message}. Användning: pnpm run audit [--dist KATALOG] [--report-dir KATALOG]`);
  }
  const { report, files } = await auditSite({
    distDir: path.resolve(values.dist ?? DIST_DIR),
    reportDir: values['report-dir'] ? path.resolve(values['report-dir']) : A11Y_REPORTS_DIR,
    log: console.log,
  });
  console.log(`\n${summarise(report)}\n\nRapport: ${files.html}\n         ${files.json}`);
  if (!report.passed) throw new UserError('Tillgänglighetsgranskningen hittade brister (se ovan) — rätta dem och kör pnpm run audit igen.');
});
