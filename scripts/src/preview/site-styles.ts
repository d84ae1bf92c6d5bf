/**
 * The built site's styles, for the preview: a page rendered outside the build gets no CSS of its
 * own, so the preview links the stylesheets the built pages link and serves, as one file, the
 * component styles Astro inlined into them. All of them on every preview: component styles are
 * scoped to their component, so the ones a page does not use change nothing — and a draft that
 * shows a component its published version did not (a chain diagram, say) still gets its styles.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SiteStyles {
  /** Root-relative hrefs of the built stylesheets (served from the built site's folder). */
  sheets: string[];
  /** The inlined component styles, concatenated. */
  inline: string;
}

const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="(\/[^"]+\.css)"/;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro' && entry.name !== 'pagefind') yield* htmlFiles(full);
    } else if (entry.name.endsWith('.html')) yield full;
  }
}

export function collectSiteStyles(distDir: string): SiteStyles {
  const sheets = new Set<string>();
  const inline = new Set<string>();
  if (!fs.existsSync(distDir)) return { sheets: [], inline: '' };
  for (const file of htmlFiles(distDir)) {
    // The styles are in the head; the rest of a page is not read.
    const html = fs.readFileSync(file, 'utf8');
    const head = html.slice(0, html.indexOf('</head>') + 1 || html.length);
    for (const link of head.match(LINK) ?? []) {
      const href = HREF.exec(link)?.[1];
      if (href) sheets.add(href);
    }
    for (const m of head.matchAll(STYLE)) inline.add((m[1] ?? '').trim());
  }
  return { sheets: [...sheets], inline: [...inline].join('\n') };
}

/** The styles of the site currently in distDir, read again only when a new build has been swapped in. */
export function siteStylesOf(distDir: string): () => SiteStyles {
  let seen: { key: string; styles: SiteStyles } | undefined;
  return () => {
    const stat = fs.statSync(distDir, { throwIfNoEntry: false });
    // publishSite swaps a new build in by renaming: a new folder, so a new inode and time.
    const key = stat ? `${stat.ino}:${stat.mtimeMs}` : 'none';
    if (seen?.key !== key) seen = { key, styles: collectSiteStyles(distDir) };
    return seen.styles;
  };
}
