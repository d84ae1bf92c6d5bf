import type { APIContext } from 'astro';
import { getSite } from '../lib/content.ts';
import { HsdsExport } from './hsds.ts';

/** The export for this build: the site's content and its public address. */
export async function hsdsExport(context: Pick<APIContext, 'site'>): Promise<HsdsExport> {
  if (!context.site) throw new Error('Öppna data behöver sajtens adress (site i astro.config).');
  const site = await getSite();
  // One export per build: every file of the export reads the same (memoised) services.
  if (cached?.site !== site || cached.url !== context.site.href)
    cached = { site, url: context.site.href, exp: new HsdsExport(site, context.site) };
  return cached.exp;
}

let cached: { site: unknown; url: string; exp: HsdsExport } | undefined;

/** A static JSON file. */
export const jsonFile = (body: unknown): Response =>
  new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
