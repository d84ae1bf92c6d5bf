// The accessibility audit as part of the test command: the demo site, built from the fixture
// snapshot, passes the static checks and pa11y (axe + HTML_CodeSniffer, WCAG2AA) with 0 issues,
// within the 3-minute budget.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditSite } from '@vg/scripts/a11y/audit.ts';
import { summarise } from '@vg/scripts/a11y/report.ts';
import { sitemapPaths } from '@vg/scripts/a11y/sitemap.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSite } from './demo-site.ts';

describe('accessibility audit of the demo site', () => {
  let site: Awaited<ReturnType<typeof buildDemoSite>>;
  let reportDir: string;
  beforeAll(async () => {
    reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-a11y-report-'));
    site = await buildDemoSite();
  });
  afterAll(() => {
    site?.remove();
    if (reportDir) fs.rmSync(reportDir, { recursive: true, force: true });
  });

  it('every page passes the static checks and pa11y with 0 issues, in under 3 minutes', async () => {
    const { report, files } = await auditSite({ distDir: site.dir, reportDir });
    console.log(summarise(report));
    expect(report.findings, summarise(report)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.auditedPages).toBe(sitemapPaths(site.dir).length);
    expect(report.staticPages).toBe(report.auditedPages + 1); // + 404.html, which is not in the sitemap
    // The budget is 3 minutes on this machine (2 cores). When other work saturates the machine
    // (load average above twice the cores, e.g. a Strapi build next door) the wall time says
    // nothing about the audit, so the budget is then reported rather than asserted.
    const busy = Math.max(report.load.start, report.load.end) > 2 * report.load.cores;
    const line = `Granskningen tog ${(report.ms.total / 1000).toFixed(1)} s (statiskt ${(report.ms.static / 1000).toFixed(1)} s, pa11y ${(report.ms.pa11y / 1000).toFixed(1)} s för ${report.auditedPages} sidor), belastning ${report.load.start.toFixed(1)}→${report.load.end.toFixed(1)} på ${report.load.cores} kärnor.`;
    console.log(line);
    if (busy) console.warn(`Maskinen var upptagen av annat arbete — 3-minutersgränsen kontrolleras inte den här gången. ${line}`);
    else expect(report.ms.total, line).toBeLessThanOrEqual(180_000);
    expect(JSON.parse(fs.readFileSync(files.json, 'utf8')).passed).toBe(true);
    expect(fs.readFileSync(files.html, 'utf8')).toContain('Inga brister');
  });
});
