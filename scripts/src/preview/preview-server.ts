/**
 * The preview service: shows an editor's draft as a page of the site, inside the admin's preview
 * panel (Strapi's Preview, configured in cms/config/admin.ts).
 *
 *   GET /forhandsvisning?token=…   the draft the token names, rendered by the site's own pages
 *                                  from the published snapshot with the draft in it
 *   GET /forhandsvisning/stilar.css, /_astro/*.css   the built site's styles
 *
 * The service holds no secret and no CMS credentials: it passes the token to the CMS
 * (GET /forhandsvisning/utkast), which alone checks it and answers with that one draft. Every
 * answer is no-store and noindex, framed only by the admin, and anything else is a 404.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Snapshot } from '@vg/shared-schema';
import { readSnapshotFile } from '@vg/site/content/snapshot-loader.ts';
import type { SiteRenderer } from '@vg/site/preview/vite-renderer.ts';
import { resolveStaticFile } from '../site/static-server.ts';
import { type Draft, snapshotWithDraft } from './draft-snapshot.ts';
import { messagePage, PREVIEW_STYLES_PATH, previewHeaders, previewPage, previewStylesheet } from './preview-page.ts';
import { siteStylesOf } from './site-styles.ts';

export const PREVIEW_PAGE_PATH = '/forhandsvisning';
/** The CMS route that hands out the draft a token names (cms/src/preview/draft-route.ts). */
export const CMS_DRAFT_PATH = '/forhandsvisning/utkast';

export interface PreviewServerOptions {
  /** Where the service reaches the CMS (may be an internal address). */
  cmsUrl: string;
  /** The admin's address (or addresses, locally localhost and 127.0.0.1): the only origins that may frame the preview and ask it to reload. */
  adminOrigin: string | readonly string[];
  /** The public site's address, for the pages' absolute links. */
  siteUrl: string;
  /** The published snapshot the site was built from. */
  snapshotFile: string;
  /** The built site, for its styles. */
  distDir: string;
  renderer: SiteRenderer;
  /** Extra origins images may come from (the CMS's uploads on http:// locally). */
  imageOrigins?: readonly string[];
  /** How long to wait for the CMS. */
  cmsTimeoutMs?: number;
}

interface DraftAnswer {
  data?: Draft & { status: string };
  error?: { message?: string };
}

class Refusal extends Error {
  readonly status: number;
  readonly title: string;
  constructor(status: number, title: string, message: string) {
    super(message);
    this.status = status;
    this.title = title;
  }
}

async function fetchDraft(options: PreviewServerOptions, token: string): Promise<Draft> {
  let res: Response;
  try {
    res = await fetch(new URL(CMS_DRAFT_PATH, options.cmsUrl), {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(options.cmsTimeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new Refusal(
      502,
      'CMS:et svarar inte',
      `Förhandsvisningen kunde inte hämta utkastet från CMS:et (${(error as Error).message}). Försök igen om en stund.`,
    );
  }
  const body = (await res.json().catch(() => ({}))) as DraftAnswer;
  if (res.status === 401)
    throw new Refusal(401, 'Länken gäller inte', body.error?.message ?? 'Öppna förhandsvisningen igen från posten i CMS:et.');
  if (res.status === 404) throw new Refusal(404, 'Posten finns inte', body.error?.message ?? 'Posten finns inte längre.');
  if (!res.ok || !body.data?.entry)
    throw new Refusal(502, 'CMS:et svarade med ett fel', `CMS:et svarade ${res.status}. Försök igen om en stund.`);
  return body.data;
}

export function createPreviewServer(options: PreviewServerOptions): http.Server {
  const adminOrigins = (typeof options.adminOrigin === 'string' ? [options.adminOrigin] : options.adminOrigin).map(
    (a) => new URL(a).origin,
  );
  const headers = previewHeaders(adminOrigins, options.imageOrigins ?? []);
  const styles = siteStylesOf(options.distDir);
  const distRoot = path.resolve(options.distDir);

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { ...headers, 'Content-Type': type });
    res.end(body);
  };
  const sendMessage = (
    res: http.ServerResponse,
    status: number,
    title: string,
    text: string,
    problems = [] as Parameters<typeof messagePage>[2],
  ) => send(res, status, 'text/html; charset=utf-8', messagePage(title, text, problems));

  async function preview(token: string): Promise<{ status: number; html: string }> {
    const draft = await fetchDraft(options, token);
    const published: Snapshot = readSnapshotFile(options.snapshotFile);
    const result = snapshotWithDraft(published, draft, { cmsUrl: options.cmsUrl });
    if (!result.path) {
      return {
        status: 422,
        html: messagePage(
          'Utkastet kan inte visas än',
          'Webbplatsen skulle inte kunna visa posten som den är nu. Rätta det som står nedan och spara, så visas sidan här.',
          result.problems,
        ),
      };
    }
    const pathname = result.path.split('#')[0] || '/';
    let html: string;
    try {
      html = await options.renderer.render(result.snapshot, pathname, options.siteUrl);
    } catch (error) {
      if (!options.renderer.isPageNotFound(error)) throw error;
      return {
        status: 422,
        html: messagePage(
          'Sidan finns inte på webbplatsen',
          `Webbplatsen har ingen sida på adressen ${pathname}. Kontrollera adressnamnet.`,
        ),
      };
    }
    return { status: 200, html: previewPage(html, { styles: styles(), adminOrigins, problems: result.problems }) };
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendMessage(res, 405, 'Fel sorts anrop', 'Förhandsvisningen kan bara visas, inte ändras.');
      return;
    }
    if (url.pathname === PREVIEW_STYLES_PATH) {
      send(res, 200, 'text/css; charset=utf-8', previewStylesheet(styles()));
      return;
    }
    if (url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.css')) {
      const file = resolveStaticFile(distRoot, url.pathname);
      if (file) send(res, 200, 'text/css; charset=utf-8', fs.readFileSync(file));
      else sendMessage(res, 404, 'Finns inte', 'Stilmallen finns inte i den byggda webbplatsen.');
      return;
    }
    if (url.pathname === '/robots.txt') {
      send(res, 200, 'text/plain; charset=utf-8', 'User-agent: *\nDisallow: /\n');
      return;
    }
    if (url.pathname !== PREVIEW_PAGE_PATH) {
      sendMessage(
        res,
        404,
        'Bara utkastet visas här',
        'Förhandsvisningen visar bara utkastet du öppnade. Länkar på sidan fungerar på den publicerade webbplatsen.',
      );
      return;
    }
    const token = url.searchParams.get('token');
    if (!token) {
      sendMessage(res, 401, 'Länken gäller inte', 'Förhandsvisningen saknar en giltig länk. Öppna förhandsvisningen från posten i CMS:et.');
      return;
    }
    preview(token).then(
      ({ status, html }) => send(res, status, 'text/html; charset=utf-8', html),
      (error: unknown) => {
        if (error instanceof Refusal) sendMessage(res, error.status, error.title, error.message);
        else {
          console.error(`Förhandsvisningen misslyckades: ${(error as Error).stack ?? error}`);
          sendMessage(
            res,
            500,
            'Förhandsvisningen gick inte att visa',
            'Något gick fel när sidan skulle visas. Försök igen, och säg till utvecklarna om det händer igen.',
          );
        }
      },
    );
  });
}
