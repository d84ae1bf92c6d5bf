/** The preview service started as one piece (the CLI, `scripts/vg start`, the tests): the site's renderer and the HTTP server. */
import { createSiteRenderer } from '@vg/site/preview/vite-renderer.ts';
import { SITE_DIR } from '../lib/paths.ts';
import { createPreviewServer, type PreviewServerOptions } from './preview-server.ts';

export interface PreviewService {
  url: string;
  close(): Promise<void>;
}

export async function startPreviewService(
  options: Omit<PreviewServerOptions, 'renderer'> & { host: string; port: number },
): Promise<PreviewService> {
  const renderer = await createSiteRenderer(SITE_DIR);
  const server = createPreviewServer({ ...options, renderer });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, resolve);
    });
  } catch (error) {
    await renderer.close();
    throw error;
  }
  return {
    url: `http://${options.host}:${options.port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await renderer.close();
    },
  };
}
