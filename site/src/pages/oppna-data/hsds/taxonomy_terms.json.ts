/** Every term of the three taxonomies (HSDS `/taxonomy_terms`). */
import type { APIRoute } from 'astro';
import { onePage } from '../../../open-data/hsds.ts';
import { hsdsExport, jsonFile } from '../../../open-data/respond.ts';

export const GET: APIRoute = async (context) => jsonFile(onePage((await hsdsExport(context)).taxonomyTerms()));
