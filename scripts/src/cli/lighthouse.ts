// `pnpm lighthouse [--dist DIR]`: Lighthouse (mobile, Debian's Chromium) on the home page, an insats
// page, a chain page and the guide page. Targets (issue 5): Performance ≥ 98; Accessibility,
// Best Practices and SEO = 100. Builds the site from the fixture snapshot unless --dist is given.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { REPORTS_DIR, SITE_DIR } from '../lib/paths.ts';
import { findFreePort } from '../lib/ports.ts';
import { main, stopChild, UserError } from '../lib/processes.ts';
import { buildSite } from '../site/build-site.ts';
import { createStaticServer } from '../site/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

function firstPage(dist: string, section: string): string {
  const dir = path.join(dist, section);
  const slug = fs.readdirSync(dir).find((d) => fs.existsSync(path.join(dir, d, 'index.html')));
  if (!slug) throw new UserError(`Hittade ingen sida under /${section} i ${dist}.`);
  return `/${section}/${slug}`;
}

main(async () => {
  let dist: string | undefined;
  try {
    dist = parseArgs({ options: { dist: { type: 'string' } }, strict: true }).values.dist;
  } catch (err) {
    throw new UserError(`${(err as Error).message}. Användning: pnpm lighthouse [--dist MAPP]`);
  }
  if (!dist) {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-lighthouse-'));
    await buildSite(dist, { SNAPSHOT_PATH: path.join(SITE_DIR, 'test', 'fixtures', 'snapshot.json') });
  }
  const pages = ['/', firstPage(dist, 'vagval'), firstPage(dist, 'sa-fungerar-valfardssystemet'), '/hitta-ratt'];
  const server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const port = await findFreePort();
  const chrome = spawn(
    ensureChromium(),
    [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${fs.mkdtempSync(path.join(os.tmpdir(), 'vg-lh-profile-'))}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    for (let i = 0; i < 80; i++) {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`).catch(() => null))?.ok) break;
      await sleep(250);
    }
    const rows: { page: string; scores: Record<string, number> }[] = [];
    for (const page of pages) {
      const result = await lighthouse(`${base}${page}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new UserError(`Lighthouse gav inget resultat för ${page}.`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]));
      rows.push({ page, scores });
      console.log(
        `${page.padEnd(48)} ${CATEGORIES.map((c) => `${c} ${scores[c]}${(scores[c] ?? 0) >= TARGET[c] ? '✔' : '✖'}`).join('  ')}`,
      );
    }
    fs.mkdirSync(REPORTS_DIR, { recursive: true });
    fs.writeFileSync(
      path.join(REPORTS_DIR, 'lighthouse.json'),
      `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`,
    );
    const misses = rows.flatMap((r) =>
      CATEGORIES.filter((c) => (r.scores[c] ?? 0) < TARGET[c]).map((c) => `${r.page} ${c} ${r.scores[c]}`),
    );
    if (misses.length > 0) throw new UserError(`Under målet: ${misses.join(', ')}`);
    console.log('Alla sidor når målen.');
  } finally {
    await stopChild(chrome);
    server.close();
  }
});
