/** The description of the CSV package (a Frictionless tabular data package). */
import type { APIRoute } from 'astro';
import { getSnapshot } from '../../../../lib/content.ts';
import { jsonFile } from '../../../../open-data/respond.ts';
import { dataPackage } from '../../../../open-data/tabular.ts';

export const GET: APIRoute = (context) => {
  if (!context.site) throw new Error('Öppna data behöver sajtens adress (site i astro.config).');
  return jsonFile(dataPackage(context.site, getSnapshot().generatedAt));
};
