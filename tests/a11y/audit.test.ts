// The accessibility audit as part of the test command: the demo site, built from the fixture
// snapshot, passes the static checks and pa11y (axe + HTML_CodeSniffer, WCAG2AA) with 0 issues.
// The report (reports/a11y) and the audited site (reports/site) are kept for CI to upload.
// The audit's duration is printed, not asserted: speed targets belong to benchmarks.
import fs from 'node:fs';
import path from 'node:path';
import { auditSite } from '@vg/scripts/a11y/audit.ts';
import { summarise } from '@vg/scripts/a11y/report.ts';
import { auditPaths, sitemapPaths } from '@vg/scripts/a11y/sitemap.ts';
import { REPORTS_DIR } from '@vg/scripts/lib/paths.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSite } from './demo-site.ts';

describe('accessibility audit of the demo site', () => {
  let site: Awaited<ReturnType<typeof buildDemoSite>>;
  let reportDir: string;
  beforeAll(async () => {
    reportDir = path.join(REPORTS_DIR, 'a11y');
    site = await buildDemoSite();
  });
  afterAll(() => {
    if (site) {
      const keep = path.join(REPORTS_DIR, 'site');
      fs.rmSync(keep, { recursive: true, force: true });
      fs.cpSync(site.dir, keep, { recursive: true });
    }
    site?.remove();
  });

  it('every page passes the static checks and pa11y with 0 issues', async () => {
    const { report, files } = await auditSite({ distDir: site.dir, reportDir });
    console.log(summarise(report));
    expect(report.findings, summarise(report)).toEqual([]);
    expect(report.passed).toBe(true);
    // Every built page: the sitemap's and the noindex ones outside it (404, form receipts and errors).
    expect(report.auditedPages).toBe(auditPaths(site.dir).length);
    expect(report.staticPages).toBe(report.auditedPages);
    expect(auditPaths(site.dir)).toEqual(
      expect.arrayContaining(['/404.html', '/lamna-forslag/kvitto', '/aterkoppling/fel', '/lediga-platser/tack', '/lediga-platser/fel']),
    );
    expect(sitemapPaths(site.dir)).not.toContain('/404.html');
    console.log(
      `Granskningen tog ${(report.ms.total / 1000).toFixed(1)} s (statiskt ${(report.ms.static / 1000).toFixed(1)} s, pa11y ${(report.ms.pa11y / 1000).toFixed(1)} s för ${report.auditedPages} sidor), belastning ${report.load.start.toFixed(1)}→${report.load.end.toFixed(1)} på ${report.load.cores} kärnor.`,
    );
    expect(JSON.parse(fs.readFileSync(files.json, 'utf8')).passed).toBe(true);
    expect(fs.readFileSync(files.html, 'utf8')).toContain('Inga brister');
  });
});
