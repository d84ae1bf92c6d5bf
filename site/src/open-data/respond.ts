import type { APIContext } from 'astro';
import { getSite } from '../lib/content.ts';
import { HsdsExport } from './hsds.ts';

/** The export for this build: the site's content and its public address. */
export async function hsdsExport(context: Pick<APIContext, 'site'>): Promise<HsdsExport> {
  if (!context.site) throw new Error('Öppna data behöver sajtens adress (site i astro.config).');
  return new HsdsExport(await getSite(), context.site);
}

/** A static JSON file. */
export const jsonFile = (body: unknown): Response =>
  new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
