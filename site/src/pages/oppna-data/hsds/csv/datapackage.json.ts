/** The description of the CSV package (a Frictionless tabular data package). */
import type { APIRoute } from 'astro';
import { getSnapshot } from '../../../../lib/content.ts';
import { jsonFile, siteUrlOf } from '../../../../open-data/respond.ts';
import { dataPackage } from '../../../../open-data/tabular.ts';

export const GET: APIRoute = (context) => jsonFile(dataPackage(siteUrlOf(context), getSnapshot().generatedAt));
