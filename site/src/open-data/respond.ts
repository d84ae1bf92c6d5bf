import type { APIContext } from 'astro';
import { getSite } from '../lib/content.ts';
import { HsdsExport } from './hsds.ts';

/** The site's public address, which every open-data file links to. */
export function siteUrlOf(context: Pick<APIContext, 'site'>): URL {
  if (!context.site) throw new Error('Öppna data behöver sajtens adress (site i astro.config).');
  return context.site;
}

/** The export for this build: the site's content and its public address. */
export async function hsdsExport(context: Pick<APIContext, 'site'>): Promise<HsdsExport> {
  const url = siteUrlOf(context);
  const site = await getSite();
  // One export per build: every file of the export reads the same (memoised) services.
  if (cached?.site !== site || cached.url !== url.href) cached = { site, url: url.href, exp: new HsdsExport(site, url) };
  return cached.exp;
}

let cached: { site: unknown; url: string; exp: HsdsExport } | undefined;

/** A static JSON file (JSON-LD and data packages too, by their media type). */
export const jsonFile = (body: unknown, contentType = 'application/json'): Response =>
  new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
