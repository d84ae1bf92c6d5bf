/** One organisation or förbund (HSDS `/organizations/{id}`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../lib/content.ts';
import { hsdsId } from '../../../../open-data/hsds.ts';
import { hsdsExport, jsonFile } from '../../../../open-data/respond.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const c = (await getSite()).collections;
  return [
    ...c.organisationer.map((o) => ({ params: { id: hsdsId('organisation', o.data.documentId) } })),
    ...c.forbund.map((f) => ({ params: { id: hsdsId('forbund', f.data.documentId) } })),
  ];
};

export const GET: APIRoute = async (context) => {
  const found = (await hsdsExport(context)).organizations().find((o) => o.id === context.params.id);
  if (!found) throw new Error(`Organisationen ${String(context.params.id)} finns inte.`);
  return jsonFile(found);
};
