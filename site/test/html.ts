/** Small helpers for checking built HTML without a DOM library. */
import fs from 'node:fs';
import path from 'node:path';

/** Every .html file under dir, keyed by its URL path ("/vagval/jonsbo", "/", "/404.html"). */
export function builtPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.set(urlPathOf(dir, full), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return pages;
}

function urlPathOf(root: string, file: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'/index.html'.length)}`;
  return `/${rel}`;
}

/** Does a built file answer this URL path (as a static host would: /x → x/index.html, x.html or the file x)? */
export function targetExists(dir: string, urlPath: string): boolean {
  const clean = decodeURIComponent(urlPath).replace(/\/$/, '');
  const candidates = clean === '' ? ['index.html'] : [`${clean}/index.html`, `${clean}.html`, clean];
  return candidates.some((c) => fs.existsSync(path.join(dir, c)) && fs.statSync(path.join(dir, c)).isFile());
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

export const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** Every <a href> with its visible text (aria-label wins when present). */
export function links(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const href = decodeEntities(/href="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const label = /aria-label="([^"]*)"/.exec(attrs)?.[1];
    return { href, text: label ? decodeEntities(label) : textOf(m[2] ?? '') };
  });
}

/** Headings followed by nothing before the next heading or the end of their section: an empty section. */
export function emptyHeadings(html: string): string[] {
  const found: string[] = [];
  const re = /<(h[1-6])[^>]*>([\s\S]*?)<\/\1>\s*(?=<\/section>|<\/article>|<\/main>|<h[1-6][\s>])/g;
  for (const m of html.matchAll(re)) {
    const next = html.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4);
    // A heading directly followed by a deeper heading is a section with subsections, not an empty one.
    const level = Number(m[1]?.slice(1));
    const nextLevel = /^<h([1-6])/.exec(next)?.[1];
    if (nextLevel && Number(nextLevel) > level) continue;
    found.push(textOf(m[2] ?? ''));
  }
  return found;
}

/** The JSON-LD objects on a page. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? 'null'));
}
