/** Pages 2 and on of the services list. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../../lib/content.ts';
import { HSDS_PAGE_SIZE } from '../../../../../open-data/hsds.ts';
import { hsdsExport, jsonFile } from '../../../../../open-data/respond.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const pages = Math.ceil((await getSite()).collections.insatser.length / HSDS_PAGE_SIZE);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ params: { n: String(i + 2) } }));
};

export const GET: APIRoute = async (context) => jsonFile((await hsdsExport(context)).servicePages()[Number(context.params.n) - 1]);
