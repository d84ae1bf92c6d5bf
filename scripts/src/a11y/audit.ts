import os from 'node:os';
import path from 'node:path';
import { REPORTS_DIR } from '../lib/paths.ts';
import { runPa11yAudit } from './pa11y-audit.ts';
import { type A11yReport, buildReport, writeReport } from './report.ts';
import { runStaticChecks } from './static-checks.ts';

export const A11Y_REPORTS_DIR = path.join(REPORTS_DIR, 'a11y');

export interface AuditOptions {
  distDir: string;
  /** Where a11y-report.json and a11y-report.html go (default reports/a11y). */
  reportDir?: string;
  /** Print progress lines. */
  log?: (line: string) => void;
}

/** Static checks + pa11y over a built site; writes the report. Never throws on findings: read report.passed. */
export async function auditSite(options: AuditOptions): Promise<{ report: A11yReport; files: { json: string; html: string } }> {
  const started = Date.now();
  const loadStart = os.loadavg()[0] ?? 0;
  const distDir = path.resolve(options.distDir);
  const log = options.log ?? (() => {});
  log(`Statiska kontroller och html-validate på varje sida i ${distDir}…`);
  const statics = await runStaticChecks(distDir);
  log(`  ${statics.pages.length} sidor, ${statics.findings.length} brister (${(statics.ms / 1000).toFixed(1)} s)`);
  log('pa11y-ci (axe + HTML_CodeSniffer, WCAG2AA) på varje sida i sitemap.xml…');
  const pa11y = await runPa11yAudit({ distDir });
  log(`  ${pa11y.pages.length} sidor, ${pa11y.findings.length} brister (${(pa11y.ms / 1000).toFixed(1)} s)`);
  const report = buildReport({
    distDir,
    staticPages: statics.pages.length,
    auditedPages: pa11y.pages.length,
    ms: { total: Date.now() - started, static: statics.ms, pa11y: pa11y.ms },
    load: { start: loadStart, end: os.loadavg()[0] ?? 0, cores: os.availableParallelism() },
    findings: [...statics.findings, ...pa11y.findings],
  });
  return { report, files: writeReport(options.reportDir ?? A11Y_REPORTS_DIR, report) };
}
