/** The first page of services (HSDS `/services`); later pages are services/page/<n>.json. */
import type { APIRoute } from 'astro';
import { hsdsExport, jsonFile } from '../../../open-data/respond.ts';

export const GET: APIRoute = async (context) => jsonFile((await hsdsExport(context)).servicePages()[0]);
