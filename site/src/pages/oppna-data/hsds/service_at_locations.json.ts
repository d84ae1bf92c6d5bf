/** Every place where an insats takes place (HSDS `/service_at_locations`). */
import type { APIRoute } from 'astro';
import { onePage } from '../../../open-data/hsds.ts';
import { hsdsExport, jsonFile } from '../../../open-data/respond.ts';

export const GET: APIRoute = async (context) => jsonFile(onePage((await hsdsExport(context)).serviceAtLocations()));
