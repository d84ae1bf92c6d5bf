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
  // Astro and Vite set NODE_ENV=development in their host process when it is unset, while setting
  // up and while the dev app starts. Put back once all of that is done, so that what this process
  // starts later (`scripts/vg start` rebuilds the site after each publish) is not a development
  // build: the site caches its content only in production.
  const nodeEnv = process.env.NODE_ENV;
  const restoreNodeEnv = () => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  };
  try {
    const config = await getViteConfig(
      // No watcher and no HMR: the service renders what is on disk, it does not develop it.
      { root: siteDir, appType: 'custom', logLevel: 'warn', server: { middlewareMode: true, hmr: false, watch: null } },
      { root: siteDir, devToolbar: { enabled: false } },
    )({ command: 'serve', mode: 'development' });
    const vite = await createServer({ ...config, configFile: false });
    // Astro's plugin sets up its own dev app in the background; closing before it is ready logs
    // an error, so it is awaited (a global symbol Astro defines for this).
    const ready = (vite as unknown as Record<symbol, Promise<void> | undefined>)[Symbol.for('astro.devServerAppReady')];
    const mod = (await vite.ssrLoadModule(path.join(siteDir, 'src', 'preview', 'render-page.ts'))) as RenderModule;
    await ready;
    return {
      render: (snapshot, pathname, siteUrl) => mod.renderPage(snapshot, pathname, siteUrl),
      isPageNotFound: (error) => error instanceof mod.PageNotFoundError,
      close: () => vite.close(),
    };
  } finally {
    restoreNodeEnv();
  }
}
