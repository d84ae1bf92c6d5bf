/** The dataset described in DCAT-AP-SE, for dataportal.se and other catalogues to harvest. */
import type { APIRoute } from 'astro';
import { getSnapshot } from '../../lib/content.ts';
import { REDAKTION_EMAIL } from '../../lib/seo.ts';
import { dcatCatalog } from '../../open-data/dcat.ts';

export const GET: APIRoute = (context) => {
  if (!context.site) throw new Error('Öppna data behöver sajtens adress (site i astro.config).');
  const body = dcatCatalog({
    siteUrl: context.site,
    modified: getSnapshot().generatedAt,
    publisher: { name: 'Välfärdsguidens redaktion', email: REDAKTION_EMAIL },
  });
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
