/** The dataset described in DCAT-AP-SE, for dataportal.se and other catalogues to harvest. */
import type { APIRoute } from 'astro';
import { getSnapshot } from '../../lib/content.ts';
import { REDAKTION_EMAIL } from '../../lib/seo.ts';
import { dcatCatalog } from '../../open-data/dcat.ts';
import { jsonFile, siteUrlOf } from '../../open-data/respond.ts';

export const GET: APIRoute = (context) =>
  jsonFile(
    dcatCatalog({
      siteUrl: siteUrlOf(context),
      modified: getSnapshot().generatedAt,
      publisher: { name: 'Välfärdsguidens redaktion', email: REDAKTION_EMAIL },
    }),
    'application/ld+json',
  );
