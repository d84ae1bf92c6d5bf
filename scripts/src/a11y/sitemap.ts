import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { builtHtmlPages } from './static-checks.ts';

/** URL paths (with any query) of every <loc> in the built site's sitemap.xml, in sitemap order. */
export function sitemapPaths(distDir: string): string[] {
  const file = path.join(distDir, 'sitemap.xml');
  if (!fs.existsSync(file)) throw new UserError(`${file} finns inte — bygg webbplatsen först (pnpm build) eller ange --dist.`);
  const xml = fs.readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => {
    const loc = (m[1] ?? '').replace(/&amp;/g, '&');
    try {
      const url = new URL(loc);
      return `${url.pathname}${url.search}`;
    } catch {
      throw new UserError(`${file}: "${loc}" är ingen giltig URL — sitemapen ska ha absoluta adresser.`);
    }
  });
  if (paths.length === 0) throw new UserError(`${file} listar inga sidor (<loc>).`);
  return [...new Set(paths)];
}

/**
 * What the audit visits: every sitemap page plus the built pages kept out of the sitemap on
 * purpose (noindex: the 404 and the receipt and error pages the forms lead to), so no page a
 * visitor can reach escapes the audit.
 */
export function auditPaths(distDir: string): string[] {
  const paths = sitemapPaths(distDir);
  const listed = new Set(paths);
  const noindex = [...builtHtmlPages(distDir)]
    .filter(([p, html]) => !listed.has(p) && html.includes('<meta name="robots" content="noindex">'))
    .map(([p]) => p)
    .sort();
  return [...paths, ...noindex];
}
