/**
 * Renders one page of the site from a given snapshot, with the site's own page components: the
 * preview service's way to show a draft exactly as the build would (layout, glossary links, rich
 * text). The page is found the way Astro routes it (its file under src/pages) and gets the props
 * its own getStaticPaths gives that address, so nothing about a page is written twice.
 */

import { loadRenderers } from 'astro:container';
import { getContainerRenderer as reactRenderer } from '@astrojs/react/container-renderer';
import type { Snapshot } from '@vg/shared-schema';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { withSnapshot } from '../lib/content.ts';

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}
interface PageModule {
  default: Parameters<AstroContainer['renderToString']>[0];
  getStaticPaths?: (options: { paginate: () => never; routePattern: string }) => Promise<StaticPath[]> | StaticPath[];
}

const PAGES = import.meta.glob<PageModule>('../pages/**/*.astro');

interface Route {
  file: string;
  segments: string[];
}

// "../pages/vagval/[slug].astro" → ["vagval", "[slug]"]; an index file is its folder's address.
const ROUTES: Route[] = Object.keys(PAGES)
  .map((file) => ({
    file,
    segments: file
      .replace(/^\.\.\/pages\//, '')
      .replace(/\.astro$/, '')
      .split('/')
      .filter((s, i, all) => !(s === 'index' && i === all.length - 1)),
  }))
  // Astro's priority: a static segment before a parameter, so /vagval/kommun is never read as an insats.
  .sort((a, b) => a.segments.filter(isParam).length - b.segments.filter(isParam).length);

function isParam(segment: string): boolean {
  return /^\[[^.\]]+\]$/.test(segment);
}

/** The page file and its parameters for a site address, or undefined when no page has that address. */
export function routeOf(pathname: string): { file: string; params: Record<string, string> } | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  for (const route of ROUTES) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = route.segments.every((segment, i) => {
      const part = parts[i] as string;
      if (!isParam(segment)) return segment === part;
      params[segment.slice(1, -1)] = part;
      return true;
    });
    if (fits) return { file: route.file, params };
  }
  return undefined;
}

export class PageNotFoundError extends Error {}

let container: Promise<AstroContainer> | undefined;

/**
 * The HTML of the page at `pathname` (no fragment) as the build would write it from `snapshot`.
 * Throws PageNotFoundError when the snapshot gives no page at that address.
 */
export async function renderPage(snapshot: Snapshot, pathname: string, siteUrl: string): Promise<string> {
  const route = routeOf(pathname);
  const load = route && PAGES[route.file];
  if (!route || !load) throw new PageNotFoundError(`Ingen sida på webbplatsen har adressen ${pathname}.`);
  const page = await load();
  // React renders the guide's island on the server, as in the build (its script is left out of a preview).
  container ??= loadRenderers([reactRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers, astroConfig: { site: siteUrl, trailingSlash: 'never' } }),
  );
  const renderer = await container;
  return withSnapshot(snapshot, async () => {
    let props: Record<string, unknown> = {};
    if (page.getStaticPaths) {
      const paths = await page.getStaticPaths({
        paginate: () => {
          throw new Error('Förhandsvisningen kan inte visa sidindelade listor.');
        },
        routePattern: route.file,
      });
      const match = paths.find((p) => Object.entries(route.params).every(([k, v]) => p.params[k] === v));
      if (!match) throw new PageNotFoundError(`Ingen sida på webbplatsen har adressen ${pathname}.`);
      props = match.props ?? {};
    }
    return renderer.renderToString(page.default, {
      props,
      params: route.params,
      request: new Request(new URL(pathname, siteUrl)),
      partial: false,
    });
  });
}
