/** Målgrupp, livssituation and stödform as HSDS taxonomies (`/taxonomies`). */
import type { APIRoute } from 'astro';
import { onePage } from '../../../open-data/hsds.ts';
import { hsdsExport, jsonFile } from '../../../open-data/respond.ts';

export const GET: APIRoute = async (context) => jsonFile(onePage((await hsdsExport(context)).taxonomies()));
