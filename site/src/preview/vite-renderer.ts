/**
 * The site's pages, compiled on demand for the preview service (scripts/src/preview): a Vite
 * server in middleware mode over this folder, with Astro's own Vite setup (getViteConfig), that
 * loads render-page.ts. The first page compiles the components it needs; later ones reuse them.
 */
import path from 'node:path';
import type { Snapshot } from '@vg/shared-schema';
import { getViteConfig } from 'astro/config';
import { createServer } from 'vite';

export interface SiteRenderer {
  /** The page at `pathname` as the build would write it from `snapshot`. */
  render(snapshot: Snapshot, pathname: string, siteUrl: string): Promise<string>;
  /** Whether an error from render means "no such page" (as opposed to a broken component). */
  isPageNotFound(error: unknown): boolean;
  close(): Promise<void>;
}

interface RenderModule {
  renderPage: SiteRenderer['render'];
  PageNotFoundError: new (...args: never[]) => Error;
}

export async function createSiteRenderer(siteDir: string): Promise<SiteRenderer> {
  const config = await getViteConfig(
    // No watcher and no HMR: the service renders what is on disk, it does not develop it.
    { root: siteDir, appType: 'custom', logLevel: 'warn', server: { middlewareMode: true, hmr: false, watch: null } },
    { root: siteDir, devToolbar: { enabled: false } },
  )({ command: 'serve', mode: 'development' });
  const vite = await createServer({ ...config, configFile: false });
  // Astro's plugin sets up its own dev app in the background; closing before it is ready logs an
  // error, so wait for it (a global symbol Astro defines for this).
  const ready = (vite as unknown as Record<symbol, Promise<void> | undefined>)[Symbol.for('astro.devServerAppReady')];
  const mod = (await vite.ssrLoadModule(path.join(siteDir, 'src', 'preview', 'render-page.ts'))) as RenderModule;
  return {
    render: (snapshot, pathname, siteUrl) => mod.renderPage(snapshot, pathname, siteUrl),
    isPageNotFound: (error) => error instanceof mod.PageNotFoundError,
    close: async () => {
      await ready;
      await vite.close();
    },
  };
}
