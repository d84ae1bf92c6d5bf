import fs from 'node:fs';
import path from 'node:path';
import { type A11yFinding, countByRule } from './findings.ts';

export interface A11yReport {
  generatedAt: string;
  distDir: string;
  /** Pages the static checks read (every .html) and pages pa11y audited (every sitemap URL). */
  staticPages: number;
  auditedPages: number;
  ms: { total: number; static: number; pa11y: number };
  /** Machine load while the audit ran (1-minute load average at start and end, and the core count): explains slow runs. */
  load: { start: number; end: number; cores: number };
  passed: boolean;
  byRule: ReturnType<typeof countByRule>;
  findings: A11yFinding[];
}

export function buildReport(input: Omit<A11yReport, 'generatedAt' | 'passed' | 'byRule'>): A11yReport {
  return { generatedAt: new Date().toISOString(), passed: input.findings.length === 0, byRule: countByRule(input.findings), ...input };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The report as an accessible HTML page: a summary per rule, then a table per page. */
export function reportHtml(report: A11yReport): string {
  const byPage = new Map<string, A11yFinding[]>();
  for (const f of report.findings) byPage.set(f.page, [...(byPage.get(f.page) ?? []), f]);
  const status = report.passed
    ? `<p>Inga brister: ${report.auditedPages} sidor granskade med pa11y (axe och HTML_CodeSniffer, WCAG 2 AA) och ${report.staticPages} sidor med de statiska kontrollerna.</p>`
    : `<p><strong>${report.findings.length} brister</strong> på ${byPage.size} sidor.</p>`;
  const rules = report.byRule
    .map((r) => `<tr><td><code>${esc(r.rule)}</code></td><td>${esc(r.source)}</td><td>${r.count}</td></tr>`)
    .join('\n');
  const pages = [...byPage]
    .map(
      ([page, findings]) => `<section>
<h2><code>${esc(page)}</code> (${findings.length})</h2>
<table>
<thead><tr><th scope="col">Regel</th><th scope="col">Element</th><th scope="col">Så rättar du</th></tr></thead>
<tbody>
${findings
  .map(
    (f) =>
      `<tr><td><code>${esc(f.rule)}</code><br>${esc(f.source)}</td><td><code>${esc(f.element)}</code>${f.context ? `<pre>${esc(f.context)}</pre>` : ''}</td><td>${esc(f.fix)}${f.helpUrl ? ` <a href="${esc(f.helpUrl)}">Mer om regeln <code>${esc(f.rule)}</code></a>` : ''}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tillgänglighetsgranskning ${esc(report.generatedAt)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:75rem;margin:auto;padding:1rem;line-height:1.5}table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:.4rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap;word-break:break-all;font-size:.85em}a{color:#1d4f91}</style>
</head>
<body>
<main>
<h1>Tillgänglighetsgranskning</h1>
<p>${esc(report.generatedAt)}, ${esc(report.distDir)}, ${(report.ms.total / 1000).toFixed(1)} s (statiska kontroller ${(report.ms.static / 1000).toFixed(1)} s, pa11y ${(report.ms.pa11y / 1000).toFixed(1)} s), belastning ${report.load.start.toFixed(1)}→${report.load.end.toFixed(1)} på ${report.load.cores} kärnor.</p>
${status}
${
  report.byRule.length
    ? `<h2>Per regel</h2>
<table><thead><tr><th scope="col">Regel</th><th scope="col">Källa</th><th scope="col">Antal</th></tr></thead><tbody>
${rules}
</tbody></table>`
    : ''
}
${pages}
</main>
</body>
</html>
`;
}

/** Writes a11y-report.json and a11y-report.html into dir; returns their paths. */
export function writeReport(dir: string, report: A11yReport): { json: string; html: string } {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'a11y-report.json');
  const html = path.join(dir, 'a11y-report.html');
  fs.writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(html, reportHtml(report));
  return { json, html };
}

/** A short text summary for the terminal: counts per rule and the first issues. */
export function summarise(report: A11yReport, firstIssues = 10): string {
  const lines = [
    report.passed
      ? `Tillgänglighet: inga brister (${report.auditedPages} sidor med pa11y, ${report.staticPages} med statiska kontroller, ${(report.ms.total / 1000).toFixed(1)} s).`
      : `Tillgänglighet: ${report.findings.length} brister (${report.auditedPages} sidor med pa11y, ${report.staticPages} med statiska kontroller, ${(report.ms.total / 1000).toFixed(1)} s).`,
  ];
  if (!report.passed) {
    lines.push('', 'Per regel:');
    for (const r of report.byRule) lines.push(`  ${String(r.count).padStart(4)}  ${r.rule} (${r.source})`);
    lines.push('', `De första ${Math.min(firstIssues, report.findings.length)}:`);
    for (const f of report.findings.slice(0, firstIssues)) {
      lines.push(`  ${f.page}  [${f.rule}]  ${f.element}`, `      ${f.fix}${f.helpUrl ? ` (${f.helpUrl})` : ''}`);
    }
  }
  return lines.join('\n');
}
