// pa11y-ci over every page in the built site's sitemap, served locally, with both runners
// (axe and HTML_CodeSniffer), standard WCAG2AA, threshold 0, in Debian's Chromium.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium } from '../lib/chromium.ts';
import { createStaticServer } from '../site/static-server.ts';
import type { A11yFinding } from './findings.ts';
import { auditPaths } from './sitemap.ts';
import { loadAuditTool } from './tools.ts';

/** Flags for pa11y's Chromium (puppeteer adds headless itself); no network of its own, /tmp instead of a small /dev/shm. */
export const PA11Y_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
/** Two pages at a time: this machine has 2 cores, and each page runs two runners. */
export const PA11Y_CONCURRENCY = 2;

interface Pa11yIssue {
  code: string;
  type: string;
  message: string;
  context: string | null;
  selector: string;
  runner: string;
  runnerExtras?: { description?: string; impact?: string; help?: string; helpUrl?: string };
}
interface Pa11yCiReport {
  total: number;
  passes: number;
  errors: number;
  results: Record<string, (Pa11yIssue | Error)[]>;
}
type Pa11yCi = (urls: string[], options: Record<string, unknown>) => Promise<Pa11yCiReport>;

export interface Pa11yAuditOptions {
  distDir: string;
  /** Pages at a time (default PA11Y_CONCURRENCY). */
  concurrency?: number;
  /** Milliseconds a page may take to load and be tested (default 60 s). */
  timeout?: number;
  /** Also keep pa11y-ci's own JSON report here (default: a temp file, removed). */
  rawReportFile?: string;
}

export interface Pa11yAuditResult {
  /** URL paths audited (every sitemap entry). */
  pages: string[];
  findings: A11yFinding[];
  ms: number;
}

/** A link to the WCAG technique that an HTML_CodeSniffer code names ("…1_1_1.H37" → H37). */
export function htmlcsHelpUrl(code: string): string | undefined {
  const technique = code.split('.')[4]?.split(',')[0] ?? '';
  const m = /^(ARIA|SCR|H|G|C|F)(\d+)$/.exec(technique);
  if (!m) return undefined;
  const folder: Record<string, string> = { ARIA: 'aria', SCR: 'client-side-script', H: 'html', G: 'general', C: 'css', F: 'failures' };
  return `https://www.w3.org/WAI/WCAG22/Techniques/${folder[m[1] ?? ''] ?? 'general'}/${technique}`;
}

function toFinding(page: string, item: Pa11yIssue | Error): A11yFinding {
  if (item instanceof Error || !('code' in item)) {
    return {
      page,
      source: 'pa11y',
      rule: 'page-error',
      element: 'document',
      fix: `Sidan kunde inte granskas: ${(item as Error).message} — kontrollera att den laddar utan fel i Chromium.`,
    };
  }
  const isAxe = item.runner === 'axe';
  return {
    page,
    source: isAxe ? 'axe' : 'htmlcs',
    rule: item.code,
    element: item.selector || 'document',
    fix: item.message,
    helpUrl: isAxe ? item.runnerExtras?.helpUrl : htmlcsHelpUrl(item.code),
    context: item.context ?? undefined,
  };
}

/** Serves distDir on a free loopback port and audits every sitemap URL and every noindex page with pa11y-ci. */
export async function runPa11yAudit(options: Pa11yAuditOptions): Promise<Pa11yAuditResult> {
  const started = Date.now();
  const executablePath = ensureChromium();
  const pages = auditPaths(options.distDir);
  const pa11yCi = loadAuditTool<Pa11yCi>('pa11y-ci');
  const server = createStaticServer(options.distDir);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-pa11y-'));
  try {
    const report = await pa11yCi(
      pages.map((p) => `${origin}${p}`),
      {
        concurrency: options.concurrency ?? PA11Y_CONCURRENCY,
        standard: 'WCAG2AA',
        runners: ['axe', 'htmlcs'],
        threshold: 0,
        timeout: options.timeout ?? 60_000,
        // pa11y-ci merges its defaults deeply, so [] would still get its 'cli' reporter; its JSON
        // reporter into a file keeps the terminal quiet (we print our own summary).
        reporters: [['json', { fileName: options.rawReportFile ?? path.join(tempDir, 'pa11y-ci.json') }]],
        // A static site needs no isolation between pages; a fresh context per URL only costs time.
        useIncognitoBrowserContext: false,
        chromeLaunchConfig: { executablePath, args: PA11Y_CHROMIUM_ARGS },
      },
    );
    const findings: A11yFinding[] = [];
    for (const [url, items] of Object.entries(report.results)) {
      const page = url.startsWith(origin) ? url.slice(origin.length) || '/' : url;
      for (const item of items) findings.push(toFinding(page, item));
    }
    return { pages, findings, ms: Date.now() - started };
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
