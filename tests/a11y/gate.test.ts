// Proves the gate works: a page with known violations makes the audit fail, with each violation
// named (rule + element) in the report and the CLI exiting non-zero.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditSite } from '@vg/scripts/a11y/audit.ts';
import type { A11yFinding } from '@vg/scripts/a11y/findings.ts';
import type { A11yReport } from '@vg/scripts/a11y/report.ts';
import { checkPage, runStaticChecks } from '@vg/scripts/a11y/static-checks.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './demo-site.ts';

const BROKEN = path.join(ROOT, 'tests', 'fixtures', 'a11y', 'broken');

describe('the audit fails on a page with known violations', () => {
  let reportDir: string;
  let report: A11yReport;
  const has = (source: A11yFinding['source'], rule: string | RegExp, element: string | RegExp) =>
    report.findings.some(
      (f) =>
        f.source === source &&
        (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)) &&
        (typeof element === 'string' ? f.element.includes(element) : element.test(f.element)),
    );

  beforeAll(async () => {
    reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-a11y-gate-'));
    report = (await auditSite({ distDir: BROKEN, reportDir })).report;
  });
  afterAll(() => fs.rmSync(reportDir, { recursive: true, force: true }));

  it('axe names the image without alt, the unlabelled input and the low-contrast text', () => {
    expect(report.passed).toBe(false);
    expect(has('axe', 'image-alt', '#bild-utan-alt'), JSON.stringify(report.byRule)).toBe(true);
    expect(has('axe', 'label', '#sokfalt')).toBe(true);
    expect(has('axe', 'color-contrast', '#svag-kontrast')).toBe(true);
    const contrast = report.findings.find((f) => f.rule === 'color-contrast');
    expect(contrast?.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\//);
    expect(contrast?.fix).toMatch(/contrast/i);
  });

  it('HTML_CodeSniffer names them too, with a link to the WCAG technique', () => {
    expect(has('htmlcs', /1_1_1\.H37$/, '#bild-utan-alt')).toBe(true);
    expect(has('htmlcs', /4_1_2\.H91\.InputText\.Name$/, '#sokfalt')).toBe(true);
    expect(has('htmlcs', /1_4_3\.G18\.Fail$/, '#svag-kontrast')).toBe(true);
    expect(report.findings.find((f) => f.rule.endsWith('H37'))?.helpUrl).toBe('https://www.w3.org/WAI/WCAG22/Techniques/html/H37');
  });

  it('the static checks and html-validate catch the missing alt and the vague link', () => {
    expect(has('static', 'img-alt', 'img[src="/bild.png"]')).toBe(true);
    expect(has('static', 'vague-link-text', 'a[href="/om"]')).toBe(true);
    expect(has('html-validate', 'wcag/h37', '#bild-utan-alt')).toBe(true);
  });

  it('writes the violations to the JSON and HTML report', () => {
    const json = JSON.parse(fs.readFileSync(path.join(reportDir, 'a11y-report.json'), 'utf8')) as A11yReport;
    expect(json.passed).toBe(false);
    expect(json.findings.map((f) => `${f.rule} ${f.element}`)).toEqual(
      expect.arrayContaining(['image-alt #bild-utan-alt', 'label #sokfalt', 'color-contrast #svag-kontrast']),
    );
    const html = fs.readFileSync(path.join(reportDir, 'a11y-report.html'), 'utf8');
    for (const text of ['<code>image-alt</code>', '<code>#sokfalt</code>', '<code>color-contrast</code>', '<code>/</code>'])
      expect(html).toContain(text);
  });

  it('pnpm audit --dist exits non-zero and prints the summary', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'src', 'cli', 'audit.ts'), '--dist', BROKEN, '--report-dir', reportDir],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Per regel:');
    expect(result.stdout).toMatch(/image-alt \(axe\)/);
    expect(result.stderr).toContain('Tillgänglighetsgranskningen hittade brister');
  });

  it('static checks: a page without lang, h1, skip link or footer link is named on each rule', () => {
    const rules = checkPage(
      '/x',
      '<!doctype html><html><head><title></title></head><body><main><p><a href="/a">här</a></p></main></body></html>',
    ).map((f) => f.rule);
    expect(rules.sort()).toEqual([
      'exactly-one-h1',
      'footer-statement-link',
      'html-lang-sv',
      'main-landmark',
      'skip-link',
      'title-present',
      'vague-link-text',
    ]);
    const hidden = checkPage(
      '/y',
      '<a href="/a">Läs mer<span class="visually-hidden"> om Jonsbo</span></a><a href="/b" aria-label="Läs mer om Heby">Läs mer</a>',
    );
    expect(hidden.filter((f) => f.rule === 'vague-link-text')).toEqual([]);
  });

  it('html-validate: checkboxes of one list may share a name, two text fields may not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-dup-name-'));
    try {
      const field = (id: string, type: string, name: string) =>
        `<label for="${id}">${id}</label><input id="${id}" type="${type}" name="${name}">`;
      fs.writeFileSync(
        path.join(dir, 'index.html'),
        `<!doctype html><html lang="sv"><head><title>Formulär</title></head><body><main><h1>Formulär</h1><form method="post" action="/x">${field('a', 'checkbox', 'lista')}${field('b', 'checkbox', 'lista')}${field('c', 'text', 'namn')}${field('d', 'text', 'namn')}<button type="submit">Skicka</button></form></main></body></html>`,
      );
      const dupes = (await runStaticChecks(dir)).findings.filter((f) => f.rule === 'form-dup-name').map((f) => f.element);
      expect(dupes).toEqual(['#d']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
